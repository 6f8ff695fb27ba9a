"""The rule registry: every rule that decides how two values compare, by dotted name.

A rule is a plain function registered with :func:`rule`. Its docstring is its
documentation: the first line says what it decides, a ``Fires:`` line gives one
example it decides and a ``Holds:`` line one it leaves alone. Its thresholds are a
:class:`RuleSettings` model, so that ``checkfacts rules`` can list them with their
types and defaults and ``[tool.checkfacts.rules."name"]`` can change them.

Rules are run by :mod:`checkfacts.rules.engine`, in the orders each family module
declares in one list (``ORDER``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

Outcome = Literal["conflict", "nuance", "compatible", "agree", "not_compared"]
"""What a rule gives when it decides: a verdict, or "not_compared" (the pair is set
aside: the values measure or date different things, or the claims may be about two)."""


class RuleSettings(BaseModel):
    """A rule's thresholds: typed, each with a default and a description."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class NoSettings(RuleSettings):
    """For a rule that has no threshold."""


@dataclass(frozen=True)
class Rule:
    """One registered rule."""

    name: str
    """Dotted name, family first: 'date.off_by_one_day'."""
    outcome: Outcome
    """The verdict the rule gives when it decides (or 'not_compared')."""
    description: str
    """One line: what the rule decides."""
    fires: str
    """An example the rule decides."""
    holds: str
    """An example the rule leaves alone."""
    settings: type[RuleSettings]
    """The model of its thresholds (defaults are the shipped values)."""
    check: Callable[..., Any]
    """The function; its arguments depend on the family (see the family module)."""

    @property
    def family(self) -> str:
        """The family module that holds the rule: 'dates', 'quantities', 'gates'."""
        return str(self.check.__module__).rsplit(".", 1)[-1]

    def describe(self) -> dict[str, Any]:
        """What ``checkfacts rules`` shows: name, verdict, description, example, settings."""
        return {
            "name": self.name,
            "verdict": self.outcome,
            "description": self.description,
            "example": {"fires": self.fires, "holds": self.holds},
            "settings": {
                key: {
                    "type": _type_name(info.annotation),
                    "default": info.default,
                    "description": info.description or "",
                }
                for key, info in self.settings.model_fields.items()
            },
        }


def _type_name(annotation: Any) -> str:
    return getattr(annotation, "__name__", str(annotation))


REGISTRY: dict[str, Rule] = {}
"""Every rule, by name (filled when the family modules are imported)."""

_NAME = re.compile(r"[a-z]+(\.[a-z_]+)+")

F = TypeVar("F", bound=Callable[..., Any])


def rule(
    name: str, outcome: Outcome, settings: type[RuleSettings] = NoSettings
) -> Callable[[F], F]:
    """Register the decorated function as the rule ``name`` giving ``outcome``.

    The docstring must hold a one-line description, a ``Fires:`` line and a ``Holds:``
    line; registration fails otherwise, so no rule goes undocumented.
    """
    if not _NAME.fullmatch(name):
        raise ValueError(f"rule name {name!r} is not dotted lower_case")

    def register(func: F) -> F:
        doc = func.__doc__ or ""
        lines = [line.strip() for line in doc.strip().splitlines()]
        fires = _example(lines, "Fires:")
        holds = _example(lines, "Holds:")
        if not lines or not lines[0] or fires is None or holds is None:
            raise ValueError(f"rule {name}: docstring needs a first line, 'Fires:' and 'Holds:'")
        if name in REGISTRY and REGISTRY[name].check is not func:
            raise ValueError(f"rule {name} registered twice")
        REGISTRY[name] = Rule(
            name=name,
            outcome=outcome,
            description=lines[0],
            fires=fires,
            holds=holds,
            settings=settings,
            check=func,
        )
        func.rule = REGISTRY[name]  # type: ignore[attr-defined]
        return func

    return register


def _example(lines: list[str], label: str) -> str | None:
    """The text after ``label`` up to the next blank line or label."""
    for n, line in enumerate(lines):
        if line.startswith(label):
            parts = [line[len(label) :].strip()]
            for more in lines[n + 1 :]:
                if not more or more.endswith(":") or more.startswith(("Fires:", "Holds:")):
                    break
                parts.append(more)
            return " ".join(p for p in parts if p)
    return None


def of(func: Callable[..., Any]) -> Rule:
    """The rule a registered function implements."""
    found: Rule = func.rule  # type: ignore[attr-defined]
    return found

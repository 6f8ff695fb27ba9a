"""The engine: runs rules in a declared order, with their settings and switches.

Two ways to run a list of rules:

- :meth:`Engine.decide`: the first rule that decides wins. The extractors' value
  rules are run this way (``checkfacts.rules.dates.ORDER`` and so on).
- :meth:`Engine.review`: each rule in turn may amend the comparison it is given;
  one that sets the pair aside ends the review. The compare stage's gates are run
  this way (``checkfacts.rules.gates.REVIEW``).

A rule switched off in ``[tool.checkfacts] disable`` is skipped in both. The engine
of a run is set with :func:`using`; code outside a run gets the defaults.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from checkfacts.errors import ConfigError
from checkfacts.models import Verdict
from checkfacts.rules.registry import REGISTRY, Rule, RuleSettings, of

DEFAULT_SIMILARITY = 0.55
"""The alignment threshold the gates are derived from when no settings are given
(the default of ``Settings.similarity``)."""


@dataclass(frozen=True)
class Comparison:
    """How two values (or two claims' values) relate, and the rule that said so."""

    verdict: Verdict | None
    """agree, compatible, nuance or conflict; None when the pair is not compared."""
    rule: str
    """Dotted name of the rule that decided, e.g. 'date.weekday_fits'."""
    explanation: str
    """Plain words naming both values and why the rule decided so."""

    @property
    def compared(self) -> bool:
        """Whether the values were compared at all (else they measure different things)."""
        return self.verdict is not None


def verdict_of(rule: Rule) -> Verdict | None:
    """The verdict a rule gives when it decides (None for 'not_compared')."""
    return None if rule.outcome == "not_compared" else Verdict(rule.outcome)


@dataclass(frozen=True)
class Engine:
    """Rules as one run uses them: which are on and with which settings."""

    similarity: float = DEFAULT_SIMILARITY
    """The alignment threshold; gates that ask more of two claims add a margin to it."""
    disabled: frozenset[str] = frozenset()
    """Names of rules switched off."""
    overrides: Mapping[str, RuleSettings] = field(default_factory=dict)
    """Settings that differ from a rule's defaults, by rule name."""

    def settings(self, rule: Rule) -> Any:
        """The settings ``rule`` runs with."""
        return self.overrides.get(rule.name) or rule.settings()

    def decide(self, order: Sequence[Callable[..., str | None]], *args: Any) -> Comparison | None:
        """Run ``order`` until a rule decides; None if none does."""
        for func in order:
            r = of(func)
            if r.name in self.disabled:
                continue
            why = func(*args, self.settings(r))
            if why is not None:
                return Comparison(verdict_of(r), r.name, why)
        return None

    def compare_pair(
        self, family: str, order: Sequence[Callable[..., str | None]], a: Any, b: Any
    ) -> Comparison:
        """Run ``order`` on two fields put in a canonical order (not compared if none decides).

        The order makes the result independent of which field came first.
        """
        a, b = sorted((a, b), key=lambda f: (f.text, f.value.model_dump_json()))
        return self.decide(order, a, b) or undecided(family)

    def review(
        self,
        order: Sequence[Callable[..., str | None]],
        cmp: Comparison,
        *args: Any,
    ) -> Comparison:
        """Let each rule of ``order`` amend ``cmp`` in turn; stop when the pair is set aside."""
        for func in order:
            r = of(func)
            if r.name in self.disabled:
                continue
            why = func(cmp, *args, self.settings(r))
            if why is not None:
                cmp = Comparison(verdict_of(r), r.name, why)
                if not cmp.compared:
                    break
        return cmp


def build(
    similarity: float = DEFAULT_SIMILARITY,
    disable: Sequence[str] = (),
    settings: Mapping[str, Mapping[str, Any]] | None = None,
) -> Engine:
    """An engine from configuration; unknown rule names or bad settings raise ConfigError."""
    from checkfacts.rules import all_rules

    known = {r.name: r for r in all_rules()}
    for name in disable:
        if name not in known:
            raise ConfigError(f"[tool.checkfacts] disable: no rule named {name!r}")
    overrides: dict[str, RuleSettings] = {}
    for name, values in (settings or {}).items():
        if name not in known:
            raise ConfigError(f"[tool.checkfacts.rules] no rule named {name!r}")
        try:
            overrides[name] = known[name].settings(**dict(values))
        except ValidationError as exc:
            err = exc.errors()[0]
            key = ".".join(str(p) for p in err["loc"])
            raise ConfigError(f"[tool.checkfacts.rules.{name!r}] {key}: {err['msg']}") from exc
    return Engine(similarity=similarity, disabled=frozenset(disable), overrides=overrides)


_CURRENT: contextvars.ContextVar[Engine] = contextvars.ContextVar("checkfacts_engine")


def current() -> Engine:
    """The engine of the run in progress, or one with every rule on and its defaults."""
    return _CURRENT.get(Engine())


@contextmanager
def using(engine: Engine) -> Iterator[Engine]:
    """Run the block with ``engine`` as the current one."""
    token = _CURRENT.set(engine)
    try:
        yield engine
    finally:
        _CURRENT.reset(token)


__all__ = ["REGISTRY", "Comparison", "Engine", "build", "current", "using", "verdict_of"]


NONE_DECIDED = "none_decided"
"""Rule name a comparison carries when every rule that could decide is switched off."""


def undecided(family: str) -> Comparison:
    """The comparison when no rule of ``family`` decides: not compared."""
    return Comparison(
        None, f"{family}.{NONE_DECIDED}", "no rule decided (the deciding rules are switched off)."
    )

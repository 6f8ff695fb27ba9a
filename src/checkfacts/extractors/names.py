"""Names of people, organizations and places, from spaCy's named-entity recognizer.

Values carry a normalized key (rapidfuzz's ``default_process``) and, for names
written with an acronym in brackets ("China National Space Administration (CNSA)"),
the acronym, so that later stages can group aliases across sources.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from checkfacts.extractors.interface import Comparison, Context
from checkfacts.models import FieldValue, Verdict

LABELS = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
}
SAME_NAME = 90.0
"""rapidfuzz token-set score (0-100) at or above which two names are one."""

_POSSESSIVE = re.compile(r"['’]s$")
_LEADING_THE = re.compile(r"^the\s+", re.I)


def name_key(name: str) -> str:
    """Normalize a name for comparison: no leading 'the', no possessive, default_process."""
    name = _LEADING_THE.sub("", name.strip())
    name = _POSSESSIVE.sub("", name)
    return default_process(name)


def acronym(name: str) -> str:
    """Initials of the capitalized words of a name: 'China National Space Administration' → CNSA."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", name) if w[0].isupper())


class NameExtractor:
    """People, organizations, places and groups named in a sentence."""

    kinds = ("person", "org", "place", "group")

    def extract(self, text: str, context: Context) -> list[FieldValue]:
        """Return named entities of ``context.doc`` (a spaCy Doc of ``text``)."""
        if context.doc is None:
            return []
        fields = []
        for ent in context.doc.ents:
            kind = LABELS.get(ent.label_)
            if kind is None:
                continue
            words = ent.text
            start, end = ent.start_char, ent.end_char
            # "Russia’s" -> "Russia": keep the span on the name itself.
            m = _POSSESSIVE.search(words)
            if m:
                words, end = words[: m.start()], end - (len(ent.text) - m.start())
            value: dict[str, object] = {"name": words, "key": name_key(words), "label": ent.label_}
            after = text[end : end + 12]
            paren = re.match(r"\s*\(([A-Z]{2,8})\)", after)
            if paren:
                value["acronym"] = paren.group(1)
            elif words.isupper() and 2 <= len(words) <= 8:
                value["acronym"] = words
            fields.append(FieldValue(kind=kind, text=words, span=(start, end), value=value))
        return fields

    def compare(self, a: FieldValue, b: FieldValue) -> Comparison:
        """Same entity (alias, acronym, spelling variant) → agree; else conflict."""
        ka, kb = str(a.value.get("key", "")), str(b.value.get("key", ""))
        score = fuzz.token_set_ratio(ka, kb)
        if score >= SAME_NAME:
            return Comparison(
                Verdict.AGREE, "name.same", f"“{a.text}” and “{b.text}” name the same {a.kind}."
            )
        acr_a = a.value.get("acronym") or acronym(a.text)
        acr_b = b.value.get("acronym") or acronym(b.text)
        if a.text in (acr_b, b.value.get("acronym")) or b.text in (acr_a, a.value.get("acronym")):
            return Comparison(
                Verdict.AGREE,
                "name.acronym",
                f"“{a.text}” and “{b.text}” are one name and its acronym.",
            )
        return Comparison(
            Verdict.CONFLICT,
            "name.different",
            f"“{a.text}” and “{b.text}” name different {a.kind}s (similarity {score:.0f}/100).",
        )

"""Rules for attributions: who a claim is credited to ("said Anna Berg", "according to X").

Each rule takes the two ``attribution`` fields (in a canonical order) and its settings,
and returns the explanation when it decides, else None. Only people are compared, by
surname (the ``person`` key the fields stage gives an attribution naming one): two
different people are a nuance (one quotation, two speakers: an editor must check which
said it), the same person agrees, and anything else (an agency, "in a statement", a
pronoun the fields stage could not name: :func:`checkfacts.fields.credit_pronouns`) is not
compared.
"""

from __future__ import annotations

from checkfacts.extractors.names import surname
from checkfacts.models import AttributionValue, FieldValue
from checkfacts.rules.engine import Comparison, Engine
from checkfacts.rules.registry import NoSettings, rule
from checkfacts.vocabulary import COURTESY_TITLES, TITLES


def _credit(f: FieldValue) -> AttributionValue:
    assert isinstance(f.value, AttributionValue)
    return f.value


_PRONOUNS = frozenset(["he", "she", "they", "him", "her"])


def _person(v: AttributionValue) -> str | None:
    """The person a credit names, when its words tell them (a pronoun stands for one).

    "Rowanmere Learning Trust, which runs Thornwick Vale and six other schools, said" read
    with the person "thornwick vale" (a school the recognizer took for a person) names no
    one: the person is not among the speaker's words.
    """
    if not v.person:
        return None
    speaker = (v.speaker or "").lower()
    if speaker in _PRONOUNS or surname(v.person) in speaker.replace("’", "'").split():
        return v.person
    return None


def _who(v: AttributionValue) -> str:
    """The speaker as written, with the person a pronoun stands for ("she, Margaret Ostry")."""
    speaker = v.speaker or ""
    if v.person and speaker.lower() in ("he", "she"):
        return f"{speaker}, {v.person.title()}"
    return speaker


def two_of_one_surname(pa: str, pb: str) -> bool:
    """Whether two full names share a surname but not a first name.

    "Gareth Pennock" and "Alys Pennock" are a father and his daughter.
    """
    wa, wb = pa.split(), pb.split()
    if len(wa) < 2 or len(wb) < 2 or surname(pa) != surname(pb):
        return False
    # the word before the surname: "plumber ray dufresne" (a role the recognizer took in)
    # is Ray Dufresne
    fa, fb = wa[-2].rstrip("."), wb[-2].rstrip(".")
    if {fa, fb} & (COURTESY_TITLES | TITLES):
        return False  # "Ms Penhale" / "Mrs Penhale", "Cllr Garside": a title, no first name
    return len(fa) > 1 and len(fb) > 1 and fa != fb


@rule("attribution.same_speaker", "agree")
def same_speaker(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """Both credit the claim to a person, with the same surname.

    Fires: "said Anna Berg, the port director" vs "Port director Anna Berg said".
    Holds: "said Anna Berg" vs "harbour master Tom Hale said"; "said Gareth Pennock" vs "said
    Alys Pennock" (two first names).
    """
    pa, pb = _person(_credit(a)), _person(_credit(b))
    if not (pa and pb) or surname(pa) != surname(pb) or two_of_one_surname(pa, pb):
        return None
    return f"both credit {_who(_credit(a))} / {_who(_credit(b))}."


@rule("attribution.different_speaker", "nuance")
def different_speaker(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """Both credit the claim to a person, but to two with different surnames.

    Fires: "said Anna Berg" vs "harbour master Tom Hale said"; "said Lorna Heddle" vs "said
    Lorna Marsh" (a first name shared, the surnames not); "said Gareth Pennock" vs "said Alys
    Pennock" (a salvage yard's owner and his daughter) and "said Ruth Okafor" vs "said Dele
    Okafor" (a bakery's two partners): one surname, two first names.
    Holds: "said Anna Berg" vs "Anna Berg, the port director, said"; "his mother, Lorna
    Heddle, said" vs "Mr Heddle's mother Lorna said" (one name alone may be the other's
    first name).
    """
    va, vb = _credit(a), _credit(b)
    pa, pb = _person(va), _person(vb)
    if not (pa and pb) or (surname(pa) == surname(pb) and not two_of_one_surname(pa, pb)):
        return None
    wa, wb = pa.split(), pb.split()
    if (len(wa) == 1 and wa[0] in wb) or (len(wb) == 1 and wb[0] in wa):
        return None  # "Lorna Heddle" / "Lorna": one person named in full and by first name
    return (
        f"“{a.text}” and “{b.text}” credit the claim to two different people "
        f"({_who(va)}; {_who(vb)}): check who said it."
    )


@rule("attribution.not_comparable", "not_compared")
def not_comparable(a: FieldValue, b: FieldValue, s: NoSettings) -> str | None:
    """At most one side credits a person (an agency, a pronoun, a statement): set aside.

    Fires: "said Anna Berg" vs "the authority said in a statement"; "said Priya Castellane"
    vs "Rowanmere Learning Trust, which runs Thornwick Vale, said" read with the person
    "thornwick vale" (a person not among the speaker's words names no one).
    Holds: "said Anna Berg" vs "harbour master Tom Hale said".
    """
    if _person(_credit(a)) and _person(_credit(b)):
        return None
    return "only one side names a person as the speaker"


RULES = (same_speaker, different_speaker, not_comparable)
"""The order the rules run in; the first that decides wins."""


def compare(a: FieldValue, b: FieldValue, engine: Engine) -> Comparison:
    """Whether two attributions credit the same person (symmetric: canonical order)."""
    return engine.compare_pair("attribution", RULES, a, b)

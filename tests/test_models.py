"""The contracts themselves: what every stage's models promise beyond their fields."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from checkfacts.models import Claim, FieldValue, NameValue


def _claim(source_id: str, text: str, start: int, **more: object) -> dict[str, object]:
    """A claim as the JSON contract writes it; its span and statement follow from ``text``."""
    span = [start, start + len(text)]
    return {
        "id": f"{source_id}:1",
        "source_id": source_id,
        "text": text,
        "span": span,
        "statement": text,
        **more,
    }


# Two claims from unrelated stories, written for this test: a ship refloated, a strike called.
ARDENT_STAR = {
    "kind": "person",
    "text": "Ardent Star",
    "span": [28, 39],
    "value": {"name": "Ardent Star", "key": "ardent star", "label": "ORG"},
}
SHIP = _claim("a", "Salvage crews refloated the Ardent Star on Monday", 0, fields=[ARDENT_STAR])
STRIKE = _claim("b", "The union called the strike off", 10, kind="fact", fields=[])


def test_claims_that_set_the_same_fields_share_one_set_of_their_names():
    # a stored claim has every field written out, so all stored claims set the same ones
    ship = Claim.model_validate_json(Claim.model_validate(SHIP).model_dump_json())
    strike = Claim.model_validate_json(Claim.model_validate(STRIKE).model_dump_json())
    assert ship.model_fields_set == set(Claim.model_fields)
    assert ship.model_fields_set is strike.model_fields_set
    # what was set still differs where it differs: these two set different fields
    assert Claim.model_validate(SHIP).model_fields_set == set(SHIP)
    assert Claim.model_validate(STRIKE).model_fields_set == set(STRIKE)
    assert ship == Claim.model_validate(SHIP)  # equality is over values, as before


def test_a_copy_with_changes_gets_its_own_set_and_leaves_the_shared_one_alone():
    field = FieldValue.model_validate(ARDENT_STAR)
    shared = set(field.model_fields_set)
    moved = field.model_copy(update={"span": (100, 111), "role": "subject"})
    assert moved.model_fields_set == shared | {"role"}
    assert field.model_fields_set == shared  # the originals' set did not grow
    assert FieldValue.model_validate(ARDENT_STAR).model_fields_set == shared
    assert moved.model_dump(exclude_unset=True)["role"] == "subject"
    assert "role" not in field.model_dump(exclude_unset=True)


def test_contracts_stay_frozen():
    value = NameValue(name="Ardent Star", key="ardent star", label="ORG")
    with pytest.raises(ValidationError):
        value.name = "Other"  # type: ignore[misc]
    assert value.model_fields_set == {"name", "key", "label"}


def test_short_words_are_held_once_however_many_claims_use_them():
    # lemmas and labels come from the parser as new strings each time; an archive repeats them
    one = FieldValue.model_validate({**ARDENT_STAR, "role": "".join(["sub", "ject"])})
    two = FieldValue.model_validate({**ARDENT_STAR, "role": "".join(["subj", "ect"])})
    assert one.role == two.role == "subject"
    assert one.role is two.role
    long = "x" * 200  # claim sentences are left as they are
    assert FieldValue.model_validate({**ARDENT_STAR, "counted": long}).counted is long

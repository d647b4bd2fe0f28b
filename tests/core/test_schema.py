"""The default schema, the lookups and the round trips of annotator.core.schema."""

from __future__ import annotations

import itertools
import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from annotator.core.schema import (
    AttributeDef,
    EventType,
    Label,
    Polarity,
    Role,
    Schema,
    SchemaError,
    StanceTarget,
    default_schema_path,
    resources_dir,
)


@pytest.fixture(scope="module")
def schema() -> Schema:
    return Schema.default()


def _palettes(schema: Schema) -> dict[str, tuple[Label, ...] | tuple[EventType, ...] | tuple[Polarity, ...]]:
    return {"labels": schema.labels, "event_types": schema.event_types, "polarities": schema.polarities}


def _contrast_with_black(color: str) -> float:
    channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return (luminance + 0.05) / 0.05


# -- the default schema ------------------------------------------------------------------------------


def test_default_schema_has_exactly_the_ten_entity_labels(schema: Schema) -> None:
    assert schema.label_keys() == ("PER", "ORG", "GPE", "LOC", "FAC", "NORP", "WEA", "VEH", "DATE", "NUM")


def test_default_schema_has_exactly_the_four_polarities_with_their_arabic_names(schema: Schema) -> None:
    assert schema.polarity_keys() == ("favor", "against", "neutral", "unclear")
    assert [p.names.ar for p in schema.polarities] == ["مؤيد", "معارض", "محايد", "غير واضح"]


def test_every_label_type_role_attribute_polarity_and_target_has_arabic_and_english_names(
    schema: Schema,
) -> None:
    roles = [role for event_type in schema.event_types for role in event_type.roles]
    items: list[Label | EventType | Role | AttributeDef | Polarity | StanceTarget] = [
        *schema.labels,
        *schema.event_types,
        *roles,
        *schema.event_attributes,
        *schema.entity_attributes,
        *schema.polarities,
        *schema.stance_targets,
    ]
    for item in items:
        assert item.names.ar.strip() and item.names.en.strip(), item.key
        assert any("\u0600" <= ch <= "\u06ff" for ch in item.names.ar), item.key


def test_every_label_event_type_and_polarity_has_a_colour_and_a_one_character_shortcut(
    schema: Schema,
) -> None:
    for items in _palettes(schema).values():
        for item in items:
            assert len(item.color) == 7 and item.color.startswith("#"), item.key
            assert len(item.shortcut) == 1, item.key


def test_shortcuts_are_unique_within_each_palette(schema: Schema) -> None:
    for name, items in _palettes(schema).items():
        shortcuts = [item.shortcut.casefold() for item in items]
        assert len(set(shortcuts)) == len(shortcuts), name


def test_entity_labels_use_the_digit_keys(schema: Schema) -> None:
    assert sorted(label.shortcut for label in schema.labels) == list("0123456789")


def test_colours_are_light_enough_for_black_arabic_text_painted_over_them(schema: Schema) -> None:
    for items in _palettes(schema).values():
        for item in items:
            assert _contrast_with_black(item.color) >= 7, item.key


def test_entity_label_colours_are_distinct_from_each_other(schema: Schema) -> None:
    for a, b in itertools.combinations(schema.labels, 2):
        rgb_a = [int(a.color[i : i + 2], 16) for i in (1, 3, 5)]
        rgb_b = [int(b.color[i : i + 2], 16) for i in (1, 3, 5)]
        distance = sum((x - y) ** 2 for x, y in zip(rgb_a, rgb_b, strict=True)) ** 0.5
        assert distance >= 40, (a.key, b.key)


def test_default_event_types_cover_the_ace_types_and_the_news_extensions(schema: Schema) -> None:
    expected = {
        "Conflict.Attack",
        "Life.Die",
        "Life.Injure",
        "Contact.Meet",
        "Contact.Phone-Write",
        "Contact.Broadcast",
        "Movement.Transport",
        "Transaction.Transfer-Ownership",
        "Policy.Sanction",
        "Conflict.Threaten",
    }
    assert expected <= set(schema.event_type_keys())


@pytest.mark.parametrize(
    ("event_type", "roles"),
    [
        ("Conflict.Attack", ["Attacker", "Target", "Instrument", "Place", "Time"]),
        ("Life.Die", ["Agent", "Victim", "Instrument", "Place", "Time"]),
        ("Life.Injure", ["Agent", "Victim", "Instrument", "Place", "Time"]),
        ("Contact.Meet", ["Entity", "Place", "Time"]),
        ("Contact.Phone-Write", ["Entity", "Time"]),
        ("Movement.Transport", ["Agent", "Artifact", "Vehicle", "Origin", "Destination", "Time"]),
        ("Transaction.Transfer-Ownership", ["Buyer", "Seller", "Beneficiary", "Artifact", "Place", "Time"]),
        ("Policy.Sanction", ["Agent", "Target", "Place", "Time"]),
    ],
)
def test_default_event_types_have_the_ace_role_keys(
    schema: Schema, event_type: str, roles: list[str]
) -> None:
    assert list(schema.event_type(event_type).role_keys()) == roles


def test_threaten_and_broadcast_have_at_least_their_ace_roles(schema: Schema) -> None:
    assert {"Agent", "Target", "Instrument", "Place", "Time"} <= set(
        schema.event_type("Conflict.Threaten").role_keys()
    )
    assert {"Entity", "Audience", "Place", "Time"} <= set(schema.event_type("Contact.Broadcast").role_keys())


def test_death_victim_is_required_repeatable_and_accepts_a_count_of_soldiers(schema: Schema) -> None:
    victim = schema.role("Life.Die", "Victim")
    assert victim.required and victim.repeatable
    assert victim.accepts("NUM") and victim.accepts("PER")
    assert not victim.accepts("WEA")


def test_time_roles_take_dates_and_place_roles_take_places(schema: Schema) -> None:
    for event_type in schema.event_types:
        for role in event_type.roles:
            if role.key == "Time":
                assert role.labels == ("DATE",), event_type.key
            if role.key == "Place":
                assert set(role.labels) == {"GPE", "LOC", "FAC"}, event_type.key


def test_a_statement_can_be_about_an_attack(schema: Schema) -> None:
    assert schema.role_accepts("Contact.Broadcast", "Topic", "Conflict.Attack")
    assert "Conflict.Attack" in schema.role_event_types("Contact.Broadcast", "Topic")
    assert schema.role_entity_labels("Contact.Broadcast", "Topic") == ()


def test_every_event_type_carries_the_ace_ere_attributes(schema: Schema) -> None:
    for event_type in schema.event_types:
        assert event_type.attributes == ("polarity", "modality", "tense", "realis"), event_type.key
    assert schema.event_attribute("tense").values == ("past", "present", "future", "unspecified")
    assert schema.event_attribute("realis").values == ("actual", "generic", "other")


def test_a_new_event_starts_with_the_attribute_defaults(schema: Schema) -> None:
    assert schema.default_event_attributes("Conflict.Attack") == {
        "polarity": "positive",
        "modality": "asserted",
        "tense": "unspecified",
        "realis": "actual",
    }


def test_entities_can_carry_a_mention_type(schema: Schema) -> None:
    assert schema.entity_attribute("mention_type").values == ("NAM", "NOM", "PRO")


def test_default_stance_targets_have_snake_case_keys_and_cover_the_seed_story(schema: Schema) -> None:
    keys = schema.stance_target_keys()
    assert all(key == key.lower() and " " not in key for key in keys)
    assert {"turkish_operation_idlib", "nato_support_for_turkey", "syrian_government"} <= set(keys)


def test_default_schema_file_lives_under_the_resources_dir() -> None:
    assert default_schema_path() == resources_dir() / "schema" / "default.yaml"
    assert default_schema_path().is_file()


def test_default_schema_is_parsed_once_and_shared() -> None:
    assert Schema.default() is Schema.default()


# -- round trips ----------------------------------------------------------------------------------------


def test_yaml_round_trip_gives_an_equal_schema(schema: Schema) -> None:
    assert Schema.from_yaml(schema.to_yaml()) == schema


def test_yaml_output_is_deterministic(schema: Schema) -> None:
    text = schema.to_yaml()
    assert Schema.from_yaml(text).to_yaml() == text


def test_yaml_output_writes_key_lists_on_one_line(schema: Schema) -> None:
    assert "labels: [PER, ORG, GPE, NORP]" in schema.to_yaml()


def test_dict_round_trip_through_json_gives_an_equal_schema(schema: Schema) -> None:
    stored = json.dumps(schema.to_dict(), ensure_ascii=False, sort_keys=True)
    assert Schema.from_dict(json.loads(stored), source="project.db") == schema


def test_schema_is_hashable_and_immutable(schema: Schema) -> None:
    assert hash(schema) == hash(Schema.from_dict(schema.to_dict()))
    with pytest.raises(AttributeError):
        schema.name = "other"  # type: ignore[misc]


def test_from_file_reads_a_file_and_names_it_in_errors(tmp_path: Path, schema: Schema) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text(schema.to_yaml(), encoding="utf-8")
    assert Schema.from_file(path) == schema
    path.write_text("version: 1\nname: x\nlabels: oops\n", encoding="utf-8")
    with pytest.raises(SchemaError) as caught:
        Schema.from_file(path)
    assert "mine.yaml" in str(caught.value) and caught.value.line == 3


def test_from_file_refuses_bytes_that_are_not_utf8_with_their_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("version: 1\nname: caf\xe9\n".encode("latin-1"))
    with pytest.raises(SchemaError) as caught:
        Schema.from_file(path)
    assert caught.value.line == 2


# -- lookups --------------------------------------------------------------------------------------------


def test_label_lookup_returns_the_label_with_its_names(schema: Schema) -> None:
    assert schema.label("GPE").names.en == "Geopolitical entity"
    assert schema.label("PER").names.in_language("ar") == "شخص"
    assert schema.has_label("NUM") and not schema.has_label("PERSON")


def test_unknown_label_raises_a_key_error_listing_the_known_labels(schema: Schema) -> None:
    with pytest.raises(KeyError, match=r"'PERSON'.*PER, ORG"):
        schema.label("PERSON")


def test_unknown_role_raises_a_key_error_naming_the_event_type(schema: Schema) -> None:
    with pytest.raises(KeyError, match=r"Life\.Die"):
        schema.role("Life.Die", "Attacker")
    assert not schema.has_role("Life.Die", "Attacker")
    assert not schema.role_accepts("No.Such-Type", "Victim", "PER")


def test_shortcuts_find_their_item_in_each_palette(schema: Schema) -> None:
    label = schema.label_for_shortcut("1")
    event_type = schema.event_type_for_shortcut("A")
    polarity = schema.polarity_for_shortcut("a")
    assert label is not None and label.key == "PER"
    assert event_type is not None and event_type.key == "Conflict.Attack"
    assert polarity is not None and polarity.key == "against"
    assert schema.label_for_shortcut("z") is None


def test_schema_error_survives_pickling() -> None:
    error = SchemaError("bad", source="s.yaml", line=3, field="labels.PER.color")
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.line, copy.field, str(copy)) == (3, "labels.PER.color", str(error))


def test_schema_module_does_not_import_qt() -> None:
    code = "import sys, annotator.core.schema; sys.exit('PySide6' in sys.modules)"
    repo = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=repo, check=False).returncode == 0

"""Every validation rule of a schema file gives a SchemaError naming the source, the line and the field."""

from __future__ import annotations

import pytest

from annotator.core.schema import Schema, SchemaError

# Line numbers in the tests below count from here: the first label starts on line 4.
BASE = """\
version: 1
name: test
labels:
  - key: PER
    ar: شخص
    en: Person
    color: "#f59b9b"
    shortcut: "1"
  - key: ORG
    ar: منظمة
    en: Organization
    color: "#a3c4f7"
    shortcut: "2"
"""

# Appended to BASE, so its first line is line 14.
EVENTS = """\
event_attributes:
  - key: polarity
    ar: الإثبات والنفي
    en: Polarity
    values: [positive, negative]
    default: positive
event_types:
  - key: Conflict.Attack
    ar: هجوم
    en: Attack
    color: "#ff9e9e"
    shortcut: a
    attributes: [polarity]
    roles:
      - {key: Attacker, ar: المهاجم, en: Attacker, labels: [PER, ORG]}
      - {key: Target, ar: الهدف, en: Target, labels: [PER, ORG], repeatable: true}
"""


def error_for(text: str) -> SchemaError:
    with pytest.raises(SchemaError) as caught:
        Schema.from_yaml(text, source="test.yaml")
    assert "test.yaml" in str(caught.value)
    return caught.value


def test_the_snippets_are_valid_before_the_tests_break_them() -> None:
    schema = Schema.from_yaml(BASE + EVENTS)
    assert schema.role("Conflict.Attack", "Target").repeatable


def test_the_message_names_source_line_and_field() -> None:
    err = error_for(BASE.replace('"#f59b9b"', "red"))
    assert str(err) == 'test.yaml, line 7, field labels.PER.color: "red" is not a colour like #1f77b4'
    assert (err.source, err.line, err.field) == ("test.yaml", 7, "labels.PER.color")


def test_a_yaml_syntax_error_gives_its_line() -> None:
    err = error_for(BASE + "  - key: [oops\n    ar: x\n")
    assert err.line is not None and err.line >= 14
    assert err.field is None and "syntax" in err.reason


def test_a_tab_in_the_indentation_is_a_syntax_error_on_its_line() -> None:
    err = error_for(BASE.replace("    en: Person", "\ten: Person"))
    assert err.line == 6


def test_an_empty_file_is_refused() -> None:
    assert error_for("").line == 1


def test_an_unknown_top_level_field_lists_the_allowed_ones() -> None:
    err = error_for(BASE + "stance_target: []\n")
    assert (err.line, err.field) == (14, "stance_target")
    assert 'did you mean "stance_targets"' in err.reason and "polarities" in err.reason


def test_a_misspelt_item_field_is_refused_with_a_suggestion() -> None:
    err = error_for(BASE.replace('    color: "#a3c4f7"', '    colour: "#a3c4f7"'))
    assert (err.line, err.field) == (12, "labels.ORG.colour")
    assert 'did you mean "color"' in err.reason


def test_a_missing_field_points_at_the_enclosing_mapping() -> None:
    err = error_for(BASE.replace("    en: Organization\n", ""))
    assert (err.line, err.field) == (9, "labels.ORG.en")
    assert 'missing field "en"' in err.reason


def test_a_missing_key_names_the_item_by_position() -> None:
    err = error_for(BASE.replace("  - key: ORG\n    ar: منظمة", "  - ar: منظمة"))
    assert (err.line, err.field) == (9, "labels[1].key")


def test_a_missing_top_level_field_is_refused() -> None:
    err = error_for(BASE.replace("name: test\n", ""))
    assert (err.line, err.field) == (1, "name")


def test_names_need_arabic_and_english_text() -> None:
    err = error_for(BASE.replace("    ar: منظمة", '    ar: ""'))
    assert (err.line, err.field) == (10, "labels.ORG.ar")
    assert "empty" in err.reason


def test_a_field_given_twice_in_one_item_is_refused() -> None:
    err = error_for(BASE + '    shortcut: "3"\n')
    assert (err.line, err.field) == (14, "labels.ORG.shortcut")
    assert "line 13" in err.reason


def test_version_must_be_a_positive_whole_number() -> None:
    assert error_for(BASE.replace("version: 1", "version: 0")).field == "version"
    assert error_for(BASE.replace("version: 1", "version: one")).line == 1
    assert error_for(BASE.replace("version: 1", "version: true")).field == "version"


def test_duplicate_label_keys_are_refused() -> None:
    err = error_for(BASE.replace("key: ORG", "key: PER"))
    assert (err.line, err.field) == (9, "labels.PER.key")
    assert "line 4" in err.reason


def test_a_key_must_be_latin_letters_digits_and_punctuation() -> None:
    err = error_for(BASE.replace("key: ORG", "key: منظمة"))
    assert (err.line, err.field) == (9, "labels[1].key")


def test_a_colour_must_be_hash_and_six_hex_digits() -> None:
    err = error_for(BASE.replace('"#a3c4f7"', '"#abc"'))
    assert (err.line, err.field) == (12, "labels.ORG.color")


def test_an_unquoted_colour_is_explained() -> None:
    err = error_for(BASE.replace('"#a3c4f7"', "#a3c4f7"))
    assert (err.line, err.field) == (12, "labels.ORG.color")
    assert "quotes" in err.reason


def test_colours_are_stored_in_lower_case() -> None:
    schema = Schema.from_yaml(BASE.replace("#a3c4f7", "#A3C4F7"))
    assert schema.label("ORG").color == "#a3c4f7"


def test_a_shortcut_must_be_a_single_character() -> None:
    err = error_for(BASE.replace('shortcut: "2"', "shortcut: ab"))
    assert (err.line, err.field) == (13, "labels.ORG.shortcut")


def test_an_unquoted_digit_shortcut_is_read_as_text() -> None:
    assert Schema.from_yaml(BASE.replace('shortcut: "2"', "shortcut: 2")).label("ORG").shortcut == "2"


def test_two_labels_cannot_share_a_shortcut() -> None:
    err = error_for(BASE.replace('shortcut: "2"', 'shortcut: "1"'))
    assert (err.line, err.field) == (13, "labels.ORG.shortcut")
    assert "PER" in err.reason


def test_letter_shortcuts_clash_regardless_of_case() -> None:
    text = BASE.replace('shortcut: "1"', "shortcut: q").replace('shortcut: "2"', "shortcut: Q")
    assert error_for(text).field == "labels.ORG.shortcut"


def test_palettes_may_reuse_each_others_shortcuts() -> None:
    schema = Schema.from_yaml(BASE + EVENTS.replace("shortcut: a", 'shortcut: "1"'))
    assert schema.event_type("Conflict.Attack").shortcut == "1"


def test_two_event_types_cannot_share_a_shortcut() -> None:
    second = """\
  - key: Life.Die
    ar: مقتل
    en: Death
    color: "#e3a6cf"
    shortcut: A
"""
    err = error_for(BASE + EVENTS + second)
    assert (err.line, err.field) == (34, "event_types.Life.Die.shortcut")


def test_duplicate_event_type_keys_are_refused() -> None:
    second = '  - {key: Conflict.Attack, ar: هجوم, en: Attack, color: "#ff9e9e", shortcut: b}\n'
    err = error_for(BASE + EVENTS + second)
    assert (err.line, err.field) == (30, "event_types.Conflict.Attack.key")


def test_duplicate_roles_within_a_type_are_refused() -> None:
    err = error_for(BASE + EVENTS.replace("key: Target", "key: Attacker"))
    assert (err.line, err.field) == (29, "event_types.Conflict.Attack.roles.Attacker.key")


def test_a_role_referencing_an_unknown_label_is_refused() -> None:
    err = error_for(BASE + EVENTS.replace("labels: [PER, ORG]}", "labels: [PER, PERSON]}", 1))
    assert (err.line, err.field) == (28, "event_types.Conflict.Attack.roles.Attacker.labels")
    assert '"PERSON"' in err.reason


def test_a_role_needs_at_least_one_label() -> None:
    err = error_for(BASE + EVENTS.replace("labels: [PER, ORG]}", "labels: []}", 1))
    assert err.field == "event_types.Conflict.Attack.roles.Attacker.labels"


def test_a_role_labels_field_must_be_a_list() -> None:
    err = error_for(BASE + EVENTS.replace("labels: [PER, ORG]}", "labels: PER}", 1))
    assert "list" in err.reason


def test_role_flags_must_be_true_or_false() -> None:
    err = error_for(BASE + EVENTS.replace("repeatable: true", "repeatable: often"))
    assert (err.line, err.field) == (29, "event_types.Conflict.Attack.roles.Target.repeatable")


def test_an_event_can_be_the_argument_of_an_event_defined_later_in_the_file() -> None:
    broadcast = """\
  - key: Contact.Broadcast
    ar: تصريح
    en: Statement
    color: "#bdb8f4"
    shortcut: b
    roles:
      - {key: Topic, ar: الموضوع, en: Topic, labels: [Conflict.Attack]}
"""
    text = BASE + EVENTS.replace("event_types:\n", "event_types:\n" + broadcast)
    schema = Schema.from_yaml(text)
    assert schema.role_accepts("Contact.Broadcast", "Topic", "Conflict.Attack")


def test_an_event_type_key_cannot_also_be_an_entity_label_key() -> None:
    err = error_for(BASE + EVENTS.replace("key: Conflict.Attack", "key: ORG"))
    assert (err.line, err.field) == (21, "event_types.ORG.key")


def test_an_event_type_can_only_use_defined_attributes() -> None:
    err = error_for(BASE + EVENTS.replace("attributes: [polarity]", "attributes: [polarity, tense]"))
    assert (err.line, err.field) == (26, "event_types.Conflict.Attack.attributes")
    assert '"tense"' in err.reason


def test_an_attribute_default_must_be_one_of_its_values() -> None:
    err = error_for(BASE + EVENTS.replace("default: positive", "default: maybe"))
    assert (err.line, err.field) == (19, "event_attributes.polarity.default")


def test_an_attribute_needs_values() -> None:
    err = error_for(BASE + EVENTS.replace("    values: [positive, negative]\n", ""))
    assert (err.line, err.field) == (15, "event_attributes.polarity.values")


def test_attribute_values_are_kept_as_written_even_when_yaml_would_read_booleans() -> None:
    schema = Schema.from_yaml(
        BASE + EVENTS.replace("[positive, negative]", "[yes, no]").replace("positive", "yes")
    )
    assert schema.event_attribute("polarity").values == ("yes", "no")


def test_duplicate_polarities_and_stance_targets_are_refused() -> None:
    polarity = '  - {key: favor, ar: مؤيد, en: Favor, color: "#9fe0a7", shortcut: f}\n'
    err = error_for(BASE + "polarities:\n" + polarity + polarity.replace("shortcut: f", "shortcut: g"))
    assert (err.line, err.field) == (16, "polarities.favor.key")
    target = "  - {key: syrian_government, ar: الحكومة السورية, en: The Syrian government}\n"
    err = error_for(BASE + "stance_targets:\n" + target + target)
    assert (err.line, err.field) == (16, "stance_targets.syrian_government.key")


def test_two_polarities_cannot_share_a_shortcut() -> None:
    polarity = '  - {key: favor, ar: مؤيد, en: Favor, color: "#9fe0a7", shortcut: f}\n'
    err = error_for(BASE + "polarities:\n" + polarity + polarity.replace("favor", "against"))
    assert (err.line, err.field) == (16, "polarities.against.shortcut")


def test_a_list_item_must_be_a_mapping() -> None:
    err = error_for(BASE + "  - PER\n")
    assert (err.line, err.field) == (14, "labels[2]")


def test_a_recursive_alias_is_refused() -> None:
    assert error_for("version: 1\nname: &n [*n]\nlabels: []\n").line == 2


def test_errors_from_a_stored_dict_name_the_field_without_a_line() -> None:
    data = Schema.from_yaml(BASE).to_dict()
    data["labels"][1]["color"] = "blue"
    with pytest.raises(SchemaError) as caught:
        Schema.from_dict(data, source="project.db")
    assert (caught.value.line, caught.value.field) == (None, "labels.ORG.color")
    assert str(caught.value).startswith("project.db, field labels.ORG.color:")


def test_a_schema_error_is_a_value_error() -> None:
    assert isinstance(error_for("- a\n"), ValueError)


def test_a_control_character_is_refused_on_its_line() -> None:
    assert error_for(BASE.replace("name: test", "name: te\x00st")).line == 2

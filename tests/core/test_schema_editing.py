"""Editing the project's schema: new versions, refusals with counts, merging labels, files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from annotator.core.project import Project, ProjectError
from annotator.core.schema import Schema

TEXT = "قال الجيش التركي إن 33 جنديا قتلوا في غارة على إدلب بصواريخ روسية."


@pytest.fixture
def doc(project: Project) -> int:
    doc_id, _ = project.add_document(TEXT, title="t", source="s", date="2020-02-28")
    return doc_id


def span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def edited(project: Project, change: Any) -> Schema:
    """The project's schema with `change(data)` applied to its plain dict."""
    data = project.schema.to_dict()
    change(data)
    return Schema.from_dict(data)


def drop_label(key: str) -> Any:
    def change(data: dict[str, Any]) -> None:
        data["labels"] = [item for item in data["labels"] if item["key"] != key]
        for event_type in data["event_types"]:
            for role in event_type["roles"]:
                role["labels"] = [k for k in role["labels"] if k != key]

    return change


def labels_of(project: Project, doc: int, layer: str) -> list[str]:
    return [e.label for e in project.entities(doc, layer)]


def test_renaming_a_display_name_keeps_annotations(project: Project, doc: int) -> None:
    entity = project.add_entity("ali", doc, *span("إدلب"), "GPE").created_ids[0]

    def rename(data: dict[str, Any]) -> None:
        label = next(item for item in data["labels"] if item["key"] == "GPE")
        label["en"], label["ar"], label["color"] = "Country or city", "دولة أو مدينة", "#123456"

    changes = project.update_schema("ali", edited(project, rename))

    assert changes.schema
    assert project.schema.label("GPE").names.en == "Country or city"
    assert project.schema.label("GPE").names.ar == "دولة أو مدينة"
    assert project.schema.label("GPE").color == "#123456"
    assert project.entity(entity).label == "GPE"
    assert labels_of(project, doc, "ali") == ["GPE"]


def test_the_new_schema_is_kept_after_reopening(project: Project, doc: int) -> None:
    def rename(data: dict[str, Any]) -> None:
        data["polarities"][0]["en"] = "Supportive"

    project.update_schema("ali", edited(project, rename))
    path = project.path
    project.close()
    with Project.open(path) as reopened:
        assert reopened.schema.polarities[0].names.en == "Supportive"


def test_deleting_a_label_in_use_is_refused_with_the_count(project: Project, doc: int) -> None:
    project.add_entity("ali", doc, *span("بصواريخ"), "WEA")
    project.add_entity("sara", doc, *span("روسية"), "WEA")
    before = project.schema

    with pytest.raises(ProjectError, match="label WEA is used by 2 entities"):
        project.update_schema("ali", edited(project, drop_label("WEA")))

    assert project.schema == before
    assert project.schema.has_label("WEA")
    assert project.undo_status("ali").undo == "add WEA"


def test_deleting_an_unused_label_works_and_undo_brings_it_back(project: Project, doc: int) -> None:
    project.add_entity("ali", doc, *span("إدلب"), "GPE")

    project.update_schema("ali", edited(project, drop_label("FAC")))
    assert not project.schema.has_label("FAC")
    assert not project.schema.role_accepts("Conflict.Attack", "Place", "FAC")
    assert labels_of(project, doc, "ali") == ["GPE"]

    changes = project.undo("ali")
    assert changes is not None and changes.schema
    assert project.schema.has_label("FAC")
    assert project.schema.role_accepts("Conflict.Attack", "Place", "FAC")


def test_an_unchanged_schema_is_refused(project: Project) -> None:
    with pytest.raises(ProjectError, match="unchanged"):
        project.update_schema("ali", project.schema)


def test_dropping_a_role_with_arguments_is_refused_with_the_count(project: Project, doc: int) -> None:
    victims = project.add_entity("ali", doc, *span("33 جنديا"), "NUM").created_ids[0]
    die = project.add_event("ali", doc, *span("قتلوا"), "Life.Die", arguments=[("Victim", victims)])
    assert die.created_ids

    def drop_victim(data: dict[str, Any]) -> None:
        die_type = next(t for t in data["event_types"] if t["key"] == "Life.Die")
        die_type["roles"] = [r for r in die_type["roles"] if r["key"] != "Victim"]

    with pytest.raises(ProjectError, match=r"role Victim of Life\.Die is used by 1 argument"):
        project.update_schema("ali", edited(project, drop_victim))
    assert project.schema.has_role("Life.Die", "Victim")


def test_every_problem_is_listed_with_its_count(project: Project, doc: int) -> None:
    victims = project.add_entity("ali", doc, *span("33 جنديا"), "NUM").created_ids[0]
    project.add_event("ali", doc, *span("قتلوا"), "Life.Die", arguments=[("Victim", victims)])
    project.set_outlet_stance("ali", doc, "syrian_government", "against")

    def change(data: dict[str, Any]) -> None:
        data["event_types"] = [t for t in data["event_types"] if t["key"] != "Life.Die"]
        for event_type in data["event_types"]:
            for role in event_type["roles"]:
                role["labels"] = [k for k in role["labels"] if k != "Life.Die"]
        data["polarities"] = [p for p in data["polarities"] if p["key"] != "against"]
        data["stance_targets"] = [t for t in data["stance_targets"] if t["key"] != "syrian_government"]

    with pytest.raises(ProjectError) as refused:
        project.update_schema("ali", edited(project, change))
    message = str(refused.value)
    assert "event type Life.Die is used by 1 event" in message
    assert "polarity against is used by 1 stance" in message
    assert "stance target syrian_government is used by 1 stance" in message


def test_a_role_that_no_longer_accepts_its_arguments_is_refused(project: Project, doc: int) -> None:
    victims = project.add_entity("ali", doc, *span("33 جنديا"), "NUM").created_ids[0]
    project.add_event("ali", doc, *span("قتلوا"), "Life.Die", arguments=[("Victim", victims)])

    def shrink(data: dict[str, Any]) -> None:
        die_type = next(t for t in data["event_types"] if t["key"] == "Life.Die")
        victim = next(r for r in die_type["roles"] if r["key"] == "Victim")
        victim["labels"] = ["PER"]

    with pytest.raises(
        ProjectError, match=r"role Victim of Life\.Die no longer accepts NUM, used by 1 argument"
    ):
        project.update_schema("ali", edited(project, shrink))


def test_an_event_attribute_value_in_use_cannot_be_dropped(project: Project, doc: int) -> None:
    project.add_event("ali", doc, *span("غارة"), "Conflict.Attack")  # polarity: positive by default

    def drop_positive(data: dict[str, Any]) -> None:
        polarity = next(a for a in data["event_attributes"] if a["key"] == "polarity")
        polarity["values"], polarity["default"] = ["negative", "hypothetical"], "negative"

    with pytest.raises(ProjectError, match="event attribute polarity = positive is used by 1 event"):
        project.update_schema("ali", edited(project, drop_positive))


def test_usage_counts_every_layer(project: Project, doc: int) -> None:
    project.add_entity("ali", doc, *span("إدلب"), "GPE")
    project.add_entity("sara", doc, *span("إدلب"), "GPE")
    project.add_entity("sara", doc, *span("روسية"), "NORP")
    usage = project.schema_usage()
    assert usage.label("GPE") == 2
    assert usage.label("NORP") == 1
    assert usage.label("PER") == 0


def test_merge_relabels_entities_across_layers_as_one_operation(project: Project, doc: int) -> None:
    ali = project.add_entity("ali", doc, *span("بصواريخ"), "WEA").created_ids[0]
    sara = project.add_entity("sara", doc, *span("بصواريخ"), "WEA").created_ids[0]
    project.add_entity("sara", doc, *span("إدلب"), "GPE")
    before = project.schema

    changes = project.merge_label("ali", "WEA", "VEH")

    assert changes.entities and changes.schema and changes.doc_ids == {doc}
    assert project.entity(ali).label == "VEH"
    assert project.entity(sara).label == "VEH"
    assert not project.schema.has_label("WEA")
    assert all("WEA" not in role.labels for t in project.schema.event_types for role in t.roles)
    assert project.undo_status("ali").undo == "merge WEA into VEH"

    project.undo("ali")
    assert project.entity(ali).label == "WEA"
    assert project.entity(sara).label == "WEA"
    assert labels_of(project, doc, "sara") == ["GPE", "WEA"]
    assert project.schema == before

    project.redo("ali")
    assert project.entity(sara).label == "VEH"
    assert not project.schema.has_label("WEA")


def test_merge_is_refused_when_a_role_would_not_accept_the_new_label(project: Project, doc: int) -> None:
    victims = project.add_entity("ali", doc, *span("33 جنديا"), "NUM").created_ids[0]
    project.add_event("ali", doc, *span("قتلوا"), "Life.Die", arguments=[("Victim", victims)])

    with pytest.raises(ProjectError, match=r"role Victim of Life\.Die does not accept GPE \(1 argument"):
        project.merge_label("ali", "NUM", "GPE")
    assert project.entity(victims).label == "NUM"
    assert project.schema.has_label("NUM")


def test_merge_refuses_unknown_or_equal_labels(project: Project) -> None:
    with pytest.raises(ProjectError, match="unknown entity label 'COUNTRY'"):
        project.merge_label("ali", "COUNTRY", "GPE")
    with pytest.raises(ProjectError, match="into itself"):
        project.merge_label("ali", "GPE", "GPE")


def test_importing_a_bad_yaml_file_names_the_line(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(
        'version: 1\nname: bad\nlabels:\n  - key: PER\n    ar: شخص\n    en: Person\n    color: "red"\n'
        "    shortcut: p\n",
        encoding="utf-8",
    )
    before = project.schema
    with pytest.raises(ProjectError, match=r"bad\.yaml, line 7, field labels\.PER\.color"):
        project.import_schema("ali", path)
    assert project.schema == before


def test_importing_a_missing_file_is_a_project_error(project: Project, tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="cannot be read"):
        project.import_schema("ali", tmp_path / "absent.yaml")


def test_export_then_import_round_trips(project: Project, tmp_path: Path, doc: int) -> None:
    project.add_entity("ali", doc, *span("إدلب"), "GPE")
    path = tmp_path / "schema.yaml"
    project.export_schema(path)
    assert Schema.from_file(path) == project.schema

    text = path.read_text(encoding="utf-8").replace("Geopolitical entity", "Country or city")
    path.write_text(text, encoding="utf-8")
    changes = project.import_schema("ali", path)

    assert changes.schema
    assert project.schema.label("GPE").names.en == "Country or city"
    assert labels_of(project, doc, "ali") == ["GPE"]
    with pytest.raises(ProjectError, match="unchanged"):
        project.import_schema("ali", path)


def test_undoing_a_new_label_is_refused_once_another_annotator_used_it(project) -> None:
    from annotator.core.schema import Schema

    data = project.schema.to_dict()
    data["labels"].append(
        {"key": "EVT", "ar": "حدث", "en": "Event name", "color": "#eeeeee", "shortcut": "e"}
    )
    project.update_schema("amal", Schema.from_dict(data))
    doc_id, _ = project.add_document("وقعت حرب الخليج قبل سنوات.")
    project.add_entity("omar", doc_id, 5, 15, "EVT")
    with pytest.raises(ProjectError, match=r"cannot undo edit schema.*label EVT is used by 1 entity"):
        project.undo("amal")
    assert project.schema.has_label("EVT")
    assert project.undo_status("amal").undo == "edit schema"

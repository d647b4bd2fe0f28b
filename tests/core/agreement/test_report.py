"""The agreement report of a real project with three annotators: the figures a reviewer reads."""

from __future__ import annotations

import json

import pytest

from annotator.core.model import DocStatus
from annotator.core.project import Project, ProjectError
from annotator.core.project_agreement import collect, project_agreement

MEETING = "التقى وزير الخارجية التركي نظيره الروسي في موسكو يوم الاثنين، وأعلنت أنقرة دعمها للاتفاق."
STRIKE = "قصفت طائرات حربية مواقع في ريف إدلب صباح اليوم، وقال المرصد إن خمسة مدنيين قتلوا."
NAMES = ["amal", "badr", "chadi"]


def span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def annotate_meeting(project: Project, layer: str, doc: int, moscow_label: str = "GPE") -> None:
    minister = project.add_entity(layer, doc, *span(MEETING, "وزير الخارجية التركي"), "PER").created_ids[0]
    project.add_entity(layer, doc, *span(MEETING, "التركي"), "NORP")
    moscow = project.add_entity(layer, doc, *span(MEETING, "موسكو"), moscow_label).created_ids[0]
    ankara = project.add_entity(layer, doc, *span(MEETING, "أنقرة"), "GPE").created_ids[0]
    arguments = [("Entity", minister)] + ([("Place", moscow)] if moscow_label == "GPE" else [])
    project.add_event(layer, doc, *span(MEETING, "التقى"), "Contact.Meet", arguments=arguments)
    project.add_stance(
        layer,
        doc,
        "favor",
        holder_entity_id=ankara,
        target="de_escalation_idlib",
        evidence=[span(MEETING, "دعمها للاتفاق")],
    )
    project.add_stance(layer, doc, "neutral", target="russian_role_in_syria")


def annotate_strike(project: Project, layer: str, doc: int) -> None:
    project.add_entity(layer, doc, *span(STRIKE, "طائرات حربية"), "VEH")
    idlib = project.add_entity(layer, doc, *span(STRIKE, "إدلب"), "GPE").created_ids[0]
    project.add_entity(layer, doc, *span(STRIKE, "المرصد"), "ORG")
    project.add_event(layer, doc, *span(STRIKE, "قصفت"), "Conflict.Attack", arguments=[("Place", idlib)])


@pytest.fixture
def docs(project: Project) -> tuple[int, int]:
    meeting, _ = project.add_document(MEETING, title="لقاء في موسكو")
    strike, _ = project.add_document(STRIKE, title="قصف في إدلب")
    return meeting, strike


@pytest.fixture
def identical(project: Project, docs: tuple[int, int]) -> Project:
    for name in NAMES:
        annotate_meeting(project, name, docs[0])
        annotate_strike(project, name, docs[1])
    return project


@pytest.fixture
def swapped(project: Project, docs: tuple[int, int]) -> Project:
    """chadi marks موسكو as LOC and never opens the strike article."""
    for name in NAMES:
        annotate_meeting(project, name, docs[0], "LOC" if name == "chadi" else "GPE")
    for name in NAMES[:2]:
        annotate_strike(project, name, docs[1])
    return project


def test_identical_layers_agree_fully_on_every_figure(identical: Project) -> None:
    report = project_agreement(identical).to_json()
    entities = report["entities"]["overall"]
    for figure in (
        "exact_f1",
        "overlap_f1",
        "cohen_kappa",
        "fleiss_kappa",
        "krippendorff_alpha",
        "unitizing_alpha",
        "gwet_ac1",
    ):
        assert entities[figure] == 1.0, figure
    assert entities["mentions"] == {"amal": 7, "badr": 7, "chadi": 7}
    assert all(doc["unitizing_alpha"] == 1.0 for doc in report["entities"]["documents"])
    assert all(cell["a_label"] == cell["b_label"] for cell in report["entities"]["confusion"]["cells"])
    events = report["events"]["overall"]
    assert [
        events[k] for k in ("trigger_f1", "trigger_overlap_f1", "argument_f1", "argument_overlap_f1")
    ] == [1.0] * 4
    assert report["stances"]["overall"]["alpha"] == 1.0
    assert report["stances"]["overall"]["evidence_overlap"] == 1.0


def test_a_swapped_label_shows_in_the_confusion_cell_with_its_document_and_span(
    swapped: Project, docs: tuple[int, int]
) -> None:
    confusion = project_agreement(swapped).to_json()["entities"]["confusion"]
    start, end = span(MEETING, "موسكو")
    cell = next(c for c in confusion["cells"] if (c["a_label"], c["b_label"]) == ("GPE", "LOC"))
    assert cell["count"] == 2
    assert cell["items"] == [
        {"doc_id": docs[0], "start": start, "end": end, "a": "amal", "b": "chadi"},
        {"doc_id": docs[0], "start": start, "end": end, "a": "badr", "b": "chadi"},
    ]
    row, column = confusion["labels"].index("GPE"), confusion["labels"].index("LOC")
    assert confusion["matrix"][row][column] == 2
    assert confusion["labels"][-1] == "(none)"


def test_figures_per_document_compare_only_who_worked_on_it(swapped: Project, docs: tuple[int, int]) -> None:
    report = project_agreement(swapped).to_json()
    assert report["documents"] == [
        {"id": docs[0], "title": "لقاء في موسكو", "annotators": NAMES},
        {"id": docs[1], "title": "قصف في إدلب", "annotators": ["amal", "badr"]},
    ]
    meeting, strike = report["entities"]["documents"]
    assert strike["exact_f1"] == 1.0 and strike["unitizing_alpha"] == 1.0
    # amal-badr agree (1.0); each of them against chadi: 3 of 4 mentions -> F1 0.75
    assert meeting["exact_f1"] == pytest.approx((1.0 + 0.75 + 0.75) / 3, abs=1e-4)
    assert meeting["unitizing_alpha"] < 1.0
    pairs = {(p["a"], p["b"]): p for p in report["entities"]["pairs"]}
    assert pairs["amal", "badr"]["documents"] == 2 and pairs["amal", "chadi"]["documents"] == 1
    assert pairs["amal", "chadi"]["labels"]["GPE"]["exact"]["fn"] == 1
    assert pairs["amal", "chadi"]["labels"]["LOC"]["exact"]["fp"] == 1
    # chadi's meeting event has no Place argument: one argument missed, the trigger still agrees
    event_pairs = {(p["a"], p["b"]): p for p in report["events"]["pairs"]}
    assert event_pairs["amal", "chadi"]["trigger"]["f1"] == 1.0
    assert event_pairs["amal", "chadi"]["argument"]["fn"] == 1


def test_an_annotator_who_marked_a_document_done_without_marks_takes_part(
    swapped: Project, docs: tuple[int, int]
) -> None:
    swapped.set_status("chadi", docs[1], DocStatus.DONE)
    report = project_agreement(swapped).to_json()
    assert report["documents"][1]["annotators"] == NAMES
    strike = report["entities"]["documents"][1]
    assert strike["exact_f1"] == pytest.approx(1 / 3, abs=1e-4)  # only amal-badr agree


def test_the_json_has_the_stable_shape(swapped: Project) -> None:
    report = project_agreement(swapped).to_json()
    assert set(report) == {"format", "version", "annotators", "documents", "entities", "events", "stances"}
    assert (report["format"], report["version"], report["annotators"]) == ("annotator-agreement", 1, NAMES)
    entities = report["entities"]
    assert set(entities) == {"overall", "pairs", "labels", "confusion", "documents"}
    assert set(entities["overall"]) == {
        "exact_f1",
        "overlap_f1",
        "cohen_kappa",
        "fleiss_kappa",
        "krippendorff_alpha",
        "unitizing_alpha",
        "gwet_ac1",
        "mentions",
    }
    pair = entities["pairs"][0]
    assert set(pair) == {"a", "b", "documents", "exact", "overlap", "cohen_kappa", "gwet_ac1", "labels"}
    assert set(pair["exact"]) == {"precision", "recall", "f1", "tp", "fp", "fn"}
    assert [(p["a"], p["b"]) for p in entities["pairs"]] == [
        ("amal", "badr"),
        ("amal", "chadi"),
        ("badr", "chadi"),
    ]
    # the schema's order (PER, ORG, GPE, LOC, FAC, NORP, WEA, VEH, ...), only labels someone used
    assert list(entities["labels"]) == ["PER", "ORG", "GPE", "LOC", "NORP", "VEH"]
    assert set(entities["labels"]["GPE"]) == {"exact_f1", "overlap_f1", "unitizing_alpha", "mentions"}
    assert set(entities["confusion"]) == {"labels", "matrix", "cells"}
    assert set(entities["documents"][0]) == {"id", "exact_f1", "overlap_f1", "unitizing_alpha", "cohen_kappa"}
    events = report["events"]
    assert set(events) == {"overall", "pairs", "types", "documents"}
    assert set(events["pairs"][0]) == {
        "a",
        "b",
        "trigger",
        "trigger_overlap",
        "argument",
        "argument_overlap",
        "attributes",
    }
    assert set(events["pairs"][0]["attributes"]["polarity"]) == {"agree", "compared", "ratio"}
    assert set(events["types"]["Contact.Meet"]) == {"trigger_f1", "argument_f1"}
    stances = report["stances"]
    assert set(stances["overall"]) == {"alpha", "cohen_kappa", "units", "evidence_overlap", "stances"}
    assert set(stances["pairs"][0]) == {"a", "b", "matched", "cohen_kappa", "agreement", "evidence_overlap"}
    assert set(stances["documents"][0]) == {"id", "alpha", "units"}
    floats = [v for v in _leaves(report) if isinstance(v, float)]
    assert floats and all(round(v, 4) == v for v in floats)


def _leaves(value: object) -> list[object]:
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


def test_the_json_is_the_same_on_two_runs(swapped: Project) -> None:
    first = project_agreement(swapped).dumps()
    second = project_agreement(swapped).dumps()
    assert first == second
    assert "لقاء في موسكو" in first and "\\u06" not in first  # titles as UTF-8, no escapes
    assert json.loads(first)["entities"]["overall"]["exact_f1"] is not None


def test_fewer_than_two_annotators_with_work_is_refused(project: Project, docs: tuple[int, int]) -> None:
    annotate_strike(project, "amal", docs[1])
    with pytest.raises(ProjectError, match=r"at least two annotators; layers with work: amal"):
        project_agreement(project)


def test_an_unknown_annotator_name_is_refused_naming_the_known_ones(identical: Project) -> None:
    with pytest.raises(ProjectError, match=r"'dina'.*amal, badr, chadi"):
        collect(identical, ["amal", "dina"])


def test_reviewers_and_gold_are_compared_only_when_named(identical: Project, docs: tuple[int, int]) -> None:
    identical.add_annotator("rana", "reviewer")
    annotate_strike(identical, "rana", docs[1])
    assert project_agreement(identical).annotators == tuple(NAMES)
    named = project_agreement(identical, ["amal", "rana"], doc_ids=[docs[1]])
    assert [d.id for d in named.documents] == [docs[1]]
    assert named.entities.overall.exact_f1 == 1.0

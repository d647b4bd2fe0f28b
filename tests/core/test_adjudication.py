"""Adjudication into gold: units, the automatic merge, reviewer decisions, provenance, undo.

Three annotators mark one short Arabic text; the tests read gold the way a data team would
(entities of the gold layer) and the provenance a reviewer would check.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.adjudication import EntityItem, LayerAnnotations, units
from annotator.core.model import GOLD_LAYER, Entity
from annotator.core.project import Project, ProjectError

TEXT = "قال وزير الخارجية التركي في أنقرة إن الهجوم على إدلب أوقع قتلى يوم الجمعة."


def span(word: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return start, start + len(word)


@pytest.fixture
def three(tmp_path: Path) -> Project:
    proj = Project.create(tmp_path / "team.annot")
    doc, _ = proj.add_document(TEXT, title="خبر")
    ankara, idlib, friday = span("أنقرة"), span("إدلب"), span("الجمعة")
    minister = span("وزير الخارجية التركي")
    for name in ("amal", "badr", "chadi"):
        proj.add_entity(name, doc, *ankara, "GPE")  # unanimous
        proj.add_entity(name, doc, *friday, "DATE")  # unanimous
    proj.add_entity("amal", doc, *idlib, "GPE")  # majority GPE, chadi says LOC
    proj.add_entity("badr", doc, *idlib, "GPE")
    proj.add_entity("chadi", doc, *idlib, "LOC")
    proj.add_entity("amal", doc, *minister, "PER")  # three different versions
    proj.add_entity("badr", doc, minister[0], span("الخارجية")[1], "PER")
    yield proj
    proj.close()


def gold_entities(proj: Project, doc: int = 1) -> set[tuple[str, str]]:
    return {(TEXT[e.start : e.end], e.label) for e in proj.entities(doc, GOLD_LAYER)}


def test_units_group_overlapping_mentions_and_compare_versions() -> None:
    a = [Entity(1, 1, "a", 0, 5, "PER"), Entity(2, 1, "a", 10, 14, "GPE")]
    b = [Entity(3, 1, "b", 0, 3, "PER"), Entity(4, 1, "b", 10, 14, "GPE")]
    found = units(1, {"a": LayerAnnotations(a), "b": LayerAnnotations(b)})
    assert [(u.key, u.agreed) for u in found] == [("entity:0-5", False), ("entity:10-14", True)]
    first = found[0]
    assert first.versions["a"] == (EntityItem(0, 5, "PER"),)
    assert first.versions["b"] == (EntityItem(0, 3, "PER"),)
    assert first.majority() is None  # one each of two


def test_auto_merge_takes_unanimous_units_only(three: Project) -> None:
    report = three.auto_adjudicate()
    assert report.unanimous["entity"] == 2
    assert report.left_for_review == 2
    assert gold_entities(three) == {("أنقرة", "GPE"), ("الجمعة", "DATE")}
    provenance = three.gold_provenance(1)
    assert {p.decision for p in provenance.values()} == {"unanimous"}
    assert {p.decided_by for p in provenance.values()} == {"auto"}
    assert all(p.annotators == ("amal", "badr", "chadi") for p in provenance.values())


def test_min_agree_takes_the_majority_and_records_it(three: Project) -> None:
    report = three.auto_adjudicate(min_agree=2)
    assert report.majority["entity"] == 1
    assert ("إدلب", "GPE") in gold_entities(three)
    (idlib,) = [
        e for e in three.entities(1, GOLD_LAYER) if e.label == "GPE" and TEXT[e.start : e.end] == "إدلب"
    ]
    record = three.gold_provenance(1)[("entity", idlib.id)]
    assert (record.decision, record.annotators) == ("majority", ("amal", "badr"))


def test_reviewer_decision_survives_rerunning_the_automatic_merge(three: Project) -> None:
    three.auto_adjudicate()
    queue = three.review_queue()
    idlib_unit = next(s.unit for s in queue if TEXT[s.unit.start : s.unit.end] == "إدلب")
    three.accept_version("rana", idlib_unit, "chadi")  # the minority's LOC
    three.auto_adjudicate(min_agree=2)  # would take GPE if it could overwrite
    assert ("إدلب", "LOC") in gold_entities(three)
    assert ("إدلب", "GPE") not in gold_entities(three)
    decided = [s for s in three.review_queue() if s.decided]
    assert [(s.decision.decision, s.decision.decided_by) for s in decided if s.decision] == [
        ("adjudicated", "rana")
    ]


def test_every_decision_is_undoable_and_redoable(three: Project) -> None:
    three.auto_adjudicate()
    before = gold_entities(three)
    unit = next(s.unit for s in three.review_queue() if "وزير" in TEXT[s.unit.start : s.unit.end])
    three.accept_version("rana", unit, "badr")
    assert ("وزير الخارجية", "PER") in gold_entities(three)
    changes = three.undo(GOLD_LAYER)
    assert changes is not None and changes.entities
    assert gold_entities(three) == before
    assert not any(s.decided for s in three.review_queue())
    three.redo(GOLD_LAYER)
    assert ("وزير الخارجية", "PER") in gold_entities(three)
    three.undo(GOLD_LAYER)
    three.undo(GOLD_LAYER)  # the automatic merge too
    assert gold_entities(three) == set()


def test_reject_edit_and_majority(three: Project) -> None:
    queue = three.review_queue()
    minister = next(s.unit for s in queue if "وزير" in TEXT[s.unit.start : s.unit.end])
    idlib = next(s.unit for s in queue if TEXT[s.unit.start : s.unit.end] == "إدلب")
    three.accept_majority("rana", idlib)
    assert ("إدلب", "GPE") in gold_entities(three)
    with pytest.raises(ProjectError, match="majority"):
        three.accept_majority("rana", minister)
    s, e = span("وزير الخارجية التركي")
    three.accept_edited("rana", minister, (EntityItem(s, e, "PER"), EntityItem(*span("التركي"), "NORP")))
    assert {("وزير الخارجية التركي", "PER"), ("التركي", "NORP")} <= gold_entities(three)
    kinds = {p.decision for p in three.gold_provenance(1).values()}
    assert kinds == {"majority", "edited"}
    three.reject_unit("rana", minister)
    assert not any("وزير" in t for t, _ in gold_entities(three))
    decision = three.decisions(1)[("entity", minister.key)]
    assert (decision.decision, decision.decided_by) == ("rejected", "rana")


def test_edited_versions_are_validated(three: Project) -> None:
    unit = three.review_queue()[0].unit
    with pytest.raises(ProjectError, match="unknown entity label"):
        three.accept_edited("rana", unit, (EntityItem(0, 3, "NOPE"),))
    with pytest.raises(ProjectError, match="not inside"):
        three.accept_edited("rana", unit, (EntityItem(0, 10_000, "PER"),))
    assert gold_entities(three) == set()


def test_events_and_stances_come_into_gold_with_their_entities(tmp_path: Path) -> None:
    proj = Project.create(tmp_path / "ev.annot")
    doc, _ = proj.add_document(TEXT)
    for name in ("amal", "badr"):
        idlib = proj.add_entity(name, doc, *span("إدلب"), "GPE").created_ids[0]
        minister = proj.add_entity(name, doc, *span("وزير الخارجية التركي"), "PER").created_ids[0]
        proj.add_event(name, doc, *span("الهجوم"), "Conflict.Attack", arguments=[("Place", idlib)])
        proj.add_stance(
            name,
            doc,
            "against",
            holder_entity_id=minister,
            target="turkish_operation_idlib",
            evidence=[span("أوقع")],
        )
    proj.add_stance("badr", doc, "neutral", target="syrian_government")  # only badr: left for review
    report = proj.auto_adjudicate()
    assert report.unanimous == {"entity": 2, "event": 1, "stance": 1}
    (event,) = proj.events(doc, GOLD_LAYER)
    (argument,) = event.arguments
    assert TEXT[proj.entity(argument.entity_id).start : proj.entity(argument.entity_id).end] == "إدلب"
    (stance,) = proj.stances(doc, GOLD_LAYER)
    assert stance.polarity == "against" and [TEXT[s:e] for s, e in (ev.span for ev in stance.evidence)] == [
        "أوقع"
    ]
    assert report.left_for_review == 1
    # The holder of the gold stance cannot be rejected from under it.
    unit = next(
        s.unit
        for s in proj.adjudication_units(doc)
        if s.unit.kind == "entity" and "وزير" in TEXT[s.unit.start :]
    )
    with pytest.raises(ProjectError, match="holder or target"):
        proj.reject_unit("rana", unit)
    proj.close()


def test_auto_merge_refuses_fewer_than_two_annotators(project: Project) -> None:
    doc, _ = project.add_document(TEXT)
    project.add_entity("amal", doc, *span("إدلب"), "GPE")
    with pytest.raises(ProjectError, match="at least two"):
        project.auto_adjudicate()
    with pytest.raises(ProjectError, match="no annotator zed"):
        project.review_queue(["amal", "zed"])


def test_a_gold_export_says_how_many_disagreements_are_still_open(three: Project, tmp_path: Path) -> None:
    from annotator.core.exporting import ExportRequest, export

    three.auto_adjudicate()
    report = export(three, ExportRequest("jsonl", tmp_path / "out"))
    assert report.notes == {"disagreement units not yet adjudicated (gold may lack their items)": 2}
    for state in three.review_queue():
        three.reject_unit("rana", state.unit)
    report = export(three, ExportRequest("jsonl", tmp_path / "out2"))
    assert report.notes == {}


def test_the_sample_project_has_disagreements_to_review(tmp_path: Path) -> None:
    from annotator.core.demo import build_sample_project

    with build_sample_project(tmp_path / "sample.annot") as sample:
        queue = sample.review_queue()
        assert sample.review_annotators() == ["sample", "sample-b"]
        text = sample.document(queue[0].unit.doc_id).text
        entity_units = {text[s.unit.start : s.unit.end] for s in queue if s.unit.kind == "entity"}
        # the missed NORP sits inside the ORG both marked: one unit covers the two
        assert entity_units == {"الرئيس رجب طيب أردوغان", "وزارة الدفاع الروسية", "موسكو"}

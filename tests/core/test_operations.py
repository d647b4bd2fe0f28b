"""Entity operations: each one a transaction and a persisted, named undo step."""

from __future__ import annotations

import pytest

from annotator.core.model import DocStatus
from annotator.core.project import Project, ProjectError

TEXT = "أعرب حلف شمال الأطلسي عن دعمه لتركيا بعد الغارة."


@pytest.fixture
def doc(project: Project) -> int:
    doc_id, _ = project.add_document(TEXT, title="t")
    return doc_id


def spans(project: Project, doc: int, layer: str = "ali") -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label) for e in project.entities(doc, layer)]


def test_add_entity_stores_exact_offsets_and_label(project: Project, doc: int) -> None:
    start = TEXT.index("تركيا")
    changes = project.add_entity("ali", doc, start, start + 5, "GPE")
    assert spans(project, doc) == [(start, start + 5, "GPE")]
    assert project.entity(changes.created_ids[0]).label == "GPE"
    assert changes.entities and changes.doc_ids == {doc}


def test_offsets_outside_the_text_are_refused_and_nothing_is_saved(project: Project, doc: int) -> None:
    with pytest.raises(ProjectError, match="not inside document"):
        project.add_entity("ali", doc, 5, len(TEXT) + 1, "PER")
    with pytest.raises(ProjectError, match="not inside document"):
        project.add_entity("ali", doc, 7, 7, "PER")
    assert spans(project, doc) == []
    assert project.undo_status("ali").undo is None


def test_unknown_label_is_refused_naming_the_labels(project: Project, doc: int) -> None:
    with pytest.raises(ProjectError, match=r"unknown entity label 'COUNTRY'.*GPE"):
        project.add_entity("ali", doc, 0, 4, "COUNTRY")


def test_undo_and_redo_name_the_operation(project: Project, doc: int) -> None:
    project.add_entity("ali", doc, 0, 4, "PER")
    assert project.undo_status("ali").undo == "add PER"
    project.undo("ali")
    assert spans(project, doc) == []
    assert project.undo_status("ali").redo == "add PER"
    project.redo("ali")
    assert spans(project, doc) == [(0, 4, "PER")]


def test_undo_and_redo_survive_closing_and_reopening(project: Project, doc: int) -> None:
    path = project.path
    project.add_entity("ali", doc, 0, 4, "PER")
    entity_id = project.add_entity("ali", doc, 5, 21, "ORG").created_ids[0]
    project.close()
    with Project.open(path) as reopened:
        reopened.undo("ali")
        assert spans(reopened, doc) == [(0, 4, "PER")]
    with Project.open(path) as again:
        again.redo("ali")
        assert again.entity(entity_id).span == (5, 21)
    with Project.open(path) as last:
        assert spans(last, doc) == [(0, 4, "PER"), (5, 21, "ORG")]


def test_relabel_resize_and_delete_each_undo_to_the_previous_state(project: Project, doc: int) -> None:
    eid = project.add_entity("ali", doc, 5, 21, "ORG").created_ids[0]
    project.relabel_entity("ali", eid, "GPE")
    project.resize_entity("ali", eid, 5, 13)
    project.delete_entity("ali", eid)
    assert spans(project, doc) == []
    assert project.undo_status("ali").undo == "delete GPE"
    project.undo("ali")
    assert spans(project, doc) == [(5, 13, "GPE")]
    project.undo("ali")
    assert spans(project, doc) == [(5, 21, "GPE")]
    project.undo("ali")
    assert spans(project, doc) == [(5, 21, "ORG")]


def test_a_new_operation_after_undo_discards_the_redo_step(project: Project, doc: int) -> None:
    project.add_entity("ali", doc, 0, 4, "PER")
    project.undo("ali")
    project.add_entity("ali", doc, 5, 8, "ORG")
    assert project.undo_status("ali").redo is None
    assert project.redo("ali") is None


def test_undo_stacks_are_per_annotator(project: Project, doc: int) -> None:
    project.add_entity("ali", doc, 0, 4, "PER")
    project.add_entity("mona", doc, 5, 21, "ORG")
    project.undo("ali")
    assert spans(project, doc, "ali") == []
    assert spans(project, doc, "mona") == [(5, 21, "ORG")]


def test_adding_many_entities_is_one_undo_step(project: Project, doc: int) -> None:
    project.add_entities("ali", doc, [(0, 4, "PER"), (5, 21, "ORG")], name="annotate all matches")
    assert len(spans(project, doc)) == 2
    project.undo("ali")
    assert spans(project, doc) == []


def test_first_entity_puts_the_document_in_progress_and_undo_takes_it_back(
    project: Project, doc: int
) -> None:
    assert project.status(doc, "ali") is DocStatus.NOT_STARTED
    project.add_entity("ali", doc, 0, 4, "PER")
    assert project.status(doc, "ali") is DocStatus.IN_PROGRESS
    project.undo("ali")
    assert project.status(doc, "ali") is DocStatus.NOT_STARTED


def test_marking_done_adds_time_spent_and_can_be_undone(project: Project, doc: int) -> None:
    project.set_status("ali", doc, DocStatus.DONE, add_seconds=42.5)
    assert project.status(doc, "ali") is DocStatus.DONE
    assert project.stats()["layers"]["ali"]["status"]["done"] == 1
    project.undo("ali")
    assert project.status(doc, "ali") is DocStatus.NOT_STARTED


def test_nested_entities_are_listed_outer_first(project: Project, doc: int) -> None:
    project.add_entity("ali", doc, 5, 21, "ORG")
    project.add_entity("ali", doc, 9, 13, "LOC")
    project.add_entity("ali", doc, 5, 8, "PER")
    assert spans(project, doc) == [(5, 21, "ORG"), (5, 8, "PER"), (9, 13, "LOC")]


def test_the_gold_layer_cannot_be_written_by_annotation(project: Project, doc: int) -> None:
    with pytest.raises(ProjectError, match="gold"):
        project.add_entity("gold", doc, 0, 4, "PER")


def test_another_layers_entity_cannot_be_changed(project: Project, doc: int) -> None:
    eid = project.add_entity("ali", doc, 0, 4, "PER").created_ids[0]
    with pytest.raises(ProjectError, match="another layer"):
        project.delete_entity("mona", eid)
    assert spans(project, doc) == [(0, 4, "PER")]


def test_emoji_before_a_span_keeps_code_point_offsets(project: Project) -> None:
    text = "🇹🇷 قالت تركيا"
    doc, _ = project.add_document(text)
    start = text.index("تركيا")
    project.add_entity("ali", doc, start, start + 5, "GPE")
    (entity,) = project.entities(doc, "ali")
    assert project.document(doc).text[entity.start : entity.end] == "تركيا"


def test_annotating_matches_in_several_documents_is_one_undo_step(project: Project, doc: int) -> None:
    other, _ = project.add_document("تركيا وروسيا", title="o")
    project.add_entities_across("ali", [(doc, 5, 21, "ORG"), (other, 0, 5, "GPE")], name="annotate all GPE")
    assert project.undo_status("ali").undo == "annotate all GPE"
    project.undo("ali")
    assert spans(project, doc) == [] and spans(project, other) == []
    assert project.status(other, "ali") is DocStatus.NOT_STARTED

"""Pre-annotations: a model's entities in a layer of their own, accepted or rejected one by one."""

from __future__ import annotations

import pytest

from annotator.core.project import Project, ProjectError

TEXT = "التقى وزير الخارجية التركي نظيره الروسي في أنقرة."


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


@pytest.fixture
def suggested(project: Project) -> tuple[Project, int]:
    doc_id, _ = project.add_document(TEXT, title="لقاء")
    project.add_entities("model", doc_id, [(*at("وزير الخارجية التركي"), "PER"), (*at("أنقرة"), "GPE")])
    project.add_entities("model", doc_id, [(*at("الروسي"), "NORP")])
    project.add_entity("amal", doc_id, *at("أنقرة"), "GPE")
    return project, doc_id


def test_suggestions_leave_out_what_the_annotator_already_has(suggested: tuple[Project, int]) -> None:
    project, doc_id = suggested
    assert project.suggestion_layers("amal") == ["model"]
    assert [e.label for e in project.suggestions(doc_id, "amal", "model")] == ["PER", "NORP"]


def test_accepting_copies_into_the_layer_and_undo_takes_it_back(suggested: tuple[Project, int]) -> None:
    project, doc_id = suggested
    person = project.suggestions(doc_id, "amal", "model")[0]
    project.accept_suggestions("amal", [person.id])
    assert (person.start, person.end, "PER") in {
        (e.start, e.end, e.label) for e in project.entities(doc_id, "amal")
    }
    assert [e.label for e in project.suggestions(doc_id, "amal", "model")] == ["NORP"]
    assert len(project.entities(doc_id, "model")) == 3  # the suggestion layer is never written
    project.undo("amal")
    assert [e.label for e in project.suggestions(doc_id, "amal", "model")] == ["PER", "NORP"]


def test_rejecting_hides_it_for_this_annotator_only(suggested: tuple[Project, int]) -> None:
    project, doc_id = suggested
    norp = project.suggestions(doc_id, "amal", "model")[1]
    project.reject_suggestions("amal", [norp.id])
    assert [e.label for e in project.suggestions(doc_id, "amal", "model")] == ["PER"]
    assert [e.label for e in project.suggestions(doc_id, "ali", "model")] == ["PER", "NORP", "GPE"]
    assert not any(e.label == "NORP" for e in project.entities(doc_id, "amal"))
    project.undo("amal")
    assert [e.label for e in project.suggestions(doc_id, "amal", "model")] == ["PER", "NORP"]


def test_an_annotators_own_entity_is_not_a_suggestion(suggested: tuple[Project, int]) -> None:
    project, doc_id = suggested
    (own,) = project.entities(doc_id, "amal")
    with pytest.raises(ProjectError, match="already in layer"):
        project.accept_suggestions("amal", [own.id])

"""Stances: holder, target, scope, evidence, bounds, partial updates, the outlet's one-click
stance, undo of each change, and the entities a stance holds on to."""

from __future__ import annotations

from dataclasses import replace

import pytest

from annotator.core.project import Project, ProjectError

LAYER = "ali"
TARGET = "turkish_operation_idlib"
TEXT = (
    "قال أردوغان إن تركيا لن تتراجع في إدلب. وانتقدت موسكو العملية التركية بشدة، "
    "بينما أعرب حلف شمال الأطلسي عن دعمه لأنقرة."
)


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


@pytest.fixture
def doc(project: Project) -> int:
    doc_id, _ = project.add_document(TEXT, title="إدلب", source="الجزيرة", date="2020-02-28")
    return doc_id


def entity(project: Project, doc: int, word: str, label: str) -> int:
    return project.add_entity(LAYER, doc, *at(word), label).created_ids[0]


def test_a_stance_keeps_several_evidence_spans_in_text_order(project: Project, doc: int) -> None:
    moscow = entity(project, doc, "موسكو", "GPE")
    changes = project.add_stance(
        LAYER,
        doc,
        "against",
        holder_entity_id=moscow,
        target=TARGET,
        evidence=[at("بشدة"), at("وانتقدت")],
    )
    assert changes.stances and changes.doc_ids == {doc}
    stance = project.stance(changes.created_ids[0])
    assert [e.span for e in stance.evidence] == [at("وانتقدت"), at("بشدة")]
    assert stance.holder_entity_id == moscow and not stance.is_outlet_stance
    assert project.stances(doc, LAYER) == [stance]


def test_a_stance_without_a_holder_is_the_outlets(project: Project, doc: int) -> None:
    stance_id = project.add_stance(LAYER, doc, "favor", target=TARGET).created_ids[0]
    stance = project.stance(stance_id)
    assert stance.holder_entity_id is None and stance.is_outlet_stance
    assert stance.scope is None
    assert project.outlet_stances(doc, LAYER) == {TARGET: stance}


def test_a_stance_needs_exactly_one_target_a_schema_key_or_an_entity(project: Project, doc: int) -> None:
    nato = entity(project, doc, "حلف شمال الأطلسي", "ORG")
    with pytest.raises(ProjectError, match="exactly one target"):
        project.add_stance(LAYER, doc, "favor")
    with pytest.raises(ProjectError, match="exactly one target"):
        project.add_stance(LAYER, doc, "favor", target=TARGET, target_entity_id=nato)
    with pytest.raises(ProjectError, match="stance target 'nato' is not in the schema"):
        project.add_stance(LAYER, doc, "favor", target="nato")
    with pytest.raises(ProjectError, match="polarity 'pro' is not in the schema"):
        project.add_stance(LAYER, doc, "pro", target=TARGET)
    assert project.stances(doc, LAYER) == []
    stance_id = project.add_stance(LAYER, doc, "favor", target_entity_id=nato).created_ids[0]
    stance = project.stance(stance_id)
    assert (stance.target, stance.target_entity_id) == (None, nato)


def test_a_scope_is_a_span_inside_the_document(project: Project, doc: int) -> None:
    erdogan = entity(project, doc, "أردوغان", "PER")
    quote = (0, TEXT.index("."))
    stance_id = project.add_stance(
        LAYER, doc, "favor", holder_entity_id=erdogan, target=TARGET, scope=quote
    ).created_ids[0]
    assert project.stance(stance_id).scope == quote
    with pytest.raises(ProjectError, match="not inside document"):
        project.add_stance(LAYER, doc, "favor", target=TARGET, scope=(10, len(TEXT) + 5))
    with pytest.raises(ProjectError, match="not inside document"):
        project.add_stance(LAYER, doc, "favor", target=TARGET, evidence=[(5, 5)])
    assert len(project.stances(doc, LAYER)) == 1


@pytest.mark.parametrize(
    ("intensity", "confidence", "message"),
    [
        (0, None, "intensity must be 1, 2 or 3"),
        (4, None, "intensity must be 1, 2 or 3"),
        (None, -0.1, "confidence must be between 0 and 1"),
        (None, 1.5, "confidence must be between 0 and 1"),
    ],
)
def test_intensity_and_confidence_outside_their_bounds_are_refused(
    project: Project, doc: int, intensity: int | None, confidence: float | None, message: str
) -> None:
    with pytest.raises(ProjectError, match=message):
        project.add_stance(LAYER, doc, "favor", target=TARGET, intensity=intensity, confidence=confidence)
    assert project.stances(doc, LAYER) == []


def test_intensity_and_confidence_at_their_bounds_are_kept(project: Project, doc: int) -> None:
    low = project.add_stance(LAYER, doc, "favor", target=TARGET, intensity=1, confidence=0).created_ids[0]
    high = project.add_stance(LAYER, doc, "against", target=TARGET, intensity=3, confidence=1).created_ids[0]
    assert (project.stance(low).intensity, project.stance(low).confidence) == (1, 0.0)
    assert (project.stance(high).intensity, project.stance(high).confidence) == (3, 1.0)
    with pytest.raises(ProjectError, match="intensity must be 1, 2 or 3"):
        project.update_stance(LAYER, high, intensity=5)
    assert project.stance(high).intensity == 3


def test_update_stance_changes_only_the_fields_given(project: Project, doc: int) -> None:
    moscow = entity(project, doc, "موسكو", "GPE")
    stance_id = project.add_stance(
        LAYER,
        doc,
        "against",
        holder_entity_id=moscow,
        target=TARGET,
        evidence=[at("بشدة")],
        intensity=2,
        confidence=0.8,
        note="تصريح الخارجية",
    ).created_ids[0]
    before = project.stance(stance_id)
    project.update_stance(LAYER, stance_id, intensity=3)
    after = project.stance(stance_id)
    assert after.intensity == 3
    assert after == replace(before, intensity=3)
    project.update_stance(LAYER, stance_id, note="")
    assert project.stance(stance_id).note == "" and project.stance(stance_id).intensity == 3
    project.update_stance(LAYER, stance_id, holder_entity_id=None)
    assert project.stance(stance_id).is_outlet_stance
    assert project.stance(stance_id).target == TARGET
    with pytest.raises(ProjectError, match="already is like that"):
        project.update_stance(LAYER, stance_id, polarity="against")


def test_giving_an_entity_target_replaces_the_schema_target(project: Project, doc: int) -> None:
    nato = entity(project, doc, "حلف شمال الأطلسي", "ORG")
    stance_id = project.add_stance(LAYER, doc, "favor", target=TARGET).created_ids[0]
    project.update_stance(LAYER, stance_id, target_entity_id=nato)
    stance = project.stance(stance_id)
    assert (stance.target, stance.target_entity_id, stance.polarity) == (None, nato, "favor")
    project.update_stance(LAYER, stance_id, scope=at("بينما أعرب حلف شمال الأطلسي عن دعمه لأنقرة"))
    project.update_stance(LAYER, stance_id, scope=None)
    assert project.stance(stance_id).scope is None


def test_set_outlet_stance_creates_changes_and_removes_it_and_each_undoes(project: Project, doc: int) -> None:
    def polarity() -> str | None:
        found = project.outlet_stances(doc, LAYER).get(TARGET)
        return found.polarity if found else None

    project.set_outlet_stance(LAYER, doc, TARGET, "favor")
    assert polarity() == "favor"
    project.set_outlet_stance(LAYER, doc, TARGET, "against")
    assert polarity() == "against"
    assert len(project.stances(doc, LAYER)) == 1
    project.set_outlet_stance(LAYER, doc, TARGET, None)
    assert polarity() is None
    assert project.stances(doc, LAYER) == []
    with pytest.raises(ProjectError, match="no stance toward that target"):
        project.set_outlet_stance(LAYER, doc, TARGET, None)

    project.undo(LAYER)
    assert polarity() == "against"
    project.undo(LAYER)
    assert polarity() == "favor"
    project.undo(LAYER)
    assert polarity() is None
    project.redo(LAYER)
    assert polarity() == "favor"


def test_the_outlet_stance_keeps_its_evidence_when_its_polarity_changes(project: Project, doc: int) -> None:
    stance_id = project.set_outlet_stance(LAYER, doc, TARGET, "favor").created_ids[0]
    project.add_evidence(LAYER, stance_id, *at("دعمه"))
    project.set_outlet_stance(LAYER, doc, TARGET, "neutral")
    stance = project.outlet_stances(doc, LAYER)[TARGET]
    assert stance.id == stance_id and [e.span for e in stance.evidence] == [at("دعمه")]


def test_a_scoped_or_held_stance_is_not_the_outlets_document_stance(project: Project, doc: int) -> None:
    moscow = entity(project, doc, "موسكو", "GPE")
    project.add_stance(LAYER, doc, "against", holder_entity_id=moscow, target=TARGET)
    project.add_stance(LAYER, doc, "against", target=TARGET, scope=at("وانتقدت موسكو"))
    assert project.outlet_stances(doc, LAYER) == {}
    project.set_outlet_stance(LAYER, doc, TARGET, "favor")
    assert project.outlet_stances(doc, LAYER)[TARGET].polarity == "favor"
    assert len(project.stances(doc, LAYER)) == 3


def test_undo_of_each_stance_change_restores_the_state_before_it(project: Project, doc: int) -> None:
    stance_id = project.add_stance(LAYER, doc, "favor", target=TARGET, evidence=[at("دعمه")]).created_ids[0]
    states = [project.stances(doc, LAYER)]
    project.update_stance(LAYER, stance_id, polarity="neutral", confidence=0.5)
    states.append(project.stances(doc, LAYER))
    evidence_id = project.add_evidence(LAYER, stance_id, *at("لأنقرة")).created_ids[0]
    states.append(project.stances(doc, LAYER))
    project.remove_evidence(LAYER, evidence_id)
    states.append(project.stances(doc, LAYER))
    project.delete_stance(LAYER, stance_id)
    assert project.stances(doc, LAYER) == []
    assert project.undo_status(LAYER).undo == "delete stance"
    for expected in reversed(states):
        project.undo(LAYER)
        assert project.stances(doc, LAYER) == expected
    project.undo(LAYER)
    assert project.stances(doc, LAYER) == []


def test_the_same_evidence_span_twice_is_refused(project: Project, doc: int) -> None:
    stance_id = project.add_stance(LAYER, doc, "favor", target=TARGET, evidence=[at("دعمه")]).created_ids[0]
    with pytest.raises(ProjectError, match="already evidence"):
        project.add_evidence(LAYER, stance_id, *at("دعمه"))
    assert len(project.stance(stance_id).evidence) == 1


def test_an_entity_cannot_be_deleted_while_a_stance_holds_it(project: Project, doc: int) -> None:
    moscow = entity(project, doc, "موسكو", "GPE")
    nato = entity(project, doc, "حلف شمال الأطلسي", "ORG")
    stance_id = project.add_stance(
        LAYER, doc, "against", holder_entity_id=moscow, target_entity_id=nato
    ).created_ids[0]
    for held in (moscow, nato):
        with pytest.raises(ProjectError, match="holder or target of 1 stance"):
            project.delete_entity(LAYER, held)
    assert {e.id for e in project.entities(doc, LAYER)} == {moscow, nato}
    project.delete_stance(LAYER, stance_id)
    project.delete_entity(LAYER, moscow)
    assert {e.id for e in project.entities(doc, LAYER)} == {nato}


def test_a_holder_from_another_layer_is_refused(project: Project, doc: int) -> None:
    theirs = project.add_entity("sara", doc, *at("موسكو"), "GPE").created_ids[0]
    with pytest.raises(ProjectError, match="another layer"):
        project.add_stance(LAYER, doc, "against", holder_entity_id=theirs, target=TARGET)
    assert project.stances(doc, LAYER) == []


def test_another_layers_stance_cannot_be_changed(project: Project, doc: int) -> None:
    stance_id = project.add_stance(LAYER, doc, "favor", target=TARGET, evidence=[at("دعمه")]).created_ids[0]
    evidence_id = project.stance(stance_id).evidence[0].id
    before = project.stance(stance_id)
    attempts = [
        lambda: project.update_stance("sara", stance_id, polarity="against"),
        lambda: project.add_evidence("sara", stance_id, *at("لأنقرة")),
        lambda: project.remove_evidence("sara", evidence_id),
        lambda: project.delete_stance("sara", stance_id),
    ]
    for attempt in attempts:
        with pytest.raises(ProjectError, match="another layer"):
            attempt()
    assert project.stance(stance_id) == before
    assert project.outlet_stances(doc, "sara") == {}


def test_stance_undo_and_redo_survive_reopening_the_project(project: Project, doc: int) -> None:
    path = project.path
    project.set_outlet_stance(LAYER, doc, TARGET, "favor")
    project.set_outlet_stance(LAYER, doc, TARGET, "against")
    project.close()
    with Project.open(path) as reopened:
        reopened.undo(LAYER)
        assert reopened.outlet_stances(doc, LAYER)[TARGET].polarity == "favor"
    with Project.open(path) as again:
        again.redo(LAYER)
    with Project.open(path) as last:
        assert last.outlet_stances(doc, LAYER)[TARGET].polarity == "against"

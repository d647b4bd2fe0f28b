"""Events: schema rules for arguments and attributes, events as arguments, deletion with undo,
layers, and undo that survives reopening the project file."""

from __future__ import annotations

import re

import pytest

from annotator.core.project import Project, ProjectError

LAYER = "ali"
TEXT = (
    "قالت وزارة الدفاع التركية يوم الجمعة إن غارة جوية في إدلب شمال سوريا أدت إلى مقتل 33 جنديا، "
    "ودعا أردوغان إلى اجتماع عاجل."
)
OTHER_TEXT = "أعلنت موسكو أن الهجوم على إدلب لم يكن من فعل طائراتها."


def at(word: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.fixture
def doc(project: Project) -> int:
    doc_id, _ = project.add_document(TEXT, title="غارة إدلب", source="الجزيرة", date="2020-02-28")
    return doc_id


@pytest.fixture
def other_doc(project: Project) -> int:
    doc_id, _ = project.add_document(OTHER_TEXT, title="موسكو", source="روسيا اليوم", date="2020-02-29")
    return doc_id


def entity(project: Project, doc: int, word: str, label: str, text: str = TEXT) -> int:
    return project.add_entity(LAYER, doc, *at(word, text), label).created_ids[0]


def event(project: Project, doc: int, word: str, event_type: str, text: str = TEXT) -> int:
    return project.add_event(LAYER, doc, *at(word, text), event_type).created_ids[0]


def roles(project: Project, event_id: int) -> list[tuple[str, int | None, int | None]]:
    return [(a.role, a.entity_id, a.event_id) for a in project.event(event_id).arguments]


# -- schema rules for arguments ----------------------------------------------------------


def test_a_role_the_type_does_not_have_is_refused_naming_the_rule(project: Project, doc: int) -> None:
    meeting = event(project, doc, "اجتماع", "Contact.Meet")
    soldiers = entity(project, doc, "33 جنديا", "NUM")
    with pytest.raises(ProjectError, match=re.escape("role Victim is not a role of Contact.Meet")):
        project.add_argument(LAYER, meeting, "Victim", entity_id=soldiers)
    assert roles(project, meeting) == []


def test_a_date_cannot_be_the_attacker(project: Project, doc: int) -> None:
    attack = event(project, doc, "غارة", "Conflict.Attack")
    friday = entity(project, doc, "الجمعة", "DATE")
    with pytest.raises(
        ProjectError,
        match=re.escape("role Attacker of Conflict.Attack does not take an entity labelled DATE"),
    ):
        project.add_argument(LAYER, attack, "Attacker", entity_id=friday)
    assert roles(project, attack) == []


def test_a_role_that_takes_one_argument_refuses_a_second(project: Project, doc: int) -> None:
    attack = event(project, doc, "غارة", "Conflict.Attack")
    idlib = entity(project, doc, "إدلب", "GPE")
    syria = entity(project, doc, "سوريا", "GPE")
    project.add_argument(LAYER, attack, "Place", entity_id=idlib)
    with pytest.raises(
        ProjectError, match=re.escape("role Place of Conflict.Attack takes one argument and already has one")
    ):
        project.add_argument(LAYER, attack, "Place", entity_id=syria)
    assert roles(project, attack) == [("Place", idlib, None)]


def test_a_repeatable_role_takes_several_arguments_but_not_the_same_one_twice(
    project: Project, doc: int
) -> None:
    attack = event(project, doc, "غارة", "Conflict.Attack")
    ministry = entity(project, doc, "وزارة الدفاع التركية", "ORG")
    erdogan = entity(project, doc, "أردوغان", "PER")
    project.add_argument(LAYER, attack, "Target", entity_id=ministry)
    project.add_argument(LAYER, attack, "Target", entity_id=erdogan)
    with pytest.raises(ProjectError, match="already fills Target"):
        project.add_argument(LAYER, attack, "Target", entity_id=erdogan)
    assert roles(project, attack) == [("Target", ministry, None), ("Target", erdogan, None)]


def test_arguments_given_to_add_event_are_checked_and_stored_in_the_same_operation(
    project: Project, doc: int
) -> None:
    soldiers = entity(project, doc, "33 جنديا", "NUM")
    idlib = entity(project, doc, "إدلب", "GPE")
    friday = entity(project, doc, "الجمعة", "DATE")
    with pytest.raises(
        ProjectError, match=re.escape("role Victim of Life.Die does not take an entity labelled DATE")
    ):
        project.add_event(LAYER, doc, *at("مقتل"), "Life.Die", arguments=[("Victim", friday)])
    assert project.events(doc, LAYER) == []
    changes = project.add_event(
        LAYER, doc, *at("مقتل"), "Life.Die", arguments=[("Victim", soldiers), ("Place", idlib)]
    )
    death = changes.created_ids[0]
    assert roles(project, death) == [("Victim", soldiers, None), ("Place", idlib, None)]
    project.undo(LAYER)
    assert project.events(doc, LAYER) == []


def test_add_event_refuses_the_same_argument_twice_in_one_role(project: Project, doc: int) -> None:
    ministry = entity(project, doc, "وزارة الدفاع التركية", "ORG")
    with pytest.raises(ProjectError, match="given twice"):
        project.add_event(
            LAYER, doc, *at("غارة"), "Conflict.Attack", arguments=[("Target", ministry), ("Target", ministry)]
        )
    assert project.events(doc, LAYER) == []


def test_a_missing_required_role_is_reported_until_it_is_filled(project: Project, doc: int) -> None:
    death = event(project, doc, "مقتل", "Life.Die")
    assert project.event_problems(project.event(death)) == ["missing required role Victim"]
    assert project.event_problems(project.event(death), "ar") == ["missing required role الضحية"]
    soldiers = entity(project, doc, "33 جنديا", "NUM")
    project.add_argument(LAYER, death, "Victim", entity_id=soldiers)
    assert project.event_problems(project.event(death)) == []


def test_relabelling_an_argument_entity_makes_event_problems_report_it(project: Project, doc: int) -> None:
    death = event(project, doc, "مقتل", "Life.Die")
    soldiers = entity(project, doc, "33 جنديا", "NUM")
    project.add_argument(LAYER, death, "Victim", entity_id=soldiers)
    project.relabel_entity(LAYER, soldiers, "DATE")
    problems = project.event_problems(project.event(death))
    assert len(problems) == 1
    assert "role Victim of Life.Die does not take an entity labelled DATE" in problems[0]
    project.undo(LAYER)
    assert project.event_problems(project.event(death)) == []


# -- attributes --------------------------------------------------------------------------


def test_a_new_event_starts_with_the_schema_default_attributes(project: Project, doc: int) -> None:
    attack = event(project, doc, "غارة", "Conflict.Attack")
    assert project.event(attack).attributes == {
        "polarity": "positive",
        "modality": "asserted",
        "tense": "unspecified",
        "realis": "actual",
    }


def test_attribute_values_outside_the_schema_are_refused(project: Project, doc: int) -> None:
    with pytest.raises(ProjectError, match="attribute polarity cannot be 'maybe'"):
        project.add_event(LAYER, doc, *at("غارة"), "Conflict.Attack", attributes={"polarity": "maybe"})
    with pytest.raises(
        ProjectError, match=re.escape("attribute colour is not an attribute of Conflict.Attack")
    ):
        project.add_event(LAYER, doc, *at("غارة"), "Conflict.Attack", attributes={"colour": "red"})
    assert project.events(doc, LAYER) == []
    attack = event(project, doc, "غارة", "Conflict.Attack")
    with pytest.raises(ProjectError, match="attribute tense cannot be 'someday'"):
        project.set_event_attributes(LAYER, attack, {"tense": "someday"})
    assert project.event(attack).attributes["tense"] == "unspecified"
    project.set_event_attributes(LAYER, attack, {**project.event(attack).attributes, "tense": "past"})
    assert project.event(attack).attributes["tense"] == "past"


def test_an_unknown_event_type_is_refused(project: Project, doc: int) -> None:
    with pytest.raises(ProjectError, match=re.escape("'Conflict.Riot' is not an event type")):
        project.add_event(LAYER, doc, *at("غارة"), "Conflict.Riot")
    assert project.events(doc, LAYER) == []


# -- changing the type -------------------------------------------------------------------


def test_retype_is_refused_when_an_argument_does_not_fit_the_new_type(project: Project, doc: int) -> None:
    attack = event(project, doc, "غارة", "Conflict.Attack")
    ministry = entity(project, doc, "وزارة الدفاع التركية", "ORG")
    project.add_argument(LAYER, attack, "Attacker", entity_id=ministry)
    with pytest.raises(
        ProjectError, match=re.escape("cannot change the type: role Attacker is not a role of Life.Die")
    ):
        project.retype_event(LAYER, attack, "Life.Die")
    assert project.event(attack).type == "Conflict.Attack"


def test_retype_is_allowed_when_every_argument_fits_and_undo_restores_the_type(
    project: Project, doc: int
) -> None:
    attack = event(project, doc, "غارة", "Conflict.Attack")
    idlib = entity(project, doc, "إدلب", "GPE")
    project.add_argument(LAYER, attack, "Place", entity_id=idlib)
    project.retype_event(LAYER, attack, "Life.Die")
    assert project.event(attack).type == "Life.Die"
    assert roles(project, attack) == [("Place", idlib, None)]
    assert project.undo_status(LAYER).undo == "change to Life.Die"
    project.undo(LAYER)
    assert project.event(attack).type == "Conflict.Attack"


def test_retype_is_refused_when_the_event_fills_a_role_that_does_not_take_the_new_type(
    project: Project, doc: int
) -> None:
    talks = event(project, doc, "دعا", "Contact.Negotiate")
    attack = event(project, doc, "غارة", "Conflict.Attack")
    project.add_argument(LAYER, talks, "Topic", argument_event_id=attack)
    with pytest.raises(ProjectError, match=r"cannot change the type: .*Topic of Contact\.Negotiate"):
        project.retype_event(LAYER, attack, "Life.Die")
    assert project.event(attack).type == "Conflict.Attack"
    assert project.event_problems(project.event(talks)) == []


# -- events as arguments -----------------------------------------------------------------


def test_a_statement_can_have_an_attack_as_its_topic(project: Project, doc: int) -> None:
    statement = event(project, doc, "قالت", "Contact.Broadcast")
    attack = event(project, doc, "غارة", "Conflict.Attack")
    argument = project.add_argument(LAYER, statement, "Topic", argument_event_id=attack).created_ids[0]
    assert project.event(statement).arguments[0].id == argument
    assert roles(project, statement) == [("Topic", None, attack)]
    assert project.event_problems(project.event(statement)) == []


def test_a_topic_filled_by_an_entity_is_refused(project: Project, doc: int) -> None:
    statement = event(project, doc, "قالت", "Contact.Broadcast")
    idlib = entity(project, doc, "إدلب", "GPE")
    with pytest.raises(
        ProjectError, match=re.escape("role Topic of Contact.Broadcast does not take an entity labelled GPE")
    ):
        project.add_argument(LAYER, statement, "Topic", entity_id=idlib)
    assert roles(project, statement) == []


def test_an_event_cannot_fill_a_role_that_takes_entities(project: Project, doc: int) -> None:
    statement = event(project, doc, "قالت", "Contact.Broadcast")
    attack = event(project, doc, "غارة", "Conflict.Attack")
    with pytest.raises(ProjectError, match=re.escape("does not take an event of type Contact.Broadcast")):
        project.add_argument(LAYER, attack, "Attacker", argument_event_id=statement)


def test_a_cycle_of_topics_is_refused(project: Project, doc: int) -> None:
    said = event(project, doc, "قالت", "Contact.Broadcast")
    called = event(project, doc, "دعا", "Contact.Broadcast")
    project.add_argument(LAYER, said, "Topic", argument_event_id=called)
    with pytest.raises(ProjectError, match="cannot be an argument of itself"):
        project.add_argument(LAYER, called, "Topic", argument_event_id=said)
    with pytest.raises(ProjectError, match="cannot be an argument of itself"):
        project.add_argument(LAYER, said, "Topic", argument_event_id=said)
    assert roles(project, called) == []
    assert roles(project, said) == [("Topic", None, called)]


def test_a_cycle_through_a_third_event_is_refused(project: Project, doc: int) -> None:
    said, called, met = (event(project, doc, w, "Contact.Broadcast") for w in ("قالت", "دعا", "اجتماع"))
    project.add_argument(LAYER, said, "Topic", argument_event_id=called)
    project.add_argument(LAYER, called, "Topic", argument_event_id=met)
    with pytest.raises(ProjectError, match="cannot be an argument of itself"):
        project.add_argument(LAYER, met, "Topic", argument_event_id=said)
    assert roles(project, met) == []


def test_an_argument_from_another_document_is_refused(project: Project, doc: int, other_doc: int) -> None:
    statement = event(project, doc, "قالت", "Contact.Broadcast")
    moscow = entity(project, other_doc, "موسكو", "GPE", OTHER_TEXT)
    attack_there = event(project, other_doc, "الهجوم", "Conflict.Attack", OTHER_TEXT)
    with pytest.raises(ProjectError, match="in another document"):
        project.add_argument(LAYER, statement, "Entity", entity_id=moscow)
    with pytest.raises(ProjectError, match="in another document"):
        project.add_argument(LAYER, statement, "Topic", argument_event_id=attack_there)
    with pytest.raises(ProjectError, match="in another document"):
        project.add_event(LAYER, doc, *at("قالت"), "Contact.Broadcast", arguments=[("Entity", moscow)])
    assert roles(project, statement) == []


def test_an_argument_must_be_an_entity_or_an_event_not_both(project: Project, doc: int) -> None:
    statement = event(project, doc, "قالت", "Contact.Broadcast")
    attack = event(project, doc, "غارة", "Conflict.Attack")
    erdogan = entity(project, doc, "أردوغان", "PER")
    with pytest.raises(ProjectError, match="exactly one of them"):
        project.add_argument(LAYER, statement, "Topic", entity_id=erdogan, argument_event_id=attack)
    with pytest.raises(ProjectError, match="exactly one of them"):
        project.add_argument(LAYER, statement, "Topic")


# -- deleting ----------------------------------------------------------------------------


def test_deleting_an_event_removes_its_arguments_and_its_topics_and_one_undo_restores_all(
    project: Project, doc: int
) -> None:
    statement = event(project, doc, "قالت", "Contact.Broadcast")
    ministry = entity(project, doc, "وزارة الدفاع التركية", "ORG")
    attack = event(project, doc, "غارة", "Conflict.Attack")
    idlib = entity(project, doc, "إدلب", "GPE")
    project.add_argument(LAYER, statement, "Entity", entity_id=ministry)
    project.add_argument(LAYER, statement, "Topic", argument_event_id=attack)
    project.add_argument(LAYER, attack, "Place", entity_id=idlib)
    before = {e.id: e for e in project.events(doc, LAYER)}

    changes = project.delete_event(LAYER, attack)
    assert changes.events
    assert [e.id for e in project.events(doc, LAYER)] == [statement]
    assert roles(project, statement) == [("Entity", ministry, None)]
    assert {e.id for e in project.entities(doc, LAYER)} == {ministry, idlib}

    assert project.undo_status(LAYER).undo == "delete Conflict.Attack"
    project.undo(LAYER)
    assert {e.id: e for e in project.events(doc, LAYER)} == before
    project.redo(LAYER)
    assert [e.id for e in project.events(doc, LAYER)] == [statement]


def test_deleting_an_entity_removes_the_arguments_it_fills_and_undo_restores_them(
    project: Project, doc: int
) -> None:
    death = event(project, doc, "مقتل", "Life.Die")
    attack = event(project, doc, "غارة", "Conflict.Attack")
    idlib = entity(project, doc, "إدلب", "GPE")
    soldiers = entity(project, doc, "33 جنديا", "NUM")
    project.add_argument(LAYER, death, "Victim", entity_id=soldiers)
    project.add_argument(LAYER, death, "Place", entity_id=idlib)
    project.add_argument(LAYER, attack, "Place", entity_id=idlib)

    changes = project.delete_entity(LAYER, idlib)
    assert changes.entities and changes.events
    assert roles(project, death) == [("Victim", soldiers, None)]
    assert roles(project, attack) == []
    assert idlib not in {e.id for e in project.entities(doc, LAYER)}

    project.undo(LAYER)
    assert project.entity(idlib).label == "GPE"
    assert roles(project, death) == [("Victim", soldiers, None), ("Place", idlib, None)]
    assert roles(project, attack) == [("Place", idlib, None)]


def test_removing_an_argument_and_changing_its_role_each_undo(project: Project, doc: int) -> None:
    statement = event(project, doc, "قالت", "Contact.Broadcast")
    erdogan = entity(project, doc, "أردوغان", "PER")
    argument = project.add_argument(LAYER, statement, "Entity", entity_id=erdogan).created_ids[0]
    project.change_argument_role(LAYER, argument, "Audience")
    assert roles(project, statement) == [("Audience", erdogan, None)]
    with pytest.raises(
        ProjectError, match=re.escape("role Topic of Contact.Broadcast does not take an entity labelled PER")
    ):
        project.change_argument_role(LAYER, argument, "Topic")
    project.remove_argument(LAYER, argument)
    assert roles(project, statement) == []
    project.undo(LAYER)
    assert roles(project, statement) == [("Audience", erdogan, None)]
    project.undo(LAYER)
    assert roles(project, statement) == [("Entity", erdogan, None)]


# -- layers and persistence ----------------------------------------------------------------


def test_another_layers_event_cannot_be_changed(project: Project, doc: int) -> None:
    attack = event(project, doc, "غارة", "Conflict.Attack")
    idlib = entity(project, doc, "إدلب", "GPE")
    project.add_argument(LAYER, attack, "Place", entity_id=idlib)
    argument = project.event(attack).arguments[0].id
    before = project.event(attack)
    attempts = [
        lambda: project.retype_event("sara", attack, "Life.Die"),
        lambda: project.resize_event("sara", attack, *at("غارة جوية")),
        lambda: project.set_event_attributes("sara", attack, {"tense": "past"}),
        lambda: project.add_argument("sara", attack, "Time", entity_id=idlib),
        lambda: project.remove_argument("sara", argument),
        lambda: project.change_argument_role("sara", argument, "Target"),
        lambda: project.delete_event("sara", attack),
        lambda: project.set_event_cluster("sara", [attack], "idlib-strike"),
    ]
    for attempt in attempts:
        with pytest.raises(ProjectError, match="another layer"):
            attempt()
    assert project.event(attack) == before
    assert project.events(doc, "sara") == []


def test_an_entity_of_another_layer_cannot_fill_a_role(project: Project, doc: int) -> None:
    attack = event(project, doc, "غارة", "Conflict.Attack")
    theirs = project.add_entity("sara", doc, *at("إدلب"), "GPE").created_ids[0]
    with pytest.raises(ProjectError, match="another layer"):
        project.add_argument(LAYER, attack, "Place", entity_id=theirs)
    assert roles(project, attack) == []


def test_event_undo_and_redo_survive_reopening_the_project(project: Project, doc: int) -> None:
    path = project.path
    death = event(project, doc, "مقتل", "Life.Die")
    soldiers = entity(project, doc, "33 جنديا", "NUM")
    project.add_argument(LAYER, death, "Victim", entity_id=soldiers)
    project.close()
    with Project.open(path) as reopened:
        assert reopened.undo_status(LAYER).undo == "add Victim"
        reopened.undo(LAYER)
        assert roles(reopened, death) == []
    with Project.open(path) as again:
        assert again.undo_status(LAYER).redo == "add Victim"
        again.redo(LAYER)
    with Project.open(path) as last:
        assert roles(last, death) == [("Victim", soldiers, None)]
        assert last.event(death).type == "Life.Die"

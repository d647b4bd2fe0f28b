"""Across documents: entity ids, their suggestions, event clusters and their suggestions, and the
story table of a cluster with the conflicts between outlets."""

from __future__ import annotations

import pytest

from annotator.core.project import Project, ProjectError
from annotator.core.project_links import suggested_key

LAYER = "ali"
TARGET = "turkish_operation_idlib"


def at(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


class Doc:
    """A document of the test project with helpers to annotate it by word."""

    def __init__(self, project: Project, text: str, source: str, date: str, title: str) -> None:
        self.project = project
        self.text = text
        self.id, _ = project.add_document(text, title=title, source=source, date=date)

    def entity(self, word: str, label: str) -> int:
        return self.project.add_entity(LAYER, self.id, *at(self.text, word), label).created_ids[0]

    def event(self, word: str, event_type: str, arguments: list[tuple[str, int]] | None = None) -> int:
        changes = self.project.add_event(
            LAYER, self.id, *at(self.text, word), event_type, arguments=arguments or []
        )
        return changes.created_ids[0]


# -- entity ids ----------------------------------------------------------------------------


@pytest.fixture
def two_docs(project: Project) -> tuple[Doc, Doc]:
    first = Doc(project, "أعلن حلف الناتو دعمه لتركيا في إدلب.", "الجزيرة", "2020-02-28", "الناتو")
    second = Doc(project, "قالت تركيا إن قواتها في ادلب تعرضت لهجوم.", "العربية", "2020-02-29", "أنقرة")
    return first, second


def test_linking_mentions_in_two_documents_is_one_operation_and_undo_unlinks_both(
    project: Project, two_docs: tuple[Doc, Doc]
) -> None:
    first, second = two_docs
    a = first.entity("تركيا", "GPE")
    b = second.entity("تركيا", "GPE")
    changes = project.link_entities(LAYER, [a, b], "GPE:تركيا", title="تركيا")
    assert changes.entities and changes.doc_ids == {first.id, second.id}
    assert (project.entity(a).kb_id, project.entity(b).kb_id) == ("GPE:تركيا", "GPE:تركيا")
    assert [e.id for e in project.mentions_of(LAYER, "GPE:تركيا")] == [a, b]
    [group] = project.entity_groups(LAYER)
    assert (group.key, group.title, group.mentions, group.documents) == ("GPE:تركيا", "تركيا", 2, 2)

    project.undo(LAYER)
    assert (project.entity(a).kb_id, project.entity(b).kb_id) == (None, None)
    assert project.entity_groups(LAYER) == []
    project.redo(LAYER)
    assert project.entity(b).kb_id == "GPE:تركيا"
    project.link_entities(LAYER, [b], None)
    assert project.entity(b).kb_id is None and project.entity(a).kb_id == "GPE:تركيا"


def test_linking_refuses_nothing_to_do_an_empty_id_and_another_layers_mention(
    project: Project, two_docs: tuple[Doc, Doc]
) -> None:
    first, second = two_docs
    a = first.entity("تركيا", "GPE")
    theirs = project.add_entity("sara", second.id, *at(second.text, "تركيا"), "GPE").created_ids[0]
    with pytest.raises(ProjectError, match="no mentions"):
        project.link_entities(LAYER, [], "x")
    with pytest.raises(ProjectError, match="cannot be empty"):
        project.link_entities(LAYER, [a], "  ")
    with pytest.raises(ProjectError, match="another layer"):
        project.link_entities(LAYER, [a, theirs], "GPE:تركيا")
    assert project.entity(a).kb_id is None
    project.link_entities(LAYER, [a], "GPE:تركيا")
    with pytest.raises(ProjectError, match="already have that entity id"):
        project.link_entities(LAYER, [a], "GPE:تركيا")


def test_link_suggestions_match_clitics_and_spelling_but_not_another_label(
    project: Project, two_docs: tuple[Doc, Doc]
) -> None:
    first, second = two_docs
    turkey = second.entity("تركيا", "GPE")
    li_turkey = first.entity("لتركيا", "GPE")
    idlib_hamza = first.entity("إدلب", "GPE")
    idlib_plain = second.entity("ادلب", "LOC")
    idlib_plain_gpe = project.add_entity(LAYER, second.id, *at(second.text, "ادلب"), "GPE").created_ids[0]
    nato = first.entity("حلف الناتو", "ORG")

    found = project.entity_link_suggestions(LAYER, turkey)
    assert [(s.entity.id, s.text, s.doc_title) for s in found] == [(li_turkey, "لتركيا", "الناتو")]
    found = project.entity_link_suggestions(LAYER, idlib_hamza)
    assert [s.entity.id for s in found] == [idlib_plain_gpe]
    assert idlib_plain not in {s.entity.id for s in found}
    assert project.entity_link_suggestions(LAYER, nato) == []


def test_link_suggestions_leave_out_mentions_already_carrying_the_id(
    project: Project, two_docs: tuple[Doc, Doc]
) -> None:
    first, second = two_docs
    turkey = second.entity("تركيا", "GPE")
    li_turkey = first.entity("لتركيا", "GPE")
    project.link_entities(LAYER, [turkey, li_turkey], "GPE:تركيا")
    assert project.entity_link_suggestions(LAYER, turkey) == []


def test_suggested_key_is_the_label_and_the_shortest_clitic_free_form() -> None:
    assert suggested_key("لتركيا", "GPE") == "GPE:تركيا"
    assert suggested_key("إدلب", "GPE") == "GPE:ادلب"
    assert suggested_key("الجيش التركي", "ORG") == "ORG:جيش_التركي"


# -- event clusters ------------------------------------------------------------------------


def test_events_put_in_a_cluster_are_counted_by_mentions_and_documents(
    project: Project, two_docs: tuple[Doc, Doc]
) -> None:
    first, second = two_docs
    support = first.event("دعمه", "Contact.Broadcast")
    said = second.event("قالت", "Contact.Broadcast")
    attack = second.event("لهجوم", "Conflict.Attack")
    changes = project.set_event_cluster(LAYER, [support, said, attack], "idlib", title="هجوم إدلب")
    assert changes.events and changes.doc_ids == {first.id, second.id}
    [group] = project.event_clusters(LAYER)
    assert (group.key, group.title, group.mentions, group.documents) == ("idlib", "هجوم إدلب", 3, 2)
    assert project.link_title(LAYER, "event", "idlib") == "هجوم إدلب"
    assert {e.id for e in project.cluster_events(LAYER, "idlib")} == {support, said, attack}

    project.set_event_cluster(LAYER, [attack], None)
    [group] = project.event_clusters(LAYER)
    assert (group.mentions, group.documents) == (2, 2)
    assert project.event(attack).cluster is None
    project.undo(LAYER)
    assert project.event(attack).cluster == "idlib"
    project.undo(LAYER)
    assert project.event_clusters(LAYER) == []
    assert project.link_title(LAYER, "event", "idlib") == "idlib"


def test_renaming_a_story_is_undoable(project: Project, two_docs: tuple[Doc, Doc]) -> None:
    first, _ = two_docs
    support = first.event("دعمه", "Contact.Broadcast")
    project.set_event_cluster(LAYER, [support], "nato")
    project.set_link_title(LAYER, "event", "nato", "دعم الناتو")
    assert project.event_clusters(LAYER)[0].title == "دعم الناتو"
    with pytest.raises(ProjectError, match="already has that title"):
        project.set_link_title(LAYER, "event", "nato", "دعم الناتو")
    assert project.undo_status(LAYER).undo == "rename story"
    project.undo(LAYER)
    assert project.event_clusters(LAYER)[0].title == "nato"
    assert project.undo_status(LAYER).undo == "add to story nato"


def test_reading_links_of_an_unknown_annotator_does_not_add_the_annotator(
    project: Project, two_docs: tuple[Doc, Doc]
) -> None:
    first, _ = two_docs
    turkey = first.entity("لتركيا", "GPE")
    layers = project.layers()
    assert project.mentions_of("nobody", "GPE:تركيا") == []
    with pytest.raises(ProjectError, match="another layer"):
        project.entity_link_suggestions("nobody", turkey)
    assert project.entity_groups("nobody") == [] and project.event_clusters("nobody") == []
    assert project.layers() == layers


def test_cluster_suggestions_rank_an_event_sharing_a_linked_argument_first(project: Project) -> None:
    here = Doc(project, "غارة على إدلب أمس.", "الجزيرة", "2020-02-28", "غارة")
    linked = Doc(project, "قصف محافظة ادلب بالطائرات.", "العربية", "2020-02-27", "قصف")
    same_word = Doc(project, "غارة على حلب أمس.", "بي بي سي", "2020-02-28", "حلب")
    other_type = Doc(project, "اجتماع في إدلب أمس.", "الحرة", "2020-02-28", "اجتماع")

    idlib = here.entity("إدلب", "GPE")
    idlib_province = linked.entity("محافظة ادلب", "GPE")
    project.link_entities(LAYER, [idlib, idlib_province], "GPE:ادلب")
    strike = here.event("غارة", "Conflict.Attack", [("Place", idlib)])
    shelling = linked.event("قصف", "Conflict.Attack", [("Place", idlib_province)])
    aleppo_strike = same_word.event("غارة", "Conflict.Attack", [("Place", same_word.entity("حلب", "GPE"))])
    other_type.event("اجتماع", "Contact.Meet")

    found = project.event_cluster_suggestions(LAYER, strike)
    assert [s.event.id for s in found] == [shelling, aleppo_strike]
    assert found[0].reasons == ("1 shared argument(s)",)
    assert set(found[1].reasons) == {"same trigger word", "same date"}
    assert found[0].score > found[1].score
    assert (found[0].trigger, found[0].doc_title) == ("قصف", "قصف")

    project.set_event_cluster(LAYER, [strike, shelling], "idlib")
    assert [s.event.id for s in project.event_cluster_suggestions(LAYER, strike)] == [aleppo_strike]


# -- the story table -----------------------------------------------------------------------


@pytest.fixture
def story_docs(project: Project) -> list[Doc]:
    """Three outlets report the same deaths, with different counts and spellings (not in date order)."""
    jazeera = Doc(
        project, "مقتل 33 جنديا تركيا في غارة على إدلب.", "الجزيرة", "2020-02-28", "مقتل جنود أتراك"
    )
    arabiya = Doc(project, "مقتل 34 جندياً تركياً في ادلب.", "العربية", "2020-02-27", "غارة ادلب")
    bbc = Doc(
        project, "أعلنت أنقرة مقتل ثلاثة وثلاثين جنديا في إدلب.", "بي بي سي", "2020-02-29", "أنقرة تعلن"
    )
    counts = {jazeera.id: "33 جنديا", arabiya.id: "34 جندياً", bbc.id: "ثلاثة وثلاثين جنديا"}
    places = {jazeera.id: "إدلب", arabiya.id: "ادلب", bbc.id: "إدلب"}
    polarities = {jazeera.id: "against", arabiya.id: "favor", bbc.id: "against"}
    deaths, place_ids = [], []
    for doc in (jazeera, arabiya, bbc):
        victims = doc.entity(counts[doc.id], "NUM")
        place = doc.entity(places[doc.id], "GPE")
        place_ids.append(place)
        deaths.append(doc.event("مقتل", "Life.Die", [("Victim", victims), ("Place", place)]))
        project.set_outlet_stance(LAYER, doc.id, TARGET, polarities[doc.id])
    project.link_entities(LAYER, place_ids, "GPE:ادلب")
    project.set_event_cluster(LAYER, deaths, "deaths-28-feb", title="مقتل الجنود الأتراك")
    return [jazeera, arabiya, bbc]


def test_story_rows_are_one_per_document_sorted_by_date(project: Project, story_docs: list[Doc]) -> None:
    jazeera, arabiya, bbc = story_docs
    story = project.story(LAYER, "deaths-28-feb")
    assert story.title == "مقتل الجنود الأتراك"
    assert story.event_types == ("Life.Die",)
    assert [(r.doc_id, r.outlet, r.date) for r in story.rows] == [
        (arabiya.id, "العربية", "2020-02-27"),
        (jazeera.id, "الجزيرة", "2020-02-28"),
        (bbc.id, "بي بي سي", "2020-02-29"),
    ]
    assert [r.trigger.text for r in story.rows] == ["مقتل", "مقتل", "مقتل"]
    assert [c.key for c in story.roles] == ["Victim", "Place"]


def test_the_victim_count_that_differs_is_flagged_and_equal_counts_in_words_are_not(
    project: Project, story_docs: list[Doc]
) -> None:
    story = project.story(LAYER, "deaths-28-feb")
    victim = next(c for c in story.roles if c.key == "Victim")
    assert victim.conflict and victim.name == "Victim"
    cells = [(r.roles["Victim"].text, r.roles["Victim"].conflict) for r in story.rows]
    assert cells == [("34 جندياً", True), ("33 جنديا", False), ("ثلاثة وثلاثين جنديا", False)]


def test_a_place_linked_by_entity_id_does_not_conflict_across_spellings(
    project: Project, story_docs: list[Doc]
) -> None:
    story = project.story(LAYER, "deaths-28-feb")
    place = next(c for c in story.roles if c.key == "Place")
    assert not place.conflict
    assert [r.roles["Place"].text for r in story.rows] == ["ادلب", "إدلب", "إدلب"]
    assert not any(r.roles["Place"].conflict for r in story.rows)


def test_outlet_stances_with_different_polarities_conflict(project: Project, story_docs: list[Doc]) -> None:
    story = project.story(LAYER, "deaths-28-feb", language="ar")
    [target] = story.targets
    assert target.conflict and target.name == "العملية العسكرية التركية في إدلب"
    cells = [(r.stances[target.key].text, r.stances[target.key].conflict) for r in story.rows]
    assert cells == [("مؤيد", True), ("معارض", False), ("معارض", False)]
    assert story.conflicts == ("الضحية", "العملية العسكرية التركية في إدلب")


def test_equal_stances_and_counts_make_no_conflict(project: Project, story_docs: list[Doc]) -> None:
    _, arabiya, _ = story_docs
    project.set_outlet_stance(LAYER, arabiya.id, TARGET, "against")
    [victims] = [e for e in project.entities(arabiya.id, LAYER) if e.label == "NUM"]
    death = project.events(arabiya.id, LAYER)[0]
    [argument] = death.arguments_for("Victim")
    project.remove_argument(LAYER, argument.id)
    story = project.story(LAYER, "deaths-28-feb")
    assert story.conflicts == ()
    assert story.rows[0].roles["Victim"].text == ""
    assert victims.id not in {a.entity_id for a in project.event(death.id).arguments}


def test_story_records_have_a_conflicts_column(project: Project, story_docs: list[Doc]) -> None:
    _, arabiya, _ = story_docs
    records = project.story(LAYER, "deaths-28-feb").to_records()
    first = records[0]
    assert first["document"] == arabiya.id
    assert first["Victim"] == "34 جندياً" and first["Place"] == "ادلب"
    assert first["stance: Turkey's military operation in Idlib"] == "Favor"
    assert first["conflicts"] == "Victim; Turkey's military operation in Idlib"
    assert [r["conflicts"] for r in records[1:]] == ["", ""]


def test_a_story_without_events_is_refused(project: Project) -> None:
    with pytest.raises(ProjectError, match="no events in story"):
        project.story(LAYER, "nothing")

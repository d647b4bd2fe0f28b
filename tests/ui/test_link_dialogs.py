"""Linking across documents: an entity id for إدلب / ادلب, and a story for three reports of one event."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget
from pytestqt.qtbot import QtBot

from annotator.core.model import Changes
from annotator.core.project import Project, ProjectError
from annotator.core.project_links import suggested_key
from annotator.ui.link_dialogs import ID_ROLE, EntityLinkDialog, EventClusterDialog

LAYER = "ali"
REPORTS = (
    # text, outlet, date, trigger, victim, place
    ("قال مسؤول إن 33 جنديا تركيا قتلوا في إدلب", "الأناضول", "2020-02-28", "قتلوا", "33 جنديا", "إدلب"),
    ("مقتل 34 جندياً تركياً في إدلب", "روسيا اليوم", "2020-02-28", "مقتل", "34 جندياً", "إدلب"),
    (
        "مقتل ثلاثة وثلاثين جنديا تركيا في ادلب",
        "الجزيرة",
        "2020-02-29",
        "مقتل",
        "ثلاثة وثلاثين جنديا",
        "ادلب",
    ),
)


@dataclass
class Reports:
    project: Project
    doc_ids: list[int]
    places: list[int]  # the GPE entity of each document
    event_ids: list[int]


@pytest.fixture
def reports(ui_project: Project) -> Reports:
    doc_ids, places, event_ids = [], [], []
    for number, (text, outlet, date, trigger, victim, place) in enumerate(REPORTS, 1):
        doc_id, _ = ui_project.add_document(text, title=f"تقرير {number}", source=outlet, date=date)

        def span(part: str, text: str = text) -> tuple[int, int]:
            return text.index(part), text.index(part) + len(part)

        count = ui_project.add_entity(LAYER, doc_id, *span(victim), "NUM").created_ids[0]
        gpe = ui_project.add_entity(LAYER, doc_id, *span(place), "GPE").created_ids[0]
        event = ui_project.add_event(LAYER, doc_id, *span(trigger), "Life.Die").created_ids[0]
        ui_project.add_argument(LAYER, event, "Victim", entity_id=count)
        ui_project.add_argument(LAYER, event, "Place", entity_id=gpe)
        doc_ids.append(doc_id)
        places.append(gpe)
        event_ids.append(event)
    return Reports(ui_project, doc_ids, places, event_ids)


class Runner:
    """The main window's `run`: refused operations come back as None; counts what ran."""

    def __init__(self) -> None:
        self.operations: list[Changes] = []
        self.refused = 0

    def __call__(self, method, *args) -> Changes | None:  # type: ignore[no-untyped-def]
        try:
            changes: Changes = method(*args)
        except ProjectError:
            self.refused += 1
            return None
        self.operations.append(changes)
        return changes


def _ids(widget: QListWidget, checked_only: bool = False) -> list[int]:
    items = [widget.item(i) for i in range(widget.count())]
    return [
        int(item.data(ID_ROLE))
        for item in items
        if item.data(ID_ROLE) is not None and (not checked_only or item.checkState() == Qt.CheckState.Checked)
    ]


def _plain(text: str) -> str:
    """Text as read, without the bidi isolates that keep Arabic in order inside English."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _ok(dialog: QDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()  # type: ignore[attr-defined]


def _kb_ids(project: Project, entity_ids: list[int]) -> list[str | None]:
    return [project.entity(i).kb_id for i in entity_ids]


# -- entity ids ----------------------------------------------------------------------------


def test_the_entity_dialog_suggests_an_id_and_checks_the_matching_mentions(
    reports: Reports, qtbot: QtBot
) -> None:
    dialog = EntityLinkDialog(reports.project, LAYER, reports.places[0], Runner(), "en")
    qtbot.addWidget(dialog)
    assert dialog.key_edit.text() == suggested_key("إدلب", "GPE")
    assert _plain(dialog.mention.text()) == "إدلب (Geopolitical entity) in تقرير 1"
    assert _ids(dialog.suggestions, checked_only=True) == reports.places[1:]
    assert _plain(dialog.suggestions.item(1).text()) == "ادلب — تقرير 3"
    assert not dialog.unlink_button.isEnabled()


def test_linking_idlib_across_documents_is_one_operation_that_undo_takes_back(
    reports: Reports, qtbot: QtBot
) -> None:
    project, run = reports.project, Runner()
    dialog = EntityLinkDialog(project, LAYER, reports.places[0], run, "en")
    qtbot.addWidget(dialog)
    dialog.suggestions.item(0).setCheckState(Qt.CheckState.Unchecked)  # only إدلب (1) and ادلب (3)
    dialog.key_edit.setText("GPE:idlib")
    dialog.title_edit.setText("Idlib")
    _ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(run.operations) == 1
    first, second, third = reports.places
    assert _kb_ids(project, [first, second, third]) == ["GPE:idlib", None, "GPE:idlib"]
    assert project.link_title(LAYER, "entity", "GPE:idlib") == "Idlib"
    project.undo(LAYER)
    assert _kb_ids(project, [first, second, third]) == [None, None, None]


def test_check_none_links_only_the_mention_itself(reports: Reports, qtbot: QtBot) -> None:
    project = reports.project
    dialog = EntityLinkDialog(project, LAYER, reports.places[2], Runner(), "en")
    qtbot.addWidget(dialog)
    dialog.suggestion_box.check_none.click()
    assert _ids(dialog.suggestions, checked_only=True) == []
    _ok(dialog)
    assert _kb_ids(project, reports.places) == [None, None, suggested_key("ادلب", "GPE")]
    dialog.suggestion_box.check_all.click()
    assert _ids(dialog.suggestions, checked_only=True) == reports.places[:2][::-1]


def test_an_empty_entity_id_is_refused_and_the_dialog_stays_open(reports: Reports, qtbot: QtBot) -> None:
    run = Runner()
    dialog = EntityLinkDialog(reports.project, LAYER, reports.places[0], run, "en")
    qtbot.addWidget(dialog)
    dialog.key_edit.setText("  ")
    _ok(dialog)
    assert run.operations == [] and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.text()
    assert _kb_ids(reports.project, reports.places) == [None, None, None]


def test_a_linked_mention_shows_its_id_and_the_mentions_sharing_it(reports: Reports, qtbot: QtBot) -> None:
    project = reports.project
    project.link_entities(LAYER, reports.places[:2], "GPE:idlib", "Idlib")
    dialog = EntityLinkDialog(project, LAYER, reports.places[0], Runner(), "en")
    qtbot.addWidget(dialog)
    assert dialog.key_edit.text() == "GPE:idlib"
    assert dialog.title_edit.text() == "Idlib"
    assert "GPE:idlib" in dialog.current.text()
    assert _ids(dialog.linked) == reports.places[:2]
    assert _ids(dialog.suggestions) == [reports.places[2]]  # the linked one is no longer suggested
    dialog.key_edit.setText("GPE:somewhere-else")
    assert _ids(dialog.linked) == []


def test_unlink_takes_the_id_from_this_mention_only(reports: Reports, qtbot: QtBot) -> None:
    project, run = reports.project, Runner()
    project.link_entities(LAYER, reports.places, "GPE:idlib")
    dialog = EntityLinkDialog(project, LAYER, reports.places[1], run, "en")
    qtbot.addWidget(dialog)
    assert dialog.unlink_button.isEnabled()
    dialog.unlink_button.click()
    assert len(run.operations) == 1 and dialog.result() == QDialog.DialogCode.Accepted
    assert _kb_ids(project, reports.places) == ["GPE:idlib", None, "GPE:idlib"]


def test_the_entity_dialog_names_the_label_in_arabic(reports: Reports, qtbot: QtBot) -> None:
    dialog = EntityLinkDialog(reports.project, LAYER, reports.places[0], Runner(), "ar")
    qtbot.addWidget(dialog)
    assert "كيان جغرافي سياسي" in dialog.mention.text()


# -- event clusters ------------------------------------------------------------------------


def test_the_event_dialog_suggests_the_other_two_reports_checked(reports: Reports, qtbot: QtBot) -> None:
    dialog = EventClusterDialog(reports.project, LAYER, reports.event_ids[0], Runner(), "en")
    qtbot.addWidget(dialog)
    assert sorted(_ids(dialog.suggestions)) == sorted(reports.event_ids[1:])
    assert sorted(_ids(dialog.suggestions, checked_only=True)) == sorted(reports.event_ids[1:])
    assert "Death" in dialog.event_label.text() and "قتلوا" in dialog.event_label.text()
    assert dialog.cluster_combo.currentData() is None  # a new story
    assert dialog.key_edit.isEnabled() and dialog.key_edit.text() == "Life.Die-2020-02-28"
    assert not dialog.remove_button.isEnabled()


def test_accepting_creates_the_story_of_the_three_reports(reports: Reports, qtbot: QtBot) -> None:
    project, run = reports.project, Runner()
    dialog = EventClusterDialog(project, LAYER, reports.event_ids[0], run, "en")
    qtbot.addWidget(dialog)
    dialog.key_edit.setText("idlib-33")
    dialog.title_edit.setText("33 soldiers killed in Idlib")
    _ok(dialog)
    assert len(run.operations) == 1 and dialog.result() == QDialog.DialogCode.Accepted
    [group] = project.event_clusters(LAYER)
    assert (group.key, group.title, group.documents) == ("idlib-33", "33 soldiers killed in Idlib", 3)
    project.undo(LAYER)
    assert project.event_clusters(LAYER) == []


def test_an_unchecked_suggestion_stays_out_of_the_story(reports: Reports, qtbot: QtBot) -> None:
    project = reports.project
    dialog = EventClusterDialog(project, LAYER, reports.event_ids[0], Runner(), "en")
    qtbot.addWidget(dialog)
    for i in range(dialog.suggestions.count()):
        item = dialog.suggestions.item(i)
        if item.data(ID_ROLE) == reports.event_ids[2]:
            item.setCheckState(Qt.CheckState.Unchecked)
    dialog.key_edit.setText("idlib")
    _ok(dialog)
    assert [project.event(i).cluster for i in reports.event_ids] == ["idlib", "idlib", None]


def test_a_report_joins_the_story_its_suggestions_are_in(reports: Reports, qtbot: QtBot) -> None:
    project, run = reports.project, Runner()
    project.set_event_cluster(LAYER, reports.event_ids[:2], "idlib", "Idlib")
    dialog = EventClusterDialog(project, LAYER, reports.event_ids[2], run, "en")
    qtbot.addWidget(dialog)
    assert dialog.cluster_combo.currentData() == "idlib"
    assert not dialog.key_edit.isEnabled()
    assert dialog.title_edit.text() == "Idlib"
    _ok(dialog)
    assert len(run.operations) == 1
    assert [project.event(i).cluster for i in reports.event_ids] == ["idlib"] * 3
    assert project.link_title(LAYER, "event", "idlib") == "Idlib"


def test_a_new_story_may_not_reuse_an_existing_name(reports: Reports, qtbot: QtBot) -> None:
    project, run = reports.project, Runner()
    project.set_event_cluster(LAYER, reports.event_ids[1:2], "idlib")
    dialog = EventClusterDialog(project, LAYER, reports.event_ids[0], run, "en")
    qtbot.addWidget(dialog)
    dialog.cluster_combo.setCurrentIndex(0)
    dialog.key_edit.setText("idlib")
    _ok(dialog)
    assert run.operations == [] and dialog.result() != QDialog.DialogCode.Accepted
    assert "idlib" in dialog.message.text()
    assert project.event(reports.event_ids[0]).cluster is None


def test_remove_from_story_takes_only_this_report_out(reports: Reports, qtbot: QtBot) -> None:
    project, run = reports.project, Runner()
    project.set_event_cluster(LAYER, reports.event_ids, "idlib")
    dialog = EventClusterDialog(project, LAYER, reports.event_ids[1], run, "en")
    qtbot.addWidget(dialog)
    assert dialog.cluster_combo.currentData() == "idlib"
    assert _ids(dialog.suggestions) == []  # the others are in its story already
    dialog.remove_button.click()
    assert len(run.operations) == 1
    assert [project.event(i).cluster for i in reports.event_ids] == ["idlib", None, "idlib"]


def test_a_weakly_matching_report_is_listed_but_not_checked(reports: Reports, qtbot: QtBot) -> None:
    project = reports.project
    text = "توفي رجل في حادث سير في عمان"
    doc_id, _ = project.add_document(text, title="حادث", source="الغد", date="2021-05-01")
    unrelated = project.add_event(LAYER, doc_id, 0, len("توفي"), "Life.Die").created_ids[0]
    dialog = EventClusterDialog(project, LAYER, reports.event_ids[0], Runner(), "en")
    qtbot.addWidget(dialog)
    assert unrelated in _ids(dialog.suggestions)
    assert unrelated not in _ids(dialog.suggestions, checked_only=True)
    assert sorted(_ids(dialog.suggestions, checked_only=True)) == sorted(reports.event_ids[1:])

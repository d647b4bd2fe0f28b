"""The story view: three outlets' reports of one event side by side, conflicts flagged, export."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator.core.model import Changes
from annotator.core.project import Project, ProjectError
from annotator.ui.story_view import (
    CONFLICT_ROLE,
    DOC_ID_ROLE,
    StoryDialog,
    StoryView,
    write_story_csv,
    write_story_jsonl,
)

LAYER = "ali"
TARGET = "turkish_operation_idlib"
STORY_TARGET = f"target:{TARGET}"
REPORTS = (
    # text, outlet, date, trigger, victim, place, outlet stance
    ("قال مسؤول إن 33 جنديا تركيا قتلوا في إدلب", "الأناضول", "2020-02-28",
     "قتلوا", "33 جنديا", "إدلب", "favor"),
    ("مقتل 34 جندياً تركياً في إدلب", "روسيا اليوم", "2020-02-29",
     "مقتل", "34 جندياً", "إدلب", "favor"),
    ("مقتل ثلاثة وثلاثين جنديا تركيا في ادلب", "الجزيرة", "2020-03-01",
     "مقتل", "ثلاثة وثلاثين جنديا", "ادلب", "against"),
)  # fmt: skip


@dataclass
class Reports:
    project: Project
    doc_ids: list[int]
    event_ids: list[int]
    triggers: list[int]  # trigger start offsets


def _report(project: Project, text: str, outlet: str, date: str, title: str) -> int:
    doc_id, _ = project.add_document(text, title=title, source=outlet, date=date)
    return doc_id


def _annotate(project: Project, doc_id: int, trigger: str, victim: str, place: str, stance: str) -> int:
    text = project.document(doc_id).text

    def span(part: str) -> tuple[int, int]:
        start = text.index(part)
        return start, start + len(part)

    number = project.add_entity(LAYER, doc_id, *span(victim), "NUM").created_ids[0]
    gpe = project.add_entity(LAYER, doc_id, *span(place), "GPE").created_ids[0]
    event = project.add_event(LAYER, doc_id, *span(trigger), "Life.Die").created_ids[0]
    project.add_argument(LAYER, event, "Victim", entity_id=number)
    project.add_argument(LAYER, event, "Place", entity_id=gpe)
    project.set_outlet_stance(LAYER, doc_id, TARGET, stance)
    return event


def _build(project: Project, titles: tuple[str, str, str] = ("تقرير 1", "تقرير 2", "تقرير 3")) -> Reports:
    doc_ids, event_ids, triggers = [], [], []
    for (text, outlet, date, trigger, victim, place, stance), title in zip(REPORTS, titles, strict=True):
        doc_id = _report(project, text, outlet, date, title)
        event_ids.append(_annotate(project, doc_id, trigger, victim, place, stance))
        doc_ids.append(doc_id)
        triggers.append(text.index(trigger))
    return Reports(project, doc_ids, event_ids, triggers)


@pytest.fixture
def reports(ui_project: Project) -> Reports:
    built = _build(ui_project)
    ui_project.set_event_cluster(LAYER, built.event_ids, "idlib-33", "Idlib, 27 February")
    return built


@pytest.fixture
def view(reports: Reports, qtbot: QtBot) -> StoryView:
    widget = StoryView(reports.project, LAYER, "en")
    qtbot.addWidget(widget)
    return widget


def _cell(view: StoryView, doc_id: int, column: int, role: int = int(Qt.ItemDataRole.DisplayRole)) -> object:
    model = view.model
    return model.data(model.index(model.row_of_document(doc_id), column), role)


def _plain(text: object) -> str:
    """Text as read, without the bidi isolates that keep Arabic in order inside English."""
    return str(text).replace("\u2068", "").replace("\u2069", "")


def _header(view: StoryView, column: int) -> str:
    return str(view.model.headerData(column, Qt.Orientation.Horizontal))


def test_the_story_has_one_row_per_report_in_date_order(view: StoryView, reports: Reports) -> None:
    model = view.model
    assert view.current_cluster() == "idlib-33"
    assert model.rowCount() == 3
    outlets = [model.data(model.index(r, model.column_of("outlet"))) for r in range(3)]
    assert outlets == ["الأناضول", "روسيا اليوم", "الجزيرة"]
    assert [model.data(model.index(r, 0), DOC_ID_ROLE) for r in range(3)] == reports.doc_ids
    assert _cell(view, reports.doc_ids[0], model.column_of("trigger")) == "قتلوا"


def test_role_and_stance_columns_follow_the_fixed_ones(view: StoryView) -> None:
    model = view.model
    headers = [_header(view, c).removeprefix("⚠ ") for c in range(model.columnCount())]
    assert headers == [
        "Outlet",
        "Date",
        "Title",
        "Trigger",
        "Victim",
        "Place",
        "Stance: Turkey's military operation in Idlib",
    ]


def test_only_the_34_victim_cell_conflicts(view: StoryView, reports: Reports) -> None:
    victim = view.model.column_of_role("Victim")
    first, second, third = reports.doc_ids
    assert _cell(view, second, victim) == "34 جندياً"
    assert _cell(view, second, victim, CONFLICT_ROLE) is True
    assert _cell(view, first, victim, CONFLICT_ROLE) is False
    assert _cell(view, third, victim, CONFLICT_ROLE) is False
    assert _cell(view, second, victim, int(Qt.ItemDataRole.BackgroundRole)) is not None
    assert _cell(view, first, victim, int(Qt.ItemDataRole.BackgroundRole)) is None


def test_a_conflicting_cell_tells_what_the_other_outlets_say(view: StoryView, reports: Reports) -> None:
    victim = view.model.column_of_role("Victim")
    tip = _plain(_cell(view, reports.doc_ids[1], victim, int(Qt.ItemDataRole.ToolTipRole)))
    assert tip.startswith("Outlets disagree: ")
    assert "الأناضول: 33 جنديا" in tip
    assert "الجزيرة: ثلاثة وثلاثين جنديا" in tip
    assert "34" not in tip


def test_the_stance_column_conflicts_and_its_header_is_marked(view: StoryView, reports: Reports) -> None:
    stance = view.model.column_of_target(STORY_TARGET)
    place = view.model.column_of_role("Place")
    assert _cell(view, reports.doc_ids[2], stance) == "Against"
    assert _cell(view, reports.doc_ids[2], stance, CONFLICT_ROLE) is True
    assert _cell(view, reports.doc_ids[0], stance, CONFLICT_ROLE) is False
    assert _header(view, stance) == "⚠ Stance: Turkey's military operation in Idlib"
    assert _header(view, view.model.column_of_role("Victim")) == "⚠ Victim"
    assert _header(view, place) == "Place"  # إدلب and ادلب are the same place


def test_the_summary_names_the_outlets_and_the_conflicts(view: StoryView) -> None:
    text = _plain(view.summary.text())
    assert "3 outlet" in text
    assert "conflicts: Victim, Stance: Turkey's military operation in Idlib" in text
    assert "Place" not in text


def test_arabic_ui_shows_arabic_role_and_polarity_names(reports: Reports, qtbot: QtBot) -> None:
    view = StoryView(reports.project, LAYER, "ar")
    qtbot.addWidget(view)
    victim = view.model.column_of_role("Victim")
    stance = view.model.column_of_target(STORY_TARGET)
    assert _header(view, victim) == "⚠ الضحية"
    assert _cell(view, reports.doc_ids[2], stance) == "معارض"


def test_the_view_mirrors_with_an_arabic_layout(reports: Reports, qtbot: QtBot, qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        view = StoryView(reports.project, LAYER, "ar")
        qtbot.addWidget(view)
        assert view.table.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert view.table.isRightToLeft()
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_double_clicking_a_row_requests_its_document_at_the_trigger(
    view: StoryView, reports: Reports, qtbot: QtBot
) -> None:
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    row = view.model.row_of_document(reports.doc_ids[0])
    rect = view.table.visualRect(view.model.index(row, view.model.column_of("trigger")))
    with qtbot.waitSignal(view.document_requested, timeout=2000) as signal:
        # Qt 6 item views see a double click as press, release, press (double), release.
        QTest.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [reports.doc_ids[0], reports.triggers[0]]
    assert reports.triggers[0] > 0  # قتلوا is not at the start: the offset is the trigger's


def test_a_layer_without_stories_explains_how_to_make_one(ui_project: Project, qtbot: QtBot) -> None:
    _build(ui_project)
    view = StoryView(ui_project, LAYER, "en")
    qtbot.addWidget(view)
    assert view.pages.currentWidget() is view.explanation
    assert "Link to story" in view.explanation.text()
    assert view.model.rowCount() == 0
    assert not view.export_button.isEnabled()


def test_refresh_shows_a_new_story_and_drops_an_undone_one(ui_project: Project, qtbot: QtBot) -> None:
    built = _build(ui_project)
    view = StoryView(ui_project, LAYER, "en")
    qtbot.addWidget(view)
    ui_project.set_event_cluster(LAYER, built.event_ids[:2], "first-two", "Two reports")
    view.refresh()
    assert view.pages.currentWidget() is view.table_page
    assert _plain(view.clusters.currentText()) == "Two reports · 2 document(s)"
    assert view.model.rowCount() == 2
    ui_project.undo(LAYER)
    view.refresh()
    assert view.clusters.count() == 0
    assert view.pages.currentWidget() is view.explanation


def test_set_cluster_switches_between_stories(reports: Reports, qtbot: QtBot) -> None:
    project = reports.project
    project.set_event_cluster(LAYER, reports.event_ids[2:], "other", "Another story")
    view = StoryView(project, LAYER, "en")
    qtbot.addWidget(view)
    assert view.set_cluster("other")
    assert view.model.rowCount() == 1
    assert view.summary.text().endswith("no conflicts")
    assert view.set_cluster("idlib-33")
    assert view.model.rowCount() == 2
    assert not view.set_cluster("no-such-story")
    assert view.current_cluster() == "idlib-33"


def test_refresh_keeps_the_story_shown_and_sees_new_annotations(view: StoryView, reports: Reports) -> None:
    project = reports.project
    project.set_event_cluster(LAYER, reports.event_ids[2:], "other", "Another story")
    view.refresh()
    assert view.set_cluster("idlib-33")
    project.set_outlet_stance(LAYER, reports.doc_ids[0], TARGET, "against")
    project.set_outlet_stance(LAYER, reports.doc_ids[1], TARGET, "against")
    view.refresh()
    assert view.current_cluster() == "idlib-33"
    stance = view.model.column_of_target(STORY_TARGET)
    assert _cell(view, reports.doc_ids[0], stance) == "Against"
    assert "Stance" not in view.summary.text()


def test_csv_export_round_trips_arabic_and_guards_formulas(ui_project: Project, tmp_path: Path) -> None:
    built = _build(ui_project, titles=('=HYPERLINK("http://x")', "@SUM(A1)", "عنوان عادي"))
    ui_project.set_event_cluster(LAYER, built.event_ids, "idlib-33")
    story = ui_project.story(LAYER, "idlib-33", "en")
    path = tmp_path / "story.csv"
    assert write_story_csv(story, path, "en") == 3
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["outlet"] for row in rows] == ["الأناضول", "روسيا اليوم", "الجزيرة"]
    assert [row["Victim"] for row in rows] == ["33 جنديا", "34 جندياً", "ثلاثة وثلاثين جنديا"]
    assert rows[0]["title"] == '\'=HYPERLINK("http://x")'
    assert rows[1]["title"] == "'@SUM(A1)"
    assert rows[2]["title"] == "عنوان عادي"
    assert rows[1]["conflicts"] == "Victim"
    assert rows[0]["date"] == "2020-02-28"


def test_jsonl_export_writes_one_unescaped_record_per_row(reports: Reports, tmp_path: Path) -> None:
    story = reports.project.story(LAYER, "idlib-33", "ar")
    path = tmp_path / "story.jsonl"
    assert write_story_jsonl(story, path, "ar") == 3
    raw = path.read_text(encoding="utf-8")
    assert "\\u" not in raw and "إدلب" in raw
    records = [json.loads(line) for line in raw.splitlines()]
    assert len(records) == 3
    assert [r["الضحية"] for r in records] == ["33 جنديا", "34 جندياً", "ثلاثة وثلاثين جنديا"]
    assert records[2]["stance: العملية العسكرية التركية في إدلب"] == "معارض"
    write_story_jsonl(story, tmp_path / "again.jsonl", "ar")
    assert (tmp_path / "again.jsonl").read_text(encoding="utf-8") == raw


def test_the_view_exports_by_file_suffix(view: StoryView, tmp_path: Path) -> None:
    assert view.export_to(tmp_path / "story.jsonl") == 3
    assert view.export_to(tmp_path / "story.csv") == 3
    assert json.loads((tmp_path / "story.jsonl").read_text(encoding="utf-8").splitlines()[0])["Victim"]
    assert (tmp_path / "story.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_dialog_refreshes_after_operations_run_through_it(reports: Reports, qtbot: QtBot) -> None:
    project = reports.project
    dialog = StoryDialog(project, LAYER, "en")
    qtbot.addWidget(dialog)

    def run(method, *args) -> Changes | None:  # type: ignore[no-untyped-def]
        try:
            changes: Changes = method(*args)
        except ProjectError:
            return None
        dialog.refresh()
        return changes

    assert run(project.set_event_cluster, LAYER, [reports.event_ids[0]], None) is not None
    assert dialog.view.model.rowCount() == 2
    with qtbot.waitSignal(dialog.document_requested, timeout=1000) as signal:
        dialog.view.request_document(0)
    assert signal.args == [reports.doc_ids[1], reports.triggers[1]]

"""File > Assign a copy… and File > Merge copies…: a copy written from the dialog, a copy merged
back through the window, the report shown, and the window's own layer refreshed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from annotator.core.project import Project
from annotator.core.teams import assign
from annotator.ui.main_window import MainWindow
from annotator.ui.teams_actions import TeamsActionsMixin
from annotator.ui.teams_dialogs import AssignDialog, MergeDialog

ATTACK = "قصف الجيش مدينة حلب يوم الأحد."
MEETING = "التقى وزير الخارجية نظيره التركي في أنقرة."


@pytest.fixture
def project(ui_project: Project) -> Project:
    attack, _ = ui_project.add_document(ATTACK, title="هجوم")
    ui_project.add_document(MEETING, title="لقاء")
    ui_project.add_entity("badr", attack, 4, 9, "ORG")
    return ui_project


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _window(qtbot: QtBot, project: Project, settings: QSettings, layer: str) -> Any:
    """The main window with the teams actions (a subclass until main_window.py mixes them in)."""
    cls: type[MainWindow] = MainWindow
    if not issubclass(MainWindow, TeamsActionsMixin):
        cls = type("TeamsWindow", (TeamsActionsMixin, MainWindow), {})
    window = cls(project, layer, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_assign_dialog_counts_the_selected_documents_as_you_type(
    qtbot: QtBot, project: Project, settings: QSettings
) -> None:
    dialog = AssignDialog(project, None, settings)
    qtbot.addWidget(dialog)
    assert dialog.selected_count() == 2 and "2" in dialog.count_label.text()
    qtbot.keyClicks(dialog.docs_edit, "2")  # QTest types Latin-1 only: an id, not Arabic
    assert dialog.selected_count() == 1 and "1" in dialog.count_label.text()
    dialog.docs_edit.setText("title:لا يوجد")
    assert dialog.selected_count() is None and "no document's title contains" in dialog.count_label.text()


def test_assign_dialog_writes_a_copy_when_enter_is_pressed(
    qtbot: QtBot, project: Project, settings: QSettings, tmp_path: Path
) -> None:
    dialog = AssignDialog(project, None, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.annotator_combo.setCurrentText("badr")
    assert dialog.out_edit.text().endswith("ui-badr.annot")  # named after project and annotator
    out = tmp_path / "for-badr.annot"
    dialog.out_edit.setText(str(out))
    dialog.docs_edit.setText("title:هجوم")
    dialog.docs_edit.setFocus()
    with qtbot.waitSignal(dialog.assigned):
        qtbot.keyClick(dialog.docs_edit, Qt.Key.Key_Return)
    assert dialog.last_report is not None and dialog.last_report.documents == 1
    assert "1 documents for badr" in dialog.report_view.toPlainText()
    with Project.open(out, readonly=True) as copy:
        (doc_id,) = copy.document_ids()
        assert [e.label for e in copy.entities(doc_id, "badr")] == ["ORG"]


def test_assign_dialog_shows_a_refusal_instead_of_writing(
    qtbot: QtBot, project: Project, settings: QSettings, tmp_path: Path
) -> None:
    dialog = AssignDialog(project, None, settings)
    qtbot.addWidget(dialog)
    dialog.annotator_combo.setCurrentText("gold")
    dialog.out_edit.setText(str(tmp_path / "gold.annot"))
    dialog.assign_button.click()
    assert "'gold' is the adjudicated layer" in dialog.report_view.toPlainText()
    assert dialog.last_report is None and not (tmp_path / "gold.annot").exists()


def test_merge_through_the_window_shows_the_report_and_refreshes_the_layer(
    qtbot: QtBot, project: Project, settings: QSettings, tmp_path: Path
) -> None:
    out = tmp_path / "badr-copy.annot"
    assign(project, "badr", out)
    with Project.open(out) as copy:
        first = copy.document_ids()[0]
        copy.add_entity("badr", first, 10, 19, "GPE")
    window = _window(qtbot, project, settings, "badr")
    assert window.doc_id == project.document_ids()[0]
    assert len(window.view.spans()) == 1
    window._merge_copies()
    dialog = window.last_dialog
    assert isinstance(dialog, MergeDialog)
    dialog.set_copies([out, out])  # listed once
    assert dialog.copies() == [out]
    with qtbot.waitSignal(dialog.merged):
        dialog.merge_button.click()
    assert dialog.changed
    text = dialog.report_view.toPlainText()
    assert "badr-copy.annot → layer badr: 1 documents merged, 1 unchanged, 0 refused" in text
    assert sorted(s.label for s in window.view.spans()) == ["GPE", "ORG"]
    assert window.undo_action.text().endswith("merge copy badr-copy.annot")


def test_merge_dialog_reports_a_refused_copy_and_changes_nothing(
    qtbot: QtBot, project: Project, settings: QSettings, tmp_path: Path
) -> None:
    junk = tmp_path / "junk.annot"
    junk.write_text("not a project", encoding="utf-8")
    dialog = MergeDialog(project, None, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_copies([junk])
    dialog.files.setFocus()
    with qtbot.waitSignal(dialog.merged):
        qtbot.keyClick(dialog.files, Qt.Key.Key_Return)
    assert not dialog.changed
    assert "junk.annot: refused:" in dialog.report_view.toPlainText()
    assert "not an annotator project" in dialog.last_message


def test_escape_closes_the_merge_dialog(qtbot: QtBot, project: Project, settings: QSettings) -> None:
    dialog = MergeDialog(project, None, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

"""File > Export… and File > Import annotations… on the sample project: formats from the registry,
the core's refusals shown as messages, and an export read back into another project's layer."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from annotator.core.demo import SAMPLE_LAYER, build_sample_project
from annotator.core.exporting import layer_counts
from annotator.core.formats import readable, writable
from annotator.core.project import Project
from annotator.ui.exchange_dialogs import ExportDialog, ImportAnnotationsDialog


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[Project]:
    project = build_sample_project(tmp_path / "sample.annot")
    yield project
    project.close()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _export_dialog(qtbot: QtBot, project: Project, settings: QSettings) -> ExportDialog:
    dialog = ExportDialog(project, SAMPLE_LAYER, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _choose(combo, value: str) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _export_sample(qtbot: QtBot, project: Project, settings: QSettings, out: Path) -> ExportDialog:
    dialog = _export_dialog(qtbot, project, settings)
    _choose(dialog.format_combo, "jsonl")
    _choose(dialog.layer_combo, SAMPLE_LAYER)
    dialog.folder_edit.setText(str(out))
    dialog.buttons.accepted.emit()
    return dialog


def _entities(project: Project, layer: str) -> int:
    return layer_counts(project, layer, project.document_ids())["entities"]


def test_the_format_combos_list_the_registry(qtbot: QtBot, sample: Project, settings: QSettings) -> None:
    export = _export_dialog(qtbot, sample, settings)
    shown = [export.format_combo.itemData(i) for i in range(export.format_combo.count())]
    assert shown == writable()
    importer = ImportAnnotationsDialog(sample, SAMPLE_LAYER, settings)
    qtbot.addWidget(importer)
    shown = [importer.format_combo.itemData(i) for i in range(importer.format_combo.count())]
    assert shown == readable()


def test_layers_show_their_counts_and_empty_gold_is_not_the_default(
    qtbot: QtBot, sample: Project, settings: QSettings
) -> None:
    dialog = _export_dialog(qtbot, sample, settings)
    texts = [dialog.layer_combo.itemText(i) for i in range(dialog.layer_combo.count())]
    assert texts == [
        "gold (0)",
        "sample (31 entities, 6 events, 4 stances)",
        "sample-b (8 entities, 0 events, 0 stances)",
    ]
    assert dialog.layer_combo.currentData() == SAMPLE_LAYER


def test_token_options_show_only_for_token_formats(
    qtbot: QtBot, sample: Project, settings: QSettings
) -> None:
    dialog = _export_dialog(qtbot, sample, settings)
    _choose(dialog.format_combo, "conll")
    assert dialog.options_box.isVisible()
    _choose(dialog.format_combo, "jsonl")
    assert not dialog.options_box.isVisible()


def test_exporting_the_sample_layer_writes_the_files_and_remembers_them(
    qtbot: QtBot, sample: Project, settings: QSettings, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    dialog = _export_sample(qtbot, sample, settings, out)
    assert (out / "documents.jsonl").is_file()
    assert (out / "manifest.json").is_file()
    assert dialog.last_report is not None
    assert dialog.last_message.startswith(dialog.last_report.summary())
    assert "31 entities" in dialog.last_message
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    assert settings.value("export/folder") == str(out)
    again = _export_dialog(qtbot, sample, settings)
    assert again.folder_edit.text() == str(out)
    assert again.format_name() == "jsonl"


def test_exporting_an_empty_gold_layer_shows_the_refusal(
    qtbot: QtBot, sample: Project, settings: QSettings, tmp_path: Path
) -> None:
    dialog = _export_dialog(qtbot, sample, settings)
    _choose(dialog.format_combo, "jsonl")
    _choose(dialog.layer_combo, "gold")
    dialog.folder_edit.setText(str(tmp_path / "gold"))
    dialog.buttons.accepted.emit()
    assert "nothing has been adjudicated into gold yet" in dialog.last_message
    assert "sample (31 entities" in dialog.last_message
    assert dialog.isVisible()  # still open: choose another layer
    assert dialog.last_box is not None and dialog.last_box.isVisible()
    assert not (tmp_path / "gold" / "manifest.json").exists()


def test_a_split_that_does_not_add_up_is_refused(
    qtbot: QtBot, sample: Project, settings: QSettings, tmp_path: Path
) -> None:
    dialog = _export_dialog(qtbot, sample, settings)
    dialog.split_check.setChecked(True)
    dialog.test.setValue(0.3)
    dialog.folder_edit.setText(str(tmp_path / "split"))
    dialog.buttons.accepted.emit()
    assert "add up to 1" in dialog.last_message
    assert not (tmp_path / "split").exists()


def _import_dialog(
    qtbot: QtBot, project: Project, settings: QSettings, path: Path
) -> ImportAnnotationsDialog:
    dialog = ImportAnnotationsDialog(project, "amal", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(dialog.format_combo, "jsonl")
    dialog.path_edit.setText(str(path))
    return dialog


def test_an_export_imports_into_another_projects_layer(
    qtbot: QtBot, sample: Project, ui_project: Project, settings: QSettings, tmp_path: Path
) -> None:
    _export_sample(qtbot, sample, settings, tmp_path / "out")
    dialog = _import_dialog(qtbot, ui_project, settings, tmp_path / "out" / "documents.jsonl")
    assert dialog.layer_combo.currentText() == "amal"
    assert not dialog.form.isRowVisible(dialog.utf16)
    with qtbot.waitSignal(dialog.imported):
        dialog.buttons.accepted.emit()
    assert ui_project.document_count() == 3
    assert _entities(ui_project, "amal") == 31
    assert dialog.last_report is not None and dialog.last_report.layer == "amal"
    assert dialog.last_result is not None
    assert "31 entities" in dialog.last_message


def test_unknown_labels_refuse_the_whole_import(
    qtbot: QtBot, ui_project: Project, settings: QSettings, tmp_path: Path
) -> None:
    text = "قصف الجيش مدينة حلب."
    row = {"id": "1", "text": text, "entities": [{"id": "T1", "start": 4, "end": 9, "label": "ARMY"}]}
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    dialog = _import_dialog(qtbot, ui_project, settings, path)
    dialog.buttons.accepted.emit()
    assert "ARMY" in dialog.last_message
    assert dialog.isVisible()
    assert ui_project.document_count() == 0
    assert _entities(ui_project, "amal") == 0


def test_importing_into_gold_shows_the_cores_message(
    qtbot: QtBot, sample: Project, ui_project: Project, settings: QSettings, tmp_path: Path
) -> None:
    _export_sample(qtbot, sample, settings, tmp_path / "out")
    dialog = _import_dialog(qtbot, ui_project, settings, tmp_path / "out")
    dialog.layer_combo.setCurrentText("gold")
    dialog.buttons.accepted.emit()
    assert "gold layer is written only by adjudication" in dialog.last_message
    assert _entities(ui_project, "gold") == 0


def test_the_window_menu_opens_both_and_refreshes_after_an_import(
    qtbot: QtBot, sample: Project, ui_project: Project, settings: QSettings, tmp_path: Path, open_window
) -> None:  # type: ignore[no-untyped-def]
    _export_sample(qtbot, sample, settings, tmp_path / "out")
    ui_project.add_document("نص قديم في المشروع.", title="قديم")
    window = open_window(ui_project, "amal")
    actions = {a.text(): a for a in window.menuBar().actions()[0].menu().actions()}
    assert actions["&Export…"].shortcut().toString() == "Ctrl+E"
    actions["&Export…"].trigger()
    assert isinstance(window.last_dialog, ExportDialog)
    window.last_dialog.reject()
    actions["Import &annotations…"].trigger()
    dialog = window.last_dialog
    assert isinstance(dialog, ImportAnnotationsDialog)
    _choose(dialog.format_combo, "jsonl")
    dialog.path_edit.setText(str(tmp_path / "out" / "documents.jsonl"))
    dialog.buttons.accepted.emit()
    assert window.doc_list.model.total() == 4
    assert dialog.last_result is not None
    dialog.last_result.close()

"""File > Export… and File > Import annotations…: the GUI over core.exporting and
`Project.import_annotations`, with the formats listed from the registry (core.formats).

Both dialogs keep what they last said in `last_message` and the box showing it in `last_box`
(tests read them; the boxes open without blocking). Refusals from the core (nothing to export,
unknown labels, the gold layer) are shown as their messages, never as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.core.exporting import ExportReport, ExportRequest, export, layer_counts
from annotator.core.formats import FormatInfo, all_formats
from annotator.core.formats.base import ExportRefused, FormatError, ReadOptions, WriteOptions
from annotator.core.model import GOLD_LAYER
from annotator.core.project import Project, ProjectError, ProjectFileError
from annotator.core.project_exchange import AnnotationImportReport

TOKEN_FORMATS = ("conll", "hf", "spacy", "events")
"""Formats written token by token: the tag scheme, nested and token options apply to them."""
UTF16_FORMATS = ("labelstudio", "doccano")  # readers that can take JavaScript (UTF-16) offsets
SENTENCE_FORMATS = ("conll",)  # readers that cut files without -DOCSTART- every N sentences
PROBLEMS_SHOWN = 50
FAILURES = (ProjectError, ProjectFileError, ExportRefused, FormatError, OSError)


def _path_row(parent: QWidget, edit: QLineEdit, *buttons: QPushButton) -> QWidget:
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    for button in buttons:
        layout.addWidget(button)
    return row


def _fill_formats(combo: QComboBox, formats: list[FormatInfo], chosen: str) -> None:
    for info in formats:
        combo.addItem(f"{info.title} ({info.name})", info.name)
        combo.setItemData(combo.count() - 1, info.description, Qt.ItemDataRole.ToolTipRole)
    index = combo.findData(chosen)
    combo.setCurrentIndex(max(index, 0))


class _ExchangeDialog(QDialog):
    """What both dialogs share: settings, messages, a progress dialog."""

    def __init__(self, project: Project, layer: str, settings: QSettings | None, parent: QWidget | None):
        super().__init__(parent)
        self.project = project
        self.layer = layer
        self.settings = settings or QSettings()
        self.last_message = ""
        self.last_box: QMessageBox | None = None
        self.format_combo = QComboBox(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)

    def format_name(self) -> str:
        return str(self.format_combo.currentData() or "")

    def _ready(self) -> None:
        """End of building: follow the chosen format from now on."""
        self.format_combo.currentIndexChanged.connect(lambda _index: self._format_changed())
        self._format_changed()
        self.resize(620, self.sizeHint().height())

    def _format_changed(self) -> None:
        pass

    def run(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError

    def _say(self, icon: QMessageBox.Icon, text: str, parent: QWidget | None = None) -> QMessageBox:
        """Show a message without blocking (over `parent` when given, else over this dialog)."""
        self.last_message = text
        box = QMessageBox(icon, self.windowTitle(), text, QMessageBox.StandardButton.Ok, parent or self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        self.last_box = box
        box.open()
        return box

    def _progress(self, text: str) -> tuple[QProgressDialog, Callable[[int, int], None]]:
        dialog = QProgressDialog(text, "", 0, 0, self)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def progress(done: int, total: int) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            QApplication.processEvents()

        return dialog, progress


class ExportDialog(_ExchangeDialog):
    """Export one layer of the project in a registered format, into a folder."""

    def __init__(
        self, project: Project, layer: str, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(project, layer, settings, parent)
        self.setWindowTitle(self.tr("Export"))
        self.last_report: ExportReport | None = None
        writable = [f for f in all_formats() if f.write is not None]
        _fill_formats(self.format_combo, writable, str(self.settings.value("export/format", "jsonl")))

        self.layer_combo = QComboBox(self)
        self._fill_layers()
        self.docs_edit = QLineEdit(self)
        self.docs_edit.setPlaceholderText(self.tr("all; or ids 1,4-9, source:NAME, file:NAME, title text"))

        self.split_check = QCheckBox(self.tr("Split into train / dev / test"), self)
        self.train = self._ratio(0.8)
        self.dev = self._ratio(0.1)
        self.test = self._ratio(0.1)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2_147_483_647)
        split_row = QWidget(self)
        split_layout = QHBoxLayout(split_row)
        split_layout.setContentsMargins(0, 0, 0, 0)
        for caption, box in (
            (self.tr("train"), self.train),
            (self.tr("dev"), self.dev),
            (self.tr("test"), self.test),
            (self.tr("seed"), self.seed),
        ):
            split_layout.addWidget(QLabel(caption, split_row))
            split_layout.addWidget(box)
        split_layout.addStretch(1)
        self.split_row = split_row
        self.split_check.toggled.connect(split_row.setEnabled)
        split_row.setEnabled(False)

        self.options_box = QGroupBox(self.tr("Token formats"), self)
        self.scheme = QComboBox(self.options_box)
        self.scheme.addItem(self.tr("IOB2 (B-, I-, O)"), "iob2")
        self.scheme.addItem(self.tr("BIOES (B-, I-, O, E-, S-)"), "bioes")
        self.nested = QComboBox(self.options_box)
        self.nested.addItem(self.tr("one tag column per nesting level"), "columns")
        self.nested.addItem(self.tr("the outermost entity only"), "outer")
        self.nested.addItem(self.tr("refuse documents with nested entities"), "refuse")
        self.tokens = QComboBox(self.options_box)
        self.tokens.addItem(self.tr("words"), "words")
        self.tokens.addItem(self.tr("words, split where an entity starts inside one"), "entity-cuts")
        self.tokens.addItem(self.tr("words with proclitics split off"), "clitics")
        options_form = QFormLayout(self.options_box)
        options_form.addRow(self.tr("Tag scheme:"), self.scheme)
        options_form.addRow(self.tr("Nested entities:"), self.nested)
        options_form.addRow(self.tr("Tokens:"), self.tokens)

        self.folder_edit = QLineEdit(self)
        default_folder = self.project.path.with_name(self.project.path.stem + "-export")
        self.folder_edit.setText(str(self.settings.value("export/folder", str(default_folder))))
        choose = QPushButton(self.tr("Choose…"), self)
        choose.clicked.connect(self._choose_folder)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Layer:"), self.layer_combo)
        form.addRow(self.tr("Documents:"), self.docs_edit)
        form.addRow(self.split_check)
        form.addRow("", split_row)
        form.addRow(self.tr("Output folder:"), _path_row(self, self.folder_edit, choose))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.options_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._ready()

    def _ratio(self, value: float) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(0.0, 1.0)
        box.setSingleStep(0.05)
        box.setDecimals(2)
        box.setValue(value)
        return box

    def _fill_layers(self) -> None:
        ids = self.project.document_ids()
        gold_has_any = False
        for name, _role in self.project.layers():
            counts = layer_counts(self.project, name, ids)
            if not any(counts.values()):
                text = f"{name} (0)"
            else:
                text = (
                    self.tr("%1 (%2 entities, %3 events, %4 stances)")
                    .replace("%1", name)
                    .replace("%2", str(counts["entities"]))
                    .replace("%3", str(counts["events"]))
                    .replace("%4", str(counts["stances"]))
                )
                gold_has_any = gold_has_any or name == GOLD_LAYER
            self.layer_combo.addItem(text, name)
        chosen = GOLD_LAYER if gold_has_any else self.layer
        self.layer_combo.setCurrentIndex(max(self.layer_combo.findData(chosen), 0))

    def _format_changed(self) -> None:
        self.options_box.setVisible(self.format_name() in TOKEN_FORMATS)

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export into folder"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def request(self) -> ExportRequest:
        """The `ExportRequest` the dialog describes; ProjectError when the split does not add up."""
        split: tuple[float, ...] = ()
        if self.split_check.isChecked():
            ratios = (self.train.value(), self.dev.value(), self.test.value())
            if abs(sum(ratios) - 1.0) > 1e-6:
                raise ProjectError(
                    self.tr("train, dev and test must add up to 1 (now %1)").replace(
                        "%1", f"{sum(ratios):.2f}"
                    )
                )
            split = ratios if ratios[1] > 0 else (ratios[0], ratios[2])
        folder = self.folder_edit.text().strip()
        if not folder:
            raise ProjectError(self.tr("Choose an output folder."))
        options = WriteOptions(
            scheme=self.scheme.currentData(),
            nested=self.nested.currentData(),
            tokens=self.tokens.currentData(),
        )
        return ExportRequest(
            format=self.format_name(),
            out=Path(folder).expanduser(),
            layer=str(self.layer_combo.currentData()),
            docs=self.docs_edit.text().strip(),
            split=split,
            seed=self.seed.value(),
            options=options,
        )

    def run(self) -> None:
        """Export; on success say what was written (and what was lost) and close."""
        progress_dialog, progress = self._progress(self.tr("Exporting…"))
        try:
            request = self.request()
            report = export(self.project, request, progress=progress)
        except FAILURES as exc:
            progress_dialog.close()
            self._say(QMessageBox.Icon.Warning, str(exc))
            return
        progress_dialog.close()
        self.last_report = report
        self.settings.setValue("export/folder", str(request.out))
        self.settings.setValue("export/format", request.format)
        notes = "\n".join(f"{note}: {n}" for note, n in report.notes.items())
        text = report.summary()
        if notes:
            text += "\n\n" + self.tr("Changed or left out on the way:") + "\n" + notes
        box = self._say(QMessageBox.Icon.Information, text, self.parentWidget())  # outlives this dialog
        opener = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        opener.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(request.out))))
        self.accept()


class ImportAnnotationsDialog(_ExchangeDialog):
    """Import a file or folder of a registered format into one annotator's layer."""

    imported = Signal(object)  # the AnnotationImportReport, after the annotations are stored

    def __init__(
        self, project: Project, layer: str, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(project, layer, settings, parent)
        self.setWindowTitle(self.tr("Import annotations"))
        self.last_report: AnnotationImportReport | None = None
        self.last_result: QDialog | None = None
        readable = [f for f in all_formats() if f.read is not None]
        _fill_formats(self.format_combo, readable, str(self.settings.value("import/format", "jsonl")))

        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("a file, or a folder of files"))
        file_button = QPushButton(self.tr("File…"), self)
        file_button.clicked.connect(self._choose_file)
        folder_button = QPushButton(self.tr("Folder…"), self)
        folder_button.clicked.connect(self._choose_folder)

        self.layer_combo = QComboBox(self)
        self.layer_combo.setEditable(True)
        names = [name for name, _role in project.layers() if name != GOLD_LAYER]
        self.layer_combo.addItems(names if layer in names else [layer, *names])
        self.layer_combo.setCurrentText(layer)

        self.map_edit = QLineEdit(self)
        self.map_edit.setPlaceholderText(self.tr("optional: old label → new label (YAML, JSON, TSV)"))
        map_button = QPushButton(self.tr("Choose…"), self)
        map_button.clicked.connect(self._choose_map)
        self.utf16 = QCheckBox(self.tr("Offsets count UTF-16 code units (JavaScript tools)"), self)
        self.doc_sentences = QSpinBox(self)
        self.doc_sentences.setRange(0, 1_000_000)
        self.doc_sentences.setSpecialValueText(self.tr("the whole file"))

        self.form = QFormLayout()
        self.form.addRow(self.tr("Format:"), self.format_combo)
        self.form.addRow(self.tr("Import from:"), _path_row(self, self.path_edit, file_button, folder_button))
        self.form.addRow(self.tr("Into layer:"), self.layer_combo)
        self.form.addRow(self.tr("Label map:"), _path_row(self, self.map_edit, map_button))
        self.form.addRow("", self.utf16)
        self.form.addRow(self.tr("Sentences per document:"), self.doc_sentences)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._ready()

    def _format_changed(self) -> None:
        self.form.setRowVisible(self.utf16, self.format_name() in UTF16_FORMATS)
        self.form.setRowVisible(self.doc_sentences, self.format_name() in SENTENCE_FORMATS)

    def _start_folder(self) -> str:
        return str(self.settings.value("import/folder", str(self.project.path.parent)))

    def _choose_file(self) -> None:
        info = next(f for f in all_formats() if f.name == self.format_name())
        patterns = " ".join(f"*{suffix}" for suffix in info.suffixes)
        filters = (f"{info.title} ({patterns});;" if patterns else "") + self.tr("All files (*)")
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import annotations"), self._start_folder(), filters
        )
        if path:
            self.path_edit.setText(path)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Import annotations"), self._start_folder())
        if path:
            self.path_edit.setText(path)

    def _choose_map(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Label map"),
            self._start_folder(),
            self.tr("Label maps (*.yaml *.yml *.json *.tsv *.csv *.txt);;All files (*)"),
        )
        if path:
            self.map_edit.setText(path)

    def run(self) -> None:
        """Import; refusals keep the dialog open with the core's message."""
        from annotator.core.labelsets import load_label_map

        source = self.path_edit.text().strip()
        layer = self.layer_combo.currentText().strip()
        if not source:
            self._say(QMessageBox.Icon.Warning, self.tr("Choose a file or a folder to import."))
            return
        options = ReadOptions(
            doc_sentences=self.doc_sentences.value() if self.format_name() in SENTENCE_FORMATS else 0,
            utf16=self.utf16.isChecked() and self.format_name() in UTF16_FORMATS,
        )
        progress_dialog, progress = self._progress(self.tr("Importing…"))
        try:
            label_map = load_label_map(self.map_edit.text().strip()) if self.map_edit.text().strip() else None
            report = self.project.import_annotations(
                [Path(source).expanduser()],
                self.format_name(),
                layer or None,
                label_map=label_map,
                options=options,
                progress=progress,
            )
        except FAILURES as exc:
            progress_dialog.close()
            self._say(QMessageBox.Icon.Warning, str(exc))
            return
        progress_dialog.close()
        self.last_report = report
        self.last_message = report.summary()
        self.settings.setValue("import/format", self.format_name())
        self.settings.setValue("import/folder", str(Path(source).expanduser().parent))
        self.imported.emit(report)
        self.last_result = self._show_result(report)
        self.accept()

    def _show_result(self, report: AnnotationImportReport) -> QDialog:
        """The summary, the counted repairs and the first problems, in a read-only text box."""
        result = QDialog(self.parentWidget())
        result.setWindowTitle(self.tr("Import annotations"))
        result.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        summary = QLabel(report.summary(), result)
        summary.setWordWrap(True)
        summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lines = [f"{note}: {n}" for note, n in report.notes.items()]
        if report.problems:
            if lines:
                lines.append("")
            shown = report.problems[:PROBLEMS_SHOWN]
            lines.append(
                self.tr("Problems (%1 of %2):")
                .replace("%1", str(len(shown)))
                .replace("%2", str(len(report.problems)))
            )
            lines.extend(str(p) for p in shown)
        details = QPlainTextEdit(result)
        details.setReadOnly(True)
        details.setPlainText("\n".join(lines) or self.tr("No problems."))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, result)
        close.rejected.connect(result.reject)
        layout = QVBoxLayout(result)
        layout.addWidget(summary)
        layout.addWidget(details, 1)
        layout.addWidget(close)
        result.resize(700, 360)
        result.open()
        return result

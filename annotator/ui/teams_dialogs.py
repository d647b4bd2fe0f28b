"""File > Assign a copy… and File > Merge copies…: the GUI over core.teams.

Linguists annotate offline: the reviewer writes each annotator a project file with their
documents (`AssignDialog`) and later brings the returned files back into their layers
(`MergeDialog`). Both dialogs stay open after running and show the core's report, refusals
included, in a read-only text area (`report_view`); `last_report` holds the report and
`last_message` the text shown (tests read them). Enter runs the dialog, Escape closes it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.exporting import select_documents
from annotator.core.project import Project, ProjectError, ProjectFileError
from annotator.core.teams import AssignReport, MergeReport, assign, merge

FAILURES = (ProjectError, ProjectFileError, OSError)


class _TeamsDialog(QDialog):
    """What both dialogs share: a run button that Enter presses, and the report area."""

    def __init__(self, project: Project, settings: QSettings | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.project = project
        self.settings = settings or QSettings()
        self.last_message = ""
        self.report_view = QPlainTextEdit(self)
        self.report_view.setReadOnly(True)
        self.report_view.setPlaceholderText(self.tr("The report appears here."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)

    def _add_run_button(self, text: str) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.setDefault(True)
        button.setAutoDefault(True)
        button.clicked.connect(self.run)
        return button

    def run(self) -> None:  # pragma: no cover - each dialog has its own
        raise NotImplementedError

    def _show(self, text: str) -> None:
        self.last_message = text
        self.report_view.setPlainText(text)

    def _folder(self) -> str:
        return str(self.settings.value("teams/folder", str(self.project.path.parent)))

    def _busy(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def _idle(self) -> None:
        QGuiApplication.restoreOverrideCursor()


class AssignDialog(_TeamsDialog):
    """Write a copy of chosen documents for one annotator, with their earlier work on them."""

    assigned = Signal(object)  # the AssignReport, after the copy is written

    def __init__(
        self, project: Project, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(project, settings, parent)
        self.setWindowTitle(self.tr("Assign a copy"))
        self.last_report: AssignReport | None = None
        self.annotator_combo = QComboBox(self)
        self.annotator_combo.setEditable(True)
        self.annotator_combo.addItems([name for name, role in project.layers() if role != "gold"])
        self.annotator_combo.setCurrentText("")
        name_edit = self.annotator_combo.lineEdit()
        if name_edit is not None:
            name_edit.setPlaceholderText(self.tr("the annotator's name"))
        self.docs_edit = QLineEdit(self)
        self.docs_edit.setPlaceholderText(self.tr("all; or ids 1,4-9, source:NAME, file:NAME, title text"))
        self.count_label = QLabel(self)
        self.out_edit = QLineEdit(self)
        self._out_edited = False
        choose = QPushButton(self.tr("Choose…"), self)
        choose.setAutoDefault(False)
        choose.clicked.connect(self._choose_out)
        out_row = QWidget(self)
        out_layout = QHBoxLayout(out_row)
        out_layout.setContentsMargins(0, 0, 0, 0)
        out_layout.addWidget(self.out_edit, 1)
        out_layout.addWidget(choose)
        self.assign_button = self._add_run_button(self.tr("Assign"))

        form = QFormLayout()
        form.addRow(self.tr("Annotator:"), self.annotator_combo)
        form.addRow(self.tr("Documents:"), self.docs_edit)
        form.addRow("", self.count_label)
        form.addRow(self.tr("Copy file:"), out_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.report_view, 1)
        layout.addWidget(self.buttons)

        self.docs_edit.textChanged.connect(lambda _text: self._update_count())
        self.annotator_combo.currentTextChanged.connect(lambda _text: self._suggest_out())
        self.out_edit.textEdited.connect(lambda _text: setattr(self, "_out_edited", True))
        self._update_count()
        self._suggest_out()
        self.resize(620, 380)

    def selected_count(self) -> int | None:
        """How many documents the filter selects now; None when it selects none."""
        try:
            return len(select_documents(self.project, self.docs_edit.text()))
        except ProjectError:
            return None

    def _update_count(self) -> None:
        try:
            n = len(select_documents(self.project, self.docs_edit.text()))
        except ProjectError as exc:
            self.count_label.setText(str(exc))
            return
        self.count_label.setText(self.tr("%n document(s) selected", "", n))

    def _suggest_out(self) -> None:
        """Name the copy after the project and the annotator until the user types a name."""
        if self._out_edited:
            return
        name = self.annotator_combo.currentText().strip()
        if name:
            folder = Path(self._folder())
            self.out_edit.setText(str(folder / f"{self.project.path.stem}-{name}.annot"))

    def _choose_out(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Assign a copy"),
            self.out_edit.text() or self._folder(),
            self.tr("Projects (*.annot);;All files (*)"),
        )
        if path:
            self.out_edit.setText(path)
            self._out_edited = True

    def run(self) -> None:
        """Write the copy and show what it holds; a refusal is shown in its place."""
        out = self.out_edit.text().strip()
        if not out:
            self._show(self.tr("Choose the copy file to write."))
            return
        self._busy()
        try:
            report = assign(
                self.project,
                self.annotator_combo.currentText(),
                Path(out).expanduser(),
                self.docs_edit.text(),
            )
        except FAILURES as exc:
            self._show(str(exc))
            return
        finally:
            self._idle()
        self.last_report = report
        self.settings.setValue("teams/folder", str(report.out.parent))
        self._out_edited = False
        self._show(
            report.summary()
            + "\n\n"
            + self.tr("Send this file to %1; they open it in annotator, annotate, and send it back.").replace(
                "%1", report.annotator
            )
        )
        self.assigned.emit(report)


class MergeDialog(_TeamsDialog):
    """Merge annotators' copies back into their layers and show what came in and what was refused."""

    merged = Signal(object)  # the MergeReport, after the merge

    def __init__(
        self, project: Project, parent: QWidget | None = None, settings: QSettings | None = None
    ) -> None:
        super().__init__(project, settings, parent)
        self.setWindowTitle(self.tr("Merge copies"))
        self.last_report: MergeReport | None = None
        self.files = QListWidget(self)
        self.files.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        add = QPushButton(self.tr("Add copies…"), self)
        add.setAutoDefault(False)
        add.clicked.connect(self._choose_copies)
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAutoDefault(False)
        remove.clicked.connect(self._remove_selected)
        side = QVBoxLayout()
        side.addWidget(add)
        side.addWidget(remove)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.files, 1)
        top.addLayout(side)
        self.merge_button = self._add_run_button(self.tr("Merge"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Copies to merge (each into its annotator's layer):"), self))
        layout.addLayout(top)
        layout.addWidget(self.report_view, 2)
        layout.addWidget(self.buttons)
        self.resize(700, 460)

    @property
    def changed(self) -> bool:
        """Whether the last merge changed the project."""
        return self.last_report is not None and self.last_report.changed

    def copies(self) -> list[Path]:
        return [Path(self.files.item(i).text()) for i in range(self.files.count())]

    def set_copies(self, paths: list[str | Path]) -> None:
        """Add files to the list (the file chooser does the same), skipping ones listed already."""
        listed = {str(p) for p in self.copies()}
        for path in paths:
            if str(path) not in listed:
                self.files.addItem(str(path))
                listed.add(str(path))

    def _choose_copies(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Merge copies"), self._folder(), self.tr("Projects (*.annot);;All files (*)")
        )
        if paths:
            self.settings.setValue("teams/folder", str(Path(paths[0]).parent))
            self.set_copies(list(paths))

    def _remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))

    def run(self) -> None:
        """Merge every listed copy; the report says per copy what was merged and what refused."""
        copies = self.copies()
        if not copies:
            self._show(self.tr("Add the copies to merge."))
            return
        self._busy()
        try:
            report = merge(self.project, copies)
        except FAILURES as exc:
            self._show(str(exc))
            return
        finally:
            self._idle()
        self.last_report = report
        self._show(report.summary())
        self.merged.emit(report)

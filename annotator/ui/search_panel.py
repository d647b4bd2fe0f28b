"""Search in the document or the project, and "annotate all matches" with a preview.

The search is the core's: orthography-insensitive and clitic-aware (تركيا finds لتركيا and
reports the span of تركيا). Annotating all matches is previewed with a check box per match
and applied as one operation, so one undo takes it all back.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.project import Project
from annotator.core.search import SearchError, find_in_text, query_terms

MATCH_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class Match:
    doc_id: int
    start: int
    end: int
    context: str
    annotated: bool  # the layer already has an entity exactly here


def _context(text: str, start: int, end: int, width: int = 28) -> str:
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"…{left}【{text[start:end]}】{right}…"


class SearchPanel(QWidget):
    """Query box, scope, results; emits `match_activated` and `annotate_requested`."""

    match_activated = Signal(int, int, int)  # doc id, start, end
    annotate_requested = Signal(list, str)  # [(doc_id, start, end)], label

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None
        self._layer = ""
        self._doc_id: int | None = None
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(
            self.tr("Search (ignores harakat and hamza forms; finds تركيا in لتركيا)")
        )
        self.scope = QComboBox(self)
        self.scope.addItem(self.tr("This document"), "document")
        self.scope.addItem(self.tr("All documents"), "project")
        self.results = QListWidget(self)
        self.results.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.summary = QLabel(self)
        self.label = QComboBox(self)
        self.annotate = QPushButton(self.tr("Annotate all matches…"), self)
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.scope)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.label)
        bottom.addWidget(self.annotate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addLayout(bottom)
        self.query.returnPressed.connect(self.run)
        self.scope.currentIndexChanged.connect(lambda _i: self.run())
        self.results.itemActivated.connect(self._activate)
        self.results.itemClicked.connect(self._activate)
        self.annotate.clicked.connect(self._annotate_all)
        self._matches: list[Match] = []

    def set_context(self, project: Project, layer: str, doc_id: int | None, language: str) -> None:
        self._project, self._layer, self._doc_id = project, layer, doc_id
        current = self.label.currentData()
        self.label.clear()
        for label in project.schema.labels:
            self.label.addItem(f"{label.key} · {label.names.in_language(language)}", label.key)
        if current is not None:
            self.label.setCurrentIndex(max(0, self.label.findData(current)))

    def set_document(self, doc_id: int | None) -> None:
        self._doc_id = doc_id

    def matches(self) -> list[Match]:
        return list(self._matches)

    def run(self) -> None:
        """Search now with the current query and scope."""
        self.results.clear()
        self._matches = []
        project = self._project
        text = self.query.text().strip()
        if project is None or not text:
            self.summary.setText("")
            return
        try:
            terms = query_terms(text)
        except SearchError as exc:
            self.summary.setText(str(exc))
            return
        if self.scope.currentData() == "document" and self._doc_id is not None:
            found = [(self._doc_id, find_in_text(project.document(self._doc_id).text, terms))]
        else:
            result = project.search(text, limit=200)
            found = [(d.doc_id, list(d.hits)) for d in result.documents]
        for doc_id, hits in found:
            doc_text = project.document(doc_id).text
            existing = {(e.start, e.end) for e in project.entities(doc_id, self._layer)}
            for start, end in hits:
                match = Match(doc_id, start, end, _context(doc_text, start, end), (start, end) in existing)
                self._matches.append(match)
                item = QListWidgetItem(f"{doc_id}: {match.context}")
                item.setData(MATCH_ROLE, match)
                self.results.addItem(item)
        docs = len({m.doc_id for m in self._matches})
        self.summary.setText(self.tr("%n match(es)", "", len(self._matches)) + f" · {docs}")

    def _activate(self, item: QListWidgetItem) -> None:
        match: Match = item.data(MATCH_ROLE)
        self.match_activated.emit(match.doc_id, match.start, match.end)

    def _annotate_all(self) -> None:
        if not self._matches:
            return
        preview = AnnotateAllDialog(self._matches, self.label.currentText(), self)
        if preview.exec() == QDialog.DialogCode.Accepted:
            chosen = preview.chosen()
            if chosen:
                self.annotate_requested.emit(
                    [(m.doc_id, m.start, m.end) for m in chosen], self.label.currentData()
                )


class AnnotateAllDialog(QDialog):
    """The preview: every match with a check box (already annotated ones unchecked)."""

    def __init__(self, matches: list[Match], label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Annotate all matches as %1").replace("%1", label))
        self.list = QListWidget(self)
        self.list.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        for match in matches:
            note = self.tr(" (already annotated)") if match.annotated else ""
            item = QListWidgetItem(f"{match.doc_id}: {match.context}{note}")
            item.setData(MATCH_ROLE, match)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if match.annotated else Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("One undo step takes all of these back."), self))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def chosen(self) -> list[Match]:
        return [
            self.list.item(i).data(MATCH_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

"""The reviewer's window: step through the units annotators disagree on and decide gold.

Left, the queue (review_queue.py): the units of the compared annotators with their state, a
filter, progress and the automatic merge of agreed units. Centre, the unit in its document (a
read-only `DocumentView`: gold entities as fills, each annotator's version as an underline and
outline in the annotator's colour, the unit's footprint dotted) and the versions side by side
(review_versions.py). Every decision is one operation of the gold layer through the project
(annotator.core.project_gold): undo and redo are the project's, and each gold item records its
provenance, so no decision is made without a record.

Keys work wherever the focus is in the window (window shortcuts): 1-9 accept that annotator's
version, M the majority, E edit and accept, R or Delete reject; J / K (or Down / Up, N / P)
step through the queue, Home / End jump; after a decision the next open unit comes up.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.adjudication import Unit
from annotator.core.model import GOLD_LAYER, Document
from annotator.core.project import Project, ProjectError
from annotator.core.project_gold import UnitState
from annotator.ui.display import isolate, shorten
from annotator.ui.document_view import DocumentView, ShownSpan
from annotator.ui.review_edit import DecisionsMixin, EditDialog
from annotator.ui.review_queue import QueuePanel, QueueRow, UnitId, unit_id
from annotator.ui.review_versions import (
    Describer,
    VersionsPanel,
    annotator_color,
    decision_text,
    gold_entries,
    kind_name,
    unit_marks,
)

MESSAGE_MS = 8000


def short_title(title: str, limit: int = 36) -> str:
    """A document title cut at a word boundary, for the queue's rows."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    cut = title.rfind(" ", 0, limit)
    return title[: cut if cut > limit // 2 else limit].rstrip() + " …"


class ReviewWindow(DecisionsMixin, QMainWindow):
    """Adjudication of the project's annotators into gold, as reviewer `reviewer`."""

    changes_applied = Signal(object)  # Changes of the gold layer, after the window shows them

    def __init__(
        self,
        project: Project,
        reviewer: str,
        settings: QSettings | None = None,
        language: str = "en",
    ) -> None:
        super().__init__()
        self.project = project
        self.reviewer = reviewer
        self.settings = settings or QSettings()
        self.language = language
        self.edit_dialog: EditDialog | None = None
        self._rows: dict[int, list[QueueRow]] = {}  # per document: every unit, agreed ones too
        self._order: list[int] = []
        self._docs: dict[int, Document] = {}
        self._shown_doc: int | None = None
        self._history: list[tuple[int | None, UnitId]] = []  # (operation id, unit) of decisions made here
        self._redone: list[tuple[int | None, UnitId]] = []
        annotators = project.review_annotators()
        self.colors = {name: annotator_color(i) for i, name in enumerate(annotators)}
        self.keys = {name: i + 1 for i, name in enumerate(annotators)}
        if language == "ar":
            self.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.setWindowTitle(
            self.tr("Review — %1 (%2)").replace("%1", project.path.name).replace("%2", reviewer)
        )
        self._build()
        self._build_actions()
        self.queue.set_annotators(annotators, self.colors, self.keys)
        self.queue.set_filter(str(self.settings.value("review/filter", "disagreements")))
        self.queue.min_agree.setValue(int(str(self.settings.value("review/min_agree", 0))))
        self.queue.annotators_changed.connect(self.reload)
        self.queue.filter_changed.connect(self._on_filter_changed)
        self.queue.merge_requested.connect(self.merge_agreed)
        self.reload()
        self.next_open(from_row=-1)
        if project.readonly:
            self._say(self.tr("The project is open read-only: decisions are off."))

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.queue = QueuePanel(self)
        self.view = DocumentView(self)
        schema = self.project.schema
        gold = self.tr("gold")
        self.view.set_labels(
            {label.key: label.color for label in schema.labels},
            {label.key: f"{gold}: {label.names.in_language(self.language)}" for label in schema.labels},
        )
        from annotator.ui.app import arabic_font_family

        self.view.set_font_family(arabic_font_family(), float(str(self.settings.value("font_size", 16))))
        self.versions = VersionsPanel(self)
        self.versions.accept_requested.connect(self.accept_version)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)

        centre = QWidget(self)
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(4, 4, 4, 4)
        centre_layout.addWidget(self.header)
        splitter = QSplitter(Qt.Orientation.Vertical, centre)
        splitter.addWidget(self.view)
        lower = QWidget(splitter)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.buttons = QHBoxLayout()
        lower_layout.addLayout(self.buttons)
        lower_layout.addWidget(self.versions, 1)
        lower_layout.addWidget(self.legend)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([420, 300])
        self.versions.setMinimumHeight(190)
        centre_layout.addWidget(splitter, 1)

        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.addWidget(self.queue)
        main.addWidget(centre)
        main.setStretchFactor(1, 1)
        main.setSizes([330, 970])
        self.setCentralWidget(main)
        self.queue.view.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.statusBar().showMessage("")

    def _build_actions(self) -> None:
        bar = self.menuBar()
        review = bar.addMenu(self.tr("&Review"))
        self.accept_actions: list[QAction] = []
        for number in range(1, 10):
            action = self._action(
                review,
                self.tr("Accept the version of annotator %1").replace("%1", str(number)),
                [
                    str(number),
                    QKeySequence(Qt.KeyboardModifier.KeypadModifier | Qt.Key(Qt.Key.Key_0 + number)),
                ],
                partial(self.accept_key, number),
            )
            self.accept_actions.append(action)
        review.addSeparator()
        self.majority_action = self._action(
            review, self.tr("Accept the &majority"), ["M"], self.accept_majority
        )
        self.edit_action = self._action(review, self.tr("&Edit and accept…"), ["E"], self.edit_current)
        self.reject_action = self._action(
            review, self.tr("&Reject all"), ["R", "Delete"], self.reject_current
        )
        review.addSeparator()
        self._action(review, self.tr("&Close"), ["Ctrl+W"], self.close)
        go = bar.addMenu(self.tr("&Go"))
        self.next_action = self._action(go, self.tr("&Next unit"), ["J", "Down", "N"], lambda: self.step(1))
        self.previous_action = self._action(
            go, self.tr("&Previous unit"), ["K", "Up", "P"], lambda: self.step(-1)
        )
        self._action(go, self.tr("&First unit"), ["Home"], lambda: self.go_to_row(0))
        self._action(
            go, self.tr("&Last unit"), ["End"], lambda: self.go_to_row(self.queue.model.rowCount() - 1)
        )
        self._action(go, self.tr("Next &open unit"), ["O"], lambda: self.next_open(self.queue.current_row()))
        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit, self.tr("Undo"), ["Ctrl+Z"], self.undo)
        self.redo_action = self._action(edit, self.tr("Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], self.redo)

        for action, text in (
            (self.majority_action, self.tr("Majority (M)")),
            (self.edit_action, self.tr("Edit… (E)")),
            (self.reject_action, self.tr("Reject all (R)")),
            (self.previous_action, self.tr("Previous (K)")),
            (self.next_action, self.tr("Next (J)")),
        ):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setText(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            action.changed.connect(lambda b=button, t=text: b.setText(t))  # keep the key hint
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)
        self._update_undo_actions()

    def _action(self, menu: Any, text: str, keys: list[Any], slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)
        return action

    # -- the queue ---------------------------------------------------------------------------

    def reload(self, doc_ids: frozenset[int] | set[int] | None = None) -> None:
        """Units again from the project (only for `doc_ids` when given), keeping the current one."""
        current = self.current()
        names = self.queue.checked_annotators()
        if len(names) < 2:
            self._rows, self._order = {}, []
            self._say(self.tr("Choose at least two annotators to compare."))
        else:
            try:
                if doc_ids is None or not self._order:
                    self._order = self.project.document_ids()
                    self._rows = {}
                    for state in self.project.review_queue(names, include_agreed=True):
                        self._rows.setdefault(state.unit.doc_id, []).append(self._row(state))
                else:
                    for doc_id in doc_ids:
                        states = self.project.adjudication_units(doc_id, names)
                        self._rows[doc_id] = [self._row(state) for state in states]
            except ProjectError as exc:
                self._say(str(exc))
                self._rows = {}
        self._fill(unit_id(current) if current else None)

    def _fill(self, keep: UnitId | None) -> None:
        """Show the rows the filter lets through, and the progress over every disagreement."""
        shown = self.queue.filter()
        rows: list[QueueRow] = []
        decided = total = 0
        for doc_id in self._order:
            for row in self._rows.get(doc_id, []):
                if not row.agreed:
                    total += 1
                    decided += row.state.decided
                if shown == "everything" or (not row.agreed and (shown != "open" or not row.state.decided)):
                    rows.append(row)
        self.queue.model.set_rows(rows)
        self.queue.set_progress(decided, total)
        found = self.queue.model.row_of(keep) if keep else None
        if found is not None:
            self.queue.set_current_row(found)
        elif rows:
            self.queue.set_current_row(0)
        else:
            self._show_current()

    def _row(self, state: UnitState) -> QueueRow:
        """A queue row: title and kind, a short quote, the state (made once per reload)."""
        unit = state.unit
        agreed = unit.agreed
        doc = self._doc(unit.doc_id)
        title = isolate(short_title(doc.title) or self.tr("Document %1").replace("%1", str(unit.doc_id)))
        if unit.end > unit.start:
            quote = f"«{isolate(shorten(doc.text[unit.start : unit.end], 50))}»"
        else:
            first = next((item for version in unit.versions.values() for item in version), None)
            quote = self._describer(doc).headline(first) if first is not None else ""
        if state.decision is not None:
            status = decision_text(state.decision)
        elif agreed:
            status = self.tr("agreed, not in gold yet")
        else:
            status = self.tr("open")
        mark = self._describer(doc).direction_mark  # the quote opens with «: keep the UI's direction
        text = f"{title} · {kind_name(unit.kind)}\n{mark}{quote}\n{status}"
        return QueueRow(state, text, quote, agreed)

    def _doc(self, doc_id: int) -> Document:
        if doc_id not in self._docs:
            self._docs[doc_id] = self.project.document(doc_id)
        return self._docs[doc_id]

    def _describer(self, doc: Document) -> Describer:
        return Describer(self.project.schema, doc.text, self.language)

    def _on_filter_changed(self) -> None:
        self.settings.setValue("review/filter", self.queue.filter())
        current = self.current()
        self._fill(unit_id(current) if current else None)

    def current(self) -> UnitState | None:
        return self.queue.model.state_at(self.queue.current_row())

    def states(self) -> list[UnitState]:
        """The rows of the queue as shown (after the filter)."""
        return self.queue.model.states()

    # -- showing one unit ------------------------------------------------------------------

    def _show_current(self) -> None:
        state = self.current()
        self._update_actions(state)
        if state is None:
            self.versions.clear(self.tr("Nothing to review here: no units match the filter."))
            self.header.setText("")
            self.view.set_marks([])
            return
        unit = state.unit
        doc = self._doc(unit.doc_id)
        gold = [
            ShownSpan(e.id, e.start, e.end, e.label) for e in self.project.entities(unit.doc_id, GOLD_LAYER)
        ]
        if self._shown_doc != unit.doc_id:
            tokens, sentences = self.project.tokens(unit.doc_id), self.project.sentences(unit.doc_id)
            self.view.show_document(doc.text, tokens, sentences, gold)
            self._shown_doc = unit.doc_id
        else:
            self.view.set_spans(gold)
        describer = self._describer(doc)
        self.view.set_marks(unit_marks(unit, describer, self.colors, self.tr("the unit")))
        self._scroll_to(unit)
        entries = gold_entries(self.project, unit)
        self.versions.show_unit(unit, describer, self.colors, self.keys, entries, state.decision)
        row, count = self.queue.current_row() + 1, self.queue.model.rowCount()
        self.header.setText(
            self.tr("%1 of %2 · %3 · %4")
            .replace("%1", str(row))
            .replace("%2", str(count))
            .replace("%3", isolate(short_title(doc.title, 80) or str(doc.id)))
            .replace("%4", kind_name(unit.kind))
        )
        self.legend.setText(
            self.tr(
                "In the text: each annotator's version is underlined in their colour (dashed: its "
                "arguments, holder or target), the unit is dotted, gold is filled."
            )
        )

    def _scroll_to(self, unit: Unit) -> None:
        """Show the unit with its context: from the top of the text when it is on the first page,
        else in the middle of the view."""
        if unit.end <= unit.start:
            return
        self.view.verticalScrollBar().setValue(0)
        rects = self.view.range_rects(unit.start, unit.end)
        room = self.view.viewport().height() - 2 * self.view.fontMetrics().lineSpacing()
        if not rects or rects[-1].bottom() > room:  # not on the first page with a line after it
            self.view.ensure_visible(unit.start)
            self.view.centerCursor()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        state = self.current()
        if state is not None:  # the view had its final size only now
            self._scroll_to(state.unit)

    def _update_actions(self, state: UnitState | None) -> None:
        writable = state is not None and not self.project.readonly
        unit = state.unit if state is not None else None
        by_key = {number: name for name, number in self.keys.items()}
        for number, action in enumerate(self.accept_actions, start=1):
            name = by_key.get(number)
            action.setEnabled(writable and unit is not None and name in unit.versions)
            if name is not None:
                action.setText(self.tr("Accept %1's version").replace("%1", name))
        self.majority_action.setEnabled(writable and unit is not None and unit.majority() is not None)
        self.edit_action.setEnabled(writable)
        self.reject_action.setEnabled(writable)
        self.queue.merge_button.setEnabled(not self.project.readonly)

    # -- navigation --------------------------------------------------------------------------

    def go_to_row(self, row: int) -> None:
        count = self.queue.model.rowCount()
        if count:
            self.queue.set_current_row(max(0, min(count - 1, row)))

    def step(self, delta: int) -> None:
        self.go_to_row(self.queue.current_row() + delta)

    def go_to_unit(self, wanted: UnitId) -> bool:
        row = self.queue.model.row_of(wanted)
        if row is not None:
            self.queue.set_current_row(row)
        return row is not None

    def next_open(self, from_row: int, after: list[UnitId] | None = None) -> bool:
        """Go to the first undecided unit after `from_row` (or among `after`, the units that
        followed the one just decided), wrapping round; False when every unit is decided."""
        states = self.states()
        if after is not None:
            wanted = set(after)
            order = [i for i, s in enumerate(states) if unit_id(s) in wanted]
            first = set(order)
            order += [i for i in range(len(states)) if i not in first]
        else:
            order = list(range(from_row + 1, len(states))) + list(range(0, min(from_row + 1, len(states))))
        row = next((i for i in order if not states[i].decided), None)
        if row is None:
            return False
        self.queue.set_current_row(row)
        return True

    # -- messages ------------------------------------------------------------------------------

    def _say(self, message: str) -> str:
        self.statusBar().showMessage(message, MESSAGE_MS)
        return message

    def _file_problem(self, message: str) -> None:
        self._say(message)
        box = QMessageBox(
            QMessageBox.Icon.Critical, self.tr("The project file has a problem"), message, parent=self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

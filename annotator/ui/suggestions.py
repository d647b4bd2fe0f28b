"""Pre-annotations in the workspace: a model's entities (a suggestion layer, imported with
`annotator import ... --layer model`) that the annotator accepts or rejects span by span.

The bar sits above the entity list (Entities mode): which layer to take suggestions from
(remembered per project), how many the open document has, and Accept / Reject / Accept all.
Suggestions are drawn as dashed outlines in the label's colour, no fill (view mark kind
"suggestion"); F7 / Shift+F7 step through them, a click selects one, and with one selected Enter
accepts it and Delete rejects it, then the next one is selected. Accepting and rejecting are
project operations run through the window's `_run`, so undo, the entity list and the view follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from annotator.core.model import Changes, Entity
from annotator.ui.display import isolate, shorten
from annotator.ui.view_marks import Mark

if TYPE_CHECKING:
    from annotator.ui.main_window import MainWindow

UNKNOWN_COLOR = "#cccccc"


def _order(entity: Entity) -> tuple[int, int, int]:
    return (entity.start, -entity.end, entity.id)


class SuggestionBar(QWidget):
    """Suggestions from another layer for the open document, and the current one (if any).

    `page` is the Entities tab: this bar above the window's entity list."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self._window = window
        self._doc_id: int | None = None  # the document `_items` belong to
        self._items: list[Entity] = []
        self._current: int | None = None  # the selected suggestion's entity id
        self._busy = False  # selecting a suggestion ourselves: ignore the view's selection signals

        self.source = QComboBox(self)
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel(self)
        self.current_label = QLabel(self)
        self.current_label.setWordWrap(True)
        self.accept_button = QPushButton(self.tr("Accept (Enter)"), self)
        self.reject_button = QPushButton(self.tr("Reject (Del)"), self)
        self.accept_all_button = QPushButton(self.tr("Accept all"), self)
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the document view
            button.setAutoDefault(False)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Suggestions from:"), self))
        top.addWidget(self.source, 1)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.accept_all_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(top)
        layout.addWidget(self.current_label)
        layout.addLayout(buttons)

        self.page = QWidget()
        page_layout = QVBoxLayout(self.page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self)
        page_layout.addWidget(window.panel, 1)

        self._fill_sources()
        self.source.currentIndexChanged.connect(lambda _i: self._on_source_changed())
        self.accept_button.clicked.connect(lambda: self.accept_current())
        self.reject_button.clicked.connect(lambda: self.reject_current())
        self.accept_all_button.clicked.connect(lambda: self.accept_all())
        window.view.selection_changed.connect(lambda _a, _b: self._deselect_by_view())
        window.view.span_selected.connect(lambda _id: self._deselect_by_view())
        window.changes_applied.connect(self._on_changes)
        self._update_widgets()

    # -- the source layer ---------------------------------------------------------------

    @property
    def _settings(self) -> QSettings:
        return self._window.settings

    def _settings_key(self) -> str:
        return "suggestion_source/" + str(self._window.project.path).replace("/", "|")

    def source_layer(self) -> str | None:
        """The layer suggestions come from; None when switched off."""
        value = self.source.currentData()
        return str(value) if value else None

    def _fill_sources(self) -> None:
        """ "None" and every other layer with entities; the remembered choice selected."""
        window = self._window
        remembered = str(self._settings.value(self._settings_key(), "") or "")
        chosen = self.source_layer() or remembered
        layers = window.project.suggestion_layers(window.layer)
        self.source.blockSignals(True)
        try:
            self.source.clear()
            self.source.addItem(self.tr("None"), "")
            for name in layers:
                self.source.addItem(name, name)
            self.source.setCurrentIndex(max(0, self.source.findData(chosen)) if chosen in layers else 0)
        finally:
            self.source.blockSignals(False)

    def set_source(self, layer: str | None) -> None:
        """Take suggestions from `layer` (None: none); remembered for this project."""
        index = self.source.findData(layer or "")
        if index < 0:
            self._fill_sources()
            index = self.source.findData(layer or "")
        self.source.setCurrentIndex(max(0, index))

    def _on_source_changed(self) -> None:
        self._settings.setValue(self._settings_key(), self.source_layer() or "")
        self._current = None
        self.reload()

    # -- the open document's suggestions ------------------------------------------------

    def suggestions(self) -> list[Entity]:
        """The open document's suggestions, in text order."""
        self._ensure_loaded()
        return list(self._items)

    def current(self) -> int | None:
        """The selected suggestion's entity id."""
        return self._current

    def _ensure_loaded(self) -> None:
        if self._doc_id != self._window.doc_id:
            self._current = None
            self._load()

    def _load(self) -> None:
        window = self._window
        self._doc_id = window.doc_id
        source = self.source_layer()
        if window.doc_id is None or source is None:
            self._items = []
        else:
            self._items = window.project.suggestions(window.doc_id, window.layer, source)
        if self._current is not None and all(e.id != self._current for e in self._items):
            self._current = None
        self._update_widgets()

    def reload(self) -> None:
        """Read the document's suggestions again and redraw them."""
        self._load()
        self._window._refresh_marks()

    def _on_changes(self, changes: Changes) -> None:
        if self._window.suggestions is not self:
            return  # a bar the window has replaced (new language or schema)
        if changes.documents or changes.schema:
            self._fill_sources()
        if self.source_layer() is None:
            return  # nothing shown: keep labelling's fast path (no redraw of every mark)
        # Undoing a rejection touches no entity: core's replay leaves `entities` unset for it.
        replayed = changes.op_name.startswith(("undo ", "redo "))
        if changes.entities or changes.documents or changes.schema or replayed:
            self.reload()

    def marks(self) -> list[Mark]:
        """Dashed outlines for the view, Entities mode only; the current one selected."""
        self._ensure_loaded()
        window = self._window
        if window.mode() != "entities":
            return []
        schema = window.project.schema
        marks = []
        for entity in self._items:
            known = schema.has_label(entity.label)
            color = schema.label(entity.label).color if known else UNKNOWN_COLOR
            name = schema.label(entity.label).names.in_language(window.language) if known else entity.label
            tip = self.tr("Suggestion: %1").replace("%1", f"{entity.label} · {name}")
            marks.append(
                Mark(
                    "suggestion",
                    entity.id,
                    entity.start,
                    entity.end,
                    color,
                    tip=tip,
                    selected=entity.id == self._current,
                )
            )
        return marks

    # -- selecting ----------------------------------------------------------------------

    def select(self, entity_id: int | None, *, scroll: bool = True) -> None:
        """Make a suggestion the current one (outlined thicker, shown in the bar), or none."""
        self._ensure_loaded()
        found = next((e for e in self._items if e.id == entity_id), None)
        self._current = found.id if found else None
        window = self._window
        if found is not None:
            self._busy = True
            try:
                window.view.select_span(None, emit=False)
                window.view.set_selection(None, emit=False)
                window.panel.select_entity(None)
            finally:
                self._busy = False
            if scroll:
                window.view.ensure_visible(found.start)
        self._update_widgets()
        window._refresh_marks()

    def step(self, forward: bool) -> None:
        """F7 / Shift+F7: the next (previous) suggestion after the current one or the selection."""
        window = self._window
        if window.mode() != "entities":
            window.set_mode("entities")
        items = self.suggestions()
        if not items:
            message = (
                self.tr("Choose where suggestions come from first (Suggestions from:).")
                if self.source_layer() is None
                else self.tr("No suggestions left in this document.")
            )
            window.statusBar().showMessage(message, 4000)
            return
        current = next((e for e in items if e.id == self._current), None)
        if current is not None:
            key = _order(current)
            after = [e for e in items if (_order(e) > key if forward else _order(e) < key)]
        else:
            here = self._cursor()
            after = (
                [e for e in items if (e.start >= here if forward else e.start < here)]
                if here is not None
                else []
            )
        if not after:
            after = items  # wrap around
        self.select(after[0].id if forward else after[-1].id)

    def _cursor(self) -> int | None:
        """Where the annotator is in the text: the selection's or the selected entity's start."""
        view = self._window.view
        selection = view.selection()
        if selection is not None:
            return selection[0]
        selected = view.selected_span()
        shown = next((s for s in view.spans() if s.id == selected), None) if selected is not None else None
        return shown.start if shown is not None else None

    def _deselect_by_view(self) -> None:
        """Another selection in the view (a word, an entity) replaces the current suggestion."""
        if self._busy or self._current is None:
            return
        self._current = None
        self._update_widgets()
        self._window._refresh_marks()

    # -- deciding -----------------------------------------------------------------------

    def handle(self, action: str, arg: object) -> bool:
        """The view's edit requests that are ours: F7, and Enter / Delete on a selected suggestion."""
        if action == "next_suggestion":
            self.step(bool(arg))
            return True
        if action in ("enter", "delete") and self._current is not None and self._window.mode() == "entities":
            if action == "enter":
                self.accept_current()
            else:
                self.reject_current()
            return True
        return False

    def accept_current(self) -> None:
        self._decide(accept=True)

    def reject_current(self) -> None:
        self._decide(accept=False)

    def _decide(self, *, accept: bool) -> None:
        """Accept or reject the current suggestion (one undo step), then select the next one."""
        window = self._window
        current = next((e for e in self.suggestions() if e.id == self._current), None)
        if current is None:
            window.statusBar().showMessage(self.tr("Select a suggestion first (F7)."), 3000)
            return
        method = window.project.accept_suggestions if accept else window.project.reject_suggestions
        changes = window._run(method, window.layer, [current.id])
        window.view.setFocus()
        if changes is None:
            return
        key = _order(current)  # `_items` is read again already (changes_applied)
        following = [e for e in self._items if _order(e) > key] or self._items
        self.select(following[0].id if following else None)

    def accept_all(self) -> None:
        """Accept every suggestion left in the document: one undo step."""
        window = self._window
        seen: set[tuple[int, int, str]] = set()
        ids = []
        for entity in self.suggestions():
            if (entity.start, entity.end, entity.label) not in seen:
                seen.add((entity.start, entity.end, entity.label))
                ids.append(entity.id)
        window.view.setFocus()
        if not ids:
            window.statusBar().showMessage(self.tr("No suggestions left in this document."), 3000)
            return
        self._current = None
        window._run(window.project.accept_suggestions, window.layer, ids)  # changes_applied reloads

    # -- the bar ------------------------------------------------------------------------

    def _update_widgets(self) -> None:
        window = self._window
        on = self.source_layer() is not None
        count = len(self._items)
        self.count_label.setText(self.tr("%n suggestion(s)", "", count) if on else "")
        current = next((e for e in self._items if e.id == self._current), None)
        if current is not None:
            schema = window.project.schema
            known = schema.has_label(current.label)
            name = schema.label(current.label).names.in_language(window.language) if known else current.label
            quote = shorten(window.view.text[current.start : current.end], 60)
            self.current_label.setText(
                self.tr("Suggestion: %1 «%2»").replace("%1", isolate(name)).replace("%2", isolate(quote))
            )
        else:
            self.current_label.setText(self.tr("F7: next suggestion") if count else "")
        writable = not window.project.readonly
        self.accept_button.setEnabled(writable and current is not None)
        self.reject_button.setEnabled(writable and current is not None)
        self.accept_all_button.setEnabled(writable and count > 0)

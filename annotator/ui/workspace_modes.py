"""The workspace's three annotation modes and its cross-document tools, as a part of MainWindow.

Entities, Events and Stances modes decide what keys and clicks in the document view act on
(events_panel.py and stance_panel.py hold the lists); triggers, evidence and scopes are drawn
as view marks. The story view, the link dialogs and the schema editor open from here. Strings
use the "MainWindow" translation context, as if they were written in main_window.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from annotator.ui.view_marks import Mark

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar, QTabWidget

    from annotator.core.model import Changes
    from annotator.core.project import Project
    from annotator.ui.annotation_panel import AnnotationPanel
    from annotator.ui.document_view import DocumentView
    from annotator.ui.event_panel import EventPanel
    from annotator.ui.main_window import MainWindow
    from annotator.ui.stance_panel import StancePanel
    from annotator.ui.suggestions import SuggestionBar


def _step(ids: list[int], current: int | None, forward: bool) -> int | None:
    """The next (or previous) id after `current`, wrapping around; the first (last) without one."""
    if not ids:
        return None
    if current not in ids:
        return ids[0] if forward else ids[-1]
    return ids[(ids.index(current) + (1 if forward else -1)) % len(ids)]


def _parent(widget: object) -> QWidget:
    assert isinstance(widget, QWidget)
    return widget


class ModesMixin:
    """Events and Stances modes, marks in the view, links across documents; mixed into MainWindow."""

    if TYPE_CHECKING:
        project: Project
        layer: str
        language: str
        doc_id: int | None
        last_dialog: QWidget | None
        view: DocumentView
        panel: AnnotationPanel
        event_panel: EventPanel
        stance_panel: StancePanel
        suggestions: SuggestionBar
        tabs: QTabWidget
        _stances_stale: bool

        def _run(self, method: Any, *args: Any, **kwargs: Any) -> Changes | None: ...
        def statusBar(self) -> QStatusBar: ...
        def open_document(self, doc_id: int) -> None: ...
        def _on_edit_request(self, action: str, arg: object) -> None: ...

    # -- entities: suggestions (suggestions.py) -----------------------------------------

    def _entities_page(self) -> QWidget:
        """The Entities tab: the suggestion bar (a model's pre-annotations) above the entity list."""
        from annotator.ui.suggestions import SuggestionBar

        self.suggestions = SuggestionBar(cast("MainWindow", self))
        return self.suggestions.page

    def _on_view_edit(self, action: str, arg: object) -> None:
        """The view's edit requests: F7, and Enter / Delete on a selected suggestion, go to the
        suggestions; everything else to the window."""
        if not self.suggestions.handle(action, arg):
            self._on_edit_request(action, arg)

    # -- events --------------------------------------------------------------------------

    def mode(self) -> str:
        """ "entities", "events" or "stances": what keys and clicks in the view act on."""
        current = self.tabs.currentWidget()
        if current is self.event_panel:
            return "events"
        if current is self.stance_panel:
            return "stances"
        return "entities"

    def set_mode(self, mode: str) -> None:
        widget = {
            "entities": self.suggestions.page,
            "events": self.event_panel,
            "stances": self.stance_panel,
        }.get(mode)
        if widget is not None:
            self.tabs.setCurrentWidget(widget)
        self.view.setFocus()

    def _on_mode_changed(self) -> None:
        if self._stances_stale and self.mode() == "stances":
            self._refresh_stances()
        self._refresh_marks()
        self._update_current_mark()

    def _refresh_stances(self) -> None:
        self._stances_stale = False
        self.stance_panel.refresh()

    def apply_event_type(self, event_type: str) -> None:
        """Make the selection a trigger of `event_type`, or retype the current event."""
        if self.doc_id is None:
            return
        if self.mode() != "events":
            self.set_mode("events")
        selection = self.view.selection()
        if selection is None:
            current = self.event_panel.current_event()
            if current is not None:
                self._run(self.project.retype_event, self.layer, current, event_type)
            else:
                self.statusBar().showMessage(
                    QCoreApplication.translate("MainWindow", "Select the trigger word first."), 3000
                )
            return
        changes = self._run(
            self.project.add_event, self.layer, self.doc_id, selection[0], selection[1], event_type
        )
        if changes is not None and changes.created_ids:
            self.view.set_selection(None, emit=False)
            self.event_panel.select_event(changes.created_ids[0])

    def _offer_roles(self, entity_id: int) -> None:
        rects = self.view.span_rects(entity_id)
        point = rects[0].bottomLeft().toPoint() if rects else self.view.viewport().rect().center()
        self.event_panel.show_role_menu(entity_id, self.view.viewport().mapToGlobal(point))

    def _on_span_clicked(self, entity_id: int) -> None:
        if self.mode() == "events" and self.event_panel.current_event() is not None:
            self._offer_roles(entity_id)

    def _on_mark_clicked(self, kind: str, mark_id: int) -> None:
        if kind == "trigger":
            if self.mode() != "events":
                self.set_mode("events")
            self.view.select_span(None, emit=False)
            self.view.set_selection(None, emit=False)
            self.event_panel.select_event(mark_id)
        elif kind == "evidence":
            self._select_evidence(mark_id)
        elif kind == "suggestion":
            self.suggestions.select(mark_id, scroll=False)

    def _select_evidence(self, evidence_id: int) -> None:
        """A click on evidence: Stances mode, with the stance it supports as the current one."""
        if self.mode() != "stances":
            self.set_mode("stances")
        owner = next(
            (s.id for s in self.stance_panel.stances() if any(e.id == evidence_id for e in s.evidence)), None
        )
        if owner is not None:
            self.stance_panel.select_stance(owner, emit=True)
            self._refresh_marks()

    def _stance_key(self, key: str) -> bool:
        """Stances mode letters: E adds the selection as evidence, a polarity's key sets it."""
        if key.lower() == "e":
            self.stance_panel.add_evidence_from_selection()
            return True
        polarity = self.project.schema.polarity_for_shortcut(key)
        current = self.stance_panel.current_stance()
        if polarity is None:
            return False
        if current is None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Choose a stance first, or make one with Insert."),
                4000,
            )
            return True
        if self.project.stance(current).polarity != polarity.key:
            self._run(self.project.update_stance, self.layer, current, polarity=polarity.key)
        return True

    def _on_event_selected(self, event_id: int) -> None:
        self._update_current_mark()
        if event_id >= 0:
            event = self.project.event(event_id)
            self.view.ensure_visible(event.start)

    def _step_event(self, forward: bool) -> None:
        target = _step([e.id for e in self.event_panel.events()], self.event_panel.current_event(), forward)
        if target is not None:
            self.event_panel.select_event(target)

    def _step_stance(self, forward: bool) -> None:
        target = _step(
            [s.id for s in self.stance_panel.stances()], self.stance_panel.current_stance(), forward
        )
        if target is not None:
            self.stance_panel.select_stance(target, emit=True)
            self._refresh_marks()

    def _show_range(self, start: int, end: int) -> None:
        self.view.ensure_visible(start)

    def _event_marks(self) -> list[Mark]:
        schema = self.project.schema
        marks = []
        for event in self.event_panel.events():
            known = schema.has_event_type(event.type)
            color = schema.event_type(event.type).color if known else "#cccccc"
            name = schema.event_type(event.type).names.in_language(self.language) if known else event.type
            problems = self.event_panel.problems_of(event.id)
            tip = name + ("\n" + "\n".join(problems) if problems else "")
            marks.append(Mark("trigger", event.id, event.start, event.end, color, bool(problems), tip))
        return marks

    def _refresh_marks(self) -> None:
        """Redraw triggers (and, in Stances mode, evidence and scopes; in Entities mode, suggestions)."""
        if self.doc_id is None:
            return
        marks = self._event_marks()
        marks.extend(self._stance_marks())
        marks.extend(self.suggestions.marks())
        self.view.set_marks(marks)

    def _stance_marks(self) -> list[Mark]:
        """Evidence (hatched) and span scopes (dotted), drawn in Stances mode only; the current
        stance's evidence is outlined."""
        if self.mode() != "stances":
            return []
        schema = self.project.schema
        current = self.stance_panel.current_stance()
        mine = {e.id for s in self.stance_panel.stances() if s.id == current for e in s.evidence}
        marks = []
        for evidence_id, start, end, polarity in self.stance_panel.evidence_spans():
            known = schema.has_polarity(polarity)
            color = schema.polarity(polarity).color if known else "#cccccc"
            tip = schema.polarity(polarity).names.in_language(self.language) if known else polarity
            marks.append(
                Mark("evidence", evidence_id, start, end, color, tip=tip, selected=evidence_id in mine)
            )
        for stance_id, start, end, polarity in self.stance_panel.scope_spans():
            color = schema.polarity(polarity).color if schema.has_polarity(polarity) else "#cccccc"
            marks.append(Mark("scope", stance_id, start, end, color, selected=stance_id == current))
        return marks

    def _update_current_mark(self) -> None:
        if self.mode() == "events" and self.event_panel.current_event() is not None:
            entities, events = self.event_panel.current_links()
            self.view.set_current_mark("trigger", self.event_panel.current_event() or -1, entities, events)
        else:
            self.view.set_current_mark(None)

    # -- across documents ----------------------------------------------------------------

    def link_event_to_story(self, event_id: int) -> None:
        """Put an event into a story (a cross-document event cluster), with suggestions."""
        from annotator.ui.link_dialogs import EventClusterDialog

        dialog = EventClusterDialog(
            self.project, self.layer, event_id, self._run, self.language, _parent(self)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()

    def _link_current_event(self) -> None:
        current = self.event_panel.current_event()
        if current is None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Choose an event first (Events mode)."), 4000
            )
            return
        self.link_event_to_story(current)

    def link_selected_entity(self) -> None:
        """Give the selected entity an entity id shared with matching mentions in other documents."""
        from annotator.ui.link_dialogs import EntityLinkDialog

        entity_id = self.view.selected_span()
        if entity_id is None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Select an entity first (click it, or Tab to it)."),
                4000,
            )
            return
        dialog = EntityLinkDialog(
            self.project, self.layer, entity_id, self._run, self.language, _parent(self)
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()

    def show_story_view(self) -> None:
        """The story view: one row per outlet reporting a story, conflicting values highlighted."""
        from annotator.ui.story_view import StoryDialog

        dialog = StoryDialog(self.project, self.layer, self.language, _parent(self))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.document_requested.connect(self._open_at)
        current = self.event_panel.current_event()
        cluster = self.project.event(current).cluster if current is not None else None
        if cluster:
            dialog.view.set_cluster(cluster)
        self.last_dialog = dialog
        dialog.resize(1000, 420)
        dialog.show()

    def edit_schema(self) -> None:
        """The schema editor: labels, event types and roles, polarities, targets, attributes."""
        from annotator.ui.schema_editor import SchemaEditor

        dialog = SchemaEditor(self.project, self.layer, self._run, self.language, _parent(self))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = dialog
        dialog.open()

    def _open_at(self, doc_id: int, offset: int) -> None:
        if doc_id != self.doc_id:
            self.open_document(doc_id)
        self.view.ensure_visible(offset)

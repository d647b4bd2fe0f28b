"""The workspace: document list, document view, label palette and annotation panel.

A thin layer over `annotator.core.project`: every edit is a project operation, committed before
the screen shows it; after each, `_apply_changes` refreshes only what the `Changes` flags name.
Undo and redo are the project's persisted log; the Edit menu shows their names.
"""

from __future__ import annotations

import time
from contextlib import suppress

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Changes, DocStatus
from annotator.core.project import Project, ProjectError, ProjectFileError
from annotator.ui.annotation_panel import AnnotationPanel
from annotator.ui.document_list import DocumentListWidget
from annotator.ui.document_view import DocumentView, ShownSpan
from annotator.ui.event_panel import EventPanel
from annotator.ui.exchange_actions import ExchangeActionsMixin
from annotator.ui.i18n import LANGUAGES, install_language
from annotator.ui.palette import LabelPalette
from annotator.ui.search_panel import SearchPanel
from annotator.ui.shortcuts import CheatSheet
from annotator.ui.stance_panel import StancePanel
from annotator.ui.teams_actions import TeamsActionsMixin
from annotator.ui.workspace_modes import ModesMixin

IDLE_CHECKPOINT_MS = 3000  # WAL checkpoints stall a commit: run them when the annotator pauses


class MainWindow(ModesMixin, ExchangeActionsMixin, TeamsActionsMixin, QMainWindow):
    """One open project, annotated as one annotator (`layer`)."""

    changes_applied = Signal(object)  # Changes, after the screen shows them

    def __init__(self, project: Project, layer: str, settings: QSettings | None = None) -> None:
        super().__init__()
        self.project = project
        self.layer = layer
        self.settings = settings or QSettings()
        self.language = str(self.settings.value("language", "en"))
        self.doc_id: int | None = None
        self.last_dialog: QWidget | None = None  # the dialog opened last (tests drive it)
        self._stances_stale = False  # entities were added since the stance panel last loaded
        self._doc_title = ""
        self._opened_at = time.monotonic()
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_CHECKPOINT_MS)
        self._idle.timeout.connect(self._checkpoint)
        self._build()
        ids = project.document_ids()
        first = project.next_document(layer, None) or (ids[0] if ids else None)
        if first is not None:
            self.open_document(first)

    # -- building (again, when the language changes) ------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(
            self.tr("annotator — %1 (%2)").replace("%1", self.project.path.name).replace("%2", self.layer)
        )
        self.view = DocumentView(self)
        self.view.split_clitics = bool(self.settings.value("split_clitics", True, type=bool))
        schema = self.project.schema
        self.view.set_labels(
            {label.key: label.color for label in schema.labels},
            {label.key: f"{label.key} · {label.names.ar} · {label.names.en}" for label in schema.labels},
        )
        self.view.set_font_family(self._font_family(), float(str(self.settings.value("font_size", 16))))
        self.palette_widget = LabelPalette(self)
        self.palette_widget.set_schema(schema, self.language)
        self.panel = AnnotationPanel(self)
        self.panel.set_schema(schema, self.language)
        self.doc_list = DocumentListWidget(self.project, self.layer, self)
        self.search = SearchPanel(self)
        self.search.set_context(self.project, self.layer, self.doc_id, self.language)
        self.event_panel = EventPanel(self.project, self.layer, self._run, self.language, self)
        self.stance_panel = StancePanel(self.project, self.layer, self._run, self, language=self.language)
        self.stance_panel.selection_provider = self.view.selection

        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(4, 4, 4, 4)
        side_layout.addWidget(self.palette_widget)
        tabs = QTabWidget(side)
        tabs.addTab(self._entities_page(), self.tr("Entities"))  # suggestions above the entity list
        tabs.addTab(self.event_panel, self.tr("Events"))
        tabs.addTab(self.stance_panel, self.tr("Stances"))
        tabs.addTab(self.search, self.tr("Search"))
        self.tabs = tabs
        tabs.currentChanged.connect(lambda _index: self._on_mode_changed())
        side_layout.addWidget(tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.doc_list)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 640, 360])
        self.setCentralWidget(splitter)

        for old in (
            getattr(self, name, None) for name in ("saved_label", "position_label", "progress_label")
        ):
            if old is not None:
                self.statusBar().removeWidget(old)
                old.deleteLater()
        self.saved_label = QLabel(self)
        self.position_label = QLabel(self)
        self.progress_label = QLabel(self)
        self.statusBar().addWidget(self.saved_label)
        self.statusBar().addWidget(self.position_label, 1)
        self.statusBar().addPermanentWidget(self.progress_label)
        self._build_menus()

        self.view.edit_requested.connect(self._on_view_edit)
        self.view.selection_changed.connect(self._on_selection)
        self.view.span_selected.connect(self._on_span_selected)
        self.palette_widget.label_chosen.connect(self.apply_label)
        self.panel.entity_activated.connect(lambda eid: self.view.select_span(eid, emit=False))
        self.panel.relabel_requested.connect(
            lambda eid, label: self._run(self.project.relabel_entity, self.layer, eid, label)
        )
        self.panel.attribute_requested.connect(self._set_attribute)
        self.view.span_clicked.connect(self._on_span_clicked)
        self.view.mark_clicked.connect(self._on_mark_clicked)
        self.event_panel.event_selected.connect(self._on_event_selected)
        self.event_panel.type_chosen.connect(self.apply_event_type)
        self.event_panel.argument_activated.connect(self._show_range)
        self.event_panel.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.event_panel.story_requested.connect(self.link_event_to_story)
        self.stance_panel.stance_selected.connect(lambda _id: self._refresh_marks())
        self.stance_panel.evidence_activated.connect(self._show_range)
        self.stance_panel.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.doc_list.document_activated.connect(self.open_document)
        self.search.match_activated.connect(self._show_match)
        self.search.annotate_requested.connect(self.annotate_matches)
        self._show_saved(True)

    def _font_family(self) -> str:
        from annotator.ui.app import arabic_font_family

        return arabic_font_family()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Open project…"), QKeySequence.StandardKey.Open, self._open_project)
        self._action(file_menu, self.tr("&New project…"), QKeySequence.StandardKey.New, self._new_project)
        self.recent_menu = file_menu.addMenu(self.tr("Recent projects"))
        for path in self._recent():
            self._action(self.recent_menu, path, None, lambda p=path: self._switch_project(p))
        self._action(file_menu, self.tr("&Import documents…"), "Ctrl+I", self._import)
        self._action(file_menu, self.tr("Import &annotations…"), None, self._import_annotations)
        self._action(file_menu, self.tr("&Export…"), "Ctrl+E", self._export)
        self._action(file_menu, self.tr("Save a &copy…"), None, self._save_copy)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)

        edit = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self._action(edit, self.tr("Undo"), "Ctrl+Z", self.undo)
        self.redo_action = self._action(edit, self.tr("Redo"), "Ctrl+Shift+Z", self.redo)
        edit.addSeparator()
        self._action(edit, self.tr("&Search…"), QKeySequence.StandardKey.Find, self._focus_search)
        self._action(edit, self.tr("&Link entity across documents…"), "Ctrl+L", self.link_selected_entity)
        self._action(edit, self.tr("Link event to a s&tory…"), "Ctrl+Shift+L", self._link_current_event)
        edit.addSeparator()
        self._action(edit, self.tr("Sc&hema…"), None, self.edit_schema)

        doc = bar.addMenu(self.tr("&Document"))
        self.done_action = self._action(doc, self.tr("Mark &done"), "Ctrl+D", self.toggle_done)
        self._action(doc, self.tr("&Next document"), "Ctrl+Return", self.next_document)

        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("&Entities mode"), "Ctrl+1", lambda: self.set_mode("entities"))
        self._action(view, self.tr("E&vents mode"), "Ctrl+2", lambda: self.set_mode("events"))
        self._action(view, self.tr("&Stances mode"), "Ctrl+3", lambda: self.set_mode("stances"))
        self._action(view, self.tr("S&tory view…"), "Ctrl+Shift+T", self.show_story_view)
        view.addSeparator()
        self._action(view, self.tr("Zoom &in"), QKeySequence.StandardKey.ZoomIn, lambda: self.view.zoom(1))
        self._action(view, self.tr("Zoom &out"), QKeySequence.StandardKey.ZoomOut, lambda: self.view.zoom(-1))
        split = self._action(view, self.tr("Take proclitics off selections"), None, self._toggle_split)
        split.setCheckable(True)
        split.setChecked(self.view.split_clitics)
        languages = view.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = self._action(languages, name, None, lambda c=code: self.set_language(c))
            action.setCheckable(True)
            action.setChecked(code == self.language)
            group.addAction(action)

        self._add_team_menu(bar)
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), "F1", self.show_cheat_sheet)
        self._update_undo_actions()

    def _action(self, menu, text, shortcut, slot) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    # -- documents -----------------------------------------------------------------------

    def open_document(self, doc_id: int) -> None:
        """Show a document with this annotator's entities."""
        self._record_time()
        doc = self.project.document(doc_id)
        self.doc_id = doc_id
        self._doc_title = doc.title
        self.view.show_document(
            doc.text, self.project.tokens(doc_id), self.project.sentences(doc_id), self._shown()
        )
        self.panel.show_entities(doc.text, self.project.entities(doc_id, self.layer))
        self.event_panel.show_document(doc_id, doc.text)
        stances_shown = self.mode() == "stances"
        self.stance_panel.show_document(doc_id, doc.text, load=stances_shown)
        self._stances_stale = not stances_shown
        self._refresh_marks()
        self.search.set_document(doc_id)
        self.doc_list.select_document(doc_id)
        self._opened_at = time.monotonic()
        self._update_status()

    def _shown(self) -> list[ShownSpan]:
        assert self.doc_id is not None
        return [
            ShownSpan(e.id, e.start, e.end, e.label) for e in self.project.entities(self.doc_id, self.layer)
        ]

    def _record_time(self) -> None:
        if self.doc_id is None or self.project.readonly:
            return
        seconds = time.monotonic() - self._opened_at
        self._opened_at = time.monotonic()
        # The time is bookkeeping; a failing file is reported by the next edit.
        with suppress(ProjectFileError):
            self.project.add_time(self.layer, self.doc_id, seconds)

    def next_document(self) -> None:
        target = self.project.next_document(self.layer, self.doc_id)
        if target is None:
            self.statusBar().showMessage(self.tr("Every document is done."), 4000)
        elif target != self.doc_id:
            self.open_document(target)

    def toggle_done(self) -> None:
        if self.doc_id is None:
            return
        done = self.project.status(self.doc_id, self.layer) is DocStatus.DONE
        self._run(
            self.project.set_status,
            self.layer,
            self.doc_id,
            DocStatus.IN_PROGRESS if done else DocStatus.DONE,
        )

    # -- edits ---------------------------------------------------------------------------

    def _run(self, method, *args, **kwargs) -> Changes | None:  # type: ignore[no-untyped-def]
        """Run one project operation; show its result or a clear message. Nothing is half-done."""
        try:
            changes = method(*args, **kwargs)
        except ProjectFileError as exc:
            self._show_saved(False)
            self._file_problem(str(exc))
            return None
        except ProjectError as exc:
            self.statusBar().showMessage(str(exc), 6000)
            return None
        if changes is not None:
            self._apply_changes(changes)
        return changes  # type: ignore[no-any-return]

    def apply_label(self, label: str) -> None:
        """Label the selection, or relabel the selected entity."""
        if self.doc_id is None:
            return
        selected = self.view.selected_span()
        if selected is not None:
            self._run(self.project.relabel_entity, self.layer, selected, label)
            return
        selection = self.view.selection()
        if selection is None:
            self.statusBar().showMessage(self.tr("Select some text first."), 3000)
            return
        changes = self._run(
            self.project.add_entity, self.layer, self.doc_id, selection[0], selection[1], label
        )
        if changes is not None and changes.created_ids:
            self.view.select_span(changes.created_ids[0], emit=False, scroll=False)
            self.panel.select_entity(changes.created_ids[0])
            if self.mode() == "events" and self.event_panel.current_event() is not None:
                # An entity made on the spot in Events mode: offer its role at once.
                self._offer_roles(changes.created_ids[0])

    def _rebuild(self) -> None:
        """Build the widgets again (a new language or schema), keeping the document and selection."""
        doc_id, selection, mode = self.doc_id, self.view.selected_span(), self.mode()
        old = self.centralWidget()
        self._build()
        if old is not None:
            old.deleteLater()
        if doc_id is not None:
            self.open_document(doc_id)
            if selection is not None:
                self.view.select_span(selection, emit=False)
        self.set_mode(mode)

    def _on_edit_request(self, action: str, arg: object) -> None:
        if action == "label":
            key = str(arg)
            if key == "?":
                self.show_cheat_sheet()
                return
            if self.mode() == "stances" and not key.isdigit() and self._stance_key(key):
                return
            if self.mode() == "events":
                event_type = self.project.schema.event_type_for_shortcut(key)
                if event_type is not None and not key.isdigit():
                    self.apply_event_type(event_type.key)
                    return
            label = self.project.schema.label_for_shortcut(key)
            if label is not None:
                self.apply_label(label.key)
        elif action == "delete":
            entity_id = int(arg)  # type: ignore[call-overload]
            if entity_id >= 0:
                self._run(self.project.delete_entity, self.layer, entity_id)
            elif self.mode() == "events":
                self.event_panel.delete_current()
            elif self.mode() == "stances":
                self.stance_panel.delete_current()
        elif action == "enter":
            entity_id = int(arg)  # type: ignore[call-overload]
            if self.mode() == "events" and entity_id >= 0:
                self._offer_roles(entity_id)
        elif action == "next_mark":
            if self.mode() == "events":
                self._step_event(bool(arg))
            elif self.mode() == "stances":
                self._step_stance(bool(arg))
        elif action == "resize":
            assert isinstance(arg, tuple)
            entity_id, start, end = arg
            self._run(self.project.resize_entity, self.layer, int(entity_id), int(start), int(end))

    def _set_attribute(self, entity_id: int, key: str, value: str) -> None:
        attributes = dict(self.project.entity(entity_id).attributes)
        if value:
            attributes[key] = value
        else:
            attributes.pop(key, None)
        self._run(self.project.set_entity_attributes, self.layer, entity_id, attributes)

    def annotate_matches(self, matches: list[tuple[int, int, int]], label: str) -> None:
        items = [(doc_id, start, end, label) for doc_id, start, end in matches]
        self._run(
            self.project.add_entities_across,
            self.layer,
            items,
            self.tr("annotate all as %1").replace("%1", label),
        )

    def undo(self) -> None:
        self._run(self.project.undo, self.layer)

    def redo(self) -> None:
        self._run(self.project.redo, self.layer)

    def _apply_changes(self, changes: Changes) -> None:
        """One broadcast after each operation: refresh only what the flags name."""
        if changes.schema:
            # New labels, colours, names or event types: every widget shows the schema.
            self._rebuild()
            self._update_undo_actions()
            self.changes_applied.emit(changes)
            return
        if self.doc_id is not None and self.doc_id in changes.doc_ids and changes.entities:
            selected = self.view.selected_span()
            entities = None
            if len(changes.created_ids) == 1 and not changes.op_name.startswith(("undo ", "redo ")):
                # One new entity (the common case): add it, don't reload the others.
                entity = self.project.entity(changes.created_ids[0])
                self.view.add_span(ShownSpan(entity.id, entity.start, entity.end, entity.label))
                self.panel.add_entity(entity)
            else:
                entities = self.project.entities(self.doc_id, self.layer)
                self.view.set_spans([ShownSpan(e.id, e.start, e.end, e.label) for e in entities])
                self.panel.show_entities(self.view.text, entities)
            if selected is not None and (entities is None or any(e.id == selected for e in entities)):
                self.view.select_span(selected, emit=False, scroll=False)
                self.panel.select_entity(selected)
        if self.doc_id is not None and (
            changes.events or changes.entities or changes.stances or changes.schema
        ):
            # A new entity changes no event or stance: skip reloading them (a long article's
            # lists cost more than the edit). Relabels, resizes, deletes and undo do reload.
            added_only = (
                changes.entities
                and not (changes.events or changes.stances)
                and bool(changes.created_ids)
                and not changes.op_name.startswith(("undo ", "redo "))
            )
            if (changes.events or changes.entities) and not added_only:
                self.event_panel.refresh()
            if changes.stances or (changes.entities and (not added_only or self.mode() == "stances")):
                self._refresh_stances()
            elif changes.entities:
                self._stances_stale = True  # its pickers list the mentions: reload when shown
            if not added_only or self.mode() != "entities":
                self._refresh_marks()
                self._update_current_mark()
        self.doc_list.on_changes(changes)
        self._update_undo_actions()
        self._update_status()
        self._show_saved(True)
        self._idle.start()
        self.changes_applied.emit(changes)

    def _update_undo_actions(self) -> None:
        status = self.project.undo_status(self.layer)
        self.undo_action.setText(
            self.tr("Undo %1").replace("%1", status.undo) if status.undo else self.tr("Undo")
        )
        self.undo_action.setEnabled(status.undo is not None)
        self.redo_action.setText(
            self.tr("Redo %1").replace("%1", status.redo) if status.redo else self.tr("Redo")
        )
        self.redo_action.setEnabled(status.redo is not None)

    def _checkpoint(self) -> None:
        if not self.project.readonly:
            self.project.checkpoint()

    # -- selection and status ------------------------------------------------------------

    def _on_selection(self, start: int, end: int) -> None:
        self.panel.select_entity(None)
        self._update_status()

    def _on_span_selected(self, entity_id: int) -> None:
        self.panel.select_entity(entity_id if entity_id >= 0 else None)
        self._update_status()

    def _show_match(self, doc_id: int, start: int, end: int) -> None:
        if doc_id != self.doc_id:
            self.open_document(doc_id)
        self.view.set_selection((start, end))
        self.view.ensure_visible(start)

    def _show_saved(self, ok: bool) -> None:
        if self.project.readonly:
            self.saved_label.setText(self.tr("Read-only"))
        else:
            self.saved_label.setText(self.tr("All changes saved") if ok else self.tr("NOT SAVED"))

    def _update_status(self) -> None:
        done, total = self.project.progress(self.layer)
        self.progress_label.setText(
            self.tr("%1 of %2 done").replace("%1", str(done)).replace("%2", str(total))
        )
        if self.doc_id is None:
            return
        status = self.project.status(self.doc_id, self.layer)
        self.done_action.setText(
            self.tr("Reopen document") if status is DocStatus.DONE else self.tr("Mark &done")
        )
        selection = self.view.selection()
        tokens = self.view.tokens
        where = ""
        if selection is not None and tokens:
            from annotator.core.text import token_index_at

            index = token_index_at(tokens, selection[0])
            where = (
                self.tr("word %1 of %2").replace("%1", str((index or 0) + 1)).replace("%2", str(len(tokens)))
            )
        state = {
            DocStatus.NOT_STARTED: self.tr("not started"),
            DocStatus.IN_PROGRESS: self.tr("in progress"),
            DocStatus.DONE: self.tr("done"),
        }[status]
        self.position_label.setText(f"{self._doc_title[:50]} · {state} · {where}")

    # -- language, help, files -----------------------------------------------------------

    def set_language(self, language: str) -> None:
        """Switch the UI language; Arabic mirrors the whole layout."""
        if language == self.language:
            return
        self.language = language
        self.settings.setValue("language", language)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        install_language(app, language)
        self._rebuild()

    def _toggle_split(self) -> None:
        self.view.split_clitics = not self.view.split_clitics
        self.settings.setValue("split_clitics", self.view.split_clitics)

    def show_cheat_sheet(self) -> None:
        CheatSheet(self).show()

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search)
        self.search.query.setFocus()
        self.search.query.selectAll()

    def _recent(self) -> list[str]:
        value = self.settings.value("recent_projects", [])
        return [str(v) for v in (value if isinstance(value, list) else [value] if value else [])]

    def _open_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open project"), "", self.tr("Projects (*.annot);;All files (*)")
        )
        if path:
            self._switch_project(path)

    def _new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), "", self.tr("Projects (*.annot)"))
        if path:
            try:
                Project.create(path).close()
            except (ProjectFileError, ProjectError) as exc:
                QMessageBox.warning(self, self.tr("New project"), str(exc))
                return
            self._switch_project(path)

    def _switch_project(self, path: str) -> None:
        from annotator.ui.app import open_project_window

        window = open_project_window(path, self.settings, parent_for_dialogs=self)
        if window is not None:
            window.show()
            self.close()

    def _import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import documents"), "", self.tr("Text, JSONL, CSV (*.txt *.jsonl *.csv)")
        )
        if not paths:
            return
        try:
            report = self.project.import_paths(paths)
        except (ProjectError, ProjectFileError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Import"), str(exc))
            return
        problems = "\n".join(str(p) for p in report.problems[:20])
        QMessageBox.information(
            self, self.tr("Import"), report.summary() + ("\n\n" + problems if problems else "")
        )
        self._apply_changes(Changes(documents=True))

    def _save_copy(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), "", self.tr("Projects (*.annot)"))
        if path:
            try:
                self.project.save_copy(path)
            except ProjectFileError as exc:
                QMessageBox.warning(self, self.tr("Save a copy"), str(exc))

    def _file_problem(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Critical, self.tr("The project file has a problem"), message, parent=self
        )
        save = box.addButton(self.tr("Save a copy…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setModal(True)
        box.open()
        box.buttonClicked.connect(lambda button: self._save_copy() if button is save else None)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._record_time()
        self.project.close()
        super().closeEvent(event)

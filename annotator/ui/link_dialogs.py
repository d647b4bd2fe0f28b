"""Linking across documents: one entity id for mentions of one real-world entity, and one event
cluster (a story) for reports of one real-world event.

Both dialogs show what the core suggests (normalised, clitic-aware matches; shared arguments)
as a checkable list, and apply the whole choice as ONE operation through the main window's
`run(method, *args)`, so one undo takes it back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import Changes
from annotator.core.project import Project
from annotator.core.project_links import EventSuggestion, suggested_key
from annotator.ui.display import isolate

Run = Callable[..., Changes | None]
"""The main window's runner: `run(method, *args) -> Changes | None` (None: refused, message shown)."""

ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
"""The entity or event id of a list item."""


def _checked_ids(widget: QListWidget) -> list[int]:
    return [
        int(widget.item(i).data(ID_ROLE))
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def _set_all(widget: QListWidget, checked: bool) -> None:
    state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
    for i in range(widget.count()):
        widget.item(i).setCheckState(state)


def _check_item(text: str, item_id: int, checked: bool) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setData(ID_ROLE, item_id)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
    return item


class _CheckList(QWidget):
    """A checkable list with "Check all" / "Check none" under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.check_all = QPushButton(self.tr("Check all"), self)
        self.check_none = QPushButton(self.tr("Check none"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_all)
        buttons.addWidget(self.check_none)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.check_all.clicked.connect(lambda: _set_all(self.list, True))
        self.check_none.clicked.connect(lambda: _set_all(self.list, False))


class _LinkDialog(QDialog):
    """What the two link dialogs share: run the change as one operation, and close on success."""

    changes: Changes | None
    _run: Run

    def _apply(self, method: Callable[..., Changes], *args: object) -> None:
        changes = self._run(method, *args)
        if changes is not None:
            self.changes = changes
            super().accept()


class EntityLinkDialog(_LinkDialog):
    """Give a mention and the matching mentions of other documents one entity id (or unlink it).

    `changes` holds what the accepted operation changed (None when nothing was run).
    """

    def __init__(
        self,
        project: Project,
        layer: str,
        entity_id: int,
        run: Run,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._project = project
        self._layer = layer
        self._entity = project.entity(entity_id)
        self._run = run
        self._language = language
        self._titles: dict[int, str] = {}
        self.changes = None
        entity = self._entity
        text = project.mention_texts([entity])[entity.id]
        schema = project.schema
        label = (
            schema.label(entity.label).names.in_language(language)
            if schema.has_label(entity.label)
            else entity.label
        )
        self.setWindowTitle(self.tr("Link to an entity id"))

        self.mention = QLabel(
            self.tr("%1 (%2) in %3")
            .replace("%1", isolate(text))
            .replace("%2", isolate(label))
            .replace("%3", isolate(self._title(entity.doc_id))),
            self,
        )
        self.mention.setWordWrap(True)
        self.current = QLabel(
            self.tr("Current entity id: %1").replace("%1", isolate(entity.kb_id))
            if entity.kb_id
            else self.tr("Not linked yet"),
            self,
        )
        self.key_edit = QLineEdit(entity.kb_id or suggested_key(text, entity.label), self)
        current_title = project.link_title(layer, "entity", entity.kb_id) if entity.kb_id else ""
        self._current_title = current_title if current_title != entity.kb_id else ""
        self.title_edit = QLineEdit(self._current_title or ("" if entity.kb_id else text), self)
        self.title_edit.setPlaceholderText(self.tr("A readable name for the entity"))
        form = QFormLayout()
        form.addRow(self.tr("Mention:"), self.mention)
        form.addRow("", self.current)
        form.addRow(self.tr("Entity id:"), self.key_edit)
        form.addRow(self.tr("Title:"), self.title_edit)

        suggestions = project.entity_link_suggestions(layer, entity.id)
        self._suggested = {s.entity.id: s.entity for s in suggestions}
        self.suggestion_box = _CheckList(self)
        self.suggestions = self.suggestion_box.list
        for suggestion in suggestions:
            doc_title = suggestion.doc_title or self._title(suggestion.entity.doc_id)
            shown = f"{isolate(suggestion.text)} — {isolate(doc_title)}"
            if suggestion.entity.kb_id:
                shown += " · " + self.tr("now %1").replace("%1", isolate(suggestion.entity.kb_id))
            self.suggestions.addItem(_check_item(shown, suggestion.entity.id, True))
        suggestions_group = QGroupBox(self.tr("Matching mentions in other documents"), self)
        QVBoxLayout(suggestions_group).addWidget(self.suggestion_box)
        if not suggestions:
            self.suggestions.addItem(self.tr("No matching mentions"))
            self.suggestions.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

        self.linked = QListWidget(self)
        self.linked_group = QGroupBox(self.tr("Already linked with this id"), self)
        QVBoxLayout(self.linked_group).addWidget(self.linked)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        self.unlink_button = self.buttons.addButton(self.tr("Unlink"), QDialogButtonBox.ButtonRole.ActionRole)
        self.unlink_button.setEnabled(bool(entity.kb_id))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(suggestions_group, 2)
        layout.addWidget(self.linked_group, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.unlink_button.clicked.connect(self.unlink)
        self.key_edit.textChanged.connect(lambda _t: self._show_linked())
        self._show_linked()
        self.resize(560, 520)

    def _title(self, doc_id: int) -> str:
        if doc_id not in self._titles:
            title = self._project.document(doc_id).title
            self._titles[doc_id] = title or self.tr("Document %1").replace("%1", str(doc_id))
        return self._titles[doc_id]

    def _show_linked(self) -> None:
        self.linked.clear()
        key = self.key_edit.text().strip()
        mentions = self._project.mentions_of(self._layer, key) if key else []
        texts = self._project.mention_texts(mentions)
        for mention in mentions:
            item = QListWidgetItem(f"{isolate(texts[mention.id])} — {isolate(self._title(mention.doc_id))}")
            item.setData(ID_ROLE, mention.id)
            self.linked.addItem(item)
        self.linked_group.setTitle(
            self.tr("Already linked with this id: %n mention(s)", "", len(mentions))
            if mentions
            else self.tr("No mentions have this id yet")
        )

    def checked_ids(self) -> list[int]:
        """The suggested mentions that will get the id along with this one."""
        return _checked_ids(self.suggestions)

    def accept(self) -> None:
        key = self.key_edit.text().strip()
        if not key:
            self.message.setText(self.tr("Type an entity id."))
            return
        ids = [self._entity.id, *self.checked_ids()]
        title = self.title_edit.text().strip()
        kb_ids = [self._entity.kb_id, *(self._suggested[i].kb_id for i in ids[1:] if i in self._suggested)]
        if all(k == key for k in kb_ids) and title == self._current_title:
            super().accept()  # nothing to change
            return
        self._apply(self._project.link_entities, self._layer, ids, key, title)

    def unlink(self) -> None:
        """Take this mention's entity id away (the other mentions keep theirs)."""
        self._apply(self._project.link_entities, self._layer, [self._entity.id], None)


class EventClusterDialog(_LinkDialog):
    """Put an event and the reports of it in other documents into one story (event cluster).

    `changes` holds what the accepted operation changed (None when nothing was run).
    """

    def __init__(
        self,
        project: Project,
        layer: str,
        event_id: int,
        run: Run,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._project = project
        self._layer = layer
        self._event = project.event(event_id)
        self._run = run
        self._language = language
        self.changes = None
        event = self._event
        schema = project.schema
        document = project.document(event.doc_id)
        trigger = document.text[event.start : event.end]
        type_name = (
            schema.event_type(event.type).names.in_language(language)
            if schema.has_event_type(event.type)
            else event.type
        )
        self.setWindowTitle(self.tr("Link to story"))

        self.event_label = QLabel(
            self.tr("%1 “%2” in %3")
            .replace("%1", isolate(type_name))
            .replace("%2", isolate(trigger))
            .replace("%3", isolate(document.title or self.tr("Document %1").replace("%1", str(document.id)))),
            self,
        )
        self.event_label.setWordWrap(True)

        self._groups = {g.key: g for g in project.event_clusters(layer)}
        self.cluster_combo = QComboBox(self)
        self.cluster_combo.addItem(self.tr("New story…"), None)
        for group in self._groups.values():
            documents = self.tr("%n document(s)", "", group.documents)
            self.cluster_combo.addItem(f"{isolate(group.title)} · {documents}", group.key)
        self.key_edit = QLineEdit(self)
        self.key_edit.setPlaceholderText(self.tr("A short name, e.g. idlib-2020-02-27"))
        self._new_key = self._unused_key(
            f"{event.type}-{document.date[:10]}" if document.date else event.type
        )
        self.key_edit.setText(self._new_key)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("What happened, in a few words"))
        form = QFormLayout()
        form.addRow(self.tr("Event:"), self.event_label)
        form.addRow(self.tr("Story:"), self.cluster_combo)
        form.addRow(self.tr("Story name:"), self.key_edit)
        form.addRow(self.tr("Title:"), self.title_edit)

        suggestions = project.event_cluster_suggestions(layer, event.id)
        self.suggestion_box = _CheckList(self)
        self.suggestions = self.suggestion_box.list
        for suggestion in suggestions:
            parts = [f"{isolate(suggestion.trigger)} — {isolate(suggestion.doc_title)}"]
            reasons = []
            if suggestion.shared_arguments:
                reasons.append(self.tr("%n shared argument(s)", "", suggestion.shared_arguments))
            if suggestion.same_trigger:
                reasons.append(self.tr("same trigger word"))
            if suggestion.same_date:
                reasons.append(self.tr("same date"))
            if reasons:
                parts.append("، ".join(reasons) if self._language == "ar" else ", ".join(reasons))
            parts.append(self.tr("score %1").replace("%1", str(suggestion.score)))
            if suggestion.event.cluster:
                title = (
                    self._groups[suggestion.event.cluster].title
                    if suggestion.event.cluster in self._groups
                    else ""
                )
                parts.append(self.tr("now in %1").replace("%1", isolate(title or suggestion.event.cluster)))
            self.suggestions.addItem(
                _check_item(" · ".join(parts), suggestion.event.id, suggestion.score >= 2)
            )
        suggestions_group = QGroupBox(self.tr("Reports of the same kind of event in other documents"), self)
        QVBoxLayout(suggestions_group).addWidget(self.suggestion_box)
        if not suggestions:
            self.suggestions.addItem(self.tr("No other events of this type"))
            self.suggestions.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        self.remove_button = self.buttons.addButton(
            self.tr("Remove from story"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.remove_button.setEnabled(bool(event.cluster))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(suggestions_group, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.remove_button.clicked.connect(self.remove_from_story)
        self.cluster_combo.currentIndexChanged.connect(lambda _i: self._cluster_chosen())
        initial = self._initial_cluster(suggestions)
        self.cluster_combo.setCurrentIndex(max(0, self.cluster_combo.findData(initial)) if initial else 0)
        self._cluster_chosen()
        self.resize(600, 480)

    def _initial_cluster(self, suggestions: list[EventSuggestion]) -> str | None:
        """The event's story; else the story of the best checked suggestion; else a new one."""
        if self._event.cluster:
            return self._event.cluster
        for suggestion in suggestions:
            if suggestion.score >= 2 and suggestion.event.cluster:
                return str(suggestion.event.cluster)
        return None

    def _unused_key(self, base: str) -> str:
        key, n = base, 1
        while key in self._groups:
            n += 1
            key = f"{base}-{n}"
        return key

    def _cluster_chosen(self) -> None:
        key = self.cluster_combo.currentData()
        new = key is None
        self.key_edit.setEnabled(new)
        if new:
            self.key_edit.setText(self._new_key)
            self.title_edit.setText("")
        else:
            self.key_edit.setText(str(key))
            title = self._groups[key].title
            self.title_edit.setText(title if title != key else "")

    def cluster_key(self) -> str:
        """The story the events will join: the chosen one, or the new name typed."""
        key = self.cluster_combo.currentData()
        return str(key) if key is not None else self.key_edit.text().strip()

    def checked_ids(self) -> list[int]:
        """The suggested events that will join the story along with this one."""
        return _checked_ids(self.suggestions)

    def accept(self) -> None:
        key = self.cluster_key()
        if not key:
            self.message.setText(self.tr("Type a name for the new story."))
            return
        if self.cluster_combo.currentData() is None and key in self._groups:
            self.message.setText(
                self.tr("There is a story called %1 already: choose it in the list.").replace(
                    "%1", isolate(key)
                )
            )
            return
        title = self.title_edit.text().strip()
        if key in self._groups and title == self._groups[key].title:
            title = ""  # unchanged: no renaming
        ids = [self._event.id, *self.checked_ids()]
        if not title and all(self._project.event(i).cluster == key for i in ids):
            super().accept()  # nothing to change
            return
        self._apply(self._project.set_event_cluster, self._layer, ids, key, title)

    def remove_from_story(self) -> None:
        """Take this event out of its story (the other reports stay in it)."""
        self._apply(self._project.set_event_cluster, self._layer, [self._event.id], None)

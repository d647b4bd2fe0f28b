"""The workspace's cross-document tools and schema editor, opened from the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from annotator.core.project import Project
from annotator.ui.link_dialogs import EntityLinkDialog
from annotator.ui.schema_editor import SchemaEditor
from annotator.ui.story_view import StoryDialog

REPORTS = [
    ("مقتل 33 جنديا في إدلب", "وكالة أ", "2020-02-28"),
    ("مقتل 34 جندياً في ادلب", "صحيفة ب", "2020-02-29"),
]


def _reports(project: Project) -> list[tuple[int, int, int]]:
    """(doc id, event id, place entity id) of two reports of one event, put in one story."""
    made = []
    for text, outlet, date in REPORTS:
        doc_id, _ = project.add_document(text, title=text, source=outlet, date=date)
        victims = project.add_entity("amal", doc_id, 5, text.index(" في"), "NUM").created_ids[0]
        place = project.add_entity("amal", doc_id, text.index("في ") + 3, len(text), "GPE").created_ids[0]
        event = project.add_event("amal", doc_id, 0, 4, "Life.Die", arguments=[("Victim", victims)])
        made.append((doc_id, event.created_ids[0], place))
    project.set_event_cluster("amal", [e for _, e, _ in made], "idlib", "إدلب")
    return made


def test_the_story_view_opens_on_the_current_events_story_and_leads_to_a_document(
    qtbot, ui_project, open_window
):
    (first, event, _), (second, _, _) = _reports(ui_project)
    window = open_window(ui_project)
    window.open_document(first)
    window.set_mode("events")
    window.event_panel.select_event(event)
    qtbot.keyClick(
        window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = window.last_dialog
    assert isinstance(dialog, StoryDialog)
    assert dialog.view.current_cluster() == "idlib"
    assert [row.outlet for row in dialog.view.story().rows] == ["وكالة أ", "صحيفة ب"]
    dialog.view.request_document(1)
    assert window.doc_id == second


def test_ctrl_l_links_the_selected_place_with_its_other_spelling(qtbot, ui_project, open_window):
    (first, _, place), (_, _, other_place) = _reports(ui_project)
    window = open_window(ui_project)
    window.open_document(first)
    window.view.select_span(place)
    qtbot.keyClick(window.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = window.last_dialog
    assert isinstance(dialog, EntityLinkDialog)
    dialog.accept()
    assert ui_project.entity(place).kb_id is not None
    assert ui_project.entity(other_place).kb_id == ui_project.entity(place).kb_id


def test_a_schema_edit_rebuilds_the_palette_and_keeps_the_document(qtbot, ui_project, open_window):
    (first, _, _), _ = _reports(ui_project)
    window = open_window(ui_project)
    window.open_document(first)
    window.edit_schema()
    editor = window.last_dialog
    assert isinstance(editor, SchemaEditor)
    table = editor.labels_table
    table.item(table.row_of("GPE"), table.column_of("en")).setText("Country or city")
    assert editor.apply()
    assert ui_project.schema.label("GPE").names.en == "Country or city"
    assert "Country or city" in window.palette_widget.button("GPE").text()
    assert window.doc_id == first
    window.undo()
    assert "Geopolitical entity" in window.palette_widget.button("GPE").text()
    if isinstance(editor, QDialog):
        editor.close()

"""The schema editor driven like a user would: edit cells, press buttons; asserts on the stored schema."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from annotator.core.model import Changes
from annotator.core.project import Project, ProjectError
from annotator.ui.schema_editor import SchemaEditor
from annotator.ui.schema_tables import ItemTable

TEXT = "قال الجيش التركي إن 33 جنديا قتلوا في غارة على إدلب بصواريخ روسية."


def run(method: Any, *args: Any, **kwargs: Any) -> Changes | None:
    return method(*args, **kwargs)


@pytest.fixture
def doc(ui_project: Project) -> int:
    doc_id, _ = ui_project.add_document(TEXT, title="خبر", source="s", date="2020-02-28")
    return doc_id


@pytest.fixture
def editor(qtbot, ui_project: Project) -> SchemaEditor:  # type: ignore[no-untyped-def]
    dialog = SchemaEditor(ui_project, "ali", run, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def select(table: ItemTable, key: str) -> int:
    row = table.row_of(key)
    table.setCurrentCell(row, 0)
    return row


def type_into_cell(qtbot, table: ItemTable, row: int, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    """Open the cell's editor as F2 would, replace its text and press Enter."""
    table.setFocus()
    table.setCurrentCell(row, table.column_of(field))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    line.selectAll()
    if text.isascii():
        qtbot.keyClicks(line, text)
    else:  # QTest types ASCII only; insert() is what an input method does
        line.insert(text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_editing_an_english_name_and_applying_stores_it(
    qtbot, editor: SchemaEditor, ui_project: Project, doc: int
) -> None:  # type: ignore[no-untyped-def]
    entity = ui_project.add_entity("ali", doc, *span("إدلب"), "GPE").created_ids[0]
    editor.refresh()
    row = select(editor.labels_table, "GPE")

    type_into_cell(qtbot, editor.labels_table, row, "en", "Country or city")
    assert ui_project.schema.label("GPE").names.en == "Geopolitical entity"  # nothing saved before Apply
    click(qtbot, editor.apply_button)

    assert ui_project.schema.label("GPE").names.en == "Country or city"
    assert ui_project.entity(entity).label == "GPE"
    assert ui_project.undo_status("ali").undo == "edit schema"
    assert "saved" in editor.message.text()


def test_the_key_of_a_stored_label_cannot_be_edited(editor: SchemaEditor) -> None:
    row = editor.labels_table.row_of("GPE")
    cell = editor.labels_table.item(row, editor.labels_table.column_of("key"))
    assert cell is not None
    assert not cell.flags() & Qt.ItemFlag.ItemIsEditable


def test_deleting_a_label_in_use_is_refused_with_the_count(
    qtbot, editor: SchemaEditor, ui_project: Project, doc: int
) -> None:  # type: ignore[no-untyped-def]
    ui_project.add_entity("ali", doc, *span("بصواريخ"), "WEA")
    ui_project.add_entity("sara", doc, *span("بصواريخ"), "WEA")
    editor.refresh()
    before = ui_project.schema
    offers: list[str] = []
    editor.ask_merge_target = lambda key, prompt, choices: offers.append(prompt) and None
    select(editor.labels_table, "WEA")

    assert editor.labels_table.delete_button is not None
    click(qtbot, editor.labels_table.delete_button)

    assert "WEA is used by 2 entities" in editor.message.text()
    assert offers and "WEA is used by 2 entities" in offers[0] and "Merge" in offers[0]
    assert any(item["key"] == "WEA" for item in editor.labels_table.schema_items())
    click(qtbot, editor.apply_button)
    assert ui_project.schema == before
    assert ui_project.undo_status("ali").undo == "add WEA"


def test_deleting_an_unused_label_then_applying_removes_it(
    qtbot, editor: SchemaEditor, ui_project: Project
) -> None:  # type: ignore[no-untyped-def]
    select(editor.labels_table, "FAC")
    assert editor.labels_table.delete_button is not None
    click(qtbot, editor.labels_table.delete_button)
    click(qtbot, editor.apply_button)

    assert not ui_project.schema.has_label("FAC")
    assert not ui_project.schema.role_accepts("Conflict.Attack", "Place", "FAC")


def test_merging_via_the_dialog_relabels_the_entities(
    qtbot, editor: SchemaEditor, ui_project: Project, doc: int
) -> None:  # type: ignore[no-untyped-def]
    ali = ui_project.add_entity("ali", doc, *span("بصواريخ"), "WEA").created_ids[0]
    sara = ui_project.add_entity("sara", doc, *span("بصواريخ"), "WEA").created_ids[0]
    editor.refresh()
    asked: list[list[tuple[str, str]]] = []

    def choose(key: str, prompt: str, choices: list[tuple[str, str]]) -> str:
        asked.append(choices)
        return "VEH"

    editor.ask_merge_target = choose
    select(editor.labels_table, "WEA")
    click(qtbot, editor.merge_button)

    assert ("VEH", "Vehicle") in asked[0] and all(key != "WEA" for key, _ in asked[0])
    assert ui_project.entity(ali).label == "VEH"
    assert ui_project.entity(sara).label == "VEH"
    assert not ui_project.schema.has_label("WEA")
    assert all(item["key"] != "WEA" for item in editor.labels_table.schema_items())
    assert "2 entities" in editor.message.text()


def test_a_refused_delete_can_become_a_merge(
    qtbot, editor: SchemaEditor, ui_project: Project, doc: int
) -> None:  # type: ignore[no-untyped-def]
    entity = ui_project.add_entity("ali", doc, *span("بصواريخ"), "WEA").created_ids[0]
    editor.refresh()
    editor.ask_merge_target = lambda key, prompt, choices: "VEH"
    select(editor.labels_table, "WEA")
    assert editor.labels_table.delete_button is not None
    click(qtbot, editor.labels_table.delete_button)

    assert ui_project.entity(entity).label == "VEH"
    assert not ui_project.schema.has_label("WEA")
    ui_project.undo("ali")
    assert ui_project.entity(entity).label == "WEA"


def test_a_refused_merge_is_shown_in_the_dialog(
    qtbot, editor: SchemaEditor, ui_project: Project, doc: int
) -> None:  # type: ignore[no-untyped-def]
    victims = ui_project.add_entity("ali", doc, *span("33 جنديا"), "NUM").created_ids[0]
    ui_project.add_event("ali", doc, *span("قتلوا"), "Life.Die", arguments=[("Victim", victims)])
    editor.refresh()
    editor.ask_merge_target = lambda key, prompt, choices: "GPE"
    select(editor.labels_table, "NUM")
    click(qtbot, editor.merge_button)

    assert "role Victim of Life.Die does not accept GPE" in editor.message.text()
    assert ui_project.entity(victims).label == "NUM"


def test_a_duplicate_shortcut_is_shown_and_nothing_is_saved(
    qtbot, editor: SchemaEditor, ui_project: Project
) -> None:  # type: ignore[no-untyped-def]
    before = ui_project.schema
    row = select(editor.labels_table, "ORG")
    type_into_cell(qtbot, editor.labels_table, row, "shortcut", "1")
    click(qtbot, editor.apply_button)

    assert 'shortcut "1" is already used by entity label PER' in editor.message.text()
    assert ui_project.schema == before


def test_a_new_label_is_added_with_its_names_and_colour(
    qtbot, editor: SchemaEditor, ui_project: Project
) -> None:  # type: ignore[no-untyped-def]
    editor.pick_color = lambda current: "#123ABC"
    assert editor.labels_table.add_button is not None
    click(qtbot, editor.labels_table.add_button)
    table = editor.labels_table
    row = table.currentRow()
    editor_line = QApplication.focusWidget()  # Add opens the new key for editing
    assert isinstance(editor_line, QLineEdit)
    editor_line.selectAll()
    qtbot.keyClicks(editor_line, "MONEY")
    qtbot.keyClick(editor_line, Qt.Key.Key_Return)
    type_into_cell(qtbot, table, row, "ar", "مال")
    type_into_cell(qtbot, table, row, "en", "Money")
    click(qtbot, table.cellWidget(row, table.column_of("color")))
    click(qtbot, editor.apply_button)

    label = ui_project.schema.label("MONEY")
    assert (label.names.ar, label.names.en, label.color) == ("مال", "Money", "#123abc")
    assert label.shortcut not in {
        other.shortcut for other in ui_project.schema.labels if other.key != "MONEY"
    }


def test_a_new_label_without_names_is_refused_naming_the_field(
    qtbot, editor: SchemaEditor, ui_project: Project
) -> None:  # type: ignore[no-untyped-def]
    before = ui_project.schema
    assert editor.labels_table.add_button is not None
    click(qtbot, editor.labels_table.add_button)
    click(qtbot, editor.apply_button)
    assert "labels.NEW.ar" in editor.message.text()
    assert ui_project.schema == before


def test_a_role_can_be_made_required_and_get_another_label(
    qtbot, editor: SchemaEditor, ui_project: Project
) -> None:  # type: ignore[no-untyped-def]
    select(editor.types_table, "Life.Die")
    roles = editor.roles_table
    row = roles.row_of("Place")
    cell = roles.item(row, roles.column_of("required"))
    assert cell is not None
    cell.setCheckState(Qt.CheckState.Checked)
    type_into_cell(qtbot, roles, row, "labels", "GPE, LOC, FAC، NORP")
    click(qtbot, editor.apply_button)

    place = ui_project.schema.role("Life.Die", "Place")
    assert place.required
    assert place.labels == ("GPE", "LOC", "FAC", "NORP")


def test_deleting_a_role_in_use_is_refused_with_the_count(
    qtbot, editor: SchemaEditor, ui_project: Project, doc: int
) -> None:  # type: ignore[no-untyped-def]
    victims = ui_project.add_entity("ali", doc, *span("33 جنديا"), "NUM").created_ids[0]
    ui_project.add_event("ali", doc, *span("قتلوا"), "Life.Die", arguments=[("Victim", victims)])
    editor.refresh()
    select(editor.types_table, "Life.Die")
    select(editor.roles_table, "Victim")
    assert editor.roles_table.delete_button is not None
    click(qtbot, editor.roles_table.delete_button)

    assert "Victim is used by 1 argument" in editor.message.text()
    assert any(role["key"] == "Victim" for role in editor.roles_table.schema_items())


def test_an_event_type_attribute_can_be_unchecked(qtbot, editor: SchemaEditor, ui_project: Project) -> None:  # type: ignore[no-untyped-def]
    select(editor.types_table, "Contact.Meet")
    tense = next(
        editor.type_attributes.item(i)
        for i in range(editor.type_attributes.count())
        if editor.type_attributes.item(i).data(Qt.ItemDataRole.UserRole) == "tense"
    )
    tense.setCheckState(Qt.CheckState.Unchecked)
    click(qtbot, editor.apply_button)
    assert ui_project.schema.event_type("Contact.Meet").attributes == ("polarity", "modality", "realis")


def test_closing_without_applying_saves_nothing(qtbot, editor: SchemaEditor, ui_project: Project) -> None:  # type: ignore[no-untyped-def]
    before = ui_project.schema
    row = select(editor.polarities_table, "favor")
    type_into_cell(qtbot, editor.polarities_table, row, "en", "Supportive")
    click(qtbot, editor.close_button)
    assert not editor.isVisible()
    assert ui_project.schema == before


def test_export_then_import_through_the_dialog(
    qtbot, editor: SchemaEditor, ui_project: Project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "schema.yaml"
    editor.ask_save_path = lambda: str(path)
    click(qtbot, editor.export_button)
    assert "Exported" in editor.message.text()

    path.write_text(path.read_text(encoding="utf-8").replace("en: Weapon", "en: Arms"), encoding="utf-8")
    editor.ask_open_path = lambda: str(path)
    click(qtbot, editor.import_button)
    assert ui_project.schema.label("WEA").names.en == "Arms"
    row = editor.labels_table.row_of("WEA")
    cell = editor.labels_table.item(row, editor.labels_table.column_of("en"))
    assert cell is not None and cell.text() == "Arms"


def test_a_bad_schema_file_is_shown_with_its_line(
    qtbot, editor: SchemaEditor, ui_project: Project, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.yaml"
    path.write_text("version: 1\nname: [\n", encoding="utf-8")
    before = ui_project.schema
    editor.ask_open_path = lambda: str(path)
    click(qtbot, editor.import_button)
    assert "bad.yaml" in editor.message.text() and "line" in editor.message.text()
    assert ui_project.schema == before


def test_arabic_names_are_edited_right_to_left(qtbot, editor: SchemaEditor) -> None:  # type: ignore[no-untyped-def]
    row = select(editor.labels_table, "PER")
    editor.labels_table.setFocus()
    editor.labels_table.setCurrentCell(row, editor.labels_table.column_of("ar"))
    qtbot.keyClick(editor.labels_table, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    assert line.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert line.text() == "شخص"


def test_a_refusal_the_main_window_catches_is_still_shown_in_the_dialog(
    qtbot, ui_project: Project, doc: int
) -> None:  # type: ignore[no-untyped-def]
    status_bar: list[str] = []

    def window_run(method: Any, *args: Any) -> Changes | None:  # like MainWindow.run
        try:
            return method(*args)  # type: ignore[no-any-return]
        except ProjectError as exc:
            status_bar.append(str(exc))
            return None

    victims = ui_project.add_entity("ali", doc, *span("33 جنديا"), "NUM").created_ids[0]
    ui_project.add_event("ali", doc, *span("قتلوا"), "Life.Die", arguments=[("Victim", victims)])
    dialog = SchemaEditor(ui_project, "ali", window_run, "ar")
    qtbot.addWidget(dialog)
    dialog.ask_merge_target = lambda key, prompt, choices: "GPE"
    select(dialog.labels_table, "NUM")
    dialog.merge_button.click()

    assert status_bar and "does not accept GPE" in status_bar[0]
    assert dialog.message.text() == status_bar[0]
    assert ui_project.entity(victims).label == "NUM"

"""The workspace driven like an annotator would: mouse, keys, menus; asserts on the stored state."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialog

from annotator.core.model import DocStatus
from annotator.core.project import Project
from annotator.ui.document_view import BIDI_MARK
from annotator.ui.main_window import MainWindow

TEXT = (
    "قال مسؤول لتركيا إن حلف شمال الأطلسي يدعم أنقرة.\n"
    "واشترت أنقرة منظومة S-400 بدلا من مقاتلات إف-35 في عام 2019.\n"
    "وقال وزير الدفاع التركي إن القوات سترد."
)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    project = Project.create(tmp_path / "w.annot")
    project.add_document(TEXT, title="خبر")
    win = make_window(qtbot, project, tmp_path)
    yield win
    win.close()


def make_window(qtbot, project: Project, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(project, "ali", settings)
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def stored(win: MainWindow) -> list[tuple[str, str]]:
    assert win.doc_id is not None
    text = win.project.document(win.doc_id).text
    return [(text[e.start : e.end], e.label) for e in win.project.entities(win.doc_id, "ali")]


def inside(win: MainWindow, offset: int, edge: str) -> QPoint:
    """A point inside the character at `offset`, near its logical start or end edge (Arabic: right/left)."""
    (rect,) = win.view.range_rects(offset, offset + 1)[:1]
    x = rect.right() - 1.5 if edge == "start" else rect.left() + 1.5
    return QPoint(round(x), round(rect.center().y()))


def drag(qtbot, win: MainWindow, start: int, end: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    viewport = win.view.viewport()
    a, b = inside(win, start, "start"), inside(win, end - 1, "end")
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, a)
    qtbot.mouseMove(viewport, b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, b)


def key(qtbot, win: MainWindow, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(win.view, k, modifier)


def test_dragging_over_the_stem_of_li_turkey_and_pressing_3_stores_turkey_as_gpe(
    qtbot, window: MainWindow
) -> None:
    start = TEXT.index("تركيا")
    drag(qtbot, window, start, start + 5)
    key(qtbot, window, "3")
    (entity,) = window.project.entities(window.doc_id, "ali")
    assert (entity.start, entity.end, entity.label) == (start, start + 5, "GPE")


def test_dragging_over_the_whole_word_takes_the_preposition_off_when_the_stem_is_known(
    qtbot, tmp_path: Path
) -> None:
    text = "قالت تركيا إن الدعم لتركيا مستمر"
    project = Project.create(tmp_path / "c.annot")
    project.add_document(text)
    win = make_window(qtbot, project, tmp_path)
    start = text.index("لتركيا")
    drag(qtbot, win, start, start + 6)
    key(qtbot, win, "3")
    assert stored(win) == [("تركيا", "GPE")]
    win.close()


def test_ctrl_k_takes_the_preposition_off_a_whole_word_selection(qtbot, window: MainWindow) -> None:
    start = TEXT.index("لتركيا")
    drag(qtbot, window, start, start + 6)
    assert window.view.selection() == (start, start + 6)  # nothing else says ل is a clitic here
    key(qtbot, window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, "3")
    assert stored(window) == [("تركيا", "GPE")]


def test_alt_drag_selects_a_partial_word_exactly(qtbot, window: MainWindow) -> None:
    start = TEXT.index("مسؤول") + 1  # سؤو
    drag(qtbot, window, start, start + 3, Qt.KeyboardModifier.AltModifier)
    key(qtbot, window, "4")
    (entity,) = window.project.entities(window.doc_id, "ali")
    assert (entity.start, entity.end) == (start, start + 3)


def test_a_partial_drag_over_s400_and_f35_takes_the_whole_names(qtbot, window: MainWindow) -> None:
    s400 = TEXT.index("S-400")
    drag(qtbot, window, s400 + 2, s400 + 4)
    key(qtbot, window, "7")
    f35 = TEXT.index("إف-35")
    drag(qtbot, window, f35, f35 + 2)
    key(qtbot, window, "8")
    assert stored(window) == [("S-400", "WEA"), ("إف-35", "VEH")]


def test_keyboard_selects_words_and_labels_them(qtbot, window: MainWindow) -> None:
    for _ in range(5):
        key(qtbot, window, Qt.Key.Key_Left)  # forward in right-to-left text: the 5th word
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, window, "2")
    assert stored(window) == [("حلف شمال الأطلسي", "ORG")]


def test_tab_selects_an_entity_and_a_label_key_relabels_it(qtbot, window: MainWindow) -> None:
    start = TEXT.index("أنقرة")
    window.project.add_entity("ali", window.doc_id, start, start + 5, "LOC")
    window.open_document(window.doc_id)
    key(qtbot, window, Qt.Key.Key_Tab)
    key(qtbot, window, "3")
    assert stored(window) == [("أنقرة", "GPE")]
    assert window.undo_action.text() == "Undo relabel as GPE"


def test_entity_edges_grow_and_shrink_by_word_and_by_character(qtbot, window: MainWindow) -> None:
    start = TEXT.index("حلف")
    window.project.add_entity("ali", window.doc_id, start, start + 3, "ORG")
    window.open_document(window.doc_id)
    key(qtbot, window, Qt.Key.Key_Tab)
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert stored(window) == [("حلف شمال الأطلسي", "ORG")]
    key(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert stored(window) == [("حلف شمال الأطلس", "ORG")]
    key(
        qtbot,
        window,
        Qt.Key.Key_Left,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert stored(window) == [("شمال الأطلس", "ORG")]


def test_delete_removes_the_selected_entity_and_undo_brings_it_back(qtbot, window: MainWindow) -> None:
    start = TEXT.index("أنقرة")
    window.project.add_entity("ali", window.doc_id, start, start + 5, "GPE")
    window.open_document(window.doc_id)
    key(qtbot, window, Qt.Key.Key_Tab)
    key(qtbot, window, Qt.Key.Key_Delete)
    assert stored(window) == []
    assert window.undo_action.text() == "Undo delete GPE"
    window.undo_action.trigger()
    assert stored(window) == [("أنقرة", "GPE")]
    assert len(window.view.spans()) == 1


def test_undo_and_redo_from_the_edit_menu_survive_reopening(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    start = TEXT.index("أنقرة")
    drag(qtbot, window, start, start + 5)
    key(qtbot, window, "3")
    assert window.undo_action.text() == "Undo add GPE"
    path = window.project.path
    window.close()
    reopened = make_window(qtbot, Project.open(path), tmp_path)
    assert reopened.undo_action.text() == "Undo add GPE"
    reopened.undo_action.trigger()
    assert stored(reopened) == [] and reopened.view.spans() == []
    assert reopened.redo_action.text() == "Redo add GPE"
    reopened.redo_action.trigger()
    assert stored(reopened) == [("أنقرة", "GPE")]
    reopened.close()


def test_nested_entities_are_both_stored_and_drawn_inside_each_other(qtbot, window: MainWindow) -> None:
    outer = TEXT.index("وزير الدفاع التركي")
    drag(qtbot, window, outer, outer + 18)
    key(qtbot, window, "1")
    inner = TEXT.index("التركي")
    drag(qtbot, window, inner, inner + 6)
    key(qtbot, window, "6")
    assert stored(window) == [("وزير الدفاع التركي", "PER"), ("التركي", "NORP")]
    outer_id, inner_id = (s.id for s in window.view.spans())
    (outer_rect,) = window.view.span_rects(outer_id)
    (inner_rect,) = window.view.span_rects(inner_id)
    assert outer_rect.contains(inner_rect.center())


def test_emoji_before_a_span_still_stores_code_point_offsets(qtbot, tmp_path: Path) -> None:
    text = "🇹🇷😀 قالت تركيا اليوم"
    project = Project.create(tmp_path / "e.annot")
    project.add_document(text)
    win = make_window(qtbot, project, tmp_path)
    start = text.index("تركيا")
    drag(qtbot, win, start, start + 5)
    key(qtbot, win, "3")
    (entity,) = project.entities(win.doc_id, "ali")
    assert (entity.start, entity.end) == (start, start + 5)
    assert text[entity.start : entity.end] == "تركيا"
    win.close()


def test_search_and_annotate_all_is_one_undo_step(qtbot, window: MainWindow) -> None:
    window.search.query.setText("انقره")  # no hamza, heh for teh marbuta: still finds أنقرة
    window.search.run()
    assert len(window.search.matches()) == 2
    window.search.label.setCurrentIndex(window.search.label.findData("GPE"))

    def accept_preview() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        dialog.accept()

    QTimer.singleShot(50, accept_preview)
    window.search.annotate.click()
    assert stored(window) == [("أنقرة", "GPE"), ("أنقرة", "GPE")]
    window.undo_action.trigger()
    assert stored(window) == []


def test_mark_done_and_next_document(qtbot, window: MainWindow) -> None:
    second, _ = window.project.add_document("خبر ثان عن موسكو", title="ثان")
    window.done_action.trigger()
    assert window.project.status(1, "ali") is DocStatus.DONE
    window.next_document()
    assert window.doc_id == second


def test_switching_to_arabic_mirrors_the_layout_and_translates_menus(qtbot, window: MainWindow) -> None:
    window.set_language("ar")
    try:
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        titles = [a.text() for a in window.menuBar().actions()]
        assert "&ملف" in titles
    finally:
        window.set_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_bidi_override_characters_are_shown_as_marks_not_obeyed(qtbot, tmp_path: Path) -> None:
    text = "قال \u202eمسؤول\u202c إن"
    project = Project.create(tmp_path / "b.annot")
    project.add_document(text)
    win = make_window(qtbot, project, tmp_path)
    shown = win.view.toPlainText()
    assert shown[4] == BIDI_MARK and shown[10] == BIDI_MARK
    assert project.document(1).text == text
    win.close()


def test_the_entity_panel_relabels_and_sets_attributes_in_place(qtbot, window: MainWindow) -> None:
    start = TEXT.index("أنقرة")
    window.project.add_entity("ali", window.doc_id, start, start + 5, "LOC")
    window.open_document(window.doc_id)
    for column, value in ((1, "GPE"), (2, "NAM")):
        index = window.panel.entity_model.index(0, column)
        window.panel.edit(index)  # the in-place editor: a combo box of the schema's choices
        editor = window.panel.indexWidget(index) or window.panel.focusWidget()
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(value))
        editor.activated.emit(editor.currentIndex())
    (entity,) = window.project.entities(window.doc_id, "ali")
    assert (entity.label, entity.attributes) == ("GPE", {"mention_type": "NAM"})


def test_clicking_an_entity_in_the_panel_selects_it_in_the_view(qtbot, window: MainWindow) -> None:
    start = TEXT.index("أنقرة")
    entity_id = window.project.add_entity("ali", window.doc_id, start, start + 5, "GPE").created_ids[0]
    window.open_document(window.doc_id)
    window.panel.selectRow(0)
    assert window.view.selected_span() == entity_id


def test_a_project_file_deleted_while_open_says_so_and_offers_a_copy(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    start = TEXT.index("أنقرة")
    drag(qtbot, window, start, start + 5)
    key(qtbot, window, "3")
    window.project.path.unlink()
    drag(qtbot, window, 0, 3)
    key(qtbot, window, "1")
    assert window.saved_label.text() == "NOT SAVED"
    box = QApplication.activeModalWidget()
    assert box is not None and "deleted or replaced while open" in box.text()
    box.close()
    window.project.save_copy(tmp_path / "rescued.annot")
    with Project.open(tmp_path / "rescued.annot") as rescued:
        assert [(e.start, e.label) for e in rescued.entities(1, "ali")] == [(start, "GPE")]


def test_a_second_window_on_the_same_project_opens_it_read_only(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from annotator.ui.app import open_project_window

    settings = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    settings.setValue("annotators/" + str(window.project.path.resolve()).replace("/", "|"), "mona")

    def say_yes() -> None:
        box = QApplication.activeModalWidget()
        assert box is not None and "open in another annotator instance" in box.text()
        box.button(box.StandardButton.Yes).click()

    QTimer.singleShot(50, say_yes)
    second = open_project_window(window.project.path, settings)
    assert second is not None and second.project.readonly
    qtbot.addWidget(second)
    assert second.saved_label.text() == "Read-only"
    second.close()


def test_page_down_scrolls_a_long_document(qtbot, tmp_path: Path) -> None:
    project = Project.create(tmp_path / "long.annot")
    project.add_document("\n".join(f"الفقرة رقم {i} عن تركيا وروسيا." for i in range(300)))
    win = make_window(qtbot, project, tmp_path)
    bar = win.view.verticalScrollBar()
    key(qtbot, win, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    key(qtbot, win, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0
    win.close()

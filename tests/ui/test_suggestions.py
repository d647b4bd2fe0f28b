"""Pre-annotations in the workspace: a "model" layer's entities accepted or rejected span by span."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, Qt

TEXT = "قالت وزارة الدفاع التركية إن 33 جنديا قتلوا في إدلب يوم الخميس، وردت أنقرة."


def _span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def _setup(ui_project, open_window):  # type: ignore[no-untyped-def]
    """A document with four model suggestions, one of them already in amal's layer."""
    doc_id, _ = ui_project.add_document(TEXT, title="خبر")
    ui_project.add_entities(
        "model",
        doc_id,
        [
            (*_span("وزارة الدفاع التركية"), "ORG"),
            (*_span("33 جنديا"), "NUM"),
            (*_span("إدلب"), "GPE"),
            (*_span("أنقرة"), "GPE"),
        ],
    )
    ui_project.add_entity("amal", doc_id, *_span("أنقرة"), "GPE")  # already hers: not suggested
    window = open_window(ui_project)
    window.open_document(doc_id)
    window.suggestions.set_source("model")
    return doc_id, window


def _mine(project, doc_id: int) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(TEXT[e.start : e.end], e.label) for e in project.entities(doc_id, "amal")]


def _suggested(window) -> list[str]:  # type: ignore[no-untyped-def]
    return [TEXT[e.start : e.end] for e in window.suggestions.suggestions()]


def test_the_combo_lists_layers_with_entities_and_counts_the_document_s_suggestions(
    qtbot, ui_project, open_window
) -> None:
    _doc_id, window = _setup(ui_project, open_window)
    bar = window.suggestions
    combo = bar.source
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "model"]
    assert bar.source_layer() == "model"
    assert bar.count_label.text().startswith("3 ")
    assert _suggested(window) == ["وزارة الدفاع التركية", "33 جنديا", "إدلب"]
    # Drawn as suggestion marks (dashed, no fill) in Entities mode only.
    assert [m.kind for m in window.view.marks()] == ["suggestion"] * 3
    window.set_mode("events")
    assert window.view.marks() == []
    window.set_mode("entities")
    assert len(window.view.marks()) == 3
    # The choice is remembered for this project.
    settings = QSettings(window.settings.fileName(), QSettings.Format.IniFormat)
    assert "model" in [settings.value(k) for k in settings.allKeys() if k.startswith("suggestion_source")]
    window._rebuild()  # a new language or schema builds the bar again: the choice stays
    assert window.suggestions is not bar
    assert window.suggestions.source_layer() == "model"
    assert len(window.view.marks()) == 3


def test_f7_then_enter_accepts_and_selects_the_next_one(qtbot, ui_project, open_window) -> None:
    doc_id, window = _setup(ui_project, open_window)
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_F7)
    current = window.suggestions.current()
    assert current is not None and TEXT[slice(*ui_project.entity(current).span)] == "وزارة الدفاع التركية"
    assert "وزارة الدفاع التركية" in window.suggestions.current_label.text()
    assert [m.selected for m in view.marks()] == [True, False, False]

    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert ("وزارة الدفاع التركية", "ORG") in _mine(ui_project, doc_id)
    assert _suggested(window) == ["33 جنديا", "إدلب"]
    assert window.suggestions.count_label.text().startswith("2 ")
    assert window.panel.entity_model.rowCount() == 2
    # The next suggestion is selected: Enter again accepts it.
    assert TEXT[slice(*ui_project.entity(window.suggestions.current()).span)] == "33 جنديا"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert ("33 جنديا", "NUM") in _mine(ui_project, doc_id)
    assert window.undo_action.text() == "Undo accept NUM"

    # Shift+F7 steps backwards (wrapping).
    qtbot.keyClick(view, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert TEXT[slice(*ui_project.entity(window.suggestions.current()).span)] == "إدلب"


def test_delete_rejects_and_ctrl_z_brings_it_back(qtbot, ui_project, open_window) -> None:
    doc_id, window = _setup(ui_project, open_window)
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_F7)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert _suggested(window) == ["33 جنديا", "إدلب"]
    assert "وزارة الدفاع التركية" not in [t for t, _ in _mine(ui_project, doc_id)]
    assert "وزارة الدفاع التركية" not in [
        TEXT[e.start : e.end] for e in ui_project.suggestions(doc_id, "amal", "model")
    ]
    assert window.suggestions.count_label.text().startswith("2 ")

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _suggested(window) == ["وزارة الدفاع التركية", "33 جنديا", "إدلب"]
    assert window.suggestions.count_label.text().startswith("3 ")
    assert len(window.view.marks()) == 3

    # Undo of an accept: the entity leaves amal's layer and the suggestion is back.
    qtbot.keyClick(view, Qt.Key.Key_F7)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert len(_mine(ui_project, doc_id)) == 2
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _mine(ui_project, doc_id) == [("أنقرة", "GPE")]
    assert len(_suggested(window)) == 3
    window.redo()  # accepted again
    assert len(_mine(ui_project, doc_id)) == 2
    assert len(_suggested(window)) == 2


def test_accept_all_is_one_undo_step(qtbot, ui_project, open_window) -> None:
    doc_id, window = _setup(ui_project, open_window)
    qtbot.mouseClick(window.suggestions.accept_all_button, Qt.MouseButton.LeftButton)
    assert sorted(_mine(ui_project, doc_id)) == sorted(
        [("وزارة الدفاع التركية", "ORG"), ("33 جنديا", "NUM"), ("إدلب", "GPE"), ("أنقرة", "GPE")]
    )
    assert window.suggestions.count_label.text().startswith("0 ")
    assert window.view.marks() == []
    assert len(window.view.spans()) == 4
    assert not window.suggestions.accept_all_button.isEnabled()
    window.undo()
    assert _mine(ui_project, doc_id) == [("أنقرة", "GPE")]
    assert window.suggestions.count_label.text().startswith("3 ")


def test_the_buttons_accept_and_reject_the_current_suggestion(qtbot, ui_project, open_window) -> None:
    doc_id, window = _setup(ui_project, open_window)
    bar = window.suggestions
    assert not bar.accept_button.isEnabled()
    window.suggestions.step(True)
    assert bar.accept_button.isEnabled()
    qtbot.mouseClick(bar.reject_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.accept_button, Qt.MouseButton.LeftButton)
    assert _mine(ui_project, doc_id) == [("33 جنديا", "NUM"), ("أنقرة", "GPE")]
    assert _suggested(window) == ["إدلب"]


def test_clicking_a_suggestion_selects_it(qtbot, ui_project, open_window) -> None:
    doc_id, window = _setup(ui_project, open_window)
    view = window.view
    (rect, *_) = view.range_rects(*_span("إدلب"))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(round(rect.center().x()), round(rect.center().y())),
    )
    assert TEXT[slice(*ui_project.entity(window.suggestions.current()).span)] == "إدلب"
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert ("إدلب", "GPE") in _mine(ui_project, doc_id)


def test_enter_and_delete_keep_their_meaning_without_a_selected_suggestion(
    qtbot, ui_project, open_window
) -> None:
    doc_id, window = _setup(ui_project, open_window)
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_F7)
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # an entity of amal's replaces the selected suggestion
    assert window.suggestions.current() is None
    assert view.selected_span() is not None
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Entities mode: Enter does nothing to entities
    assert _mine(ui_project, doc_id) == [("أنقرة", "GPE")]
    assert len(_suggested(window)) == 3
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # deletes the selected entity
    assert _mine(ui_project, doc_id) == []
    # أنقرة is now a suggestion again: amal's layer no longer has it.
    assert _suggested(window)[-1] == "أنقرة"

    # Events mode: Enter on an entity still offers its roles in the current event.
    victims = ui_project.add_entity("amal", doc_id, *_span("33 جنديا"), "NUM").created_ids[0]
    window.open_document(doc_id)
    window.set_mode("events")
    view.set_selection(_span("قتلوا"))
    qtbot.keyClick(view, "d")  # Life.Die
    view.select_span(victims)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    menu = window.event_panel.last_menu
    assert menu is not None and "Victim" in [a.data() for a in menu.actions()]
    menu.close()


def test_no_source_means_no_suggestions(qtbot, ui_project, open_window) -> None:
    _doc_id, window = _setup(ui_project, open_window)
    window.suggestions.set_source(None)
    assert window.view.marks() == []
    assert window.suggestions.count_label.text() == ""
    qtbot.keyClick(window.view, Qt.Key.Key_F7)
    assert window.suggestions.current() is None
    assert "Suggestions from" in window.statusBar().currentMessage()

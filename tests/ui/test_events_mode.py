"""Events mode of the workspace, driven by keys and clicks; assertions on the stored project."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

TEXT = "قالت وزارة الدفاع إن 33 جنديا قتلوا في إدلب يوم الخميس."


def _span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def _choose_role(menu: QMenu | None, role: str) -> None:
    assert menu is not None
    action = next(a for a in menu.actions() if a.data() == role)
    assert action.isEnabled()
    action.trigger()
    menu.close()


def test_an_event_gets_a_trigger_and_two_arguments_from_the_keyboard(qtbot, ui_project, open_window):
    doc_id, _ = ui_project.add_document(TEXT, title="خبر", source="وكالة", date="2020-02-28")
    window = open_window(ui_project)
    victims = ui_project.add_entity("amal", doc_id, *_span("33 جنديا"), "NUM").created_ids[0]
    window.open_document(doc_id)
    window.set_mode("events")
    view = window.view

    view.set_selection(_span("قتلوا"))
    qtbot.keyClick(view, "d")  # Life.Die
    (event,) = ui_project.events(doc_id, "amal")
    assert (event.type, event.span) == ("Life.Die", _span("قتلوا"))
    assert window.event_panel.current_event() == event.id
    assert "Victim" in " ".join(ui_project.event_problems(event))

    view.select_span(victims)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    _choose_role(window.event_panel.last_menu, "Victim")

    # A place made on the spot: select it, press its label's digit, choose the role.
    view.set_selection(_span("إدلب"))
    qtbot.keyClick(view, "3")  # GPE
    _choose_role(window.event_panel.last_menu, "Place")

    event = ui_project.event(event.id)
    roles = {a.role: ui_project.entity(a.entity_id).span for a in event.arguments if a.entity_id}
    assert roles == {"Victim": _span("33 جنديا"), "Place": _span("إدلب")}
    assert ui_project.event_problems(event) == []
    # The view draws the trigger, and links to both arguments of the current event.
    assert [m.id for m in view.marks() if m.kind == "trigger"] == [event.id]
    assert view.current_mark() == ("trigger", event.id)

    window.undo()
    assert [a.role for a in ui_project.event(event.id).arguments] == ["Victim"]
    assert window.event_panel.tree.topLevelItem(0).childCount() == 1


def test_roles_offered_are_those_that_take_the_entitys_label(qtbot, ui_project, open_window):
    doc_id, _ = ui_project.add_document(TEXT, title="خبر", source="وكالة", date="2020-02-28")
    window = open_window(ui_project)
    date = ui_project.add_entity("amal", doc_id, *_span("الخميس"), "DATE").created_ids[0]
    event_id = ui_project.add_event("amal", doc_id, *_span("قتلوا"), "Life.Die").created_ids[0]
    window.open_document(doc_id)
    window.set_mode("events")
    window.event_panel.select_event(event_id)
    assert [key for key, _, _ in window.event_panel.valid_roles(date)] == ["Time"]


def test_clicking_a_trigger_selects_its_event_and_delete_removes_it(qtbot, ui_project, open_window):
    doc_id, _ = ui_project.add_document(TEXT, title="خبر", source="وكالة", date="2020-02-28")
    window = open_window(ui_project)
    event_id = ui_project.add_event("amal", doc_id, *_span("قتلوا"), "Life.Die").created_ids[0]
    window.open_document(doc_id)
    rects = window.view.range_rects(*_span("قتلوا"))
    assert rects
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rects[0].center().toPoint())
    assert window.mode() == "events"
    assert window.event_panel.current_event() == event_id
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert ui_project.events(doc_id, "amal") == []
    window.undo()
    assert [e.id for e in ui_project.events(doc_id, "amal")] == [event_id]


def test_a_statement_takes_an_attack_as_its_topic_from_the_panel(qtbot, ui_project, open_window):
    doc_id, _ = ui_project.add_document(TEXT, title="خبر", source="وكالة", date="2020-02-28")
    window = open_window(ui_project)
    said = ui_project.add_event("amal", doc_id, *_span("قالت"), "Contact.Broadcast").created_ids[0]
    ui_project.add_event("amal", doc_id, *_span("قتلوا"), "Life.Die")
    window.open_document(doc_id)
    window.set_mode("events")
    window.event_panel.select_event(said)
    menu = window.event_panel.show_event_argument_menu()
    assert menu is not None and len(menu.actions()) == 1
    menu.actions()[0].trigger()
    (argument,) = ui_project.event(said).arguments
    assert argument.role == "Topic" and argument.event_id is not None


def test_changing_an_attribute_in_the_panel_is_stored(qtbot, ui_project, open_window):
    doc_id, _ = ui_project.add_document(TEXT, title="خبر", source="وكالة", date="2020-02-28")
    window = open_window(ui_project)
    event_id = ui_project.add_event("amal", doc_id, *_span("قتلوا"), "Life.Die").created_ids[0]
    window.open_document(doc_id)
    window.set_mode("events")
    window.event_panel.select_event(event_id)
    form = window.event_panel.attribute_form
    combos = [form.itemAt(i, form.ItemRole.FieldRole).widget() for i in range(form.rowCount())]
    polarity = combos[0]
    polarity.setCurrentIndex(polarity.findData("negative"))
    assert ui_project.event(event_id).attributes["polarity"] == "negative"


def test_f6_steps_through_the_events_and_wraps_around(qtbot, ui_project, open_window):
    doc_id, _ = ui_project.add_document(TEXT, title="خبر")
    said = ui_project.add_event("amal", doc_id, *_span("قالت"), "Contact.Broadcast").created_ids[0]
    died = ui_project.add_event("amal", doc_id, *_span("قتلوا"), "Life.Die").created_ids[0]
    window = open_window(ui_project)
    window.set_mode("events")
    seen = []
    for modifier in (None, None, None, "shift"):
        if modifier:
            qtbot.keyClick(window.view, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(window.view, Qt.Key.Key_F6)
        seen.append(window.event_panel.current_event())
    assert seen == [said, died, said, died]

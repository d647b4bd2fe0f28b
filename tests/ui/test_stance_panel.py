"""The Stances tab driven like an annotator would; asserts on the stored stances."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from annotator.core.model import Span
from annotator.core.project import Project
from annotator.ui.stance_panel import (
    EVIDENCE,
    HOLDER,
    POLARITY,
    SCOPE,
    TARGET,
    StanceDialog,
    StancePanel,
)

LAYER = "ali"
TEXT = (
    "قال أردوغان إن العملية العسكرية في إدلب ستستمر.\n"
    "وأضاف: «لن نتراجع عن حماية حدودنا».\n"
    "وانتقدت موسكو الخطوة التركية."
)
OPERATION = "turkish_operation_idlib"
NATO = "nato_support_for_turkey"


def span_of(part: str) -> Span:
    start = TEXT.index(part)
    return (start, start + len(part))


def run(method: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """The window's runner without the window: call the project method."""
    return method(*args, **kwargs)


class Setup:
    def __init__(self, project: Project, panel: StancePanel, doc_id: int) -> None:
        self.project = project
        self.panel = panel
        self.doc_id = doc_id
        self.selection: Span | None = None
        panel.selection_provider = lambda: self.selection

    def stored(self) -> list[Any]:
        return self.project.stances(self.doc_id, LAYER)


def make(qtbot: QtBot, project: Project, language: str = "en") -> Setup:
    doc_id, _ = project.add_document(TEXT, title="خبر", source="الجزيرة", date="2020-02-28")
    for part, label in (("أردوغان", "PER"), ("موسكو", "GPE")):
        start, end = span_of(part)
        project.add_entity(LAYER, doc_id, start, end, label)
    panel = StancePanel(project, LAYER, run, language=language)
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_document(doc_id, TEXT)
    return Setup(project, panel, doc_id)


@pytest.fixture
def setup(qtbot: QtBot, ui_project: Project) -> Setup:
    return make(qtbot, ui_project)


def entity_id(s: Setup, part: str) -> int:
    start, _ = span_of(part)
    return next(e.id for e in s.project.entities(s.doc_id, LAYER) if e.start == start)


def rows(panel: StancePanel) -> list[list[str]]:
    tree = panel.tree
    return [
        [item.text(c) for c in range(tree.columnCount())]
        for item in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
        if item is not None
    ]


def test_new_stance_gets_two_evidence_spans_and_undo_takes_the_second_back(setup: Setup) -> None:
    erdogan = entity_id(setup, "أردوغان")
    dialog = setup.panel.new_stance_dialog()
    assert isinstance(dialog, StanceDialog)
    dialog.select_holder(erdogan)
    dialog.select_target(OPERATION)
    dialog.select_polarity("against")
    dialog.accept()

    (stance,) = setup.stored()
    assert (stance.holder_entity_id, stance.target, stance.polarity) == (erdogan, OPERATION, "against")
    assert stance.scope is None and stance.evidence == ()
    assert setup.panel.current_stance() == stance.id

    first, second = span_of("العملية العسكرية في إدلب ستستمر"), span_of("لن نتراجع عن حماية حدودنا")
    setup.selection = first
    setup.panel.tree.setFocus()
    QApplication.processEvents()
    QTest.keyClick(setup.panel.tree, Qt.Key.Key_E)
    setup.selection = second
    setup.panel.evidence_button.click()

    (stance,) = setup.stored()
    assert [e.span for e in stance.evidence] == [first, second]
    assert rows(setup.panel)[0][EVIDENCE] == "2"
    assert rows(setup.panel)[0][HOLDER] == "أردوغان · PER"

    setup.project.undo(LAYER)
    setup.panel.refresh()
    (stance,) = setup.stored()
    assert [e.span for e in stance.evidence] == [first]
    assert [span[1:3] for span in setup.panel.evidence_spans()] == [first]


def test_a_selection_when_creating_becomes_the_first_evidence_and_may_be_the_scope(setup: Setup) -> None:
    quote = span_of("لن نتراجع عن حماية حدودنا")
    setup.selection = quote
    dialog = setup.panel.new_stance_dialog()
    assert dialog is not None
    dialog.select_holder(entity_id(setup, "أردوغان"))
    dialog.select_target(entity_id=entity_id(setup, "موسكو"))
    dialog.select_polarity("favor")
    dialog.select_scope(quote)
    dialog.intensity.setCurrentIndex(dialog.intensity.findData(3))
    dialog.confidence.setValue(0.8)
    dialog.note.setText("اقتباس مباشر")
    dialog.accept()

    (stance,) = setup.stored()
    assert stance.target is None and stance.target_entity_id == entity_id(setup, "موسكو")
    assert stance.scope == quote
    assert [e.span for e in stance.evidence] == [quote]
    assert (stance.intensity, stance.confidence, stance.note) == (3, 0.8, "اقتباس مباشر")
    assert setup.panel.scope_spans() == [(stance.id, *quote, "favor")]
    assert rows(setup.panel)[0][SCOPE] == "“لن نتراجع عن حماية حدودنا”"
    assert rows(setup.panel)[0][TARGET] == "موسكو · GPE"


def test_cancelling_the_dialog_adds_nothing(setup: Setup) -> None:
    dialog = setup.panel.new_stance_dialog()
    assert dialog is not None
    dialog.select_polarity("against")
    dialog.reject()
    assert setup.stored() == []


def test_outlet_grid_sets_changes_and_clears_the_outlet_stance(qtbot: QtBot, setup: Setup) -> None:
    favor = setup.panel.outlet_buttons[(OPERATION, "favor")]
    against = setup.panel.outlet_buttons[(OPERATION, "against")]

    qtbot.mouseClick(favor, Qt.MouseButton.LeftButton)
    (stance,) = setup.stored()
    assert (stance.holder_entity_id, stance.scope, stance.target, stance.polarity) == (
        None,
        None,
        OPERATION,
        "favor",
    )
    assert favor.isChecked() and not against.isChecked()

    qtbot.mouseClick(against, Qt.MouseButton.LeftButton)
    (changed,) = setup.stored()
    assert (changed.id, changed.polarity) == (stance.id, "against")
    assert against.isChecked() and not favor.isChecked()

    qtbot.mouseClick(against, Qt.MouseButton.LeftButton)
    assert setup.stored() == []
    assert not against.isChecked()


def test_outlet_grid_shows_the_stored_outlet_stances(setup: Setup) -> None:
    setup.project.set_outlet_stance(LAYER, setup.doc_id, NATO, "neutral")
    setup.panel.refresh()
    checked = [key for key, button in setup.panel.outlet_buttons.items() if button.isChecked()]
    assert checked == [(NATO, "neutral")]


def test_delete_key_removes_the_current_stance_only(setup: Setup) -> None:
    keep = setup.project.add_stance(LAYER, setup.doc_id, "favor", target=NATO).created_ids[0]
    gone = setup.project.add_stance(LAYER, setup.doc_id, "against", target=OPERATION).created_ids[0]
    setup.panel.refresh()
    setup.panel.select_stance(gone)
    setup.panel.tree.setFocus()
    QTest.keyClick(setup.panel.tree, Qt.Key.Key_Delete)
    assert [s.id for s in setup.stored()] == [keep]
    assert setup.panel.current_stance() == keep


def test_delete_key_on_an_evidence_row_removes_only_that_evidence(setup: Setup) -> None:
    first, second = span_of("أردوغان"), span_of("موسكو")
    stance_id = setup.project.add_stance(
        LAYER, setup.doc_id, "against", target=OPERATION, evidence=[first, second]
    ).created_ids[0]
    setup.panel.refresh()
    top = setup.panel.tree.topLevelItem(0)
    assert top is not None and top.childCount() == 2
    setup.panel.tree.setCurrentItem(top.child(1))
    setup.panel.tree.setFocus()
    QTest.keyClick(setup.panel.tree, Qt.Key.Key_Delete)
    (stance,) = setup.stored()
    assert [e.span for e in stance.evidence] == [first]
    assert setup.panel.current_stance() == stance_id


def test_edit_dialog_changes_polarity_and_keeps_the_rest(qtbot: QtBot, setup: Setup) -> None:
    erdogan = entity_id(setup, "أردوغان")
    stance_id = setup.project.add_stance(
        LAYER, setup.doc_id, "favor", holder_entity_id=erdogan, target=OPERATION, intensity=2
    ).created_ids[0]
    setup.panel.refresh()
    setup.panel.select_stance(stance_id)
    setup.panel.tree.setFocus()
    QTest.keyClick(setup.panel.tree, Qt.Key.Key_F2)
    dialog = setup.panel.dialog
    assert dialog is not None and dialog.stance is not None and dialog.stance.id == stance_id
    assert dialog.values()["holder_entity_id"] == erdogan and dialog.values()["intensity"] == 2
    dialog.select_polarity("against")
    dialog.accept()

    (stance,) = setup.stored()
    assert (stance.polarity, stance.holder_entity_id, stance.target, stance.intensity) == (
        "against",
        erdogan,
        OPERATION,
        2,
    )
    assert rows(setup.panel)[0][POLARITY] == "Against"


def test_adding_evidence_without_a_stance_or_a_selection_says_why(qtbot: QtBot, setup: Setup) -> None:
    setup.selection = span_of("موسكو")
    with qtbot.waitSignal(setup.panel.message) as no_stance:
        setup.panel.evidence_button.click()
    setup.project.add_stance(LAYER, setup.doc_id, "against", target=OPERATION)
    setup.panel.refresh()
    setup.panel.select_stance(setup.stored()[0].id)
    setup.selection = None
    with qtbot.waitSignal(setup.panel.message) as no_selection:
        setup.panel.evidence_button.click()
    assert "stance" in no_stance.args[0] and "text" in no_selection.args[0]
    assert setup.stored()[0].evidence == ()


def test_choosing_rows_announces_the_stance_and_the_evidence_span(qtbot: QtBot, setup: Setup) -> None:
    evidence = span_of("لن نتراجع")
    stance_id = setup.project.add_stance(
        LAYER, setup.doc_id, "against", target=OPERATION, evidence=[evidence]
    ).created_ids[0]
    setup.panel.refresh()
    top = setup.panel.tree.topLevelItem(0)
    assert top is not None
    with qtbot.waitSignal(setup.panel.stance_selected) as chosen:
        setup.panel.tree.setCurrentItem(top)
    assert chosen.args == [stance_id]
    with qtbot.waitSignal(setup.panel.evidence_activated) as shown:
        setup.panel.tree.setCurrentItem(top.child(0))
    assert shown.args == list(evidence)
    with qtbot.waitSignal(setup.panel.stance_selected) as gone:
        setup.project.delete_stance(LAYER, stance_id)
        setup.panel.refresh()
    assert gone.args == [-1]


def test_arabic_shows_arabic_target_and_polarity_names(qtbot: QtBot, ui_project: Project) -> None:
    s = make(qtbot, ui_project, language="ar")
    s.project.add_stance(LAYER, s.doc_id, "against", target=OPERATION)
    s.panel.refresh()
    labels = [label.text() for label in s.panel.outlet_box.findChildren(QLabel)]
    assert "العملية العسكرية التركية في إدلب" in labels
    assert s.panel.outlet_buttons[(OPERATION, "favor")].text() == "مؤيد"
    assert rows(s.panel)[0][TARGET] == "العملية العسكرية التركية في إدلب"
    assert rows(s.panel)[0][POLARITY] == "معارض"
    dialog = s.panel.new_stance_dialog()
    assert dialog is not None
    assert dialog.target.itemText(0) == "العملية العسكرية التركية في إدلب"
    dialog.reject()


def test_switching_language_renames_the_targets(setup: Setup) -> None:
    setup.panel.set_language("ar")
    assert setup.panel.outlet_buttons[(NATO, "against")].text() == "معارض"
    setup.panel.set_language("en")
    assert setup.panel.outlet_buttons[(NATO, "against")].text() == "Against"


def test_insert_on_the_outlet_grid_opens_a_new_stance_dialog(qtbot: QtBot, setup: Setup) -> None:
    with qtbot.waitActive(setup.panel):
        setup.panel.activateWindow()
    button = setup.panel.outlet_buttons[(NATO, "favor")]
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Insert)
    dialog = setup.panel.dialog
    assert dialog is not None and dialog.stance is None
    dialog.select_target(NATO)
    dialog.accept()
    assert [(s.target, s.holder_entity_id) for s in setup.stored()] == [(NATO, None)]


def test_tab_goes_from_the_outlet_grid_to_the_list_to_the_buttons(qtbot: QtBot, ui_project: Project) -> None:
    doc_id, _ = ui_project.add_document(TEXT, title="خبر", source="الجزيرة", date="2020-02-28")
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    panel = StancePanel(ui_project, LAYER, run, host)
    layout.addWidget(panel)
    after = QLineEdit(host)  # a widget of the window after the panel
    layout.addWidget(after)
    panel.show_document(doc_id, TEXT)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    *_, last = panel.outlet_buttons.values()
    last.setFocus()
    QTest.keyClick(last, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.tree
    QTest.keyClick(panel.tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.new_button
    panel.tree.setFocus()
    QTest.keyClick(panel.tree, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is last
    panel.delete_button.setEnabled(True)
    panel.delete_button.setFocus()
    QTest.keyClick(panel.delete_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is after

"""The reviewer's window: step through the disagreements with the keyboard and decide gold.

Three annotators (amal, badr, chadi: keys 1, 2, 3) mark one short Arabic text: أنقرة unanimously,
إدلب GPE by two and LOC by one (a majority), الجمعة by two and not by chadi (a majority), and the
minister three ways (no majority). The tests read gold and its provenance from the project.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from annotator.core.model import GOLD_LAYER
from annotator.core.project import Project
from annotator.ui.review_window import ReviewWindow

TEXT = "قال وزير الخارجية التركي في أنقرة إن الهجوم على إدلب أوقع قتلى يوم الجمعة."


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


@pytest.fixture
def team(tmp_path: Path) -> Project:
    proj = Project.create(tmp_path / "team.annot")
    doc, _ = proj.add_document(TEXT, title="خبر")
    for name in ("amal", "badr", "chadi"):
        proj.add_entity(name, doc, *span("أنقرة"), "GPE")
    proj.add_entity("amal", doc, *span("إدلب"), "GPE")
    proj.add_entity("badr", doc, *span("إدلب"), "GPE")
    proj.add_entity("chadi", doc, *span("إدلب"), "LOC")
    proj.add_entity("amal", doc, *span("الجمعة"), "DATE")
    proj.add_entity("badr", doc, *span("الجمعة"), "DATE")
    proj.add_entity("amal", doc, *span("وزير الخارجية التركي"), "PER")
    proj.add_entity("badr", doc, *span("وزير الخارجية"), "PER")
    proj.add_entity("chadi", doc, *span("التركي"), "NORP")
    yield proj
    proj.close()


@pytest.fixture
def open_review(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    def open_(project: Project, language: str = "en") -> ReviewWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = ReviewWindow(project, "rana", settings, language=language)
        qtbot.addWidget(window)
        window.resize(1300, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.queue.view.setFocus()
        return window

    return open_


def quote(window: ReviewWindow) -> str:
    state = window.current()
    assert state is not None
    return TEXT[state.unit.start : state.unit.end]


def gold(project: Project) -> set[tuple[str, str]]:
    return {(TEXT[e.start : e.end], e.label) for e in project.entities(1, GOLD_LAYER)}


def provenance_of(project: Project, words: str) -> tuple[str, str]:
    (entity,) = [e for e in project.entities(1, GOLD_LAYER) if TEXT[e.start : e.end] == words]
    record = project.gold_provenance(1)[("entity", entity.id)]
    return record.decision, record.decided_by


def press(qtbot, window: ReviewWindow, key: Qt.Key | str, modifier=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def test_the_queue_lists_only_the_disagreements_with_progress(qtbot, team, open_review):
    window = open_review(team)
    assert [TEXT[s.unit.start : s.unit.end] for s in window.states()] == [
        "وزير الخارجية التركي",
        "إدلب",
        "الجمعة",
    ]
    assert window.queue.progress_label.text() == "0 of 3 decided"
    assert quote(window) == "وزير الخارجية التركي"
    # Every annotator's version is drawn in the text, each in its own colour and lane.
    versions = [m for m in window.view.marks() if m.kind == "version"]
    assert {(TEXT[m.start : m.end], m.color, m.lane) for m in versions} == {
        ("وزير الخارجية التركي", window.colors["amal"], 0),
        ("وزير الخارجية", window.colors["badr"], 1),
        ("التركي", window.colors["chadi"], 2),
    }
    assert len(set(window.colors.values())) == 3


def test_a_digit_accepts_that_annotators_version_and_moves_on(qtbot, team, open_review):
    window = open_review(team)
    press(qtbot, window, "2")  # badr
    assert gold(team) == {("وزير الخارجية", "PER")}
    assert provenance_of(team, "وزير الخارجية") == ("adjudicated", "rana")
    assert quote(window) == "إدلب"  # the next open unit
    assert window.queue.progress_label.text() == "1 of 3 decided"
    assert "adjudicated (by" in window.statusBar().currentMessage()
    assert "«\u2068وزير الخارجية\u2069»" in window.statusBar().currentMessage()


def test_m_takes_the_majority_and_r_rejects_with_a_record(qtbot, team, open_review):
    window = open_review(team)
    window.view.setFocus()  # keys work from the text view too
    press(qtbot, window, "j")
    assert quote(window) == "إدلب"
    press(qtbot, window, "m")
    assert ("إدلب", "GPE") in gold(team)
    assert provenance_of(team, "إدلب") == ("majority", "rana")
    assert quote(window) == "الجمعة"
    press(qtbot, window, "r")
    assert not any(words == "الجمعة" for words, _ in gold(team))
    decision = team.decisions(1)[("entity", f"entity:{span('الجمعة')[0]}-{span('الجمعة')[1]}")]
    assert (decision.decision, decision.decided_by) == ("rejected", "rana")
    assert quote(window) == "وزير الخارجية التركي"  # wrapped round to the one left open


def test_majority_is_off_where_no_version_has_one(qtbot, team, open_review):
    window = open_review(team)
    assert quote(window) == "وزير الخارجية التركي"
    assert not window.majority_action.isEnabled()
    press(qtbot, window, "m")
    assert gold(team) == set()
    assert "minority" not in window.versions.column_text("amal")
    assert "no majority (1 of 3)" in window.versions.column_text("amal")


def test_ctrl_z_undoes_the_last_decision_and_reopens_the_unit(qtbot, team, open_review):
    window = open_review(team)
    press(qtbot, window, "j")
    press(qtbot, window, "m")  # إدلب GPE into gold, on to الجمعة
    assert "Undo majority entity (rana)" in window.undo_action.text()
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert gold(team) == set()
    assert quote(window) == "إدلب"  # back on the unit it was about
    assert window.current() is not None and not window.current().decided
    assert window.queue.progress_label.text() == "0 of 3 decided"
    press(
        qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert ("إدلب", "GPE") in gold(team)


def test_j_and_k_step_through_the_queue_home_and_end_jump(qtbot, team, open_review):
    window = open_review(team)
    press(qtbot, window, "j")
    press(qtbot, window, "j")
    assert quote(window) == "الجمعة"
    press(qtbot, window, "k")
    assert quote(window) == "إدلب"
    press(qtbot, window, Qt.Key.Key_Home)
    assert quote(window) == "وزير الخارجية التركي"
    press(qtbot, window, Qt.Key.Key_End)
    assert quote(window) == "الجمعة"
    press(qtbot, window, Qt.Key.Key_Up)
    assert quote(window) == "إدلب"
    assert gold(team) == set()  # moving decides nothing


def test_digits_typed_in_the_queue_are_decisions_not_a_search(qtbot, team, open_review):
    window = open_review(team)
    press(qtbot, window, Qt.Key.Key_End)
    assert window.focusWidget() is window.queue.view
    press(qtbot, window, "1")  # amal's DATE on الجمعة
    assert gold(team) == {("الجمعة", "DATE")}


def test_merge_agreed_units_puts_the_unanimous_ones_into_gold(qtbot, team, open_review):
    window = open_review(team)
    qtbot.mouseClick(window.queue.merge_button, Qt.MouseButton.LeftButton)
    assert gold(team) == {("أنقرة", "GPE")}
    assert provenance_of(team, "أنقرة") == ("unanimous", "auto")
    assert "unanimous into gold: 1 entity units" in window.queue.report_label.text()
    window.queue.min_agree.setValue(2)
    qtbot.mouseClick(window.queue.merge_button, Qt.MouseButton.LeftButton)
    assert {("إدلب", "GPE"), ("الجمعة", "DATE")} <= gold(team)
    assert window.queue.progress_label.text() == "2 of 3 decided"


def test_open_only_filter_hides_decided_units_and_everything_shows_agreed_ones(qtbot, team, open_review):
    window = open_review(team)
    press(qtbot, window, "1")
    window.queue.set_filter("open")
    assert [TEXT[s.unit.start : s.unit.end] for s in window.states()] == ["إدلب", "الجمعة"]
    window.queue.set_filter("everything")
    assert "أنقرة" in [TEXT[s.unit.start : s.unit.end] for s in window.states()]


def test_edit_and_accept_changes_the_label_and_records_edited(qtbot, team, open_review):
    window = open_review(team)
    press(qtbot, window, "j")
    press(qtbot, window, "e")
    dialog = window.edit_dialog
    assert dialog is not None and dialog.isVisible()
    assert "amal, badr" in dialog.start_combo.currentText()  # starts from the majority
    (row,) = dialog.rows
    row.choose("FAC")
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert gold(team) == {("إدلب", "FAC")}
    assert provenance_of(team, "إدلب") == ("edited", "rana")
    assert quote(window) == "الجمعة"


def test_edit_takes_the_views_selection_as_the_span(qtbot, team, open_review):
    window = open_review(team)  # the minister, with no majority: starts from amal's version
    press(qtbot, window, "e")
    dialog = window.edit_dialog
    assert dialog is not None
    window.view.set_selection(span("وزير"))
    (row,) = dialog.rows
    assert row.use_selection()
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert gold(team) == {("وزير", "PER")}


def test_a_refused_edit_stays_in_the_dialog(qtbot, team, open_review):
    window = open_review(team)
    press(qtbot, window, "e")
    dialog = window.edit_dialog
    assert dialog is not None
    dialog.rows[0].item = dialog.rows[0].item.__class__(0, 10_000, "PER")  # outside the text
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert "not inside" in dialog.message.text()
    assert dialog.isVisible() and gold(team) == set()


def test_gold_now_column_shows_provenance(qtbot, team, open_review):
    window = open_review(team)
    press(qtbot, window, "3")  # chadi's NORP on التركي
    press(qtbot, window, Qt.Key.Key_Home)
    text = window.versions.column_text(GOLD_LAYER)
    assert "Nationality or group «\u2068التركي\u2069»" in text
    assert "adjudicated (by \u2068rana\u2069)" in text


def test_events_and_stances_units_show_their_versions(qtbot, tmp_path, open_review):
    proj = Project.create(tmp_path / "ev.annot")
    doc, _ = proj.add_document(TEXT, title="خبر")
    for name, event_type, polarity in (("amal", "Conflict.Attack", "against"), ("badr", "Life.Die", "favor")):
        idlib = proj.add_entity(name, doc, *span("إدلب"), "GPE").created_ids[0]
        proj.add_event(name, doc, *span("الهجوم"), event_type, arguments=[("Place", idlib)])
        proj.add_stance(name, doc, polarity, target="turkish_operation_idlib", evidence=[span("أوقع قتلى")])
    window = open_review(proj)
    kinds = [s.unit.kind for s in window.states()]
    assert kinds == ["event", "stance"]  # the entities agree: not in the queue
    event_text = window.versions.column_text("badr")
    assert "Death «\u2068الهجوم\u2069»" in event_text
    assert "Attack «\u2068الهجوم\u2069»" in window.versions.column_text("amal")
    assert "Place: «\u2068إدلب\u2069»" in event_text
    press(qtbot, window, "j")
    assert window.current() is not None and window.current().unit.kind == "stance"
    stance_text = window.versions.column_text("amal")
    assert "the outlet → Turkey's military operation in Idlib: Against" in stance_text
    assert "evidence: «\u2068أوقع قتلى\u2069»" in stance_text
    assert any(m.kind == "version" and TEXT[m.start : m.end] == "أوقع قتلى" for m in window.view.marks())
    press(qtbot, window, "2")
    (stance,) = proj.stances(doc, GOLD_LAYER)
    assert stance.polarity == "favor"
    proj.close()


def test_arabic_ui_mirrors_the_window(qtbot, team, open_review):
    window = open_review(team, language="ar")
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert isinstance(window.centralWidget(), QWidget)
    assert window.centralWidget().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert "شخص «\u2068وزير الخارجية\u2069»" in window.versions.column_text("badr")  # names in Arabic
    window.view.setFocus()
    press(qtbot, window, "2")
    assert ("وزير الخارجية", "PER") in gold(team)


def test_a_read_only_project_takes_no_decisions(qtbot, team, open_review):
    path = team.path
    team.close()
    readonly = Project.open(path, readonly=True)
    try:
        window = open_review(readonly)
        assert not window.reject_action.isEnabled()
        press(qtbot, window, "2")
        press(qtbot, window, "r")
        assert readonly.entities(1, GOLD_LAYER) == []
        assert "read-only" in window.statusBar().currentMessage()
    finally:
        readonly.close()

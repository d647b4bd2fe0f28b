"""Stances mode of the workspace: keys in the document view act on the current stance."""

from __future__ import annotations

from PySide6.QtCore import Qt

TEXT = "قال الأمين العام إن الحلف يقف مع تركيا. ودعا روسيا إلى وقف الهجمات فورا."


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def test_evidence_added_with_e_and_polarity_set_with_its_key(qtbot, ui_project, open_window):
    doc_id, _ = ui_project.add_document(TEXT, title="خبر")
    holder = ui_project.add_entity("amal", doc_id, *_span("الأمين العام"), "PER").created_ids[0]
    stance_id = ui_project.add_stance(
        "amal", doc_id, "favor", holder_entity_id=holder, target="nato_support_for_turkey"
    ).created_ids[0]
    window = open_window(ui_project)
    window.set_mode("stances")
    view = window.view
    qtbot.keyClick(view, Qt.Key.Key_F6)  # the first stance becomes the current one
    assert window.stance_panel.current_stance() == stance_id

    for words in ("يقف مع تركيا", "وقف الهجمات"):
        view.set_selection(_span(words))
        qtbot.keyClick(view, "e")
    qtbot.keyClick(view, "a")  # against

    stance = ui_project.stance(stance_id)
    assert [e.span for e in stance.evidence] == [_span("يقف مع تركيا"), _span("وقف الهجمات")]
    assert stance.polarity == "against"
    evidence_marks = [m for m in view.marks() if m.kind == "evidence"]
    assert len(evidence_marks) == 2 and all(m.selected for m in evidence_marks)

    window.undo()  # the polarity
    window.undo()  # the second evidence span
    stance = ui_project.stance(stance_id)
    assert stance.polarity == "favor" and [e.span for e in stance.evidence] == [_span("يقف مع تركيا")]
    assert len([m for m in view.marks() if m.kind == "evidence"]) == 1


def test_clicking_evidence_makes_its_stance_current(qtbot, ui_project, open_window):
    doc_id, _ = ui_project.add_document(TEXT, title="خبر")
    first = ui_project.add_stance("amal", doc_id, "favor", target="nato_support_for_turkey").created_ids[0]
    second = ui_project.add_stance(
        "amal", doc_id, "against", target="russian_role_in_syria", evidence=[_span("وقف الهجمات")]
    ).created_ids[0]
    window = open_window(ui_project)
    window.set_mode("stances")
    rects = window.view.range_rects(*_span("وقف الهجمات"))
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=rects[0].center().toPoint())
    assert window.stance_panel.current_stance() == second
    qtbot.keyClick(window.view, Qt.Key.Key_Delete)
    assert [s.id for s in ui_project.stances(doc_id, "amal")] == [first]


def test_evidence_is_drawn_only_in_stances_mode(qtbot, ui_project, open_window):
    doc_id, _ = ui_project.add_document(TEXT, title="خبر")
    ui_project.add_stance("amal", doc_id, "against", target="russian_role_in_syria", evidence=[(0, 3)])
    window = open_window(ui_project)
    assert [m.kind for m in window.view.marks()] == []
    window.set_mode("stances")
    assert [m.kind for m in window.view.marks()] == ["evidence"]

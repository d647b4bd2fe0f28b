"""The Team menu of the main window: the agreement dashboard leads to the document behind a figure,
and the reviewer's window opens on the same project, deciding as the window's user."""

from __future__ import annotations

from annotator.core.model import GOLD_LAYER
from annotator.core.project import Project

TEXT = "قصفت الطائرات مواقع قرب إدلب وأنقرة تحتج."


def build(project: Project) -> int:
    doc, _ = project.add_document(TEXT, title="قصف")
    idlib = TEXT.index("إدلب")
    for name, label in (("amal", "GPE"), ("badr", "LOC")):
        project.add_entity(name, doc, idlib, idlib + 4, label)
    return doc


def menu_action(window, title: str):  # type: ignore[no-untyped-def]
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == title:
                return action
    raise AssertionError(f"no menu item {title!r}")


def test_agreement_figure_opens_the_span_in_the_window(ui_project: Project, open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = build(ui_project)
    ui_project.add_document("نص آخر بلا توسيم.", title="آخر")
    window = open_window(ui_project, layer="rana")
    menu_action(window, "Agreement…").trigger()
    dashboard = window.last_dialog
    assert dashboard.isVisible()
    qtbot.waitUntil(lambda: dashboard.data is not None)  # computed on opening
    assert dashboard.data["entities"]["overall"]["exact_f1"] == 0.0
    idlib = TEXT.index("إدلب")
    dashboard.open_item.emit(doc, idlib, idlib + 4)
    assert window.doc_id == doc
    assert window.view.selection() == (idlib, idlib + 4)


def test_review_window_decides_as_the_windows_user(ui_project: Project, open_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    doc = build(ui_project)
    window = open_window(ui_project, layer="rana")
    menu_action(window, "Review and adjudicate…").trigger()
    review = window.last_dialog
    qtbot.waitExposed(review)
    review.accept_version("badr")
    (gold,) = ui_project.entities(doc, GOLD_LAYER)
    assert gold.label == "LOC"
    record = ui_project.gold_provenance(doc)[("entity", gold.id)]
    assert (record.decision, record.decided_by) == ("adjudicated", "rana")

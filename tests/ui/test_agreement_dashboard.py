"""The agreement dashboard on a real project with three annotators: figures, the confusion matrix
leading to its items, and double-clicks asking the main window to open an item or a document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from annotator.core.project import Project
from annotator.ui.agreement_dashboard import KEY_ROLE, AgreementDashboard

RAID = "قصفت الطائرات مدينة حلب صباح الأحد وقال الوزير إن الهجوم فشل."
TALKS = "التقى الرئيس وفد الأمم المتحدة في دمشق لبحث الهدنة."


def mark(project: Project, layer: str, doc: int, text: str, word: str, label: str) -> None:
    start = text.index(word)
    project.add_entity(layer, doc, start, start + len(word), label)


@pytest.fixture
def teams(tmp_path: Path) -> Iterator[Project]:
    """Two documents; three annotators mark the same mentions except that badr reads حلب as ORG;
    dina has a layer but no work yet."""
    project = Project.create(tmp_path / "teams.annot")
    raid, _ = project.add_document(RAID, title="غارة على حلب")
    talks, _ = project.add_document(TALKS, title="محادثات دمشق")
    for layer in ("amal", "badr", "chadi"):
        mark(project, layer, raid, RAID, "حلب", "ORG" if layer == "badr" else "GPE")
        mark(project, layer, raid, RAID, "الوزير", "PER")
        mark(project, layer, talks, TALKS, "الرئيس", "PER")
        mark(project, layer, talks, TALKS, "دمشق", "GPE")
    project.add_annotator("dina")
    yield project
    project.close()


def dashboard(qtbot, project: Project, language: str = "en") -> AgreementDashboard:  # type: ignore[no-untyped-def]
    widget = AgreementDashboard(project, language=language)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def row_texts(table: QTableWidget, column: int) -> list[str]:
    return [table.item(r, column).text() for r in range(table.rowCount())]


def click(qtbot, table: QTableWidget, row: int, column: int, double: bool = False) -> None:  # type: ignore[no-untyped-def]
    table.scrollToItem(table.item(row, column))
    center = table.visualItemRect(table.item(row, column)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)
    if double:  # a view takes a double click only on the index the first press landed on
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=center)


def test_annotators_with_work_are_checked_and_compute_shows_the_figures(qtbot, teams) -> None:  # type: ignore[no-untyped-def]
    widget = dashboard(qtbot, teams)
    assert {name: c.isChecked() for name, c in widget.checks.items()} == {
        "amal": True,
        "badr": True,
        "chadi": True,
        "dina": False,
    }
    qtbot.mouseClick(widget.compute_button, Qt.MouseButton.LeftButton)
    assert widget.data is not None and widget.data["annotators"] == ["amal", "badr", "chadi"]
    exact = widget.data["entities"]["overall"]["exact_f1"]
    assert 0 < exact < 1 and widget.figures["exact_f1"].text() == f"{exact:.4f}"
    assert row_texts(widget.pairs_table, 0) == ["amal", "amal", "badr"]
    assert widget.pairs_table.item(1, 5).text() == "1.0000"  # amal and chadi agree fully
    assert set(widget.canvases) >= {"labels", "pairs", "confusion", "documents"}
    assert widget.export_button.isEnabled()


def test_clicking_a_confusion_cell_lists_its_items(qtbot, teams) -> None:  # type: ignore[no-untyped-def]
    widget = dashboard(qtbot, teams)
    widget.compute()
    widget.tabs.setCurrentIndex(2)
    labels = widget.data["entities"]["confusion"]["labels"]
    rows = [
        widget.confusion_table.item(r, 0).data(KEY_ROLE) for r in range(widget.confusion_table.rowCount())
    ]
    click(qtbot, widget.confusion_table, rows.index("GPE"), 1 + labels.index("ORG"))
    assert widget.selected_cell == ("GPE", "ORG")
    assert widget.items_table.rowCount() == 1
    item = [widget.items_table.item(0, c).text() for c in range(widget.items_table.columnCount())]
    assert item == [
        "1",
        f"{RAID.index('حلب')}–{RAID.index('حلب') + 3}",
        "حلب",
        "amal",
        "Geopolitical entity",
        "badr",
        "Organization",
    ]


def test_a_diagonal_cell_says_the_annotators_agree(qtbot, teams) -> None:  # type: ignore[no-untyped-def]
    widget = dashboard(qtbot, teams)
    widget.compute()
    widget.tabs.setCurrentIndex(2)
    rows = [
        widget.confusion_table.item(r, 0).data(KEY_ROLE) for r in range(widget.confusion_table.rowCount())
    ]
    per = rows.index("PER")
    click(qtbot, widget.confusion_table, per, per + 1)
    assert widget.items_table.rowCount() == 0 and "agree" in widget.items_hint.text()


def test_double_clicking_an_item_asks_to_open_its_span(qtbot, teams) -> None:  # type: ignore[no-untyped-def]
    widget = dashboard(qtbot, teams)
    widget.compute()
    widget.tabs.setCurrentIndex(2)
    labels = widget.data["entities"]["confusion"]["labels"]
    rows = [
        widget.confusion_table.item(r, 0).data(KEY_ROLE) for r in range(widget.confusion_table.rowCount())
    ]
    click(qtbot, widget.confusion_table, rows.index("ORG"), 1 + labels.index("GPE"))  # badr against chadi
    assert row_texts(widget.items_table, 3) == ["badr"]
    with qtbot.waitSignal(widget.open_item) as signal:
        click(qtbot, widget.items_table, 0, 2, double=True)
    start = RAID.index("حلب")
    assert signal.args == [1, start, start + 3]


def test_documents_are_worst_first_and_double_clicking_one_opens_it(qtbot, teams) -> None:  # type: ignore[no-untyped-def]
    widget = dashboard(qtbot, teams)
    widget.compute()
    widget.tabs.setCurrentIndex(3)
    assert row_texts(widget.documents_table, 0) == ["1", "2"]  # the raid has the disagreement
    assert row_texts(widget.documents_table, 2)[1] == "1.0000"
    with qtbot.waitSignal(widget.open_item) as signal:
        click(qtbot, widget.documents_table, 1, 1, double=True)
    assert signal.args == [2, -1, -1]


def test_fewer_than_two_annotators_shows_why_and_keeps_the_last_figures(qtbot, teams) -> None:  # type: ignore[no-untyped-def]
    widget = dashboard(qtbot, teams)
    widget.checks["badr"].setChecked(False)
    widget.checks["chadi"].setChecked(False)
    assert widget.compute() is False
    assert "at least two annotators" in widget.message.text()
    assert widget.data is None and widget.figures["exact_f1"].text() == "—"


def test_export_html_writes_the_report(qtbot, teams, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    widget = dashboard(qtbot, teams)
    widget.compute()
    assert widget.export_html(str(tmp_path / "agreement.html"))
    page = (tmp_path / "agreement.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in page and "<td><bdi>حلب</bdi></td>" in page
    assert str(tmp_path / "agreement.html") in widget.message.text()


def test_the_arabic_dashboard_mirrors_and_names_labels_in_arabic(qtbot, teams) -> None:  # type: ignore[no-untyped-def]
    widget = dashboard(qtbot, teams, language="ar")
    widget.compute()
    assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert row_texts(widget.labels_table, 0) == ["شخص", "منظمة", "كيان جغرافي سياسي"]

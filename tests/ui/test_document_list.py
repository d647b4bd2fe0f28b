"""The document list: pages loaded as the annotator scrolls, filters, edits, opening, progress."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from annotator.core.model import Changes, DocStatus
from annotator.core.project import Project
from annotator.ui.document_list import (
    PAGE_SIZE,
    STATUS_ROLE,
    Column,
    DocumentListModel,
    DocumentListWidget,
)

LAYER = "ali"
OUTLETS = ("الجزيرة", "العربية", "بي بي سي عربي")
TOPICS = ("انتخابات", "اقتصاد", "رياضة", "صحة")
ROOT = QModelIndex()
NO_KEYS = Qt.KeyboardModifier.NoModifier


@pytest.fixture(scope="module")
def thousand_documents_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed project of 1,000 documents, built once per module; tests work on copies."""
    path = tmp_path_factory.mktemp("documents") / "thousand.annot"
    with Project.create(path) as project:
        for i in range(1000):
            project.add_document(
                f"نص الخبر رقم {i}.",
                title=f"{TOPICS[i % 4]}: تقرير رقم {i}",
                source=OUTLETS[i % 3],
                date=f"2024-01-{i % 28 + 1:02d}",
            )
    return path


@pytest.fixture
def big_project(thousand_documents_file: Path, tmp_path: Path) -> Iterator[Project]:
    copy = tmp_path / "thousand.annot"
    shutil.copyfile(thousand_documents_file, copy)
    project = Project.open(copy)
    yield project
    project.close()


@pytest.fixture
def model(big_project: Project, qtbot: QtBot) -> DocumentListModel:
    return DocumentListModel(big_project, LAYER)


def show_list(project: Project, qtbot: QtBot) -> DocumentListWidget:
    widget = DocumentListWidget(project, LAYER)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def widget(big_project: Project, qtbot: QtBot) -> DocumentListWidget:
    return show_list(big_project, qtbot)


def load_everything(model: DocumentListModel) -> list[int]:
    while model.canFetchMore(ROOT):
        model.fetchMore(ROOT)
    return [model.doc_id_at(row) for row in range(model.rowCount())]


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying `text`; QTest.keyClicks aborts on letters outside Latin-1."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, ord(char), Qt.KeyboardModifier.NoModifier, char))


def finish(project: Project, doc_ids: list[int]) -> list[Changes]:
    return [project.set_status(LAYER, doc_id, DocStatus.DONE) for doc_id in doc_ids]


# -- paging ---------------------------------------------------------------------------------


def test_a_large_project_shows_its_first_page_only(model: DocumentListModel, big_project: Project) -> None:
    assert model.rowCount() == PAGE_SIZE == 200
    assert model.total() == 1000
    assert [model.doc_id_at(row) for row in range(200)] == big_project.document_ids()[:200]


def test_scrolling_to_the_bottom_loads_the_next_page(widget: DocumentListWidget, qtbot: QtBot) -> None:
    bar = widget.table.verticalScrollBar()

    def scroll_to_the_end() -> None:
        end = bar.maximum()
        bar.setValue(end)
        qtbot.waitUntil(lambda: bar.maximum() > end)  # the new rows are laid out

    scroll_to_the_end()
    assert widget.model.rowCount() == 400
    scroll_to_the_end()
    assert widget.model.rowCount() == 600


def test_rows_show_title_outlet_date_tokens_status_and_entities(
    model: DocumentListModel, big_project: Project
) -> None:
    doc = big_project.document(model.doc_id_at(7))
    assert [model.index(7, column).data() for column in Column] == [
        doc.title,
        doc.source,
        doc.date,
        doc.token_count,
        "Not started",
        0,
    ]


# -- filters --------------------------------------------------------------------------------


def test_the_status_filter_lists_exactly_the_documents_with_that_status(
    model: DocumentListModel, big_project: Project
) -> None:
    done = big_project.document_ids()[::4]  # 250: more than a page
    finish(big_project, done)
    model.set_filter(DocStatus.DONE, "")
    assert model.total() == big_project.document_list_count(LAYER, DocStatus.DONE) == 250
    assert model.rowCount() == 200
    assert load_everything(model) == done
    model.set_filter(DocStatus.NOT_STARTED, "")
    assert model.total() == big_project.document_list_count(LAYER, DocStatus.NOT_STARTED) == 750
    assert set(load_everything(model)).isdisjoint(done)


def test_the_text_filter_finds_arabic_titles_and_outlets(
    model: DocumentListModel, big_project: Project
) -> None:
    model.set_filter(None, "اقتصاد")
    assert model.total() == big_project.document_list_count(LAYER, text="اقتصاد") == 250
    assert all("اقتصاد" in model.index(row, Column.TITLE).data() for row in range(model.rowCount()))
    model.set_filter(None, "العربية")
    assert model.total() == big_project.document_list_count(LAYER, text="العربية") == 333
    assert {model.index(row, Column.OUTLET).data() for row in range(model.rowCount())} == {"العربية"}


def test_typing_in_the_filter_box_filters_after_a_pause(
    widget: DocumentListWidget, big_project: Project, qtbot: QtBot
) -> None:
    type_text(widget.filter_edit, "رياضة")
    assert widget.model.total() == 1000  # nothing happens while the annotator types
    expected = big_project.document_list_count(LAYER, text="رياضة")
    qtbot.waitUntil(lambda: widget.model.total() == expected == 250)
    assert widget.filter_edit.placeholderText() == "Filter by title or outlet"


def test_choosing_a_status_filters_at_once(widget: DocumentListWidget, big_project: Project) -> None:
    finish(big_project, big_project.document_ids()[:3])
    widget.status_combo.setCurrentIndex(widget.status_combo.findText("Done"))
    assert widget.model.total() == 3
    widget.status_combo.setCurrentIndex(widget.status_combo.findText("Not started"))
    assert widget.model.total() == big_project.document_list_count(LAYER, DocStatus.NOT_STARTED) == 997


# -- edits ----------------------------------------------------------------------------------


def test_adding_an_entity_updates_that_rows_count_and_status(
    model: DocumentListModel, big_project: Project, qtbot: QtBot
) -> None:
    doc_id = model.doc_id_at(5)
    changes = big_project.add_entity(LAYER, doc_id, 0, 2, "PER")
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.refresh(changes)
    assert changed.args[0].row() == 5
    assert model.index(5, Column.ENTITIES).data() == len(big_project.entities(doc_id, LAYER)) == 1
    assert model.index(5, Column.STATUS).data(STATUS_ROLE) == big_project.status(doc_id, LAYER)
    assert model.index(5, Column.STATUS).data() == "In progress"


def test_finishing_documents_in_a_not_started_list_skips_none_of_the_others(
    model: DocumentListModel, big_project: Project
) -> None:
    model.set_filter(DocStatus.NOT_STARTED, "")
    finished = [model.doc_id_at(row) for row in (0, 1, 150)]
    for changes in finish(big_project, finished):
        model.refresh(changes)
    assert model.doc_id_at(0) == finished[0]  # stays where the annotator left it, now done
    assert model.index(0, Column.STATUS).data(STATUS_ROLE) == DocStatus.DONE
    listed = load_everything(model)
    not_started = [s.id for s in big_project.document_list_page(LAYER, 0, 2000, DocStatus.NOT_STARTED)]
    assert [doc_id for doc_id in listed if doc_id not in finished] == not_started
    assert model.total() == len(not_started) == 997


def test_a_document_the_annotator_starts_joins_the_in_progress_list_in_order(
    model: DocumentListModel, big_project: Project
) -> None:
    ids = big_project.document_ids()
    model.set_filter(DocStatus.IN_PROGRESS, "")
    assert model.rowCount() == 0
    model.refresh(big_project.add_entity(LAYER, ids[10], 0, 2, "PER"))
    model.refresh(big_project.add_entity(LAYER, ids[3], 0, 2, "ORG"))
    assert [model.doc_id_at(row) for row in range(model.rowCount())] == [ids[3], ids[10]]
    assert model.total() == big_project.document_list_count(LAYER, DocStatus.IN_PROGRESS) == 2


def test_an_import_reloads_the_list(widget: DocumentListWidget, big_project: Project) -> None:
    doc_id, _ = big_project.add_document("خبر جديد تماما", title="خبر عاجل", source="الجزيرة")
    widget.on_changes(Changes(documents=True))
    assert widget.model.total() == 1001
    assert widget.model.row_of(doc_id) == 1000
    assert widget.progress_label.text() == f"0 of {widget.locale().toString(1001)} done"


def test_another_annotators_edits_leave_the_list_alone(
    model: DocumentListModel, big_project: Project
) -> None:
    doc_id = model.doc_id_at(0)
    model.refresh(big_project.add_entity("mona", doc_id, 0, 2, "PER"))
    assert model.index(0, Column.ENTITIES).data() == 0
    assert model.index(0, Column.STATUS).data(STATUS_ROLE) == DocStatus.NOT_STARTED


# -- opening and selecting ------------------------------------------------------------------


def test_clicking_a_row_opens_its_document(widget: DocumentListWidget, qtbot: QtBot) -> None:
    rect = widget.table.visualRect(widget.model.index(3, Column.OUTLET))
    with qtbot.waitSignal(widget.document_activated) as opened:
        QTest.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, NO_KEYS, rect.center())
    assert opened.args == [widget.model.doc_id_at(3)]


def test_pressing_enter_opens_the_selected_document(widget: DocumentListWidget, qtbot: QtBot) -> None:
    doc_id = widget.model.doc_id_at(8)
    widget.select_document(doc_id)
    widget.table.setFocus()
    with qtbot.waitSignal(widget.document_activated) as opened:
        QTest.keyClick(widget.table, Qt.Key.Key_Return)
    assert opened.args == [doc_id]


def test_double_clicking_a_row_opens_its_document_once(widget: DocumentListWidget, qtbot: QtBot) -> None:
    opened: list[int] = []
    widget.document_activated.connect(opened.append)
    centre = widget.table.visualRect(widget.model.index(2, Column.TITLE)).center()
    QTest.mouseClick(widget.table.viewport(), Qt.MouseButton.LeftButton, NO_KEYS, centre)
    QTest.mouseDClick(widget.table.viewport(), Qt.MouseButton.LeftButton, NO_KEYS, centre)
    assert opened == [widget.model.doc_id_at(2)]


def test_selecting_a_document_beyond_the_first_page_fetches_until_found(
    widget: DocumentListWidget, big_project: Project, qtbot: QtBot
) -> None:
    doc_id = big_project.document_ids()[350]
    with qtbot.assertNotEmitted(widget.document_activated):
        assert widget.select_document(doc_id)
    assert widget.current_document() == doc_id
    assert widget.model.rowCount() == 400  # one more page, not the whole project
    row_rect = widget.table.visualRect(widget.model.index(350, Column.TITLE))
    assert widget.table.viewport().rect().contains(row_rect.center())


def test_looking_for_a_document_the_filter_leaves_out_does_not_load_the_whole_list(
    model: DocumentListModel, big_project: Project
) -> None:
    model.set_filter(None, "اقتصاد")  # documents 1, 5, 9, ...
    assert model.row_of(big_project.document_ids()[2]) is None
    assert model.rowCount() == 200


# -- progress, direction ----------------------------------------------------------------------


def test_the_progress_line_counts_the_documents_done(ui_project: Project, qtbot: QtBot) -> None:
    ids = [ui_project.add_document(f"خبر رقم {i}", title=f"عنوان {i}")[0] for i in range(12)]
    widget = show_list(ui_project, qtbot)
    assert widget.progress_label.text() == "0 of 12 done"
    for changes in finish(ui_project, ids[:3]):
        widget.on_changes(changes)
    assert ui_project.progress(LAYER) == (3, 12)
    assert widget.progress_label.text() == "3 of 12 done"
    assert widget.model.index(0, Column.STATUS).data() == "Done"


def test_the_list_mirrors_when_the_application_is_right_to_left(
    ui_project: Project, qapp: QApplication, qtbot: QtBot
) -> None:
    ui_project.add_document("خبر", title="عنوان")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        widget = show_list(ui_project, qtbot)
        assert widget.layoutDirection() == Qt.LayoutDirection.RightToLeft
        title_x = widget.table.columnViewportPosition(Column.TITLE)
        assert title_x > widget.table.columnViewportPosition(Column.ENTITIES)  # the title is on the right
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_arabic_titles_read_right_to_left_in_an_english_ui(
    ui_project: Project, qapp: QApplication, qtbot: QtBot
) -> None:
    ui_project.add_document("خبر", title="2024: انتخابات البرلمان.")  # digits first, full stop last
    widget = show_list(ui_project, qtbot)
    assert widget.layoutDirection() == Qt.LayoutDirection.LeftToRight
    index = widget.model.index(0, Column.TITLE)
    option = QStyleOptionViewItem()
    delegate = widget.table.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    assert option.direction == Qt.LayoutDirection.RightToLeft
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight


class ArabicForTheList(QTranslator):
    """A stand-in Arabic catalogue for the few strings the test reads."""

    ARABIC: ClassVar[dict[str, str]] = {
        "Done": "منجزة",
        "Title": "العنوان",
        "%1 of %2 done": "%1 من %2 منجزة",
        "Filter by title or outlet": "تصفية حسب العنوان أو المصدر",
    }

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return self.ARABIC.get(source, "")

    def isEmpty(self) -> bool:  # Qt skips an empty translator
        return False


def test_switching_the_ui_language_retranslates_the_list(
    ui_project: Project, qapp: QApplication, qtbot: QtBot
) -> None:
    doc_id, _ = ui_project.add_document("خبر", title="عنوان")
    ui_project.set_status(LAYER, doc_id, DocStatus.DONE)
    widget = show_list(ui_project, qtbot)
    translator = ArabicForTheList()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: widget.progress_label.text() == "1 من 1 منجزة")
        assert widget.filter_edit.placeholderText() == "تصفية حسب العنوان أو المصدر"
        assert widget.status_combo.itemText(3) == "منجزة"
        assert widget.model.headerData(Column.TITLE, Qt.Orientation.Horizontal) == "العنوان"
        assert widget.model.index(0, Column.STATUS).data() == "منجزة"
    finally:
        QCoreApplication.removeTranslator(translator)

"""The document list of one annotator: pages, filters, progress, next document, time spent."""

from __future__ import annotations

import pytest

from annotator.core.model import DocStatus
from annotator.core.project import Project


@pytest.fixture
def docs(project: Project) -> list[int]:
    ids = [
        project.add_document(f"خبر رقم {i}", title=f"عنوان {i}", source=f"وكالة {i % 2}")[0] for i in range(6)
    ]
    project.add_entity("ali", ids[1], 0, 3, "PER")
    project.set_status("ali", ids[2], DocStatus.DONE)
    project.set_status("ali", ids[3], DocStatus.DONE)
    return ids


def test_pages_carry_the_annotators_status_and_entity_count(project: Project, docs: list[int]) -> None:
    page = project.document_list_page("ali", offset=1, limit=2)
    assert [(r.id, r.statuses, r.entity_counts) for r in page] == [
        (docs[1], {"ali": DocStatus.IN_PROGRESS}, {"ali": 1}),
        (docs[2], {"ali": DocStatus.DONE}, {}),
    ]


def test_filters_by_status_and_text(project: Project, docs: list[int]) -> None:
    assert project.document_list_count("ali", DocStatus.DONE) == 2
    assert project.document_list_count("ali", DocStatus.NOT_STARTED) == 3
    assert [r.id for r in project.document_list_page("ali", 0, 10, text="وكالة 1")] == docs[1::2]
    assert project.document_list_count("ali", text="50%") == 0


def test_another_annotators_list_has_everything_not_started(project: Project, docs: list[int]) -> None:
    assert project.document_list_count("mona", DocStatus.NOT_STARTED) == 6


def test_next_document_skips_done_ones_and_wraps_around(project: Project, docs: list[int]) -> None:
    assert project.next_document("ali", docs[1]) == docs[4]
    assert project.next_document("ali", docs[5]) == docs[0]
    assert project.progress("ali") == (2, 6)


def test_time_spent_adds_up_and_is_not_an_undo_step(project: Project, docs: list[int]) -> None:
    project.add_time("ali", docs[0], 30)
    project.add_time("ali", docs[0], 12.5)
    assert project.time_spent("ali", docs[0]) == 42.5
    assert project.undo_status("ali").undo == "mark done"
    assert project.status(docs[0], "ali") is DocStatus.NOT_STARTED

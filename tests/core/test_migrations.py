"""A project file made before events and stances existed (only migration 0001) opens, is
upgraded in place, keeps what it held, and can then store events and stances."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from annotator.core.project import Project, ProjectFileError
from annotator.core.schema import Schema
from annotator.core.storage import connection
from annotator.core.storage.migrations import MIGRATIONS

TEXT = "قتل 33 جنديا تركيا في غارة على إدلب."
NEW_TABLES = {"events", "event_arguments", "stances", "stance_evidence", "link_titles"}


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def tables(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def migrations(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM migrations ORDER BY rowid")]
    finally:
        conn.close()


@pytest.fixture
def old_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int, int]:
    """A project made by a build that knew only 0001: one document, two entities, an undo step.

    Returns (path, document id, id of the second entity).
    """
    path = tmp_path / "old.annot"
    with monkeypatch.context() as patch:
        patch.setattr(connection, "MIGRATIONS", MIGRATIONS[:1])
        with Project.create(path) as project:
            doc_id, _ = project.add_document(TEXT, title="غارة", source="الجزيرة", date="2020-02-28")
            project.add_entity("ali", doc_id, *at("33 جنديا"), "NUM")
            idlib = project.add_entity("ali", doc_id, *at("إدلب"), "GPE").created_ids[0]
    assert not tables(path) & NEW_TABLES
    assert migrations(path) == ["0001_initial"]
    return path, doc_id, idlib


def test_an_old_project_gets_the_event_and_stance_tables_when_opened(
    old_project: tuple[Path, int, int],
) -> None:
    path, _, _ = old_project
    Project.open(path).close()
    assert tables(path) >= NEW_TABLES
    assert migrations(path) == [name for name, _ in MIGRATIONS]


def test_an_old_project_keeps_its_entities_and_its_undo_history(old_project: tuple[Path, int, int]) -> None:
    path, doc_id, idlib = old_project
    with Project.open(path) as project:
        assert [(e.label, e.span) for e in project.entities(doc_id, "ali")] == [
            ("NUM", at("33 جنديا")),
            ("GPE", at("إدلب")),
        ]
        assert project.undo_status("ali").undo == "add GPE"
        project.undo("ali")
        assert [e.label for e in project.entities(doc_id, "ali")] == ["NUM"]
        project.redo("ali")
        assert project.entity(idlib).label == "GPE"


def test_an_old_project_can_store_events_and_stances_once_opened(old_project: tuple[Path, int, int]) -> None:
    path, doc_id, idlib = old_project
    with Project.open(path) as project:
        victims = project.entities(doc_id, "ali")[0].id
        death = project.add_event(
            "ali", doc_id, *at("قتل"), "Life.Die", arguments=[("Victim", victims), ("Place", idlib)]
        ).created_ids[0]
        project.set_outlet_stance("ali", doc_id, "turkish_operation_idlib", "against")
    with Project.open(path) as reopened:
        event = reopened.event(death)
        assert (event.type, [a.role for a in event.arguments]) == ("Life.Die", ["Victim", "Place"])
        assert reopened.outlet_stances(doc_id, "ali")["turkish_operation_idlib"].polarity == "against"


def test_an_old_project_opened_read_only_asks_to_be_upgraded_first(
    old_project: tuple[Path, int, int],
) -> None:
    path, _, _ = old_project
    with pytest.raises(ProjectFileError, match="older version"):
        Project.open(path, readonly=True)
    assert not tables(path) & NEW_TABLES


def test_a_file_built_from_the_0001_statements_alone_opens_and_stores_an_event(tmp_path: Path) -> None:
    """Independent of Project.create: the 0001 script, the application id, and the rows create writes."""
    path = tmp_path / "hand-made.annot"
    conn = sqlite3.connect(path, isolation_level=None)
    name, script = MIGRATIONS[0]
    for statement in connection._split_sql(script):
        conn.execute(statement)
    conn.execute("INSERT INTO migrations (name, applied_at) VALUES (?, '2020-01-01T00:00:00Z')", (name,))
    conn.execute(f"PRAGMA application_id={connection.APPLICATION_ID}")
    schema = Schema.default()
    conn.execute(
        "INSERT INTO schema_versions (created_at, body) VALUES ('2020-01-01T00:00:00Z', ?)",
        (json.dumps(schema.to_dict(), ensure_ascii=False, sort_keys=True),),
    )
    conn.executemany("INSERT INTO labels (key) VALUES (?)", [(k,) for k in schema.label_keys()])
    conn.execute(
        "INSERT INTO layers (name, role, created_at) VALUES ('gold', 'gold', '2020-01-01T00:00:00Z')"
    )
    conn.close()

    with Project.open(path) as project:
        doc_id, _ = project.add_document(TEXT, title="غارة")
        attack = project.add_event("ali", doc_id, *at("غارة"), "Conflict.Attack").created_ids[0]
        assert [e.id for e in project.events(doc_id, "ali")] == [attack]
    assert migrations(path) == [name for name, _ in MIGRATIONS]

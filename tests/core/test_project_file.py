"""The project file: what it is made of, and how bad files are refused with a clear message."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from annotator.core.project import Project, ProjectFileError
from annotator.core.storage.guard import ProjectLockedError


def test_a_new_project_uses_wal_strict_tables_and_untrusted_schema(project: Project) -> None:
    conn = sqlite3.connect(project.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'entities'").fetchone()[0]
    assert "STRICT" in sql and "REFERENCES documents" in sql
    assert project._conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert project._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_the_same_text_imported_twice_is_stored_once(project: Project) -> None:
    first, created = project.add_document("نص الخبر", title="a")
    second, created_again = project.add_document("نص الخبر", title="b")
    assert (first, created, created_again) == (second, True, False)
    assert project.document_count() == 1


def test_a_document_keeps_its_hash_and_text(project: Project) -> None:
    doc_id, _ = project.add_document("مرحبا بالعالم")
    doc = project.document(doc_id)
    assert doc.text == "مرحبا بالعالم"
    assert len(doc.content_hash) == 64
    assert doc.token_count == 2


def test_creating_over_an_existing_file_is_refused(project: Project) -> None:
    with pytest.raises(ProjectFileError, match="already exists"):
        Project.create(project.path)


def test_a_directory_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="is a directory"):
        Project.open(tmp_path)


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.annot"
    path.write_text("these are my notes, not a project " * 10)
    with pytest.raises(ProjectFileError, match="not an annotator project"):
        Project.open(path)


def test_another_sqlite_database_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    sqlite3.connect(path).execute("CREATE TABLE x (a)")
    with pytest.raises(ProjectFileError, match="not an annotator project"):
        Project.open(path)


def test_a_truncated_project_file_is_refused_and_left_alone(project: Project) -> None:
    project.add_document("نص " * 5000)
    project.close()
    data = project.path.read_bytes()
    project.path.write_bytes(data[: len(data) // 2])
    with pytest.raises(ProjectFileError, match="truncated"):
        Project.open(project.path)
    assert project.path.read_bytes() == data[: len(data) // 2]


def test_a_project_made_by_a_newer_version_is_refused(project: Project) -> None:
    project.close()
    conn = sqlite3.connect(project.path)
    conn.execute("INSERT INTO migrations VALUES ('0099_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectFileError, match="made by a newer version of annotator"):
        Project.open(project.path)


def test_a_missing_project_says_how_to_make_one(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="annotator init"):
        Project.open(tmp_path / "nope.annot")


@contextmanager
def unwritable(path: Path) -> Iterator[None]:
    """Make `path` unwritable even for root (CI runs as root): chattr +i, else chmod."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
            pytest.skip("running as root on a filesystem without chattr +i: cannot make a path unwritable")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o500 if path.is_dir() else 0o400)
        try:
            yield
        finally:
            path.chmod(mode)


def test_an_unwritable_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    with unwritable(folder), pytest.raises(ProjectFileError, match="folder is not writable"):
        Project.create(folder / "p.annot")


def test_a_project_in_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="does not exist"):
        Project.create(tmp_path / "no" / "such" / "p.annot")


def test_a_read_only_project_can_be_read_but_not_changed(project: Project) -> None:
    doc_id, _ = project.add_document("نص")
    project.close()
    with Project.open(project.path, readonly=True) as ro:
        assert ro.document(doc_id).text == "نص"
        with pytest.raises(Exception, match="read-only"):
            ro.add_entity("ali", doc_id, 0, 2, "PER")


def test_a_read_only_file_is_refused_for_writing_and_still_opens_read_only(project: Project) -> None:
    doc_id, _ = project.add_document("نص")
    project.close()
    with unwritable(project.path):
        with pytest.raises(ProjectFileError, match="read-only"):
            Project.open(project.path)
        with Project.open(project.path, readonly=True) as ro:
            assert ro.document(doc_id).text == "نص"


def test_a_write_blocked_by_another_process_fails_clearly_and_loses_nothing(project: Project) -> None:
    doc_id, _ = project.add_document("نص الخبر هنا")
    project.add_entity("ali", doc_id, 0, 2, "PER")
    other = sqlite3.connect(project.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock past our busy timeout
    try:
        with pytest.raises(ProjectFileError, match="cannot write to the project"):
            project.add_entity("ali", doc_id, 3, 8, "ORG")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert [(e.start, e.end) for e in project.entities(doc_id, "ali")] == [(0, 2)]
    assert project.undo_status("ali").undo == "add PER"
    project.add_entity("ali", doc_id, 3, 8, "ORG")
    assert len(project.entities(doc_id, "ali")) == 2


def test_a_second_writer_is_told_another_instance_has_the_project_open(project: Project) -> None:
    with pytest.raises(ProjectLockedError, match="open in another annotator instance"):
        Project.open(project.path)
    with Project.open(project.path, readonly=True) as viewer:
        assert viewer.document_count() == 0


def test_the_lock_is_released_when_the_project_closes(project: Project) -> None:
    project.close()
    with Project.open(project.path) as again:
        assert again.document_count() == 0


def test_a_project_file_deleted_while_open_refuses_changes_and_can_be_saved_as_a_copy(
    project: Project, tmp_path: Path
) -> None:
    doc_id, _ = project.add_document("قالت تركيا")
    project.add_entity("ali", doc_id, 5, 10, "GPE")
    project.path.unlink()
    with pytest.raises(ProjectFileError, match="deleted or replaced while open"):
        project.add_entity("ali", doc_id, 0, 4, "PER")
    project.save_copy(tmp_path / "rescued.annot")
    with Project.open(tmp_path / "rescued.annot") as rescued:
        assert [(e.start, e.end) for e in rescued.entities(doc_id, "ali")] == [(5, 10)]
        assert rescued.undo_status("ali").undo == "add GPE"


def test_a_project_file_made_unwritable_while_open_refuses_the_change_and_keeps_the_rest(
    project: Project,
) -> None:
    doc_id, _ = project.add_document("قالت تركيا")
    project.add_entity("ali", doc_id, 5, 10, "GPE")
    project.checkpoint(truncate=True)
    wal = project.path.with_name(project.path.name + "-wal")
    with unwritable(wal), pytest.raises(ProjectFileError, match=r"could not be saved|cannot write"):
        project.add_entity("ali", doc_id, 0, 4, "PER")
    assert [(e.start, e.end) for e in project.entities(doc_id, "ali")] == [(5, 10)]

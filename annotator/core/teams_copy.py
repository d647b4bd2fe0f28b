"""Reading an annotator's copy as untrusted input (DESIGN.md invariant 7), for `teams.merge`.

A copy comes from someone else's laptop: it is opened read-only with `trusted_schema=OFF`, never
written, attached or executed; every table read is first checked to be an ordinary table of the
file (a view or virtual table named `entities` is refused), and rows come only from plain
SELECTs on those tables. Triggers and other views in the file are noted and left alone. The
values read are not trusted either: teams_checks.py validates every one before it joins.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.storage.connection import (
    APPLICATION_ID,
    ProjectFileError,
    _check_existing_file,
    _known_migrations,
)

if TYPE_CHECKING:
    from annotator.core.project import Project

COPY_TABLES = (
    "migrations",
    "meta",
    "labels",
    "layers",
    "documents",
    "entities",
    "events",
    "event_arguments",
    "stances",
    "stance_evidence",
    "doc_status",
    "link_titles",
)
"""The tables a merge reads from a copy; each must be an ordinary table of the copy, never a view."""


class CopyFile:
    """A read-only connection to another annotator's project file, which is untrusted input.

    Only plain SELECTs on the tables in `COPY_TABLES` (each checked to be a real, ordinary
    table) go through it; nothing is written, attached or executed from the file. `notes` says
    what the file holds beyond a project (triggers, views), which was left alone.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, notes: list[str]) -> None:
        self.path = path
        self.conn = conn
        self.notes = notes

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.conn.execute(sql, list(params)).fetchall()
        except sqlite3.DatabaseError as exc:
            raise ProjectFileError(
                f"{self.path}: the copy is damaged or not an annotator project ({exc})"
            ) from exc

    def meta(self) -> dict[str, str]:
        """The copy's meta record, keys and values as text (anything else is ignored)."""
        found = self.rows("SELECT key, value FROM main.meta")
        return {k: v for k, v in found if isinstance(k, str) and isinstance(v, str)}

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> CopyFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_copy(path: Path) -> CopyFile:
    """Open an annotator's copy for reading as untrusted input, or refuse it with one line.

    Refused: a missing file, a file that is not an annotator project, one a newer version
    made, and one where a table a merge reads is missing or replaced by a view.
    """
    path = Path(path)
    if not path.exists():
        raise ProjectFileError(f"{path}: no such file")
    _check_existing_file(path)
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise ProjectFileError(f"{path}: cannot be read ({exc})") from exc
    try:
        conn.execute("PRAGMA trusted_schema=OFF")  # no function of the file's schema runs
        conn.execute("PRAGMA query_only=ON")
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise ProjectFileError(f"{path}: is an SQLite database but not an annotator project")
        notes = _check_copy_schema(conn, path)
        _known_migrations(conn, path)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise ProjectFileError(f"{path}: the copy is damaged or unreadable ({exc})") from exc
    except BaseException:
        conn.close()
        raise
    return CopyFile(path, conn, notes)


def _check_copy_schema(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Refuse a copy whose tables are missing or not ordinary tables; note triggers and views."""
    objects = conn.execute("SELECT type, name, coalesce(sql, '') FROM main.sqlite_master").fetchall()
    kinds: dict[str, tuple[str, str]] = {}
    triggers: list[str] = []
    views: list[str] = []
    for kind, name, sql in objects:
        lowered = str(name).lower()
        if kind == "trigger":
            triggers.append(str(name))
        elif kind == "view":
            views.append(str(name))
        if kind in ("table", "view"):
            kinds[lowered] = (str(kind), str(sql))
    for table in COPY_TABLES:
        kind, sql = kinds.get(table, ("", ""))
        if kind == "view":
            raise ProjectFileError(
                f"{path}: {table!r} is a view in this copy, not a table: the file was altered, and is refused"
            )
        if kind != "table":
            raise ProjectFileError(f"{path}: has no {table!r} table: not an annotator project")
        if not sql.lstrip().upper().startswith("CREATE TABLE"):
            raise ProjectFileError(
                f"{path}: {table!r} is not an ordinary table in this copy: the file was altered, "
                "and is refused"
            )
    notes = []
    if triggers:
        notes.append(
            f"the copy holds {len(triggers)} trigger(s) ({', '.join(sorted(triggers)[:5])}): not run "
            "(a copy is only read)"
        )
    if views:
        notes.append(f"the copy holds {len(views)} view(s) ({', '.join(sorted(views)[:5])}): not read")
    return notes


@dataclass(slots=True)
class CopyDocument:
    """A document of a copy: how to name it, the project document it matches, or why none."""

    copy_id: int
    shown: str  # "document 'title' (hash 1a2b3c4d)"
    project_id: int | None = None
    length: int = 0
    problem: str | None = None


@dataclass(slots=True)
class LayerRows:
    """The copy's rows of one layer, by copy document id."""

    entities: defaultdict[int, list[tuple[Any, ...]]] = field(default_factory=lambda: defaultdict(list))
    events: defaultdict[int, list[tuple[Any, ...]]] = field(default_factory=lambda: defaultdict(list))
    arguments: defaultdict[int, list[tuple[Any, ...]]] = field(default_factory=lambda: defaultdict(list))
    stances: defaultdict[int, list[tuple[Any, ...]]] = field(default_factory=lambda: defaultdict(list))
    evidence: defaultdict[int, list[tuple[Any, ...]]] = field(default_factory=lambda: defaultdict(list))
    status: dict[int, tuple[Any, Any]] = field(default_factory=dict)

    def documents(self) -> set[int]:
        return {*self.entities, *self.events, *self.stances, *self.status}


def read_documents(project: Project, copy: CopyFile) -> dict[int, CopyDocument]:
    """Every document of the copy, matched to the project's by content hash (or with a problem)."""
    found: dict[int, CopyDocument] = {}
    seen: set[int] = set()
    for copy_id, recorded, title in copy.rows(
        "SELECT id, content_hash, title FROM main.documents ORDER BY id"
    ):
        if not isinstance(copy_id, int):
            continue
        short = recorded[:8] if isinstance(recorded, str) else "?"
        shown_title = " ".join(str(title or "").split())[:60] or f"#{copy_id}"
        doc = found[copy_id] = CopyDocument(copy_id, f"document '{shown_title}' (hash {short})")
        text = copy.rows("SELECT text FROM main.documents WHERE id = ? LIMIT 1", [copy_id])[0][0]
        if not isinstance(text, str) or not isinstance(recorded, str):
            doc.problem = "has a text or hash that is not text: the copy was altered"
            continue
        if hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() != recorded:
            doc.problem = "has a text that does not match its recorded hash: the copy was altered"
            continue
        row = project._conn.execute("SELECT id FROM documents WHERE content_hash = ?", (recorded,)).fetchone()
        if row is None:
            doc.problem = "is not in this project: its text differs"
        elif int(row[0]) in seen:
            doc.problem = "appears twice in the copy"
        else:
            doc.project_id = int(row[0])
            doc.length = len(text)
            seen.add(doc.project_id)
    return found


def read_layer_rows(copy: CopyFile, layer_id: int) -> LayerRows:
    """Every row of one layer of the copy, a few plain SELECTs, grouped by the copy's document id."""
    rows = LayerRows()
    for row in copy.rows(
        'SELECT id, doc_id, start, "end", label_id, attributes, kb_id FROM main.entities '
        "WHERE layer_id = ? ORDER BY id",
        [layer_id],
    ):
        rows.entities[row[1]].append(row)
    for row in copy.rows(
        'SELECT id, doc_id, type, start, "end", attributes, cluster FROM main.events '
        "WHERE layer_id = ? ORDER BY id",
        [layer_id],
    ):
        rows.events[row[1]].append(row)
    for row in copy.rows(
        "SELECT a.id, e.doc_id, a.event_id, a.role, a.entity_id, a.arg_event_id FROM main.event_arguments a "
        "JOIN main.events e ON e.id = a.event_id WHERE e.layer_id = ? ORDER BY a.id",
        [layer_id],
    ):
        rows.arguments[row[1]].append(row)
    for row in copy.rows(
        "SELECT id, doc_id, holder_entity_id, target, target_entity_id, polarity, scope_start, scope_end, "
        "intensity, confidence, note FROM main.stances WHERE layer_id = ? ORDER BY id",
        [layer_id],
    ):
        rows.stances[row[1]].append(row)
    for row in copy.rows(
        'SELECT v.stance_id, v.start, v."end" FROM main.stance_evidence v '
        "JOIN main.stances s ON s.id = v.stance_id WHERE s.layer_id = ? ORDER BY v.start, v.id",
        [layer_id],
    ):
        rows.evidence[row[0]].append(row)
    for doc_id, status, seconds in copy.rows(
        "SELECT doc_id, status, seconds FROM main.doc_status WHERE layer_id = ?", [layer_id]
    ):
        rows.status[doc_id] = (status, seconds)
    return rows

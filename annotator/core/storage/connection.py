"""Opening the project file: checks that it is ours, pragmas, and the migration chain.

Use `open_database` for every project file; it refuses what is not a project, what is damaged,
and what a newer annotator made, each with one clear message naming the file.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.storage.migrations import MIGRATIONS

if TYPE_CHECKING:
    from sqlite_utils import Database

APPLICATION_ID = 0x414E4E54  # "ANNT": lets us tell our files from other SQLite files
SQLITE_MAGIC = b"SQLite format 3\x00"
# WAL checkpoints on a large file stall the commit that triggers them by 8-40 ms (DESIGN.md,
# benchmarks/bench_operation.py), so SQLite's automatic checkpoint is off for the writer:
# the project checkpoints when idle, on close, and from a background connection every
# CHECKPOINT_EVERY_OPS operations (project_base.py).
WAL_AUTOCHECKPOINT_PAGES = 0


class ProjectFileError(Exception):
    """A project file cannot be opened or written; the message names the file and says why."""


def _import_sqlite_utils() -> Any:
    """Import sqlite-utils without letting it import pandas and numpy.

    sqlite-utils imports both eagerly only to map their scalar types (0.3 s, most of CLI
    start-up); we never insert pandas or numpy values, so hide them during its import only.
    """
    if "sqlite_utils" in sys.modules:
        return sys.modules["sqlite_utils"]
    hidden = [name for name in ("pandas", "numpy") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if sys.modules.get(name) is None:
                del sys.modules[name]
    return sqlite_utils


def _check_existing_file(path: Path) -> None:
    if path.is_dir():
        raise ProjectFileError(f"{path}: is a directory, not a project file")
    try:
        with path.open("rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    if len(header) < 100 or not header.startswith(SQLITE_MAGIC):
        raise ProjectFileError(f"{path}: is not an annotator project (not an SQLite database)")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    change_counter = int.from_bytes(header[24:28], "big")
    wal = path.with_name(path.name + "-wal")
    if pages and valid_for == change_counter and not wal.exists():
        size = path.stat().st_size
        if size < pages * page_size:
            raise ProjectFileError(
                f"{path}: the project file is truncated ({size} bytes of {pages * page_size}); "
                "restore it from a copy"
            )


def _configure(conn: sqlite3.Connection, *, readonly: bool) -> None:
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA foreign_keys=ON")
    if not readonly:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT_PAGES}")
    conn.execute("PRAGMA busy_timeout=2000")


def _applied_migrations(conn: sqlite3.Connection) -> list[str]:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name='migrations'"
    ).fetchone()
    if not has_table:
        return []
    return [row[0] for row in conn.execute("SELECT name FROM migrations ORDER BY rowid")]


def _known_migrations(conn: sqlite3.Connection, path: Path) -> list[str]:
    """The migrations the file lists; refuses a file made by a newer annotator."""
    applied = _applied_migrations(conn)
    known = {name for name, _ in MIGRATIONS}
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise ProjectFileError(
            f"{path}: made by a newer version of annotator (it has migration {unknown[0]!r}, "
            "which this version does not know); update annotator to open it"
        )
    return applied


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    applied = _known_migrations(conn, path)
    pending = [(name, sql) for name, sql in MIGRATIONS if name not in applied]
    if not pending:
        return
    conn.execute("BEGIN")
    try:
        for name, sql in pending:
            for statement in _split_sql(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                (name, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
            )
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _split_sql(sql: str) -> list[str]:
    """Split a migration script into statements (ours contain no semicolons inside literals;
    comment lines are dropped first, so a semicolon in a comment does no harm)."""
    code = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in code.split(";") if s.strip()]


def open_database(
    path: str | os.PathLike[str], *, create: bool, readonly: bool = False
) -> sqlite3.Connection:
    """Open (or create) a project file, migrate it, and return its connection (autocommit mode:
    the project opens its own transactions).

    Raises ProjectFileError for anything that is not a healthy project this build can open.
    """
    path = Path(path)
    exists = path.exists()
    if exists:
        _check_existing_file(path)
    elif not create:
        raise ProjectFileError(f"{path}: no such project file (create it with 'annotator init')")
    elif not path.parent.exists():
        raise ProjectFileError(f"{path}: the folder {path.parent} does not exist")
    elif not os.access(path.parent, os.W_OK):
        raise ProjectFileError(f"{path}: cannot create the project here (folder is not writable)")
    if exists and not readonly and not os.access(path, os.W_OK):
        raise ProjectFileError(f"{path}: the project file is read-only")
    try:
        if readonly:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(str(path), isolation_level=None)
        _configure(conn, readonly=readonly)
        if exists:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise ProjectFileError(f"{path}: is an SQLite database but not an annotator project")
        if readonly:
            _check_migrations_known(conn, path)
        else:
            _migrate(conn, path)
    except sqlite3.DatabaseError as exc:
        raise ProjectFileError(f"{path}: the project file is damaged or unreadable ({exc})") from exc
    return conn


def wrap(conn: sqlite3.Connection) -> Database:
    """A sqlite-utils view of an open project connection, for table-level work (bulk inserts,
    introspection); imported only when asked for, since it costs start-up time."""
    sqlite_utils = _import_sqlite_utils()
    return sqlite_utils.Database(conn, execute_plugins=False)  # type: ignore[no-any-return]


def _check_migrations_known(conn: sqlite3.Connection, path: Path) -> None:
    if len(_known_migrations(conn, path)) < len(MIGRATIONS):
        raise ProjectFileError(f"{path}: made by an older version; open it once read-write to upgrade it")

"""Guards around an open project file: one writer at a time, and noticing a vanished file.

A second annotator window on the same file would interleave undo stacks and show stale
views, so a writable open takes an exclusive advisory lock (`flock`, which does not touch
SQLite's own byte-range locks). A project file deleted or replaced while open would take
every later change with it, silently; `FileGuard.check` notices before each change.
"""

from __future__ import annotations

import os
from pathlib import Path

from annotator.core.storage.connection import ProjectFileError

try:
    import fcntl
except ImportError:  # Windows: no advisory lock; SQLite still keeps the file consistent
    fcntl = None  # type: ignore[assignment]


class ProjectLockedError(ProjectFileError):
    """Another annotator instance has the project open for writing."""


class FileGuard:
    """Holds the writer's lock on a project file and remembers which file it opened."""

    def __init__(self, path: Path, *, exclusive: bool) -> None:
        self.path = path
        stat = path.stat()
        self._identity = (stat.st_dev, stat.st_ino)
        self._fd: int | None = None
        if exclusive and fcntl is not None:
            fd = os.open(path, os.O_RDONLY)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as exc:
                os.close(fd)
                raise ProjectLockedError(
                    f"{path}: is open in another annotator instance; close it there, or open this one "
                    "read-only"
                ) from exc
            self._fd = fd

    def check(self) -> None:
        """Raise if the file this project opened is no longer at its path."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            stat = None
        if stat is None or (stat.st_dev, stat.st_ino) != self._identity:
            raise ProjectFileError(
                f"{self.path}: the project file was deleted or replaced while open, so nothing more "
                "can be saved there; save a copy of your work (File > Save a copy) to keep it"
            )

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None

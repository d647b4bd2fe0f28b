"""Fixtures for the UI tests; pytest-qt brings `qtbot` and `qapp`.

Qt runs offscreen already: tests/conftest.py sets QT_QPA_PLATFORM before anything imports Qt.
Keep this file to fixtures any UI test can use; a fixture one module needs lives in that module.

- `ui_project`: a fresh project file with the default schema and no documents, closed after
  the test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.project import Project


@pytest.fixture
def ui_project(tmp_path: Path) -> Iterator[Project]:
    project = Project.create(tmp_path / "ui.annot")
    yield project
    project.close()

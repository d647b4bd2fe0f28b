"""Fixtures for the UI tests; pytest-qt brings `qtbot` and `qapp`.

Qt runs offscreen already: tests/conftest.py sets QT_QPA_PLATFORM before anything imports Qt.
Keep this file to fixtures any UI test can use; a fixture one module needs lives in that module.

- `ui_project`: a fresh project file with the default schema and no documents, closed after
  the test.
- `open_window`: `open_window(project, layer="amal")` shows a MainWindow on the project as that
  annotator, with settings in the test's folder, active and with the document view focused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from annotator.core.project import Project


@pytest.fixture
def ui_project(tmp_path: Path) -> Iterator[Project]:
    project = Project.create(tmp_path / "ui.annot")
    yield project
    project.close()


@pytest.fixture
def open_window(qtbot, tmp_path: Path) -> Callable[..., Any]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from annotator.ui.main_window import MainWindow

    def open_(project: Project, layer: str = "amal") -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(project, layer, settings)
        qtbot.addWidget(window)
        window.resize(1100, 700)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.view.setFocus()
        return window

    return open_

"""Starting the GUI: the window first, then the project (start-up is measured).

`run` opens the given project, the last one, or the sample project on first run. The
annotator's name is asked once per project and remembered.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QPaintEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

FALLBACK_FAMILY = "Noto Sans Arabic"
PLACEHOLDER_WAIT_MS = 300


@cache
def arabic_font_family() -> str:
    """Register the bundled Arabic font with Qt and return its family name."""
    families: list[str] = []
    try:
        import fontpkg_noto_sans_arabic as noto

        for path in sorted(Path(noto.ROOT).rglob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
    except ImportError:
        pass
    try:
        import fontpkg_amiri as amiri

        for path in sorted(Path(amiri.ROOT).rglob("*.ttf")):
            QFontDatabase.addApplicationFont(str(path))
    except ImportError:
        pass
    return families[0] if families else FALLBACK_FAMILY


def _settings() -> QSettings:
    return QSettings("annotator", "annotator")


def _remember(settings: QSettings, path: Path) -> None:
    settings.setValue("last_project", str(path))
    recent = settings.value("recent_projects", [])
    items = [str(p) for p in (recent if isinstance(recent, list) else [recent] if recent else [])]
    items = [str(path)] + [p for p in items if p != str(path)]
    settings.setValue("recent_projects", items[:8])


def annotator_name(settings: QSettings, path: Path, parent: QWidget | None) -> str | None:
    """Who is annotating this project: asked once, then remembered."""
    key = "annotators/" + str(path).replace("/", "|")
    known = settings.value(key)
    if not known:
        from annotator.core.teams import assigned_annotator

        # An annotator's copy opens as the annotator it was assigned to; a damaged file is
        # reported when the window opens it.
        with contextlib.suppress(Exception):
            known = assigned_annotator(path)
    known = known or os.environ.get("ANNOTATOR_NAME")
    if not known:
        from annotator.core.demo import SAMPLE_LAYER, default_sample_path

        if path == default_sample_path().resolve():
            known = SAMPLE_LAYER  # the sample project opens onto its pre-made annotations
    if known:
        return str(known)
    default = os.environ.get("ANNOTATOR_NAME") or getpass.getuser() or "annotator"
    name, ok = QInputDialog.getText(
        parent,
        QApplication.translate("app", "Who is annotating?"),
        QApplication.translate("app", "Your name (your annotations form your own layer in this project):"),
        text=default,
    )
    if not ok or not name.strip():
        return None
    settings.setValue(key, name.strip())
    return name.strip()


def open_project_window(path: str | Path, settings: QSettings, parent_for_dialogs: QWidget | None = None):  # type: ignore[no-untyped-def]
    """Open a project in a new main window; a locked project may be opened read-only."""
    from annotator.core.project import Project, ProjectFileError
    from annotator.core.storage.guard import ProjectLockedError
    from annotator.ui.main_window import MainWindow

    path = Path(path).resolve()
    try:
        project = Project.open(path)
    except ProjectLockedError as exc:
        answer = QMessageBox.question(
            parent_for_dialogs,
            QApplication.translate("app", "Project in use"),
            str(exc) + "\n\n" + QApplication.translate("app", "Open it read-only to look at it?"),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        project = Project.open(path, readonly=True)
    except ProjectFileError as exc:
        QMessageBox.critical(
            parent_for_dialogs, QApplication.translate("app", "Cannot open project"), str(exc)
        )
        return None
    name = annotator_name(settings, path, parent_for_dialogs)
    if name is None:
        project.close()
        return None
    _remember(settings, path)
    return MainWindow(project, name, settings)


def _initial_project(argument: str | None, settings: QSettings) -> Path:
    if argument:
        return Path(argument)
    last = settings.value("last_project")
    if last and Path(str(last)).exists():
        return Path(str(last))
    from annotator.core.demo import build_sample_project, default_sample_path

    sample = default_sample_path()
    if not sample.exists():
        build_sample_project(sample).close()
    return sample


class _Placeholder(QWidget):
    """The first window: empty, shown at once, says when it has been painted."""

    painted = Signal()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()


def run(project: str | None = None) -> int:
    """Run the GUI until its last window closes; returns the exit status."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("annotator")
    app.setOrganizationName("annotator")
    settings = _settings()
    splash = _Placeholder()
    splash.setWindowTitle("annotator")
    splash.resize(1280, 800)
    holder: list[QWidget] = []

    started: list[bool] = []

    def load() -> None:
        if started:
            return
        started.append(True)
        from annotator.ui.i18n import install_language  # after the first paint: may run lrelease

        install_language(app, str(settings.value("language", "en")))
        window = open_project_window(_initial_project(project, settings), settings)
        splash.close()
        if window is None:
            app.quit()
            return
        window.resize(1280, 800)
        window.show()
        holder.append(window)

    # Something is on screen at once; the project (and camel-tools, if an import needs it)
    # loads once the placeholder has been painted, or after a moment if no paint comes (a
    # platform may never expose the window).
    splash.painted.connect(lambda: QTimer.singleShot(0, load), Qt.ConnectionType.SingleShotConnection)
    QTimer.singleShot(PLACEHOLDER_WAIT_MS, load)
    splash.show()
    return app.exec()

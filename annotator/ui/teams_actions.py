"""File > Assign a copy… and File > Merge copies… as a part of MainWindow.

The dialogs (teams_dialogs.py) load only when opened, so the window starts without them. After
a merge that changed the project the window refreshes as after an import, and reloads the open
document when the merge changed this window's own layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from annotator.core.model import Changes

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from annotator.core.project import Project
    from annotator.core.teams import MergeReport


class TeamsActionsMixin:
    project: Project
    layer: str
    settings: QSettings
    doc_id: int | None
    last_dialog: Any

    if TYPE_CHECKING:  # MainWindow's

        def _apply_changes(self, changes: Changes) -> None: ...
        def open_document(self, doc_id: int) -> None: ...

    def _teams_parent(self) -> QWidget:
        from PySide6.QtWidgets import QWidget

        assert isinstance(self, QWidget)
        return self

    def _assign_copy(self) -> None:
        from annotator.ui.teams_dialogs import AssignDialog

        self._open_teams_dialog(AssignDialog(self.project, self._teams_parent(), self.settings))

    def _merge_copies(self) -> None:
        from annotator.ui.teams_dialogs import MergeDialog

        dialog = MergeDialog(self.project, self._teams_parent(), self.settings)
        dialog.merged.connect(self._after_merge)
        self._open_teams_dialog(dialog)

    def _after_merge(self, report: MergeReport) -> None:
        if not report.changed:
            return
        self._apply_changes(Changes(documents=True))  # the document list's counts and statuses
        if self.layer in report.changed_layers() and self.doc_id is not None:
            self.open_document(self.doc_id)

    def _open_teams_dialog(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.last_dialog = dialog
        dialog.show()

"""The Team menu as a part of MainWindow: assign a copy, merge copies, the agreement dashboard,
and the reviewer's window.

The dialogs and windows load only when opened, so the main window starts without them. After a
merge that changed the project the window refreshes as after an import, and reloads the open
document when the merge changed this window's own layer. A figure of the dashboard opens the
document (and the span) behind it here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from annotator.core.model import Changes

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

    from annotator.core.project import Project
    from annotator.core.teams import MergeReport
    from annotator.ui.document_view import DocumentView


class TeamsActionsMixin:
    project: Project
    layer: str
    settings: QSettings
    language: str
    doc_id: int | None
    last_dialog: Any
    view: DocumentView

    if TYPE_CHECKING:  # MainWindow's

        def _apply_changes(self, changes: Changes) -> None: ...
        def open_document(self, doc_id: int) -> None: ...
        def _action(self, menu: QMenu, text: str, shortcut: str | None, slot: Any) -> QAction: ...

    def _add_team_menu(self, bar: QMenuBar) -> None:
        team = bar.addMenu(QCoreApplication.translate("MainWindow", "&Team"))
        self._action(
            team,
            QCoreApplication.translate("MainWindow", "Assi&gn a copy to an annotator…"),
            None,
            self._assign_copy,
        )
        self._action(
            team,
            QCoreApplication.translate("MainWindow", "&Merge annotators' copies…"),
            None,
            self._merge_copies,
        )
        team.addSeparator()
        label = QCoreApplication.translate("MainWindow", "&Agreement…")
        self._action(team, label, "Ctrl+Shift+G", self._show_agreement)
        label = QCoreApplication.translate("MainWindow", "&Review and adjudicate…")
        self._action(team, label, "Ctrl+Shift+R", self._open_review)

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

    def _show_agreement(self) -> None:
        from annotator.ui.agreement_dashboard import AgreementDashboard

        dashboard = AgreementDashboard(self.project, self._teams_parent(), language=self.language)
        dashboard.setWindowFlag(Qt.WindowType.Window)
        dashboard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dashboard.open_item.connect(self._open_agreement_item)
        self.last_dialog = dashboard
        dashboard.show()
        # The figures come right after the window is on screen (the computation takes a moment).
        QTimer.singleShot(0, dashboard.compute)

    def _open_agreement_item(self, doc_id: int, start: int, end: int) -> None:
        """Open the document behind a figure, with the disagreeing span selected."""
        self.open_document(doc_id)
        if start >= 0:
            self.view.set_selection((start, end), emit=False)
            self.view.ensure_visible(start)
        window = self._teams_parent()
        window.raise_()
        window.activateWindow()

    def _open_review(self) -> None:
        """The reviewer's window on this project, deciding as this window's user."""
        from annotator.ui.review_window import ReviewWindow

        window = ReviewWindow(self.project, self.layer, self.settings, language=self.language)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = window  # keeps it alive, and tests reach it
        window.show()

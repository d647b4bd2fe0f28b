"""File > Export… and File > Import annotations… as a part of MainWindow.

The dialogs (exchange_dialogs.py) import the format registry, so they load only when opened:
the window starts without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from annotator.core.model import Changes

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

    from annotator.core.project import Project


class ExchangeActionsMixin:
    project: Project
    layer: str
    settings: QSettings
    doc_id: int | None
    last_dialog: Any

    if TYPE_CHECKING:  # MainWindow's

        def _apply_changes(self, changes: Changes) -> None: ...
        def open_document(self, doc_id: int) -> None: ...

    def _as_widget(self) -> QWidget:
        from PySide6.QtWidgets import QWidget

        assert isinstance(self, QWidget)
        return self

    def _import_annotations(self) -> None:
        from annotator.ui.exchange_dialogs import ImportAnnotationsDialog

        dialog = ImportAnnotationsDialog(self.project, self.layer, self.settings, self._as_widget())
        dialog.imported.connect(lambda _report: self._after_annotation_import())
        self._open_exchange(dialog)

    def _after_annotation_import(self) -> None:
        self._apply_changes(Changes(documents=True))  # as after a document import; then the open one
        if self.doc_id is not None:
            self.open_document(self.doc_id)

    def _export(self) -> None:
        from annotator.ui.exchange_dialogs import ExportDialog

        self._open_exchange(ExportDialog(self.project, self.layer, self.settings, self._as_widget()))

    def _open_exchange(self, dialog: QWidget) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.last_dialog = dialog
        dialog.show()

"""UI languages: the compiled Arabic and English catalogues, and mirroring for Arabic.

The catalogues are `resources/i18n/annotator_<lang>.ts` (Qt Linguist sources, edited by
translators). At start the chosen one is compiled with PySide6's `lrelease` into the user's
cache folder, once per change of the source, and loaded; a machine where that fails falls back
to reading the `.ts` file directly, so the UI is translated either way.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from annotator.core.schema import resources_dir

LANGUAGES = {"en": "English", "ar": "العربية"}


def catalogue_source(language: str) -> Path:
    return resources_dir() / "i18n" / f"annotator_{language}.ts"


def _cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "annotator" / "i18n"


def _lrelease() -> Path | None:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
        if (folder / name).exists():
            return folder / name
    return None


def compiled_catalogue(language: str) -> Path | None:
    """The .qm file for `language`, compiled from its .ts source when that changed."""
    source = catalogue_source(language)
    if not source.exists():
        return None
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = _cache_dir() / f"annotator_{language}-{digest}.qm"
    if target.exists():
        return target
    tool = _lrelease()
    if tool is None:
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [str(tool), "-silent", str(source), "-qm", str(target)], capture_output=True, timeout=60, check=False
    )
    return target if done.returncode == 0 and target.exists() else None


def plural_form(language: str, n: int) -> int:
    """Index of the numerus form for `n`, in Qt's order for the language."""
    if language == "ar":  # zero, one, two, few (3-10), many (11-99), other
        rest = n % 100
        if n in (0, 1, 2):
            return n
        return 3 if 3 <= rest <= 10 else 4 if 11 <= rest <= 99 else 5
    return 0 if n == 1 else 1


class TsTranslator(QTranslator):
    """Reads a .ts file directly: the fallback when the catalogue cannot be compiled."""

    def __init__(self, source: Path, language: str) -> None:
        super().__init__()
        self._language = language
        self._table: dict[tuple[str, str], list[str]] = {}
        root = ET.parse(source).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                self._table[(name, message.findtext("source") or "")] = forms

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        forms = self._table.get((context, source))
        if not forms:
            return ""
        if len(forms) == 1 or n < 0:
            return forms[0]
        return forms[min(len(forms) - 1, plural_form(self._language, n))]

    def isEmpty(self) -> bool:
        return not self._table


_installed: list[QTranslator] = []


def install_language(app: QApplication, language: str) -> None:
    """Load the catalogue for `language` (en or ar) and mirror the layout for Arabic."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    qm = compiled_catalogue(language)
    translator: QTranslator = QTranslator(app)
    if qm is not None:
        translator.load(str(qm))
    elif catalogue_source(language).exists():
        translator = TsTranslator(catalogue_source(language), language)
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    qt_own = QTranslator(app)  # Qt's own dialogs (OK, Cancel, file dialogs)
    if qt_own.load(
        QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        QCoreApplication.installTranslator(qt_own)
        _installed.append(qt_own)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if language == "ar" else Qt.LayoutDirection.LeftToRight
    )

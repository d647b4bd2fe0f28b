"""The shipped catalogues: in step with the UI code, complete, compiled at start, right for Arabic plurals."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

import annotator.ui
from annotator.ui.i18n import LANGUAGES, TsTranslator, catalogue_source, compiled_catalogue, plural_form


@pytest.mark.parametrize("language", sorted(LANGUAGES))
def test_every_message_of_the_catalogue_is_translated(language: str) -> None:
    root = ET.parse(catalogue_source(language)).getroot()
    unfinished = [m.findtext("source") for m in root.iter("message") if m.find("translation").get("type")]
    assert unfinished == []
    assert len(list(root.iter("message"))) > 100


def test_the_arabic_catalogue_compiles_and_translates_menus(qapp, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    qm = compiled_catalogue("ar")
    assert qm is not None and qm.stat().st_size > 0
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&ملف"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_arabic_plural_forms_follow_qt_rules() -> None:
    assert [plural_form("ar", n) for n in (0, 1, 2, 3, 10, 11, 99, 100, 103)] == [0, 1, 2, 3, 3, 4, 4, 5, 3]
    assert [plural_form("en", n) for n in (0, 1, 2)] == [1, 0, 1]


def test_the_uncompiled_fallback_reads_the_same_translations(qapp) -> None:  # type: ignore[no-untyped-def]
    translator = TsTranslator(catalogue_source("ar"), "ar")
    assert translator.translate("MainWindow", "&File") == "&ملف"
    one = translator.translate("SearchPanel", "%n match(es)", None, 1)
    many = translator.translate("SearchPanel", "%n match(es)", None, 5)
    assert one and many and one != many


def _messages(catalogue: Path) -> set[tuple[str, str]]:
    """The (context, source) pairs of a .ts file."""
    root = ET.parse(catalogue).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_catalogues_hold_every_string_of_the_ui_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip(f"pyside6-lupdate is not installed beside the interpreter ({lupdate})")
    sources = sorted(str(path) for path in Path(annotator.ui.__file__).parent.glob("*.py"))
    extracted = tmp_path / "extracted.ts"
    done = subprocess.run(
        [str(lupdate), "-silent", "-locations", "none", *sources, "-ts", str(extracted)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    in_code = _messages(extracted)
    assert len(in_code) > 100
    for language in sorted(LANGUAGES):
        missing = sorted(in_code - _messages(catalogue_source(language)))
        assert missing == [], (
            f"annotator_{language}.ts lacks these (context, source) pairs of the UI code; "
            "run pyside6-lupdate and translate them"
        )

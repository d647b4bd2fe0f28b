"""The shipped catalogues: complete, compiled at start, and right for Arabic plurals."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

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

"""camel-tools morphology on a tiny hand-written database, and the fallback when data is missing.

The morphology path runs in a fresh interpreter (the `run_python` fixture): camel-tools
reads its catalogue once, at the first import of `camel_tools.data`, so each test
imports it there with the `CAMELTOOLS_DATA` its fixture set. See conftest.py.
"""

from __future__ import annotations

import json
import logging
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from annotator.core.text import Morphology, get_morphology, morphology_status

RunPython = Callable[[str], subprocess.CompletedProcess[str]]


def in_fresh_python(run_python: RunPython, expression: str) -> Any:
    """Evaluate `expression` (with annotator.core.text imported as t) in a new interpreter."""
    code = (
        "import dataclasses, json, annotator.core.text as t\n"
        f"value = {expression}\n"
        "print(json.dumps(dataclasses.asdict(value) if dataclasses.is_dataclass(value) else value))"
    )
    finished = run_python(code)
    assert finished.returncode == 0, finished.stderr
    return json.loads(finished.stdout.splitlines()[-1])


def test_tiny_data_is_found_without_importing_camel_tools(tiny_camel_data: Path) -> None:
    status = morphology_status()
    assert status.available
    assert str(tiny_camel_data / "data" / "morphology_db" / "tiny" / "morphology.db") in status.message


def test_li_prefix_of_turkey_is_analysed_by_camel_tools(tiny_camel_data: Path, run_python: RunPython) -> None:
    analysis = in_fresh_python(run_python, "t.get_morphology().analyze('لتركيا')")
    assert analysis == {
        "lemma": "تُرْكِيا",
        "pos": "noun_prop",
        "gloss": "Turkey",
        "diac": "لِتُرْكِيا",
        "proclitics": ["li_prep"],
        "stem_start": 1,
    }


def test_wa_prefix_of_ankara_is_analysed_by_camel_tools(tiny_camel_data: Path, run_python: RunPython) -> None:
    analysis = in_fresh_python(run_python, "t.get_morphology().analyze('وأنقرة')")
    assert (analysis["proclitics"], analysis["stem_start"], analysis["lemma"]) == (["wa_conj"], 1, "أَنْقَرَة")


def test_stem_start_skips_the_harakat_of_the_clitic(tiny_camel_data: Path, run_python: RunPython) -> None:
    analysis = in_fresh_python(run_python, "t.get_morphology().analyze('لِتُرْكِيا')")
    assert (analysis["stem_start"], analysis["gloss"]) == (2, "Turkey")


def test_best_starts_come_from_morphology_or_from_rules_for_unknown_words(
    tiny_camel_data: Path, run_python: RunPython
) -> None:
    words = ["لتركيا", "تركيا", "والقوات", "2020"]
    starts = in_fresh_python(run_python, f"[t.proclitic_starts_best(w) for w in {words!r}]")
    assert starts == [[1], [], [1, 3], []]  # والقوات is a back-off analysis: the rules answer


def test_morphology_loads_from_an_explicit_database_path(
    tiny_camel_data: Path, run_python: RunPython
) -> None:
    db = tiny_camel_data / "data" / "morphology_db" / "tiny" / "morphology.db"
    analysis = in_fresh_python(run_python, f"t.Morphology({str(db)!r}).analyze('وتركيا')")
    assert (analysis["proclitics"], analysis["stem_start"]) == (["wa_conj"], 1)


def test_missing_data_gives_an_unavailable_status_that_says_what_is_missing(empty_camel_data: Path) -> None:
    status = morphology_status()
    assert not status.available
    assert f"no catalogue.json in {empty_camel_data}" in status.message
    assert "split by rules" in status.message


def test_a_catalogue_without_the_database_file_is_unavailable(tiny_camel_data: Path) -> None:
    (tiny_camel_data / "data" / "morphology_db" / "tiny" / "morphology.db").unlink()
    status = morphology_status()
    assert not status.available and "morphology.db is missing" in status.message


def test_a_catalogue_without_a_morphology_component_is_unavailable(empty_camel_data: Path) -> None:
    (empty_camel_data / "catalogue.json").write_text('{"version": "1.6", "packages": {}, "components": {}}')
    assert "lists no default MorphologyDB" in morphology_status().message


def test_missing_data_never_imports_camel_tools_morphology(
    empty_camel_data: Path, run_python: RunPython
) -> None:
    code = (
        "import sys, annotator.core.text as t\n"
        "assert t.get_morphology() is None\n"
        "assert t.proclitic_starts_best('لتركيا') == [1]\n"
        "loaded = [m for m in sys.modules if m.startswith(('camel_tools.data', 'camel_tools.morphology'))]\n"
        "print(loaded)"
    )
    finished = run_python(code)
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.strip() == "[]"
    assert "camel-tools morphology is unavailable" in finished.stderr


def test_building_morphology_without_data_raises_before_importing_camel_tools(empty_camel_data: Path) -> None:
    with pytest.raises(RuntimeError, match=r"no catalogue\.json"):
        Morphology()


def test_missing_data_is_reported_once_per_process(
    empty_camel_data: Path, caplog: pytest.LogCaptureFixture
) -> None:
    get_morphology.cache_clear()
    try:
        with caplog.at_level(logging.WARNING, logger="annotator"):
            assert get_morphology() is None
            assert get_morphology() is None
    finally:
        get_morphology.cache_clear()
    assert [r.getMessage() for r in caplog.records] == [morphology_status().message]

"""Fixtures for the text package tests.

- `seed_texts`: the seed articles from the repository's sibling `shared/seeds/`
  (skipped when ../shared is absent, e.g. in a bare clone).
- `tiny_camel_data`: a camel-tools data folder built by the test, holding a
  hand-written tiny morphology.db and its catalogue.json; `CAMELTOOLS_DATA` points
  at it (and `HOME` at a temporary folder, because importing camel-tools creates
  `~/.camel_tools`).
- `empty_camel_data`: `CAMELTOOLS_DATA` pointing at an empty folder (no catalogue).
- `run_python`: runs code in a fresh interpreter with the repository importable.

Why a fresh interpreter for camel-tools morphology: `camel_tools.data` reads the
catalogue once, when first imported, from the folder `CAMELTOOLS_DATA` named then.
Imported in the pytest process, it would keep whichever folder the first test used
(or try a download if that folder had no catalogue). Each subprocess imports it
with the environment its test set up, and a timeout stops any hang.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]
SHARED = REPO_ROOT / ".." / "shared"

_T = "\t"
# The tiny database of ../shared/NOTES-camel-tools.md, written here so the tests
# need nothing from outside the repository.
TINY_MORPHOLOGY_DB = f"""###DEFINES###
DEFINE pos pos:noun_prop pos:digit pos:punc pos:foreign
DEFINE diac diac:*open*
DEFINE lex lex:*open*
DEFINE bw bw:*open*
DEFINE gloss gloss:*open*
DEFINE prc1 prc1:0 prc1:li_prep
DEFINE prc2 prc2:0 prc2:wa_conj
DEFINE d3tok d3tok:*open*
DEFINE pos_lex_logprob pos_lex_logprob:*open*
###DEFAULTS###
DEFAULT pos:noun_prop prc1:0 prc2:0
DEFAULT pos:digit prc1:0 prc2:0
DEFAULT pos:punc prc1:0 prc2:0
DEFAULT pos:latin prc1:0 prc2:0
###ORDER###
ORDER pos diac lex bw gloss prc1 prc2 d3tok
###TOKENIZATIONS###
TOKENIZATION d3tok
###STEMBACKOFF###
STEMBACKOFF PROP NP
###PREFIXES###
{_T}Pref-0{_T}diac: bw: gloss: prc1:0 prc2:0 d3tok:
ل{_T}Pref-li{_T}diac:لِ bw:لِ/PREP gloss:for prc1:li_prep d3tok:لِ+_
و{_T}Pref-wa{_T}diac:وَ bw:وَ/CONJ gloss:and prc2:wa_conj d3tok:وَ+_
###SUFFIXES###
{_T}Suff-0{_T}diac: bw: gloss: d3tok:
###STEMS###
تركيا{_T}NP{_T}diac:تُرْكِيا lex:تُرْكِيا bw:تُرْكِيا/NOUN_PROP gloss:Turkey pos:noun_prop prc1:0 prc2:0 d3tok:تُرْكِيا pos_lex_logprob:-4.1
انقره{_T}NP{_T}diac:أَنْقَرَة lex:أَنْقَرَة bw:أَنْقَرَة/NOUN_PROP gloss:Ankara pos:noun_prop prc1:0 prc2:0 d3tok:أَنْقَرَة pos_lex_logprob:-4.5
NOAN{_T}NP{_T}diac:NOAN lex:NOAN bw:NOAN/NOUN_PROP gloss:NOAN pos:noun_prop prc1:0 prc2:0 pos_lex_logprob:-99
###TABLE AB###
Pref-0 NP
Pref-li NP
Pref-wa NP
###TABLE BC###
NP Suff-0
###TABLE AC###
Pref-0 Suff-0
Pref-li Suff-0
Pref-wa Suff-0
"""  # noqa: E501

TINY_CATALOGUE = {
    "version": "1.6",
    "packages": {},
    "components": {"MorphologyDB": {"default": "tiny", "datasets": {"tiny": {"path": "morphology_db/tiny"}}}},
}


@pytest.fixture
def seed_texts() -> dict[str, str]:
    """The seed articles by file name; skips the test when ../shared is absent."""
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"../shared is absent: no seed articles at {seeds}")
    return {path.name: path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt"))}


@pytest.fixture
def tiny_camel_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A camel-tools data folder with the tiny morphology database; CAMELTOOLS_DATA points at it."""
    data = tmp_path / "camel_data"
    db_dir = data / "data" / "morphology_db" / "tiny"
    db_dir.mkdir(parents=True)
    (db_dir / "morphology.db").write_text(TINY_MORPHOLOGY_DB, encoding="utf-8")
    (data / "catalogue.json").write_text(json.dumps(TINY_CATALOGUE), encoding="utf-8")
    monkeypatch.setenv("CAMELTOOLS_DATA", str(data))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return data


@pytest.fixture
def empty_camel_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """CAMELTOOLS_DATA pointing at an empty folder: no catalogue, no morphology."""
    data = tmp_path / "empty_camel_data"
    data.mkdir()
    monkeypatch.setenv("CAMELTOOLS_DATA", str(data))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return data


@pytest.fixture
def run_python() -> Callable[[str], subprocess.CompletedProcess[str]]:
    """A function that runs Python code in a fresh interpreter and returns the finished process."""

    def run(code: str) -> subprocess.CompletedProcess[str]:
        path = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
        return subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            cwd=REPO_ROOT,
            env={**os.environ, "PYTHONPATH": path},
            timeout=120,  # a download attempt with no timeout must fail the test, not hang it
            check=False,
        )

    return run

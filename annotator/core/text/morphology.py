"""camel-tools morphology (lemma, part of speech, gloss, proclitics) when its data is installed.

Use `get_morphology()` to get the shared analyser, or None when the data is missing,
and `proclitic_starts_best` for clitic boundaries from the best source available.
`morphology_status()` says, without importing camel-tools, whether the data is there.

Why the care: importing `camel_tools.data` (which every morphology module imports)
with no `catalogue.json` in the data folder starts a download with no timeout.
So nothing here imports camel-tools' morphology before `morphology_status()` has
found the catalogue and a default `MorphologyDB` with its `morphology.db` file.
"""

from __future__ import annotations

import functools
import json
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.text.clitics import proclitic_starts
from annotator.core.text.normalize import normalize, normalize_with_map

__all__ = [
    "Morphology",
    "MorphologyStatus",
    "WordAnalysis",
    "get_morphology",
    "morphology_status",
    "proclitic_starts_best",
]

logger = logging.getLogger("annotator")

_FALLBACK = "clitics are split by rules instead (و ف ب ل ك ال)"
_PROCLITIC_FEATURES = ("prc3", "prc2", "prc1", "prc0")  # outermost first
_NO_VALUE = frozenset({"0", "na", ""})
_ARTICLE = "ال"


@dataclass(frozen=True)
class MorphologyStatus:
    """Whether camel-tools morphology data is installed, and a message saying so.

    Use `message` as it is in logs, `annotator doctor`-style reports and the UI.
    """

    available: bool
    message: str


@dataclass(frozen=True)
class WordAnalysis:
    """The top camel-tools analysis of one word.

    Use it to show a word's lemma, part of speech and gloss, and `stem_start` to take
    the proclitics off a span. `gloss` is the stem's gloss ("Turkey" for لتركيا, where
    camel-tools' whole-word gloss is "for+Turkey"), to go with the lemma.
    `proclitics` holds the prc3..prc0 feature values that are set (e.g. "wa_conj",
    "li_prep", "Al_det"); `stem_start` is the code-point offset in the analysed word
    where the stem begins after all of them, article included (0 when there are none).
    """

    lemma: str
    pos: str
    gloss: str
    diac: str
    proclitics: tuple[str, ...]
    stem_start: int


def _data_dir() -> Path:
    """camel-tools' data folder, found as camel-tools finds it."""
    configured = os.environ.get("CAMELTOOLS_DATA")
    if configured is not None:
        return Path(configured).expanduser().absolute()
    if sys.platform == "win32":
        return Path.home() / "AppData" / "Roaming" / "camel_tools"
    return Path.home() / ".camel_tools"


def _default_dataset(catalogue: Any, component: str) -> str | None:
    """The folder (relative to `<data>/data`) of a component's default dataset, if listed."""
    try:
        entry = catalogue["components"][component]
        path = entry["datasets"][entry["default"]]["path"]
    except (KeyError, TypeError):
        return None
    return path if isinstance(path, str) else None


def _read_catalogue(data_dir: Path) -> tuple[Any, str]:
    """The parsed catalogue.json, or None and the reason it is unusable."""
    catalogue_path = data_dir / "catalogue.json"
    if not catalogue_path.is_file():
        return None, f"no catalogue.json in {data_dir}"
    try:
        return json.loads(catalogue_path.read_text(encoding="utf-8")), ""
    except (OSError, ValueError) as exc:
        return None, f"{catalogue_path} is unreadable ({exc})"


def _morphology_db_path() -> tuple[Path | None, str]:
    """The default morphology.db file, or None and what is missing."""
    data_dir = _data_dir()
    catalogue, problem = _read_catalogue(data_dir)
    if catalogue is None:
        return None, problem
    dataset = _default_dataset(catalogue, "MorphologyDB")
    if dataset is None:
        return None, f"{data_dir / 'catalogue.json'} lists no default MorphologyDB dataset"
    db_path = data_dir / "data" / dataset / "morphology.db"
    if not db_path.is_file():
        return None, f"{db_path} is missing (install it with `camel_data -i light`)"
    return db_path, ""


def _mle_model_path() -> Path | None:
    """The default pretrained MLE model (model.json), when installed."""
    data_dir = _data_dir()
    catalogue, _ = _read_catalogue(data_dir)
    dataset = _default_dataset(catalogue, "DisambigMLE") if catalogue is not None else None
    if dataset is None:
        return None
    model = data_dir / "data" / dataset / "model.json"
    return model if model.is_file() else None


def morphology_status() -> MorphologyStatus:
    """Whether camel-tools morphology data is installed, found without importing camel-tools.

    Use it for diagnostics and before anything that would import camel-tools'
    morphology. Looks in `$CAMELTOOLS_DATA`, else `~/.camel_tools`, for catalogue.json
    naming a default MorphologyDB whose folder holds morphology.db.
    """
    db_path, problem = _morphology_db_path()
    if db_path is None:
        return MorphologyStatus(False, f"camel-tools morphology is unavailable: {problem}; {_FALLBACK}.")
    return MorphologyStatus(True, f"camel-tools morphology: {db_path}")


class Morphology:
    """camel-tools' analyser and MLE disambiguator over one morphology database.

    Use `get_morphology()` for the shared instance; build one yourself only to load a
    specific database file (`db_path`). Without `db_path` it loads the default
    database that `morphology_status()` found (the same file `MorphologyDB.builtin_db()`
    opens, located by us so that what was checked is what is loaded), and the
    pretrained MLE model when one is installed; otherwise MLE ranks analyses by the
    database's pos-lex probabilities. Raises RuntimeError when loading would make
    camel-tools try a download.
    """

    def __init__(self, db_path: str | os.PathLike[str] | None = None) -> None:
        mle_model: Path | None = None
        if db_path is None:
            found, problem = _morphology_db_path()
            if found is None:
                raise RuntimeError(f"camel-tools morphology is unavailable: {problem}")
            db_path, mle_model = found, _mle_model_path()
        elif "camel_tools.data" not in sys.modules and _read_catalogue(_data_dir())[0] is None:
            raise RuntimeError(
                f"cannot load {db_path}: camel-tools needs catalogue.json in {_data_dir()} "
                "or it tries to download one"
            )
        from camel_tools.disambig.mle import MLEDisambiguator
        from camel_tools.morphology.analyzer import Analyzer
        from camel_tools.morphology.database import MorphologyDB

        analyzer = Analyzer(MorphologyDB(str(db_path)), backoff="NOAN_PROP")
        self._mle: Any = MLEDisambiguator(analyzer, str(mle_model) if mle_model else None)

    def analyze(self, word: str) -> WordAnalysis | None:
        """The most likely analysis of `word`, or None when camel-tools has none.

        Use it for a token's lemma, part of speech and gloss; harakat in `word` are
        allowed (the disambiguator removes them, `stem_start` counts them).
        """
        raw = self._top_analysis(word)
        if raw is None:
            return None
        proclitics = tuple(str(raw[f]) for f in _PROCLITIC_FEATURES if str(raw.get(f, "0")) not in _NO_VALUE)
        cuts = _proclitic_cuts(word, raw)
        return WordAnalysis(
            lemma=str(raw.get("lex", "")),
            pos=str(raw.get("pos", "")),
            gloss=str(raw.get("stemgloss") or raw.get("gloss", "")),
            diac=str(raw.get("diac", "")),
            proclitics=proclitics,
            stem_start=cuts[-1] if cuts else 0,
        )

    def proclitic_starts(self, token: str) -> list[int]:
        """Offsets in `token` after each proclitic the analysis found, or [] when none.

        Use it like `clitics.proclitic_starts`: same offsets (code points in the
        original token, harakat skipped), but only where the morphology splits.
        """
        return self._known_starts(token) or []

    def _known_starts(self, token: str) -> list[int] | None:
        """The analysis' proclitic starts, or None when camel-tools does not know the word."""
        raw = self._top_analysis(token)
        if raw is None or raw.get("source") == "backoff":
            return None
        return _proclitic_cuts(token, raw)

    def _top_analysis(self, word: str) -> dict[str, Any] | None:
        if not word.strip():
            return None
        scored = self._mle.disambiguate([word])[0].analyses
        if not scored:
            return None
        analysis: dict[str, Any] = scored[0].analysis
        return analysis


def _proclitic_cuts(word: str, analysis: dict[str, Any]) -> list[int]:
    """Offsets in `word` after each proclitic of `analysis`, from its d3tok segmentation.

    d3tok writes proclitics as separate "form+" pieces ("لِ+_تُرْكِيا"); the article
    stays on the stem, so it is cut here when prc0 is Al_det. Letters are matched on
    normalised forms, and offsets mapped back to `word`, which skips its harakat.
    If the pieces do not match the word's letters, nothing is cut.
    """
    norm, offsets = normalize_with_map(word)
    cuts: list[int] = []
    position = 0
    for piece in str(analysis.get("d3tok", "")).split("_"):
        if not piece.endswith("+"):
            break
        letters = normalize(piece[:-1])
        if not letters or not norm.startswith(letters, position):
            return []
        position += len(letters)
        cuts.append(position)
    if analysis.get("prc0") == "Al_det":
        # After the preposition ل the article is written ل alone (للدفاع).
        after_li = position > 0 and norm[position - 1] == "ل"
        article = "ل" if after_li and not norm.startswith(_ARTICLE, position) else _ARTICLE
        if norm.startswith(article, position):
            position += len(article)
            cuts.append(position)
    # Keep cuts that leave a stem and start on a character of their own (not inside a ligature).
    return [offsets[cut] for cut in cuts if cut < len(norm) and offsets[cut] != offsets[cut - 1]]


@functools.cache
def get_morphology() -> Morphology | None:
    """The shared `Morphology`, or None (with one warning per process) when the data is missing.

    Use it wherever morphology would help and rules can stand in; it is cached, so
    the database loads once. Tests call `get_morphology.cache_clear()` to retry.
    """
    status = morphology_status()
    if not status.available:
        logger.warning(status.message)
        return None
    try:
        return Morphology()
    except Exception as exc:  # a broken database raises many camel-tools error types
        logger.warning("camel-tools morphology could not be loaded (%s); %s.", exc, _FALLBACK)
        return None


def proclitic_starts_best(token: str) -> list[int]:
    """Proclitic starts from camel-tools' morphology when it knows the word, else from the rules.

    Use it for the "take the clitic off" choices of a selected token. A word the
    database does not know (a back-off analysis) gets the rules of `clitics.py`.
    """
    morphology = get_morphology()
    if morphology is not None:
        starts = morphology._known_starts(token)
        if starts is not None:
            return starts
    return proclitic_starts(token)

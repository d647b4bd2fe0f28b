"""Arabic text for annotation: decoding, tokens and sentences with offsets, search forms, clitics.

Use this package for everything that turns imported bytes into stored text and
derives from that text: `read_text_file` / `decode_bytes` at import, `tokenize` and
`sentences` for the stored offsets, `snap_to_tokens` / `snap_to_words` for
selections, `normalize_with_map` / `map_span` for search, `proclitic_starts_best`
for clitic boundaries, and `get_morphology` for lemmas and glosses.

Importing it is cheap: camel-tools is imported inside the functions that need it
(its tokenizer module alone costs ~0.45 s, and CLI start-up is benchmarked), and
its morphology only after `morphology_status()` has found the data installed.
"""

from __future__ import annotations

from annotator.core.text.clitics import proclitic_starts, strip_proclitics
from annotator.core.text.morphology import (
    Morphology,
    MorphologyStatus,
    WordAnalysis,
    get_morphology,
    morphology_status,
    proclitic_starts_best,
)
from annotator.core.text.normalize import map_span, normalize, normalize_with_map
from annotator.core.text.reading import TextDecodeError, decode_bytes, read_text_file, repair_line_endings
from annotator.core.text.selection import clitic_cuts, default_clitic_cut, document_vocabulary, snap_selection
from annotator.core.text.tokens import sentences, snap_to_tokens, snap_to_words, token_index_at, tokenize

__all__ = [
    "Morphology",
    "MorphologyStatus",
    "TextDecodeError",
    "WordAnalysis",
    "clitic_cuts",
    "decode_bytes",
    "default_clitic_cut",
    "document_vocabulary",
    "get_morphology",
    "map_span",
    "morphology_status",
    "normalize",
    "normalize_with_map",
    "proclitic_starts",
    "proclitic_starts_best",
    "read_text_file",
    "repair_line_endings",
    "sentences",
    "snap_selection",
    "snap_to_tokens",
    "snap_to_words",
    "strip_proclitics",
    "token_index_at",
    "tokenize",
]

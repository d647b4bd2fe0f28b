"""Token tags shared by CoNLL and Hugging Face: tokens per policy, spans <-> tags, nesting levels."""

from __future__ import annotations

import pytest

from annotator.core.formats.base import AnnotatedDocument, DocEntity
from annotator.core.formats.tagging import (
    CLITICS_FALLBACK,
    EXPANDED,
    NESTED_DROPPED,
    REPAIRED_I,
    align_to_tokens,
    clitics_fall_back,
    export_tokens,
    keep_levels,
    nest_levels,
    prepare_document,
    spans_to_tags,
    tags_to_spans,
)
from annotator.core.text import morphology

# "Ankara sent a delegation to Turkey's border" style sentence of our own: GPE inside لتركيا.
TEXT = "أرسلت أنقرة وفدا لتركيا والقوات."
GPE = TEXT.index("تركيا")


def doc_with(text: str, *entities: tuple[int, int, str]) -> AnnotatedDocument:
    return AnnotatedDocument(
        id="d1",
        text=text,
        entities=[DocEntity(f"T{i}", s, e, label) for i, (s, e, label) in enumerate(entities)],
    )


def words(text: str, tokens: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in tokens]


def test_words_policy_uses_stored_tokens_or_tokenizes() -> None:
    doc = doc_with(TEXT)
    assert words(TEXT, export_tokens(doc, "words", [])) == [
        "أرسلت",
        "أنقرة",
        "وفدا",
        "لتركيا",
        "والقوات",
        ".",
    ]
    doc.tokens = [(0, 5), (6, 11)]
    assert export_tokens(doc, "words", []) == [(0, 5), (6, 11)]


def test_entity_cuts_split_a_word_where_an_entity_starts_inside_it() -> None:
    doc = doc_with(TEXT, (GPE, GPE + 5, "GPE"))
    tokens = export_tokens(doc, "entity-cuts", [(GPE, GPE + 5)])
    assert words(TEXT, tokens) == ["أرسلت", "أنقرة", "وفدا", "ل", "تركيا", "والقوات", "."]


def test_clitics_without_morphology_fall_back_to_entity_cuts() -> None:
    morphology.get_morphology.cache_clear()
    assert clitics_fall_back("clitics") and not clitics_fall_back("words")
    doc = doc_with(TEXT, (GPE, GPE + 5, "GPE"))
    assert export_tokens(doc, "clitics", [(GPE, GPE + 5)]) == export_tokens(
        doc, "entity-cuts", [(GPE, GPE + 5)]
    )
    notes: dict[str, int] = {}
    prepare_document(doc, "clitics", lambda what, n: notes.__setitem__(what, notes.get(what, 0) + n))
    assert notes[CLITICS_FALLBACK] == 1


def test_clitics_with_morphology_cut_every_proclitic(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(morphology, "get_morphology", lambda: object())
    analysed = {"لتركيا": [1], "والقوات": [1, 3]}  # what camel-tools' morphology says
    monkeypatch.setattr(morphology, "proclitic_starts_best", lambda word: analysed.get(word, []))
    doc = doc_with(TEXT)
    tokens = export_tokens(doc, "clitics", [])
    assert words(TEXT, tokens) == ["أرسلت", "أنقرة", "وفدا", "ل", "تركيا", "و", "ال", "قوات", "."]
    assert not clitics_fall_back("clitics")


def test_spans_to_tags_in_iob2_and_bioes() -> None:
    tokens = [(0, 3), (4, 7), (8, 11), (12, 15)]
    spans = [(0, 7, "ORG"), (12, 15, "GPE")]
    assert spans_to_tags(tokens, spans, "iob2") == (["B-ORG", "I-ORG", "O", "B-GPE"], 0)
    assert spans_to_tags(tokens, spans, "bioes") == (["B-ORG", "E-ORG", "O", "S-GPE"], 0)


def test_a_span_inside_a_word_is_widened_and_counted() -> None:
    tokens = [(0, 5), (6, 11), (12, 16), (17, 23)]  # ... لتركيا
    assert spans_to_tags(tokens, [(18, 23, "GPE")], "iob2") == (["O", "O", "O", "B-GPE"], 1)
    assert align_to_tokens(tokens, [(18, 23, "GPE"), (11, 12, "X")]) == ([(17, 23, "GPE")], 1, 1)


def test_spans_overlapping_after_widening_need_levels() -> None:
    with pytest.raises(ValueError, match="nesting level"):
        spans_to_tags([(0, 6)], [(0, 1, "A"), (1, 6, "B")], "iob2")


def test_i_without_b_starts_a_new_chunk_and_is_counted() -> None:
    tokens = [(i * 2, i * 2 + 1) for i in range(6)]
    spans, repairs = tags_to_spans(tokens, ["O", "I-PER", "I-PER", "B-LOC", "I-ORG", "O"])
    assert spans == [(2, 5, "PER"), (6, 7, "LOC"), (8, 9, "ORG")]
    assert repairs == {REPAIRED_I: 2}
    assert tags_to_spans(tokens, ["O", "I-PER", "I-PER", "B-PER", "I-ORG", "O"], "iob1")[1] == {}


def test_bioes_bilou_and_bare_labels_decode() -> None:
    tokens = [(i * 2, i * 2 + 1) for i in range(6)]
    assert tags_to_spans(tokens, ["B-X", "E-X", "S-Y", "B-X", "I-X", "E-X"])[0] == [
        (0, 3, "X"),
        (4, 5, "Y"),
        (6, 11, "X"),
    ]
    assert tags_to_spans(tokens, ["U-X", "B-Y", "L-Y", "O", "U-X", "U-X"])[0] == [
        (0, 1, "X"),
        (2, 5, "Y"),
        (8, 9, "X"),
        (10, 11, "X"),
    ]
    assert tags_to_spans(tokens, ["PERS", "PERS", "O", "LOC", "ORG", "ORG"]) == (
        [(0, 3, "PERS"), (6, 7, "LOC"), (8, 11, "ORG")],
        {},
    )


@pytest.mark.parametrize("scheme", ["iob2", "bioes"])
def test_tags_round_trip(scheme: str) -> None:
    tokens = [(i * 3, i * 3 + 2) for i in range(8)]
    spans = [(0, 2, "A"), (3, 8, "A"), (12, 20, "B"), (21, 23, "C")]
    tags, _ = spans_to_tags(tokens, spans, scheme)  # type: ignore[arg-type]
    assert tags_to_spans(tokens, tags) == (spans, {})


def test_nest_levels_put_the_outermost_first() -> None:
    outer, inner, deeper, after = (0, 20, "ORG"), (5, 12, "GPE"), (5, 8, "X"), (25, 30, "PER")
    assert nest_levels([after, deeper, inner, outer]) == [[outer, after], [inner], [deeper]]
    same_a, same_b = (0, 4, "UNIT"), (0, 4, "QUANTITY")
    assert nest_levels([same_a, same_b]) == [[same_a], [same_b]]
    assert nest_levels([(0, 5, "A"), (3, 8, "B")]) == [[(0, 5, "A")], [(3, 8, "B")]]


def test_keep_levels_by_policy() -> None:
    levels = [[(0, 20, "ORG")], [(5, 12, "GPE"), (13, 15, "GPE")]]
    notes: dict[str, int] = {}

    def count(what: str, n: int) -> None:
        notes[what] = notes.get(what, 0) + n

    assert keep_levels(levels, "columns", True, count) == levels
    assert keep_levels(levels, "columns", False, count) == levels[:1]
    assert keep_levels(levels, "outer", True, count) == levels[:1]
    assert keep_levels(levels, "refuse", True, count) is None
    assert keep_levels(levels[:1], "refuse", True, count) == levels[:1]
    assert notes == {NESTED_DROPPED: 4}


def test_prepare_counts_widening_and_keeps_entities_in_one_sentence() -> None:
    text = "قال د. سامي الأحمد إن الوفد وصل."
    start = text.index("د.")
    doc = doc_with(text, (start, text.index(" إن"), "PER"))
    notes: dict[str, int] = {}
    prepared = prepare_document(doc, "words", lambda what, n: notes.__setitem__(what, notes.get(what, 0) + n))
    assert notes == {"sentence breaks inside an entity removed": 1}
    assert list(prepared.sentence_ranges()) == [(0, len(prepared.tokens))]
    word = doc_with(TEXT, (GPE, GPE + 5, "GPE"))
    notes.clear()
    prepared = prepare_document(
        word, "words", lambda what, n: notes.__setitem__(what, notes.get(what, 0) + n)
    )
    assert notes == {EXPANDED: 1} and prepared.levels == [[(GPE - 1, GPE + 5, "GPE")]]

"""spaCy DocBin export/import, checked with spaCy itself as the consumer."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotator.core.formats import (
    AnnotatedDocument,
    DocEntity,
    DocEvent,
    DocStance,
    FormatError,
    Problem,
    ReadOptions,
    ReadResult,
    WriteContext,
    WriteOptions,
)
from annotator.core.formats.spacy_docbin import (
    EVENTS_DROPPED,
    EXPANDED,
    ONLY_IN_GROUP,
    SPAN_KEY,
    STANCES_DROPPED,
    misaligned_entities,
    read,
    write,
)
from annotator.core.schema import Schema

spacy = pytest.importorskip("spacy")
from spacy.tokens import DocBin  # noqa: E402
from spacy.training import offsets_to_biluo_tags  # noqa: E402

# Our own sentences. GPE on تركيا inside لتركيا and on بغداد inside وبغداد (after a proclitic);
# the others are whole words.
NEWS = "قال وزير الخارجية إن لتركيا دوراً مهماً في سوريا، وأكد أحمد سعيد أن الاتفاق مع الأردن قائم في وبغداد."
PARAGRAPHS = "  زار الوزير لتركيا أمس.\n\nوقال إن الزيارة  ناجحة.\t\n\nوانتهت الجولة في عمّان. \n"


def entity(doc_text: str, entity_id: str, word: str, label: str, *, kb_id: str | None = None) -> DocEntity:
    start = doc_text.index(word)
    return DocEntity(entity_id, start, start + len(word), label, kb_id=kb_id)


def news_doc() -> AnnotatedDocument:
    return AnnotatedDocument(
        id="news-1",
        title="تصريحات",
        text=NEWS,
        entities=[
            entity(NEWS, "T1", "تركيا", "GPE", kb_id="Q43"),
            entity(NEWS, "T2", "سوريا", "GPE"),
            entity(NEWS, "T3", "أحمد سعيد", "PER"),
            entity(NEWS, "T4", "الأردن", "GPE"),
            entity(NEWS, "T5", "بغداد", "GPE"),
        ],
    )


def nested_doc() -> AnnotatedDocument:
    text = "أعلنت وزارة الخارجية السورية اليوم أن الوزير سيزور عمّان."
    return AnnotatedDocument(
        id="nested-1",
        title="إعلان",
        text=text,
        source="وكالة",
        date="2024-05-01",
        entities=[
            entity(text, "E1", "وزارة الخارجية السورية", "ORG", kb_id="Q1"),
            entity(text, "E2", "السورية", "NORP"),
            entity(text, "E3", "عمّان", "GPE"),
        ],
    )


def context(tokens: str = "words") -> WriteContext:
    return WriteContext(schema=Schema.default(), options=WriteOptions(tokens=tokens))


def spacy_docs(path: Path) -> list[object]:
    return list(DocBin().from_disk(path).get_docs(spacy.blank("ar").vocab))


def read_all(path: Path) -> tuple[list[AnnotatedDocument], list[Problem], ReadResult]:
    result = ReadResult()
    items = list(read(path, ReadOptions(), result))
    docs = [i for i in items if isinstance(i, AnnotatedDocument)]
    return docs, [i for i in items if isinstance(i, Problem)], result


def triples(doc: AnnotatedDocument) -> set[tuple[int, int, str]]:
    return {(e.start, e.end, e.label) for e in doc.entities}


def test_text_is_exact_with_paragraphs_and_odd_whitespace(tmp_path: Path) -> None:
    doc = AnnotatedDocument(id="p", text=PARAGRAPHS, entities=[entity(PARAGRAPHS, "T1", "عمّان", "GPE")])
    (path,) = write(iter([doc]), tmp_path, "", context())
    assert path == tmp_path / "documents.spacy"
    (sdoc,) = spacy_docs(path)
    assert sdoc.text == PARAGRAPHS
    assert "\n\n" in [t.text for t in sdoc]
    (back,), problems, _ = read_all(path)
    assert not problems
    assert back.text == PARAGRAPHS
    assert all(not back.text[a:b].isspace() for a, b in back.tokens)
    assert [back.text[a:b] for a, b in back.sentences] == [
        "زار الوزير لتركيا أمس.",
        "وقال إن الزيارة  ناجحة.",
        "وانتهت الجولة في عمّان.",
    ]


def test_consumer_sees_nested_entities_in_span_group_and_outer_in_ents(tmp_path: Path) -> None:
    doc = nested_doc()
    ctx = context()
    (path,) = write([doc], tmp_path, "train", ctx)
    assert path.name == "train.spacy"
    (sdoc,) = spacy_docs(path)
    ents = [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in sdoc.ents]
    assert ents == [(6, 28, "ORG", "Q1"), (doc.text.index("عمّان"), len(doc.text) - 1, "GPE", "")]
    group = sdoc.spans[SPAN_KEY]
    assert {(s.start_char, s.end_char, s.label_) for s in group} == triples(doc)
    assert {s.id_ for s in group} == {"E1", "E2", "E3"}
    assert sdoc.user_data == {"id": "nested-1", "title": "إعلان", "source": "وكالة", "date": "2024-05-01"}
    assert ctx.notes == {ONLY_IN_GROUP: 1}


def test_round_trip_keeps_nesting_ids_kb_ids_and_document_fields(tmp_path: Path) -> None:
    original = [nested_doc(), news_doc()]
    (path,) = write(original, tmp_path, "", context("entity-cuts"))
    docs, problems, _ = read_all(path)
    assert not problems
    assert [(d.id, d.title, d.source, d.date) for d in docs] == [
        (d.id, d.title, d.source, d.date) for d in original
    ]
    for before, after in zip(original, docs, strict=True):
        assert after.text == before.text
        assert {(e.id, e.start, e.end, e.label, e.kb_id) for e in after.entities} == {
            (e.id, e.start, e.end, e.label, e.kb_id) for e in before.entities
        }
        for e in after.entities:
            assert after.text[e.start : e.end] == before.text[e.start : e.end]


def test_words_widen_clitic_entities_and_count_them(tmp_path: Path) -> None:
    ctx = context("words")
    (path,) = write([news_doc()], tmp_path, "", ctx)
    (back,), _, _ = read_all(path)
    got = {back.text[e.start : e.end] for e in back.entities}
    assert got == {"لتركيا", "سوريا", "أحمد سعيد", "الأردن", "وبغداد"}
    assert ctx.notes == {EXPANDED: 2}


def test_entity_cuts_make_every_entity_exact(tmp_path: Path) -> None:
    doc = news_doc()
    ctx = context("entity-cuts")
    (path,) = write([doc], tmp_path, "", ctx)
    assert EXPANDED not in ctx.notes
    (sdoc,) = spacy_docs(path)
    assert {(e.start_char, e.end_char, e.label_) for e in sdoc.ents} == triples(doc)
    # spaCy's own check on the tokens we wrote: nothing misaligned.
    tags = offsets_to_biluo_tags(sdoc, sorted(triples(doc)))
    assert "-" not in tags
    assert [t.text for t in sdoc[4:6]] == ["ل", "تركيا"]


@pytest.mark.filterwarnings("ignore:.*W030")
def test_biluo_on_our_offsets_marks_only_clitic_entities_as_helper_predicts() -> None:
    nlp = spacy.blank("ar")
    doc = news_doc()
    sdoc = nlp.make_doc(doc.text)
    tags = offsets_to_biluo_tags(sdoc, sorted(triples(doc)))
    dashed = {doc.text[t.idx : t.idx + len(t)] for t, tag in zip(sdoc, tags, strict=True) if tag == "-"}
    assert dashed == {"لتركيا", "وبغداد"}
    by_spacy = [e.id for e in doc.entities if "-" in offsets_to_biluo_tags(sdoc, [(e.start, e.end, e.label)])]
    assert [e.id for e in misaligned_entities(doc)] == by_spacy == ["T1", "T5"]


def test_two_writes_are_byte_identical_and_zlib_not_gzip(tmp_path: Path) -> None:
    def docs() -> Iterator[AnnotatedDocument]:  # a generator: the writer must not need len()
        yield nested_doc()
        yield news_doc()

    (first,) = write(docs(), tmp_path, "a", context())
    (second,) = write(docs(), tmp_path, "b", context())
    data = first.read_bytes()
    assert data == second.read_bytes()
    assert data[:2] != b"\x1f\x8b"  # no gzip header, hence no mtime
    zlib.decompress(data)


def test_events_and_stances_are_counted_as_dropped(tmp_path: Path) -> None:
    doc = news_doc()
    doc.events = [DocEvent("E1", "Statement", 0, 3)]
    doc.stances = [DocStance("S1", "positive", target_entity="T1"), DocStance("S2", "negative", target="x")]
    ctx = context("entity-cuts")
    write([doc], tmp_path, "", ctx)
    assert ctx.notes == {EVENTS_DROPPED: 1, STANCES_DROPPED: 2}


def test_empty_and_whitespace_documents_survive(tmp_path: Path) -> None:
    docs = [AnnotatedDocument(id="empty", text=""), AnnotatedDocument(id="blank", text=" \n\n ")]
    (path,) = write(docs, tmp_path, "", context())
    back, problems, _ = read_all(path)
    assert not problems
    assert [(d.id, d.text, d.entities) for d in back] == [("empty", "", []), ("blank", " \n\n ", [])]


def test_reader_refuses_a_file_that_is_not_a_docbin(tmp_path: Path) -> None:
    path = tmp_path / "notes.spacy"
    path.write_text(json.dumps({"text": "نص"}), encoding="utf-8")
    with pytest.raises(FormatError, match=r"notes\.spacy.*not a spaCy DocBin"):
        list(read(path, ReadOptions(), ReadResult()))


def test_reader_without_user_data_names_documents_after_the_file(tmp_path: Path) -> None:
    nlp = spacy.blank("ar")
    sdoc = nlp.make_doc("وصل الرئيس إلى القاهرة")
    sdoc.ents = [sdoc.char_span(15, 22, "GPE")]
    path = tmp_path / "plain.spacy"
    DocBin(docs=[sdoc, nlp.make_doc("خبر آخر")]).to_disk(path)
    docs, _, _ = read_all(tmp_path)  # a folder of .spacy files
    assert [d.id for d in docs] == ["plain-1", "plain-2"]
    assert [(e.id, e.start, e.end, e.label) for e in docs[0].entities] == [("T1", 15, 22, "GPE")]


@pytest.mark.shared
def test_anercorp_sample_matches_its_offsets_jsonl(shared_dir: Path) -> None:
    folder = shared_dir / "corpora" / "spacy"
    docs, problems, result = read_all(folder / "anercorp_camel_test.first50.spacy")
    lines = (folder / "anercorp_camel_test.first50.spacy_offsets.jsonl").read_text("utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert not problems and not result.notes
    assert len(docs) == len(rows) == 50
    assert docs[0].id == "anercorp_camel_test.first50-1"
    for doc, row in zip(docs, rows, strict=True):
        assert doc.text == row["text"]
        assert triples(doc) == {tuple(e) for e in row["entities"]}


@pytest.mark.shared
def test_wojood_nested_span_group_comes_back_overlapping_and_round_trips(
    shared_dir: Path, tmp_path: Path
) -> None:
    path = shared_dir / "corpora" / "spacy" / "wojood_val.first40.nested_spangroup.spacy"
    docs, problems, _ = read_all(path)
    assert not problems and len(docs) == 40
    raw = spacy_docs(path)
    assert sum(len(d.entities) for d in docs) == sum(len(s.spans["wojood_nested"]) for s in raw)
    overlapping = [
        d.id
        for d in docs
        for a in d.entities
        for b in d.entities
        if a is not b and a.start <= b.start < a.end
    ]
    assert overlapping
    ctx = context("entity-cuts")
    (out,) = write(docs, tmp_path, "", ctx)
    again, _, _ = read_all(out)
    assert [(d.text, triples(d)) for d in again] == [(d.text, triples(d)) for d in docs]
    assert ctx.notes.get(ONLY_IN_GROUP, 0) > 0

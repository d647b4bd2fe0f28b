"""OneIE/TextEE-style event JSON lines: our writer's lines, our reader on them, plain OneIE and WikiEvents."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from annotator.core.formats import get_format
from annotator.core.formats.base import (
    AnnotatedDocument,
    DocArgument,
    DocEntity,
    DocEvent,
    DocStance,
    FormatError,
    Problem,
    ReadOptions,
    ReadResult,
    WriteContext,
)
from annotator.core.formats.events import read, write
from annotator.core.schema import Schema

TEXT = "قصفت الطائرات الروسية مدينة إدلب يوم الجمعة.\n\nوقال الوزير إن الهجوم أسفر عن مقتل 33 جنديا.\n"


def at(piece: str, nth: int = 0) -> tuple[int, int]:
    start = [m.start() for m in re.finditer(re.escape(piece), TEXT)][nth]
    return start, start + len(piece)


def arabic_doc() -> AnnotatedDocument:
    entities = [
        DocEntity("T1", *at("الطائرات الروسية"), "VEH", {"mention_type": "NOM"}),
        DocEntity("T2", *at("الروسية"), "NORP"),  # nested
        DocEntity("T3", *at("إدلب"), "GPE", {"mention_type": "NAM"}),
        DocEntity("T4", *at("يوم الجمعة"), "DATE"),
        DocEntity("T5", *at("الوزير"), "PER"),
        DocEntity("T6", *at("33 جنديا"), "NUM"),
    ]
    events = [
        DocEvent(
            "E1",
            "Conflict.Attack",
            *at("قصفت"),
            [DocArgument("Instrument", "T1"), DocArgument("Place", "T3"), DocArgument("Time", "T4")],
        ),
        DocEvent("E2", "Contact.Broadcast", *at("وقال"), [DocArgument("Entity", "T5")]),
        DocEvent("E3", "Life.Die", *at("مقتل"), [DocArgument("Victim", "T6")]),
    ]
    return AnnotatedDocument(id="خبر-1", text=TEXT, entities=entities, events=events)


def write_docs(docs: list[AnnotatedDocument], out: Path, part: str = "") -> tuple[Path, WriteContext]:
    context = WriteContext(schema=Schema.default())
    paths = write(iter(docs), out, part, context)
    assert len(paths) == 1
    return paths[0], context


def read_all(path: Path, result: ReadResult | None = None) -> tuple[list[AnnotatedDocument], list[Problem]]:
    docs: list[AnnotatedDocument] = []
    problems: list[Problem] = []
    for item in read(path, ReadOptions(), result or ReadResult()):
        (problems if isinstance(item, Problem) else docs).append(item)  # type: ignore[arg-type]
    return docs, problems


def lines_of(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def annotations(doc: AnnotatedDocument) -> tuple[Any, ...]:
    spans = {e.id: (e.start, e.end, e.label) for e in doc.entities}
    entities = sorted((*spans[e.id], sorted(e.attributes.items())) for e in doc.entities)
    events = sorted(
        (v.start, v.end, v.type, sorted((a.role, spans[a.entity or ""]) for a in v.arguments))
        for v in doc.events
    )
    return entities, events


def test_registry_lists_events_both_ways() -> None:
    info = get_format("events")
    assert info.read is read and info.write is write
    assert info.carries == frozenset({"entities", "events"})


def test_one_line_per_sentence_with_sentence_relative_token_offsets(tmp_path: Path) -> None:
    path, context = write_docs([arabic_doc()], tmp_path, "dev")
    assert path == tmp_path / "dev.oneie.jsonl"
    assert path.read_bytes().decode("utf-8").count("\n") == 2  # Arabic stays UTF-8, "\n" line ends
    first, second = lines_of(path)
    assert list(first) == [
        "doc_id",
        "sent_id",
        "tokens",
        "sentence",
        "entity_mentions",
        "relation_mentions",
        "event_mentions",
        "char_start",
        "char_end",
        "text_before",
    ]
    assert (first["sent_id"], second["sent_id"]) == ("خبر-1-0", "خبر-1-1")
    assert first["sentence"] == "قصفت الطائرات الروسية مدينة إدلب يوم الجمعة."
    assert second["text_before"] == "\n\n"
    for line in (first, second):
        for mention in line["entity_mentions"]:
            assert " ".join(line["tokens"][mention["start"] : mention["end"]]) == mention["text"]
            assert TEXT[mention["char_start"] : mention["char_end"]] == mention["text"]
    idlib = next(m for m in first["entity_mentions"] if m["text"] == "إدلب")
    assert idlib == {
        "id": "خبر-1-T3",
        "text": "إدلب",
        "entity_type": "GPE",
        "mention_type": "NAM",
        "start": 4,
        "end": 5,
        "char_start": 28,
        "char_end": 32,
    }
    attack = first["event_mentions"][0]
    assert attack["trigger"] == {"text": "قصفت", "start": 0, "end": 1, "char_start": 0, "char_end": 4}
    assert [a["role"] for a in attack["arguments"]] == ["Instrument", "Place", "Time"]
    assert attack["arguments"][1] == {"entity_id": "خبر-1-T3", "text": "إدلب", "role": "Place"}
    assert [e["event_type"] for e in second["event_mentions"]] == ["Contact.Broadcast", "Life.Die"]
    assert context.notes == {}


def test_round_trip_restores_text_and_annotations(tmp_path: Path) -> None:
    original = arabic_doc()
    path, _ = write_docs([original, AnnotatedDocument(id="خبر-2", text="بيان قصير")], tmp_path)
    result = ReadResult()
    docs, problems = read_all(path, result)
    assert problems == [] and result.notes == {}
    assert [d.id for d in docs] == ["خبر-1", "خبر-2"]
    assert docs[0].text == TEXT.rstrip("\n")  # whitespace after the last sentence is not kept
    assert annotations(docs[0]) == annotations(original)
    assert docs[0].sentences == [
        at("قصفت الطائرات الروسية مدينة إدلب يوم الجمعة."),
        at("وقال الوزير إن الهجوم أسفر عن مقتل 33 جنديا."),
    ]
    assert all(docs[0].text[a:b] for a, b in docs[0].tokens)


def test_output_is_deterministic(tmp_path: Path) -> None:
    shuffled = arabic_doc()
    shuffled.entities.reverse()
    shuffled.events.reverse()
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a, _ = write_docs([arabic_doc()], tmp_path / "a")
    b, _ = write_docs([shuffled], tmp_path / "b")
    assert a.read_bytes() == b.read_bytes()


def test_losses_are_counted_and_char_offsets_stay_exact(tmp_path: Path) -> None:
    doc = arabic_doc()
    doc.entities[2].kb_id = "Q188040"
    # "هجوم" without its article "ال": inside one token, widened to it for the token offsets.
    start, end = at("الهجوم")
    doc.entities.append(DocEntity("T8", start + 2, end, "ORG", {"focus": True}))
    doc.events[0].attributes = {"polarity": "positive"}
    doc.events[0].cluster = "idlib"
    doc.events[1].arguments.append(DocArgument("Topic", event="E1"))
    doc.events[2].arguments.append(DocArgument("Place", entity="T3"))  # T3 is in the first sentence
    doc.stances = [DocStance("s1", "against", target="syrian_government")]
    path, context = write_docs([doc], tmp_path)
    assert context.notes == {
        "entities expanded to whole tokens": 1,
        "entity attributes dropped": 1,
        "entity kb_ids dropped": 1,
        "events as arguments dropped (OneIE arguments are entity mentions)": 1,
        "arguments outside the trigger's sentence dropped (OneIE is sentence-level)": 1,
        "event attributes dropped": 1,
        "event clusters dropped": 1,
        "stances dropped (not in this format)": 1,
    }
    widened = next(m for line in lines_of(path) for m in line["entity_mentions"] if m["id"] == "خبر-1-T8")
    assert widened["text"] == "هجوم"
    docs, _ = read_all(path)
    entity = next(e for e in docs[0].entities if e.id == "T8")
    assert (entity.start, entity.end) == (start + 2, end)


def test_plain_oneie_lines_rebuild_text_from_tokens(tmp_path: Path) -> None:
    lines = [
        {
            "doc_id": "ن1",
            "sent_id": "ن1-0",
            "tokens": ["اعتقلت", "الشرطة", "ثلاثة", "متظاهرين"],
            "sentence": "اعتقلت الشرطة ثلاثة متظاهرين",
            "entity_mentions": [
                {"id": "m1", "text": "الشرطة", "entity_type": "ORG", "start": 1, "end": 2},
                {"id": "m2", "text": "ثلاثة متظاهرين", "entity_type": "PER", "start": 2, "end": 4},
            ],
            "relation_mentions": [],
            "event_mentions": [
                {
                    "id": "ev1",
                    "event_type": "Justice.Arrest-Jail",
                    "trigger": {"text": "اعتقلت", "start": 0, "end": 1},
                    "arguments": [
                        {"entity_id": "m1", "text": "الشرطة", "role": "Agent"},
                        {"entity_id": "m9", "text": "؟", "role": "Person"},
                    ],
                }
            ],
        },
        {
            "doc_id": "ن1",
            "sent_id": "ن1-1",
            "tokens": ["انتهى", "."],
            "entity_mentions": [],
            "event_mentions": [],
        },
        {"doc_id": "ن2", "sent_id": "ن2-0", "tokens": ["خبر"]},
    ]
    path = tmp_path / "plain.jsonl"
    body = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n"
    path.write_text("\n" + body, encoding="utf-8")
    docs, problems = read_all(path)
    assert [(p.line, p.item) for p in problems] == [(2, "event ev1")]
    doc = docs[0]
    assert doc.text == "اعتقلت الشرطة ثلاثة متظاهرين\nانتهى ."
    assert doc.title == "اعتقلت الشرطة ثلاثة متظاهرين"
    assert [(doc.text[e.start : e.end], e.label) for e in doc.entities] == [
        ("الشرطة", "ORG"),
        ("ثلاثة متظاهرين", "PER"),
    ]
    assert [(a.role, a.entity) for a in doc.events[0].arguments] == [("Agent", "m1")]
    assert doc.sentences == [(0, 28), (29, 36)]
    assert [d.id for d in docs] == ["ن1", "ن2"]


def test_bad_lines_are_reported_and_a_non_json_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    good = {
        "doc_id": "d",
        "sent_id": "d-0",
        "tokens": ["نص"],
        "entity_mentions": [{"id": "x", "text": "نص", "entity_type": "ORG", "start": 0, "end": 3}],
    }
    path.write_text(json.dumps(good, ensure_ascii=False) + "\n{not json\n[1, 2]\n", encoding="utf-8")
    docs, problems = read_all(path)
    assert [p.line for p in problems] == [2, 3, 1]
    assert "outside the 1 tokens" in problems[2].message
    assert len(docs) == 1 and docs[0].entities == []
    other = tmp_path / "other.jsonl"
    other.write_text("عنوان,نص\n", encoding="utf-8")
    with pytest.raises(FormatError, match="not a JSON line"):
        read_all(other)


@pytest.mark.shared
def test_wikievents_documents_read_with_their_counts(shared_dir: Path) -> None:
    path = shared_dir / "corpora" / "event_json" / "wikievents" / "dev.first2docs.jsonl"
    docs, problems = read_all(path)
    assert problems == []
    raw = lines_of(path)
    assert [d.id for d in docs] == [r["doc_id"] for r in raw]
    for doc, record in zip(docs, raw, strict=True):
        assert len(doc.entities) == len(record["entity_mentions"])
        assert len(doc.events) == len(record["event_mentions"])
        assert sum(len(v.arguments) for v in doc.events) == sum(
            len(e["arguments"]) for e in record["event_mentions"]
        )
        assert len(doc.sentences) == len(record["sentences"])
        assert [doc.text[a:b] for a, b in doc.tokens] == record["tokens"]
        for entity, mention in zip(doc.entities, record["entity_mentions"], strict=True):
            assert doc.text[entity.start : entity.end] == " ".join(
                record["tokens"][mention["start"] : mention["end"]]
            )
    first, second = ([token[0] for token in sentence[0]] for sentence in raw[0]["sentences"][:2])
    assert docs[0].text.startswith(" ".join(first) + "\n" + " ".join(second) + "\n")

"""brat standoff: our writer's files, our reader on hand-made and real brat files, and round trips."""

from __future__ import annotations

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
from annotator.core.formats.brat import annotation_conf, read, visual_conf, write
from annotator.core.schema import Schema

TEXT = (
    "أعلنت أنقرة يوم الجمعة رفضها للهجوم على إدلب.\n"
    "وقال وزير الدفاع التركي إن القوات التركية سترد على الهجوم.\n"
    "حلف شمال\nالأطلسي يدعو إلى التهدئة.\n"
)


def at(piece: str, nth: int = 0, text: str = TEXT) -> tuple[int, int]:
    """The span of the nth occurrence of `piece` in the text."""
    start = [m.start() for m in re.finditer(re.escape(piece), text)][nth]
    return start, start + len(piece)


def arabic_doc(doc_id: str = "مقال-1") -> AnnotatedDocument:
    entities = [
        DocEntity("e1", *at("أنقرة"), "GPE", {"mention_type": "NAM"}, kb_id="Q3640"),
        DocEntity("e2", *at("يوم الجمعة"), "DATE"),
        DocEntity("e3", *at("إدلب"), "GPE", kb_id="Q188040"),
        DocEntity("e4", *at("وزير الدفاع التركي"), "PER", {"mention_type": "NOM", "focus": True}),
        DocEntity("e5", *at("التركي"), "NORP"),  # nested in e4
        DocEntity("e6", *at("القوات التركية"), "ORG"),
        DocEntity("e7", *at("حلف شمال\nالأطلسي"), "ORG", kb_id="Q7184"),  # crosses a line break
        DocEntity("e8", *at("التركية"), "NORP", kb_id="Q3640"),  # shares a kb_id with e1
    ]
    events = [
        DocEvent(
            "v1", "Conflict.Attack", *at("للهجوم"), [DocArgument("Place", entity="e3")], cluster="idlib-2020"
        ),
        DocEvent(
            "v2",
            "Contact.Broadcast",
            *at("أعلنت"),
            [DocArgument("Entity", entity="e1"), DocArgument("Topic", event="v1"), DocArgument("Time", "e2")],
            {"polarity": "positive", "modality": "asserted"},
        ),
        DocEvent(
            "v3",
            "Contact.Broadcast",
            *at("وقال"),
            [
                DocArgument("Entity", entity="e4"),
                DocArgument("Entity", entity="e6"),
                DocArgument("Topic", event="v4"),
            ],
        ),
        DocEvent(
            "v4", "Conflict.Attack", *at("سترد"), [DocArgument("Attacker", entity="e6")], {"tense": "future"}
        ),
    ]
    stances = [
        DocStance(
            "s1",
            "against",
            holder="e1",
            target="turkish_operation_idlib",
            evidence=[at("رفضها للهجوم"), at("سترد على الهجوم")],
            intensity=2,
            confidence=0.75,
            note="رفض صريح",
        ),
        DocStance("s2", "favor", target_entity="e7", scope=at("حلف شمال\nالأطلسي يدعو إلى التهدئة.")),
        DocStance("s3", "neutral", target="de_escalation_idlib"),  # document-level: no evidence, no scope
    ]
    return AnnotatedDocument(id=doc_id, text=TEXT, entities=entities, events=events, stances=stances)


def read_all(path: Path, result: ReadResult | None = None) -> tuple[list[AnnotatedDocument], list[Problem]]:
    docs: list[AnnotatedDocument] = []
    problems: list[Problem] = []
    for item in read(path, ReadOptions(), result or ReadResult()):
        (problems if isinstance(item, Problem) else docs).append(item)  # type: ignore[arg-type]
    return docs, problems


def comparable(doc: AnnotatedDocument) -> dict[str, Any]:
    """A document's annotations with ids replaced by spans, so files with renumbered ids compare equal."""
    entities = {e.id: (e.start, e.end, e.label) for e in doc.entities}
    events = {v.id: (v.start, v.end, v.type) for v in doc.events}

    def argument(a: DocArgument) -> tuple[str, Any]:
        return (a.role, entities[a.entity] if a.entity else ("event", events[a.event or ""]))

    entity_rows = [(*entities[e.id], sorted(e.attributes.items(), key=repr), e.kb_id) for e in doc.entities]
    event_rows = [
        (*events[v.id], sorted(map(argument, v.arguments), key=repr), sorted(v.attributes.items()), v.cluster)
        for v in doc.events
    ]
    stance_rows = [
        {
            "polarity": s.polarity,
            "target": s.target,
            "holder": entities.get(s.holder or ""),
            "target_entity": entities.get(s.target_entity or ""),
            "scope": s.scope,
            "evidence": s.evidence,
            "intensity": s.intensity,
            "confidence": s.confidence,
            "note": s.note,
        }
        for s in doc.stances
    ]
    return {
        "text": doc.text,
        "entities": sorted(entity_rows, key=repr),
        "events": sorted(event_rows, key=repr),
        "stances": sorted(stance_rows, key=repr),
    }


def write_docs(docs: list[AnnotatedDocument], out: Path, part: str = "") -> tuple[list[Path], WriteContext]:
    context = WriteContext(schema=Schema.default())
    return write(iter(docs), out, part, context), context


def test_registry_lists_brat_both_ways() -> None:
    info = get_format("brat")
    assert info.read is read and info.write is write
    assert {"entities", "nested", "events", "stances", "attributes"} <= info.carries


def test_writer_puts_text_annotations_and_configuration_in_the_part_folder(tmp_path: Path) -> None:
    paths, _ = write_docs([arabic_doc()], tmp_path, "train")
    folder = tmp_path / "train"
    assert sorted(p.name for p in paths) == ["annotation.conf", "visual.conf", "مقال-1.ann", "مقال-1.txt"]
    assert (folder / "مقال-1.txt").read_bytes() == TEXT.encode("utf-8")
    assert not (folder / "مقال-1.ann").read_bytes().startswith(b"\xef\xbb\xbf")


def test_ann_lines_follow_brat_syntax(tmp_path: Path) -> None:
    write_docs([arabic_doc()], tmp_path)
    ann = (tmp_path / "documents" / "مقال-1.ann").read_text(encoding="utf-8")
    lines = ann.splitlines()
    spans = {line.split("\t")[2]: line for line in lines if line.startswith("T")}
    # Every T line's offsets point at its text; a span over a line break is two fragments.
    for line in lines:
        if line.startswith("T"):
            _, head, shown = line.split("\t")
            pieces = [tuple(map(int, f.split())) for f in head.split(" ", 1)[1].split(";")]
            assert " ".join(TEXT[a:b] for a, b in pieces) == shown
    start, end = at("حلف شمال\nالأطلسي")
    assert spans["حلف شمال الأطلسي"].split("\t")[1] == f"ORG {start} {start + 8};{start + 9} {end}"
    broadcast = next(line for line in lines if "\tContact.Broadcast:" in line and "Entity2:" in line)
    assert re.fullmatch(r"E\d+\tContact\.Broadcast:T\d+ Entity:T\d+ Entity2:T\d+ Topic:E\d+", broadcast)
    assert any(re.fullmatch(r"A\d+\tmention_type T\d+ NAM", line) for line in lines)
    assert any(re.fullmatch(r"A\d+\tfocus T\d+", line) for line in lines)  # binary attribute
    assert any(re.fullmatch(r"N\d+\tReference T\d+ kb:Q3640\tأنقرة", line) for line in lines)
    assert any(re.fullmatch(r"#\d+\tAnnotatorNotes E\d+\tcluster=idlib-2020", line) for line in lines)
    assert any(re.fullmatch(r"\*\tEquiv T\d+ T\d+", line) for line in lines)
    assert sum(1 for line in lines if "\tStance " in line) == 3
    assert any(re.fullmatch(r"A\d+\tPolarity T\d+ against", line) for line in lines)
    assert any(re.fullmatch(r"A\d+\tTarget T\d+ entity", line) for line in lines)


def test_document_level_stance_is_shown_on_the_first_token(tmp_path: Path) -> None:
    doc = arabic_doc()
    doc.stances = [DocStance("s3", "neutral", target="de_escalation_idlib")]
    write_docs([doc], tmp_path)
    ann = (tmp_path / "documents" / "مقال-1.ann").read_text(encoding="utf-8")
    assert re.search(r"^T\d+\tStance 0 5\tأعلنت$", ann, re.MULTILINE)


def test_round_trip_keeps_every_annotation(tmp_path: Path) -> None:
    original = arabic_doc()
    _, context = write_docs([original], tmp_path)
    result = ReadResult()
    docs, problems = read_all(tmp_path / "documents", result)
    assert problems == []
    assert [d.id for d in docs] == ["مقال-1"]
    assert comparable(docs[0]) == comparable(original)
    assert context.notes == {}
    assert docs[0].title == "أعلنت أنقرة يوم الجمعة رفضها للهجوم على إدلب."
    assert result.notes.get("multi-line spans (fragments split at line breaks) joined into one") == 2


def test_output_is_deterministic_whatever_the_input_order(tmp_path: Path) -> None:
    first = arabic_doc()
    shuffled = arabic_doc()
    shuffled.entities.reverse()
    shuffled.events.reverse()
    shuffled.stances.reverse()
    write_docs([first], tmp_path / "a")
    write_docs([shuffled], tmp_path / "b")
    for name in ("مقال-1.ann", "مقال-1.txt", "annotation.conf", "visual.conf"):
        assert (tmp_path / "a" / "documents" / name).read_bytes() == (
            tmp_path / "b" / "documents" / name
        ).read_bytes()


def test_writer_counts_what_brat_cannot_hold(tmp_path: Path) -> None:
    doc = AnnotatedDocument(
        id="أخبار/اليوم",
        text="قصف على\n\nإدلب",
        entities=[
            DocEntity("e1", 7, 9, "GPE"),  # only line breaks
            DocEntity("e3", 4, 8, "LOC"),  # "على" and the line break after it
            DocEntity("e2", 9, 13, "GPE", {"score": 3, "note2": "two words", "off": False}),
        ],
        events=[DocEvent("v1", "Conflict.Attack", 0, 3, [DocArgument("Place", entity="e1")])],
    )
    paths, context = write_docs([doc], tmp_path)
    assert (tmp_path / "documents" / "أخبار_اليوم.ann") in paths
    assert context.notes == {
        "document ids changed to make file names (the reader takes the file name as id)": 1,
        "entity spans dropped (empty, outside the text or only line breaks)": 1,
        "entity spans starting or ending on a line break shortened": 1,
        "arguments dropped (their entity or event was not written)": 1,
        "non-text attribute values written as text": 1,
        "attribute values with spaces written with _": 1,
        "attribute values false, empty, lists or objects not written": 1,
    }


def test_reader_tolerates_crlf_trailing_tabs_blank_lines_and_forward_references(tmp_path: Path) -> None:
    text = "قصف الجيش إدلب\r\nوقال الوزير إن القصف توقف\r\n"
    (tmp_path / "d.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))  # BOM + CRLF, counted by brat
    ann = (
        "E1\tSpeak:T4 Speaker:T5 Topic:E2\t\r\n"
        "\r\n"
        "T1\tAttack 1 4\tقصف\r\n"
        "T2\tORG 5 10\tالجيش\r\n"
        "T3\tGPE 11 15\tإدلب\r\n"
        "E2\tAttack:T1 Attacker:T2 Target:T3 Target2:T5\r\n"
        "T4\tSpeak 17 21\tوقال\r\n"
        "T5\tPER 22 28\tالوزير\r\n"
        "M1\tNegation E2\r\n"
        "R1\tSays Arg1:T5 Arg2:T2\t\r\n"
    )
    (tmp_path / "d.ann").write_bytes(ann.encode("utf-8"))
    result = ReadResult()
    docs, problems = read_all(tmp_path / "d.ann", result)
    assert problems == []
    doc = docs[0]
    assert doc.text == "قصف الجيش إدلب\nوقال الوزير إن القصف توقف\n"
    assert {(doc.text[e.start : e.end], e.label) for e in doc.entities} == {
        ("الجيش", "ORG"),
        ("إدلب", "GPE"),
        ("الوزير", "PER"),
    }
    events = {v.id: v for v in doc.events}
    assert doc.text[events["E1"].start : events["E1"].end] == "وقال"
    assert events["E1"].arguments[1] == DocArgument("Topic", event="E2")
    assert [a.role for a in events["E2"].arguments] == ["Attacker", "Target", "Target"]
    assert events["E2"].attributes == {"Negation": True}
    assert result.notes["relations (R and * lines other than Equiv) not imported"] == 1
    assert result.notes["CRLF line ends in .txt counted by brat offsets: offsets mapped"] == 1


def test_reader_reports_bad_spans_and_references(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text("قصف الجيش مدينة إدلب اليوم", encoding="utf-8")
    ann = (
        "T1\tGPE 4 9;16 20\tالجيش إدلب\n"  # discontinuous: joined, counted
        "T2\tGPE 16 20;4 9\tإدلب الجيش\n"  # fragments out of order: reported
        "T3\tORG 4 9\tالشرطة\n"  # text differs from the .txt: reported
        "T4\tAttack 0 3\tقصف\n"
        "E1\tAttack:T4 Target:T9\n"  # unknown argument: reported
        "T5\tDATE 21 x\tاليوم\n"  # bad offsets: reported
        "X1\tsomething\n"
    )
    (tmp_path / "d.ann").write_text(ann, encoding="utf-8")
    result = ReadResult()
    docs, problems = read_all(tmp_path, result)
    messages = [(p.line, p.message.split(" ")[0]) for p in problems]
    assert messages == [(2, "fragments"), (3, "text"), (6, "offsets"), (7, "unknown"), (5, "argument")]
    assert all(p.path.endswith("d.ann") and p.document == "d" for p in problems)
    assert result.notes["discontinuous spans joined into one"] == 1
    assert {(e.id, e.start, e.end) for e in docs[0].entities} >= {("T1", 4, 20), ("T2", 4, 20), ("T3", 4, 9)}


def test_trigger_used_as_argument_is_also_an_entity(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text("الهجوم أسفر عن قتلى", encoding="utf-8")
    ann = "T1\tAttack 0 6\tالهجوم\nT2\tDie 15 19\tقتلى\nE1\tAttack:T1\nE2\tDie:T2 Cause:T1\n"
    (tmp_path / "d.ann").write_text(ann, encoding="utf-8")
    docs, problems = read_all(tmp_path / "d.txt")
    assert problems == []
    assert [(e.id, e.label) for e in docs[0].entities] == [("T1", "Attack")]
    assert len(docs[0].events) == 2


def test_stance_edited_in_brat_takes_the_attribute(tmp_path: Path) -> None:
    write_docs([arabic_doc()], tmp_path)
    path = tmp_path / "documents" / "مقال-1.ann"
    path.write_text(path.read_text(encoding="utf-8").replace(" against\n", " favor\n"), encoding="utf-8")
    result = ReadResult()
    docs, _ = read_all(path, result)
    assert sorted(s.polarity for s in docs[0].stances) == ["favor", "favor", "neutral"]
    assert result.notes["stance polarity taken from the Polarity attribute over the note"] == 1


def test_stance_annotated_in_brat_without_our_note(tmp_path: Path) -> None:
    (tmp_path / "d.txt").write_text("نرفض العملية العسكرية", encoding="utf-8")
    ann = "T1\tStance 0 4\tنرفض\nA1\tPolarity T1 against\nA2\tTarget T1 turkish_operation_idlib\n"
    (tmp_path / "d.ann").write_text(ann, encoding="utf-8")
    docs, problems = read_all(tmp_path)
    assert problems == [] and docs[0].entities == []
    assert docs[0].stances == [
        DocStance("T1", "against", target="turkish_operation_idlib", evidence=[(0, 4)])
    ]


def test_reading_a_folder_without_ann_files_is_not_brat(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    with pytest.raises(FormatError, match=r"no \.ann files"):
        read_all(tmp_path)


def test_configuration_comes_from_the_schema() -> None:
    schema = Schema.default()
    conf = annotation_conf(schema)
    sections = re.findall(r"^\[(\w+)\]$", conf, re.MULTILINE)
    assert sections == ["entities", "relations", "events", "attributes"]
    assert "\nPER\n" in conf and "\nStance\n" in conf
    die = next(line for line in conf.splitlines() if line.startswith("Life.Die\t"))
    assert "Victim+:PER|NORP|NUM" in die and "Agent*:" in die and "Place?:GPE|LOC|FAC" in die
    assert "Polarity\tArg:Stance, Value:favor|against|neutral|unclear" in conf
    assert re.search(r"^Target\tArg:Stance, Value:turkish_operation_idlib\|.*\|entity$", conf, re.MULTILINE)
    assert re.search(r"^polarity\tArg:Conflict\.Attack\|.*, Value:positive\|negative$", conf, re.MULTILINE)
    visual = visual_conf(schema)
    assert "PER | Person | PER" in visual and "PER\tbgColor:#f59b9b" in visual


@pytest.mark.shared
def test_real_brat_samples_read_without_problems(shared_dir: Path) -> None:
    folder = shared_dir / "corpora" / "brat"
    result = ReadResult()
    docs, problems = read_all(folder, result)
    assert problems == []
    assert len(docs) == len(list(folder.rglob("*.ann"))) == 15
    for doc in docs:
        lines = Path(doc.path).read_text(encoding="utf-8").splitlines()
        assert len(doc.events) == sum(1 for line in lines if line.startswith("E"))
        arguments = sum(len(line.split("\t")[1].split()) - 1 for line in lines if line.startswith("E"))
        assert sum(len(v.arguments) for v in doc.events) == arguments
        for entity in doc.entities:
            shown = next(line for line in lines if line.startswith(f"{entity.id}\t")).split("\t")[2]
            assert doc.text[entity.start : entity.end] == shown
    by_id = {doc.id: doc for doc in docs}
    intro = by_id["000-introduction"]
    assert [e.kb_id for e in intro.entities if e.attributes.get("norm")] == [None]
    assert intro.events[0].attributes == {"Confidence": "High"}
    assert {a.role for a in by_id["080-event-annotation"].events[2].arguments} == {"Org-Arg"}
    nested = by_id["090-event_structures"].events
    assert any(a.event for v in nested for a in v.arguments)
    assert result.notes["Equiv lines not imported (equivalence is carried by kb_id)"] == 14


@pytest.mark.shared
def test_real_brat_samples_round_trip(shared_dir: Path, tmp_path: Path) -> None:
    originals, _ = read_all(shared_dir / "corpora" / "brat")
    write_docs(originals, tmp_path)
    again, problems = read_all(tmp_path / "documents")
    assert problems == []
    by_id = {doc.id: doc for doc in again}
    for doc in originals:
        assert comparable(by_id[doc.id]) == comparable(doc), doc.id

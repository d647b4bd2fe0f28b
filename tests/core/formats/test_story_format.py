"""The story table writer: per event cluster, one row per document, conflicts between outlets."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from annotator.core.formats import get_format
from annotator.core.formats.base import (
    AnnotatedDocument,
    DocArgument,
    DocEntity,
    DocEvent,
    DocStance,
    WriteContext,
)
from annotator.core.formats.story import HELD_BY_MENTION, NOT_IN_STORY, UNCLUSTERED, write
from annotator.core.schema import Schema

TARGET = "turkish_operation_idlib"


def report(
    doc_id: str, outlet: str, date: str, count: str, cluster: str = "idlib", polarity: str = "favor"
) -> AnnotatedDocument:
    """A report of a strike in Idlib by `outlet` giving `count` soldiers killed."""
    text = f"مقتل {count} في غارة على إدلب، والجيش يواصل عمليته."

    def at(word: str) -> tuple[int, int]:
        start = text.index(word)
        return start, start + len(word)

    return AnnotatedDocument(
        id=doc_id,
        text=text,
        title=f"تقرير {outlet}",
        source=outlet,
        date=date,
        entities=[
            DocEntity("T1", *at(count), "NUM"),
            DocEntity("T2", *at("إدلب"), "GPE", kb_id="GPE:إدلب"),
            DocEntity("T3", *at("الجيش"), "ORG"),
        ],
        events=[
            DocEvent(
                "E1",
                "Life.Die",
                *at("مقتل"),
                arguments=[DocArgument("Victim", entity="T1"), DocArgument("Place", entity="T2")],
                cluster=cluster,
            ),
            DocEvent("E2", "Conflict.Attack", *at("غارة")),  # in no story
        ],
        stances=[
            DocStance("S1", polarity, target=TARGET),
            DocStance("S2", "against", holder="T3", target=TARGET),  # held by a mention: not in the table
        ],
    )


def context() -> WriteContext:
    return WriteContext(schema=Schema.default(), cluster_titles={"idlib": "غارة إدلب"})


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_two_outlets_disagreeing_on_the_toll_flag_the_victim_column(tmp_path: Path) -> None:
    docs = [
        report("doc2", "وكالة النهار", "2020-02-28", "34 جنديا"),
        report("doc1", "صحيفة الصباح", "2020-02-27", "33 جنديا"),
        AnnotatedDocument(id="doc3", text="خبر لا علاقة له بالغارة."),
    ]
    ctx = context()
    csv_path, jsonl_path = write(iter(docs), tmp_path, "", ctx)
    assert (csv_path.name, jsonl_path.name) == ("documents.story.csv", "documents.story.jsonl")
    assert csv_path.read_bytes().startswith(
        b"\xef\xbb\xbfstory,story_title,document,outlet,date,title,trigger,"
    )
    rows = read_csv(csv_path)
    assert list(rows[0]) == [
        "story",
        "story_title",
        "document",
        "outlet",
        "date",
        "title",
        "trigger",
        "Victim",
        "Place",
        f"stance:{TARGET}",
        "conflicts",
    ]
    assert [(r["document"], r["date"], r["Victim"]) for r in rows] == [
        ("doc1", "2020-02-27", "33 جنديا"),
        ("doc2", "2020-02-28", "34 جنديا"),
    ]  # by date, not by the order given
    assert {(r["story"], r["story_title"], r["trigger"], r["Place"]) for r in rows} == {
        ("idlib", "غارة إدلب", "مقتل", "إدلب")
    }
    assert [r["conflicts"] for r in rows] == ["Victim", "Victim"]  # no majority: both flagged
    assert [r[f"stance:{TARGET}"] for r in rows] == ["favor", "favor"]
    records = [json.loads(line) for line in jsonl_path.read_text(encoding="utf-8").splitlines()]
    assert [r["conflicts"] for r in records] == [["Victim"], ["Victim"]]
    assert [r["outlet"] for r in records] == ["صحيفة الصباح", "وكالة النهار"]
    assert ctx.notes == {NOT_IN_STORY: 1, UNCLUSTERED: 2, HELD_BY_MENTION: 2}


def test_the_outlet_off_the_majority_is_the_one_flagged_stances_included(tmp_path: Path) -> None:
    docs = [
        report("a", "صحيفة الصباح", "2020-02-27", "33 جنديا"),
        report("b", "وكالة النهار", "2020-02-28", "ثلاثة وثلاثين جنديا"),  # the same count in words
        report("c", "إذاعة المساء", "2020-02-28", "34 جنديا", polarity="against"),
    ]
    csv_path, _ = write(docs, tmp_path, "test", context())
    assert csv_path.name == "test.story.csv"
    rows = read_csv(csv_path)
    assert {r["document"]: r["conflicts"] for r in rows} == {
        "a": "",
        "b": "",
        "c": f"Victim; stance:{TARGET}",
    }
    assert [(r["document"], r[f"stance:{TARGET}"]) for r in rows] == [
        ("a", "favor"),
        ("c", "against"),  # same date as b: by title
        ("b", "favor"),
    ]


def test_stories_come_in_key_order_with_the_union_of_their_columns(tmp_path: Path) -> None:
    other = report("z", "صحيفة الصباح", "2020-01-01", "5 جنود", cluster="aleppo")
    other.events[0].arguments = [DocArgument("Victim", entity="T1")]
    other.stances = []
    docs = [report("y", "وكالة النهار", "2020-02-28", "34 جنديا"), other]
    csv_path, jsonl_path = write(docs, tmp_path, "", context())
    rows = read_csv(csv_path)
    assert [(r["story"], r["story_title"], r["Place"], r[f"stance:{TARGET}"]) for r in rows] == [
        ("aleppo", "aleppo", "", ""),  # no title given: the key
        ("idlib", "غارة إدلب", "إدلب", "favor"),
    ]
    records = [json.loads(line) for line in jsonl_path.read_text(encoding="utf-8").splitlines()]
    assert all(list(r) == list(rows[0]) for r in records)  # every object has every column


def test_cells_are_guarded_and_the_same_input_gives_the_same_bytes(tmp_path: Path) -> None:
    docs = [
        report("a", "=outlet", "2020-02-27", "33 جنديا"),
        report("b", "-النهار", "2020-02-28", "34 جنديا"),
    ]
    first, second = tmp_path / "1", tmp_path / "2"
    first.mkdir()
    second.mkdir()
    paths = write(docs, first, "", context())
    again = write(docs, second, "", context())
    assert [p.read_bytes() for p in paths] == [p.read_bytes() for p in again]
    assert [r["outlet"] for r in read_csv(paths[0])] == ["'=outlet", "'-النهار"]
    assert '"outlet": "=outlet"' in paths[1].read_text(encoding="utf-8")


def test_no_clustered_events_give_an_empty_table(tmp_path: Path) -> None:
    ctx = context()
    csv_path, jsonl_path = write([AnnotatedDocument(id="x", text="نص.")], tmp_path, "", ctx)
    assert read_csv(csv_path) == [] and jsonl_path.read_bytes() == b""
    assert ctx.notes == {NOT_IN_STORY: 1}


def test_the_registry_lists_story_as_write_only() -> None:
    info = get_format("story")
    assert info.read is None and info.write is write
    assert info.carries == frozenset({"events", "stances", "links"})


def test_an_export_from_a_project_matches_the_projects_story_view(project: Any, tmp_path: Path) -> None:
    from annotator.core.exporting import ExportRequest, export

    layer = "ali"
    for source, date, count in (
        ("وكالة النهار", "2020-02-28", "34 جنديا"),
        ("صحيفة الصباح", "2020-02-27", "33 جنديا"),
    ):
        text = f"مقتل {count} في غارة على إدلب."
        doc_id, _ = project.add_document(text, title=f"تقرير {source}", source=source, date=date)
        start = text.index(count)
        victim = project.add_entity(layer, doc_id, start, start + len(count), "NUM").created_ids[0]
        event = project.add_event(
            layer, doc_id, 0, 4, "Life.Die", arguments=[("Victim", victim)]
        ).created_ids[0]
        project.set_event_cluster(layer, [event], "idlib", title="غارة إدلب")
        project.add_stance(layer, doc_id, "favor", target=TARGET)
    view = project.story(layer, "idlib")
    report = export(project, ExportRequest(format="story", out=tmp_path / "out", layer=layer))
    rows = read_csv(tmp_path / "out" / "documents.story.csv")
    assert [(r["outlet"], r["Victim"], r["story_title"]) for r in rows] == [
        (row.outlet, row.roles["Victim"].text, view.title) for row in view.rows
    ]
    assert [r["conflicts"] for r in rows] == ["Victim", "Victim"] and view.conflicts == ("Victim",)
    assert report.notes == {}

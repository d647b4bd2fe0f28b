"""Assigning documents to an annotator as a copy, and merging copies back (core.teams)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotator.core.model import GOLD_LAYER, DocStatus
from annotator.core.project import Project, ProjectError, ProjectFileError
from annotator.core.schema import Schema
from annotator.core.teams import assign, assigned_annotator, merge

ATTACK = "قصف الجيش مدينة حلب يوم الأحد."  # ORG 4-9, GPE 10-19, DATE 20-28
MEETING = "التقى وزير الخارجية نظيره التركي في أنقرة."  # GPE 37-42
OTHER = "أعلنت الحكومة خطة جديدة للتعليم."


@pytest.fixture
def proj(tmp_path: Path) -> Iterator[Project]:
    """Three documents; badr annotated the attack, amal the meeting."""
    project = Project.create(tmp_path / "main.annot")
    attack, _ = project.add_document(ATTACK, title="هجوم على حلب", source="وكالة")
    meeting, _ = project.add_document(MEETING, title="لقاء في أنقرة")
    project.add_document(OTHER, title="التعليم")
    army = project.add_entity("badr", attack, 4, 9, "ORG").created_ids[0]
    city = project.add_entity("badr", attack, 10, 19, "GPE").created_ids[0]
    project.add_event(
        "badr", attack, 0, 3, "Conflict.Attack", arguments=[("Attacker", army), ("Target", city)]
    )
    project.add_stance("badr", attack, "against", holder_entity_id=army, target="syrian_government")
    project.set_status("badr", attack, DocStatus.DONE)
    project.add_entity("amal", meeting, 37, 42, "GPE")
    yield project
    project.close()


def _ids(project: Project) -> dict[str, int]:
    by_text = {project.document(d).text: d for d in project.document_ids()}
    return {"attack": by_text[ATTACK], "meeting": by_text[MEETING], "other": by_text[OTHER]}


def _content(project: Project, doc_id: int, layer: str) -> tuple[Any, ...]:
    """A layer's content in one document without row ids, to compare two projects."""
    entities = project.entities(doc_id, layer)
    span = {e.id: (e.start, e.end, e.label) for e in entities}
    events = sorted(
        (
            e.type,
            e.start,
            e.end,
            tuple(sorted((a.role, span[a.entity_id]) for a in e.arguments if a.entity_id)),
        )
        for e in project.events(doc_id, layer)
    )
    stances = sorted(
        (s.polarity, span.get(s.holder_entity_id or -1), s.target, tuple(ev.span for ev in s.evidence))
        for s in project.stances(doc_id, layer)
    )
    return sorted(span.values()), events, stances, str(project.status(doc_id, layer))


def _copy(proj: Project, tmp_path: Path, annotator: str = "badr", docs: str | None = None) -> Path:
    out = tmp_path / f"{annotator}-copy.annot"
    assign(proj, annotator, out, docs)
    return out


def _raw(path: Path, *statements: str, params: tuple[Any, ...] = ()) -> None:
    """Change a copy behind annotator's back, as a tampering sender could."""
    conn = sqlite3.connect(path)
    with conn:
        for sql in statements:
            conn.execute(sql, params if "?" in sql else ())
    conn.close()


def _copy_doc_id(path: Path, text: str) -> int:
    conn = sqlite3.connect(path)
    (doc_id,) = conn.execute("SELECT id FROM documents WHERE text = ?", (text,)).fetchone()
    conn.close()
    return int(doc_id)


def _operations(project: Project) -> int:
    return int(project._conn.execute("SELECT count(*) FROM operations").fetchone()[0])


# -- assign ---------------------------------------------------------------------------------------


def test_assign_writes_the_chosen_documents_with_equal_hashes_schema_and_a_meta_record(
    proj: Project, tmp_path: Path
) -> None:
    ids = _ids(proj)
    out = tmp_path / "badr.annot"
    report = assign(proj, "badr", out, f"{ids['attack']},{ids['meeting']}")
    assert report.documents == 2 and out.exists()
    with Project.open(out, readonly=True) as copy:
        docs = [copy.document(d) for d in copy.document_ids()]
        assert [d.text for d in docs] == [ATTACK, MEETING]
        assert [d.content_hash for d in docs] == [proj.document(ids["attack"]).content_hash,
                                                  proj.document(ids["meeting"]).content_hash]  # fmt: skip
        assert docs[0].title == "هجوم على حلب" and docs[0].source == "وكالة"
        assert copy.tokens(docs[0].id) == proj.tokens(ids["attack"])
        assert copy.schema == proj.schema
        meta = dict(copy._conn.execute("SELECT key, value FROM meta").fetchall())
    assert meta["assigned_to"] == "badr" and meta["assigned_from"] == "main.annot"
    assert json.loads(meta["assigned_documents"]) == [d.content_hash for d in docs]
    assert assigned_annotator(out) == "badr"


def test_assign_carries_the_annotators_earlier_work_and_status_but_no_one_elses(
    proj: Project, tmp_path: Path
) -> None:
    ids = _ids(proj)
    out = _copy(proj, tmp_path)
    with Project.open(out, readonly=True) as copy:
        copy_ids = _ids(copy)
        assert _content(copy, copy_ids["attack"], "badr") == _content(proj, ids["attack"], "badr")
        assert copy.status(copy_ids["attack"], "badr") is DocStatus.DONE
        assert copy.entities(copy_ids["meeting"], "amal") == []
        assert copy.undo_status("badr").undo is None  # undo in the copy cannot take the earlier work back


def test_assign_carries_a_custom_schema_and_the_guidelines(tmp_path: Path) -> None:
    data = Schema.default().to_dict()
    data["name"] = "custom tagset"
    with Project.create(tmp_path / "custom.annot", Schema.from_dict(data)) as project:
        project.add_document(ATTACK)
        project._conn.execute("INSERT INTO meta (key, value) VALUES ('guidelines', 'علّم الأسماء كاملة')")
        assign(project, "badr", tmp_path / "copy.annot")
    with Project.open(tmp_path / "copy.annot", readonly=True) as copy:
        assert copy.schema.name == "custom tagset"
        guidelines = copy._conn.execute("SELECT value FROM meta WHERE key = 'guidelines'").fetchone()
    assert guidelines == ("علّم الأسماء كاملة",)


@pytest.mark.parametrize(
    ("annotator", "docs", "message"),
    [
        ("gold", None, "'gold' is the adjudicated layer"),
        ("  ", None, "an annotator name cannot be empty"),
        ("badr", "title:لا يوجد", "no document's title contains"),
    ],
)
def test_assign_refuses_gold_an_empty_name_and_no_documents(
    proj: Project, tmp_path: Path, annotator: str, docs: str | None, message: str
) -> None:
    with pytest.raises(ProjectError, match=message):
        assign(proj, annotator, tmp_path / "copy.annot", docs)
    assert not (tmp_path / "copy.annot").exists()


def test_assign_refuses_an_existing_file_naming_it(proj: Project, tmp_path: Path) -> None:
    out = tmp_path / "there.annot"
    out.write_text("keep me", encoding="utf-8")
    with pytest.raises(ProjectFileError, match=r"there\.annot: already exists"):
        assign(proj, "badr", out)
    assert out.read_text(encoding="utf-8") == "keep me"


def test_a_project_that_is_not_a_copy_has_no_assigned_annotator(proj: Project) -> None:
    assert assigned_annotator(proj) is None
    assert assigned_annotator(proj.path) is None


# -- merge: work comes back -----------------------------------------------------------------------


def test_work_done_in_the_copy_comes_back_into_the_annotators_layer(proj: Project, tmp_path: Path) -> None:
    ids = _ids(proj)
    out = _copy(proj, tmp_path)
    with Project.open(out) as copy:
        c = _ids(copy)
        date = copy.add_entity("badr", c["attack"], 20, 28, "DATE").created_ids[0]
        event = copy.events(c["attack"], "badr")[0]
        copy.add_argument("badr", event.id, "Time", entity_id=date)
        place = copy.add_entity("badr", c["meeting"], 37, 42, "GPE").created_ids[0]
        copy.add_stance("badr", c["meeting"], "favor", target_entity_id=place, evidence=[(0, 5)])
        copy.set_status("badr", c["meeting"], DocStatus.DONE)
        expected = {k: _content(copy, c[k], "badr") for k in ("attack", "meeting", "other")}
    report = merge(proj, [out])
    (entry,) = report.entries
    assert entry.layer == "badr" and entry.error is None
    assert (entry.documents_merged, entry.documents_unchanged, entry.documents_refused) == (2, 1, 0)
    assert entry.added["entities"] == 2 and entry.added["arguments"] == 1 and entry.added["stances"] == 1
    assert entry.removed["entities"] == 0
    assert {k: _content(proj, ids[k], "badr") for k in expected} == expected
    assert proj.undo_status("badr").undo == f"merge copy {out.name}"
    assert "2 documents merged, 1 unchanged, 0 refused" in report.summary()


def test_merge_leaves_other_layers_and_gold_untouched_and_says_so(proj: Project, tmp_path: Path) -> None:
    ids = _ids(proj)
    out = _copy(proj, tmp_path)
    with Project.open(out) as copy:
        copy.add_entity("amal", _ids(copy)["meeting"], 0, 5, "PER")  # someone else's layer in the copy
    doc = _copy_doc_id(out, ATTACK)
    _raw(
        out,
        'INSERT INTO entities (doc_id, layer_id, start, "end", label_id) SELECT ?, id, 0, 3, 1 FROM layers '
        "WHERE name = 'gold'",
        params=(doc,),
    )
    amal_before = _content(proj, ids["meeting"], "amal")
    report = merge(proj, [out])
    assert [e.layer for e in report.entries] == ["badr"]
    assert "the copy's gold layer is not merged" in report.summary()
    assert _content(proj, ids["meeting"], "amal") == amal_before
    assert all(proj.entities(d, GOLD_LAYER) == [] for d in proj.document_ids())


def test_merging_the_same_copy_again_changes_nothing_and_records_no_operation(
    proj: Project, tmp_path: Path
) -> None:
    out = _copy(proj, tmp_path)
    with Project.open(out) as copy:
        copy.add_entity("badr", _ids(copy)["meeting"], 37, 42, "GPE")
    merge(proj, [out])
    operations, undo = _operations(proj), proj.undo_status("badr")
    again = merge(proj, [out]).entries[0]
    assert (again.documents_merged, again.documents_unchanged) == (0, 3)
    assert again.op_id is None and not again.added and not again.removed
    assert _operations(proj) == operations and proj.undo_status("badr") == undo


def test_an_unedited_copy_merges_as_unchanged(proj: Project, tmp_path: Path) -> None:
    entry = merge(proj, [_copy(proj, tmp_path)]).entries[0]
    assert (entry.documents_merged, entry.documents_unchanged) == (0, 3) and entry.op_id is None


def test_undo_of_a_merge_restores_the_layer(proj: Project, tmp_path: Path) -> None:
    ids = _ids(proj)
    before = {k: _content(proj, d, "badr") for k, d in ids.items()}
    out = _copy(proj, tmp_path)
    with Project.open(out) as copy:
        c = _ids(copy)
        copy.delete_stance("badr", copy.stances(c["attack"], "badr")[0].id)
        copy.add_entity("badr", c["other"], 0, 5, "ORG")
        copy.set_status("badr", c["attack"], DocStatus.IN_PROGRESS)
    merge(proj, [out])
    assert _content(proj, ids["attack"], "badr") != before["attack"]
    proj.undo("badr")
    assert {k: _content(proj, d, "badr") for k, d in ids.items()} == before


def test_a_newer_copy_of_the_same_annotator_replaces_the_layer(proj: Project, tmp_path: Path) -> None:
    ids = _ids(proj)
    out = _copy(proj, tmp_path)
    merge(proj, [out])
    with Project.open(out) as copy:
        c = _ids(copy)
        stance = copy.stances(c["attack"], "badr")[0]
        copy.delete_stance("badr", stance.id)
        city = next(e for e in copy.entities(c["attack"], "badr") if e.label == "GPE")
        copy.delete_entity("badr", city.id)  # takes its argument with it
    entry = merge(proj, [out]).entries[0]
    assert (
        entry.removed["entities"] == 1 and entry.removed["arguments"] == 1 and entry.removed["stances"] == 1
    )
    assert [e.label for e in proj.entities(ids["attack"], "badr")] == ["ORG"]
    assert proj.stances(ids["attack"], "badr") == []
    assert [a.role for a in proj.events(ids["attack"], "badr")[0].arguments] == ["Attacker"]


def test_items_the_copy_kept_keep_their_ids_in_the_project(proj: Project, tmp_path: Path) -> None:
    ids = _ids(proj)
    kept = {e.id for e in proj.entities(ids["attack"], "badr")}
    out = _copy(proj, tmp_path)
    with Project.open(out) as copy:
        copy.add_entity("badr", _ids(copy)["attack"], 20, 28, "DATE")
    merge(proj, [out])
    assert kept < {e.id for e in proj.entities(ids["attack"], "badr")}


def test_a_copy_assigned_to_nobody_merges_each_annotators_layer(proj: Project, tmp_path: Path) -> None:
    ids = _ids(proj)
    saved = tmp_path / "saved.annot"
    proj.save_copy(saved)
    with Project.open(saved) as copy:
        copy.add_entity("amal", _ids(copy)["meeting"], 0, 5, "PER")
    report = merge(proj, [saved])
    by_layer = {e.layer: e for e in report.entries}
    assert set(by_layer) == {"badr", "amal"}
    assert by_layer["amal"].documents_merged == 1 and by_layer["badr"].documents_merged == 0
    assert [e.label for e in proj.entities(ids["meeting"], "amal")] == ["PER", "GPE"]
    assert "names no annotator" in report.summary()


# -- merge: what is refused -------------------------------------------------------------------------


def test_a_document_whose_text_differs_is_refused_and_named(proj: Project, tmp_path: Path) -> None:
    ids = _ids(proj)
    out = _copy(proj, tmp_path)
    changed = ATTACK.replace("حلب", "حمص")
    digest = hashlib.sha256(changed.encode("utf-8")).hexdigest()
    _raw(
        out,
        "UPDATE documents SET text = ?, content_hash = ? WHERE text = ?",
        params=(changed, digest, ATTACK),
    )
    before = _content(proj, ids["attack"], "badr")
    entry = merge(proj, [out]).entries[0]
    assert entry.documents_refused == 1 and entry.documents_unchanged == 2
    assert f"document 'هجوم على حلب' (hash {digest[:8]}) is not in this project: its text differs" in (
        entry.summary()
    )
    assert _content(proj, ids["attack"], "badr") == before


def test_a_tampered_text_under_its_old_hash_is_refused(proj: Project, tmp_path: Path) -> None:
    out = _copy(proj, tmp_path)
    _raw(out, "UPDATE documents SET text = ? WHERE text = ?", params=(ATTACK + " زيادة", ATTACK))
    entry = merge(proj, [out]).entries[0]
    assert entry.documents_refused == 1
    assert "does not match its recorded hash: the copy was altered" in entry.refused[0]


def test_offsets_past_the_end_of_the_text_are_refused(proj: Project, tmp_path: Path) -> None:
    ids = _ids(proj)
    out = _copy(proj, tmp_path)
    doc = _copy_doc_id(out, MEETING)
    _raw(
        out,
        'INSERT INTO entities (doc_id, layer_id, start, "end", label_id) '
        "SELECT ?, l.id, 37, 400, b.id FROM layers l, labels b WHERE l.name = 'badr' AND b.key = 'GPE'",
        params=(doc,),
    )
    entry = merge(proj, [out]).entries[0]
    (refusal,) = entry.refused
    assert refusal.startswith(f"{out.name}: document 'لقاء في أنقرة'")
    assert "[37, 400) GPE: span [37, 400) is not inside the text (0 to 42" in refusal
    assert proj.entities(ids["meeting"], "badr") == []


def test_a_label_unknown_to_the_project_is_refused(proj: Project, tmp_path: Path) -> None:
    out = _copy(proj, tmp_path)
    doc = _copy_doc_id(out, MEETING)
    _raw(
        out,
        "INSERT INTO labels (key) VALUES ('MISC')",
        'INSERT INTO entities (doc_id, layer_id, start, "end", label_id) '
        "SELECT ?, l.id, 37, 42, b.id FROM layers l, labels b WHERE l.name = 'badr' AND b.key = 'MISC'",
        params=(doc,),
    )
    entry = merge(proj, [out]).entries[0]
    assert len(entry.refused) == 1 and "label 'MISC' is not in this project's schema" in entry.refused[0]
    assert entry.documents_unchanged == 3


def test_items_depending_on_a_refused_entity_are_refused_too(proj: Project, tmp_path: Path) -> None:
    ids = _ids(proj)
    out = _copy(proj, tmp_path)
    _raw(out, 'UPDATE entities SET "end" = 999 WHERE start = 4')  # the army: attacker and stance holder
    entry = merge(proj, [out]).entries[0]
    text = "\n".join(entry.refused)
    assert "entity" in text and "is not inside the text" in text
    assert "(Attacker) of event" in text and "was refused or is not in this document" in text
    assert "its holder, entity" in text
    assert [e.label for e in proj.entities(ids["attack"], "badr")] == ["GPE"]
    assert proj.stances(ids["attack"], "badr") == []
    assert [a.role for a in proj.events(ids["attack"], "badr")[0].arguments] == ["Target"]


def test_a_trigger_in_the_copy_runs_nothing_and_is_noted(proj: Project, tmp_path: Path) -> None:
    ids = _ids(proj)
    out = _copy(proj, tmp_path)
    with Project.open(out) as copy:  # a real change, so the merge writes
        copy.add_entity("badr", _ids(copy)["meeting"], 37, 42, "GPE")
    _raw(
        out,
        "CREATE TRIGGER wipe AFTER INSERT ON entities BEGIN DELETE FROM documents; DELETE FROM layers; END",
        "CREATE TRIGGER wipe_too AFTER UPDATE ON doc_status BEGIN DELETE FROM entities; END",
    )
    copy_bytes = out.read_bytes()
    others = {d: _content(proj, d, "amal") for d in ids.values()}
    entry = merge(proj, [out]).entries[0]
    assert entry.error is None and entry.documents_merged == 1
    assert any("2 trigger(s)" in n and "not run" in n for n in entry.notes)
    assert proj.document_count() == 3 and {n for n, _ in proj.layers()} == {"gold", "badr", "amal"}
    assert {d: _content(proj, d, "amal") for d in ids.values()} == others
    assert [e.label for e in proj.entities(ids["meeting"], "badr")] == ["GPE"]
    assert out.read_bytes() == copy_bytes  # the copy is only read


def test_a_view_in_place_of_a_table_refuses_the_copy(proj: Project, tmp_path: Path) -> None:
    ids = _ids(proj)
    out = _copy(proj, tmp_path)
    _raw(
        out,
        "ALTER TABLE entities RENAME TO entities_real",
        "CREATE VIEW entities AS SELECT * FROM entities_real UNION ALL SELECT * FROM entities_real",
    )
    before = {d: _content(proj, d, "badr") for d in ids.values()}
    operations = _operations(proj)
    report = merge(proj, [out])
    (entry,) = report.entries
    assert entry.error is not None and "'entities' is a view in this copy, not a table" in entry.error
    assert report.all_refused and not report.changed
    assert {d: _content(proj, d, "badr") for d in ids.values()} == before and _operations(proj) == operations


def test_a_file_that_is_not_a_project_is_refused_in_one_line(proj: Project, tmp_path: Path) -> None:
    text = tmp_path / "notes.annot"
    text.write_text("hello", encoding="utf-8")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    report = merge(proj, [text, other, tmp_path / "missing.annot"])
    errors = [e.error or "" for e in report.entries]
    assert "is not an annotator project (not an SQLite database)" in errors[0]
    assert "is an SQLite database but not an annotator project" in errors[1]
    assert "missing.annot: no such file" in errors[2]
    assert all("\n" not in e for e in errors) and report.all_refused


def test_a_copy_made_by_a_newer_version_is_refused_saying_so(proj: Project, tmp_path: Path) -> None:
    out = _copy(proj, tmp_path)
    _raw(out, "INSERT INTO migrations (name, applied_at) VALUES ('0099_future', '2030-01-01')")
    entry = merge(proj, [out]).entries[0]
    assert entry.error is not None and "made by a newer version of annotator" in entry.error


def test_a_copy_assigned_to_gold_is_refused(proj: Project, tmp_path: Path) -> None:
    out = _copy(proj, tmp_path)
    _raw(out, "UPDATE meta SET value = 'gold' WHERE key = 'assigned_to'")
    entry = merge(proj, [out]).entries[0]
    assert entry.error is not None and "written only by adjudication" in entry.error


def test_merging_into_a_read_only_project_is_refused(proj: Project, tmp_path: Path) -> None:
    out = _copy(proj, tmp_path)
    proj.close()
    with Project.open(proj.path, readonly=True) as readonly, pytest.raises(ProjectError, match="read-only"):
        merge(readonly, [out])


def test_the_report_as_json_counts_per_copy(proj: Project, tmp_path: Path) -> None:
    out = _copy(proj, tmp_path)
    with Project.open(out) as copy:
        copy.add_entity("badr", _ids(copy)["other"], 0, 5, "ORG")
    data = merge(proj, [out]).to_json()
    (copy_report,) = data["copies"]
    assert data["changed"] is True
    assert copy_report["layer"] == "badr" and copy_report["documents"] == {
        "merged": 1,
        "unchanged": 2,
        "refused": 0,
    }
    assert copy_report["added"]["entities"] == 1 and copy_report["refused"] == []

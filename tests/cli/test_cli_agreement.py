"""`annotator agreement` from the shell: tables, the stable JSON document, the HTML report, and
one-line refusals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.core.project import Project

RAID = "قصفت الطائرات مدينة حلب صباح الأحد وقال الوزير إن الهجوم فشل."
TALKS = "التقى الرئيس وفد الأمم المتحدة في دمشق لبحث الهدنة."

if "agreement" not in main.commands:  # until cli.py registers it
    from annotator.cli_agreement import register

    register(main)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def mark(project: Project, layer: str, doc: int, text: str, word: str, label: str) -> None:
    start = text.index(word)
    project.add_entity(layer, doc, start, start + len(word), label)


def build(path: Path, annotators: tuple[str, ...] = ("amal", "badr", "chadi")) -> str:
    """Two documents; every annotator marks the same mentions, except that badr reads حلب as ORG."""
    with Project.create(path) as project:
        raid, _ = project.add_document(RAID, title="غارة على حلب")
        talks, _ = project.add_document(TALKS, title="محادثات دمشق")
        for layer in annotators:
            mark(project, layer, raid, RAID, "حلب", "ORG" if layer == "badr" else "GPE")
            mark(project, layer, raid, RAID, "الوزير", "PER")
            mark(project, layer, talks, TALKS, "الرئيس", "PER")
            mark(project, layer, talks, TALKS, "الأمم المتحدة", "ORG")
            mark(project, layer, talks, TALKS, "دمشق", "GPE")
    return str(path)


@pytest.fixture
def three(tmp_path: Path) -> str:
    return build(tmp_path / "three.annot")


def test_json_is_the_stable_report_document(three: str) -> None:
    code, out, err = run("agreement", three, "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["format"] == "annotator-agreement" and data["version"] == 1
    assert data["annotators"] == ["amal", "badr", "chadi"]
    assert set(data) >= {"documents", "entities", "events", "stances"}
    assert set(data["entities"]) >= {"overall", "pairs", "labels", "confusion", "documents"}
    assert [(p["a"], p["b"]) for p in data["entities"]["pairs"]] == [
        ("amal", "badr"),
        ("amal", "chadi"),
        ("badr", "chadi"),
    ]
    amal_chadi = data["entities"]["pairs"][1]
    assert amal_chadi["exact"]["f1"] == 1.0  # identical layers agree fully
    assert out == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"  # keys sorted


def test_json_shows_the_swapped_label_in_its_confusion_cell(three: str) -> None:
    data = json.loads(run("agreement", three, "--json", "--annotators", "amal,badr")[1])
    cell = next(c for c in data["entities"]["confusion"]["cells"] if c["a_label"] == "GPE")
    start = RAID.index("حلب")
    assert cell["b_label"] == "ORG" and cell["count"] == 1
    assert cell["items"] == [{"doc_id": 1, "start": start, "end": start + 3, "a": "amal", "b": "badr"}]


def test_tables_name_labels_in_arabic_with_lang_ar(three: str) -> None:
    code, out, err = run("agreement", three, "--lang", "ar", "--bidi", "off")
    assert code == 0, err
    assert out.startswith("Agreement of amal, badr, chadi on 2 documents")
    assert "كيان جغرافي سياسي" in out and "منظمة" in out
    english = run("agreement", three, "--bidi", "off")[1]
    assert "Geopolitical entity" in english and "كيان جغرافي سياسي" not in english


def test_bidi_on_reshapes_arabic_for_the_terminal(three: str) -> None:
    out = run("agreement", three, "--lang", "ar", "--bidi", "on")[1]
    assert "منظمة" not in out and any("\ufe70" <= ch <= "\ufeff" for ch in out)


def test_docs_limits_the_documents_compared(three: str) -> None:
    data = json.loads(run("agreement", three, "--json", "--docs", "2")[1])
    assert [d["id"] for d in data["documents"]] == [2]
    assert data["entities"]["overall"]["exact_f1"] == 1.0


def test_html_writes_a_report_with_charts(three: str, tmp_path: Path) -> None:
    target = tmp_path / "report.html"
    code, out, err = run("agreement", three, "--html", str(target), "--lang", "ar")
    assert code == 0, err
    page = target.read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in page and "data:image/png;base64," in page
    assert "<title>تقرير الاتفاق بين الموسِّمين — three</title>" in page
    assert "<td><bdi>حلب</bdi></td>" in page  # the confused item with its text
    assert out.rstrip().endswith(f"HTML report: {target}")


def test_fewer_than_two_annotators_is_one_line(tmp_path: Path) -> None:
    alone = build(tmp_path / "alone.annot", ("amal",))
    code, out, err = run("agreement", alone)
    assert code == 1 and out == ""
    assert err.startswith("annotator: error: ") and alone in err
    assert "agreement needs at least two annotators; layers with work: amal" in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_an_unknown_annotator_is_one_line_naming_the_known_ones(three: str) -> None:
    code, _, err = run("agreement", three, "--annotators", "amal,zaid")
    assert code == 1 and err.startswith("annotator: error:")
    assert "zaid" in err and all(name in err for name in ("amal", "badr", "chadi"))
    assert err.count("\n") == 1


def test_an_unwritable_html_path_is_one_line(three: str, tmp_path: Path) -> None:
    code, _, err = run("agreement", three, "--html", str(tmp_path / "missing" / "r.html"))
    assert code == 1 and err.startswith("annotator: error:") and "r.html" in err
    assert err.count("\n") == 1

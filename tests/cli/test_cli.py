"""The command line: the contract scripts rely on, and one-line errors for user mistakes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.cli import main

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def proj(tmp_path: Path) -> str:
    path = str(tmp_path / "p.annot")
    assert run("init", path)[0] == 0
    (tmp_path / "a.txt").write_text("تركيا تحذر\n\nقال مسؤول لتركيا إن الهجوم مدان.\n", encoding="utf-8")
    assert run("import", path, str(tmp_path / "a.txt"))[0] == 0
    return path


def test_docs_json_is_a_stable_document(proj: str) -> None:
    code, out, _ = run("docs", proj, "--json")
    data = json.loads(out)
    assert code == 0 and data["version"] == 1
    assert data["documents"] == [
        {"id": 1, "title": "تركيا تحذر", "source": "", "date": "", "tokens": 9, "status": {}, "entities": {}}
    ]


def test_search_json_reports_the_offsets_of_the_word_after_the_clitic(proj: str) -> None:
    code, out, _ = run("search", proj, "تركيا", "--json")
    data = json.loads(out)
    hits = data["documents"][0]["hits"]
    assert code == 0 and [(h["start"], h["end"], h["text"]) for h in hits] == [
        (0, 5, "تركيا"),
        (23, 28, "تركيا"),
    ]


def test_annotate_undo_redo_and_show_work_across_invocations(proj: str) -> None:
    assert run("annotate", proj, "1", "22", "24", "GPE", "--layer", "ali")[1] == "entity 1: [23, 28) GPE\n"
    assert run("undo", proj, "--layer", "ali")[1] == "undo add GPE\n"
    assert run("redo", proj, "--layer", "ali")[1] == "redo add GPE\n"
    code, out, _ = run("show", proj, "1", "--bidi", "off")
    assert code == 0 and "مسؤول ل[تركيا] إن" in out and "ali          GPE   [23, 28)  تركيا" in out


def test_stats_json_counts_entities_per_label(proj: str) -> None:
    run("annotate", proj, "1", "0", "5", "GPE", "--layer", "ali")
    data = json.loads(run("stats", proj, "--json")[1])
    assert data["documents"] == 1 and data["layers"]["ali"]["labels"] == {"GPE": 1}


def test_show_with_bidi_on_prints_joined_letters_in_visual_order(proj: str) -> None:
    out = run("show", proj, "1", "--bidi", "on")[1]
    assert "ﺎﻴﻛﺮﺗ" in out  # تركيا reshaped into joined presentation forms, reversed for display


def test_a_user_mistake_is_one_line_on_stderr_without_traceback(tmp_path: Path) -> None:
    (tmp_path / "x.annot").write_text("not a project" * 20)
    code, out, err = run("docs", str(tmp_path / "x.annot"))
    assert code == 1 and out == ""
    assert (
        err
        == f"annotator: error: {tmp_path / 'x.annot'}: is not an annotator project (not an SQLite database)\n"
    )


def test_an_unknown_label_is_a_clear_error(proj: str) -> None:
    code, _, err = run("annotate", proj, "1", "0", "5", "COUNTRY")
    assert code == 1 and err.startswith("annotator: error: unknown entity label 'COUNTRY'")
    assert "Traceback" not in err


def test_import_reports_bad_rows_with_line_numbers_and_keeps_good_ones(proj: str, tmp_path: Path) -> None:
    bad = tmp_path / "rows.jsonl"
    bad.write_text('{"text": "خبر جديد"}\n{oops\n', encoding="utf-8")
    code, out, err = run("import", proj, str(bad))
    assert code == 0 and out.startswith("1 documents imported")
    assert f"{bad}, line 2: not valid JSON" in err


def test_import_of_only_bad_files_exits_non_zero(proj: str, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, _, err = run("import", proj, str(tmp_path / "empty.txt"))
    assert code == 1 and "empty.txt: the file is empty" in err


def test_demo_builds_the_sample_project_with_annotations(tmp_path: Path) -> None:
    code, out, _ = run("demo", str(tmp_path / "sample.annot"))
    assert code == 0 and "3 documents" in out and "sample:" in out
    data = json.loads(run("stats", str(tmp_path / "sample.annot"), "--json")[1])
    assert data["layers"]["sample"]["labels"]["GPE"] >= 5
    assert data["layers"]["sample"]["events"] >= 4 and data["layers"]["sample"]["stances"] >= 3


def test_the_sample_story_compares_two_outlets_that_report_different_tolls(tmp_path: Path) -> None:
    from annotator.core.demo import SAMPLE_LAYER, build_sample_project

    with build_sample_project(tmp_path / "sample.annot") as project:
        (cluster,) = project.event_clusters(SAMPLE_LAYER)
        story = project.story(SAMPLE_LAYER, cluster.key)
    assert [row.outlet for row in story.rows] == ["وكالة الأنباء المثال", "صحيفة الشرق المثال"]
    victim = next(c for c in story.roles if c.key == "Victim")
    assert victim.conflict and [row.roles["Victim"].text for row in story.rows] == ["33 جنديا", "34 جنديا"]
    assert not next(c for c in story.roles if c.key == "Place").conflict


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in main.commands:
        assert f"annotator {name}" in readme, f"'annotator {name}' is not in README.md"


def test_the_console_script_runs_as_a_real_process(proj: str) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "annotator", "docs", proj, "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0 and json.loads(out.stdout)["documents"][0]["id"] == 1

"""`annotator assign` and `annotator merge` from the shell."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from annotator.cli import main
from annotator.cli_teams import register
from annotator.core.model import DocStatus
from annotator.core.project import Project

ATTACK = "قصف الجيش مدينة حلب يوم الأحد."
MEETING = "التقى وزير الخارجية نظيره التركي في أنقرة."


def _group() -> click.Group:
    """annotator's own command group once cli.py registers the commands; until then, one of ours."""
    if "merge" in main.commands:
        return main

    @click.group()
    def local() -> None:
        pass

    register(local)
    return local


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(_group(), list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def project(tmp_path: Path) -> str:
    path = tmp_path / "main.annot"
    with Project.create(path) as proj:
        attack, _ = proj.add_document(ATTACK, title="هجوم")
        proj.add_document(MEETING, title="لقاء")
        proj.add_entity("badr", attack, 4, 9, "ORG")
    return str(path)


def test_register_adds_assign_and_merge() -> None:
    group = click.Group()
    register(group)
    assert set(group.commands) == {"assign", "merge"}


def test_assign_writes_a_copy_for_the_annotator(project: str, tmp_path: Path) -> None:
    out = tmp_path / "badr.annot"
    code, stdout, stderr = run(
        "assign", project, "--annotator", "badr", "--docs", "title:هجوم", "--out", str(out)
    )
    assert code == 0, stderr
    assert "1 documents for badr (their earlier work on them: 1 entities" in stdout
    with Project.open(out, readonly=True) as copy:
        assert [copy.document(d).text for d in copy.document_ids()] == [ATTACK]


def test_assign_json_reports_the_counts(project: str, tmp_path: Path) -> None:
    code, stdout, _ = run(
        "assign", project, "--annotator", "amal", "--out", str(tmp_path / "a.annot"), "--json"
    )
    data = json.loads(stdout)
    assert code == 0 and data["annotator"] == "amal" and data["documents"] == 2
    assert data["counts"]["entities"] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--annotator", "gold"), "'gold' is the adjudicated layer"),
        (("--annotator", "badr", "--docs", "99"), "no document has these ids"),
    ],
)
def test_assign_refusals_are_one_line(
    project: str, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    code, _, stderr = run("assign", project, *args, "--out", str(tmp_path / "x.annot"))
    assert code == 1 and stderr.startswith("annotator: error: ") and message in stderr
    assert stderr.count("\n") == 1 and "Traceback" not in stderr


def test_assign_to_an_existing_file_is_refused_naming_it(project: str, tmp_path: Path) -> None:
    code, _, stderr = run("assign", project, "--annotator", "badr", "--out", project)
    assert code == 1 and stderr == f"annotator: error: {project}: already exists (choose another name)\n"


def test_merge_brings_the_copy_back_and_reports_it(project: str, tmp_path: Path) -> None:
    out = tmp_path / "badr.annot"
    run("assign", project, "--annotator", "badr", "--out", str(out))
    with Project.open(out) as copy:
        meeting = copy.document_ids()[1]
        copy.add_entity("badr", meeting, 37, 42, "GPE")
        copy.set_status("badr", meeting, DocStatus.DONE)
    code, stdout, stderr = run("merge", project, str(out))
    assert code == 0, stderr
    assert "badr.annot → layer badr: 1 documents merged, 1 unchanged, 0 refused (+1/-0 entities)" in stdout
    with Project.open(project, readonly=True) as proj:
        assert [e.label for e in proj.entities(proj.document_ids()[1], "badr")] == ["GPE"]
        assert proj.status(proj.document_ids()[1], "badr") is DocStatus.DONE
    code, stdout, _ = run("merge", project, str(out), "--json")
    (entry,) = json.loads(stdout)["copies"]
    assert code == 0 and entry["documents"] == {"merged": 0, "unchanged": 2, "refused": 0}


def test_merge_lists_refused_items_on_stderr(project: str, tmp_path: Path) -> None:
    out = tmp_path / "badr.annot"
    run("assign", project, "--annotator", "badr", "--out", str(out))
    conn = sqlite3.connect(out)
    with conn:
        conn.execute('UPDATE entities SET "end" = 500')
    conn.close()
    code, stdout, stderr = run("merge", project, str(out))
    assert code == 0 and "1 documents merged" in stdout
    assert stderr.startswith("annotator: refused: badr.annot: document 'هجوم' (hash ")
    assert "span [4, 500) is not inside the text" in stderr


def test_merge_exits_1_when_every_copy_is_refused(project: str, tmp_path: Path) -> None:
    junk = tmp_path / "junk.annot"
    junk.write_text("not a project", encoding="utf-8")
    code, stdout, stderr = run("merge", project, str(junk), str(tmp_path / "missing.annot"))
    assert code == 1 and stdout == ""
    lines = stderr.splitlines()
    assert len(lines) == 2 and all(line.startswith("annotator: refused: ") for line in lines)
    assert "not an annotator project" in lines[0] and "no such file" in lines[1]


def test_merge_into_a_missing_project_is_one_line(tmp_path: Path) -> None:
    code, _, stderr = run("merge", str(tmp_path / "none.annot"), str(tmp_path / "copy.annot"))
    assert code == 1 and stderr.startswith("annotator: error: ") and stderr.count("\n") == 1

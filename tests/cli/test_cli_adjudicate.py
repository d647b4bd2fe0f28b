"""`annotator adjudicate`: the automatic merge from the command line, and the queue's state."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import main
from annotator.core.model import GOLD_LAYER
from annotator.core.project import Project

TEXT = "زار الرئيس أنقرة ثم توجه إلى إدلب."


def build(path: Path) -> None:
    with Project.create(path) as proj:
        doc, _ = proj.add_document(TEXT)
        ankara = TEXT.index("أنقرة")
        idlib = TEXT.index("إدلب")
        for name, label in (("amal", "GPE"), ("badr", "GPE"), ("chadi", "LOC")):
            proj.add_entity(name, doc, ankara, ankara + 5, "GPE")
            proj.add_entity(name, doc, idlib, idlib + 4, label)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_auto_then_queue_then_majority(tmp_path: Path) -> None:
    path = tmp_path / "p.annot"
    build(path)
    code, out, _ = run("adjudicate", str(path), "--auto")
    assert code == 0
    assert "unanimous into gold: 1 entity units" in out
    assert "left for review: 1 units" in out
    code, out, _ = run("adjudicate", str(path), "--json")
    assert json.loads(out)["queue"] == {"units": 1, "decided": {}, "open_by_document": {"1": 1}}
    code, out, _ = run("adjudicate", str(path), "--auto", "--min-agree", "2", "--json")
    assert json.loads(out)["adjudicate"]["majority"]["entity"] == 1
    with Project.open(path, readonly=True) as proj:
        gold = {(TEXT[e.start : e.end], e.label) for e in proj.entities(1, GOLD_LAYER)}
    assert gold == {("أنقرة", "GPE"), ("إدلب", "GPE")}
    code, out, _ = run("undo", str(path), "--layer", "gold")
    assert code == 0
    with Project.open(path, readonly=True) as proj:
        assert len(proj.entities(1, GOLD_LAYER)) == 1


def test_user_mistakes_are_one_line(tmp_path: Path) -> None:
    path = tmp_path / "p.annot"
    build(path)
    code, _, err = run("adjudicate", str(path), "--auto", "--annotators", "amal,zed")
    assert code == 1
    assert err.strip().splitlines() == [err.strip()]
    assert "no annotator zed" in err and "amal" in err
    code, _, err = run("adjudicate", str(path), "--auto", "--annotators", "amal")
    assert code == 1 and "at least two" in err
    code, _, err = run("adjudicate", str(path), "--min-agree", "2")
    assert code == 2 and "--auto" in err

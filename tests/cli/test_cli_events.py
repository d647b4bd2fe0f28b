"""`annotator show` and `annotator stats` include events and stances."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from annotator.cli import main
from annotator.core.project import Project

TEXT = "قال مسؤول إن 33 جنديا قتلوا في إدلب."


def _project(tmp_path: Path) -> tuple[str, int]:
    path = tmp_path / "p.annot"
    with Project.create(path) as project:
        doc_id, _ = project.add_document(TEXT, title="خبر")
        victims = project.add_entity("amal", doc_id, 13, 21, "NUM").created_ids[0]
        project.add_event("amal", doc_id, 22, 27, "Life.Die", arguments=[("Victim", victims)])
        project.add_stance("amal", doc_id, "against", target="syrian_government", evidence=[(0, 3)])
    return str(path), doc_id


def test_show_lists_events_with_arguments_and_stances_with_evidence(tmp_path: Path) -> None:
    path, doc_id = _project(tmp_path)
    result = CliRunner().invoke(main, ["show", path, str(doc_id), "--bidi", "off"])
    assert result.exit_code == 0, result.output
    assert "Life.Die [22, 27)  قتلوا" in result.output
    assert "Victim: 33 جنديا" in result.output
    assert "stance outlet → syrian_government: against" in result.output
    assert "evidence [0, 3)  قال" in result.output


def test_stats_count_events_and_stances_per_annotator(tmp_path: Path) -> None:
    path, _ = _project(tmp_path)
    result = CliRunner().invoke(main, ["stats", path, "--json"])
    layer = json.loads(result.output)["layers"]["amal"]
    assert (layer["entities"], layer["events"], layer["stances"]) == (1, 1, 1)
    text = CliRunner().invoke(main, ["stats", path]).output
    assert "1 events; 1 stances" in text

"""`annotator assign` and `annotator merge`: annotators' copies out and back, over core.teams.

Linguists annotate offline on their own laptops, so the team workflow runs on files: `assign`
writes a project file for one annotator, `merge` brings such files back into their layers.
cli.py adds these commands with `register(main)`; core.teams is imported only when one runs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click


def _emit(data: dict[str, Any]) -> None:
    click.echo(json.dumps({"version": 1, **data}, ensure_ascii=False, indent=2))


@contextmanager
def _one_line_errors() -> Iterator[None]:
    """The core's refusals as `annotator: error: <message>` and exit 1, in any click group."""
    from annotator.cli import UserError, _user_errors

    try:
        yield
    except _user_errors() as exc:
        if click.get_current_context().find_root().params.get("debug"):
            raise
        raise UserError(str(exc)) from exc


@click.command("assign")
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("--annotator", "annotator", required=True, help="Whose copy this is (their layer's name).")
@click.option(
    "--docs",
    "docs",
    default="",
    help="Documents: ids and ranges (1,4-9), source:NAME, file:NAME or title text (default: all).",
)
@click.option(
    "--out", "out", type=click.Path(dir_okay=False), required=True, help="The copy to write (a new file)."
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def assign_command(project: str, annotator: str, docs: str, out: str, as_json: bool) -> None:
    """Write a project file for one ANNOTATOR with the chosen documents of PROJECT, ready to send.

    The copy holds the documents, the schema and the annotator's work on them so far; open it
    in annotator, annotate, and bring it back with `annotator merge`.
    """
    from annotator.cli import _open
    from annotator.core.teams import assign

    with _one_line_errors(), _open(project, readonly=True) as proj:
        report = assign(proj, annotator, Path(out), docs or None)
    if as_json:
        _emit(report.to_json())
    else:
        click.echo(report.summary())


@click.command("merge")
@click.argument("project", type=click.Path(dir_okay=False))
@click.argument("copies", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def merge_command(project: str, copies: tuple[str, ...], as_json: bool) -> None:
    """Bring annotators' COPIES back into PROJECT, each into its annotator's layer.

    Documents are matched by content hash; every row is checked against the project's schema
    and text first, and what is refused is listed on stderr. Exits 1 only when every copy was
    refused. One undo step per copy takes a merge back (`annotator undo --layer NAME`).
    """
    from annotator.cli import _open
    from annotator.core.teams import merge

    with _one_line_errors(), _open(project) as proj:
        report = merge(proj, [Path(c) for c in copies])
    for entry in report.entries:
        if entry.error is not None:
            click.echo(f"annotator: refused: {entry.error}", err=True)
        for refusal in entry.refused:
            click.echo(f"annotator: refused: {refusal}", err=True)
    if as_json:
        _emit(report.to_json())
    else:
        for entry in report.entries:
            if entry.error is None:
                click.echo(entry.summary(refusals=False))
    if report.all_refused:
        sys.exit(1)


def register(group: click.Group) -> None:
    """Add `assign` and `merge` to the command group (cli.py's `main`)."""
    group.add_command(assign_command)
    group.add_command(merge_command)

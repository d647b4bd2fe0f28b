"""`annotator export`, `annotator formats`, and the annotation side of `annotator import` and
`annotator init --schema-from`: the command line over core.exporting and core.project_exchange.

cli.py registers these commands; the format modules are imported only when one runs.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from annotator.core.formats import names as format_names

if TYPE_CHECKING:
    from annotator.core.formats.base import ReadOptions
    from annotator.core.project import Project


def _emit(data: dict[str, Any]) -> None:
    click.echo(json.dumps({"version": 1, **data}, ensure_ascii=False, indent=2))


def _progress(enabled: bool, what: str) -> Any:
    def progress(done: int, total: int) -> None:
        if enabled and sys.stderr.isatty() and (done == total or done % 50 == 0):
            click.echo(f"\r{done}/{total} {what}", err=True, nl=done == total)

    return progress


def _ratios(text: str | None) -> tuple[float, ...]:
    if not text:
        return ()
    try:
        return tuple(float(part) for part in text.split(","))
    except ValueError:
        raise click.BadParameter(f"{text!r}: give fractions like 0.8,0.1,0.1", param_hint="--split") from None


@click.command("export")
@click.argument("project", type=click.Path(dir_okay=False, exists=True))
@click.option("--format", "fmt", type=click.Choice(format_names()), required=True, help="Export format.")
@click.option("--out", "out", type=click.Path(file_okay=False), required=True, help="Folder to write into.")
@click.option(
    "--layer", default="gold", show_default=True, help="Whose annotations: gold or an annotator's name."
)
@click.option(
    "--docs",
    "docs",
    default="",
    help="Documents: ids and ranges (1,4-9), source:NAME, file:NAME or title text.",
)
@click.option(
    "--split", default=None, help="Split documents train,test or train,dev,test (e.g. 0.8,0.1,0.1)."
)
@click.option("--seed", default=0, show_default=True, help="Seed of the document shuffle for --split.")
@click.option(
    "--scheme",
    type=click.Choice(["iob2", "bioes"]),
    default="iob2",
    show_default=True,
    help="Tag scheme (token formats).",
)
@click.option(
    "--nested",
    type=click.Choice(["columns", "outer", "refuse"]),
    default="columns",
    show_default=True,
    help="Nested entities in token formats: one tag column per level, the outermost only, or refuse.",
)
@click.option(
    "--tokens",
    type=click.Choice(["words", "entity-cuts", "clitics"]),
    default="words",
    show_default=True,
    help="Tokens of token formats: words; split where an entity starts inside a word; split proclitics.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def export_command(
    project: str,
    fmt: str,
    out: str,
    layer: str,
    docs: str,
    split: str | None,
    seed: int,
    scheme: str,
    nested: str,
    tokens: str,
    as_json: bool,
) -> None:
    """Export a layer of PROJECT as training data in a registered format (see `annotator formats`)."""
    from annotator.core.exporting import ExportRequest, export
    from annotator.core.formats.base import ExportRefused, FormatError, WriteOptions
    from annotator.core.project import Project

    request = ExportRequest(
        format=fmt,
        out=Path(out),
        layer=layer,
        docs=docs,
        split=_ratios(split),
        seed=seed,
        options=WriteOptions(scheme=scheme, nested=nested, tokens=tokens),  # type: ignore[arg-type]
    )
    with Project.open(project, readonly=True) as proj:
        try:
            report = export(proj, request, progress=_progress(not as_json, "documents"))
        except (ExportRefused, FormatError) as exc:
            raise click.ClickException(str(exc)) from exc
    if as_json:
        _emit(
            {
                "format": report.format,
                "layer": report.layer,
                "files": [str(p) for p in report.files],
                "parts": report.parts,
                "counts": report.counts,
                "notes": report.notes,
            }
        )
        return
    click.echo(report.summary())
    for note, n in report.notes.items():
        click.echo(f"  {note}: {n}")


@click.command("formats")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON document.")
def formats_command(as_json: bool) -> None:
    """List the import and export formats."""
    from annotator.core.formats import all_formats

    rows: list[dict[str, Any]] = [
        {
            "name": f.name,
            "title": f.title,
            "import": f.read is not None,
            "export": f.write is not None,
            "carries": sorted(f.carries),
            "needs": f.needs,
            "description": f.description,
        }
        for f in all_formats()
    ]
    if as_json:
        _emit({"formats": rows})
        return
    for row in rows:
        ways = "/".join(w for w in ("import", "export") if row[w])
        needs = f" (needs {row['needs']})" if row["needs"] else ""
        click.echo(
            f"{row['name']:<12} {ways:<14} {', '.join(row['carries']):<45} {row['description']}{needs}"
        )


def wants_annotation_import(fmt: str, layer: str | None, paths: tuple[str, ...]) -> bool:
    """Documents-only imports (txt, csv, plain JSONL) keep the document importer; the rest, and
    JSONL that carries annotations or a --layer, go through the annotation formats."""
    if fmt in ("auto", "txt", "csv"):
        return False
    if fmt != "jsonl":
        return True
    return layer is not None or any(_jsonl_has_annotations(Path(p)) for p in paths)


def _jsonl_has_annotations(path: Path) -> bool:
    files = sorted(path.rglob("*.jsonl")) if path.is_dir() else [path]
    for file in files:
        try:
            with file.open(encoding="utf-8-sig", errors="replace") as handle:
                for line in handle:
                    if line.strip():
                        try:
                            row = json.loads(line)
                        except ValueError:
                            break
                        return isinstance(row, dict) and any(
                            k in row for k in ("entities", "events", "stances")
                        )
        except OSError:
            continue
    return False


def import_annotations(
    project: Project,
    paths: tuple[str, ...],
    fmt: str,
    layer: str | None,
    label_map: str | None,
    options: ReadOptions,
    as_json: bool,
) -> None:
    """`annotator import` for annotation formats: report what came in and what was refused."""
    from annotator.core.labelsets import load_label_map

    mapping = load_label_map(label_map) if label_map else None
    report = project.import_annotations(
        list(paths),
        fmt,
        layer,
        label_map=mapping,
        options=options,
        progress=_progress(not as_json, "documents"),
    )
    if as_json:
        _emit(report.to_dict())
    else:
        for problem in report.problems:
            click.echo(f"annotator: skipped: {problem}", err=True)
        click.echo(report.summary())
        for note, n in sorted(report.notes.items()):
            click.echo(f"  {note}: {n}")
    nothing = not report.documents_added and not report.documents_matched
    if report.problems and nothing:
        sys.exit(1)


def schema_from(data: str, fmt: str, name: str, options: ReadOptions) -> Any:
    """The schema `annotator init --schema-from DATA` builds."""
    from annotator.core.labelsets import schema_from_data
    from annotator.core.project_exchange import read_documents

    docs, problems, _ = read_documents([data], fmt, options)
    for problem in problems[:20]:
        click.echo(f"annotator: skipped: {problem}", err=True)
    return schema_from_data(docs, name)

"""`annotator ...`: the command line, over the same core services as the GUI.

Command names, options and `--json` documents are a contract for scripts (see README).
Errors a user can cause print one line to stderr and exit 1; `--debug` shows the traceback.
Imports are lazy: `annotator docs` must start fast (benchmarks/bench_cli_startup.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from annotator.core.formats import names as format_names

if TYPE_CHECKING:
    from annotator.core.project import Project

JSON_VERSION = 1


class UserError(click.ClickException):
    """A mistake the user can fix: printed as one line, exit status 1."""

    def show(self, file: Any = None) -> None:
        click.echo(f"annotator: error: {self.format_message()}", err=True)


def _user_errors() -> tuple[type[BaseException], ...]:
    from annotator.core.formats.base import ExportRefused, FormatError
    from annotator.core.importing import ImportSourceError
    from annotator.core.project import ProjectError, ProjectFileError
    from annotator.core.schema import SchemaError
    from annotator.core.search import SearchError
    from annotator.core.text import TextDecodeError

    return (
        ProjectError,
        ProjectFileError,
        SchemaError,
        SearchError,
        TextDecodeError,
        ImportSourceError,
        FormatError,
        ExportRefused,
    )


class AnnotatorGroup(click.Group):
    """Turns the core's user-facing exceptions into one-line errors (unless --debug)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except click.ClickException:
            raise
        except Exception as exc:
            if ctx.params.get("debug") or not isinstance(exc, _user_errors()):
                raise
            raise UserError(str(exc)) from exc


def _emit_json(data: dict[str, Any]) -> None:
    click.echo(json.dumps({"version": JSON_VERSION, **data}, ensure_ascii=False, indent=2, sort_keys=False))


def _open(path: str, readonly: bool = False) -> Project:
    from annotator.core.project import Project

    return Project.open(path, readonly=readonly)


def _default_layer(project: Project | None = None) -> str:
    """The acting annotator: an assigned copy's annotator, then $ANNOTATOR_NAME, then the login."""
    import getpass
    import os

    if project is not None:
        from annotator.core.teams import assigned_annotator

        assigned = assigned_annotator(project)
        if assigned:
            return assigned
    return os.environ.get("ANNOTATOR_NAME") or getpass.getuser() or "annotator"


@click.group(cls=AnnotatorGroup, invoke_without_command=True)
@click.option("--debug", is_flag=True, help="Show Python tracebacks for errors.")
@click.version_option(package_name="annotator")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Annotate Arabic news with entities, events and stances.

    Without a command, opens the GUI.
    """
    if ctx.invoked_subcommand is None:
        ctx.invoke(gui, project=None, sample=False)


@main.command()
@click.argument("project", required=False, type=click.Path(dir_okay=False))
@click.option("--sample", is_flag=True, help="Open the sample project (built on first use).")
def gui(project: str | None, sample: bool) -> None:
    """Open the GUI on PROJECT (default: the last project, or the sample project)."""
    if sample:
        from annotator.core.demo import build_sample_project, default_sample_path

        path = default_sample_path()
        if not path.exists():
            build_sample_project(path).close()
        project = str(path)
    from annotator.ui.app import run

    sys.exit(run(project))


@main.command()
@click.argument("project", type=click.Path(dir_okay=False))
@click.option(
    "--schema", "schema_file", type=click.Path(exists=True, dir_okay=False), help="Schema file (YAML)."
)
@click.option(
    "--schema-from",
    "schema_from",
    type=click.Path(exists=True),
    help="Build the schema from the labels a dataset uses (e.g. ANERcorp, Wojood).",
)
@click.option("--format", "fmt", default="conll", show_default=True, help="Format of the --schema-from data.")
def init(project: str, schema_file: str | None, schema_from: str | None, fmt: str) -> None:
    """Create a new, empty PROJECT file."""
    from annotator.core.project import Project
    from annotator.core.schema import Schema

    if schema_file and schema_from:
        _fail("give --schema or --schema-from, not both")
    schema = Schema.from_file(schema_file) if schema_file else None
    if schema_from:
        from annotator.cli_exchange import schema_from as build
        from annotator.core.formats.base import ReadOptions

        schema = build(schema_from, fmt, Path(schema_from).stem, ReadOptions())
    Project.create(project, schema).close()
    click.echo(f"created {project}")
    if schema_from and schema is not None:
        click.echo(
            f"schema from {schema_from}: {len(schema.labels)} labels ({', '.join(schema.label_keys())}), "
            f"{len(schema.event_types)} event types, {len(schema.polarities)} polarities"
        )


@main.command("import")
@click.argument("project", type=click.Path(dir_okay=False))
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["auto", "txt", "csv", *format_names()]),
    default="auto",
    show_default=True,
    help="Input format: auto picks by extension (documents only); `annotator formats` lists the others.",
)
@click.option("--layer", default=None, help="Whose annotations these are (annotation formats).")
@click.option(
    "--label-map",
    "label_map",
    type=click.Path(exists=True, dir_okay=False),
    help="Rename or drop labels (YAML/JSON/TSV).",
)
@click.option("--encoding", default=None, help="Text encoding of the files (default: detect).")
@click.option("--utf16", is_flag=True, help="Offsets in the file count UTF-16 code units (JavaScript tools).")
@click.option(
    "--annotation", default="first", show_default=True, help="Label Studio: whose annotation of each task."
)
@click.option(
    "--doc-sentences",
    default=0,
    show_default=True,
    help="CoNLL without -DOCSTART-: sentences per document (0: one per file).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def import_(
    project: str,
    paths: tuple[str, ...],
    fmt: str,
    layer: str | None,
    label_map: str | None,
    encoding: str | None,
    utf16: bool,
    annotation: str,
    doc_sentences: int,
    as_json: bool,
) -> None:
    """Import documents (.txt, folders, JSONL, CSV) or annotated data (any import format) into PROJECT."""
    from annotator.cli_exchange import import_annotations, wants_annotation_import

    if wants_annotation_import(fmt, layer, paths):
        from annotator.core.formats.base import ReadOptions

        options = ReadOptions(
            encoding=encoding, doc_sentences=doc_sentences, annotation=annotation, utf16=utf16
        )
        with _open(project) as proj:
            import_annotations(proj, paths, fmt, layer, label_map, options, as_json)
        return
    if label_map:
        _fail("--label-map applies to annotation formats (conll, brat, jsonl with annotations...)")

    def progress(done: int, total: int) -> None:
        if not as_json and sys.stderr.isatty():
            click.echo(f"\r{done}/{total} files", err=True, nl=done == total)

    with _open(project) as proj:
        report = proj.import_paths(list(paths), fmt=fmt, encoding=encoding, progress=progress)
    if as_json:
        _emit_json(
            {
                "added": report.added,
                "duplicates": report.duplicates,
                "problems": [{"path": p.path, "line": p.line, "message": p.message} for p in report.problems],
            }
        )
    else:
        for problem in report.problems:
            click.echo(f"annotator: skipped: {problem}", err=True)
        click.echo(report.summary())
    if report.problems and not report.added and not report.duplicates:
        sys.exit(1)


@main.command()
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON document.")
def docs(project: str, as_json: bool) -> None:
    """List the documents of PROJECT with their status per annotator."""
    with _open(project, readonly=True) as proj:
        rows = proj.document_summaries()
    if as_json:
        _emit_json(
            {
                "documents": [
                    {
                        "id": r.id,
                        "title": r.title,
                        "source": r.source,
                        "date": r.date,
                        "tokens": r.token_count,
                        "status": {k: str(v) for k, v in sorted(r.statuses.items())},
                        "entities": dict(sorted(r.entity_counts.items())),
                    }
                    for r in rows
                ]
            }
        )
        return
    from annotator.terminal import bidi_mode_for, display

    mode = bidi_mode_for("auto")
    for r in rows:
        status = ", ".join(f"{k}: {v}" for k, v in sorted(r.statuses.items())) or "not started"
        click.echo(f"{r.id:>5}  {r.token_count:>6} tokens  {status:<24}  {display(r.title[:60], mode)}")


@main.command()
@click.argument("project", type=click.Path(dir_okay=False))
@click.argument("doc", type=int)
@click.option("--layer", default=None, help="Whose annotations (default: every layer).")
@click.option(
    "--bidi",
    type=click.Choice(["auto", "on", "off"]),
    default="auto",
    show_default=True,
    help="on: reshape and reorder Arabic for terminals without bidi; off: logical order; "
    "auto: on for a terminal that does not do bidi itself, off for pipes and files.",
)
def show(project: str, doc: int, layer: str | None, bidi: str) -> None:
    """Print document DOC with its entity spans marked, then its events and stances."""
    from annotator.terminal import bidi_mode_for, render_document, render_events_and_stances

    with _open(project, readonly=True) as proj:
        document = proj.document(doc)
        layers = [layer] if layer else [name for name, _ in proj.layers()]
        entities = [e for name in layers for e in proj.entities(doc, name)]
        labels = {label.key: label for label in proj.schema.labels}
        events = [e for name in layers for e in proj.events(doc, name)]
        stances = [s for name in layers for s in proj.stances(doc, name)]
        mode = bidi_mode_for(bidi)
        extra = render_events_and_stances(document, events, stances, {e.id: e for e in entities}, mode)
    click.echo(render_document(document, entities, labels, mode) + extra)


@main.command()
@click.argument("project", type=click.Path(dir_okay=False))
@click.argument("query")
@click.option("--limit", default=100, show_default=True, help="At most this many documents.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON document.")
@click.option("--bidi", type=click.Choice(["auto", "on", "off"]), default="auto", show_default=True)
def search(project: str, query: str, limit: int, as_json: bool, bidi: str) -> None:
    """Find QUERY in every document (orthography-insensitive, clitic-aware)."""
    with _open(project, readonly=True) as proj:
        result = proj.search(query, limit=limit)
        texts = {d.doc_id: proj.document(d.doc_id).text for d in result.documents}
    if as_json:
        _emit_json(
            {
                "query": result.query,
                "terms": list(result.terms),
                "candidate_documents": result.candidate_documents,
                "truncated": result.truncated,
                "documents": [
                    {
                        "id": d.doc_id,
                        "title": d.title,
                        "hits": [{"start": a, "end": b, "text": texts[d.doc_id][a:b]} for a, b in d.hits],
                    }
                    for d in result.documents
                ],
            }
        )
        return
    from annotator.terminal import bidi_mode_for, render_hit

    mode = bidi_mode_for(bidi)
    for d in result.documents:
        for a, b in d.hits:
            click.echo(f"{d.doc_id:>5} [{a}, {b})  {render_hit(texts[d.doc_id], a, b, mode)}")
    click.echo(
        f"{result.hit_count} hits in {len(result.documents)} documents"
        + (" (more not shown: raise --limit)" if result.truncated else "")
    )


@main.command()
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON document.")
def stats(project: str, as_json: bool) -> None:
    """Counts of documents, tokens, entities (per label), events and stances per annotator."""
    with _open(project, readonly=True) as proj:
        data = proj.stats()
    if as_json:
        _emit_json(data)
        return
    click.echo(f"{data['documents']} documents, {data['tokens']} tokens")
    for name, info in data["layers"].items():
        labels = ", ".join(f"{k} {v}" for k, v in sorted(info["labels"].items())) or "no entities"
        done = info["status"]["done"]
        click.echo(
            f"  {name} ({info['role']}): {info['entities']} entities ({labels}); "
            f"{info['events']} events; {info['stances']} stances; {done} done"
        )


@main.command()
@click.argument("project", required=False, type=click.Path(dir_okay=False))
@click.option("--force", is_flag=True, help="Rebuild the sample project if it exists.")
def demo(project: str | None, force: bool) -> None:
    """Build the sample project (default: in your data folder) and print its summary."""
    from annotator.core.demo import build_sample_project, default_sample_path
    from annotator.core.project import Project

    path = Path(project) if project else default_sample_path()
    if path.exists() and force:
        for extra in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            extra.unlink(missing_ok=True)
    proj = Project.open(path) if path.exists() else build_sample_project(path)
    with proj:
        data = proj.stats()
    click.echo(f"sample project: {path}")
    click.echo(f"{data['documents']} documents, {data['tokens']} tokens")
    for name, info in data["layers"].items():
        if info["entities"]:
            labels = ", ".join(f"{k} {v}" for k, v in sorted(info["labels"].items()))
            click.echo(
                f"  {name}: {info['entities']} entities ({labels}), "
                f"{info['events']} events, {info['stances']} stances"
            )


@main.command()
@click.argument("project", type=click.Path(dir_okay=False))
@click.argument("doc", type=int)
@click.argument("start", type=int)
@click.argument("end", type=int)
@click.argument("label")
@click.option("--layer", default=None, help="Annotator name (default: $ANNOTATOR_NAME or your login).")
@click.option(
    "--snap/--no-snap",
    default=True,
    show_default=True,
    help="Snap the span to whole words and take proclitics (و ف ب ل ك) off its start.",
)
def annotate(project: str, doc: int, start: int, end: int, label: str, layer: str | None, snap: bool) -> None:
    """Add an entity [START, END) with LABEL to document DOC."""
    from annotator.core.text import document_vocabulary, snap_selection

    with _open(project) as proj:
        if snap:
            text, tokens = proj.document(doc).text, proj.tokens(doc)
            vocabulary = document_vocabulary(text, tokens)
            start, end = snap_selection(text, tokens, start, end, vocabulary=vocabulary)
        changes = proj.add_entity(layer or _default_layer(proj), doc, start, end, label)
        click.echo(f"entity {changes.created_ids[0]}: [{start}, {end}) {label}")


@main.command()
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("--layer", default=None, help="Annotator name (default: $ANNOTATOR_NAME or your login).")
def undo(project: str, layer: str | None) -> None:
    """Undo the annotator's latest change (survives closing the project)."""
    with _open(project) as proj:
        changes = proj.undo(layer or _default_layer(proj))
    _report_replay(changes, "undo")


@main.command()
@click.argument("project", type=click.Path(dir_okay=False))
@click.option("--layer", default=None, help="Annotator name (default: $ANNOTATOR_NAME or your login).")
def redo(project: str, layer: str | None) -> None:
    """Redo the annotator's latest undone change."""
    with _open(project) as proj:
        changes = proj.redo(layer or _default_layer(proj))
    _report_replay(changes, "redo")


def _report_replay(changes: Any, what: str) -> None:
    if changes is None:
        _fail(f"nothing to {what}")
    click.echo(changes.op_name)


def _fail(message: str) -> NoReturn:
    raise UserError(message)


if __name__ == "__main__":  # pragma: no cover
    main()


def _register_exchange_commands() -> None:
    from annotator.cli_exchange import export_command, formats_command

    main.add_command(export_command)
    main.add_command(formats_command)
    from annotator.cli_gold import adjudicate_command

    main.add_command(adjudicate_command)


_register_exchange_commands()


def _register_team_commands() -> None:
    from annotator.cli_agreement import register as register_agreement
    from annotator.cli_teams import register as register_teams

    register_teams(main)
    register_agreement(main)


_register_team_commands()

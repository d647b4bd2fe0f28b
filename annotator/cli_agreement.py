"""`annotator agreement`: how far the annotators of a project agree, as terminal tables, a stable
JSON document (`--json`, the `AgreementReport.to_json()` shape) and an HTML report with charts.

cli.py registers the command with `register(main)`; the figures (core.project_agreement) and the
renderers (core.agreement_render, matplotlib) are imported only when it runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from annotator.core.agreement_tables import SpanText
    from annotator.core.project import Project


def _names_list(text: str | None) -> list[str] | None:
    """`--annotators a,b,c` as a list (None: the default choice of the core)."""
    if text is None:
        return None
    names = [part.strip() for part in text.split(",") if part.strip()]
    if not names:
        raise click.BadParameter(
            "give annotator names separated by commas, e.g. amal,badr", param_hint="--annotators"
        )
    return names


def _span_text(project: Project) -> SpanText:
    """(doc_id, start, end) -> the span's text (one line, at most 60 characters), documents cached."""
    texts: dict[int, str] = {}

    def span_text(doc_id: int, start: int, end: int) -> str:
        if doc_id not in texts:
            texts[doc_id] = project.document(doc_id).text
        piece = texts[doc_id][start:end].replace("\n", " ")
        return piece if len(piece) <= 60 else piece[:59] + "…"

    return span_text


@click.command("agreement")
@click.argument("project", type=click.Path(dir_okay=False, exists=True))
@click.option(
    "--annotators", default=None, help="Compare these layers (a,b,c); default: every annotator with work."
)
@click.option(
    "--docs",
    "docs",
    default="",
    help="Documents: ids and ranges (1,4-9), source:NAME, file:NAME or title text.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON (a stable document).")
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, writable=True),
    default=None,
    help="Also write an HTML report with charts to this file.",
)
@click.option(
    "--bidi",
    type=click.Choice(["auto", "on", "off"]),
    default="auto",
    show_default=True,
    help="on: reshape and reorder Arabic for terminals without bidi; off: logical order; "
    "auto: on for a terminal that does not do bidi itself, off for pipes and files.",
)
@click.option(
    "--lang",
    type=click.Choice(["en", "ar"]),
    default="en",
    show_default=True,
    help="Language of label names and of the HTML report.",
)
def agreement_command(
    project: str,
    annotators: str | None,
    docs: str,
    as_json: bool,
    html_path: str | None,
    bidi: str,
    lang: str,
) -> None:
    """Agreement between the annotators of PROJECT: entity F1, kappa, alpha, unitizing alpha, AC1,
    confusion between labels, event and stance agreement; per pair, label and document."""
    from annotator.cli import UserError
    from annotator.core.agreement_render import (
        display_names,
        report_title,
        terminal_tables,
        write_html_report,
    )
    from annotator.core.exporting import select_documents
    from annotator.core.project import Project
    from annotator.core.project_agreement import project_agreement
    from annotator.terminal import bidi_mode_for

    with Project.open(project, readonly=True) as proj:
        doc_ids = select_documents(proj, docs) if docs.strip() else None
        report = project_agreement(proj, _names_list(annotators), doc_ids)
        data = report.to_json()
        names = display_names(proj.schema, lang)
        if html_path:
            try:
                title = report_title(proj.path.stem, lang)
                span_text = _span_text(proj)
                written = write_html_report(data, names, html_path, title, lang, span_text)
            except OSError as exc:
                raise UserError(f"{html_path}: cannot write the HTML report: {exc.strerror}") from exc
    if as_json:
        click.echo(report.dumps())
    else:
        click.echo(terminal_tables(data, names, bidi_mode_for(bidi), lang), nl=False)
    if html_path:
        click.echo(f"HTML report: {written}", err=as_json)


def register(group: click.Group) -> None:
    """Add `agreement` to the command group (cli.py calls this with `main`)."""
    group.add_command(agreement_command)

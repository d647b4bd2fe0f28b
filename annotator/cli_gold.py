"""`annotator adjudicate`: the automatic merge into gold, and the state of the reviewer's queue.

cli.py registers the command; the reviewer's own decisions are made in the GUI (Review mode).
"""

from __future__ import annotations

import json
from collections import Counter

import click


def _names(text: str | None) -> list[str] | None:
    return [n.strip() for n in text.split(",") if n.strip()] if text else None


@click.command("adjudicate")
@click.argument("project", type=click.Path(exists=True, dir_okay=False))
@click.option("--auto", "auto", is_flag=True, help="Put every unit the annotators agree on into gold.")
@click.option(
    "--min-agree",
    type=int,
    default=None,
    help="With --auto: take a version N annotators share when no other has as many (default: all).",
)
@click.option(
    "--annotators", default=None, help="Comma-separated layers to compare (default: all with work)."
)
@click.option(
    "--docs", default=None, help="Documents: ids and ranges (1,4-9), source:NAME, file:PATTERN or title text."
)
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
def adjudicate_command(
    project: str, auto: bool, min_agree: int | None, annotators: str | None, docs: str | None, as_json: bool
) -> None:
    """Merge what annotators agree on into gold (--auto), or show what is left to review.

    Gold items record their provenance (unanimous, majority, or the reviewer who decided), and the
    automatic merge never changes a unit a reviewer has decided. Undo it with `annotator undo
    PROJECT --layer gold`.
    """
    from annotator.cli import _emit_json, _open
    from annotator.core.exporting import select_documents

    if min_agree is not None and not auto:
        raise click.UsageError("--min-agree goes with --auto")
    with _open(project, readonly=not auto) as proj:
        doc_ids = select_documents(proj, docs) if docs else None
        names = _names(annotators)
        if auto:
            report = proj.auto_adjudicate(min_agree=min_agree, annotators=names, doc_ids=doc_ids)
            if as_json:
                _emit_json({"adjudicate": report.to_dict()})
            else:
                click.echo(report.summary())
            return
        queue = proj.review_queue(names, doc_ids)
        decided = Counter(s.decision.decision for s in queue if s.decision)
        per_doc = Counter(s.unit.doc_id for s in queue if not s.decided)
        if as_json:
            _emit_json(
                {
                    "queue": {
                        "units": len(queue),
                        "decided": dict(sorted(decided.items())),
                        "open_by_document": {str(k): v for k, v in sorted(per_doc.items())},
                    }
                }
            )
            return
        open_units = len(queue) - sum(decided.values())
        click.echo(f"{len(queue)} disagreement units: {sum(decided.values())} decided, {open_units} open")
        for decision, n in sorted(decided.items()):
            click.echo(f"  {decision}: {n}")
        for doc_id, n in sorted(per_doc.items()):
            click.echo(
                f"  document {doc_id}: {n} open "
                + json.dumps(proj.document(doc_id).title, ensure_ascii=False)
            )

"""The agreement report for people: aligned terminal tables, and one self-contained HTML file.

Both read the stable JSON dict of `AgreementReport.to_json()` (core.agreement), so a report saved
by `annotator agreement --json` renders the same as a fresh one; the tables come from
core.agreement_tables and the charts from core.agreement_charts (re-exported here).

Arabic: terminal cells go through `annotator.terminal.display` one cell at a time when `bidi` is
on (reshaped with harakat kept, reordered), so a right-to-left cell never drags its neighbours'
numbers into its run; columns are aligned by display width (harakat take no column). The HTML
file is `dir="rtl" lang="ar"` for Arabic, with every text cell in <bdi>. Nothing in either
output depends on the clock; only the chart images' bytes may differ between matplotlib builds.
"""

from __future__ import annotations

import base64
import html
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from annotator.core.agreement_charts import (
    chart_text,
    confusion_chart,
    document_f1_chart,
    figure_png,
    label_f1_chart,
    pair_f1_chart,
    report_charts,
)
from annotator.core.agreement_tables import (
    SpanText,
    Table,
    all_tables,
    annotators_table,
    caption,
    confused_labels_table,
    display_names,
    documents_table,
    entity_pairs_table,
    event_pairs_table,
    event_types_table,
    label_table,
    overall_table,
    stance_pairs_table,
)

__all__ = [
    "chart_text",
    "confusion_chart",
    "display_names",
    "document_f1_chart",
    "html_report",
    "label_f1_chart",
    "pair_f1_chart",
    "report_charts",
    "report_title",
    "terminal_tables",
    "write_html_report",
]

TERMINAL_DOCUMENTS = 10
TERMINAL_CONFUSIONS = 10


# -- terminal ----------------------------------------------------------------------------------


def display_width(s: str) -> int:
    """Columns `s` takes in a terminal: combining marks (harakat) and format characters none,
    wide East Asian characters two."""
    width = 0
    for char in s:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def _pad(cell: str, width: int, right: bool) -> str:
    gap = " " * (width - display_width(cell))
    return gap + cell if right else cell + gap


def render_table(table: Table, bidi: bool) -> str:
    """A table as aligned text: caption, header, rule, rows (each cell shown on its own)."""
    from annotator.terminal import display

    shown = [[display(cell, bidi) for cell in row] for row in [table.headers, *table.rows]]
    widths = [max(display_width(row[i]) for row in shown) for i in range(len(table.headers))]
    lines = [display(table.title, bidi)]
    for n, row in enumerate(shown):
        cells = [
            _pad(c, w, table.numeric[i] and n > 0) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  " + "  ".join(cells).rstrip())
        if n == 0:
            lines.append("  " + "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def terminal_tables(data: Mapping[str, Any], names: Mapping[str, str], bidi: bool, lang: str = "en") -> str:
    """The report as terminal text: overall figures, annotators, pairs, labels, the most confused
    label pairs and the worst documents (top 10 each), then events and stances when there are any.
    `names` maps schema keys to display names; `bidi` reshapes and reorders Arabic for terminals
    that do not do it themselves."""
    from annotator.terminal import display

    annotators = ", ".join(display(str(a), bidi) for a in data.get("annotators", []))
    count = len(data.get("documents", []))
    head = f"Agreement of {annotators} on {count} document{'s' if count != 1 else ''}"
    tables = [
        overall_table(data, lang),
        annotators_table(data, lang),
        entity_pairs_table(data, lang),
        label_table(data, names, lang),
        confused_labels_table(data, names, lang, TERMINAL_CONFUSIONS),
        documents_table(data, lang, TERMINAL_DOCUMENTS),
        event_pairs_table(data, lang) if _has(data, "events", "events") else None,
        event_types_table(data, names, lang) if _has(data, "events", "events") else None,
        stance_pairs_table(data, lang) if _has(data, "stances", "stances") else None,
    ]
    blocks = [render_table(t, bidi) for t in tables if t is not None and t.rows]
    return "\n\n".join([head, *blocks]) + "\n"


def _has(data: Mapping[str, Any], part: str, counts: str) -> bool:
    """True when some annotator has work of this part (events, stances)."""
    section = data.get(part) or {}
    return any((section.get("overall") or {}).get(counts, {}).values())


# -- HTML --------------------------------------------------------------------------------------

_STYLE = """
body { font-family: "Noto Sans Arabic", "DejaVu Sans", sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: start; }
td.n { text-align: end; font-variant-numeric: tabular-nums; }
th { background: #f2f2f2; }
figure { margin: 0.5em 0 2em; }
img { max-width: 100%; }
"""

_CHART_AFTER = {"pairs": "pairs", "labels": "labels", "confusion": "confusion", "documents": "documents"}
"""Which chart follows which table (by table name)."""


def _html_table(table: Table) -> str:
    def cell(tag: str, text: str, numeric: bool) -> str:
        if numeric:
            return f'<{tag} class="n">{html.escape(text)}</{tag}>'
        return f"<{tag}><bdi>{html.escape(text)}</bdi></{tag}>"

    head = "".join(cell("th", h, False) for h in table.headers)
    body = "\n".join(
        "<tr>" + "".join(cell("td", c, table.numeric[i]) for i, c in enumerate(row)) + "</tr>"
        for row in table.rows
    )
    return (
        f'<section id="{table.name}">\n<h2>{html.escape(table.title)}</h2>\n'
        f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>\n</section>"
    )


def _html_chart(name: str, png: bytes, alt: str) -> str:
    encoded = base64.b64encode(png).decode("ascii")
    return (
        f'<figure id="chart-{name}"><img alt="{html.escape(alt)}" '
        f'src="data:image/png;base64,{encoded}"></figure>'
    )


def html_report(
    data: Mapping[str, Any],
    names: Mapping[str, str],
    title: str,
    lang: str = "en",
    span_text: SpanText | None = None,
    native: bool | None = None,
) -> str:
    """The whole report as one HTML page: every table of the JSON and the charts as inline PNG.

    `lang == "ar"` gives an Arabic page (captions, display names, `dir="rtl"`); `span_text`
    (doc_id, start, end -> text) adds the text of confused items; `native` is chart_text's."""
    charts = report_charts(data, names, lang, native)
    direction = "rtl" if lang == "ar" else "ltr"
    annotators = "، ".join if lang == "ar" else ", ".join
    who = annotators(f"<bdi>{html.escape(str(a))}</bdi>" for a in data.get("annotators", []))
    count = len(data.get("documents", []))
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(lang)}" dir="{direction}">',
        f'<head>\n<meta charset="utf-8">\n<title>{html.escape(title)}</title>',
        f"<style>{_STYLE}</style>\n</head>",
        "<body>",
        f"<h1><bdi>{html.escape(title)}</bdi></h1>",
        f"<p>{html.escape(caption('Annotators', lang))}: {who} · "
        f"{html.escape(caption('documents', lang))}: {count}</p>",
    ]
    for table in all_tables(data, names, lang, span_text):
        if not table.rows and table.name not in ("overall", "annotators"):
            continue
        parts.append(_html_table(table))
        chart = _CHART_AFTER.get(table.name)
        if chart in charts:
            parts.append(_html_chart(chart, figure_png(charts[chart]), table.title))
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def report_title(project_name: str, lang: str = "en") -> str:
    """The report's title for a project: "Agreement report — NAME" in `lang`."""
    return f"{caption('Agreement report', lang)} — {project_name}"


def write_html_report(
    data: Mapping[str, Any],
    names: Mapping[str, str],
    path: str | Path,
    title: str = "",
    lang: str = "en",
    span_text: SpanText | None = None,
) -> Path:
    """Write `html_report` to `path` (UTF-8) and return the path; `title` defaults to the
    report's caption in `lang`."""
    target = Path(path)
    page = html_report(data, names, title or caption("Agreement report", lang), lang, span_text)
    target.write_text(page, encoding="utf-8")
    return target

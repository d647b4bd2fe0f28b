"""Charts of an agreement report (the `report.to_json()` dict of core.agreement) with matplotlib.

Each builder returns a `matplotlib.figure.Figure` made directly (never pyplot's global state), so
the same figure goes into the HTML report (Agg, PNG) and into the GUI dashboard (a Qt canvas).

Arabic in charts: matplotlib >= 3.11 shapes and orders text itself (libraqm), so it gets logical
text; older versions draw code points one by one, left to right, so they get the text reshaped
(arabic-reshaper, harakat kept) and reordered (python-bidi). `chart_text` decides; its `native`
argument lets tests take both paths on one machine. The visual-order text only ever goes to the
chart, never into the report's data.

Fonts: the bundled Noto Sans Arabic (and Amiri) are registered with matplotlib, and every text
takes the family list [Noto Sans Arabic, DejaVu Sans, Amiri]. The Arabic font comes first
because DejaVu Sans has (plainer) Arabic glyphs of its own, so a Latin-first list would never
reach it; Noto Sans Arabic also has basic Latin and digits, and DejaVu Sans catches the rest.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from annotator.core.agreement_tables import caption, label_name, ordered_labels, worst_first

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

LATIN_FONT = "DejaVu Sans"
ARABIC_FONT = "Noto Sans Arabic"
DOCUMENTS_CHARTED = 25


def matplotlib_shapes_arabic() -> bool:
    """True when the installed matplotlib shapes and orders Arabic itself (3.11 and later)."""
    import matplotlib

    parts = [int(p) for p in matplotlib.__version__.split(".")[:2] if p.isdigit()]
    return tuple(parts) >= (3, 11)


@cache
def _reshaper() -> Any:
    import arabic_reshaper

    return arabic_reshaper.ArabicReshaper(configuration={"delete_harakat": False})


def chart_text(s: str, native: bool | None = None) -> str:
    """`s` as matplotlib must be given it: unchanged when matplotlib shapes Arabic itself
    (`native`; None detects it), else reshaped (harakat kept) and put in visual order."""
    if native is None:
        native = matplotlib_shapes_arabic()
    if native or not s:
        return s
    from bidi import get_display

    return str(get_display(_reshaper().reshape(s)))


@cache
def chart_fonts() -> list[str]:
    """Register the bundled Arabic fonts with matplotlib (once) and return the family list to use:
    Noto Sans Arabic, DejaVu Sans for Latin, Amiri for anything both lack."""
    from matplotlib import font_manager

    found: dict[str, bool] = {}
    for module_name, family in (("fontpkg_noto_sans_arabic", ARABIC_FONT), ("fontpkg_amiri", "Amiri")):
        try:
            module = __import__(module_name)
        except ImportError:
            continue
        for path in sorted(Path(module.ROOT).rglob("*.ttf")):
            font_manager.fontManager.addfont(str(path))
            found[family] = True
    return [f for f in (ARABIC_FONT, LATIN_FONT, "Amiri") if f == LATIN_FONT or found.get(f)]


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height), dpi=100, layout="constrained")


def _text(s: str, native: bool | None) -> str:
    return chart_text(s, native)


def _style_ticks(ax: Axes) -> None:
    for label in [*ax.get_xticklabels(), *ax.get_yticklabels()]:
        label.set_fontfamily(chart_fonts())


def _value(x: Any) -> float | None:
    return float(x) if isinstance(x, int | float) else None


def _hbars(
    rows: Sequence[tuple[str, float | None, float | None]], title: str, lang: str, native: bool | None
) -> Figure:
    """Horizontal pairs of bars (exact, overlap), one row per name, the first name on top; each
    bar ends in its value ("—" and no bar for a missing one)."""
    import numpy as np

    fig = _figure(7.5, 1.2 + 0.38 * max(len(rows), 1))
    ax = fig.add_subplot()
    fonts = chart_fonts()
    y = np.arange(len(rows))
    for column, (offset, name) in enumerate(((-0.2, "exact"), (0.2, "overlap")), start=1):
        values = [r[column] for r in rows]
        bars = ax.barh(y + offset, [v or 0.0 for v in values], 0.4, label=_text(caption(name, lang), native))
        shown = ["—" if v is None else f"{v:.2f}" for v in values]
        ax.bar_label(bars, shown, padding=2, fontsize=7)
    ax.set_yticks(y, [_text(r[0], native) for r in rows])
    ax.invert_yaxis()
    ax.set_xlim(0, 1.08)
    ax.set_title(_text(caption(title, lang), native), fontfamily=fonts)
    fig.legend(loc="outside lower center", ncols=2, prop={"family": fonts})
    _style_ticks(ax)
    return fig


def label_f1_chart(
    data: Mapping[str, Any], names: Mapping[str, str], lang: str = "en", native: bool | None = None
) -> Figure:
    """Entity F1 per label, exact against overlap matching, in the schema's label order."""
    labels = data.get("entities", {}).get("labels", {})
    rows = [
        (
            label_name(key, names, lang),
            _value(labels[key].get("exact_f1")),
            _value(labels[key].get("overlap_f1")),
        )
        for key in ordered_labels(list(labels), names)
    ]
    return _hbars(rows, "F1 per label", lang, native)


def document_f1_chart(
    data: Mapping[str, Any], lang: str = "en", native: bool | None = None, limit: int = DOCUMENTS_CHARTED
) -> Figure:
    """Entity F1 of the `limit` worst documents (exact, then overlap), worst on top."""
    titles = {d["id"]: str(d.get("title") or "") for d in data.get("documents", [])}
    docs = sorted(data.get("entities", {}).get("documents", []), key=worst_first)[:limit]
    rows = [
        (
            f"{d['id']} · {_short(titles.get(d['id'], ''))}",
            _value(d.get("exact_f1")),
            _value(d.get("overlap_f1")),
        )
        for d in docs
    ]
    return _hbars(rows, "F1 per document (worst first)", lang, native)


def _short(title: str, width: int = 28) -> str:
    return title if len(title) <= width else title[: width - 1] + "…"


def _heatmap(
    matrix: Any, rows: Sequence[str], columns: Sequence[str], title: str, counts: bool, native: bool | None
) -> Figure:
    """A heat map with each cell's value in it: counts (integers), or ratios in [0, 1] where NaN
    cells stay blank."""
    import numpy as np

    size = 2.2 + 0.6 * max(len(rows), len(columns))
    fig = _figure(size + 1.5, size)
    ax = fig.add_subplot()
    fonts = chart_fonts()
    values = np.asarray(matrix, dtype=float).reshape(len(rows), len(columns))
    top = max(1.0, float(np.nanmax(values, initial=0.0))) if counts else 1.0
    image = ax.imshow(np.ma.masked_invalid(values), cmap="Blues" if counts else "RdYlGn", vmin=0.0, vmax=top)
    fig.colorbar(image, ax=ax, shrink=0.8)
    ax.set_xticks(range(len(columns)), [_text(c, native) for c in columns], rotation=30, ha="right")
    ax.set_yticks(range(len(rows)), [_text(r, native) for r in rows])
    for (i, j), value in np.ndenumerate(values):
        if not np.isnan(value):
            shown = f"{int(value)}" if counts else f"{value:.2f}"
            dark = counts and value > 0.6 * top
            ax.text(j, i, shown, ha="center", va="center", color="white" if dark else "black")
    ax.set_title(_text(title, native), fontfamily=fonts)
    _style_ticks(ax)
    return fig


def pair_f1_chart(data: Mapping[str, Any], lang: str = "en", native: bool | None = None) -> Figure:
    """Exact entity F1 of every annotator pair as a symmetric heat map (diagonal blank)."""
    import numpy as np

    annotators = list(data.get("annotators", []))
    index = {name: i for i, name in enumerate(annotators)}
    matrix = np.full((len(annotators), len(annotators)), np.nan)
    for pair in data.get("entities", {}).get("pairs", []):
        f1 = pair.get("exact", {}).get("f1")
        if pair["a"] in index and pair["b"] in index and f1 is not None:
            matrix[index[pair["a"]], index[pair["b"]]] = matrix[index[pair["b"]], index[pair["a"]]] = f1
    title = caption("Exact F1 between annotators", lang)
    return _heatmap(matrix, annotators, annotators, title, False, native)


def confusion_chart(
    data: Mapping[str, Any], names: Mapping[str, str], lang: str = "en", native: bool | None = None
) -> Figure:
    """Counts of label A (rows) against label B (columns) on overlapping mentions, "(none)" for
    a mention the other annotator lacks."""
    confusion = data.get("entities", {}).get("confusion", {})
    labels = [label_name(key, names, lang) for key in confusion.get("labels", [])]
    matrix = confusion.get("matrix", [])
    title = caption("Confusion between labels (rows: A, columns: B)", lang)
    return _heatmap(matrix, labels, labels, title, True, native)


def figure_png(fig: Figure) -> bytes:
    """The figure as PNG bytes (Agg), without the software tag."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    out = io.BytesIO()
    fig.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()


def report_charts(
    data: Mapping[str, Any], names: Mapping[str, str], lang: str = "en", native: bool | None = None
) -> dict[str, Figure]:
    """Every chart of the report by name: labels, pairs, confusion, documents (empty parts left out)."""
    entities = data.get("entities", {})
    charts: dict[str, Figure] = {}
    if entities.get("labels"):
        charts["labels"] = label_f1_chart(data, names, lang, native)
    if entities.get("pairs"):
        charts["pairs"] = pair_f1_chart(data, lang, native)
    if entities.get("confusion", {}).get("labels"):
        charts["confusion"] = confusion_chart(data, names, lang, native)
    if entities.get("documents"):
        charts["documents"] = document_f1_chart(data, lang, native)
    return charts

"""The tables of an agreement report, built once from its JSON dict and shown three ways.

`AgreementReport.to_json()` (core.agreement) is the input: the terminal (agreement_render), the
HTML report (agreement_render) and the GUI dashboard (ui/agreement_dashboard.py) all show these
`Table` values, so they show the same figures. A table is a caption, headers, rows of display
strings and one key per row saying what the row is about (a doc id, a confusion cell, an item),
which the dashboard follows from a figure to the items behind it.

Captions are English, with Arabic for `lang == "ar"` (the HTML report and the Arabic UI). Keys of
labels, event types, polarities and attributes are shown by the schema's display names
(`display_names`); missing figures as "—".
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.core.schema import Schema

MISSING = "—"
NONE_LABEL = "(none)"
"""The confusion matrix's row and column for a mention the other annotator does not have."""
SpanText = Callable[[int, int, int], str]
"""(doc_id, start, end) -> the text of that span, for listing confused items."""

_AR = {
    "Agreement report": "تقرير الاتفاق بين الموسِّمين",
    "Overall": "الإجمال",
    "figure": "المقياس",
    "value": "القيمة",
    "entity exact F1": "F1 الكيانات بالتطابق التام",
    "entity overlap F1": "F1 الكيانات بالتداخل",
    "Cohen's kappa (mean over pairs)": "كابا كوهين (متوسط الأزواج)",
    "Fleiss' kappa": "كابا فلايس",
    "Krippendorff's alpha": "ألفا كريبندورف",
    "unitizing alpha": "ألفا التقطيع",
    "Gwet's AC1": "مُعامل AC1 لغويت",
    "event trigger F1": "F1 مُطلِقات الأحداث",
    "trigger overlap F1": "F1 المُطلِقات بالتداخل",
    "argument F1": "F1 المشاركين",
    "argument overlap F1": "F1 المشاركين بالتداخل",
    "stance alpha": "ألفا المواقف",
    "stance kappa (mean over pairs)": "كابا المواقف (متوسط الأزواج)",
    "stance units": "وحدات المواقف",
    "evidence overlap": "تداخل الأدلة",
    "Annotators": "الموسِّمون",
    "annotator": "الموسِّم",
    "annotator A": "الموسِّم أ",
    "annotator B": "الموسِّم ب",
    "entities": "الكيانات",
    "events": "الأحداث",
    "stances": "المواقف",
    "documents": "المستندات",
    "document": "المستند",
    "title": "العنوان",
    "precision": "الدقة",
    "recall": "الاستدعاء",
    "exact F1": "F1 بالتطابق التام",
    "overlap F1": "F1 بالتداخل",
    "kappa": "كابا",
    "AC1": "AC1",
    "label": "الوسم",
    "Entities: pairs": "الكيانات: الأزواج",
    "Entities: labels": "الكيانات: الوسوم",
    "Entities: labels per pair": "الكيانات: الوسوم لكل زوج",
    "exact P": "الدقة (تام)",
    "exact R": "الاستدعاء (تام)",
    "overlap P": "الدقة (تداخل)",
    "overlap R": "الاستدعاء (تداخل)",
    "Confusion between labels (rows: A, columns: B)": "الخلط بين الوسوم (الصفوف: أ، الأعمدة: ب)",
    "Most confused labels": "أكثر الوسوم خلطًا",
    "Confused items": "العناصر المخلوطة",
    "A's label": "وسم أ",
    "B's label": "وسم ب",
    "count": "العدد",
    "span": "المقطع",
    "text": "النص",
    "Documents (worst first)": "المستندات (الأضعف أولًا)",
    "trigger F1": "F1 المُطلِق",
    "Events: pairs": "الأحداث: الأزواج",
    "Events: attributes": "الأحداث: السمات",
    "Events: types": "الأحداث: الأنواع",
    "event type": "نوع الحدث",
    "attribute": "السمة",
    "agree": "متفقة",
    "compared": "قورنت",
    "ratio": "النسبة",
    "Stances: pairs": "المواقف: الأزواج",
    "matched": "المتقابلة",
    "agreement": "نسبة الاتفاق",
    "F1 per label": "F1 لكل وسم",
    "exact": "تطابق تام",
    "overlap": "تداخل",
    "Exact F1 between annotators": "F1 بالتطابق التام بين الموسِّمين",
    "F1 per document (worst first)": "F1 لكل مستند (الأضعف أولًا)",
    NONE_LABEL: "(لا شيء)",
}


def caption(text: str, lang: str) -> str:
    """An English caption, or its Arabic translation when `lang == "ar"`."""
    return _AR.get(text, text) if lang == "ar" else text


def display_names(schema: Schema, language: str = "en") -> dict[str, str]:
    """Display name of every label, event type, polarity, stance target and event attribute key in
    `language` ("ar" or "en"); labels first, in the schema's order (tables and charts follow it)."""
    names: dict[str, str] = {}
    groups: Sequence[Sequence[Any]] = (
        schema.labels,
        schema.event_types,
        schema.polarities,
        schema.stance_targets,
        schema.event_attributes,
    )
    for group in groups:
        for item in group:
            names.setdefault(item.key, item.names.in_language(language))
    return names


def fmt(value: Any) -> str:
    """A figure as shown: 4 decimals, counts as integers, None as "—"."""
    if value is None:
        return MISSING
    if isinstance(value, float):
        return f"{value:.4f}"
    return str(value)


def label_name(key: str, names: Mapping[str, str], lang: str) -> str:
    """A label's display name; "(none)" (no counterpart) in `lang`."""
    return caption(NONE_LABEL, lang) if key == NONE_LABEL else names.get(key, key)


def ordered_labels(keys: Sequence[str], names: Mapping[str, str]) -> list[str]:
    """Label keys in the schema's order (the order of `names`), then others sorted, "(none)" last."""
    order = {key: i for i, key in enumerate(names)}
    return sorted(keys, key=lambda k: (k == NONE_LABEL, order.get(k, len(order)), k))


@dataclass(slots=True)
class Table:
    """One table: `numeric[i]` right-aligns column i; `keys[r]` says what row r is about."""

    name: str
    title: str
    headers: tuple[str, ...]
    numeric: tuple[bool, ...]
    rows: list[tuple[str, ...]] = field(default_factory=list)
    keys: list[Any] = field(default_factory=list)

    def add(self, key: Any, *cells: Any) -> None:
        self.rows.append(tuple(fmt(c) for c in cells))
        self.keys.append(key)


def _table(name: str, title: str, lang: str, headers: Sequence[str], text_columns: int) -> Table:
    """A table whose first `text_columns` columns are text and the rest figures."""
    return Table(
        name,
        caption(title, lang),
        tuple(caption(h, lang) for h in headers),
        tuple(i >= text_columns for i in range(len(headers))),
    )


def _part(data: Mapping[str, Any], part: str) -> Mapping[str, Any]:
    value = data.get(part)
    return value if isinstance(value, Mapping) else {}


# -- headline figures ----------------------------------------------------------------------------


def overview_figures(data: Mapping[str, Any]) -> list[tuple[str, str, Any]]:
    """(key, English caption, value) of every headline figure, in reading order."""
    entities = _part(_part(data, "entities"), "overall")
    events = _part(_part(data, "events"), "overall")
    stances = _part(_part(data, "stances"), "overall")
    return [
        ("exact_f1", "entity exact F1", entities.get("exact_f1")),
        ("overlap_f1", "entity overlap F1", entities.get("overlap_f1")),
        ("cohen_kappa", "Cohen's kappa (mean over pairs)", entities.get("cohen_kappa")),
        ("fleiss_kappa", "Fleiss' kappa", entities.get("fleiss_kappa")),
        ("krippendorff_alpha", "Krippendorff's alpha", entities.get("krippendorff_alpha")),
        ("unitizing_alpha", "unitizing alpha", entities.get("unitizing_alpha")),
        ("gwet_ac1", "Gwet's AC1", entities.get("gwet_ac1")),
        ("trigger_f1", "event trigger F1", events.get("trigger_f1")),
        ("trigger_overlap_f1", "trigger overlap F1", events.get("trigger_overlap_f1")),
        ("argument_f1", "argument F1", events.get("argument_f1")),
        ("argument_overlap_f1", "argument overlap F1", events.get("argument_overlap_f1")),
        ("stance_alpha", "stance alpha", stances.get("alpha")),
        ("stance_kappa", "stance kappa (mean over pairs)", stances.get("cohen_kappa")),
        ("stance_units", "stance units", stances.get("units")),
        ("evidence_overlap", "evidence overlap", stances.get("evidence_overlap")),
    ]


def overall_table(data: Mapping[str, Any], lang: str = "en") -> Table:
    """The headline figures of entities, events and stances, one per row."""
    table = _table("overall", "Overall", lang, ("figure", "value"), 1)
    for key, title, value in overview_figures(data):
        table.add(key, caption(title, lang), value)
    return table


def annotators_table(data: Mapping[str, Any], lang: str = "en") -> Table:
    """How much each annotator marked: entities, events, stances."""
    table = _table("annotators", "Annotators", lang, ("annotator", "entities", "events", "stances"), 1)
    entities = _part(_part(_part(data, "entities"), "overall"), "mentions")
    events = _part(_part(_part(data, "events"), "overall"), "events")
    stances = _part(_part(_part(data, "stances"), "overall"), "stances")
    for name in data.get("annotators", []):
        table.add(name, name, entities.get(name, 0), events.get(name, 0), stances.get(name, 0))
    return table


# -- entities ------------------------------------------------------------------------------------


def entity_pairs_table(data: Mapping[str, Any], lang: str = "en") -> Table:
    """Entity agreement of each annotator pair: exact P/R/F1, overlap F1, token kappa and AC1."""
    headers = ("annotator A", "annotator B", "documents", "precision", "recall", "exact F1", "overlap F1")
    table = _table("pairs", "Entities: pairs", lang, (*headers, "kappa", "AC1"), 2)
    for p in _part(data, "entities").get("pairs", []):
        exact, overlap = p.get("exact", {}), p.get("overlap", {})
        table.add(
            (p["a"], p["b"]),
            p["a"],
            p["b"],
            p.get("documents"),
            exact.get("precision"),
            exact.get("recall"),
            exact.get("f1"),
            overlap.get("f1"),
            p.get("cohen_kappa"),
            p.get("gwet_ac1"),
        )
    return table


def label_table(data: Mapping[str, Any], names: Mapping[str, str], lang: str = "en") -> Table:
    """Per label: exact and overlap F1 (mean over pairs), unitizing alpha, mentions per annotator."""
    annotators = [str(a) for a in data.get("annotators", [])]
    headers = ("label", "exact F1", "overlap F1", "unitizing alpha")
    table = _table("labels", "Entities: labels", lang, headers, 1)
    table.headers += tuple(annotators)
    table.numeric += (True,) * len(annotators)
    labels = _part(data, "entities").get("labels", {})
    for key in ordered_labels(list(labels), names):
        row = labels[key]
        mentions = row.get("mentions", {})
        figures = (row.get("exact_f1"), row.get("overlap_f1"), row.get("unitizing_alpha"))
        table.add(key, label_name(key, names, lang), *figures, *(mentions.get(a, 0) for a in annotators))
    return table


def pair_label_table(data: Mapping[str, Any], names: Mapping[str, str], lang: str = "en") -> Table:
    """Per pair and label: exact and overlap precision, recall, F1."""
    headers = ("annotator A", "annotator B", "label", "exact P", "exact R", "exact F1")
    table = _table("pair_labels", "Entities: labels per pair", lang, (*headers, "overlap F1"), 3)
    for p in _part(data, "entities").get("pairs", []):
        labels = p.get("labels", {})
        for key in ordered_labels(list(labels), names):
            exact, overlap = labels[key].get("exact", {}), labels[key].get("overlap", {})
            figures = (exact.get("precision"), exact.get("recall"), exact.get("f1"), overlap.get("f1"))
            table.add((p["a"], p["b"], key), p["a"], p["b"], label_name(key, names, lang), *figures)
    return table


def confusion_table(data: Mapping[str, Any], names: Mapping[str, str], lang: str = "en") -> Table:
    """The confusion matrix: rows A's label, columns B's label; keys are A's label keys."""
    confusion = _part(_part(data, "entities"), "confusion")
    labels = [str(k) for k in confusion.get("labels", [])]
    shown = [label_name(k, names, lang) for k in labels]
    table = Table(
        "confusion",
        caption("Confusion between labels (rows: A, columns: B)", lang),
        (caption("A's label", lang), *shown),
        (False,) + (True,) * len(labels),
    )
    for key, name, row in zip(labels, shown, confusion.get("matrix", []), strict=False):
        table.add(key, name, *row)
    return table


def confused_cells(data: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The off-diagonal confusion cells, most frequent first (ties by label keys)."""
    cells = _part(_part(data, "entities"), "confusion").get("cells", [])
    return sorted(cells, key=lambda c: (-int(c.get("count", 0)), str(c["a_label"]), str(c["b_label"])))


def confused_labels_table(
    data: Mapping[str, Any], names: Mapping[str, str], lang: str = "en", limit: int | None = None
) -> Table:
    """The label pairs swapped most often; keys are (a_label, b_label)."""
    table = _table("confused", "Most confused labels", lang, ("A's label", "B's label", "count"), 2)
    for cell in confused_cells(data)[:limit]:
        a, b = str(cell["a_label"]), str(cell["b_label"])
        table.add((a, b), label_name(a, names, lang), label_name(b, names, lang), cell.get("count", 0))
    return table


def confused_items_table(
    data: Mapping[str, Any],
    names: Mapping[str, str],
    lang: str = "en",
    cell: tuple[str, str] | None = None,
    span_text: SpanText | None = None,
) -> Table:
    """The items behind the confusion cells (or one `cell`): document, span, its text when
    `span_text` is given, each annotator with their label; keys are (doc_id, start, end)."""
    headers = ("document", "span", "text", "annotator A", "A's label", "annotator B", "B's label")
    table = _table("confused_items", "Confused items", lang, headers, 7)
    table.numeric = (True, False, False, False, False, False, False)
    for c in confused_cells(data):
        a_label, b_label = str(c["a_label"]), str(c["b_label"])
        if cell is not None and cell != (a_label, b_label):
            continue
        for item in c.get("items", []):
            doc, start, end = int(item["doc_id"]), int(item["start"]), int(item["end"])
            text = span_text(doc, start, end) if span_text else ""
            a_name, b_name = label_name(a_label, names, lang), label_name(b_label, names, lang)
            table.add((doc, start, end), doc, f"{start}–{end}", text, item["a"], a_name, item["b"], b_name)
    return table


# -- documents, events, stances ----------------------------------------------------------------


def worst_first(row: Mapping[str, Any]) -> tuple[bool, float, bool, float, int]:
    """Sort key of per-document figures: lowest exact F1 first, then overlap F1; missing last."""
    exact, overlap = row.get("exact_f1"), row.get("overlap_f1")
    return (exact is None, exact or 0.0, overlap is None, overlap or 0.0, int(row["id"]))


def documents_table(data: Mapping[str, Any], lang: str = "en", limit: int | None = None) -> Table:
    """Per document, worst entity F1 first: entity, event and stance figures; keys are doc ids."""
    headers = ("document", "title", "exact F1", "overlap F1", "unitizing alpha", "kappa", "trigger F1")
    table = _table("documents", "Documents (worst first)", lang, (*headers, "argument F1", "stance alpha"), 2)
    table.numeric = (True, False) + (True,) * 7
    info = {int(d["id"]): d for d in data.get("documents", [])}
    events = {int(d["id"]): d for d in _part(data, "events").get("documents", [])}
    stances = {int(d["id"]): d for d in _part(data, "stances").get("documents", [])}
    rows = {int(d["id"]): d for d in _part(data, "entities").get("documents", [])}
    for doc_id in set(info) | set(events) | set(stances):
        rows.setdefault(doc_id, {"id": doc_id})
    for row in sorted(rows.values(), key=worst_first)[:limit]:
        doc = int(row["id"])
        ev, st = events.get(doc, {}), stances.get(doc, {})
        title = str(info.get(doc, {}).get("title") or "")
        figures = (
            row.get("exact_f1"),
            row.get("overlap_f1"),
            row.get("unitizing_alpha"),
            row.get("cohen_kappa"),
        )
        table.add(doc, doc, title, *figures, ev.get("trigger_f1"), ev.get("argument_f1"), st.get("alpha"))
    return table


def event_pairs_table(data: Mapping[str, Any], lang: str = "en") -> Table:
    """Event agreement of each pair: trigger and argument F1, exact and by overlap."""
    headers = ("annotator A", "annotator B", "trigger F1", "trigger overlap F1", "argument F1")
    table = _table("event_pairs", "Events: pairs", lang, (*headers, "argument overlap F1"), 2)
    for p in _part(data, "events").get("pairs", []):
        parts = ("trigger", "trigger_overlap", "argument", "argument_overlap")
        table.add((p["a"], p["b"]), p["a"], p["b"], *(p.get(k, {}).get("f1") for k in parts))
    return table


def event_attributes_table(data: Mapping[str, Any], names: Mapping[str, str], lang: str = "en") -> Table:
    """Attribute agreement on matched events, per pair and attribute."""
    headers = ("annotator A", "annotator B", "attribute", "agree", "compared", "ratio")
    table = _table("event_attributes", "Events: attributes", lang, headers, 3)
    for p in _part(data, "events").get("pairs", []):
        for key, row in sorted(p.get("attributes", {}).items()):
            figures = (row.get("agree"), row.get("compared"), row.get("ratio"))
            table.add((p["a"], p["b"], key), p["a"], p["b"], names.get(key, key), *figures)
    return table


def event_types_table(data: Mapping[str, Any], names: Mapping[str, str], lang: str = "en") -> Table:
    """Trigger and argument F1 per event type."""
    table = _table("event_types", "Events: types", lang, ("event type", "trigger F1", "argument F1"), 1)
    types = _part(data, "events").get("types", {})
    for key in ordered_labels(list(types), names):
        table.add(key, names.get(key, key), types[key].get("trigger_f1"), types[key].get("argument_f1"))
    return table


def stance_pairs_table(data: Mapping[str, Any], lang: str = "en") -> Table:
    """Stance agreement of each pair on polarity per (holder, target) unit, and evidence overlap."""
    headers = ("annotator A", "annotator B", "matched", "kappa", "agreement", "evidence overlap")
    table = _table("stance_pairs", "Stances: pairs", lang, headers, 2)
    for p in _part(data, "stances").get("pairs", []):
        figures = (p.get("matched"), p.get("cohen_kappa"), p.get("agreement"), p.get("evidence_overlap"))
        table.add((p["a"], p["b"]), p["a"], p["b"], *figures)
    return table


def all_tables(
    data: Mapping[str, Any], names: Mapping[str, str], lang: str = "en", span_text: SpanText | None = None
) -> list[Table]:
    """Every table of the report, in reading order (the HTML report shows them all)."""
    return [
        overall_table(data, lang),
        annotators_table(data, lang),
        entity_pairs_table(data, lang),
        label_table(data, names, lang),
        pair_label_table(data, names, lang),
        confusion_table(data, names, lang),
        confused_labels_table(data, names, lang),
        confused_items_table(data, names, lang, span_text=span_text),
        documents_table(data, lang),
        event_pairs_table(data, lang),
        event_attributes_table(data, names, lang),
        event_types_table(data, names, lang),
        stance_pairs_table(data, lang),
    ]

"""The agreement report for people: terminal tables (bidi on and off), charts with Arabic labels on
both matplotlib paths, and the HTML report, all from a report dict in the `to_json()` shape."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest

from annotator.core.agreement_charts import (
    chart_fonts,
    chart_text,
    confusion_chart,
    document_f1_chart,
    figure_png,
    label_f1_chart,
    pair_f1_chart,
)
from annotator.core.agreement_render import (
    display_names,
    display_width,
    html_report,
    terminal_tables,
    write_html_report,
)
from annotator.core.schema import Schema

PRESENTATION_FORMS = re.compile("[\ufe70-\ufeff]")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def prf(p: float, r: float, f: float, tp: int, fp: int, fn: int) -> dict[str, Any]:
    return {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn}


def report() -> dict[str, Any]:
    """A small report in the stable JSON shape: three annotators (one with an Arabic name), two
    documents, a GPE read as ORG twice, one pair without a kappa."""
    return {
        "format": "annotator-agreement",
        "version": 1,
        "annotators": ["amal", "badr", "سلمى"],
        "documents": [
            {"id": 1, "title": "قصف على المدينة", "annotators": ["amal", "badr", "سلمى"]},
            {"id": 2, "title": "Talks in the capital", "annotators": ["amal", "badr"]},
        ],
        "entities": {
            "overall": {
                "exact_f1": 0.75,
                "overlap_f1": 0.875,
                "cohen_kappa": 0.6667,
                "fleiss_kappa": 0.6,
                "krippendorff_alpha": 0.6123,
                "unitizing_alpha": 0.7,
                "gwet_ac1": 0.8,
                "mentions": {"amal": 4, "badr": 4, "سلمى": 3},
            },
            "pairs": [
                {
                    "a": "amal",
                    "b": "badr",
                    "documents": 2,
                    "exact": prf(0.75, 0.75, 0.75, 3, 1, 1),
                    "overlap": prf(1.0, 1.0, 1.0, 4, 0, 0),
                    "cohen_kappa": 0.7,
                    "gwet_ac1": 0.81,
                    "labels": {
                        "GPE": {"exact": prf(0.5, 0.5, 0.5, 1, 1, 1), "overlap": prf(1.0, 1.0, 1.0, 2, 0, 0)},
                        "PER": {"exact": prf(1.0, 1.0, 1.0, 2, 0, 0), "overlap": prf(1.0, 1.0, 1.0, 2, 0, 0)},
                    },
                },
                {
                    "a": "amal",
                    "b": "سلمى",
                    "documents": 1,
                    "exact": prf(0.6667, 0.5, 0.5714, 2, 1, 2),
                    "overlap": prf(0.6667, 0.5, 0.5714, 2, 1, 2),
                    "cohen_kappa": None,
                    "gwet_ac1": 0.5,
                    "labels": {},
                },
                {
                    "a": "badr",
                    "b": "سلمى",
                    "documents": 1,
                    "exact": prf(1.0, 1.0, 1.0, 3, 0, 0),
                    "overlap": prf(1.0, 1.0, 1.0, 3, 0, 0),
                    "cohen_kappa": 1.0,
                    "gwet_ac1": 1.0,
                    "labels": {},
                },
            ],
            "labels": {
                "GPE": {
                    "exact_f1": 0.5,
                    "overlap_f1": 0.8,
                    "unitizing_alpha": None,
                    "mentions": {"amal": 2, "badr": 1},
                },
                "ORG": {
                    "exact_f1": 0.0,
                    "overlap_f1": 0.0,
                    "unitizing_alpha": 0.1,
                    "mentions": {"badr": 1, "سلمى": 1},
                },
                "PER": {
                    "exact_f1": 1.0,
                    "overlap_f1": 1.0,
                    "unitizing_alpha": 0.95,
                    "mentions": {"amal": 2, "badr": 2, "سلمى": 2},
                },
            },
            "confusion": {
                "labels": ["PER", "ORG", "GPE", "(none)"],
                "matrix": [[4, 0, 0, 0], [0, 0, 0, 1], [0, 2, 3, 0], [0, 0, 1, 0]],
                "cells": [
                    {
                        "a_label": "ORG",
                        "b_label": "(none)",
                        "count": 1,
                        "items": [{"doc_id": 2, "start": 12, "end": 17, "a": "badr", "b": "سلمى"}],
                    },
                    {
                        "a_label": "GPE",
                        "b_label": "ORG",
                        "count": 2,
                        "items": [
                            {"doc_id": 1, "start": 5, "end": 10, "a": "amal", "b": "badr"},
                            {"doc_id": 2, "start": 0, "end": 4, "a": "amal", "b": "سلمى"},
                        ],
                    },
                ],
            },
            "documents": [
                {"id": 1, "exact_f1": 0.9, "overlap_f1": 1.0, "unitizing_alpha": 0.8, "cohen_kappa": 0.7},
                {"id": 2, "exact_f1": 0.4, "overlap_f1": 0.6, "unitizing_alpha": None, "cohen_kappa": 0.3},
            ],
        },
        "events": {
            "overall": {
                "trigger_f1": 0.8,
                "trigger_overlap_f1": 0.9,
                "argument_f1": 0.5,
                "argument_overlap_f1": 0.6,
                "events": {"amal": 2, "badr": 2, "سلمى": 0},
            },
            "pairs": [
                {
                    "a": "amal",
                    "b": "badr",
                    "trigger": prf(0.8, 0.8, 0.8, 4, 1, 1),
                    "trigger_overlap": prf(0.9, 0.9, 0.9, 4, 1, 1),
                    "argument": prf(0.5, 0.5, 0.5, 1, 1, 1),
                    "argument_overlap": prf(0.6, 0.6, 0.6, 1, 1, 1),
                    "attributes": {"polarity": {"agree": 3, "compared": 4, "ratio": 0.75}},
                }
            ],
            "types": {"Conflict.Attack": {"trigger_f1": 0.8, "argument_f1": 0.5}},
            "documents": [{"id": 1, "trigger_f1": 0.8, "argument_f1": 0.5}],
        },
        "stances": {
            "overall": {
                "alpha": 0.42,
                "cohen_kappa": 0.5,
                "units": 3,
                "evidence_overlap": 0.66,
                "stances": {"amal": 2, "badr": 3, "سلمى": 1},
            },
            "pairs": [
                {
                    "a": "amal",
                    "b": "badr",
                    "matched": 2,
                    "cohen_kappa": 0.5,
                    "agreement": 0.5,
                    "evidence_overlap": 0.66,
                }
            ],
            "documents": [{"id": 1, "alpha": 0.42, "units": 3}],
        },
    }


@pytest.fixture(scope="module")
def arabic() -> dict[str, str]:
    return display_names(Schema.default(), "ar")


@pytest.fixture(scope="module")
def english() -> dict[str, str]:
    return display_names(Schema.default(), "en")


def block(text: str, title: str) -> list[str]:
    """The lines of one terminal table (its caption up to the blank line)."""
    return text.split("\n\n" + title + "\n", 1)[1].split("\n\n", 1)[0].splitlines()


# -- names and the terminal ------------------------------------------------------------------------


def test_display_names_follow_the_language_and_the_schema_order(arabic, english) -> None:  # type: ignore[no-untyped-def]
    assert english["PER"] == "Person" and arabic["PER"] == "شخص"
    assert arabic["favor"] == "مؤيد"
    assert list(english)[:3] == ["PER", "ORG", "GPE"]


def test_terminal_tables_keep_arabic_in_logical_order_without_bidi(arabic) -> None:  # type: ignore[no-untyped-def]
    text = terminal_tables(report(), arabic, bidi=False)
    assert "شخص" in text and "كيان جغرافي سياسي" in text and "سلمى" in text
    assert not PRESENTATION_FORMS.search(text)
    assert text.startswith("Agreement of amal, badr, سلمى on 2 documents")


def test_terminal_tables_reshape_arabic_with_bidi_and_keep_harakat() -> None:
    names = {"PER": "شَخْص", "ORG": "منظمة", "GPE": "دولة"}
    text = terminal_tables(report(), names, bidi=True)
    assert PRESENTATION_FORMS.search(text)
    assert "شَخْص" not in text  # reordered: the logical string is gone ...
    assert "\u064e" in text and "\u0652" in text  # ... but its fatha and sukun stayed


def test_terminal_columns_line_up_by_display_width_with_harakat() -> None:
    names = {"PER": "شَخْصٌ", "ORG": "منظمة", "GPE": "Geopolitical"}
    for bidi in (False, True):
        lines = block(terminal_tables(report(), names, bidi=bidi), "Entities: labels")
        widths = {display_width(line) for line in lines}
        assert len(widths) == 1, lines


def test_labels_come_in_schema_order_and_missing_figures_show_a_dash(english) -> None:  # type: ignore[no-untyped-def]
    text = terminal_tables(report(), english, bidi=False)
    labels = block(text, "Entities: labels")[2:]
    assert [line.split()[0] for line in labels] == ["Person", "Organization", "Geopolitical"]
    pair = next(line for line in block(text, "Entities: pairs") if "سلمى" in line and "amal" in line)
    assert pair.split()[7] == "—"  # kappa undefined for this pair


def test_most_confused_labels_come_first_and_documents_worst_first(english) -> None:  # type: ignore[no-untyped-def]
    text = terminal_tables(report(), english, bidi=False)
    confused = block(text, "Most confused labels")[2:]
    assert confused[0].split() == ["Geopolitical", "entity", "Organization", "2"]
    assert confused[1].split() == ["Organization", "(none)", "1"]
    documents = block(text, "Documents (worst first)")[2:]
    assert [line.split()[0] for line in documents] == ["2", "1"]


def test_the_terminal_shows_ten_documents_at_most(english) -> None:  # type: ignore[no-untyped-def]
    data = report()
    data["entities"]["documents"] = [
        {"id": i, "exact_f1": i / 20, "overlap_f1": None, "unitizing_alpha": None, "cohen_kappa": None}
        for i in range(1, 13)
    ]
    documents = block(terminal_tables(data, english, bidi=False), "Documents (worst first)")[2:]
    assert [int(line.split()[0]) for line in documents] == list(range(1, 11))


def test_terminal_tables_are_deterministic(arabic) -> None:  # type: ignore[no-untyped-def]
    assert terminal_tables(report(), arabic, bidi=True) == terminal_tables(
        copy.deepcopy(report()), arabic, bidi=True
    )


def test_events_and_stances_are_left_out_when_nobody_marked_any(english) -> None:  # type: ignore[no-untyped-def]
    data = report()
    data["events"]["overall"]["events"] = {"amal": 0, "badr": 0, "سلمى": 0}
    data["stances"]["overall"]["stances"] = {}
    text = terminal_tables(data, english, bidi=False)
    assert "Events: pairs" not in text and "Stances: pairs" not in text
    assert "Events: pairs" in terminal_tables(report(), english, bidi=False)


# -- charts ----------------------------------------------------------------------------------------


def test_chart_text_is_unchanged_when_matplotlib_shapes_arabic() -> None:
    assert chart_text("كيانٌ جغرافي", native=True) == "كيانٌ جغرافي"


def test_chart_text_is_reshaped_and_reversed_for_older_matplotlib() -> None:
    shown = chart_text("كيانٌ جغرافي", native=False)
    assert PRESENTATION_FORMS.search(shown) and "\u064c" in shown
    # Visual order: the second word is printed first (leftmost).
    assert shown.split(" ")[0] == chart_text("جغرافي", native=False)


def test_chart_text_detects_the_installed_matplotlib() -> None:
    import matplotlib

    major, minor = (int(p) for p in matplotlib.__version__.split(".")[:2])
    assert (chart_text("شخص") == "شخص") == ((major, minor) >= (3, 11))


def test_the_bundled_arabic_font_is_registered_with_matplotlib() -> None:
    from matplotlib import font_manager

    families = chart_fonts()
    assert families[0] == "Noto Sans Arabic" and "DejaVu Sans" in families
    found = font_manager.fontManager.findfont(
        font_manager.FontProperties(family="Noto Sans Arabic"), fallback_to_default=False
    )
    assert "NotoSansArabic" in Path(found).name


@pytest.mark.parametrize("native", [True, False])
def test_every_chart_renders_to_png_with_arabic_labels(native: bool, arabic: dict[str, str]) -> None:
    data = report()
    figures = {
        "labels": label_f1_chart(data, arabic, "ar", native),
        "pairs": pair_f1_chart(data, "ar", native),
        "confusion": confusion_chart(data, arabic, "ar", native),
        "documents": document_f1_chart(data, "ar", native),
    }
    for figure in figures.values():
        assert figure_png(figure).startswith(PNG_MAGIC)
    ticks = [t.get_text() for t in figures["labels"].axes[0].get_yticklabels()]
    assert ticks == [chart_text(n, native) for n in ("شخص", "منظمة", "كيان جغرافي سياسي")]
    assert bool(PRESENTATION_FORMS.search("".join(ticks))) is not native
    cells = sorted(t.get_text() for t in figures["confusion"].axes[0].texts)
    assert cells.count("2") == 1 and cells.count("4") == 1


# -- HTML --------------------------------------------------------------------------------------------


def without_images(page: str) -> str:
    return re.sub(r"base64,[A-Za-z0-9+/=]+", "base64,…", page)


def test_the_html_report_has_every_table_and_the_charts(english) -> None:  # type: ignore[no-untyped-def]
    page = html_report(report(), english, "Agreement report", "en", span_text=lambda d, s, e: f"text{d}:{s}")
    assert '<html lang="en" dir="ltr">' in page
    for section in ("overall", "pairs", "labels", "pair_labels", "confusion", "documents", "event_pairs"):
        assert f'<section id="{section}">' in page
    assert page.count('src="data:image/png;base64,') == 4
    assert '<td class="n">0.6123</td>' in page  # Krippendorff's alpha
    assert "<td><bdi>text1:5</bdi></td>" in page  # a confused item with its text
    assert "<td><bdi>Nationality or group</bdi></td>" not in page  # only labels the report has


def test_the_arabic_html_report_is_right_to_left_with_arabic_names(arabic) -> None:  # type: ignore[no-untyped-def]
    page = html_report(report(), arabic, "تقرير", "ar")
    assert '<html lang="ar" dir="rtl">' in page
    assert "<td><bdi>كيان جغرافي سياسي</bdi></td>" in page and "<h2>الكيانات: الوسوم</h2>" in page
    assert not PRESENTATION_FORMS.search(without_images(page))


def test_the_html_report_is_deterministic_apart_from_chart_bytes(english, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = write_html_report(report(), english, tmp_path / "a.html")
    second = write_html_report(report(), english, tmp_path / "b.html")
    one, two = first.read_text(encoding="utf-8"), second.read_text(encoding="utf-8")
    assert without_images(one) == without_images(two)
    assert "<title>Agreement report</title>" in one


# -- end to end on a real project ------------------------------------------------------------------

RAID = "قصفت الطائرات مدينة حلب صباح الأحد وقال الوزير إن الهجوم فشل."


def test_a_real_projects_report_renders_the_figures_a_reviewer_reads(project, english) -> None:  # type: ignore[no-untyped-def]
    from annotator.core.project_agreement import project_agreement

    doc, _ = project.add_document(RAID, title="غارة على حلب")
    city, minister = RAID.index("حلب"), RAID.index("الوزير")
    for layer in ("amal", "badr", "chadi"):
        project.add_entity(layer, doc, city, city + 3, "ORG" if layer == "badr" else "GPE")
        project.add_entity(layer, doc, minister, minister + 6, "PER")
    data = project_agreement(project).to_json()
    text = terminal_tables(data, english, bidi=False)
    pairs = {tuple(line.split()[:2]): line.split() for line in block(text, "Entities: pairs")[2:]}
    assert pairs[("amal", "chadi")][5] == "1.0000"  # identical layers: exact F1 1
    assert pairs[("amal", "badr")][5] == "0.5000"  # one of two mentions swapped its label
    confused = block(text, "Most confused labels")[2:]
    assert [line.split() for line in confused] == [
        ["Geopolitical", "entity", "Organization", "1"],  # amal against badr
        ["Organization", "Geopolitical", "entity", "1"],  # badr against chadi
    ]
    page = html_report(data, english, "r", span_text=lambda d, s, e: RAID[s:e])
    assert "<td><bdi>حلب</bdi></td>" in page and f'<td class="n">{doc}</td>' in page

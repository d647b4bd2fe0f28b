"""Events and stances on a busy article: operation latency, reads, the workspace's refresh, the story.

Why: an annotator filling roles clicks an entity and picks a role dozens of times per article;
each is one operation (DESIGN.md invariant 2) followed by a refresh of the events list and the
marks in the view. Those must feel as instant as labelling an entity. Figures (medians, noisy
machine): `add_argument` and `add_stance` latency against `add_entity` on the same project (the
baseline, ratio; target <= 1.5x); reading a document's events and stances; opening the document
in the workspace with its events against opening it with entities only (ratio; target <= 1.5x);
the events panel refresh after one argument; and `story()` over a 50-document cluster.

Set-up (not timed): a project with one ~5,000-token article built from seed sentences,
`--entities` entity mentions, `--events` events each with two arguments, `--stances` stances
with two evidence spans; and 50 short reports in one story for the story figure.

    .venv/bin/python benchmarks/bench_events.py [--entities 400] [--events 200] [--stances 50]
"""

from __future__ import annotations

import argparse
import os
import random
import tempfile
import time
from pathlib import Path

from _common import build_article, header, median, seed_sentences, token_counts, verdict

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
LAYER = "bench"
CALLS = 200


def _timed_calls(fn, n: int) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for i in range(n):
        t0 = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entities", type=int, default=400)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--stances", type=int, default=50)
    args = parser.parse_args()

    from annotator.core.project import Project

    header("events and stances")
    rng = random.Random(7)
    pool = seed_sentences()
    counts = token_counts(pool)
    text, tokens = build_article(rng, pool, counts, 5000, "مقال طويل")
    folder = Path(tempfile.mkdtemp(prefix="bench-events-"))
    project = Project.create(folder / "p.annot")
    doc_id, _ = project.add_document(text, title="مقال طويل")
    spans = project.tokens(doc_id)
    words = [s for s in spans if s[1] - s[0] > 2]
    picks = rng.sample(range(len(words)), args.entities + args.events + CALLS * 2)
    entity_spans = [words[i] for i in picks[: args.entities]]
    trigger_spans = [words[i] for i in picks[args.entities : args.entities + args.events]]
    spare = [words[i] for i in picks[args.entities + args.events :]]
    created = project.add_entities(LAYER, doc_id, [(a, b, "NUM") for a, b in entity_spans], "set-up")
    entity_ids = list(created.created_ids)
    event_ids = []
    for i, (a, b) in enumerate(trigger_spans):
        arguments = [
            ("Victim", entity_ids[(2 * i) % len(entity_ids)]),
            ("Victim", entity_ids[(2 * i + 1) % len(entity_ids)]),
        ]
        event_ids.append(
            project.add_event(LAYER, doc_id, a, b, "Life.Die", arguments=arguments).created_ids[0]
        )
    for i in range(args.stances):
        evidence = [entity_spans[i], entity_spans[-i - 1]]
        project.add_stance(LAYER, doc_id, "against", target="syrian_government", evidence=sorted(evidence))
    print(f"article: {tokens} tokens, {args.entities} entities, {args.events} events, {args.stances} stances")

    # Operations, alternating blocks so noise hits all three alike.
    add_entity: list[float] = []
    add_argument: list[float] = []
    add_stance: list[float] = []
    for block in range(4):
        base = block * (CALLS // 4)
        add_entity += _timed_calls(
            lambda i, base=base: project.add_entity(LAYER, doc_id, *spare[base + i], "PER"), CALLS // 4
        )
        add_argument += _timed_calls(
            lambda i, base=base: project.add_argument(
                LAYER,
                event_ids[(base + i) % len(event_ids)],
                "Victim",
                entity_id=entity_ids[(2 * (base + i) + 5) % len(entity_ids)],
            ),
            CALLS // 4,
        )
        add_stance += _timed_calls(
            lambda i, base=base: project.add_stance(
                LAYER, doc_id, "favor", target="de_escalation_idlib", evidence=[spare[CALLS + base + i]]
            ),
            CALLS // 4,
        )
    e, a, s = median(add_entity), median(add_argument), median(add_stance)
    print(f"add_entity   median {e:.3f} ms (baseline)")
    print(f"add_argument median {a:.3f} ms = {a / e:.2f}x   max {max(add_argument):.1f} ms")
    print(f"add_stance   median {s:.3f} ms = {s / e:.2f}x   max {max(add_stance):.1f} ms")
    print(verdict("add_argument vs add_entity", a / e, 1.5))
    print(verdict("add_stance vs add_entity", s / e, 1.5))

    reads_events = _timed_calls(lambda i: project.events(doc_id, LAYER), 30)
    reads_stances = _timed_calls(lambda i: project.stances(doc_id, LAYER), 30)
    reads_entities = _timed_calls(lambda i: project.entities(doc_id, LAYER), 30)
    print(
        f"read a document's events {median(reads_events):.2f} ms, stances {median(reads_stances):.2f} ms,"
        f" entities {median(reads_entities):.2f} ms"
    )

    # The workspace: open the article with its events, against a copy of it with entities only.
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from annotator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    plain_id, _ = project.add_document(text + "\n", title="نسخة بلا أحداث")
    project.add_entities(LAYER, plain_id, [(a, b, "NUM") for a, b in entity_spans], "set-up")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(project, LAYER, settings)
    window.resize(1200, 800)
    window.show()
    app.processEvents()
    window.set_mode("events")
    with_events: list[float] = []
    entities_only: list[float] = []
    for _ in range(7):
        for target, out in ((doc_id, with_events), (plain_id, entities_only)):
            t0 = time.perf_counter()
            window.open_document(target)
            window.view.viewport().repaint()
            out.append((time.perf_counter() - t0) * 1000)
    w, p = median(with_events), median(entities_only)
    print(f"open in the workspace: with events {w:.1f} ms, entities only {p:.1f} ms = {w / p:.2f}x")
    print(verdict("open with events vs entities only", w / p, 1.5))
    window.open_document(doc_id)
    window.event_panel.select_event(event_ids[0])
    refresh = []
    for i in range(10):
        t0 = time.perf_counter()
        window._run(
            project.add_argument,
            LAYER,
            event_ids[1 + i],
            "Victim",
            entity_id=entity_ids[(2 * (1 + i) + 9) % len(entity_ids)],
        )
        window.view.viewport().repaint()
        refresh.append((time.perf_counter() - t0) * 1000)
    print(f"add an argument in the workspace, operation to repaint: median {median(refresh):.1f} ms")
    window.close()

    # The story: 50 outlets reporting one event.
    story_project = Project.create(folder / "story.annot")
    ids = []
    for i in range(50):
        report = f"قال مصدر إن {30 + i % 5} جنديا قتلوا في إدلب يوم {i}."
        doc, _ = story_project.add_document(
            report, title=f"تقرير {i}", source=f"وكالة {i}", date=f"2020-02-{1 + i % 28:02d}"
        )
        victims = story_project.add_entity(
            LAYER, doc, report.index("جنديا") - 3, report.index("جنديا") + 5, "NUM"
        ).created_ids[0]
        at = report.index("قتلوا")
        ids.append(
            story_project.add_event(
                LAYER, doc, at, at + 5, "Life.Die", arguments=[("Victim", victims)]
            ).created_ids[0]
        )
    story_project.set_event_cluster(LAYER, ids, "s")
    times = _timed_calls(lambda i: story_project.story(LAYER, "s"), 5)
    print(f"story over 50 documents: median {median(times):.1f} ms")
    story_project.close()
    project.close()


if __name__ == "__main__":
    main()

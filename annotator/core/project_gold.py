"""Adjudication into gold: the reviewer's queue of units, decisions, and the automatic merge.

Gold is written here and nowhere else (DESIGN.md invariant 3): every decision is one operation
of the gold layer (undo with ``project.undo("gold")``), it replaces the gold items of its unit
only, and each gold item gets a provenance row (unanimous, majority, adjudicated or edited; by
whom; when). ``auto_adjudicate`` fills units the annotators agree on and never touches a unit
that has a decision or gold items already, so re-running it keeps every reviewer's decision.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from annotator.core.adjudication import (
    EventItem,
    Item,
    Kind,
    StanceItem,
    Unit,
    Version,
    VersionGroup,
    entity_item,
    event_item,
    stance_item,
    units,
)
from annotator.core.model import GOLD_LAYER, Changes, LayerAnnotations
from annotator.core.project_base import ProjectError, _now, _Recorder
from annotator.core.project_gold_items import GoldItemsMixin
from annotator.core.storage.oplog import UNDOABLE_TABLES, Row

Decision = Literal["unanimous", "majority", "adjudicated", "edited", "rejected"]


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """What was decided for a unit, by whom (a reviewer's name, or "auto"), and when."""

    decision: Decision
    decided_by: str
    annotators: tuple[str, ...]
    decided_at: str


@dataclass(frozen=True, slots=True)
class UnitState:
    unit: Unit
    decision: DecisionRecord | None

    @property
    def decided(self) -> bool:
        return self.decision is not None


@dataclass(slots=True)
class AutoReport:
    """What `auto_adjudicate` put into gold, per kind, and what it left to reviewers."""

    unanimous: dict[str, int] = field(default_factory=lambda: dict.fromkeys(("entity", "event", "stance"), 0))
    majority: dict[str, int] = field(default_factory=lambda: dict.fromkeys(("entity", "event", "stance"), 0))
    already_decided: int = 0
    left_for_review: int = 0
    waiting_for_entities: int = 0
    documents: int = 0
    op_id: int | None = None

    def summary(self) -> str:
        def counts(d: dict[str, int]) -> str:
            return ", ".join(f"{n} {kind} units" for kind, n in d.items())

        lines = [
            f"{self.documents} documents compared",
            f"unanimous into gold: {counts(self.unanimous)}",
            f"majority into gold: {counts(self.majority)}",
            f"left for review: {self.left_for_review} units (disagreement)",
            f"kept as decided before: {self.already_decided} units",
        ]
        if self.waiting_for_entities:
            lines.append(
                f"events and stances waiting for their entities in gold: {self.waiting_for_entities}"
            )
        return "\n".join(lines)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "unanimous": self.unanimous,
            "majority": self.majority,
            "already_decided": self.already_decided,
            "left_for_review": self.left_for_review,
            "waiting_for_entities": self.waiting_for_entities,
        }


@dataclass(slots=True)
class _GoldItem:
    """A gold row of one kind with the value it compares by."""

    id: int
    item: Item


class GoldMixin(GoldItemsMixin):
    # -- who is compared -----------------------------------------------------------------

    def review_annotators(self) -> list[str]:
        """Annotator layers with any work (entities, events or stances), in creation order."""
        rows = self._conn.execute(
            "SELECT l.name FROM layers l WHERE l.role = 'annotator' AND ("
            "EXISTS (SELECT 1 FROM entities x WHERE x.layer_id = l.id) OR "
            "EXISTS (SELECT 1 FROM events x WHERE x.layer_id = l.id) OR "
            "EXISTS (SELECT 1 FROM stances x WHERE x.layer_id = l.id)) ORDER BY l.id"
        ).fetchall()
        return [str(r[0]) for r in rows]

    def _check_annotators(self, annotators: Sequence[str] | None) -> list[str]:
        if annotators is None:
            return self.review_annotators()
        known = [name for name, role in self.layers() if role != "gold"]
        unknown = [a for a in annotators if a not in known]
        if unknown:
            raise ProjectError(
                f"no annotator {', '.join(unknown)} in this project (known: {', '.join(known)})"
            )
        if GOLD_LAYER in annotators:
            raise ProjectError("gold is the adjudicated layer, not an annotator to compare")
        return list(dict.fromkeys(annotators))

    def _participants(self, doc_id: int, annotators: Sequence[str]) -> dict[str, LayerAnnotations]:
        """The annotators who worked on the document: any annotation, or a status past not started."""
        started = {
            str(r[0])
            for r in self._conn.execute(
                "SELECT l.name FROM doc_status s JOIN layers l ON l.id = s.layer_id "
                "WHERE s.doc_id = ? AND s.status != 'not_started'",
                (doc_id,),
            )
        }
        work: dict[str, LayerAnnotations] = {}
        for name in annotators:
            layer = LayerAnnotations(
                self.entities(doc_id, name), self.events(doc_id, name), self.stances(doc_id, name)
            )
            if name in started or layer.entities or layer.events or layer.stances:
                work[name] = layer
        return work

    # -- reading units and decisions ---------------------------------------------------------

    def decisions(self, doc_id: int) -> dict[tuple[str, str], DecisionRecord]:
        """(kind, unit key) → the decision recorded for it in the document."""
        return {
            (kind, key): DecisionRecord(decision, by, tuple(json.loads(names)), at)
            for kind, key, decision, by, names, at in self._conn.execute(
                "SELECT kind, unit_key, decision, decided_by, annotators, decided_at "
                "FROM adjudication_decisions WHERE doc_id = ?",
                (doc_id,),
            )
        }

    def adjudication_units(self, doc_id: int, annotators: Sequence[str] | None = None) -> list[UnitState]:
        """Every unit of the document (agreed or not) with its decision, if any."""
        names = self._check_annotators(annotators)
        work = self._participants(doc_id, names)
        if len(work) < 2:
            return []
        decided = self.decisions(doc_id)
        return [UnitState(u, decided.get((u.kind, u.key))) for u in units(doc_id, work)]

    def review_queue(
        self,
        annotators: Sequence[str] | None = None,
        doc_ids: Sequence[int] | None = None,
        *,
        include_agreed: bool = False,
    ) -> list[UnitState]:
        """The units to review across documents, in document then text order: the disagreements,
        decided or not (so the queue shows progress), and with `include_agreed` every unit."""
        names = self._check_annotators(annotators)
        queue: list[UnitState] = []
        for doc_id in doc_ids if doc_ids is not None else self.document_ids():
            for state in self.adjudication_units(doc_id, names):
                if include_agreed or not state.unit.agreed:
                    queue.append(state)
        return queue

    def open_disagreements(self, doc_ids: Sequence[int] | None = None) -> int:
        """How many disagreement units no reviewer has decided yet (0 with fewer than two annotators)."""
        names = self.review_annotators()
        if len(names) < 2:
            return 0
        return sum(1 for state in self.review_queue(names, doc_ids) if not state.decided)

    def gold_provenance(self, doc_id: int) -> dict[tuple[str, int], DecisionRecord]:
        """(kind, gold item id) → how that gold item got there."""
        return {
            (kind, item_id): DecisionRecord(decision, by, tuple(json.loads(names)), at)
            for kind, item_id, decision, by, names, at in self._conn.execute(
                "SELECT kind, item_id, decision, decided_by, annotators, decided_at "
                "FROM gold_provenance WHERE doc_id = ?",
                (doc_id,),
            )
        }

    # -- decisions -----------------------------------------------------------------------------

    def accept_version(self, reviewer: str, unit: Unit, annotator: str) -> Changes:
        """Gold takes `annotator`'s version of the unit ("adjudicated" by the reviewer)."""
        if annotator not in unit.versions:
            raise ProjectError(
                f"{annotator} has no version of this unit (its annotators: {', '.join(unit.versions)})"
            )
        group = next(g for g in unit.groups() if annotator in g.annotators)
        return self._decide(reviewer, unit, group.version, "adjudicated", group.annotators)

    def accept_majority(self, reviewer: str, unit: Unit) -> Changes:
        """Gold takes the version more than half of the annotators proposed."""
        group = unit.majority()
        if group is None:
            raise ProjectError("no version of this unit has a majority: accept one annotator's version")
        decision: Decision = "unanimous" if len(group.annotators) == len(unit.versions) else "majority"
        return self._decide(reviewer, unit, group.version, decision, group.annotators)

    def accept_edited(self, reviewer: str, unit: Unit, version: Version) -> Changes:
        """Gold takes a version the reviewer edited (validated like any annotation)."""
        self._validate_items(unit.doc_id, version)
        supporters = next((g.annotators for g in unit.groups() if g.version == tuple(version)), ())
        return self._decide(reviewer, unit, tuple(version), "edited", supporters)

    def reject_unit(self, reviewer: str, unit: Unit) -> Changes:
        """Nothing of the unit goes into gold (its gold items, if any, are removed)."""
        return self._decide(reviewer, unit, (), "rejected", ())

    def _decide(
        self, reviewer: str, unit: Unit, version: Version, decision: Decision, supporters: Sequence[str]
    ) -> Changes:
        reviewer = reviewer.strip()
        if not reviewer or reviewer == GOLD_LAYER:
            raise ProjectError("a decision needs the reviewer's name")
        name = f"{decision} {unit.kind} ({reviewer})"

        def body(rec: _Recorder, gold_id: int) -> None:
            self._apply(rec, gold_id, unit, version, decision, reviewer, tuple(supporters), ensure=True)

        return self._gold_operation(name, [unit.doc_id], body, unit.kind)

    def auto_adjudicate(
        self,
        min_agree: int | None = None,
        annotators: Sequence[str] | None = None,
        doc_ids: Sequence[int] | None = None,
    ) -> AutoReport:
        """Put every undecided unit on which all participants (or `min_agree` of them, with no tie)
        agree into gold, as one operation of the gold layer. Units with a decision or with gold
        items already are left as they are."""
        if min_agree is not None and min_agree < 1:
            raise ProjectError(f"--min-agree must be at least 1, not {min_agree}")
        names = self._check_annotators(annotators)
        if len(names) < 2:
            raise ProjectError(
                "adjudication needs at least two annotators' work; layers with work: "
                + (", ".join(names) or "none")
            )
        report = AutoReport()
        plans: list[tuple[Unit, VersionGroup, Decision]] = []
        for doc_id in doc_ids if doc_ids is not None else self.document_ids():
            states = self.adjudication_units(doc_id, names)
            if not states:
                continue
            report.documents += 1
            for state in states:
                unit = state.unit
                if state.decided or self._gold_items(unit):
                    report.already_decided += 1
                    continue
                group = unit.winner(min_agree)
                if group is None or (min_agree is None and len(unit.versions) < 2):
                    report.left_for_review += 1
                    continue
                all_agree = len(group.annotators) == len(unit.versions)
                plans.append((unit, group, "unanimous" if all_agree else "majority"))

        def body(rec: _Recorder, gold_id: int) -> None:
            for unit, group, decision in plans:
                done = self._apply(
                    rec, gold_id, unit, group.version, decision, "auto", group.annotators, ensure=False
                )
                if not done:
                    report.waiting_for_entities += 1
                    continue
                (report.unanimous if decision == "unanimous" else report.majority)[unit.kind] += 1

        changes = self._gold_operation("auto-adjudicate", {u.doc_id for u, _, _ in plans}, body, None)
        report.op_id = changes.op_id
        return report

    # -- writing gold --------------------------------------------------------------------------

    def _gold_operation(self, name: str, doc_ids: Any, body: Any, kind: Kind | None) -> Changes:
        """Run `body` as one operation of the gold layer (the only writer of gold); a run that
        changed nothing (an automatic merge with nothing to add) logs no undo step."""
        changes, tables = self._logged_operation(
            GOLD_LAYER, name, doc_ids, body, role="gold", skip_empty=True
        )
        return replace(
            changes,
            entities="entities" in tables or kind == "entity",
            events="events" in tables or kind == "event",
            stances="stances" in tables or kind == "stance",
        )

    def _gold_items(self, unit: Unit) -> list[_GoldItem]:
        """The gold items that belong to the unit: of its kind, overlapping its footprint (entities,
        events) or with its holder and target (stances)."""
        gold = self.entities(unit.doc_id, GOLD_LAYER)
        by_id = {e.id: e for e in gold}
        if unit.kind == "entity":
            return [
                _GoldItem(e.id, entity_item(e)) for e in gold if e.start < unit.end and unit.start < e.end
            ]
        if unit.kind == "event":
            events = self.events(unit.doc_id, GOLD_LAYER)
            events_by_id = {e.id: e for e in events}
            return [
                _GoldItem(e.id, event_item(e, by_id, events_by_id))
                for e in events
                if e.start < unit.end and unit.start < e.end
            ]
        found = [_GoldItem(s.id, stance_item(s, by_id)) for s in self.stances(unit.doc_id, GOLD_LAYER)]
        return [
            g for g in found if isinstance(g.item, StanceItem) and f"stance:{g.item.unit_key}" == unit.key
        ]

    def _apply(
        self,
        rec: _Recorder,
        gold_id: int,
        unit: Unit,
        version: Version,
        decision: Decision,
        by: str,
        supporters: tuple[str, ...],
        *,
        ensure: bool,
    ) -> bool:
        """Make the unit's gold items equal `version`, with provenance and the decision record.

        With `ensure`, entities an event or stance needs are added to gold; without (the automatic
        merge), such a unit is left undecided and False is returned."""
        wanted = list(version)
        existing = self._gold_items(unit)
        kept: list[_GoldItem] = []
        for gold in existing:
            if gold.item in wanted:
                wanted.remove(gold.item)
                kept.append(gold)
        if not ensure and not self._entities_present(unit.doc_id, wanted):
            return False
        now = _now()
        for gold in existing:
            if gold not in kept:
                self._delete_gold(rec, unit.kind, gold.id)
        mark = len(rec.changes)
        added = [self._insert_gold(rec, gold_id, unit, item) for item in wanted]
        if decision != "rejected":
            for item_id in [g.id for g in kept] + added:
                self._record_provenance(rec, unit.kind, unit, item_id, decision, by, supporters, now)
            # Entities an accepted event or stance needed and gold lacked came with it.
            for change in rec.changes[mark:]:
                new = change.after if change.table == "entities" and change.before is None else None
                if new is not None and (unit.kind != "entity" or new["id"] not in added):
                    self._record_provenance(rec, "entity", unit, new["id"], decision, by, supporters, now)
        self._record_decision(rec, unit, decision, by, supporters, now)
        return True

    def _entities_present(self, doc_id: int, items: Sequence[Item]) -> bool:
        gold = {(e.start, e.end, e.label) for e in self.entities(doc_id, GOLD_LAYER)}
        gold_events = {(e.start, e.end, e.type) for e in self.events(doc_id, GOLD_LAYER)}
        for item in items:
            if isinstance(item, EventItem):
                for a in item.arguments:
                    if (a.start, a.end, a.filler) not in (gold_events if a.is_event else gold):
                        return False
            if isinstance(item, StanceItem):
                for ref in (item.holder, item.target_entity):
                    if ref and ref not in gold:
                        return False
        return True

    def _record_provenance(
        self,
        rec: _Recorder,
        kind: Kind,
        unit: Unit,
        item_id: int,
        decision: Decision,
        by: str,
        supporters: tuple[str, ...],
        now: str,
    ) -> None:
        self._upsert(
            rec,
            "gold_provenance",
            {"kind": kind, "item_id": item_id, "doc_id": unit.doc_id, "unit_key": unit.key},
            decision,
            by,
            supporters,
            now,
        )

    def _record_decision(
        self, rec: _Recorder, unit: Unit, decision: Decision, by: str, supporters: tuple[str, ...], now: str
    ) -> None:
        key = {"doc_id": unit.doc_id, "kind": unit.kind, "unit_key": unit.key}
        self._upsert(rec, "adjudication_decisions", key, decision, by, supporters, now)

    def _upsert(
        self,
        rec: _Recorder,
        table: str,
        key: Row,
        decision: Decision,
        by: str,
        supporters: tuple[str, ...],
        now: str,
    ) -> None:
        """Write a decision or provenance row (who decided what, when), replacing an earlier one."""
        keys = UNDOABLE_TABLES[table]
        before = self._row(table, " AND ".join(f"{k} = ?" for k in keys), [key[k] for k in keys])
        after: Row = {
            **key,
            "decision": decision,
            "decided_by": by,
            "annotators": json.dumps(list(supporters), ensure_ascii=False),
            "decided_at": now,
        }
        if before is None:
            rec.insert(table, after)
        else:
            rec.update(table, before, after)

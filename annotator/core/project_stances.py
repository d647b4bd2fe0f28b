"""Stances: who holds which stance toward what, with evidence; every change one operation.

A stance's holder is an entity mention or, when None, the document's author or outlet; its
target is a schema target key or an entity mention; its scope is the whole document (None) or
a span; its evidence is any number of spans anywhere in the document.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotator.core import validation
from annotator.core.model import Changes, Evidence, Span, Stance
from annotator.core.project_base import ProjectError, _Recorder
from annotator.core.project_events import EventsMixin
from annotator.core.storage.oplog import Row

STANCE_COLUMNS = (
    "id",
    "doc_id",
    "layer_id",
    "holder_entity_id",
    "target",
    "target_entity_id",
    "polarity",
    "scope_start",
    "scope_end",
    "intensity",
    "confidence",
    "note",
)
EVIDENCE_COLUMNS = ("id", "stance_id", "start", "end")
_STANCE_SELECT = ", ".join(f"s.{c}" for c in STANCE_COLUMNS)
_UNSET: Any = object()


class StancesMixin(EventsMixin):
    # -- reading -------------------------------------------------------------------------

    def _stances_where(self, where: str, params: Sequence[Any]) -> list[Stance]:
        rows = [
            (dict(zip(STANCE_COLUMNS, r[:-1], strict=True)), r[-1])
            for r in self._conn.execute(
                f"SELECT {_STANCE_SELECT}, l.name FROM stances s JOIN layers l ON l.id = s.layer_id "
                f"WHERE {where} ORDER BY s.id",
                list(params),
            )
        ]
        evidence: dict[int, list[Evidence]] = {row["id"]: [] for row, _ in rows}
        if rows:
            marks = ", ".join("?" for _ in rows)
            for id_, stance_id, start, end in self._conn.execute(
                f'SELECT id, stance_id, start, "end" FROM stance_evidence WHERE stance_id IN ({marks}) '
                "ORDER BY start, id",
                [row["id"] for row, _ in rows],
            ):
                evidence[stance_id].append(Evidence(id_, start, end))
        return [
            Stance(
                id=row["id"],
                doc_id=row["doc_id"],
                layer=layer,
                polarity=row["polarity"],
                holder_entity_id=row["holder_entity_id"],
                target=row["target"],
                target_entity_id=row["target_entity_id"],
                scope=(row["scope_start"], row["scope_end"]) if row["scope_start"] is not None else None,
                evidence=tuple(evidence[row["id"]]),
                intensity=row["intensity"],
                confidence=row["confidence"],
                note=row["note"],
            )
            for row, layer in rows
        ]

    def stances(self, doc_id: int, layer: str) -> list[Stance]:
        """The layer's stances in one document, in the order they were made."""
        return self._stances_where("s.doc_id = ? AND l.name = ?", (doc_id, layer))

    def stance(self, stance_id: int) -> Stance:
        found = self._stances_where("s.id = ?", (stance_id,))
        if not found:
            raise ProjectError(f"no stance with id {stance_id}")
        return found[0]

    def _stance_row(self, stance_id: int, layer_id: int) -> Row:
        row = self._conn.execute(
            f"SELECT {_STANCE_SELECT} FROM stances s WHERE s.id = ?", (stance_id,)
        ).fetchone()
        if row is None:
            raise ProjectError(f"no stance with id {stance_id}")
        if row[2] != layer_id:
            raise ProjectError(f"stance {stance_id} belongs to another layer")
        return dict(zip(STANCE_COLUMNS, row, strict=True))

    # -- checks --------------------------------------------------------------------------

    def _check_stance_fields(self, row: Row, layer_id: int) -> None:
        error = validation.stance_error(self.schema, row["polarity"], row["target"], row["target_entity_id"])
        if error:
            raise ProjectError(error)
        for field in ("holder_entity_id", "target_entity_id"):
            if row[field] is not None:
                self._entity_label_in(row[field], layer_id, row["doc_id"])
        if row["scope_start"] is not None:
            self._check_span(row["doc_id"], row["scope_start"], row["scope_end"])
        if row["intensity"] is not None and row["intensity"] not in (1, 2, 3):
            raise ProjectError(f"intensity must be 1, 2 or 3, not {row['intensity']!r}")
        if row["confidence"] is not None and not 0.0 <= float(row["confidence"]) <= 1.0:
            raise ProjectError(f"confidence must be between 0 and 1, not {row['confidence']!r}")

    # -- changing ------------------------------------------------------------------------

    def add_stance(
        self,
        layer: str,
        doc_id: int,
        polarity: str,
        *,
        holder_entity_id: int | None = None,
        target: str | None = None,
        target_entity_id: int | None = None,
        scope: Span | None = None,
        evidence: Sequence[Span] = (),
        intensity: int | None = None,
        confidence: float | None = None,
        note: str = "",
    ) -> Changes:
        """Add a stance with its evidence spans as one operation; `changes.created_ids[0]` is its id."""
        layer_id = self._ensure_layer(layer)
        self._doc_length(doc_id)
        row: Row = {
            "doc_id": doc_id,
            "layer_id": layer_id,
            "holder_entity_id": holder_entity_id,
            "target": target,
            "target_entity_id": target_entity_id,
            "polarity": polarity,
            "scope_start": scope[0] if scope else None,
            "scope_end": scope[1] if scope else None,
            "intensity": intensity,
            "confidence": None if confidence is None else float(confidence),
            "note": note,
        }
        self._check_stance_fields(row, layer_id)
        for start, end in evidence:
            self._check_span(doc_id, start, end)

        def body(rec: _Recorder, layer_id: int) -> None:
            stance_id = rec.insert("stances", row)
            for start, end in evidence:
                rec.insert("stance_evidence", {"stance_id": stance_id, "start": start, "end": end})
            self._touch_status(rec, doc_id, layer_id)

        return self._operation(layer, f"add stance {polarity}", [doc_id], body, stances=True, statuses=True)

    def update_stance(
        self,
        layer: str,
        stance_id: int,
        *,
        polarity: str = _UNSET,
        holder_entity_id: int | None = _UNSET,
        target: str | None = _UNSET,
        target_entity_id: int | None = _UNSET,
        scope: Span | None = _UNSET,
        intensity: int | None = _UNSET,
        confidence: float | None = _UNSET,
        note: str = _UNSET,
    ) -> Changes:
        """Change any of a stance's fields; give a new target as `target` or `target_entity_id`."""
        layer_id = self._ensure_layer(layer)
        before = self._stance_row(stance_id, layer_id)
        after = dict(before)
        given = {
            "polarity": polarity,
            "holder_entity_id": holder_entity_id,
            "intensity": intensity,
            "confidence": confidence,
            "note": note,
        }
        after.update({k: v for k, v in given.items() if v is not _UNSET})
        if target is not _UNSET or target_entity_id is not _UNSET:
            after["target"] = None if target is _UNSET else target
            after["target_entity_id"] = None if target_entity_id is _UNSET else target_entity_id
        if scope is not _UNSET:
            after["scope_start"], after["scope_end"] = scope if scope else (None, None)
        if after == before:
            raise ProjectError(f"stance {stance_id} already is like that")
        self._check_stance_fields(after, layer_id)
        return self._operation(
            layer,
            "edit stance",
            [before["doc_id"]],
            lambda rec, _: rec.update("stances", before, after),
            stances=True,
        )

    def add_evidence(self, layer: str, stance_id: int, start: int, end: int) -> Changes:
        """Add an evidence span to a stance; `changes.created_ids[0]` is the evidence's id."""
        stance = self._stance_row(stance_id, self._ensure_layer(layer))
        self._check_span(stance["doc_id"], start, end)
        if self._conn.execute(
            'SELECT 1 FROM stance_evidence WHERE stance_id = ? AND start = ? AND "end" = ?',
            (stance_id, start, end),
        ).fetchone():
            raise ProjectError("that span is already evidence for this stance")

        def body(rec: _Recorder, _: int) -> None:
            rec.insert("stance_evidence", {"stance_id": stance_id, "start": start, "end": end})

        return self._operation(layer, "add evidence", [stance["doc_id"]], body, stances=True)

    def remove_evidence(self, layer: str, evidence_id: int) -> Changes:
        row = self._conn.execute(
            'SELECT id, stance_id, start, "end" FROM stance_evidence WHERE id = ?', (evidence_id,)
        ).fetchone()
        if row is None:
            raise ProjectError(f"no evidence with id {evidence_id}")
        before = dict(zip(EVIDENCE_COLUMNS, row, strict=True))
        stance = self._stance_row(before["stance_id"], self._ensure_layer(layer))
        return self._operation(
            layer,
            "remove evidence",
            [stance["doc_id"]],
            lambda rec, _: rec.delete("stance_evidence", before),
            stances=True,
        )

    def delete_stance(self, layer: str, stance_id: int) -> Changes:
        before = self._stance_row(stance_id, self._ensure_layer(layer))
        evidence = [
            dict(zip(EVIDENCE_COLUMNS, r, strict=True))
            for r in self._conn.execute(
                'SELECT id, stance_id, start, "end" FROM stance_evidence WHERE stance_id = ?', (stance_id,)
            )
        ]

        def body(rec: _Recorder, _: int) -> None:
            for item in evidence:
                rec.delete("stance_evidence", item)
            rec.delete("stances", before)

        return self._operation(layer, "delete stance", [before["doc_id"]], body, stances=True)

    def set_outlet_stance(self, layer: str, doc_id: int, target: str, polarity: str | None) -> Changes:
        """The one-click document-level stance of the outlet toward a schema target.

        Creates it, changes its polarity, or (with `polarity` None) removes it; evidence added
        to it before stays with it while it exists.
        """
        layer_id = self._ensure_layer(layer)
        row = self._conn.execute(
            "SELECT id FROM stances WHERE doc_id = ? AND layer_id = ? AND holder_entity_id IS NULL "
            "AND target = ? AND scope_start IS NULL ORDER BY id LIMIT 1",
            (doc_id, layer_id, target),
        ).fetchone()
        if row is None:
            if polarity is None:
                raise ProjectError("the outlet has no stance toward that target")
            return self.add_stance(layer, doc_id, polarity, target=target)
        if polarity is None:
            return self.delete_stance(layer, row[0])
        return self.update_stance(layer, row[0], polarity=polarity)

    def outlet_stances(self, doc_id: int, layer: str) -> dict[str, Stance]:
        """Schema target key → the outlet's document-level stance toward it, in this document."""
        return {
            s.target: s
            for s in reversed(self.stances(doc_id, layer))
            if s.holder_entity_id is None and s.target is not None and s.scope is None
        }

"""Gold items as rows: inserting an adjudicated item (with the entities an event or stance needs),
deleting one (refused while another gold item refers to it), and checking an edited version
with the rules every annotation obeys. Part of `Project` through GoldMixin (project_gold.py);
nothing here decides what goes into gold.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotator.core import validation
from annotator.core.adjudication import (
    EntityItem,
    EntityRef,
    EventItem,
    Item,
    Kind,
    StanceItem,
    Unit,
    Version,
    item_span,
)
from annotator.core.project_base import ProjectError, _Recorder
from annotator.core.project_exchange import ExchangeMixin
from annotator.core.storage.oplog import Row


class GoldItemsMixin(ExchangeMixin):
    def _row(self, table: str, where: str, params: Sequence[Any]) -> Row | None:
        cur = self._conn.execute(f"SELECT * FROM {table} WHERE {where}", list(params))
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row, strict=True))

    def _rows(self, table: str, where: str, params: Sequence[Any]) -> list[Row]:
        cur = self._conn.execute(f"SELECT * FROM {table} WHERE {where}", list(params))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]

    def _delete_gold(self, rec: _Recorder, kind: Kind, item_id: int) -> None:
        """Remove one gold item, its parts and its provenance; refuse when another gold item needs it."""
        if kind == "entity":
            users = self._rows("event_arguments", "entity_id = ?", (item_id,)) + self._rows(
                "stances", "holder_entity_id = ? OR target_entity_id = ?", (item_id, item_id)
            )
            if users:
                entity = self.entity(item_id)
                text = self.document(entity.doc_id).text[entity.start : entity.end]
                raise ProjectError(
                    f"the gold entity {entity.label} «{text}» is an argument, holder or target of a gold "
                    "event or stance: decide that event or stance first"
                )
            rec.delete("entities", self._rows("entities", "id = ?", (item_id,))[0])
        elif kind == "event":
            if self._rows("event_arguments", "arg_event_id = ?", (item_id,)):
                raise ProjectError(
                    "this gold event fills an argument of another gold event: decide that one first"
                )
            for row in self._rows("event_arguments", "event_id = ?", (item_id,)):
                rec.delete("event_arguments", row)
            rec.delete("events", self._rows("events", "id = ?", (item_id,))[0])
        else:
            for row in self._rows("stance_evidence", "stance_id = ?", (item_id,)):
                rec.delete("stance_evidence", row)
            rec.delete("stances", self._rows("stances", "id = ?", (item_id,))[0])
        for row in self._rows("gold_provenance", "kind = ? AND item_id = ?", (kind, item_id)):
            rec.delete("gold_provenance", row)

    def _gold_entity(self, rec: _Recorder, gold_id: int, unit: Unit, ref: EntityRef) -> int:
        """The gold entity with this span and label, added (with the unit's provenance) if missing."""
        start, end, label = ref
        row = self._conn.execute(
            'SELECT id FROM entities WHERE doc_id = ? AND layer_id = ? AND start = ? AND "end" = ? '
            "AND label_id = ? ORDER BY id LIMIT 1",
            (unit.doc_id, gold_id, start, end, self._label_id(label)),
        ).fetchone()
        if row is not None:
            return int(row[0])
        return self._insert_gold(rec, gold_id, unit, EntityItem(start, end, label))

    def _insert_gold(self, rec: _Recorder, gold_id: int, unit: Unit, item: Item) -> int:
        doc_id = unit.doc_id
        if isinstance(item, EntityItem):
            return rec.insert(
                "entities",
                {
                    "doc_id": doc_id,
                    "layer_id": gold_id,
                    "start": item.start,
                    "end": item.end,
                    "label_id": self._label_id(item.label),
                    "attributes": item.attributes or None,
                    "kb_id": item.kb_id or None,
                },
            )
        if isinstance(item, EventItem):
            event_id = rec.insert(
                "events",
                {
                    "doc_id": doc_id,
                    "layer_id": gold_id,
                    "type": item.type,
                    "start": item.start,
                    "end": item.end,
                    "attributes": item.attributes or None,
                    "cluster": item.cluster or None,
                },
            )
            for arg in item.arguments:
                filler: dict[str, int | None] = {"entity_id": None, "arg_event_id": None}
                if arg.is_event:
                    found = self._conn.execute(
                        'SELECT id FROM events WHERE doc_id = ? AND layer_id = ? AND start = ? AND "end" = ? '
                        "AND type = ? ORDER BY id LIMIT 1",
                        (doc_id, gold_id, arg.start, arg.end, arg.filler),
                    ).fetchone()
                    if found is None:
                        raise ProjectError(
                            f"argument {arg.role} is an event ({arg.filler}) that is not in gold yet: "
                            "decide it first"
                        )
                    filler["arg_event_id"] = int(found[0])
                else:
                    filler["entity_id"] = self._gold_entity(
                        rec, gold_id, unit, (arg.start, arg.end, arg.filler)
                    )
                rec.insert("event_arguments", {"event_id": event_id, "role": arg.role, **filler})
            return event_id
        assert isinstance(item, StanceItem)
        holder = self._gold_entity(rec, gold_id, unit, item.holder) if item.holder else None
        target = self._gold_entity(rec, gold_id, unit, item.target_entity) if item.target_entity else None
        stance_id = rec.insert(
            "stances",
            {
                "doc_id": doc_id,
                "layer_id": gold_id,
                "holder_entity_id": holder,
                "target": item.target or None,
                "target_entity_id": target,
                "polarity": item.polarity,
                "scope_start": item.scope[0] if item.scope else None,
                "scope_end": item.scope[1] if item.scope else None,
                "intensity": item.intensity or None,
                "confidence": None,
                "note": "",
            },
        )
        for start, end in item.evidence:
            rec.insert("stance_evidence", {"stance_id": stance_id, "start": start, "end": end})
        return stance_id

    def _validate_items(self, doc_id: int, version: Version) -> None:
        """An edited version obeys the same rules as annotations (spans inside the text, schema keys)."""
        for item in version:
            start, end = item_span(item)
            if not isinstance(item, StanceItem) or start != end:
                self._check_span(doc_id, start, end)
            if isinstance(item, EntityItem):
                self._label_id(item.label)
            elif isinstance(item, EventItem):
                error = validation.event_type_error(self.schema, item.type)
                counts: dict[str, int] = {}
                for arg in item.arguments:
                    error = error or validation.argument_error(
                        self.schema,
                        item.type,
                        arg.role,
                        arg.filler,
                        counts.get(arg.role, 0),
                        is_event=arg.is_event,
                    )
                    counts[arg.role] = counts.get(arg.role, 0) + 1
                if error:
                    raise ProjectError(error)
            elif isinstance(item, StanceItem):
                error = validation.stance_error(
                    self.schema, item.polarity, item.target or None, 1 if item.target_entity else None
                )
                if error:
                    raise ProjectError(error)
                for ref in (item.holder, item.target_entity):
                    if ref:
                        self._check_span(doc_id, ref[0], ref[1])
                        self._label_id(ref[2])
                for s, e in item.evidence:
                    self._check_span(doc_id, s, e)

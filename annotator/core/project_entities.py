"""Entity mentions and document statuses: every change one operation with an undo step."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from annotator.core.model import Changes, DocStatus, Entity
from annotator.core.project_base import ProjectBase, ProjectError, _now, _Recorder
from annotator.core.storage.oplog import Row

ENTITY_COLUMNS = ("id", "doc_id", "layer_id", "start", "end", "label_id", "attributes", "kb_id")
ENTITY_SELECT = ", ".join(f'"{c}"' for c in ENTITY_COLUMNS)


def _entity_row(
    doc_id: int, layer_id: int, start: int, end: int, label_id: int, attributes: str | None
) -> dict[str, Any]:
    """A new row of the entities table (its id comes from SQLite)."""
    return {
        "doc_id": doc_id,
        "layer_id": layer_id,
        "start": start,
        "end": end,
        "label_id": label_id,
        "attributes": attributes,
        "kb_id": None,
    }


class EntitiesMixin(ProjectBase):
    def _doc_length(self, doc_id: int) -> int:
        length = self._doc_lengths.get(doc_id)
        if length is None:
            row = self._conn.execute("SELECT length(text) FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                raise ProjectError(f"no document with id {doc_id}")
            length = self._doc_lengths[doc_id] = int(row[0])
        return length

    def _check_span(self, doc_id: int, start: int, end: int) -> None:
        length = self._doc_length(doc_id)
        if not (0 <= start < end <= length):
            raise ProjectError(
                f"span [{start}, {end}) is not inside document {doc_id} (0 to {length}, start before end)"
            )

    def _label_id(self, label: str) -> int:
        if not self.schema.has_label(label):
            raise ProjectError(
                f"unknown entity label {label!r} (the schema has {', '.join(self.schema.label_keys())})"
            )
        return self._label_ids[label]

    def _entity_row(self, entity_id: int, layer_id: int) -> Row:
        row = self._conn.execute(
            f"SELECT {ENTITY_SELECT} FROM entities WHERE id = ?",
            (entity_id,),
        ).fetchone()
        if row is None:
            raise ProjectError(f"no entity with id {entity_id}")
        if row[2] != layer_id:
            raise ProjectError(f"entity {entity_id} belongs to another layer")
        return dict(zip(ENTITY_COLUMNS, row, strict=True))

    def _entity(self, row: Sequence[Any], layer: str) -> Entity:
        return Entity(
            id=row[0],
            doc_id=row[1],
            layer=layer,
            start=row[3],
            end=row[4],
            label=self._label_keys.get(row[5], "?"),
            attributes=json.loads(row[6]) if row[6] else {},
            kb_id=row[7],
        )

    def entities(self, doc_id: int, layer: str) -> list[Entity]:
        """The layer's entities in one document, in text order (outer spans first)."""
        _ = self.schema
        row = self._conn.execute("SELECT id FROM layers WHERE name = ?", (layer,)).fetchone()
        if row is None:
            return []
        rows = self._conn.execute(
            'SELECT id, doc_id, layer_id, start, "end", label_id, attributes, kb_id FROM entities '
            'WHERE doc_id = ? AND layer_id = ? ORDER BY start, "end" DESC, id',
            (doc_id, row[0]),
        ).fetchall()
        return [self._entity(r, layer) for r in rows]

    def entity(self, entity_id: int) -> Entity:
        _ = self.schema
        row = self._conn.execute(
            'SELECT e.id, e.doc_id, e.layer_id, e.start, e."end", e.label_id, e.attributes, e.kb_id, l.name '
            "FROM entities e JOIN layers l ON l.id = e.layer_id WHERE e.id = ?",
            (entity_id,),
        ).fetchone()
        if row is None:
            raise ProjectError(f"no entity with id {entity_id}")
        return self._entity(row, row[8])

    def _status_row(self, doc_id: int, layer_id: int) -> Row | None:
        """The doc_status row of (document, layer) as the operation log stores rows."""
        row = self._conn.execute(
            "SELECT status, seconds, updated_at FROM doc_status WHERE doc_id = ? AND layer_id = ?",
            (doc_id, layer_id),
        ).fetchone()
        if row is None:
            return None
        return {
            "doc_id": doc_id,
            "layer_id": layer_id,
            "status": row[0],
            "seconds": row[1],
            "updated_at": row[2],
        }

    def _touch_status(self, rec: _Recorder, doc_id: int, layer_id: int) -> None:
        """Starting to annotate a document moves it to 'in progress', inside the same operation."""
        if (doc_id, layer_id) in self._started:
            return
        self._started.add((doc_id, layer_id))
        before = self._status_row(doc_id, layer_id)
        after = {
            "doc_id": doc_id,
            "layer_id": layer_id,
            "status": "in_progress",
            "seconds": 0.0,
            "updated_at": _now(),
        }
        if before is None:
            rec.insert("doc_status", after)
        elif before["status"] == DocStatus.NOT_STARTED:
            rec.update(
                "doc_status", before, {**before, "status": "in_progress", "updated_at": after["updated_at"]}
            )

    def add_entity(
        self,
        layer: str,
        doc_id: int,
        start: int,
        end: int,
        label: str,
        attributes: dict[str, Any] | None = None,
    ) -> Changes:
        """Add one entity mention; `changes.created_ids[0]` is its id."""
        self._check_span(doc_id, start, end)
        label_id = self._label_id(label)

        encoded = json.dumps(attributes, ensure_ascii=False, sort_keys=True) if attributes else None

        def body(rec: _Recorder, layer_id: int) -> None:
            rec.insert("entities", _entity_row(doc_id, layer_id, start, end, label_id, encoded))
            self._touch_status(rec, doc_id, layer_id)

        return self._operation(layer, f"add {label}", [doc_id], body, entities=True, statuses=True)

    def add_entities(
        self, layer: str, doc_id: int, spans: Sequence[tuple[int, int, str]], name: str = ""
    ) -> Changes:
        """Add several entities to one document as one operation (one undo step)."""
        return self.add_entities_across(layer, [(doc_id, *span) for span in spans], name)

    def add_entities_across(
        self, layer: str, items: Sequence[tuple[int, int, int, str]], name: str = ""
    ) -> Changes:
        """Add (doc_id, start, end, label) entities, in any documents, as one operation.

        Use it for "annotate all matches": one undo step takes all of them back.
        """
        if not items:
            raise ProjectError("nothing to add")
        checked = []
        for doc_id, start, end, label in items:
            self._check_span(doc_id, start, end)
            checked.append((doc_id, start, end, self._label_id(label)))
        doc_ids = sorted({item[0] for item in checked})

        def body(rec: _Recorder, layer_id: int) -> None:
            for doc_id, start, end, label_id in checked:
                rec.insert("entities", _entity_row(doc_id, layer_id, start, end, label_id, None))
            for doc_id in doc_ids:
                self._touch_status(rec, doc_id, layer_id)

        op_name = name or f"add {len(items)} entities"
        return self._operation(layer, op_name, doc_ids, body, entities=True, statuses=True)

    def _change_entity(self, layer: str, entity_id: int, name: str, **new: Any) -> Changes:
        layer_id = self._ensure_layer(layer)
        before = self._entity_row(entity_id, layer_id)
        after = {**before, **new}
        if after == before:
            raise ProjectError(f"entity {entity_id} already is like that")
        return self._operation(
            layer,
            name,
            [before["doc_id"]],
            lambda rec, _: rec.update("entities", before, after),
            entities=True,
        )

    def relabel_entity(self, layer: str, entity_id: int, label: str) -> Changes:
        return self._change_entity(layer, entity_id, f"relabel as {label}", label_id=self._label_id(label))

    def resize_entity(self, layer: str, entity_id: int, start: int, end: int) -> Changes:
        doc_id = self._entity_row(entity_id, self._ensure_layer(layer))["doc_id"]
        self._check_span(doc_id, start, end)
        return self._change_entity(layer, entity_id, "resize entity", start=start, end=end)

    def set_entity_attributes(self, layer: str, entity_id: int, attributes: dict[str, Any]) -> Changes:
        value = json.dumps(attributes, ensure_ascii=False, sort_keys=True) if attributes else None
        return self._change_entity(layer, entity_id, "edit attributes", attributes=value)

    def delete_entity(self, layer: str, entity_id: int) -> Changes:
        """Delete a mention and the event arguments it fills (one undo step brings all back).

        Refused while a stance names it as holder or target: that stance would change meaning.
        """
        layer_id = self._ensure_layer(layer)
        before = self._entity_row(entity_id, layer_id)
        label = self._label_keys.get(before["label_id"], "entity")
        stances = self._conn.execute(
            "SELECT count(*) FROM stances WHERE holder_entity_id = ? OR target_entity_id = ?",
            (entity_id, entity_id),
        ).fetchone()[0]
        if stances:
            raise ProjectError(
                f"this {label} is the holder or target of {stances} stance(s); change or delete them first"
            )
        columns = ("id", "event_id", "role", "entity_id", "arg_event_id")
        arguments = [
            dict(zip(columns, r, strict=True))
            for r in self._conn.execute(
                "SELECT id, event_id, role, entity_id, arg_event_id FROM event_arguments WHERE entity_id = ?",
                (entity_id,),
            )
        ]

        def body(rec: _Recorder, _: int) -> None:
            for argument in arguments:
                rec.delete("event_arguments", argument)
            rec.delete("entities", before)

        return self._operation(
            layer, f"delete {label}", [before["doc_id"]], body, entities=True, events=bool(arguments)
        )

    # -- statuses ------------------------------------------------------------------------

    def status(self, doc_id: int, layer: str) -> DocStatus:
        row = self._conn.execute(
            "SELECT s.status FROM doc_status s JOIN layers l ON l.id = s.layer_id "
            "WHERE s.doc_id = ? AND l.name = ?",
            (doc_id, layer),
        ).fetchone()
        return DocStatus(row[0]) if row else DocStatus.NOT_STARTED

    def set_status(self, layer: str, doc_id: int, status: DocStatus, add_seconds: float = 0.0) -> Changes:
        """Mark a document done / reopen it, and add time spent on it."""
        self._started.clear()
        self._doc_length(doc_id)

        def body(rec: _Recorder, layer_id: int) -> None:
            before = self._status_row(doc_id, layer_id)
            after = {
                "doc_id": doc_id,
                "layer_id": layer_id,
                "status": str(status),
                "seconds": (before["seconds"] if before else 0.0) + add_seconds,
                "updated_at": _now(),
            }
            if before is None:
                rec.insert("doc_status", after)
            else:
                rec.update("doc_status", before, after)

        names = {DocStatus.DONE: "mark done", DocStatus.IN_PROGRESS: "reopen", DocStatus.NOT_STARTED: "reset"}
        return self._operation(layer, names[status], [doc_id], body, statuses=True)

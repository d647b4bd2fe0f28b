"""Pre-annotations: entities in a suggestion layer (a model's output, imported with
`annotator import ... --layer model`) that an annotator accepts or rejects span by span.

Accepting copies the entity into the annotator's layer; rejecting records the span and label in
the annotator's layer (`suggestion_rejections`), so it stays hidden for them even when the
suggestions are imported again. The suggestion layer itself is never written (DESIGN.md
invariant 3). Each decision is one operation of the annotator's layer, undoable.
"""

from __future__ import annotations

from collections.abc import Sequence

from annotator.core.model import GOLD_LAYER, Changes, Entity
from annotator.core.project_base import ProjectError, _Recorder
from annotator.core.project_entities import _entity_row
from annotator.core.project_schema import SchemaMixin


class SuggestionsMixin(SchemaMixin):
    def suggestions(self, doc_id: int, layer: str, source: str) -> list[Entity]:
        """`source`'s entities in the document that `layer` has neither (same span and label) nor
        rejected, in text order."""
        if source == layer:
            return []
        wanted = self.entities(doc_id, source)
        if not wanted:
            return []
        have = {(e.start, e.end, e.label) for e in self.entities(doc_id, layer)}
        rejected = self._rejected(doc_id, layer, source)
        return [
            e
            for e in wanted
            if (e.start, e.end, e.label) not in have and (e.start, e.end, e.label) not in rejected
        ]

    def suggestion_layers(self, layer: str) -> list[str]:
        """Layers `layer` could take suggestions from: every other layer with entities, gold included."""
        rows = self._conn.execute(
            "SELECT l.name FROM layers l WHERE l.name != ? AND EXISTS "
            "(SELECT 1 FROM entities e WHERE e.layer_id = l.id) ORDER BY l.id",
            (layer,),
        ).fetchall()
        return [str(r[0]) for r in rows]

    def _rejected(self, doc_id: int, layer: str, source: str) -> set[tuple[int, int, str]]:
        rows = self._conn.execute(
            'SELECT r.start, r."end", r.label FROM suggestion_rejections r '
            "JOIN layers a ON a.id = r.layer_id JOIN layers s ON s.id = r.source_layer_id "
            "WHERE r.doc_id = ? AND a.name = ? AND s.name = ?",
            (doc_id, layer, source),
        ).fetchall()
        return {(int(s), int(e), str(label)) for s, e, label in rows}

    def _suggestion(self, entity_id: int, layer: str) -> Entity:
        entity = self.entity(entity_id)
        if entity.layer == layer:
            raise ProjectError(f"entity {entity_id} is already in layer {layer!r}, not a suggestion")
        if layer == GOLD_LAYER:
            raise ProjectError("the gold layer is written only by adjudication")
        return entity

    def accept_suggestions(self, layer: str, entity_ids: Sequence[int]) -> Changes:
        """Copy the suggested entities (span, label, attributes, entity id) into `layer`: one undo step."""
        if not entity_ids:
            raise ProjectError("no suggestions to accept")
        entities = [self._suggestion(i, layer) for i in entity_ids]
        doc_ids = sorted({e.doc_id for e in entities})
        for entity in entities:
            self._label_id(entity.label)  # the label may have left the schema since

        def body(rec: _Recorder, layer_id: int) -> None:
            import json

            for e in entities:
                attributes = (
                    json.dumps(e.attributes, ensure_ascii=False, sort_keys=True) if e.attributes else None
                )
                row = _entity_row(e.doc_id, layer_id, e.start, e.end, self._label_ids[e.label], attributes)
                rec.insert("entities", {**row, "kb_id": e.kb_id})
            for doc_id in doc_ids:
                self._touch_status(rec, doc_id, layer_id)

        name = f"accept {entities[0].label}" if len(entities) == 1 else f"accept {len(entities)} suggestions"
        return self._operation(layer, name, doc_ids, body, entities=True, statuses=True)

    def reject_suggestions(self, layer: str, entity_ids: Sequence[int]) -> Changes:
        """Hide the suggested entities from `layer` for good (undo brings them back)."""
        if not entity_ids:
            raise ProjectError("no suggestions to reject")
        entities = [self._suggestion(i, layer) for i in entity_ids]
        source_ids = {e.layer: self._ensure_layer(e.layer) for e in entities}

        def body(rec: _Recorder, layer_id: int) -> None:
            seen = set()
            for e in entities:
                key = (source_ids[e.layer], e.doc_id, e.start, e.end, e.label)
                if key in seen:
                    continue
                seen.add(key)
                exists = self._conn.execute(
                    "SELECT 1 FROM suggestion_rejections WHERE layer_id = ? AND source_layer_id = ? "
                    'AND doc_id = ? AND start = ? AND "end" = ? AND label = ?',
                    (layer_id, *key),
                ).fetchone()
                if exists is None:
                    rec.insert(
                        "suggestion_rejections",
                        {
                            "layer_id": layer_id,
                            "source_layer_id": key[0],
                            "doc_id": e.doc_id,
                            "start": e.start,
                            "end": e.end,
                            "label": e.label,
                        },
                    )

        name = f"reject {entities[0].label}" if len(entities) == 1 else f"reject {len(entities)} suggestions"
        return self._operation(layer, name, sorted({e.doc_id for e in entities}), body, entities=True)

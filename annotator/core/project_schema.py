"""Editing the project's schema: usage counts, a new schema version, merging labels, file import/export.

The schema is the project's, shared by every layer: a new version is one operation of the acting
layer, refused while it would drop a key that annotations of any layer still use. Display names,
colours, shortcuts and descriptions change freely and touch no annotation; annotations store keys.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotator.core.model import Changes
from annotator.core.project_base import ProjectError, _now, _Recorder
from annotator.core.project_links import LinksMixin
from annotator.core.schema import Schema, SchemaError


@dataclass(frozen=True)
class SchemaUsage:
    """How often each schema key is used, across all layers; a key absent from a mapping is unused.

    `role_fillers` counts arguments by (event type, role, filler label or event type); `repeated_roles`
    counts events holding several arguments in one role; attribute counts are per (key, value), for
    events per (event type, key, value).
    """

    labels: Mapping[str, int]
    event_types: Mapping[str, int]
    roles: Mapping[tuple[str, str], int]
    role_fillers: Mapping[tuple[str, str, str], int]
    repeated_roles: Mapping[tuple[str, str], int]
    polarities: Mapping[str, int]
    stance_targets: Mapping[str, int]
    entity_attributes: Mapping[tuple[str, str], int]
    event_attributes: Mapping[tuple[str, str, str], int]

    def label(self, key: str) -> int:
        return self.labels.get(key, 0)

    def event_type(self, key: str) -> int:
        return self.event_types.get(key, 0)

    def role(self, event_type: str, role: str) -> int:
        return self.roles.get((event_type, role), 0)

    def polarity(self, key: str) -> int:
        return self.polarities.get(key, 0)

    def stance_target(self, key: str) -> int:
        return self.stance_targets.get(key, 0)

    def entity_attribute(self, key: str, value: str | None = None) -> int:
        """Entities carrying the attribute (with this value, when given)."""
        return sum(n for (k, v), n in self.entity_attributes.items() if k == key and value in (None, v))

    def event_attribute(self, key: str, value: str | None = None) -> int:
        """Events of any type carrying the attribute (with this value, when given)."""
        return sum(n for (_, k, v), n in self.event_attributes.items() if k == key and value in (None, v))


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def schema_problems(usage: SchemaUsage, new: Schema) -> list[str]:
    """What annotations would no longer fit `new`: each dropped key in use, with its count."""
    problems = [
        f"label {k} is used by {_count(n, 'entity', 'entities')}"
        for k, n in usage.labels.items()
        if n and not new.has_label(k)
    ]
    problems += [
        f"event type {k} is used by {_count(n, 'event', 'events')}"
        for k, n in usage.event_types.items()
        if n and not new.has_event_type(k)
    ]
    problems += [
        f"role {r} of {t} is used by {_count(n, 'argument', 'arguments')}"
        for (t, r), n in usage.roles.items()
        if n and not new.has_role(t, r)
    ]
    for (t, r, filler), n in usage.role_fillers.items():
        if new.has_role(t, r) and not new.role_accepts(t, r, filler):
            problems.append(
                f"role {r} of {t} no longer accepts {filler}, used by {_count(n, 'argument', 'arguments')}"
            )
    for (t, r), n in usage.repeated_roles.items():
        if new.has_role(t, r) and not new.role(t, r).repeatable:
            problems.append(
                f"role {r} of {t} must stay repeatable: {_count(n, 'event has', 'events have')} several"
            )
    problems += [
        f"polarity {k} is used by {_count(n, 'stance', 'stances')}"
        for k, n in usage.polarities.items()
        if n and not new.has_polarity(k)
    ]
    problems += [
        f"stance target {k} is used by {_count(n, 'stance', 'stances')}"
        for k, n in usage.stance_targets.items()
        if n and not new.has_stance_target(k)
    ]
    entity_defs = {d.key: d for d in new.entity_attributes}
    for (key, value), n in usage.entity_attributes.items():
        if key not in entity_defs or value not in entity_defs[key].values:
            problems.append(f"entity attribute {key} = {value} is used by {_count(n, 'entity', 'entities')}")
    event_defs = {d.key: d for d in new.event_attributes}
    for (t, key, value), n in usage.event_attributes.items():
        if not new.has_event_type(t):
            continue  # the dropped type is reported above
        if key not in new.event_type(t).attributes or key not in event_defs:
            problems.append(f"attribute {key} of {t} is used by {_count(n, 'event', 'events')}")
        elif value not in event_defs[key].values:
            problems.append(f"event attribute {key} = {value} is used by {_count(n, 'event', 'events')}")
    return problems


class SchemaMixin(LinksMixin):
    # -- reading -------------------------------------------------------------------------

    def _counts(self, sql: str) -> dict[Any, int]:
        found: dict[Any, int] = {}
        for *key, n in self._conn.execute(sql):
            found[key[0] if len(key) == 1 else tuple(str(k) for k in key)] = int(n)
        return found

    def schema_usage(self) -> SchemaUsage:
        """Counts of every schema key in use, across all layers (for refusing or warning before a drop)."""
        _ = self.schema  # label ids loaded
        labels = Counter[str]()
        for label_id, n in self._conn.execute("SELECT label_id, count(*) FROM entities GROUP BY label_id"):
            labels[self._label_keys.get(label_id, "?")] += n
        arguments = "event_arguments a JOIN events e ON e.id = a.event_id"
        return SchemaUsage(
            labels=dict(labels),
            event_types=self._counts("SELECT type, count(*) FROM events GROUP BY type"),
            roles=self._counts(f"SELECT e.type, a.role, count(*) FROM {arguments} GROUP BY 1, 2"),
            role_fillers=self._counts(
                f"SELECT e.type, a.role, coalesce(l.key, f.type, '?'), count(*) FROM {arguments} "
                "LEFT JOIN entities n ON n.id = a.entity_id LEFT JOIN labels l ON l.id = n.label_id "
                "LEFT JOIN events f ON f.id = a.arg_event_id GROUP BY 1, 2, 3"
            ),
            repeated_roles=self._counts(
                f"SELECT type, role, count(*) FROM (SELECT e.type, a.role FROM {arguments} "
                "GROUP BY a.event_id, a.role HAVING count(*) > 1) GROUP BY 1, 2"
            ),
            polarities=self._counts("SELECT polarity, count(*) FROM stances GROUP BY polarity"),
            stance_targets=self._counts(
                "SELECT target, count(*) FROM stances WHERE target IS NOT NULL GROUP BY target"
            ),
            entity_attributes=self._counts(
                "SELECT j.key, j.value, count(*) FROM entities, json_each(entities.attributes) j "
                "WHERE entities.attributes IS NOT NULL GROUP BY 1, 2"
            ),
            event_attributes=self._counts(
                "SELECT e.type, j.key, j.value, count(*) FROM events e, json_each(e.attributes) j "
                "WHERE e.attributes IS NOT NULL GROUP BY 1, 2, 3"
            ),
        )

    # -- changing ------------------------------------------------------------------------

    def _store_schema(self, rec: _Recorder, schema: Schema) -> None:
        body = json.dumps(schema.to_dict(), ensure_ascii=False, sort_keys=True)
        rec.insert("schema_versions", {"created_at": _now(), "body": body})
        for key in schema.label_keys():
            self._conn.execute("INSERT INTO labels (key) VALUES (?) ON CONFLICT DO NOTHING", (key,))

    def _new_version(
        self,
        layer: str,
        name: str,
        schema: Schema,
        doc_ids: Iterable[int],
        entities: Iterable[tuple[Any, Any]],
    ) -> Changes:
        """One operation: `entities` (before, after) row updates and the new schema version."""
        rows = list(entities)

        def body(rec: _Recorder, _: int) -> None:
            for before, after in rows:
                rec.update("entities", before, after)
            self._store_schema(rec, schema)

        try:
            changes = self._operation(
                layer, name, doc_ids, body, schema=True, entities=True, events=True, stances=True
            )
        finally:
            self._schema = None  # whatever happened, read the stored version next
        self._schema = schema
        self._load_labels()
        return changes

    def update_schema(self, layer: str, new_schema: Schema, name: str = "edit schema") -> Changes:
        """Store `new_schema` as the project's schema: one operation, undone like any other.

        Refused, with every problem and its count, when it drops a key annotations still use.
        """
        if new_schema == self.schema:
            raise ProjectError("the schema is unchanged: there is nothing to apply")
        problems = schema_problems(self.schema_usage(), new_schema)
        if problems:
            raise ProjectError(
                "the schema change is refused because annotations still use what it removes: "
                + "; ".join(problems)
            )
        return self._new_version(layer, name, new_schema, (), ())

    def merge_label(self, layer: str, old_key: str, into_key: str) -> Changes:
        """Relabel every entity labelled `old_key` (in all layers) as `into_key` and drop `old_key`
        from the schema and from every role: one operation."""
        schema = self.schema
        for key in (old_key, into_key):
            if not schema.has_label(key):
                raise ProjectError(
                    f"unknown entity label {key!r} (the schema has {', '.join(schema.label_keys())})"
                )
        if old_key == into_key:
            raise ProjectError(f"cannot merge label {old_key} into itself")
        problems = [
            f"role {r} of {t} does not accept {into_key} "
            f"({_count(n, 'argument', 'arguments')} filled by {old_key})"
            for (t, r, filler), n in self.schema_usage().role_fillers.items()
            if filler == old_key and schema.has_role(t, r) and not schema.role_accepts(t, r, into_key)
        ]
        data = schema.to_dict()
        data["labels"] = [item for item in data["labels"] if item["key"] != old_key]
        for event_type in data["event_types"]:
            for role in event_type["roles"]:
                role["labels"] = [key for key in role["labels"] if key != old_key]
                if not role["labels"]:
                    problems.append(f"role {role['key']} of {event_type['key']} accepts only {old_key}")
        if problems:
            raise ProjectError(f"cannot merge {old_key} into {into_key}: " + "; ".join(problems))
        try:
            new_schema = Schema.from_dict(data, source="merged schema")
        except SchemaError as exc:
            raise ProjectError(str(exc)) from exc
        columns = ("id", "doc_id", "layer_id", "start", "end", "label_id", "attributes", "kb_id")
        old_id, into_id = self._label_ids[old_key], self._label_ids[into_key]
        rows = [
            dict(zip(columns, r, strict=True))
            for r in self._conn.execute(
                'SELECT id, doc_id, layer_id, start, "end", label_id, attributes, kb_id FROM entities '
                "WHERE label_id = ? ORDER BY id",
                (old_id,),
            )
        ]
        changed = [(row, {**row, "label_id": into_id}) for row in rows]
        doc_ids = sorted({row["doc_id"] for row in rows})
        return self._new_version(layer, f"merge {old_key} into {into_key}", new_schema, doc_ids, changed)

    # -- files ---------------------------------------------------------------------------

    def import_schema(self, layer: str, path: str | os.PathLike[str]) -> Changes:
        """Make a YAML schema file the project's schema (refused like `update_schema`)."""
        try:
            schema = Schema.from_file(Path(path))
        except SchemaError as exc:
            raise ProjectError(str(exc)) from exc
        except OSError as exc:
            raise ProjectError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
        return self.update_schema(layer, schema, name=f"import schema {Path(path).name}")

    def export_schema(self, path: str | os.PathLike[str]) -> None:
        """Write the project's schema as a YAML file (UTF-8) that `import_schema` reads back equal."""
        try:
            Path(path).write_text(self.schema.to_yaml(), encoding="utf-8")
        except OSError as exc:
            raise ProjectError(f"{path}: cannot be written ({exc.strerror or exc})") from exc

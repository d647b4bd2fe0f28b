"""Events: typed triggers with attributes and arguments; every change one operation with undo.

Arguments are validated against the schema when they are added (the role belongs to the type,
the filler's label or event type is allowed for the role, a non-repeatable role takes one);
`event_problems` reports what a stored event lacks or what later edits made invalid.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from annotator.core import validation
from annotator.core.model import Argument, Changes, Event
from annotator.core.project_base import ProjectError, _Recorder
from annotator.core.project_entities import EntitiesMixin
from annotator.core.storage.oplog import Row

EVENT_COLUMNS = ("id", "doc_id", "layer_id", "type", "start", "end", "attributes", "cluster")
ARGUMENT_COLUMNS = ("id", "event_id", "role", "entity_id", "arg_event_id")
_EVENT_SELECT = ", ".join(f'"{c}"' for c in EVENT_COLUMNS)


def _encode(attributes: dict[str, Any] | None) -> str | None:
    return json.dumps(attributes, ensure_ascii=False, sort_keys=True) if attributes else None


class EventsMixin(EntitiesMixin):
    # -- reading -------------------------------------------------------------------------

    def _event_from_row(self, row: Row, layer: str, arguments: Sequence[Argument]) -> Event:
        return Event(
            id=row["id"],
            doc_id=row["doc_id"],
            layer=layer,
            type=row["type"],
            start=row["start"],
            end=row["end"],
            attributes=json.loads(row["attributes"]) if row["attributes"] else {},
            arguments=tuple(arguments),
            cluster=row["cluster"],
        )

    def _arguments_of(self, event_ids: Sequence[int]) -> dict[int, list[Argument]]:
        found: dict[int, list[Argument]] = {i: [] for i in event_ids}
        if not event_ids:
            return found
        marks = ", ".join("?" for _ in event_ids)
        for id_, event_id, role, entity_id, arg_event_id in self._conn.execute(
            f"SELECT id, event_id, role, entity_id, arg_event_id FROM event_arguments "
            f"WHERE event_id IN ({marks}) ORDER BY id",
            list(event_ids),
        ):
            found[event_id].append(Argument(id_, role, entity_id, arg_event_id))
        return found

    def _events_where(self, where: str, params: Sequence[Any], layer: str | None = None) -> list[Event]:
        rows = [
            dict(zip((*EVENT_COLUMNS, "layer"), r, strict=True))
            for r in self._conn.execute(
                'SELECT e.id, e.doc_id, e.layer_id, e.type, e.start, e."end", e.attributes, e.cluster, '
                f"l.name FROM events e JOIN layers l ON l.id = e.layer_id WHERE {where} "
                'ORDER BY e.start, e."end" DESC, e.id',
                list(params),
            )
        ]
        arguments = self._arguments_of([r["id"] for r in rows])
        return [self._event_from_row(r, layer or r["layer"], arguments[r["id"]]) for r in rows]

    def events(self, doc_id: int, layer: str) -> list[Event]:
        """The layer's events in one document, in text order of their triggers."""
        return self._events_where("e.doc_id = ? AND l.name = ?", (doc_id, layer), layer)

    def event(self, event_id: int) -> Event:
        found = self._events_where("e.id = ?", (event_id,))
        if not found:
            raise ProjectError(f"no event with id {event_id}")
        return found[0]

    def _event_row(self, event_id: int, layer_id: int) -> Row:
        row = self._conn.execute(f"SELECT {_EVENT_SELECT} FROM events WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise ProjectError(f"no event with id {event_id}")
        if row[2] != layer_id:
            raise ProjectError(f"event {event_id} belongs to another layer")
        return dict(zip(EVENT_COLUMNS, row, strict=True))

    def _argument_rows(self, where: str, params: Sequence[Any]) -> list[Row]:
        return [
            dict(zip(ARGUMENT_COLUMNS, r, strict=True))
            for r in self._conn.execute(
                "SELECT id, event_id, role, entity_id, arg_event_id FROM event_arguments "
                f"WHERE {where} ORDER BY id",
                list(params),
            )
        ]

    def argument_fillers(self, event: Event) -> dict[int, str]:
        """Argument id → the label of its entity, or the type of its event (for `event_problems`)."""
        _ = self.schema
        fillers: dict[int, str] = {}
        for argument in event.arguments:
            if argument.entity_id is not None:
                row = self._conn.execute(
                    "SELECT label_id FROM entities WHERE id = ?", (argument.entity_id,)
                ).fetchone()
                fillers[argument.id] = self._label_keys.get(row[0], "?") if row else "?"
            else:
                sql = "SELECT type FROM events WHERE id = ?"
                row = self._conn.execute(sql, (argument.event_id,)).fetchone()
                fillers[argument.id] = row[0] if row else "?"
        return fillers

    def event_problems(self, event: Event, language: str = "en") -> list[str]:
        """Missing required roles and arguments the schema does not allow (empty when complete)."""
        return validation.event_problems(self.schema, event, self.argument_fillers(event), language=language)

    # -- changing ------------------------------------------------------------------------

    def add_event(
        self,
        layer: str,
        doc_id: int,
        start: int,
        end: int,
        event_type: str,
        attributes: dict[str, Any] | None = None,
        arguments: Sequence[tuple[str, int]] = (),
    ) -> Changes:
        """Add an event with its trigger span; `changes.created_ids[0]` is its id.

        `attributes` default to the schema's defaults for the type; `arguments` are
        (role, entity id) pairs added in the same operation (each validated).
        """
        self._check_span(doc_id, start, end)
        error = validation.event_type_error(self.schema, event_type)
        if error:
            raise ProjectError(error)
        values = {**self.schema.default_event_attributes(event_type), **(attributes or {})}
        errors = validation.attribute_errors(self.schema, event_type, values)
        if errors:
            raise ProjectError("; ".join(errors))
        layer_id = self._ensure_layer(layer)
        counts: dict[str, int] = {}
        if len(set(arguments)) != len(arguments):
            raise ProjectError("the same argument is given twice for one role")
        for role, entity_id in arguments:
            label = self._entity_label_in(entity_id, layer_id, doc_id)
            error = validation.argument_error(self.schema, event_type, role, label, counts.get(role, 0))
            if error:
                raise ProjectError(error)
            counts[role] = counts.get(role, 0) + 1

        def body(rec: _Recorder, layer_id: int) -> None:
            new_id = rec.insert(
                "events",
                {
                    "doc_id": doc_id,
                    "layer_id": layer_id,
                    "type": event_type,
                    "start": start,
                    "end": end,
                    "attributes": _encode(values),
                    "cluster": None,
                },
            )
            for role, entity_id in arguments:
                rec.insert(
                    "event_arguments",
                    {"event_id": new_id, "role": role, "entity_id": entity_id, "arg_event_id": None},
                )
            self._touch_status(rec, doc_id, layer_id)

        changes = self._operation(layer, f"add {event_type}", [doc_id], body, events=True, statuses=True)
        return changes

    def _entity_label_in(self, entity_id: int, layer_id: int, doc_id: int) -> str:
        row = self._entity_row(entity_id, layer_id)
        if row["doc_id"] != doc_id:
            raise ProjectError(f"entity {entity_id} is in another document")
        return self._label_keys.get(row["label_id"], "?")

    def _change_event(self, layer: str, event_id: int, name: str, **new: Any) -> Changes:
        layer_id = self._ensure_layer(layer)
        before = self._event_row(event_id, layer_id)
        after = {**before, **new}
        if after == before:
            raise ProjectError(f"event {event_id} already is like that")
        return self._operation(
            layer, name, [before["doc_id"]], lambda rec, _: rec.update("events", before, after), events=True
        )

    def retype_event(self, layer: str, event_id: int, event_type: str) -> Changes:
        """Change an event's type; refused when an argument's role or filler does not fit the new type."""
        error = validation.event_type_error(self.schema, event_type)
        if error:
            raise ProjectError(error)
        event = self.event(event_id)
        fillers = self.argument_fillers(event)
        counts: dict[str, int] = {}
        for argument in event.arguments:
            error = validation.argument_error(
                self.schema,
                event_type,
                argument.role,
                fillers[argument.id],
                counts.get(argument.role, 0),
                is_event=argument.event_id is not None,
            )
            if error:
                raise ProjectError(f"cannot change the type: {error}")
            counts[argument.role] = counts.get(argument.role, 0) + 1
        # Where this event fills another event's role (a Topic), that role must take the new type.
        for argument_row in self._argument_rows("arg_event_id = ?", (event_id,)):
            row = self._conn.execute(
                "SELECT type FROM events WHERE id = ?", (argument_row["event_id"],)
            ).fetchone()
            error = validation.argument_error(
                self.schema, row[0], argument_row["role"], event_type, 0, is_event=True
            )
            if error:
                raise ProjectError(f"cannot change the type: {error}")
        allowed = self.schema.event_type(event_type).attributes
        attributes = {k: v for k, v in event.attributes.items() if k in allowed}
        attributes = {**self.schema.default_event_attributes(event_type), **attributes}
        return self._change_event(
            layer, event_id, f"change to {event_type}", type=event_type, attributes=_encode(attributes)
        )

    def resize_event(self, layer: str, event_id: int, start: int, end: int) -> Changes:
        """Move the trigger's edges."""
        doc_id = self._event_row(event_id, self._ensure_layer(layer))["doc_id"]
        self._check_span(doc_id, start, end)
        return self._change_event(layer, event_id, "resize trigger", start=start, end=end)

    def set_event_attributes(self, layer: str, event_id: int, attributes: dict[str, Any]) -> Changes:
        event_type = self._event_row(event_id, self._ensure_layer(layer))["type"]
        errors = validation.attribute_errors(self.schema, event_type, attributes)
        if errors:
            raise ProjectError("; ".join(errors))
        return self._change_event(layer, event_id, "edit event attributes", attributes=_encode(attributes))

    def add_argument(
        self,
        layer: str,
        event_id: int,
        role: str,
        *,
        entity_id: int | None = None,
        argument_event_id: int | None = None,
    ) -> Changes:
        """Fill `role` of an event with an entity mention or (where the schema allows) another event.

        The filler must be in the same document and layer. Refused, with the rule it breaks, when
        the role is not one of the type's, the filler's label is not allowed, or a role that takes
        one argument has one already. `changes.created_ids[0]` is the argument's id.
        """
        if (entity_id is None) == (argument_event_id is None):
            raise ProjectError("an argument is an entity mention or an event, exactly one of them")
        layer_id = self._ensure_layer(layer)
        event = self._event_row(event_id, layer_id)
        if entity_id is not None:
            filler = self._entity_label_in(entity_id, layer_id, event["doc_id"])
            duplicate = "entity_id = ?"
            filler_id = entity_id
        else:
            assert argument_event_id is not None
            other = self._event_row(argument_event_id, layer_id)
            if other["doc_id"] != event["doc_id"]:
                raise ProjectError(f"event {argument_event_id} is in another document")
            if argument_event_id == event_id or self._reaches(argument_event_id, event_id):
                raise ProjectError("an event cannot be an argument of itself, directly or through others")
            filler = other["type"]
            duplicate = "arg_event_id = ?"
            filler_id = argument_event_id
        filled = self._conn.execute(
            "SELECT count(*) FROM event_arguments WHERE event_id = ? AND role = ?", (event_id, role)
        ).fetchone()[0]
        error = validation.argument_error(
            self.schema, event["type"], role, filler, filled, is_event=argument_event_id is not None
        )
        if error:
            raise ProjectError(error)
        if self._conn.execute(
            f"SELECT 1 FROM event_arguments WHERE event_id = ? AND role = ? AND {duplicate}",
            (event_id, role, filler_id),
        ).fetchone():
            raise ProjectError(f"that argument already fills {role}")
        row = {"event_id": event_id, "role": role, "entity_id": entity_id, "arg_event_id": argument_event_id}

        def body(rec: _Recorder, _: int) -> None:
            rec.insert("event_arguments", row)

        return self._operation(layer, f"add {role}", [event["doc_id"]], body, events=True)

    def _reaches(self, start_event: int, goal: int) -> bool:
        """Whether `goal` is an argument of `start_event`, directly or through other events."""
        seen: set[int] = set()
        todo = [start_event]
        while todo:
            current = todo.pop()
            if current == goal:
                return True
            if current in seen:
                continue
            seen.add(current)
            todo.extend(
                r[0]
                for r in self._conn.execute(
                    "SELECT arg_event_id FROM event_arguments "
                    "WHERE event_id = ? AND arg_event_id IS NOT NULL",
                    (current,),
                )
            )
        return False

    def _argument_row(self, argument_id: int, layer_id: int) -> tuple[Row, Row]:
        rows = self._argument_rows("id = ?", (argument_id,))
        if not rows:
            raise ProjectError(f"no argument with id {argument_id}")
        return rows[0], self._event_row(rows[0]["event_id"], layer_id)

    def remove_argument(self, layer: str, argument_id: int) -> Changes:
        argument, event = self._argument_row(argument_id, self._ensure_layer(layer))
        return self._operation(
            layer,
            f"remove {argument['role']}",
            [event["doc_id"]],
            lambda rec, _: rec.delete("event_arguments", argument),
            events=True,
        )

    def change_argument_role(self, layer: str, argument_id: int, role: str) -> Changes:
        layer_id = self._ensure_layer(layer)
        argument, event = self._argument_row(argument_id, layer_id)
        if argument["role"] == role:
            raise ProjectError(f"the argument already fills {role}")
        if argument["entity_id"] is not None:
            filler = self._label_keys.get(self._entity_row(argument["entity_id"], layer_id)["label_id"], "?")
        else:
            filler = self._event_row(argument["arg_event_id"], layer_id)["type"]
        filled = self._conn.execute(
            "SELECT count(*) FROM event_arguments WHERE event_id = ? AND role = ?", (event["id"], role)
        ).fetchone()[0]
        error = validation.argument_error(
            self.schema, event["type"], role, filler, filled, is_event=argument["arg_event_id"] is not None
        )
        if error:
            raise ProjectError(error)
        after = {**argument, "role": role}
        return self._operation(
            layer,
            f"change role to {role}",
            [event["doc_id"]],
            lambda rec, _: rec.update("event_arguments", argument, after),
            events=True,
        )

    def delete_event(self, layer: str, event_id: int) -> Changes:
        """Delete an event, its arguments, and the arguments in which it fills another event's role."""
        layer_id = self._ensure_layer(layer)
        before = self._event_row(event_id, layer_id)
        arguments = self._argument_rows("event_id = ? OR arg_event_id = ?", (event_id, event_id))

        def body(rec: _Recorder, _: int) -> None:
            for argument in arguments:
                rec.delete("event_arguments", argument)
            rec.delete("events", before)

        return self._operation(layer, f"delete {before['type']}", [before["doc_id"]], body, events=True)

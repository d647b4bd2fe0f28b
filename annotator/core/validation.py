"""Schema rules for events and stances, as pure functions over schema keys.

Use them wherever annotations enter a project (the GUI, the CLI, imports, merged copies), so an
item is accepted or refused by the same rule everywhere, and the message names the rule it breaks
("role Victim is not a role of Contact.Meet").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from annotator.core.model import Event
from annotator.core.schema import Schema


def event_type_error(schema: Schema, event_type: str) -> str | None:
    if schema.has_event_type(event_type):
        return None
    return f"{event_type!r} is not an event type of the schema (known: {', '.join(schema.event_type_keys())})"


def argument_error(
    schema: Schema, event_type: str, role: str, filler: str, filled: int, *, is_event: bool = False
) -> str | None:
    """Why an argument may not fill `role` of an event of `event_type`, or None when it may.

    `filler` is the entity's label (or, with `is_event`, the type of the event filling the
    role); `filled` counts the arguments the role already has in this event.
    """
    if not schema.has_role(event_type, role):
        known = (
            ", ".join(schema.event_type(event_type).role_keys()) if schema.has_event_type(event_type) else ""
        )
        return f"role {role} is not a role of {event_type} (its roles: {known})"
    spec = schema.role(event_type, role)
    if not spec.accepts(filler):
        what = "an event of type" if is_event else "an entity labelled"
        return (
            f"role {role} of {event_type} does not take {what} {filler} (it takes {', '.join(spec.labels)})"
        )
    if filled and not spec.repeatable:
        return f"role {role} of {event_type} takes one argument and already has one"
    return None


def attribute_errors(schema: Schema, event_type: str, attributes: Mapping[str, Any]) -> list[str]:
    """Attributes an event of this type may not carry, or values outside their closed set."""
    allowed = schema.event_type(event_type).attributes
    errors = []
    for key, value in attributes.items():
        if key not in allowed:
            errors.append(
                f"attribute {key} is not an attribute of {event_type} (its attributes: {', '.join(allowed)})"
            )
            continue
        values = schema.event_attribute(key).values
        if value not in values:
            errors.append(f"attribute {key} cannot be {value!r} (it is one of {', '.join(values)})")
    return errors


def event_problems(
    schema: Schema, event: Event, filler_of: Mapping[int, str], *, language: str = "en"
) -> list[str]:
    """What is wrong with a stored event now: missing required roles, and arguments the schema no
    longer allows (an entity relabelled, a schema edited). Empty for a complete event.

    `filler_of` maps each argument id to its entity label or event type.
    """
    if not schema.has_event_type(event.type):
        return [f"{event.type!r} is no longer an event type of the schema"]
    problems = []
    spec = schema.event_type(event.type)
    for role in spec.required_roles():
        if not event.arguments_for(role.key):
            problems.append(f"missing required role {role.names.in_language(language)}")
    counts: dict[str, int] = {}
    for argument in event.arguments:
        filler = filler_of.get(argument.id, "?")
        error = argument_error(
            schema,
            event.type,
            argument.role,
            filler,
            counts.get(argument.role, 0),
            is_event=argument.event_id is not None,
        )
        counts[argument.role] = counts.get(argument.role, 0) + 1
        if error:
            problems.append(error)
    return problems


def missing_roles(schema: Schema, event: Event) -> Sequence[str]:
    """Keys of the required roles the event has no argument for."""
    if not schema.has_event_type(event.type):
        return ()
    return [r.key for r in schema.event_type(event.type).required_roles() if not event.arguments_for(r.key)]


def stance_error(
    schema: Schema, polarity: str, target: str | None, target_entity_id: int | None
) -> str | None:
    if not schema.has_polarity(polarity):
        return f"polarity {polarity!r} is not in the schema (known: {', '.join(schema.polarity_keys())})"
    if (target is None) == (target_entity_id is None):
        return "a stance needs exactly one target: a schema target or an entity mention"
    if target is not None and not schema.has_stance_target(target):
        return (
            f"stance target {target!r} is not in the schema (known: {', '.join(schema.stance_target_keys())})"
        )
    return None

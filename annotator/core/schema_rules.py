"""The rules a schema must follow, checked while building it from located nodes (YAML or JSON).

Use it through ``Schema.from_yaml`` / ``from_file`` / ``from_dict``; each rule raises SchemaError at the
line and field where the offending value was written.
"""

from __future__ import annotations

import difflib
import re

from annotator.core.schema import (
    AttributeDef,
    EventType,
    Label,
    Names,
    Polarity,
    Role,
    Schema,
    StanceTarget,
)
from annotator.core.schema_yaml import Fields, Node, first_on, join_keys

# Keys end up in exports; dots and hyphens are allowed for ACE/ERE keys like Contact.Phone-Write.
_KEY_RE = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]*")
_KEY_RULE = 'use Latin letters, digits, "_", "-" and ".", starting with a letter'
_COLOR_RE = re.compile(r"#[0-9a-fA-F]{6}")

TOP_FIELDS = (
    "version",
    "name",
    "labels",
    "entity_attributes",
    "event_attributes",
    "event_types",
    "polarities",
    "stance_targets",
)
LABEL_FIELDS = ("key", "ar", "en", "color", "shortcut", "description")
ATTRIBUTE_FIELDS = ("key", "ar", "en", "values", "default")
EVENT_TYPE_FIELDS = ("key", "ar", "en", "color", "shortcut", "description", "attributes", "roles")
ROLE_FIELDS = ("key", "ar", "en", "labels", "required", "repeatable")
POLARITY_FIELDS = ("key", "ar", "en", "color", "shortcut")
TARGET_FIELDS = ("key", "ar", "en", "description")


def build_schema(root: Node, source: str) -> Schema:
    """Validate located nodes and build the Schema they describe; the first broken rule raises SchemaError."""
    return _Builder(source).build(root)


class _Builder:
    """Turns located nodes into a Schema, checking each rule where the offending value was written."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.label_keys: list[str] = []
        # Cross-references may point forward in the file, so they are checked once everything is read.
        self.role_refs: list[tuple[Fields, tuple[tuple[str, int | None], ...]]] = []
        self.attribute_refs: list[tuple[Fields, tuple[tuple[str, int | None], ...]]] = []

    def build(self, root: Node) -> Schema:
        top = Fields(root, "", self.source, what="a schema")
        top.check_allowed(TOP_FIELDS)
        version = top.integer("version")
        if version < 1:
            raise top.error("version", f"{version} is not a positive whole number")
        name = top.text("name")
        if not top.has("labels"):
            raise top.missing("labels")
        shortcuts: dict[str, tuple[str, int | None]] = {}
        labels = tuple(self._label(key, f, shortcuts) for key, f in self._items(top, "labels", LABEL_FIELDS))
        self.label_keys = [label.key for label in labels]
        entity_attributes = tuple(
            self._attribute(key, f) for key, f in self._items(top, "entity_attributes", ATTRIBUTE_FIELDS)
        )
        event_attributes = tuple(
            self._attribute(key, f) for key, f in self._items(top, "event_attributes", ATTRIBUTE_FIELDS)
        )
        shortcuts = {}
        event_types = tuple(
            self._event_type(key, f, shortcuts)
            for key, f in self._items(top, "event_types", EVENT_TYPE_FIELDS)
        )
        shortcuts = {}
        polarities = tuple(
            Polarity(key, _names(f), _color(f), self._shortcut(key, f, shortcuts, "polarity"))
            for key, f in self._items(top, "polarities", POLARITY_FIELDS)
        )
        stance_targets = tuple(
            StanceTarget(key, _names(f), f.optional_text("description") or "")
            for key, f in self._items(top, "stance_targets", TARGET_FIELDS)
        )
        self._check_references(labels, event_types, event_attributes)
        return Schema(
            version,
            name,
            labels,
            event_types,
            event_attributes,
            entity_attributes,
            polarities,
            stance_targets,
        )

    def _items(self, parent: Fields, list_name: str, allowed: tuple[str, ...]) -> list[tuple[str, Fields]]:
        """Each mapping of a list, named by its key in errors, with keys checked unique within the list."""
        prefix = parent.field(list_name)
        seen: dict[str, int | None] = {}
        result: list[tuple[str, Fields]] = []
        for i, node in enumerate(parent.items(list_name)):
            f = Fields(node, f"{prefix}[{i}]", self.source, what=f"each item of {list_name}")
            # Name the item by its key as early as possible, so a typo in a field reads labels.PER.colour.
            early_key = f.optional_text("key")
            if early_key is not None and _KEY_RE.fullmatch(early_key):
                f.path = f"{prefix}.{early_key}"
            f.check_allowed(allowed)
            key = f.text("key")
            if not _KEY_RE.fullmatch(key):
                reason = f'"{key}" is not a valid key: {_KEY_RULE}'
                raise f.error("key", reason)
            if key in seen:
                raise f.error("key", f'duplicate key "{key}" in {list_name}{first_on(seen[key])}')
            seen[key] = f.value_line("key")
            result.append((key, f))
        return result

    def _shortcut(self, key: str, f: Fields, palette: dict[str, tuple[str, int | None]], what: str) -> str:
        shortcut = f.text("shortcut")
        if len(shortcut) != 1 or not shortcut.isprintable():
            raise f.error("shortcut", f'"{shortcut}" is not a single character')
        # Letters are compared without case: Shift must not be the only thing telling two labels apart.
        folded = shortcut.casefold()
        if folded in palette:
            other, line = palette[folded]
            reason = f'shortcut "{shortcut}" is already used by {what} {other}{first_on(line)}'
            raise f.error("shortcut", reason)
        palette[folded] = (key, f.value_line("shortcut"))
        return shortcut

    def _label(self, key: str, f: Fields, shortcuts: dict[str, tuple[str, int | None]]) -> Label:
        return Label(
            key,
            _names(f),
            _color(f),
            self._shortcut(key, f, shortcuts, "entity label"),
            f.optional_text("description") or "",
        )

    def _attribute(self, key: str, f: Fields) -> AttributeDef:
        values = _unique_keys(f, "values")
        if not values:
            raise f.error("values", "lists no values") if f.has("values") else f.missing("values")
        default = f.optional_text("default")
        if default is not None and default not in values:
            raise f.error("default", f'"{default}" is not one of the values: {join_keys(values)}')
        return AttributeDef(key, _names(f), values, default)

    def _event_type(self, key: str, f: Fields, shortcuts: dict[str, tuple[str, int | None]]) -> EventType:
        if key in self.label_keys:
            # A role's labels list could not tell the entity label from the event type.
            raise f.error("key", f'"{key}" is already an entity label key; event types need their own keys')
        names, color = _names(f), _color(f)
        shortcut = self._shortcut(key, f, shortcuts, "event type")
        attributes = _unique_keys(f, "attributes")
        self.attribute_refs.append((f, f.text_list("attributes")))
        roles = tuple(
            self._role(role_key, role_f) for role_key, role_f in self._items(f, "roles", ROLE_FIELDS)
        )
        return EventType(key, names, color, shortcut, roles, attributes, f.optional_text("description") or "")

    def _role(self, key: str, f: Fields) -> Role:
        if not f.has("labels"):
            raise f.missing("labels")
        labels = _unique_keys(f, "labels")
        if not labels:
            raise f.error(
                "labels", "lists no labels: name the entity labels or event types this role accepts"
            )
        self.role_refs.append((f, f.text_list("labels")))
        return Role(key, _names(f), labels, f.flag("required", False), f.flag("repeatable", False))

    def _check_references(
        self,
        labels: tuple[Label, ...],
        event_types: tuple[EventType, ...],
        event_attributes: tuple[AttributeDef, ...],
    ) -> None:
        label_keys = [label.key for label in labels]
        type_keys = [event_type.key for event_type in event_types]
        for f, refs in self.role_refs:
            for ref, line in refs:
                if ref not in label_keys and ref not in type_keys:
                    reason = (
                        f'"{ref}" is neither an entity label nor an event type'
                        f"{_suggest(ref, label_keys + type_keys)}; entity labels: {join_keys(label_keys)}"
                    )
                    raise f.error("labels", reason, line)
        attribute_keys = [attr.key for attr in event_attributes]
        for f, refs in self.attribute_refs:
            for ref, line in refs:
                if ref not in attribute_keys:
                    reason = (
                        f'"{ref}" is not defined in event_attributes; defined: {join_keys(attribute_keys)}'
                    )
                    raise f.error("attributes", reason, line)


def _names(f: Fields) -> Names:
    return Names(ar=f.text("ar"), en=f.text("en"))


def _color(f: Fields) -> str:
    color = f.optional_text("color")
    if color is None:
        reason = 'needs a colour in quotes, like color: "#1f77b4" (an unquoted # starts a YAML comment)'
        raise f.error("color", reason)
    if not _COLOR_RE.fullmatch(color):
        raise f.error("color", f'"{color}" is not a colour like #1f77b4')
    # One spelling per colour, so a schema read back from to_yaml compares equal.
    return color.lower()


def _unique_keys(f: Fields, name: str) -> tuple[str, ...]:
    seen: dict[str, int | None] = {}
    for value, line in f.text_list(name):
        if not _KEY_RE.fullmatch(value):
            raise f.error(name, f'"{value}" is not a valid key: {_KEY_RULE}', line)
        if value in seen:
            raise f.error(name, f'"{value}" is listed twice{first_on(seen[value])}', line)
        seen[value] = line
    return tuple(seen)


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    return f' (did you mean "{close[0]}"?)' if close else ""

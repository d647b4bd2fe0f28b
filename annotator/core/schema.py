"""The project's tagset: entity labels, event types with roles, attributes, stance polarities and targets.

Use ``Schema.default()`` for a new project, ``Schema.from_file`` / ``Schema.from_yaml`` for a file a user
edited, and ``to_dict`` / ``Schema.from_dict`` for the JSON copy a project keeps in its database.
Annotations refer to the keys defined here, never to display names. Every loader validates and raises
``SchemaError`` naming the source, the line and the dotted field (``labels.PER.color``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path
from typing import Any, TypeVar

import yaml

import annotator
from annotator.core.schema_yaml import Node, SchemaError, compose_yaml, from_data, join_keys

__all__ = [
    "AttributeDef",
    "EventType",
    "Label",
    "Names",
    "Polarity",
    "Role",
    "Schema",
    "SchemaError",
    "StanceTarget",
    "default_schema_path",
    "resources_dir",
]

_T = TypeVar("_T")


def resources_dir() -> Path:
    """The top-level ``resources/`` folder (default schema, samples, icons, translations).

    Use it from any module that ships data files; it resolves from a source or editable checkout,
    where ``resources/`` sits next to the ``annotator`` package.
    """
    return Path(annotator.__file__).resolve().parent.parent / "resources"


def default_schema_path() -> Path:
    """Where the default schema file lives; use it to offer users a copy to edit."""
    return resources_dir() / "schema" / "default.yaml"


@dataclass(frozen=True)
class Names:
    """A display name in Arabic and English; use ``in_language`` to pick the one for the UI language."""

    ar: str
    en: str

    def in_language(self, language: str) -> str:
        return self.ar if language == "ar" else self.en


@dataclass(frozen=True)
class Label:
    """An entity label (PER, GPE ...) with its names, highlight colour and one-key shortcut."""

    key: str
    names: Names
    color: str
    shortcut: str
    description: str = ""


@dataclass(frozen=True)
class Role:
    """An argument slot of an event type; ``labels`` lists the entity labels and event types it accepts.

    An event type key in ``labels`` lets another event fill the role (a statement whose topic is an attack).
    """

    key: str
    names: Names
    labels: tuple[str, ...]
    required: bool = False
    repeatable: bool = False

    def accepts(self, label_or_event_type: str) -> bool:
        return label_or_event_type in self.labels


@dataclass(frozen=True)
class AttributeDef:
    """A closed set of values an event or entity carries (polarity: positive/negative), with a default."""

    key: str
    names: Names
    values: tuple[str, ...]
    default: str | None = None


@dataclass(frozen=True)
class EventType:
    """An event type (Conflict.Attack ...): names, trigger colour, shortcut, roles and attribute keys."""

    key: str
    names: Names
    color: str
    shortcut: str
    roles: tuple[Role, ...] = ()
    attributes: tuple[str, ...] = ()
    description: str = ""

    def role_keys(self) -> tuple[str, ...]:
        return tuple(role.key for role in self.roles)

    def required_roles(self) -> tuple[Role, ...]:
        """Roles an event of this type is incomplete without; use it to flag unfinished events."""
        return tuple(role for role in self.roles if role.required)


@dataclass(frozen=True)
class Polarity:
    """A stance polarity (favor, against ...) with its colour and shortcut."""

    key: str
    names: Names
    color: str
    shortcut: str


@dataclass(frozen=True)
class StanceTarget:
    """Something a stance can be about that is not an entity in the text (an operation, a policy)."""

    key: str
    names: Names
    description: str = ""


def _index(items: tuple[_T, ...], key_of: Callable[[_T], str]) -> dict[str, _T]:
    return {key_of(item): item for item in items}


@dataclass(frozen=True)
class Schema:
    """The whole tagset of a project: immutable, hashable, comparable, and validated when loaded.

    Use the lookups (``label``, ``event_type``, ``role`` ...) rather than scanning the tuples; they raise
    KeyError with the known keys when asked for a key the schema lacks.
    """

    version: int
    name: str
    labels: tuple[Label, ...] = ()
    event_types: tuple[EventType, ...] = ()
    event_attributes: tuple[AttributeDef, ...] = ()
    entity_attributes: tuple[AttributeDef, ...] = ()
    polarities: tuple[Polarity, ...] = ()
    stance_targets: tuple[StanceTarget, ...] = ()

    # -- loading ---------------------------------------------------------------------------------------

    @classmethod
    def default(cls) -> Schema:
        """The schema shipped in ``resources/schema/default.yaml``; use it for a new project."""
        return _load_default()

    @classmethod
    def from_yaml(cls, text: str, source: str = "<schema>") -> Schema:
        """Parse and validate a schema written in YAML; ``source`` names it in error messages."""
        return _build(compose_yaml(text, source), source)

    @classmethod
    def from_file(cls, path: str | Path) -> Schema:
        """Read a YAML schema file (UTF-8) that a user may have edited by hand."""
        data = Path(path).read_bytes()
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise SchemaError("is not UTF-8 text", source=str(path), line=line) from exc
        return cls.from_yaml(text, source=str(path))

    @classmethod
    def from_dict(cls, data: object, source: str = "<schema>") -> Schema:
        """Validate the plain form made by ``to_dict`` (as stored in a project database, through JSON)."""
        return _build(from_data(data, source), source)

    # -- saving ----------------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The plain, JSON-ready form, shaped like the YAML file; ``from_dict`` reads it back equal."""
        return {
            "version": self.version,
            "name": self.name,
            "labels": [_label_dict(label) for label in self.labels],
            "entity_attributes": [_attribute_dict(attr) for attr in self.entity_attributes],
            "event_attributes": [_attribute_dict(attr) for attr in self.event_attributes],
            "event_types": [_event_type_dict(event_type) for event_type in self.event_types],
            "polarities": [
                {**_head(p.key, p.names), "color": p.color, "shortcut": p.shortcut} for p in self.polarities
            ],
            "stance_targets": [
                _with_description(_head(t.key, t.names), t.description) for t in self.stance_targets
            ],
        }

    def to_yaml(self) -> str:
        """The schema as YAML text, the same for equal schemas; comments of a loaded file are not kept."""
        body: str = yaml.dump(
            _flow_leaf_lists(self.to_dict()),
            Dumper=_SchemaDumper,
            allow_unicode=True,
            sort_keys=False,
            default_flow_style=False,
            width=100,
        )
        return f"# annotator schema; resources/schema/default.yaml documents every field.\n{body}"

    # -- lookups ---------------------------------------------------------------------------------------

    @cached_property
    def _labels(self) -> dict[str, Label]:
        return _index(self.labels, lambda label: label.key)

    @cached_property
    def _event_types(self) -> dict[str, EventType]:
        return _index(self.event_types, lambda event_type: event_type.key)

    @cached_property
    def _roles(self) -> dict[str, dict[str, Role]]:
        return {t.key: _index(t.roles, lambda role: role.key) for t in self.event_types}

    @cached_property
    def _polarities(self) -> dict[str, Polarity]:
        return _index(self.polarities, lambda polarity: polarity.key)

    @cached_property
    def _stance_targets(self) -> dict[str, StanceTarget]:
        return _index(self.stance_targets, lambda target: target.key)

    @cached_property
    def _event_attributes(self) -> dict[str, AttributeDef]:
        return _index(self.event_attributes, lambda attr: attr.key)

    @cached_property
    def _entity_attributes(self) -> dict[str, AttributeDef]:
        return _index(self.entity_attributes, lambda attr: attr.key)

    def _find(self, index: dict[str, _T], key: str, what: str) -> _T:
        try:
            return index[key]
        except KeyError:
            known = join_keys(index)
            raise KeyError(f"{what} {key!r} is not in schema {self.name!r}; known: {known}") from None

    def label(self, key: str) -> Label:
        return self._find(self._labels, key, "entity label")

    def has_label(self, key: str) -> bool:
        return key in self._labels

    def label_keys(self) -> tuple[str, ...]:
        return tuple(self._labels)

    def label_for_shortcut(self, char: str) -> Label | None:
        """The entity label whose shortcut is ``char`` (letters match either case), or None."""
        return _by_shortcut(self.labels, char)

    def event_type(self, key: str) -> EventType:
        return self._find(self._event_types, key, "event type")

    def has_event_type(self, key: str) -> bool:
        return key in self._event_types

    def event_type_keys(self) -> tuple[str, ...]:
        return tuple(self._event_types)

    def event_type_for_shortcut(self, char: str) -> EventType | None:
        return _by_shortcut(self.event_types, char)

    def role(self, event_type: str, role_key: str) -> Role:
        roles = self._roles[self.event_type(event_type).key]
        return self._find(roles, role_key, f"role of {event_type}")

    def has_role(self, event_type: str, role_key: str) -> bool:
        return role_key in self._roles.get(event_type, {})

    def role_accepts(self, event_type: str, role_key: str, label_or_event_type: str) -> bool:
        """Whether an entity with this label, or an event of this type, may fill the role."""
        return self.has_role(event_type, role_key) and self.role(event_type, role_key).accepts(
            label_or_event_type
        )

    def role_entity_labels(self, event_type: str, role_key: str) -> tuple[str, ...]:
        return tuple(key for key in self.role(event_type, role_key).labels if key in self._labels)

    def role_event_types(self, event_type: str, role_key: str) -> tuple[str, ...]:
        """The event types that may fill the role (empty for roles that take only entities)."""
        return tuple(key for key in self.role(event_type, role_key).labels if key in self._event_types)

    def event_attribute(self, key: str) -> AttributeDef:
        return self._find(self._event_attributes, key, "event attribute")

    def entity_attribute(self, key: str) -> AttributeDef:
        return self._find(self._entity_attributes, key, "entity attribute")

    def event_attribute_defs(self, event_type: str) -> tuple[AttributeDef, ...]:
        return tuple(self.event_attribute(key) for key in self.event_type(event_type).attributes)

    def default_event_attributes(self, event_type: str) -> dict[str, str]:
        """Attribute values a new event of this type starts with (those with a default)."""
        return {d.key: d.default for d in self.event_attribute_defs(event_type) if d.default is not None}

    def default_entity_attributes(self) -> dict[str, str]:
        return {d.key: d.default for d in self.entity_attributes if d.default is not None}

    def polarity(self, key: str) -> Polarity:
        return self._find(self._polarities, key, "stance polarity")

    def has_polarity(self, key: str) -> bool:
        return key in self._polarities

    def polarity_keys(self) -> tuple[str, ...]:
        return tuple(self._polarities)

    def polarity_for_shortcut(self, char: str) -> Polarity | None:
        return _by_shortcut(self.polarities, char)

    def stance_target(self, key: str) -> StanceTarget:
        return self._find(self._stance_targets, key, "stance target")

    def has_stance_target(self, key: str) -> bool:
        return key in self._stance_targets

    def stance_target_keys(self) -> tuple[str, ...]:
        return tuple(self._stance_targets)


def _build(root: Node, source: str) -> Schema:
    # schema_rules constructs the classes above, so it can only be imported once they exist.
    from annotator.core.schema_rules import build_schema

    return build_schema(root, source)


@cache
def _load_default() -> Schema:
    # Schemas are immutable, so every caller can share one parsed copy.
    return Schema.from_file(default_schema_path())


_Keyed = TypeVar("_Keyed", Label, EventType, Polarity)


def _by_shortcut(items: tuple[_Keyed, ...], char: str) -> _Keyed | None:
    folded = char.casefold()
    return next((item for item in items if item.shortcut.casefold() == folded), None)


class _FlowList(list[str]):
    """A list of keys written on one line, ``[PER, ORG]``, as a person would write it."""


def _represent_flow_list(dumper: Any, data: _FlowList) -> Any:
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


# A private SafeDumper, so registering the representer leaves PyYAML's global one untouched. Built with
# type() because without types-PyYAML the base is Any, and mypy --strict refuses a class statement on it.
_SchemaDumper: Any = type("_SchemaDumper", (yaml.SafeDumper,), {})
_SchemaDumper.add_representer(_FlowList, _represent_flow_list)


def _flow_leaf_lists(data: Any) -> Any:
    if isinstance(data, dict):
        return {key: _flow_leaf_lists(value) for key, value in data.items()}
    if isinstance(data, list):
        if all(isinstance(item, str) for item in data):
            return _FlowList(data)
        return [_flow_leaf_lists(item) for item in data]
    return data


def _head(key: str, names: Names) -> dict[str, Any]:
    return {"key": key, "ar": names.ar, "en": names.en}


def _with_description(data: dict[str, Any], description: str) -> dict[str, Any]:
    if description:
        data["description"] = description
    return data


def _label_dict(label: Label) -> dict[str, Any]:
    data = {**_head(label.key, label.names), "color": label.color, "shortcut": label.shortcut}
    return _with_description(data, label.description)


def _attribute_dict(attr: AttributeDef) -> dict[str, Any]:
    data = {**_head(attr.key, attr.names), "values": list(attr.values)}
    if attr.default is not None:
        data["default"] = attr.default
    return data


def _role_dict(role: Role) -> dict[str, Any]:
    data = {**_head(role.key, role.names), "labels": list(role.labels)}
    # Only true flags are written, so the common case stays one short line per role.
    if role.required:
        data["required"] = True
    if role.repeatable:
        data["repeatable"] = True
    return data


def _event_type_dict(event_type: EventType) -> dict[str, Any]:
    data = {
        **_head(event_type.key, event_type.names),
        "color": event_type.color,
        "shortcut": event_type.shortcut,
    }
    _with_description(data, event_type.description)
    data["attributes"] = list(event_type.attributes)
    data["roles"] = [_role_dict(role) for role in event_type.roles]
    return data

"""Label keys of imported data: label maps, keys the schema lacks, and a schema built from data.

Pure functions over `AnnotatedDocument`s (core.formats.base): `project_exchange` uses them on
import, and `annotator init --schema-from` to build a project's tagset from a dataset's labels.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from annotator.core.formats.base import AnnotatedDocument
from annotator.core.project_base import ProjectError
from annotator.core.schema import Schema

LabelMap = dict[str, str | None]
"""old key → new key, or None to drop items with that key."""

MAP_SECTIONS = ("labels", "event_types", "roles", "polarities", "targets")


# -- label maps and unknown labels --------------------------------------------------------


def load_label_map(path: str | Path) -> dict[str, LabelMap]:
    """A label map file: YAML or JSON, flat (`PERS: PER`, applied to every kind of key) or in
    sections (`labels:`, `event_types:`, `roles:`, `polarities:`, `targets:`); a null/empty
    value drops the items. Two-column TSV/CSV lines (`PERS<TAB>PER`) work too."""
    import yaml

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise ProjectError(f"{path}: cannot read the label map ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise ProjectError(f"{path}: the label map is not UTF-8 text") from exc
    data: Any
    if path.suffix.lower() in (".tsv", ".csv", ".txt"):
        data = {}
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.replace("\t", ",").split(",")]
            if len(cells) > 2 or not cells[0]:
                raise ProjectError(
                    f"{path}, line {number}: expected 'old<TAB>new' (or 'old' alone to drop it)"
                )
            data[cells[0]] = cells[1] if len(cells) == 2 and cells[1] else None
    else:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f", line {mark.line + 1}" if mark is not None else ""
            raise ProjectError(
                f"{path}{where}: not valid YAML or JSON ({getattr(exc, 'problem', exc)})"
            ) from exc
    if not isinstance(data, dict):
        raise ProjectError(f"{path}: a label map is a mapping of old keys to new keys (e.g. PERS: PER)")
    sectioned = bool(data) and all(k in MAP_SECTIONS and isinstance(v, dict) for k, v in data.items())
    sections = data if sectioned else dict.fromkeys(MAP_SECTIONS, data)
    result: dict[str, LabelMap] = {}
    for section in MAP_SECTIONS:
        entries = sections.get(section) or {}
        mapped: LabelMap = {}
        for old, new in entries.items():
            if new is not None and not isinstance(new, str | int | float):
                raise ProjectError(f"{path}, field {old}: the new key must be text or empty, not {new!r}")
            mapped[str(old)] = str(new) if new not in (None, "") else None
        result[section] = mapped
    return result


def apply_label_map(docs: Iterable[AnnotatedDocument], label_map: Mapping[str, LabelMap]) -> Counter[str]:
    """Rename keys in place; items mapped to nothing are removed. Returns counts for the report."""
    labels, types, roles = (
        label_map.get("labels", {}),
        label_map.get("event_types", {}),
        label_map.get("roles", {}),
    )
    polarities, targets = label_map.get("polarities", {}), label_map.get("targets", {})
    counts: Counter[str] = Counter()

    def renamed(key: str, table: LabelMap, what: str) -> str | None:
        if key not in table:
            return key
        new = table[key]
        counts[f"{what} {'mapped' if new else 'dropped'} by the label map"] += 1
        return new

    for doc in docs:
        kept_entities = []
        for entity in doc.entities:
            label = renamed(entity.label, labels, "entities")
            if label is not None:
                entity.label = label
                kept_entities.append(entity)
        doc.entities = kept_entities
        kept_events = []
        for event in doc.events:
            event_type = renamed(event.type, types, "events")
            if event_type is None:
                continue
            event.type = event_type
            kept_arguments = []
            for argument in event.arguments:
                role = renamed(argument.role, roles, "arguments")
                if role is not None:
                    argument.role = role
                    kept_arguments.append(argument)
            event.arguments = kept_arguments
            kept_events.append(event)
        doc.events = kept_events
        kept_stances = []
        for stance in doc.stances:
            polarity = renamed(stance.polarity, polarities, "stances")
            target = renamed(stance.target, targets, "stance targets") if stance.target is not None else None
            if polarity is None or (stance.target is not None and target is None):
                continue
            stance.polarity, stance.target = polarity, target
            kept_stances.append(stance)
        doc.stances = kept_stances
    return counts


def unknown_keys(schema: Schema, docs: Iterable[AnnotatedDocument]) -> dict[str, Counter[str]]:
    """Entity labels, event types, polarities and stance targets the schema does not have."""
    unknown: dict[str, Counter[str]] = {
        "entity labels": Counter(),
        "event types": Counter(),
        "polarities": Counter(),
        "stance targets": Counter(),
    }
    for doc in docs:
        unknown["entity labels"].update(e.label for e in doc.entities if not schema.has_label(e.label))
        unknown["event types"].update(e.type for e in doc.events if not schema.has_event_type(e.type))
        unknown["polarities"].update(s.polarity for s in doc.stances if not schema.has_polarity(s.polarity))
        unknown["stance targets"].update(
            s.target for s in doc.stances if s.target is not None and not schema.has_stance_target(s.target)
        )
    return {kind: found for kind, found in unknown.items() if found}


def refusal(path: str, unknown: dict[str, Counter[str]]) -> str:
    parts = []
    for kind, found in unknown.items():
        listed = ", ".join(f"{key} ({n})" for key, n in sorted(found.items(), key=lambda kv: (-kv[1], kv[0])))
        parts.append(f"{kind}: {listed}")
    return (
        f"{path}: nothing imported; the data uses keys the project's schema does not have. "
        + "; ".join(parts)
        + ". Map them with --label-map FILE (e.g. 'PERS: PER', or 'MISC:' to drop), add them in "
        "Edit > Schema, or start a project from the data with `annotator init PROJECT --schema-from DATA`."
    )


# -- a schema from the labels a dataset uses ----------------------------------------------

_PALETTE = (
    "#f59b9b", "#a3c4f7", "#a6e39a", "#88dfd8", "#cfc3a3", "#f5c98b", "#d7b8f3", "#f3b8d9",
    "#c6e58f", "#9fd3f0", "#f0d58f", "#b8c4f3", "#e8b3a0", "#a0e8c8", "#e0e0a0", "#c8a0e8",
)  # fmt: skip
# Shortcuts in palette order: digits, Latin letters, then Arabic letters (a keyboard with an
# Arabic layout types those directly). Labels past the last one get none... the schema needs one,
# so very large tagsets get punctuation.
_SHORTCUTS = "1234567890qwertyuiopasdfghjklzxcvbnm" + "ضصثقفغعهخحجدشسيبلاتنمكطئءؤرىةوزظ" + "!$%&*+/<=>?@^~"


def schema_from_data(docs: Iterable[AnnotatedDocument], name: str, base: Schema | None = None) -> Schema:
    """A schema with the entity labels, event types (with the roles and filler labels seen), polarities
    and stance targets that `docs` use, in order of first use. Without any stances in the data,
    polarities and targets come from `base` (the default schema), so stance work still has a tagset."""
    base = base or Schema.default()
    labels: dict[str, None] = {}
    event_types: dict[str, dict[str, dict[str, None]]] = {}
    polarities: dict[str, None] = {}
    targets: dict[str, None] = {}
    for doc in docs:
        by_id = {e.id: e.label for e in doc.entities}
        events = {e.id: e.type for e in doc.events}
        labels.update(dict.fromkeys(e.label for e in doc.entities))
        for event in doc.events:
            roles = event_types.setdefault(event.type, {})
            for argument in event.arguments:
                filler = by_id.get(argument.entity or "") or events.get(argument.event or "")
                if filler:
                    roles.setdefault(argument.role, {})[filler] = None
        polarities.update(dict.fromkeys(s.polarity for s in doc.stances))
        targets.update(dict.fromkeys(s.target for s in doc.stances if s.target))
    if not labels and not event_types and not polarities:
        raise ProjectError("the data has no annotations to build a schema from")
    if max(len(labels), len(event_types)) > len(_SHORTCUTS):
        raise ProjectError(
            f"the data uses {len(labels)} entity labels and {len(event_types)} event types; "
            f"a schema holds at most {len(_SHORTCUTS)} of each"
        )
    body: dict[str, Any] = {"version": 1, "name": name}
    body["labels"] = [_item(key, n) for n, key in enumerate(labels)]
    body["entity_attributes"] = []
    body["event_attributes"] = []
    body["event_types"] = [
        {
            **_item(key, n),
            "roles": [
                {"key": role, "ar": role, "en": role, "labels": list(fillers)}
                for role, fillers in roles.items()
            ],
        }
        for n, (key, roles) in enumerate(event_types.items())
    ]
    if polarities:
        body["polarities"] = [_item(key, n) for n, key in enumerate(polarities)]
        body["stance_targets"] = [{"key": key, "ar": key, "en": key} for key in targets]
    else:
        base_dict = base.to_dict()
        body["polarities"] = base_dict["polarities"]
        body["stance_targets"] = base_dict["stance_targets"]
    return Schema.from_dict(body, source=name)


def _item(key: str, n: int) -> dict[str, str]:
    return {"key": key, "ar": key, "en": key, "color": _PALETTE[n % len(_PALETTE)], "shortcut": _SHORTCUTS[n]}

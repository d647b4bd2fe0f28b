"""Across documents: entity ids linking mentions of one real-world entity, event clusters linking
reports of one real-world event, suggestions for both, and the story view of a cluster.

An entity id is the `kb_id` of its mentions (spaCy's name); an event cluster is the `cluster` key
of its events. Both are plain strings, per layer, with an optional title in `link_titles`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from annotator.core.model import Changes, Entity, Event
from annotator.core.project_base import ProjectError, _Recorder
from annotator.core.project_documents import DocumentsMixin
from annotator.core.project_stances import StancesMixin
from annotator.core.storage.oplog import Row
from annotator.core.story import Story, StoryDocument, build_story
from annotator.core.text.clitics import stems
from annotator.core.text.normalize import normalize


@dataclass(frozen=True, slots=True)
class LinkGroup:
    """An entity id or event cluster of a layer: its key, title, and how many mentions and documents."""

    key: str
    title: str
    mentions: int
    documents: int


@dataclass(frozen=True, slots=True)
class EntitySuggestion:
    """A mention in the layer that looks like the same entity: same label, same clitic-free form."""

    entity: Entity
    text: str
    doc_title: str


@dataclass(frozen=True, slots=True)
class EventSuggestion:
    """An event of the same type in another document, with the reasons it may be the same event."""

    event: Event
    trigger: str
    doc_title: str
    score: int
    reasons: tuple[str, ...]  # in English, for logs and scripts; UIs compose their own from below
    shared_arguments: int = 0
    same_trigger: bool = False
    same_date: bool = False


def match_keys(text: str) -> frozenset[str]:
    """The forms a mention is matched by: normalised, and with each candidate proclitic taken off
    its first word (لتركيا matches تركيا; والجيش التركي matches الجيش التركي)."""
    words = normalize(text).split()
    if not words:
        return frozenset()
    rest = " ".join(words[1:])
    forms = {" ".join(words)}
    for stem in stems(words[0]):
        forms.add(f"{stem} {rest}".strip())
    return frozenset(forms)


_KEY_CLEAN = re.compile(r"\s+")


def suggested_key(text: str, label: str) -> str:
    """A readable entity id for a new link: the label and the mention's shortest matching form."""
    forms = sorted(match_keys(text), key=lambda f: (len(f), f))
    return f"{label}:{_KEY_CLEAN.sub('_', forms[0]) if forms else text}"


class LinksMixin(StancesMixin, DocumentsMixin):
    # -- entity ids ----------------------------------------------------------------------

    def link_entities(
        self, layer: str, entity_ids: Sequence[int], kb_id: str | None, title: str = ""
    ) -> Changes:
        """Give mentions (in any documents of the layer) one entity id; None unlinks them. One operation."""
        if not entity_ids:
            raise ProjectError("no mentions to link")
        key = kb_id.strip() if kb_id else None
        if kb_id is not None and not key:
            raise ProjectError("an entity id cannot be empty")
        layer_id = self._ensure_layer(layer)
        rows = [self._entity_row(i, layer_id) for i in dict.fromkeys(entity_ids)]
        if all(row["kb_id"] == key for row in rows) and not title:
            raise ProjectError("those mentions already have that entity id")
        name = f"link as {key}" if key else "unlink"
        return self._relink(layer, "entities", "kb_id", rows, key, title, name)

    def _relink(
        self, layer: str, table: str, column: str, rows: list[Row], key: str | None, title: str, name: str
    ) -> Changes:
        """Set `column` (kb_id or cluster) of `rows` to `key`, and the group's title, as one operation."""
        changed = [(row, {**row, column: key}) for row in rows if row[column] != key]
        kind = "entity" if table == "entities" else "event"

        def body(rec: _Recorder, layer_id: int) -> None:
            for before, after in changed:
                rec.update(table, before, after)
            if key and title:
                self._set_title(rec, layer_id, kind, key, title)

        doc_ids = sorted({r["doc_id"] for r in rows})
        return self._operation(layer, name, doc_ids, body, entities=kind == "entity", events=kind == "event")

    def entity_groups(self, layer: str) -> list[LinkGroup]:
        """Every entity id of the layer with its mention and document counts, most mentioned first."""
        return self._groups(layer, "entities", "kb_id", "entity")

    def mentions_of(self, layer: str, kb_id: str) -> list[Entity]:
        _ = self.schema
        layer_id = self._layer_id_or_none(layer)  # a read: never creates the layer
        if layer_id is None:
            return []
        rows = self._conn.execute(
            'SELECT id, doc_id, layer_id, start, "end", label_id, attributes, kb_id FROM entities '
            "WHERE layer_id = ? AND kb_id = ? ORDER BY doc_id, start",
            (layer_id, kb_id),
        ).fetchall()
        return [self._entity(r, layer) for r in rows]

    def entity_link_suggestions(self, layer: str, entity_id: int, limit: int = 200) -> list[EntitySuggestion]:
        """Mentions of the layer, in any document, that match this one (same label, normalised,
        clitic-aware), not already carrying its entity id; nearest documents first."""
        row = self._entity_row(entity_id, self._layer_id_or_none(layer) or -1)  # a read: no new layer
        layer_id = row["layer_id"]
        text = self._mention_text(row["doc_id"], row["start"], row["end"])
        keys = match_keys(text)
        found = []
        for id_, doc_id, start, end, label_id, attributes, kb_id, mention, title in self._conn.execute(
            'SELECT e.id, e.doc_id, e.start, e."end", e.label_id, e.attributes, e.kb_id, '
            'substr(d.text, e.start + 1, e."end" - e.start), d.title '
            "FROM entities e JOIN documents d ON d.id = e.doc_id "
            "WHERE e.layer_id = ? AND e.label_id = ? AND e.id != ? ORDER BY e.doc_id, e.start",
            (layer_id, row["label_id"], entity_id),
        ):
            if row["kb_id"] and kb_id == row["kb_id"]:
                continue
            if keys & match_keys(mention):
                entity = self._entity((id_, doc_id, layer_id, start, end, label_id, attributes, kb_id), layer)
                found.append(EntitySuggestion(entity, mention, title))
        found.sort(key=lambda s: (s.entity.doc_id != row["doc_id"], abs(s.entity.doc_id - row["doc_id"])))
        return found[:limit]

    def _mention_text(self, doc_id: int, start: int, end: int) -> str:
        row = self._conn.execute(
            "SELECT substr(text, ? + 1, ? - ?) FROM documents WHERE id = ?", (start, end, start, doc_id)
        ).fetchone()
        return str(row[0]) if row else ""

    # -- event clusters ------------------------------------------------------------------

    def set_event_cluster(
        self, layer: str, event_ids: Sequence[int], cluster: str | None, title: str = ""
    ) -> Changes:
        """Put events (of any documents of the layer) into one cluster; None takes them out."""
        if not event_ids:
            raise ProjectError("no events to cluster")
        key = cluster.strip() if cluster else None
        if cluster is not None and not key:
            raise ProjectError("a cluster name cannot be empty")
        layer_id = self._ensure_layer(layer)
        rows = [self._event_row(i, layer_id) for i in dict.fromkeys(event_ids)]
        if all(row["cluster"] == key for row in rows) and not title:
            raise ProjectError("those events already are in that cluster")
        name = f"add to story {key}" if key else "remove from story"
        return self._relink(layer, "events", "cluster", rows, key, title, name)

    def set_link_title(self, layer: str, kind: str, key: str, title: str) -> Changes:
        """Name an event cluster (`kind` "event") or an entity id (`kind` "entity")."""
        if kind not in ("event", "entity"):
            raise ProjectError(f"kind must be 'event' or 'entity', not {kind!r}")
        current = self._conn.execute(
            "SELECT t.title FROM link_titles t JOIN layers l ON l.id = t.layer_id "
            "WHERE l.name = ? AND t.kind = ? AND t.key = ?",
            (layer, kind, key),
        ).fetchone()
        if (current[0] if current else "") == title.strip():
            raise ProjectError(f"{key} already has that title")  # no empty undo step
        return self._operation(
            layer, "rename story" if kind == "event" else "rename entity id", [],
            lambda rec, layer_id: self._set_title(rec, layer_id, kind, key, title),
            events=kind == "event", entities=kind == "entity",
        )  # fmt: skip

    def _set_title(self, rec: _Recorder, layer_id: int, kind: str, key: str, title: str) -> None:
        before_row = self._conn.execute(
            "SELECT title FROM link_titles WHERE layer_id = ? AND kind = ? AND key = ?", (layer_id, kind, key)
        ).fetchone()
        after = {"layer_id": layer_id, "kind": kind, "key": key, "title": title.strip()}
        if before_row is None:
            rec.insert("link_titles", after)
        elif before_row[0] != after["title"]:
            rec.update("link_titles", {**after, "title": before_row[0]}, after)

    def link_title(self, layer: str, kind: str, key: str) -> str:
        row = self._conn.execute(
            "SELECT t.title FROM link_titles t JOIN layers l ON l.id = t.layer_id "
            "WHERE l.name = ? AND t.kind = ? AND t.key = ?",
            (layer, kind, key),
        ).fetchone()
        return str(row[0]) if row and row[0] else key

    def event_clusters(self, layer: str) -> list[LinkGroup]:
        """Every event cluster of the layer (a story), most reported first."""
        return self._groups(layer, "events", "cluster", "event")

    def _groups(self, layer: str, table: str, column: str, kind: str) -> list[LinkGroup]:
        row = self._conn.execute("SELECT id FROM layers WHERE name = ?", (layer,)).fetchone()
        if row is None:
            return []
        groups = [
            LinkGroup(key, title or key, mentions, documents)
            for key, mentions, documents, title in self._conn.execute(
                f"SELECT x.{column}, count(*), count(DISTINCT x.doc_id), t.title FROM {table} x "
                f"LEFT JOIN link_titles t ON t.layer_id = x.layer_id AND t.kind = ? AND t.key = x.{column} "
                f"WHERE x.layer_id = ? AND x.{column} IS NOT NULL GROUP BY x.{column}",
                (kind, row[0]),
            )
        ]
        groups.sort(key=lambda g: (-g.documents, -g.mentions, g.key))
        return groups

    def cluster_events(self, layer: str, cluster: str) -> list[Event]:
        return self._events_where("l.name = ? AND e.cluster = ?", (layer, cluster), layer)

    def event_cluster_suggestions(self, layer: str, event_id: int, limit: int = 50) -> list[EventSuggestion]:
        """Events of the same type in other documents that may report the same real-world event.

        Scored by what they share: linked or matching argument values (the same place, the same
        count), a matching trigger word, the same date; events already in this one's cluster are
        left out.
        """
        event = self.event(event_id)
        values = self._argument_keys(event)
        trigger_keys = match_keys(self._mention_text(event.doc_id, event.start, event.end))
        doc_date = self.document(event.doc_id).date
        found = []
        for other in self._events_where(
            "l.name = ? AND e.type = ? AND e.doc_id != ?", (layer, event.type, event.doc_id), layer
        ):
            if event.cluster and other.cluster == event.cluster:
                continue
            reasons = []
            shared = values & self._argument_keys(other)
            if shared:
                reasons.append(f"{len(shared)} shared argument(s)")
            same_trigger = bool(
                trigger_keys & match_keys(self._mention_text(other.doc_id, other.start, other.end))
            )
            if same_trigger:
                reasons.append("same trigger word")
            other_doc = self.document(other.doc_id)
            same_date = bool(doc_date) and other_doc.date[:10] == doc_date[:10]
            if same_date:
                reasons.append("same date")
            score = 2 * len(shared) + len(reasons)
            found.append(
                EventSuggestion(
                    other,
                    other_doc.text[other.start : other.end],
                    other_doc.title,
                    score,
                    tuple(reasons),
                    len(shared),
                    same_trigger,
                    same_date,
                )
            )
        found.sort(key=lambda s: (-s.score, s.event.doc_id, s.event.start))
        return found[:limit]

    def _argument_keys(self, event: Event) -> frozenset[str]:
        keys: set[str] = set()
        for argument in event.arguments:
            if argument.entity_id is None:
                continue
            entity = self.entity(argument.entity_id)
            if entity.kb_id:
                keys.add(f"{argument.role}:kb:{entity.kb_id}")
            for form in match_keys(self._mention_text(entity.doc_id, entity.start, entity.end)):
                keys.add(f"{argument.role}:{form}")
        return frozenset(keys)

    # -- the story view ------------------------------------------------------------------

    def story(self, layer: str, cluster: str, language: str = "en") -> Story:
        """The story table of an event cluster: one row per document, ordered by date then title."""
        events = self.cluster_events(layer, cluster)
        if not events:
            raise ProjectError(f"no events in story {cluster!r}")
        by_doc: dict[int, list[Event]] = {}
        for event in events:
            by_doc.setdefault(event.doc_id, []).append(event)
        documents = []
        for doc_id, doc_events in by_doc.items():
            doc = self.document(doc_id)
            documents.append(
                StoryDocument(
                    doc_id=doc_id,
                    text=doc.text,
                    outlet=doc.source or str(doc.meta.get("outlet", "")),
                    date=doc.date,
                    title=doc.title,
                    events=doc_events,
                    all_events={e.id: e for e in self.events(doc_id, layer)},
                    entities={e.id: e for e in self.entities(doc_id, layer)},
                    stances=self.stances(doc_id, layer),
                )
            )
        documents.sort(key=lambda d: (d.date, d.title, d.doc_id))
        return build_story(
            self.schema, cluster, self.link_title(layer, "event", cluster), documents, language
        )

    def mention_texts(self, entities: Iterable[Entity]) -> dict[int, str]:
        """Entity id → its text, for lists of mentions across documents."""
        return {e.id: self._mention_text(e.doc_id, e.start, e.end) for e in entities}

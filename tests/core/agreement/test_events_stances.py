"""Event agreement (triggers, arguments on matched triggers, attributes) and stance agreement (units,
polarity, evidence overlap), on model objects built by hand."""

from __future__ import annotations

import pytest

from annotator.core.agreement import (
    PRF,
    DocumentInput,
    LayerAnnotations,
    compare_events,
    compared_documents,
    event_agreement,
    evidence_jaccard,
    stance_agreement,
)
from annotator.core.model import Argument, Entity, Event, Evidence, Stance

TEXT = "شنت الطائرات غارة على مدينة إدلب أمس، وقالت أنقرة إنها سترد."


def at(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def entity(id_: int, layer: str, word: str, label: str) -> Entity:
    return Entity(id_, 1, layer, *at(word), label)


def attack(
    id_: int, layer: str, trigger: str, arguments: tuple[Argument, ...] = (), **attributes: str
) -> Event:
    return Event(
        id_, 1, layer, "Conflict.Attack", *at(trigger), attributes=dict(attributes), arguments=arguments
    )


def document(**layers: LayerAnnotations) -> DocumentInput:
    return DocumentInput(1, "غارة", len(TEXT), [], layers)


def test_triggers_match_exactly_or_by_overlap_with_the_type_required() -> None:
    first = LayerAnnotations(events=[attack(1, "amal", "غارة")])
    second = LayerAnnotations(
        events=[Event(2, 1, "badr", "Conflict.Attack", at("غارة")[0], at("غارة")[1] + 4)]
    )
    counts = compare_events(first, second)
    assert counts.trigger == {"Conflict.Attack": PRF(0, 1, 1)}
    assert counts.trigger_overlap == {"Conflict.Attack": PRF(1, 0, 0)}
    other_type = LayerAnnotations(events=[Event(3, 1, "badr", "Life.Die", *at("غارة"))])
    assert sum(p.tp for p in compare_events(first, other_type).trigger_overlap.values()) == 0


def test_arguments_are_compared_inside_matched_events_by_role_and_span() -> None:
    planes_a, idlib_a = entity(10, "amal", "الطائرات", "VEH"), entity(11, "amal", "مدينة إدلب", "GPE")
    planes_b, idlib_b = entity(20, "badr", "الطائرات", "VEH"), entity(21, "badr", "إدلب", "GPE")
    first = LayerAnnotations(
        entities=[planes_a, idlib_a],
        events=[attack(1, "amal", "غارة", (Argument(1, "Instrument", 10), Argument(2, "Place", 11)))],
    )
    second = LayerAnnotations(
        entities=[planes_b, idlib_b],
        events=[attack(2, "badr", "غارة", (Argument(3, "Attacker", 20), Argument(4, "Place", 21)))],
    )
    counts = compare_events(first, second)
    # exact: no argument agrees (a role differs; the place spans differ) -> tp 0, fp 2, fn 2
    assert counts.argument == {"Conflict.Attack": PRF(0, 2, 2)}
    # overlap: the Place spans overlap (إدلب inside مدينة إدلب); the planes' roles still differ
    assert counts.argument_overlap == {"Conflict.Attack": PRF(1, 1, 1)}


def test_attributes_of_matched_events_count_agreeing_over_compared() -> None:
    first = LayerAnnotations(events=[attack(1, "amal", "غارة", polarity="positive", realis="actual")])
    second = LayerAnnotations(events=[attack(2, "badr", "غارة", polarity="negative", realis="actual")])
    report = event_agreement(
        compared_documents([document(amal=first, badr=second)], ["amal", "badr"]), ["amal", "badr"]
    )
    attributes = report.pairs[0].to_json()["attributes"]
    assert attributes["polarity"] == {"agree": 0, "compared": 1, "ratio": 0.0}
    assert attributes["realis"] == {"agree": 1, "compared": 1, "ratio": 1.0}


def test_an_argument_filled_by_an_event_is_compared_by_that_events_trigger() -> None:
    def layer(name: str, base: int) -> LayerAnnotations:
        said = Event(
            base + 1,
            1,
            name,
            "Contact.Broadcast",
            *at("وقالت"),
            arguments=(Argument(1, "Topic", None, base),),
        )
        return LayerAnnotations(events=[attack(base, name, "غارة"), said])

    counts = compare_events(layer("amal", 100), layer("badr", 200))
    assert counts.argument["Contact.Broadcast"] == PRF(1, 0, 0)


def outlet(id_: int, layer: str, polarity: str, target: str, *evidence: tuple[int, int]) -> Stance:
    return Stance(
        id_, 1, layer, polarity, target=target, evidence=tuple(Evidence(0, s, e) for s, e in evidence)
    )


def test_stances_pair_up_by_holder_and_target_and_a_missing_stance_is_no_value() -> None:
    ankara_a, ankara_b = entity(1, "amal", "أنقرة", "GPE"), entity(2, "badr", "أنقرة", "GPE")
    first = LayerAnnotations(
        entities=[ankara_a],
        stances=[
            outlet(1, "amal", "against", "turkish_operation_idlib"),
            Stance(2, 1, "amal", "favor", holder_entity_id=1, target="turkish_operation_idlib"),
            outlet(3, "amal", "neutral", "syrian_government"),
        ],
    )
    second = LayerAnnotations(
        entities=[ankara_b],
        stances=[
            outlet(4, "badr", "against", "turkish_operation_idlib"),
            Stance(5, 1, "badr", "against", holder_entity_id=2, target="turkish_operation_idlib"),
        ],
    )
    report = stance_agreement(
        compared_documents([document(amal=first, badr=second)], ["amal", "badr"]), ["amal", "badr"]
    )
    pair = report.pairs[0]
    # the outlet's stance and Ankara's (matched by its span, not its id) are the two shared units;
    # the syrian_government stance only amal gave carries no value for badr
    assert (pair.matched, pair.agreement) == (2, 0.5)
    assert report.overall.units == 2
    assert report.overall.stances == {"amal": 3, "badr": 2}


def test_evidence_overlap_is_the_character_jaccard_of_the_evidence_unions() -> None:
    # a covers [0, 10) and [20, 25): 15 characters; b covers [5, 22): 17; shared [5, 10) and
    # [20, 22): 7; union 15 + 17 - 7 = 25 -> 7 / 25.
    assert evidence_jaccard([(0, 10), (20, 25)], [(5, 22)]) == pytest.approx(7 / 25)
    assert evidence_jaccard([], [(1, 3)]) == 0.0
    assert evidence_jaccard([], []) is None


def test_identical_stances_give_alpha_one_and_full_evidence_overlap() -> None:
    stances = [
        outlet(1, "amal", "against", "turkish_operation_idlib", (0, 12)),
        outlet(2, "amal", "favor", "syrian_government", (13, 20)),
    ]
    layer = LayerAnnotations(stances=stances)
    names = ["amal", "badr", "chadi"]
    report = stance_agreement(
        compared_documents([document(amal=layer, badr=layer, chadi=layer)], names), names
    )
    assert report.overall.alpha == 1.0
    assert report.overall.cohen_kappa == 1.0
    assert report.overall.evidence_overlap == 1.0
    assert report.documents[0].alpha == 1.0

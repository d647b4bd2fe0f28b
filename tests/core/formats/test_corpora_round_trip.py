"""Every real sample in ../shared/corpora through a project: import → export → import.

A project is made with the schema the sample's labels need (`init --schema-from`), the sample is
imported into a layer, exported in the same format, and the export imported into a second project.
The two projects must hold the same annotations; where the format loses something by design
(sentence-level event files drop arguments outside the trigger's sentence), what is missing must be
counted in the export's manifest. (The Label Studio sample in ../shared labels images, not text:
tests/core/formats/test_labelstudio.py reads its envelope.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.exporting import ExportRequest, export
from annotator.core.formats.base import ReadOptions
from annotator.core.labelsets import schema_from_data
from annotator.core.project import Project
from annotator.core.project_exchange import read_documents

pytestmark = pytest.mark.shared

SAMPLES = [
    ("conll", "anercorp/ANERCorp_CamelLab_test.head2000.txt"),
    ("conll", "anercorp/ANERCorp_original_Benajiba.head2000.txt"),
    ("conll", "aqmar/Linux.txt"),
    ("conll", "aqmar/Crusades.txt"),
    ("conll", "wojood/val.txt"),
    ("conll", "newsfane_gold/NewsFANE_Gold_2014_170K.head2000.txt"),
    ("conll", "conll2003/hf_dummy_data.train.txt"),
    ("hf", "hf_token_classification/anercorp_camel_test.first50.hf.jsonl"),
    ("spacy", "spacy/anercorp_camel_test.first50.spacy"),
    ("spacy", "spacy/wojood_val.first40.nested_spangroup.spacy"),
    ("brat", "brat/tutorial_news"),
    ("brat", "brat/BioNLP-ST_2011_GE"),
    ("brat", "brat/BioNLP-ST_2011_EPI"),
    ("brat", "brat/CoNLL-ST_2002_esp"),
    ("events", "event_json/wikievents/dev.first2docs.jsonl"),
    ("doccano", "doccano/import_examples/sequence_labeling_example.jsonl"),
    ("doccano", "doccano/import_examples/tests_sequence_labeling_example_overlapping.jsonl"),
    ("mawqif", "mawqif/Mawqif_AllTargets_Train.first300.csv"),
]
# Formats that cannot be written come back through our lossless JSONL.
EXPORT_AS = {"mawqif": "jsonl"}


def _annotations(
    project: Project, layer: str
) -> dict[str, tuple[set[object], set[object], set[object], set[object]]]:
    found = {}
    for doc_id in project.document_ids():
        doc = project.document(doc_id)
        entities = {(e.start, e.end, e.label) for e in project.entities(doc_id, layer)}
        spans = {e.id: (e.start, e.end, e.label) for e in project.entities(doc_id, layer)}
        events = project.events(doc_id, layer)
        triggers = {(e.start, e.end, e.type) for e in events}
        arguments = {
            ((e.start, e.end, e.type), a.role, spans.get(a.entity_id or -1))
            for e in events
            for a in e.arguments
        }
        stances = {(s.polarity, s.target, s.holder_entity_id is None) for s in project.stances(doc_id, layer)}
        found[doc.content_hash] = (entities, triggers, arguments, stances)
    return found


@pytest.mark.parametrize(("fmt", "relative"), SAMPLES, ids=[f"{f}:{p}" for f, p in SAMPLES])
def test_a_real_sample_survives_import_export_import(
    fmt: str, relative: str, shared_dir: Path, tmp_path: Path
) -> None:
    if fmt == "spacy":
        pytest.importorskip("spacy")
    source = shared_dir / "corpora" / relative
    docs, _, _ = read_documents([source], fmt, ReadOptions())
    schema = schema_from_data(docs, "round-trip")
    first = Project.create(tmp_path / "first.annot", schema)
    second = Project.create(tmp_path / "second.annot", schema)
    try:
        report = first.import_annotations([source], fmt, "a")
        assert sum(report.imported.values()) > 0, report.summary()
        out_fmt = EXPORT_AS.get(fmt, fmt)
        export(first, ExportRequest(out_fmt, tmp_path / "out", layer="a"))
        manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
        (exported,) = [
            p
            for p in (tmp_path / "out").iterdir()
            if p.name not in ("manifest.json", "features.json") and p.suffix != ".parquet"
        ]
        back = second.import_annotations([exported], out_fmt, "a")
        assert not back.problems, [str(p) for p in back.problems[:5]]
        before, after = _annotations(first, "a"), _annotations(second, "a")
        assert set(after) == set(before), "the documents' texts changed on the way"
        for key, (entities, triggers, arguments, stances) in before.items():
            entities2, triggers2, arguments2, stances2 = after[key]
            assert entities2 == entities
            assert triggers2 == triggers
            assert stances2 == stances
            if out_fmt == "events":
                assert arguments2 <= arguments
                if arguments2 != arguments:
                    assert manifest["notes"], "arguments were lost without a note in the manifest"
            else:
                assert arguments2 == arguments
    finally:
        first.close()
        second.close()

"""CoNLL: writing IOB2/BIOES with nested columns, reading real corpora's layouts and defects."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.formats import get_format
from annotator.core.formats.base import (
    AnnotatedDocument,
    DocEntity,
    ExportRefused,
    FormatError,
    Problem,
    ReadOptions,
    ReadResult,
    WriteContext,
    WriteOptions,
)
from annotator.core.formats.conll import read, write
from annotator.core.formats.tagging import EXPANDED, NESTED_DROPPED, REPAIRED_I
from annotator.core.schema import Schema

CORPORA = "corpora"
# Our own sentences: a ministry (ORG) with a GPE adjective nested in it, then a city.
TEXT = "أعلنت وزارة الخارجية التركية موقفها. وصل الوفد إلى أنقرة."
NESTED_OUTPUT = """\
-DOCSTART- O

أعلنت O
وزارة B-ORG
الخارجية I-ORG
التركية I-ORG B-GPE
موقفها O
. O

وصل O
الوفد O
إلى O
أنقرة B-GPE
. O

"""


def span(text: str, phrase: str, label: str) -> tuple[int, int, str]:
    start = text.index(phrase)
    return start, start + len(phrase), label


def document(doc_id: str, text: str, *spans: tuple[int, int, str]) -> AnnotatedDocument:
    entities = [DocEntity(f"T{i}", s, e, label) for i, (s, e, label) in enumerate(spans, 1)]
    return AnnotatedDocument(id=doc_id, text=text, entities=entities)


def nested_doc(doc_id: str = "d1") -> AnnotatedDocument:
    return document(
        doc_id,
        TEXT,
        span(TEXT, "وزارة الخارجية التركية", "ORG"),
        span(TEXT, "التركية", "GPE"),
        span(TEXT, "أنقرة", "GPE"),
    )


def export(
    tmp_path: Path, docs: list[AnnotatedDocument], part: str = "", **options: str
) -> tuple[Path, WriteContext]:
    context = WriteContext(schema=Schema.default(), options=WriteOptions(**options))  # type: ignore[arg-type]
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    paths = write(iter(docs), out, part, context)
    assert len(paths) == 1 and sorted(out.iterdir()) == paths
    return paths[0], context


def load(path: Path, **options: int) -> tuple[list[AnnotatedDocument], list[Problem], dict[str, int]]:
    result = ReadResult()
    items = list(read(path, ReadOptions(**options), result))  # type: ignore[arg-type]
    docs = [i for i in items if isinstance(i, AnnotatedDocument)]
    return docs, [i for i in items if isinstance(i, Problem)], result.notes


def triples(doc: AnnotatedDocument) -> set[tuple[str, str]]:
    """Entities as (text, label): comparable across a write, where the text is rebuilt."""
    return {(doc.text[e.start : e.end], e.label) for e in doc.entities}


def offsets(doc: AnnotatedDocument) -> set[tuple[int, int, str]]:
    return {(e.start, e.end, e.label) for e in doc.entities}


def write_file(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


# -- writing -----------------------------------------------------------------------------------


def test_registry_lists_conll_both_ways() -> None:
    info = get_format("conll")
    assert info.read is read and info.write is write and "nested" in info.carries


def test_nested_entities_become_extra_columns_and_output_is_deterministic(tmp_path: Path) -> None:
    path, context = export(tmp_path, [nested_doc()], part="train")
    assert path.name == "train.conll"
    assert path.read_text(encoding="utf-8") == NESTED_OUTPUT
    first = path.read_bytes()
    path.unlink()
    again, _ = export(tmp_path, [nested_doc()], part="train")
    assert again.read_bytes() == first and context.notes == {}


def test_outer_keeps_level_zero_and_counts_the_dropped(tmp_path: Path) -> None:
    path, context = export(tmp_path, [nested_doc()], nested="outer")
    assert "التركية I-ORG\n" in path.read_text(encoding="utf-8")
    assert context.notes == {NESTED_DROPPED: 1}


def test_refuse_names_the_nested_documents_and_writes_nothing(tmp_path: Path) -> None:
    flat = document("flat", TEXT, span(TEXT, "أنقرة", "GPE"))
    with pytest.raises(ExportRefused) as refused:
        export(tmp_path, [flat, nested_doc("d1"), flat, nested_doc("d7")], nested="refuse")
    message = str(refused.value)
    assert "document d1" in message and "d7" in message and "'التركية'" in message and "flat" not in message
    assert "nested=columns" in message
    assert list((tmp_path / "out").iterdir()) == []


def test_bioes_scheme(tmp_path: Path) -> None:
    path, _ = export(tmp_path, [nested_doc()], scheme="bioes")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[3:6] == ["وزارة B-ORG", "الخارجية I-ORG", "التركية E-ORG S-GPE"]
    assert "أنقرة S-GPE" in lines


def test_words_policy_widens_an_entity_after_a_proclitic(tmp_path: Path) -> None:
    text = "وصل الوفد لتركيا أمس."
    doc = document("d1", text, span(text, "تركيا", "GPE"))
    path, context = export(tmp_path, [doc])
    assert "لتركيا B-GPE" in path.read_text(encoding="utf-8").splitlines()
    assert context.notes == {EXPANDED: 1}
    assert triples(load(path)[0][0]) == {("لتركيا", "GPE")}


def test_entity_cuts_keep_the_entity_exact(tmp_path: Path) -> None:
    text = "وصل الوفد لتركيا أمس."
    doc = document("d1", text, span(text, "تركيا", "GPE"))
    path, context = export(tmp_path, [doc], tokens="entity-cuts")
    assert path.read_text(encoding="utf-8").splitlines()[4:6] == ["ل O", "تركيا B-GPE"]
    assert context.notes == {}
    back = load(path)[0][0]
    assert back.text == "وصل الوفد ل تركيا أمس ." and triples(back) == {("تركيا", "GPE")}


def test_whitespace_inside_a_token_is_replaced_and_counted(tmp_path: Path) -> None:
    doc = document("d1", "سان فرانسيسكو")
    doc.tokens = [(0, 13)]
    path, context = export(tmp_path, [doc])
    assert "سان_فرانسيسكو O" in path.read_text(encoding="utf-8")
    assert context.notes == {"whitespace inside tokens replaced by _": 1}


@pytest.mark.parametrize("scheme", ["iob2", "bioes"])
def test_round_trip_read_write_read(tmp_path: Path, scheme: str) -> None:
    first, _ = export(
        tmp_path,
        [nested_doc("a"), document("b", "زار الوزير دمشق.", span("زار الوزير دمشق.", "دمشق", "GPE"))],
    )
    docs, problems, _ = load(first)
    assert not problems and [triples(d) for d in docs] == [
        {("وزارة الخارجية التركية", "ORG"), ("التركية", "GPE"), ("أنقرة", "GPE")},
        {("دمشق", "GPE")},
    ]
    (tmp_path / "again").mkdir()
    context = WriteContext(schema=Schema.default(), options=WriteOptions(scheme=scheme))  # type: ignore[arg-type]
    [second] = write(iter(docs), tmp_path / "again", "", context)
    back, _, _ = load(second)
    assert [(d.text, offsets(d)) for d in back] == [(d.text, offsets(d)) for d in docs]
    for doc in back:
        assert all(doc.text[s:e] for s, e in doc.tokens)


def test_seqeval_reads_the_same_entities_in_iob2_and_bioes(tmp_path: Path) -> None:
    pytest.importorskip("seqeval")
    from seqeval.scheme import IOB2, IOBES, Entities

    found = {}
    for scheme, seqeval_scheme in (("iob2", IOB2), ("bioes", IOBES)):
        (tmp_path / scheme).mkdir()
        path, _ = export(tmp_path / scheme, [nested_doc()], scheme=scheme, nested="outer")
        sentences: list[list[str]] = [[]]
        for line in path.read_text(encoding="utf-8").splitlines()[2:]:
            if line:
                sentences[-1].append(line.split(" ")[1])
            elif sentences[-1]:
                sentences.append([])
        entities = Entities([s for s in sentences if s], seqeval_scheme)
        found[scheme] = [e.to_tuple() for sentence in entities.entities for e in sentence]
    assert found["iob2"] == found["bioes"] == [(0, "ORG", 1, 4), (1, "GPE", 3, 4)]


# -- reading -----------------------------------------------------------------------------------


def test_documents_sentences_and_rebuilt_text(tmp_path: Path) -> None:
    content = "-DOCSTART- O\n\nزار O\nالوزير O\n\nدمشق B-GPE\n. O\n\n-DOCSTART- O\n\nعاد O\n"
    docs, problems, notes = load(write_file(tmp_path, "news.conll", content))
    assert [d.id for d in docs] == ["news-1", "news-2"] and not problems and not notes
    assert docs[0].text == "زار الوزير\nدمشق ."
    assert docs[0].tokens == [(0, 3), (4, 10), (11, 15), (16, 17)]
    assert docs[0].sentences == [(0, 10), (11, 17)]
    assert triples(docs[0]) == {("دمشق", "GPE")} and docs[0].line == 3 and docs[1].line == 11


def test_without_docstart_doc_sentences_splits(tmp_path: Path) -> None:
    path = write_file(tmp_path, "flat.txt", "زار O\n\nدمشق B-GPE\n\nعاد O\n")
    assert len(load(path)[0]) == 1
    docs = load(path, doc_sentences=2)[0]
    assert [d.text for d in docs] == ["زار\nدمشق", "عاد"] and [d.id for d in docs] == ["flat-1", "flat-2"]


def test_malformed_lines_are_problems_with_line_numbers(tmp_path: Path) -> None:
    path = write_file(tmp_path, "bad.txt", "زار O\nالوزير\nدمشق X-GPE\nأمس B-DATE\n")
    docs, problems, _ = load(path)
    assert [(p.line, p.document) for p in problems] == [(2, "bad-1"), (3, "bad-1")]
    assert "no tag column" in problems[0].message and "'X-GPE'" in problems[1].message
    assert docs[0].text == "زار الوزير دمشق أمس" and triples(docs[0]) == {("أمس", "DATE")}


def test_original_anercorp_defects_are_repaired_and_counted(tmp_path: Path) -> None:
    content = "زار O\n O\nالوزير B-PERS\nسامي I-PERS\n. Oوصل O\nإلى O\nبيت لحم B-LOC\nأمس I-PERS\n"
    docs, problems, notes = load(write_file(tmp_path, "aner.txt", content))
    assert not problems
    assert notes == {
        "empty tokens dropped": 1,
        "merged lines split into two tokens": 1,
        "sentence breaks inferred after . ! ? ؟ … (no blank lines in the file)": 1,
        "tokens containing a space split into tokens": 1,
        REPAIRED_I: 1,
    }
    assert docs[0].text == "زار الوزير سامي .\nوصل إلى بيت لحم أمس"
    assert triples(docs[0]) == {("الوزير سامي", "PERS"), ("بيت لحم", "LOC"), ("أمس", "PERS")}


def test_newsfane_bytes_bom_crlf_tab_and_lrm(tmp_path: Path) -> None:
    content = "\ufeff\u200eزار\tO\r\n\u200eدمشق\tB-City\r\n\t\r\n(\tO\r\n"
    docs, _, notes = load(write_file(tmp_path, "fane.txt", content.encode("utf-8")))
    assert docs[0].text == "زار دمشق\n(" and "\u200e" not in docs[0].text
    assert notes == {"LRM/RLM marks stripped from tokens": 2} and triples(docs[0]) == {("دمشق", "City")}


def test_conll2003_layout_takes_only_the_last_column(tmp_path: Path) -> None:
    content = (
        "-DOCSTART- -X- -X- O\n\nزار VBD B-VP O\nوزير NN B-NP B-PER\n"
        "الخارجية NN I-NP I-PER\nدمشق NNP B-NP B-GPE\n"
    )
    docs, problems, _ = load(write_file(tmp_path, "c.txt", content))
    assert not problems and triples(docs[0]) == {("وزير الخارجية", "PER"), ("دمشق", "GPE")}


def test_bare_labels_and_label_typos(tmp_path: Path) -> None:
    docs, _, _ = load(write_file(tmp_path, "caner.txt", "قال O\nسامي PERS\nالأحمد PERS\nفي O\nدمشق LOC\n"))
    assert triples(docs[0]) == {("سامي الأحمد", "PERS"), ("دمشق", "LOC")}
    typo = "الألعاب B-MIS1`\nالصيفية I-MIS1\nو O\nالألعاب B-MIS1\nالشتوية I-MIS1\n"
    docs, _, notes = load(write_file(tmp_path, "typo.txt", typo))
    assert triples(docs[0]) == {("الألعاب الصيفية", "MIS1"), ("الألعاب الشتوية", "MIS1")}
    assert notes == {"tag typos repaired to the file's usual spelling": 1}


def test_a_file_without_tags_is_not_conll(tmp_path: Path) -> None:
    with pytest.raises(FormatError, match="no line ends in a tag"):
        load(write_file(tmp_path, "article.txt", "قالت أنقرة إن الوفد وصل\nثم عاد\n"))


# -- the shared corpora ------------------------------------------------------------------------


def shared_file(shared_dir: Path, folder: str, name: str) -> Path:
    return shared_dir / CORPORA / folder / name


def round_trips(tmp_path: Path, docs: list[AnnotatedDocument]) -> None:
    """Writing what was read and reading it again gives the same texts and entities."""
    for scheme in ("iob2", "bioes"):
        out = tmp_path / scheme
        out.mkdir()
        context = WriteContext(schema=Schema.default(), options=WriteOptions(scheme=scheme))  # type: ignore[arg-type]
        [path] = write(iter(docs), out, "", context)
        back = load(path)[0]
        assert [(d.text, offsets(d)) for d in back] == [(d.text, offsets(d)) for d in docs]
        assert context.notes == {}


@pytest.mark.shared
def test_anercorp_camel_split(shared_dir: Path, tmp_path: Path) -> None:
    path = shared_file(shared_dir, "anercorp", "ANERCorp_CamelLab_test.head2000.txt")
    docs, problems, notes = load(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    assert not problems and len(docs) == 1
    assert len(docs[0].tokens) == sum(1 for line in lines if line.strip())
    # 4 I- after O and 1 I-X after B-Y in these 2000 lines (74 in the whole test split).
    assert notes == {REPAIRED_I: 5}
    assert {e.label for e in docs[0].entities} == {"PERS", "LOC", "ORG", "MISC"}
    round_trips(tmp_path, docs)


@pytest.mark.shared
def test_anercorp_original_and_its_defect_files(shared_dir: Path, tmp_path: Path) -> None:
    docs, problems, notes = load(
        shared_file(shared_dir, "anercorp", "ANERCorp_original_Benajiba.head2000.txt")
    )
    assert not problems and len(docs[0].tokens) == 2000 and len(docs[0].sentences) > 50
    assert set(notes) == {"sentence breaks inferred after . ! ? ؟ … (no blank lines in the file)"}
    round_trips(tmp_path, docs)
    expected = {
        "lines77222-77245_empty_tokens": ({"empty tokens dropped": 5}, 24 - 5),
        "lines123405-123420_merged_line": ({"merged lines split into two tokens": 1}, 16 + 1),
        "lines125300-125310_space_in_token": ({"tokens containing a space split into tokens": 1}, 11 + 1),
    }
    for part, (repair, tokens) in expected.items():
        docs, problems, notes = load(
            shared_file(shared_dir, "anercorp", f"ANERCorp_original_Benajiba.{part}.txt")
        )
        assert not problems and notes.items() >= repair.items() and len(docs[0].tokens) == tokens, part


@pytest.mark.shared
def test_aqmar_articles(shared_dir: Path, tmp_path: Path) -> None:
    # Tokens and sentences as SOURCE.md gives them; Damascus has one token that is only an LRM.
    sizes = {
        "Damascus": (2924 - 1, 81),
        "Crusades": (3866, 127),
        "Summer_Olympics2004": (2002, 62),
        "Linux": (2227, 64),
    }
    for name, (tokens, sentences) in sizes.items():
        docs, problems, notes = load(shared_file(shared_dir, "aqmar", f"{name}.txt"))
        assert (len(docs[0].tokens), len(docs[0].sentences)) == (tokens, sentences), name
        labels = {e.label for e in docs[0].entities}
        assert labels <= {"PER", "LOC", "ORG", "MIS0", "MIS1", "MIS2", "MIS3"}, name
        if name == "Crusades":
            assert [(p.line, "'IO'" in p.message) for p in problems] == [(2145, True)]
        else:
            assert not problems
        if name == "Linux":  # 4 I- without B-, and "B-MIS-1" twice beside "B-MIS1"
            assert notes[REPAIRED_I] == 4 and notes["tag typos repaired to the file's usual spelling"] == 2
        if name == "Summer_Olympics2004":  # "B-MIS1`" then "I-MIS1": one entity once the typo is repaired
            assert REPAIRED_I not in notes and notes["tag typos repaired to the file's usual spelling"] == 1
        (tmp_path / name).mkdir()
        round_trips(tmp_path / name, docs)


@pytest.mark.shared
def test_wojood_nested_columns(shared_dir: Path, tmp_path: Path) -> None:
    for name in ("val.txt", "test.txt", "train.head2000.txt"):
        path = shared_file(shared_dir, "wojood", name)
        docs, problems, notes = load(path)
        assert not problems and not notes
        doc = docs[0]
        nested = [
            (a.label, b.label)
            for a in doc.entities
            for b in doc.entities
            if a is not b and a.start <= b.start and b.end <= a.end
        ]
        assert nested, name  # nested entities come back as overlapping spans
        assert "$#$" in {doc.text[s:e] for s, e in doc.tokens}  # paragraph markers stay tokens
        if name != "train.head2000.txt":  # whole files: our columns are theirs, line for line
            out = tmp_path / name
            out.mkdir()
            [written] = write(iter(docs), out, "", WriteContext(schema=Schema.default()))
            ours = written.read_text(encoding="utf-8").removeprefix("-DOCSTART- O\n\n")
            assert ours.rstrip("\n") == path.read_text(encoding="utf-8").rstrip("\n")


@pytest.mark.shared
def test_newsfane_gold(shared_dir: Path, tmp_path: Path) -> None:
    path = shared_file(shared_dir, "newsfane_gold", "NewsFANE_Gold_2014_170K.head2000.txt")
    docs, problems, notes = load(path)
    raw = path.read_bytes().decode("utf-8-sig").split("\r\n")
    assert not problems and "\u200e" not in docs[0].text
    assert notes == {"LRM/RLM marks stripped from tokens": sum("\u200e" in line for line in raw)}
    breaks = [i for i, line in enumerate(raw) if line == "\t"]  # the excerpt ends inside a sentence
    assert len(docs[0].sentences) == len(breaks) + 1 and breaks[-1] < len(raw) - 2
    assert any("-" in e.label for e in docs[0].entities)  # two-level labels such as Population-Center
    round_trips(tmp_path, docs)


@pytest.mark.shared
def test_conll2003_excerpts(shared_dir: Path, tmp_path: Path) -> None:
    for part in ("train", "valid", "test"):
        path = shared_file(shared_dir, "conll2003", f"hf_dummy_data.{part}.txt")
        docs, problems, _ = load(path)
        lines = [line.split(" ") for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        starts = sum(1 for fields in lines if fields[-1].startswith("B-"))
        assert not problems and len(docs[0].entities) == starts, part
        assert {e.label for e in docs[0].entities} <= {"PER", "ORG", "LOC", "MISC"}, part
        out = tmp_path / part
        out.mkdir()
        round_trips(out, docs)

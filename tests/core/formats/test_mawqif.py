"""The Mawqif-style stance CSV reader: one document and one outlet stance per row."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from annotator.core.formats import get_format
from annotator.core.formats.base import AnnotatedDocument, FormatError, Problem, ReadOptions, ReadResult
from annotator.core.formats.mawqif import NO_ID, NO_STANCE, PADDED, read

HEADER = "ID,text,target,stance,stance:confidence,sentiment,sarcasm,datetime,Date"


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode("utf-8") + b"\r\n")
    return path


def read_all(path: Path) -> tuple[list[AnnotatedDocument], list[Problem], ReadResult]:
    result = ReadResult()
    docs, problems = [], []
    for item in read(path, ReadOptions(), result):
        (docs if isinstance(item, AnnotatedDocument) else problems).append(item)
    return docs, problems, result  # type: ignore[return-value]


def test_a_row_becomes_a_document_with_an_outlet_stance_text_kept_as_is(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "m.csv",
        [
            HEADER,
            "7,  التعليم عن بعد وفر علينا الوقت 📚,Digital Transformation,Favor,0.82,Positive,No,"
            "2022-03-01 10:00:00+00:00,01/03/2022",
        ],
    )
    [doc], problems, result = read_all(path)
    assert problems == [] and result.notes == {}
    assert doc.id == "7" and doc.text == "  التعليم عن بعد وفر علينا الوقت 📚"
    assert (doc.path, doc.line, doc.date) == (str(path), 2, "2022-03-01 10:00:00+00:00")
    [stance] = doc.stances
    assert (stance.polarity, stance.target, stance.holder, stance.scope) == (
        "favor",
        "digital_transformation",
        None,
        None,
    )
    assert stance.confidence == 0.82 and stance.target_entity is None and stance.evidence == []
    assert doc.meta == {
        "target": "Digital Transformation",
        "sentiment": "Positive",
        "sarcasm": "No",
        "datetime": "2022-03-01 10:00:00+00:00",
        "Date": "01/03/2022",
    }


def test_rows_without_a_stance_are_documents_without_one_and_are_counted(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "m.csv",
        [HEADER, "1,اللقاح آمن,Covid Vaccine,,,,,,", "2,اللقاح تجربة,Covid Vaccine,AGAINST,1,,,,"],
    )
    first, second = read_all(path)[0]
    assert first.stances == [] and first.meta["target"] == "Covid Vaccine"
    assert second.stances[0].polarity == "against"
    assert read_all(path)[2].notes == {NO_STANCE: 1}


def test_a_file_without_a_stance_column_gives_documents_without_stances(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "blind.csv", ["id,Text,TARGET", "1,نص أول,Women empowerment", "2,نص ثان,Covid Vaccine"]
    )
    docs, problems, result = read_all(path)
    assert [d.id for d in docs] == ["1", "2"] and all(d.stances == [] for d in docs)
    assert [d.meta for d in docs] == [{"TARGET": "Women empowerment"}, {"TARGET": "Covid Vaccine"}]
    assert problems == [] and result.notes == {NO_STANCE: 2}


def test_a_csv_without_text_or_target_is_not_this_format(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ans.csv", ["s1,s2,stance", "جملة,جملة أخرى,agree"])
    with pytest.raises(FormatError, match=r"missing column\(s\) text, target"):
        read_all(path)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    with pytest.raises(FormatError, match="empty"):
        read_all(empty)


def test_bad_rows_are_problems_with_the_line_they_start_on_and_reading_goes_on(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "m.csv",
        [
            HEADER,
            '1,"نص على\r\nسطرين",Covid Vaccine,None,0.5,,,,',  # lines 2-3: a quoted line break
            "2,نص، فيه,فاصلة,Covid Vaccine,Favor,1,,,,",  # line 4: one cell too many
            "3,نص ثالث,Covid Vaccine,Favor,كثيرا,,,,",  # line 5: confidence is not a number
            ",نص بلا رقم,Covid Vaccine,Favor",  # line 6: no ID, trailing cells missing
            "5,   ,Covid Vaccine,Favor,1,,,,",  # line 7: no text
            "",
            "6,نص أخير,,Favor,1,,,,",  # line 9: a stance without a target
        ],
    )
    docs, problems, result = read_all(path)
    assert [(d.id, d.line) for d in docs] == [("1", 2), ("3", 5), ("line6", 6), ("6", 9)]
    assert docs[0].text == "نص على\nسطرين" and docs[0].stances[0].polarity == "none"
    assert docs[1].stances[0].confidence is None and docs[2].stances[0].confidence is None
    assert docs[3].stances == []
    assert [(p.line, p.document) for p in problems] == [(4, ""), (5, "3"), (7, "5"), (9, "6")]
    assert "10 cells but the header has 9" in problems[0].message and "كثيرا" in problems[1].message
    assert all(p.path == str(path) for p in problems)
    assert result.notes == {PADDED: 1, NO_ID: 1, NO_STANCE: 1}


def test_the_registry_lists_mawqif_as_read_only() -> None:
    info = get_format("mawqif")
    assert info.read is read and info.write is None and "stances" in info.carries


SAMPLES = {
    "Mawqif_AllTargets_Train.first300.csv": 300,
    "Mawqif_AllTargets_Test.first100.csv": 100,
    "Mawqif_AllTargets_Blind_Test.first100.csv": 100,
}


@pytest.mark.shared
@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_mawqif_samples_read_row_for_row(shared_dir: Path, name: str) -> None:
    path = shared_dir / "corpora" / "mawqif" / name
    docs, problems, result = read_all(path)
    assert problems == [] and len(docs) == SAMPLES[name]
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [d.id for d in docs] == [r["ID"] for r in rows]
    assert [d.text for d in docs] == [r["text"].replace("\r\n", "\n") for r in rows]  # leading spaces kept
    assert any(d.text.startswith(" ") for d in docs)
    assert any(any(ord(c) > 0xFFFF for c in d.text) for d in docs)  # emoji kept
    assert {d.meta["target"] for d in docs} == {
        "Women empowerment",
        "Covid Vaccine",
        "Digital Transformation",
    }
    keys = {s.target for d in docs for s in d.stances}
    assert keys <= {"women_empowerment", "covid_vaccine", "digital_transformation"}
    if "stance" in rows[0]:
        assert [d.stances[0].polarity for d in docs] == [r["stance"].lower() for r in rows]
        assert {d.stances[0].polarity for d in docs} == {"favor", "against", "none"}
        assert all(0 <= (d.stances[0].confidence or 0) <= 1 for d in docs)
        assert docs[0].meta["sentiment"] and docs[0].date == rows[0]["datetime"]
        assert result.notes == {}
    else:
        assert all(d.stances == [] for d in docs)
        assert result.notes == {NO_STANCE: SAMPLES[name]}


def test_targets_become_schema_keys_and_arabic_ones_a_stable_key() -> None:
    from annotator.core.formats.mawqif import target_key

    assert target_key(" Women empowerment ") == "women_empowerment"
    assert target_key("تمكين المرأة") == target_key("تمكين المرأة").strip()
    assert target_key("تمكين المرأة").startswith("target_") and target_key("تمكين المرأة") != target_key(
        "اللقاح"
    )

"""Importing documents: files, folders, JSONL and CSV, and bad input named by file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotator.core.importing import ImportSourceError
from annotator.core.project import Project

ARTICLE = "عنوان الخبر\n\nقالت أنقرة إن الهجوم على قواتها لن يمر دون رد.\n"


def texts(project: Project) -> list[str]:
    return [project.document(i).text for i in project.document_ids()]


def test_a_text_file_keeps_its_headline_as_title_and_in_the_text(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    report = project.import_paths([path])
    doc = project.document(report.added[0])
    assert (doc.title, doc.text, doc.source_file) == ("عنوان الخبر", ARTICLE, "article.txt")


def test_crlf_and_bom_are_repaired_on_import(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    project.import_paths([path])
    assert texts(project) == [ARTICLE]


def test_windows_1256_and_utf16_files_import_as_the_same_text(project: Project, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(ARTICLE.encode("cp1256"))
    (tmp_path / "b.txt").write_bytes(ARTICLE.encode("utf-16"))
    report = project.import_paths([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert len(report.added) == 1 and len(report.duplicates) == 1
    assert texts(project) == [ARTICLE]


def test_a_folder_imports_every_text_file_in_name_order(project: Project, tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"خبر رقم {i}", encoding="utf-8")
    (tmp_path / "notes.md").write_text("not imported")
    project.import_paths([tmp_path])
    assert texts(project) == ["خبر رقم 0", "خبر رقم 1", "خبر رقم 2"]


def test_empty_binary_and_nul_files_are_reported_and_the_good_file_still_lands(
    project: Project, tmp_path: Path
) -> None:
    (tmp_path / "0-empty.txt").write_bytes(b"")
    (tmp_path / "1-binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "2-nul.txt").write_bytes("نص".encode() + b"\x00\x00" + "نص".encode())
    (tmp_path / "3-good.txt").write_text(ARTICLE, encoding="utf-8")
    report = project.import_paths([tmp_path])
    messages = [str(p) for p in report.problems]
    assert "0-empty.txt: the file is empty" in messages[0]
    assert "1-binary.txt" in messages[1] and "byte offset" in messages[1]
    assert "2-nul.txt" in messages[2] and "NUL byte at byte offset 4" in messages[2]
    assert texts(project) == [ARTICLE]


def test_a_50_mb_text_file_is_refused_with_advice(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(50 * 1024 * 1024)
    report = project.import_paths([path])
    assert "huge.txt: the file is 52.4 MB" in str(report.problems[0])
    assert "JSONL or CSV" in str(report.problems[0])
    assert project.document_count() == 0


def test_jsonl_rows_keep_their_metadata_and_bad_lines_are_named(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    rows = [
        json.dumps({"text": "نص أول", "title": "أول", "outlet": "وكالة", "date": "2020-02-28", "topic": "x"}),
        '{"text": "نص ثان", broken',
        json.dumps({"title": "no text"}),
        json.dumps({"id": 7, "text": "نص ثالث", "url": "https://example.org/3"}),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = project.import_paths([path])
    assert [(p.line, p.message.split(" (")[0]) for p in report.problems] == [
        (2, "not valid JSON"),
        (3, 'field "text" is missing or empty'),
    ]
    first, third = (project.document(i) for i in report.added)
    assert (first.title, first.source, first.date, first.meta) == (
        "أول",
        "وكالة",
        "2020-02-28",
        {"topic": "x"},
    )
    assert (third.external_id, third.url) == ("7", "https://example.org/3")


def test_csv_with_a_text_column_imports_rows_with_metadata(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    path.write_text('title,text,source\nأول,"نص, مع فاصلة\nوسطر ثان",وكالة\nفارغ,,x\n', encoding="utf-8")
    report = project.import_paths([path])
    doc = project.document(report.added[0])
    assert (doc.title, doc.text, doc.source) == ("أول", "نص, مع فاصلة\nوسطر ثان", "وكالة")
    assert [(p.line, p.message) for p in report.problems] == [(4, "column 'text' is empty")]


def test_csv_without_a_text_column_names_the_columns_it_found(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("title,body_text\nا,ب\n", encoding="utf-8")
    report = project.import_paths([path])
    assert str(report.problems[0]) == (
        f"{path}, line 1: no text column (expected one named 'text'; found 'title', 'body_text')"
    )


def test_a_missing_path_is_refused_before_anything_is_imported(project: Project, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    with pytest.raises(ImportSourceError, match=r"nope\.txt: no such file"):
        project.import_paths([tmp_path / "a.txt", tmp_path / "nope.txt"])
    assert project.document_count() == 0


def test_an_explicit_encoding_is_used(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("خبر".encode("cp1256"))
    project.import_paths([path], encoding="cp1256")
    assert texts(project) == ["خبر"]


def test_progress_is_reported_per_file(project: Project, tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"خبر {i}", encoding="utf-8")
    seen: list[tuple[int, int]] = []
    project.import_paths([tmp_path], progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]


@pytest.mark.shared
def test_the_seed_articles_import_as_their_decoded_text(project: Project, shared_dir: Path) -> None:
    seeds = sorted((shared_dir / "seeds").glob("*.txt"))
    report = project.import_paths(seeds)
    assert len(report.added) == 5
    for path, doc_id in zip(seeds, report.added, strict=True):
        expected = path.read_bytes().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
        assert project.document(doc_id).text == expected

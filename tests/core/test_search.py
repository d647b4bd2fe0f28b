"""Project search: orthography-insensitive, clitic-aware, exact offsets in the original text."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator.core.project import Project
from annotator.core.search import SearchError
from annotator.core.text import normalize


def hits(project: Project, query: str) -> list[str]:
    result = project.search(query)
    return [project.document(d.doc_id).text[a:b] for d in result.documents for a, b in d.hits]


def test_searching_turkey_finds_it_after_proclitics_with_its_own_offsets(project: Project) -> None:
    text = "دعم لتركيا وتركيا والتركيا تركيا"
    doc, _ = project.add_document(text)
    result = project.search("تركيا")
    (found,) = result.documents
    assert found.doc_id == doc
    assert found.hits == ((5, 10), (12, 17), (21, 26), (27, 32))
    assert [text[a:b] for a, b in found.hits[:2]] == ["تركيا", "تركيا"]


def test_searching_without_harakat_finds_the_word_with_its_harakat(project: Project) -> None:
    project.add_document("قال مُحَمَّدٌ إنه سيعود")
    assert hits(project, "محمد") == ["مُحَمَّدٌ"]


def test_hamza_and_teh_marbuta_forms_are_folded(project: Project) -> None:
    project.add_document("زار الرئيس انقرة ثم أنقره")
    assert hits(project, "أنقرة") == ["انقرة", "أنقره"]


def test_a_word_inside_another_word_is_not_a_hit(project: Project) -> None:
    project.add_document("الحكومة السورية وسوريا")
    assert hits(project, "سوري") == []
    assert hits(project, "سوريا") == ["سوريا"]


def test_phrases_match_across_spaces_and_clitics(project: Project) -> None:
    project.add_document("اجتمع حلف شمال الأطلسي ثم قال لحلف   شمال الأطلسي")
    assert hits(project, "حلف شمال الاطلسي") == ["حلف شمال الأطلسي", "حلف   شمال الأطلسي"]


def test_presentation_form_text_is_found_by_a_plain_query(project: Project) -> None:
    project.add_document("ﻻ ﺗﺮﻛﻴﺎ")  # as pasted from a PDF
    assert hits(project, "تركيا") == ["ﺗﺮﻛﻴﺎ"]


def test_the_limit_keeps_the_first_documents_and_says_so(project: Project) -> None:
    for i in range(5):
        project.add_document(f"تركيا {i}")
    result = project.search("تركيا", limit=2)
    assert [d.doc_id for d in result.documents] == [1, 2]
    assert result.truncated and result.candidate_documents == 5


def test_a_query_without_letters_is_refused(project: Project) -> None:
    with pytest.raises(SearchError, match="needs letters or digits"):
        project.search("،؟")


@pytest.mark.shared
def test_turkey_is_found_inside_li_turkey_in_the_seed_articles(project: Project, shared_dir: Path) -> None:
    project.import_paths(sorted((shared_dir / "seeds").glob("*.txt")))
    result = project.search("تركيا")
    found = []
    for d in result.documents:
        text = project.document(d.doc_id).text
        for a, b in d.hits:
            assert normalize(text[a:b]) == "تركيا"
            if text[a - 1] == "ل":
                found.append(text[a - 1 : b])
    assert "لتركيا" in found

"""The sample knowledge base: complete in four languages, and searchable."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from caredraft.knowledge_base.loader import load_path
from caredraft.settings import SAMPLE_KB_DIR

LANGUAGES = ("en", "ru", "bg", "fa")


@pytest.fixture(scope="module")
def documents():
    docs, errors = load_path(SAMPLE_KB_DIR)
    assert errors == []
    return docs


def test_every_policy_exists_in_all_four_languages_with_the_same_sections(documents):
    sections: dict[str, dict[str, set[str]]] = defaultdict(dict)
    for doc in documents:
        sections[doc.doc_id][doc.language] = {c.passage_id for c in doc.chunks}
    assert len(sections) >= 12
    for doc_id, by_language in sections.items():
        assert set(by_language) == set(LANGUAGES), doc_id
        english = by_language["en"]
        for language in LANGUAGES:
            assert by_language[language] == english, (doc_id, language)


def test_figures_agree_across_translations(documents):
    """Later checks verify drafts quote figures correctly, so every translation of a section
    must carry the same numbers."""
    figures: dict[str, dict[str, list[str]]] = defaultdict(dict)
    persian_digits = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
    for doc in documents:
        for chunk in doc.chunks:
            numbers = re.findall(r"\d+", chunk.text.translate(persian_digits))
            figures[chunk.passage_id][doc.language] = sorted(set(numbers))
    for passage_id, by_language in figures.items():
        for language in LANGUAGES:
            assert by_language[language] == by_language["en"], (passage_id, language, by_language)


@pytest.mark.parametrize("language, question, doc_id", [
    ("en", "you took money from my card twice this month", "refunds"),
    ("ru", "как поменять психолога, мне не подходит мой", "switch-therapist"),
    ("bg", "забравих си паролата и не мога да вляза", "login-app"),
    ("fa", "رسید پرداختم را برای بیمه لازم دارم", "insurance-receipts"),
])
def test_search_finds_the_policy_in_the_customer_language(knowledge_base, language, question, doc_id):
    top = knowledge_base.search(question, language=language, k=3)
    assert doc_id in [p.doc_id for p in top]
    assert top[0].language == language


@pytest.mark.parametrize("country, anchor", [("US", "us"), ("GB", "gb"), ("uk", "gb"), ("RU", "ru"), ("BG", "bg"),
                                             ("IR", "ir"), ("DE", "de"), ("FR", "default"), (None, "default")])
def test_crisis_resources_by_country(knowledge_base, country, anchor):
    resources = knowledge_base.crisis_resources(country=country, language="bg")
    assert [p.id for p in resources] == [f"crisis-resources#{anchor}"]
    assert resources[0].language == "bg"


def test_get_by_citation(knowledge_base):
    assert knowledge_base.get("fa:refunds#double-charges").language == "fa"
    assert knowledge_base.get("refunds#double-charges").language == "en"
    assert knowledge_base.get("en:no-such#thing") is None

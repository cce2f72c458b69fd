"""Ingestion and retrieval on a small knowledge base written by the test: real Chroma in a
temporary folder, real e5 embeddings."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from caredraft.errors import KnowledgeBaseError
from caredraft.knowledge_base.ingest import delete_document, ingest_path, ingest_text
from caredraft.knowledge_base.loader import parse_document
from caredraft.knowledge_base.store import KnowledgeBase
from caredraft.settings import Settings

REFUNDS_EN = textwrap.dedent("""\
    ---
    id: refunds
    title: Refunds and double charges
    language: en
    tags: [billing, refund]
    effective_date: 2026-09-01
    ---
    # Refunds and double charges

    ## Double charges {#double-charges}
    If you were charged twice for the same period, we reverse the duplicate charge within 2 business days.

    ## When you can get a refund {#eligibility}
    New members get a full refund within 14 days of the first payment.
    """)
REFUNDS_RU = textwrap.dedent("""\
    ---
    id: refunds
    title: Возвраты и двойные списания
    language: ru
    tags: [оплата, возврат]
    effective_date: 2026-09-01
    ---
    ## Двойное списание {#double-charges}
    Если с вас дважды списали оплату за один период, мы вернём лишний платёж в течение 2 рабочих дней.
    """)
LOGIN_EN = textwrap.dedent("""\
    ---
    id: login-app
    title: Signing in and app problems
    language: en
    tags: [login, password]
    ---
    ## Resetting your password {#password-reset}
    The password reset link we email you is valid for 60 minutes.
    """)


def write_kb(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def small_kb(tmp_path: Path) -> Path:
    return write_kb(tmp_path / "kb", {"en/refunds.md": REFUNDS_EN, "ru/refunds.md": REFUNDS_RU,
                                     "en/login-app.md": LOGIN_EN})


def test_sections_become_chunks_with_shared_ids_across_languages():
    en, ru = parse_document(REFUNDS_EN, "en.md"), parse_document(REFUNDS_RU, "ru.md")
    assert [c.passage_id for c in en.chunks] == ["refunds#double-charges", "refunds#eligibility"]
    assert [c.passage_id for c in ru.chunks] == ["refunds#double-charges"]
    assert en.chunks[0].key == "en:refunds#double-charges" and ru.chunks[0].key == "ru:refunds#double-charges"
    assert "2 business days" in en.chunks[0].text and en.chunks[0].tags == ("billing", "refund")


@pytest.mark.parametrize("text, problem", [
    ("no front matter here", "no front matter"),
    ("---\nid: x1\ntitle: T\n---\nbody", "lacks language"),
    ("---\nid: [unclosed\n---\nbody", "not valid YAML"),
    ("---\nid: Bad Id\ntitle: T\nlanguage: en\n---\nbody", "must be lowercase"),
    ("---\nid: ok-id\ntitle: T\nlanguage: en\n---\n", "no text"),
    ("---\nid: ok-id\ntitle: T\nlanguage: en\n---\n## A {#a}\nx\n## B {#a}\ny\n", "appears twice"),
])
def test_malformed_documents_name_the_file_and_the_problem(text, problem):
    with pytest.raises(KnowledgeBaseError) as error:
        parse_document(text, "policies/broken.md")
    assert "policies/broken.md" in str(error.value) and problem in str(error.value)


def test_ingest_is_idempotent_and_removed_documents_disappear(settings: Settings, small_kb: Path):
    kb = KnowledgeBase.from_settings(settings)
    first = ingest_path(settings, small_kb, kb=kb)
    assert (first.chunks, first.embedded, first.errors) == (4, 4, [])
    assert kb.store.count() == 4

    again = ingest_path(settings, small_kb, kb=kb)
    assert (again.embedded, again.unchanged, again.deleted) == (0, 4, 0)

    # Edit one section: only that chunk is embedded again.
    (small_kb / "en/refunds.md").write_text(REFUNDS_EN.replace("14 days", "30 days"), encoding="utf-8")
    edited = ingest_path(settings, small_kb, kb=kb)
    assert (edited.embedded, edited.unchanged) == (1, 3)
    assert "30 days" in kb.get("en:refunds#eligibility").text

    (small_kb / "en/login-app.md").unlink()
    removed = ingest_path(settings, small_kb, kb=kb)
    assert removed.deleted == 1 and kb.get("en:login-app#password-reset") is None
    assert kb.store.count() == 3


def test_a_malformed_file_is_reported_and_the_rest_still_ingest(settings: Settings, small_kb: Path):
    kb = KnowledgeBase.from_settings(settings)
    ingest_path(settings, small_kb, kb=kb)
    # Break a file that was ingested before: its chunks must survive, the others still update.
    (small_kb / "en/login-app.md").write_text("---\nid: login-app\n---\noops", encoding="utf-8")
    (small_kb / "en/latin1.md").write_bytes("---\nid: x\n---\ncaf\xe9".encode("latin-1"))
    report = ingest_path(settings, small_kb, kb=kb)
    assert len(report.errors) == 2
    assert any("login-app.md" in e and "lacks" in e for e in report.errors)
    assert any("latin1.md" in e and "UTF-8" in e for e in report.errors)
    assert kb.get("en:login-app#password-reset") is not None  # kept, not pruned
    assert report.documents == 2


def test_ingested_store_persists_across_processes(settings: Settings, small_kb: Path):
    ingest_path(settings, small_kb)
    reopened = KnowledgeBase.from_settings(Settings(data_dir=settings.data_dir))
    assert reopened.store.count() == 4
    assert reopened.search("I was charged twice", language="en", k=1)[0].id == "refunds#double-charges"


def test_search_prefers_customer_language_and_falls_back_for_missing_translations(settings: Settings, small_kb: Path):
    kb = KnowledgeBase.from_settings(settings)
    ingest_path(settings, small_kb, kb=kb)
    hits = kb.search("с меня сняли деньги два раза", language="ru", k=3)
    assert hits[0].citation == "ru:refunds#double-charges"
    # The password policy has no Russian translation: the English section is the fallback.
    hits = kb.search("не могу сбросить пароль, ссылка не работает", language="ru", k=3)
    assert hits[0].citation == "en:login-app#password-reset"
    # Translations of one section never both appear.
    assert len({h.id for h in hits}) == len(hits)
    # An English customer gets English passages only where English exists.
    assert all(h.language == "en" for h in kb.search("refund please", language="en", k=3))


def test_ingest_text_replaces_one_document_and_delete_removes_it(settings: Settings, small_kb: Path):
    kb = KnowledgeBase.from_settings(settings)
    ingest_path(settings, small_kb, kb=kb)
    report = ingest_text(settings, REFUNDS_EN.replace("## When you can get a refund {#eligibility}\n"
                                                      "New members get a full refund within 14 days of the first payment.\n", ""),
                         kb=kb)
    assert report.deleted == 1 and kb.get("en:refunds#eligibility") is None
    assert delete_document(settings, "refunds", kb=kb) == 2  # en + ru
    assert kb.passages(doc_id="refunds") == []
    with pytest.raises(KnowledgeBaseError):
        ingest_text(settings, "not a document", kb=kb)


def test_cli_ingest_and_search(tmp_path: Path, small_kb: Path):
    (small_kb / "en/broken.md").write_text("no front matter", encoding="utf-8")
    cli = [sys.executable, "-m", "caredraft.cli", "--data-dir", str(tmp_path / "d")]
    ingest = subprocess.run([*cli, "kb", "ingest", str(small_kb)], capture_output=True, text=True, timeout=300)
    assert ingest.returncode == 1  # an error was reported...
    assert "broken.md: no front matter" in ingest.stderr
    assert "4 chunks" in ingest.stdout  # ...and the rest still ingested
    search = subprocess.run([*cli, "kb", "search", "my password link expired", "--lang", "en", "-k", "2"],
                            capture_output=True, text=True, timeout=300)
    assert search.returncode == 0, search.stderr
    first = search.stdout.splitlines()[0]
    assert "en:login-app#password-reset" in first and first.startswith("1. [")
    empty = subprocess.run([*cli, "kb", "search", "  "], capture_output=True, text=True, timeout=300)
    assert empty.returncode == 2 and "empty" in empty.stderr


def test_exact_and_chroma_ann_search_agree(settings: Settings, small_kb: Path, monkeypatch):
    """Small knowledge bases are searched exactly in memory, large ones through Chroma's index:
    both paths must rank the same way."""
    from caredraft.knowledge_base import store as store_module

    kb = KnowledgeBase.from_settings(settings)
    ingest_path(settings, small_kb, kb=kb)
    queries = [("I was charged twice", "en"), ("не могу сбросить пароль", "ru"), ("refund please", None)]
    exact = [[(p.citation, p.score) for p in kb.search(q, language=lang, k=3)] for q, lang in queries]
    assert kb._current().vectors is not None
    monkeypatch.setattr(store_module, "EXACT_SEARCH_LIMIT", 0)
    kb.refresh()
    ann = [[(p.citation, p.score) for p in kb.search(q, language=lang, k=3)] for q, lang in queries]
    assert kb._current().vectors is None
    for a, b in zip(exact, ann):
        assert [c for c, _ in a] == [c for c, _ in b]
        assert all(abs(x - y) < 1e-3 for (_, x), (_, y) in zip(a, b))

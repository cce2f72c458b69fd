"""Shared fixtures. Everything here is real: a real Chroma in a temporary folder, the real
multilingual-e5-small embeddings. Fakes, where a test needs one, live beside that test."""

from __future__ import annotations

from pathlib import Path

import pytest

from caredraft.settings import SAMPLE_KB_DIR, Settings


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Fresh settings on an empty data folder."""
    return Settings(data_dir=tmp_path / "data")


@pytest.fixture(scope="session")
def kb_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings whose data folder holds the ingested sample knowledge base (once per session)."""
    from caredraft.knowledge_base.ingest import ingest_path

    settings = Settings(data_dir=tmp_path_factory.mktemp("kb") / "data")
    ingest_path(settings, SAMPLE_KB_DIR)
    return settings


@pytest.fixture(scope="session")
def knowledge_base(kb_settings: Settings):
    from caredraft.knowledge_base.store import KnowledgeBase

    return KnowledgeBase.from_settings(kb_settings)


@pytest.fixture(scope="session")
def pipeline(kb_settings: Settings):
    """The real pipeline on the ingested sample KB, built once for the whole run (API,
    integration and browser tests share it: building it loads the models and the Guard)."""
    from caredraft.pipeline import build_pipeline

    return build_pipeline(kb_settings)


@pytest.fixture(scope="session")
def embedder():
    from caredraft.knowledge_base.embedders import E5Embedder

    return E5Embedder()


@pytest.fixture(scope="session")
def screening_embedder():
    """The tuned screening e5 (guardrails/input/tuned_e5.py, CAREDRAFT_SCREENING_MODEL=tuned).
    Not built from ``embedder``: some modules narrow that fixture's scope."""
    from caredraft.guardrails.screening import in_process_screening_embedder
    from caredraft.settings import Settings

    return in_process_screening_embedder(Settings(screening_model="tuned"))


# -- the test suite's OpenAI-compatible LLM server (tests/llm_server.py) --------------------------
@pytest.fixture(scope="module")
def llm_server():
    """One chat-completions server on 127.0.0.1 per test module."""
    from llm_server import LLMServer

    server = LLMServer().start()
    yield server
    server.stop()


@pytest.fixture
def llm(llm_server):
    """The module's LLM server, emptied for this test; the test must use every answer it scripts."""
    llm_server.reset()
    yield llm_server
    assert llm_server.pending == 0, "the test scripted answers that were never asked for"

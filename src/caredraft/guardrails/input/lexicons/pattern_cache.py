"""Compiled lexicon patterns, kept on disk between runs.

Python's ``re`` parses and compiles a pattern in pure Python. The four lexicons hold about 1,600
patterns, many of them long alternations: compiling them takes about a second, as long as the
e5 engine takes to screen a hundred messages, and every ``caredraft screen`` run, eval or new
API worker paid it at start-up. What the compiler produces (the opcodes ``_sre`` runs, the group
count and names) depends only on the pattern, its flags and the interpreter's regex engine, so it
is kept in one file per language, keyed by the interpreter's version and ``_sre.MAGIC``. A
pattern built from the cache is the object ``re.compile`` builds from the same opcodes
(``_sre.compile`` is the call ``re`` itself ends with, and it refuses malformed opcodes); the
tests compare both on every lexicon pattern.

The cache is an optimisation only: a missing, stale, unreadable or unwritable file, or an
interpreter without these internals, means compiling as ``re`` does. The folder is the user's
cache ($XDG_CACHE_HOME/caredraft/patterns, beside the native e5 engine, which is trusted the
same way); ``CAREDRAFT_PATTERN_CACHE`` names another, or ``off`` turns it off.
"""

from __future__ import annotations

import array
import contextlib
import logging
import marshal
import os
import re
import sys
import threading
from pathlib import Path

from caredraft.user_cache import user_cache_dir

log = logging.getLogger(__name__)

try:  # CPython's own compiler, in the form `re.compile` uses it (3.11-3.13)
    import _sre
    from re import _compiler, _parser

    _CODE_TYPE = next(t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE)
    _TAG = f"py{sys.version_info[0]}{sys.version_info[1]}-sre{_sre.MAGIC}"
except (ImportError, AttributeError, StopIteration):  # another interpreter: compile as usual
    _sre = None
    _TAG = ""

def cache_dir() -> Path | None:
    setting = os.environ.get("CAREDRAFT_PATTERN_CACHE", "")
    if setting.lower() == "off" or _sre is None:
        return None
    return Path(setting) if setting else user_cache_dir("patterns")


class PatternCache:
    """The compiled patterns of one lexicon: ``compile`` each pattern, then ``save`` once."""

    def __init__(self, name: str, folder: Path | None = None) -> None:
        folder = folder if folder is not None else cache_dir()
        self.path = folder / f"{name}.{_TAG}.marshal" if folder is not None and _sre is not None else None
        self._stored = self._read()
        self._used: dict[str, tuple] = {}
        self._new = False

    def compile(self, pattern: str, flags: int = re.UNICODE) -> re.Pattern:
        entry = self._stored.get(pattern)
        if entry is not None:
            try:
                if entry[0] == flags:
                    compiled = _sre.compile(pattern, entry[1], array.array(_CODE_TYPE, entry[2]).tolist(), *entry[3:])
                    self._used[pattern] = entry
                    return compiled
            except Exception as exc:  # a damaged entry (_sre checks the opcodes): compile it afresh
                log.debug("pattern cache entry unusable (%s); compiling", exc)
        if self.path is None:
            return re.compile(pattern, flags)
        parsed = _parser.parse(pattern, flags)  # raises re.error for a bad pattern, as re.compile does
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        entry = (int(flags), int(flags | parsed.state.flags), array.array(_CODE_TYPE, code).tobytes(),
                 parsed.state.groups - 1, groupindex, tuple(indexgroup))
        self._used[pattern] = entry
        self._new = True
        return _sre.compile(pattern, entry[1], list(code), *entry[3:])

    def save(self) -> None:
        """Writes the patterns compiled since loading (and drops the ones no longer used)."""
        if self.path is None or not (self._new or len(self._used) != len(self._stored)):
            return
        partial = self.path.with_name(f".{self.path.name}.{os.getpid()}.{threading.get_ident()}")
        try:  # the partial file is unique per process and thread; the rename is atomic
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(marshal.dumps(self._used))
            os.replace(partial, self.path)  # a concurrent reader sees the old or the new file
        except (OSError, ValueError) as exc:  # a read-only or full disk: the next start compiles again
            log.info("pattern cache not written (%s)", exc)
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)

    def _read(self) -> dict[str, tuple]:
        if self.path is None or not self.path.is_file():
            return {}
        try:
            stored = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError) as exc:
            log.info("pattern cache %s unreadable (%s); compiling", self.path, exc)
            return {}
        return stored if isinstance(stored, dict) else {}

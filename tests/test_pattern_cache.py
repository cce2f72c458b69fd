"""The on-disk cache of compiled lexicon patterns (lexicons/pattern_cache.py): a pattern loaded from
it behaves exactly as ``re.compile``'s, and any trouble with the file means compiling afresh."""

from __future__ import annotations

import importlib
import json
import os
import re
from pathlib import Path

import pytest

from caredraft.guardrails.input import lexicons
from caredraft.guardrails.input.lexicons.pattern_cache import PatternCache
from caredraft.guardrails.input.normalize import normalize

TRAINING = Path(lexicons.__file__).parents[1] / "training" / "train"


def _patterns(language: str) -> list[str]:
    module = importlib.import_module(f"caredraft.guardrails.input.lexicons.{language}")
    return ([r.pattern for r in module.RULES] + [c.pattern for c in module.CLEARERS]
            + [c.context for c in module.CLEARERS if c.context] + [module.NEGATION, module.PAST, module.CURRENT])


def _texts(language: str, count: int = 60) -> list[str]:
    rows = [json.loads(line) for line in (TRAINING / f"{language}.jsonl").read_text(encoding="utf-8").splitlines()]
    return [normalize(r["text"]).text for r in rows[:count]]


@pytest.mark.parametrize("language", lexicons.LANGUAGES)
def test_every_lexicon_pattern_loaded_from_the_cache_matches_as_re_compile_does(tmp_path: Path, language: str) -> None:
    patterns, texts = _patterns(language), _texts(language)
    first = PatternCache(language, tmp_path)
    for pattern in patterns:
        first.compile(pattern)
    first.save()
    assert (tmp_path / first.path.name).is_file()

    second = PatternCache(language, tmp_path)
    assert len(second._stored) == len(set(patterns))  # read back, not compiled again
    hits = 0
    for pattern in patterns:
        cached, fresh = second.compile(pattern), re.compile(pattern, re.UNICODE)
        assert (cached.pattern, cached.flags, cached.groups, cached.groupindex) == \
               (fresh.pattern, fresh.flags, fresh.groups, fresh.groupindex)
        for text in texts:
            spans = [(m.span(), m.groups()) for m in cached.finditer(text)]
            assert spans == [(m.span(), m.groups()) for m in fresh.finditer(text)], (pattern[:80], text[:80])
            hits += bool(spans)
    assert hits > len(texts)  # the rows do match: the comparison is not of empty results
    assert not second._new  # nothing was compiled afresh


def test_a_damaged_file_means_compiling_afresh_and_rewriting_it(tmp_path: Path) -> None:
    cache = PatternCache("xx", tmp_path)
    cache.compile(r"\bkill (?:my|me)self\b")
    cache.save()
    cache.path.write_bytes(b"\x00not marshal at all")
    again = PatternCache("xx", tmp_path)
    assert again.compile(r"\bkill (?:my|me)self\b").search("i want to kill myself")
    again.save()
    assert PatternCache("xx", tmp_path)._stored  # rewritten, readable


def test_a_damaged_entry_is_compiled_afresh(tmp_path: Path) -> None:
    cache = PatternCache("xx", tmp_path)
    cache.compile(r"(a)(b)?c")
    cache.save()
    broken = PatternCache("xx", tmp_path)
    flags, final, code, *rest = broken._stored[r"(a)(b)?c"]
    broken._stored[r"(a)(b)?c"] = (flags, final, code[: len(code) // 2], *rest)  # truncated opcodes: _sre refuses them
    assert broken.compile(r"(a)(b)?c").fullmatch("abc").groups() == ("a", "b")


def test_a_folder_that_cannot_be_written_still_compiles(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = PatternCache("xx", blocker / "patterns")
    assert cache.compile(r"over+dose").search("overrdose")
    cache.save()  # logs, never raises
    assert not (blocker / "patterns").exists()


def test_off_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CAREDRAFT_PATTERN_CACHE", "off")
    cache = PatternCache("xx")
    assert cache.path is None
    assert cache.compile("a|b").match("b")
    cache.save()
    monkeypatch.setenv("CAREDRAFT_PATTERN_CACHE", str(tmp_path))
    assert PatternCache("xx").path.parent == tmp_path


def test_a_bad_pattern_still_fails_loudly_with_its_rule_id(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="xx.rule: bad pattern"):
        lexicons._compile_pattern("(unclosed", "xx.rule", PatternCache("xx", tmp_path))


def test_the_lexicons_load_from_the_cache_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`lexicons.load` writes one file per language and a second process reads it back."""
    import subprocess
    import sys

    code = ("from caredraft.guardrails.input.lexicons import load\n"
            "from caredraft.guardrails.input import crisis_rules\n"
            "lex = load('ru')\n"
            "print(len(lex.rules), bool(crisis_rules.match_rules('я хочу покончить с собой', ['ru'])))\n")
    env = {**os.environ, "CAREDRAFT_PATTERN_CACHE": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    files = list(tmp_path.glob("ru.*.marshal"))
    assert len(files) == 1
    written = files[0].stat().st_mtime_ns
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert first.stdout == second.stdout and first.stdout.split()[1] == "True"
    assert files[0].stat().st_mtime_ns == written  # read, not rewritten

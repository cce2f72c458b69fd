"""The user's cache folder for what caredraft builds once per machine (the native e5 engine, the
compiled lexicon patterns): ``$XDG_CACHE_HOME/caredraft/<name>``, or ``~/.cache/caredraft/<name>``."""

from __future__ import annotations

import os
from pathlib import Path


def user_cache_dir(name: str) -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "caredraft" / name

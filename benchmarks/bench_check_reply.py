"""Reply-check speed: ``caredraft check-reply`` throughput on 1000 replies (target >= 200/s)
and the latency of one ``check`` in process (p50/p95), on the project's own labelled replies
(all four languages, cycled to the requested count).

    .venv/bin/python benchmarks/bench_check_reply.py [--replies 1000]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from caredraft.evals.replies import load_rows

TARGET_PER_SECOND = 200


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--replies", type=int, default=1000)
    args = parser.parse_args()
    rows = load_rows()
    batch = [rows[i % len(rows)] | {"id": f"r{i}"} for i in range(args.replies)]
    lines = [json.dumps({"id": r["id"], "text": r["text"], "lang": r["lang"], "passages": r.get("passages", [])},
                        ensure_ascii=False) for r in batch]

    # 1. In process: one check at a time, after the Guard is built.
    started = time.perf_counter()
    from caredraft.guardrails.output.checker import GuardrailsReplyChecker

    checker = GuardrailsReplyChecker()
    build_seconds = time.perf_counter() - started
    from caredraft.evals.replies import passages_for

    latencies = []
    cpu_started = time.process_time()
    for r in batch:
        passages = passages_for(r)
        t0 = time.perf_counter()
        checker.check(r["text"], language=r["lang"], passages=passages)
        latencies.append((time.perf_counter() - t0) * 1000)
    in_process = len(batch) / (sum(latencies) / 1000)
    # The machine is shared: CPU time per check is the figure that does not depend on the load.
    cpu_ms = (time.process_time() - cpu_started) / len(batch) * 1000

    # 2. The command line, end to end (interpreter start, imports, Guard build included), and
    #    once with a single reply to measure that fixed start-up cost.
    def run_cli(chosen: list[str]) -> tuple[float, int]:
        with tempfile.TemporaryDirectory() as tmp:
            source = Path(tmp) / "replies.jsonl"
            source.write_text("\n".join(chosen) + "\n", encoding="utf-8")
            t0 = time.perf_counter()
            cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            proc = subprocess.run([sys.executable, "-m", "caredraft.cli", "--data-dir", str(Path(tmp) / "data"),
                                   "check-reply", str(source)], capture_output=True, text=True)
            seconds = time.perf_counter() - t0
            cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            raise SystemExit(proc.stderr[-2000:])
        cpu = (cpu1.ru_utime + cpu1.ru_stime) - (cpu0.ru_utime + cpu0.ru_stime)
        return seconds, cpu, len(proc.stdout.splitlines())

    startup, startup_cpu, _ = run_cli(lines[:1])
    cli_seconds, cli_cpu, out = run_cli(lines)
    # On a loaded machine the one-reply run can take longer than the full one; then the wall
    # difference means nothing, and only the CPU figure below is reported.
    steady = (len(batch) - 1) / (cli_seconds - startup) if cli_seconds > startup else float("nan")
    steady_cpu = (len(batch) - 1) / max(1e-9, cli_cpu - startup_cpu)
    print(f"guard build (import guardrails-ai + validators): {build_seconds:.2f} s")
    print(f"check latency over {len(batch)} replies: p50 {percentile(latencies, 0.5):.2f} ms, "
          f"p95 {percentile(latencies, 0.95):.2f} ms, max {max(latencies):.2f} ms")
    print(f"in-process throughput: {in_process:.0f} replies/s (wall); CPU per check {cpu_ms:.2f} ms "
          f"= {1000 / cpu_ms:.0f} replies/s per core")
    print(f"caredraft check-reply on {len(batch)} replies: {cli_seconds:.2f} s wall, {out} lines, "
          f"{len(batch) / cli_seconds:.0f} replies/s including start-up")
    print(f"caredraft check-reply start-up (1 reply): {startup:.2f} s; after start-up: {steady:.0f} replies/s "
          f"wall, {steady_cpu:.0f} replies/s of CPU "
          f"(wall {'meets' if steady >= TARGET_PER_SECOND else 'BELOW'} target {TARGET_PER_SECOND}/s; "
          f"load average now {__import__('os').getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()

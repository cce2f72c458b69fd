"""usage: python cmp.py CHECKPOINT.pt...

Classifier alone, whole message: old (e5 vector -> MLP+softmax) vs fine-tuned, on readable sets.
Recall of crises at the threshold that flags the same number of ordinary rows."""
import sys, os, json, glob, numpy as np, torch
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from e5torch import *
torch.set_num_threads(2)
from caredraft.guardrails.input.classifier import CrisisClassifier
from caredraft.knowledge_base.embedders import E5Embedder
PENDING = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/caredraft/guardrails/input/training/pending")
# The batches written apart and never trained on (training/pending/README.md).
sets = {s: sorted(glob.glob(f"{PENDING}/*-{s}.jsonl")) for s in ["implied3", "denials", "ninth"]}
rows = []
for s, files in sets.items():
    for f in files: rows += [dict(json.loads(l), set=s) for l in open(f)]
rows = [r for r in rows if r.get("category")]
crisis = np.array([r["category"] not in ("ordinary", "hostility") for r in rows]); ordi = np.array([r["category"] == "ordinary" for r in rows])
emb = E5Embedder(); clf = CrisisClassifier(emb)
V = np.asarray(emb.embed_queries([r["text"] for r in rows]), dtype=np.float32)
old = clf.model().probabilities(V)[:, :6].sum(1)
cfg, W, _ = load_weights(); model = E5(cfg, W).eval(); tok = Tok()
res = {"old": old}
for ck in sys.argv[1:]:
    c = torch.load(ck); K = c["K"]
    m2 = E5(cfg, W).eval()
    top = torch.nn.ModuleList([m2.layers[l] for l in range(K, 12)]); top.load_state_dict(c["top"])
    head = torch.nn.Linear(384, 8); head.load_state_dict(c["head"])
    P = []
    with torch.no_grad():
        seqs = [tok(r["text"])[:255] for r in rows]
        for s in range(0, len(seqs), 64):
            ids, mask = batchify(seqs[s:s + 64], cfg["pad"]); x = m2.run(m2.embed(ids, mask), mask)
            m = mask.float()[..., None]; P.append(torch.softmax(head((x * m).sum(1) / m.sum(1)), -1).numpy())
    res[os.path.basename(ck)] = np.concatenate(P)[:, :6].sum(1)
print("n crisis", crisis.sum(), "n ordinary", ordi.sum())
for name, p in res.items():
    line = [name]
    for t in (0.5, 0.7):
        line.append(f"t{t}: rec {int((p[crisis] >= t).sum())} fp {int((p[ordi] >= t).sum())}")
    for nfp in (20, 40, 80):
        thr = np.sort(p[ordi])[::-1][nfp - 1]
        line.append(f"@fp{nfp}: rec {int((p[crisis] > thr).sum())}")
    print(" | ".join(line))
    for s in sets:
        sel = np.array([r["set"] == s for r in rows])
        print("   ", s, f"rec@.5 {int((p[crisis & sel] >= .5).sum())}/{int((crisis & sel).sum())} fp@.5 {int((p[ordi & sel] >= .5).sum())}/{int((ordi & sel).sum())}")

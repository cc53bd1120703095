#!/usr/bin/env python3
"""Does the primer S0 stall because its augmented copies carry stale labels? A probe of online labelling.

    for s in 0 1 2; do python benchmarks/s0_online.py 10000 $s; done > benchmarks/s0-online-n10000.jsonl

Per seed, with the current defaults (N = 10K, the scout-guided set against the shipped fmnist-lenet5 teacher,
LeNet-5 S0 trained 30 epochs, SGD lr 0.05 cosine, batch 100) one JSON line per row:

- `offline`: what the pipeline does — the student sees shifted copies of D with the labels of the stored images
  (a shift changes the teacher's label of 45% of priors, `benchmarks/shift_stability.py`).
- `online shift 1/8`: the teacher labels every augmented batch the student sees. Every one of those labels is a
  query, counted by the oracle: 30 epochs × N on top of the 1.25·N that built D. This reading — the teacher
  answers what the student is shown — is how most KD code is written; the paper never reports its queries.
- `online shift 1/4`: the same with larger shifts, which online labels make safe.

The queries are reported per row; none of these rows is a preset."""
import json, sys, time
import torch, torch.nn.functional as F
from dipkd.distill import HardCE
from s0_common import Probe

N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
P = Probe(); oracle = P.oracle()
x, y, _ = P.guided_set(N, seed, oracle=oracle)
q_build = oracle.queries

class OnlineCE(torch.nn.Module):
    "Cross-entropy against the oracle's labels of the augmented batch itself (every image a query)."
    def __init__(self, oracle): super().__init__(); self.oracle = oracle
    def forward(self, logits, batch): return F.cross_entropy(logits, self.oracle(batch['x']))

for name, loss, kw in (('offline', HardCE(), {}), ('online shift 1/8', OnlineCE(oracle), {}), ('online shift 1/4', OnlineCE(oracle), dict(shift=0.25))):
    t0, q0 = time.time(), oracle.queries
    m = P.train_s0(x, y, seed, loss, **kw)
    print(json.dumps({'row': name, 'N': N, 'seed': seed, 'queries': q_build + oracle.queries - q0,
                      'real_acc': P.score(m)['S0_acc'], 's': round(time.time() - t0)}), flush=True)

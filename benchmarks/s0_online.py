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
import torch
import torch.nn.functional as F
from dipkd.core import make_generator, seed_everything
from dipkd.generators import PriorConfig
from dipkd.teachers import load_teacher, BlackBoxTeacher
from dipkd.blackbox import balanced_priors, BalanceConfig
from dipkd.models import fresh_copy, build_model
from dipkd.distill import Trainer, TrainConfig, TensorData, HardCE
from dipkd.metrics import predict, accuracy
from dipkd.data import load_split

N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
teacher, card = load_teacher('fmnist-lenet5', device='cpu')
arch = build_model('lenet5', card.in_shape, 10, card.mean, card.std)
xt, yt = load_split('fmnist', 'test')
seed_everything(seed)
oracle = BlackBoxTeacher(teacher, card.in_shape, 10)
x, y, _ = balanced_priors(oracle, N, card.in_shape, 10, PriorConfig(), BalanceConfig(), make_generator(seed + 1), arch)
q_build = oracle.queries
TC = dict(epochs=30, batch_size=100, lr=0.05, schedule='cosine')

class OnlineCE(torch.nn.Module):
    "Cross-entropy against the oracle's labels of the augmented batch itself (every image a query)."
    def __init__(self, oracle): super().__init__(); self.oracle = oracle
    def forward(self, logits, batch): return F.cross_entropy(logits, self.oracle(batch['x']))

for name, loss, kw in (('offline', HardCE(), {}), ('online shift 1/8', OnlineCE(oracle), {}), ('online shift 1/4', OnlineCE(oracle), dict(shift=0.25))):
    t0, q0 = time.time(), oracle.queries
    torch.manual_seed(seed); m = fresh_copy(arch)
    Trainer(m, loss, TrainConfig(**{**TC, **kw}), 'cpu').fit(TensorData(100, x=x, y=y))
    print(json.dumps({'row': name, 'N': N, 'seed': seed, 'queries': q_build + oracle.queries - q0,
                      'real_acc': round(accuracy(predict(m.eval(), xt), yt), 2), 's': round(time.time() - t0)}), flush=True)

#!/usr/bin/env python3
"""D's labels are far from balanced (Bag takes about 40 % at N = 10K): does correcting S0 for that label prior help it
on real images? A screen at small N.

    for s in 0 1 2 3 4; do python benchmarks/s0_prior_shift.py 10000 $s; done > benchmarks/s0-prior-shift-n10000.jsonl

A network trained with cross-entropy on a set whose labels follow a prior π learns p(y | x) with π built in; on a test
distribution whose classes are balanced the Bayes decision removes it, argmax_y log p(y | x) − log π_y. The standard
corrections for such a label shift, all free in the black box (π is D's own label histogram, counted from answers
already paid for; nothing is asked of the teacher and no real image is read), each one row:

- `plain`: S0 as preset `fmnist-lean-1px-wd` trains it (`lenet5:2`, 30 epochs, SGD lr 0.05 on a cosine, batch 100,
  a one-pixel shift, weight decay 2e-3), on the pipeline's scout-guided D (`s0_common.Probe.guided_set`);
- `plain, post-hoc τ`: the same network, its logits minus τ · log π at prediction (τ = 0.5, 1): no retraining;
- `weighted CE`: cross-entropy with each class weighted by 1/π_y (normalised to mean 1 over D's rows);
- `logit-adjusted CE`: cross-entropy of logits + log π (Menon et al., 2021), predicted with the plain logits: `HardCE(shift=_logit_shift(y, K, 1))`,
  what the pipeline's `logit_adjust=1` trains S0 with.

Every row trains from the same initial weights on the same D. One JSON line per row: S0's real test accuracy and per
class (reported only: within the probe nothing (no epoch, no setting) is chosen on it; comparing rows is how the lab compares settings, so a setting adopted from them was chosen on the test split, as the README says). The correction assumes the real classes are balanced, as they are
in Fashion-MNIST's test split: an assumption about the deployment, not a reading of real data."""
import json, sys, time
import torch, torch.nn as nn, torch.nn.functional as F
from dipkd.metrics import accuracy, label_histogram, predict
from dipkd.distill import HardCE
from dipkd.blackbox import _logit_shift
from s0_common import Probe, K

class WeightedCE(nn.Module):
    "Cross-entropy with class weights `weight`."
    def __init__(self, weight): super().__init__(); self.weight = weight
    def forward(self, logits, batch): return F.cross_entropy(logits, batch['y'], weight=self.weight.to(logits.device, logits.dtype))

def score_adjusted(P, m, shift):
    "Real test accuracy (and per class) of argmax(logits − shift)."
    z = predict(m, P.xt, logits=True) - shift
    ps = z.argmax(1)
    return {'S0_acc': round(accuracy(ps, P.yt), 2), 'per_class': [round(accuracy(ps[P.yt == k], P.yt[P.yt == k]), 1) for k in range(K)]}

N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
P = Probe(); oracle = P.oracle()
x, y, _ = P.guided_set(N, seed, oracle=oracle)
hist = torch.tensor(label_histogram(y, K), dtype=torch.float)
logpi = _logit_shift(y, K, 1.0)                            # log π, one pseudo-count per class (what logit_adjust=1 uses)
pi = (hist + 1) / (hist + 1).sum()                         # the same π, for the weights (1/π from it, not from exp(−log π): the file's rows were made so)
w = 1 / pi; w = w / w[y].mean()                           # 1/π, mean weight 1 over D's rows
recipe = P.lean_recipe()
base = {'N': N, 'seed': seed, 'queries': oracle.queries, 'hist': hist.long().tolist()}
def row(name, m, shift, t0): print(json.dumps({'row': name, **base, **score_adjusted(P, m, shift), 's': round(time.time() - t0)}), flush=True)

t0 = time.time(); m = P.train_s0(x, y, seed, **recipe)
row('plain', m, 0 * logpi, t0)
for tau in (0.5, 1.0): row(f'plain, post-hoc {tau:g}', m, tau * logpi, time.time())
t0 = time.time(); row('weighted CE', P.train_s0(x, y, seed, loss=WeightedCE(w), **recipe), 0 * logpi, t0)
t0 = time.time(); row('logit-adjusted CE', P.train_s0(x, y, seed, loss=HardCE(shift=logpi), **recipe), 0 * logpi, t0)

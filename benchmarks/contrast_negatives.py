#!/usr/bin/env python3
"""Does contrast meet its own objective, and does it matter? The bank's negatives, stale or fresh, at N = 10K.

    for s in 0 1 2; do python benchmarks/contrast_negatives.py 10000 $s >> benchmarks/contrast-negatives-n10000.jsonl; done

Phase 2 contrasts each image against negatives from a per-index bank. With `negatives='embeddings'` (the paper's)
the bank keeps R's outputs, and a slot is refreshed only when its image comes up in a batch: once a pass, so during
the default two passes every negative was embedded by an older R, in the first pass by the untrained one. R can
then lower the loss by moving away from its own past outputs, without telling images apart. `negatives='features'`
(ours) keeps S0's backbone features instead (S0 is frozen, so they go stale only by the pixels' own small steps)
and puts them through today's R at every step. `fresh_loss` is the InfoNCE of one fixed batch against negatives
all embedded by the current S0 and R, before contrast and after each pass: the loss the bank stands in for.

Per seed: the scout-guided D and the probes' S0 (`s0_common.Probe`, the same D and S0 as the other probes' default
rows), then for each row the contrasted set, its teacher labels (N queries, diagnostic, outside any run's budget),
the share of labels contrast changed, S0's mean pairwise feature cosine on the set, and a LeNet-5 student trained
on it with the paper's phase-3 loss (CE on the labels + L1 to S0's logits, weight 1 each) on the probes' recipe, from
the seed's initial weights. The `none` row trains the same student on D itself: what contrast adds at all."""
import json, sys, time
import torch, torch.nn.functional as F
from dipkd.core import make_generator
from dipkd.contrastive import ContrastConfig, contrast
from dipkd.distill import HardCE, LogitL1, LossSum
from dipkd.metrics import predict, label_histogram
from s0_common import Probe, K

def mean_cos(m, x, n=2000):
    "S0's mean pairwise cosine between the features of n images (lower: more spread)."
    with torch.no_grad(): f = F.normalize(m.eval().features(x[:n]), dim=1)
    s = f @ f.t(); return round(((s.sum() - s.diag().sum()) / (len(s) * (len(s) - 1))).item(), 4)

N, seed = int(sys.argv[1]), int(sys.argv[2])
P = Probe(); t0 = time.time()
x, y, _ = P.guided_set(N, seed)
s0 = P.train_s0(x, y, seed); s0_acc = P.score(s0)['S0_acc']
for row in ('none', 'embeddings', 'features'):
    t = time.time(); rec = {}
    if row == 'none': xc, yc = x, y
    else:
        xc, rec = contrast(x, s0, ContrastConfig(negatives=row), gen=make_generator(seed + 7))
        yc = P.oracle()(xc)
    student = P.train_s0(xc, yc, seed, loss=lambda m: LossSum(ce=HardCE(), l1=LogitL1(s0)))
    print(json.dumps({'N': N, 'seed': seed, 'row': row, 'S0_acc': s0_acc, 'S_acc': P.score(student)['S0_acc'],
                      'labels_changed': round(100 * (yc != y).float().mean().item(), 2), 'pixel_change': round(rec.get('pixel_change', 0.0), 4),
                      'loss_first_last': [round(rec['contrast_loss'][0], 3), round(rec['contrast_loss'][-1], 3)] if rec else None,
                      'fresh_loss': [round(v, 3) for v in rec['fresh_loss']] if rec else None,
                      'feature_cos': mean_cos(s0, xc), 'hist': label_histogram(yc, K), 's': round(time.time() - t)}), flush=True)

#!/usr/bin/env python3
"""Does the primer S0 carry more of the teacher to real images with another weight decay? A screen at small N.

    for s in 0 1 2 3 4; do python benchmarks/s0_weight_decay.py 10000 $s; done >> benchmarks/s0-weight-decay-n10000.jsonl

Every training in the package uses SGD with the paper's weight decay, 5e-4, and no stop had varied it. Priors are
not real images: S0 fits the teacher's answers on noise-like pictures, and how much of what it learns carries to
real images may depend on how strongly it is held to simple functions. Per N and seed, the pipeline's scout-guided D
(`s0_common.Probe.guided_set`, the same D for every row) and S0 as preset `fmnist-lean-1px` trains it (`lenet5:2`,
30 epochs, SGD lr 0.05 on a cosine, batch 100, a one-pixel shift), from the same initial weights, with weight decay
5e-4 (the preset), 0, 2e-3 and 5e-3. One JSON line per row: test accuracy of S0 (reported only:
within the probe nothing (no epoch, no setting) is chosen on it; comparing rows is how the lab compares settings, so a setting adopted from them was chosen on the test split, as the README says) and seconds. No row is a preset; no query is asked beyond the 1.25·N that built D."""
import json, sys, time
from dipkd.models import build_model
from s0_common import Probe, K

N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
P = Probe(); oracle = P.oracle()
x, y, _ = P.guided_set(N, seed, oracle=oracle)
wide = build_model('lenet5:2', P.card.in_shape, K, P.card.mean, P.card.std)
for wd in (5e-4, 0.0, 2e-3, 5e-3):
    t0 = time.time()
    m = P.train_s0(x, y, seed, arch=wide, shift=0.04, weight_decay=wd)
    print(json.dumps({'row': f'weight decay {wd:g}', 'weight_decay': wd, 'N': N, 'seed': seed, 'queries': oracle.queries,
                      'S0_acc': P.score(m)['S0_acc'], 's': round(time.time() - t0)}), flush=True)

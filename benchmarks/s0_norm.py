#!/usr/bin/env python3
"""How much does the student lean on the teacher's input normalisation? A probe for the black-box setting.

    for s in 0 1 2; do python benchmarks/s0_norm.py 10000 $s; done > benchmarks/s0-norm-n10000.jsonl

`distill()` builds every student with the teacher card's mean and std (Fashion-MNIST's 0.286 / 0.353). A strict
black box tells the student only the input shape and K, and those two numbers are statistics of the real training
images. Per seed: the scout-guided D at N = 10K against the shipped teacher, then S0 (LeNet-5, 30 epochs, SGD
lr 0.05 cosine, batch 100, shift 1/8) built with the card's normalisation (what the pipeline does) and with a
neutral one (mean 0.5, std 0.5: what [0, 1] images alone suggest), both on the same D (built with the card's
normalisation in the scout, as the pipeline does)."""
import json, sys, time
from dipkd.models import build_model
from s0_common import Probe, K

N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
P = Probe()
x, y, _ = P.guided_set(N, seed)   # one D for both rows, its scout normalised as the card says
for name, mean, std in (('teacher card (0.286 / 0.353)', P.card.mean, P.card.std), ('neutral (0.5 / 0.5)', (0.5,), (0.5,))):
    t0 = time.time(); arch = build_model('lenet5', P.card.in_shape, K, mean, std)
    m = P.train_s0(x, y, seed, arch=arch)   # the same initial weights for both rows
    print(json.dumps({'row': name, 'N': N, 'seed': seed, 'S0_acc': P.score(m)['S0_acc'], 's': round(time.time() - t0)}), flush=True)

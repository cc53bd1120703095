#!/usr/bin/env python3
"""Does a primer with more capacity read the teacher's labels on priors better? A probe, no extra queries.

    python benchmarks/s0_capacity.py 10000 0 > benchmarks/s0-capacity-n10000.jsonl
    for s in 1 2; do python benchmarks/s0_capacity.py 10000 $s lenet5,lenet5:2; done >> benchmarks/s0-capacity-n10000.jsonl
    for s in 0 1 2; do python benchmarks/s0_capacity.py 10000 $s lenet5:3,lenet5:4; done >> benchmarks/s0-capacity-n10000.jsonl

(AlexNet takes about thirty times as long as LeNet-5 on two CPU cores, 787 s against 26 s, so it was run for seed 0 only.)

The black-box setting lets the student side choose any architecture for the primer S0 (the final student stays
LeNet-5). Per seed, the same scout-guided D (N = 10K, 12,500 queries) and the same 30-epoch S0 recipe, with three
primers: LeNet-5 (the defaults; pairs with the other probes), LeNet-5 at twice the width, and the small AlexNet;
later LeNet-5 at three and four times the width (the last command above).
Each row reports the primer's Fashion-MNIST test accuracy and its agreement with the teacher on 10K fresh priors
drawn the same way (a diagnostic, labelled outside the oracle and read like the test split: for reporting only).
None of these rows is a preset."""
import json, sys, time
import torch
from dipkd.core import make_generator
from dipkd.generators import PriorConfig, make_priors
from dipkd.models import build_model
from dipkd.metrics import predict, agreement
from s0_common import Probe, K

N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
ARCHS = sys.argv[3].split(',') if len(sys.argv) > 3 else ['lenet5', 'lenet5:2', 'alexnet']   # primers to train

if __name__ == '__main__':
    P = Probe(); oracle = P.oracle()
    x, y, _ = P.guided_set(N, seed, oracle=oracle)
    xf = make_priors(10_000, P.card.in_shape, PriorConfig(), make_generator(10_000 + seed))   # fresh priors (diagnostic, outside the oracle)
    with torch.no_grad(): yf = predict(P.teacher, xf)
    for spec in ARCHS:
        t0 = time.time()
        arch = build_model(spec, P.card.in_shape, K, P.card.mean, P.card.std)
        m = P.train_s0(x, y, seed, arch=arch)
        print(json.dumps({'row': spec, 'N': N, 'seed': seed, 'params': sum(p.numel() for p in m.parameters()), 'queries': oracle.queries,
                          'real_acc': P.score(m)['S0_acc'], 'fresh_agree': round(agreement(m, yf, xf), 2), 's': round(time.time() - t0)}), flush=True)

#!/usr/bin/env python3
"""Does the primer S0 stall because its augmented copies carry stale labels? A probe of online labelling.

    for s in 0 1 2; do python benchmarks/s0_online.py 10000 $s 'offline|online shift 1/8|online shift 1/4'; done > benchmarks/s0-online-n10000.jsonl
    for s in 0 1 2; do python benchmarks/s0_online.py 50000 $s 'fresh share 0.1, random|fresh share 0.1, smallest margin|fresh share 0.03, random|fresh share 0.03, smallest margin'; done > benchmarks/s0-fresh-n50000.jsonl
    for s in 3 4; do python benchmarks/s0_online.py 50000 $s 'offline|fresh share 0.1, random|fresh share 0.03, random'; done >> benchmarks/s0-fresh-n50000.jsonl
    python benchmarks/s0_online.py 50000 0 'fresh in the last 3 epochs|fresh in the last 10 epochs|offline, no shift' >> benchmarks/s0-fresh-n50000.jsonl
    for s in 1 2; do python benchmarks/s0_online.py 50000 $s 'offline, no shift'; done >> benchmarks/s0-fresh-n50000.jsonl

Per N (10K by default) and seed, with the current defaults (the scout-guided set against the shipped fmnist-lenet5 teacher,
LeNet-5 S0 trained 30 epochs, SGD lr 0.05 cosine, batch 100) one JSON line per row:

- `offline`: what the pipeline does — the student sees shifted copies of D with the labels of the stored images
  (a shift changes the teacher's label of 45% of priors, `benchmarks/shift_stability.py`).
- `online shift 1/8`: the teacher labels every augmented batch the student sees. Every one of those labels is a
  query, counted by the oracle: 30 epochs × N on top of the 1.25·N that built D. This reading — the teacher
  answers what the student is shown — is how most KD code is written; the paper never reports its queries.
- `online shift 1/4`: the same with larger shifts, which online labels make safe.
- `fresh share f, random`: between `offline` and `online shift 1/8`: in each batch a share f of the shifted views, drawn at random, get the
  teacher's answer; the rest keep their stored label. f = 0.1 asks 3·N more queries over the 30 epochs, f = 0.03 0.9·N.
- `fresh share f, smallest margin`: the same number of queries, spent on the views where S0 itself (free: it is ours)
  is least sure, its top-1 minus top-2 probability smallest — active learning inside the training loop.
- `fresh in the last 3 epochs` / `… 10 epochs`: 3·N (as many as `fresh share 0.1`) or 10·N queries, all spent at
  the end: every view of the last 3 or 10 of the 30 epochs gets the teacher's answer. The question: is it the late
  epochs, when a network fits what is left of its labels one by one, that the stale labels spoil?
- `offline, no shift`: the stored labels on the stored images only: no stale label, and no shifted view.

The queries are reported per row (those that built D included); none of these rows is a preset. At N = 50K the
`online shift 1/8` row is `s0_softlabel.py`'s `teacher top-1 labels, per view` (same D, same S0 weights)."""
import json, sys, time
from dipkd.distill import HardCE
from s0_common import Probe, OnlineCE, S0_RECIPE

N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
P = Probe(); oracle = P.oracle()
x, y, _ = P.guided_set(N, seed, oracle=oracle)
q_build = oracle.queries

late = lambda k: (S0_RECIPE['epochs'] - k) * -(-N // S0_RECIPE['batch_size'])   # training steps before the last k epochs
only = sys.argv[3].split('|') if len(sys.argv) > 3 else None     # optional: run only these rows (names joined by '|')
for name, loss, kw in (('offline', HardCE(), {}), ('online shift 1/8', OnlineCE(oracle), {}), ('online shift 1/4', OnlineCE(oracle), dict(shift=0.25)),
                       ('fresh share 0.1, random', OnlineCE(oracle, 0.1, seed=seed), {}), ('fresh share 0.03, random', OnlineCE(oracle, 0.03, seed=seed), {}),
                       ('fresh share 0.1, smallest margin', OnlineCE(oracle, 0.1, 'margin'), {}), ('fresh share 0.03, smallest margin', OnlineCE(oracle, 0.03, 'margin'), {}),
                       ('fresh in the last 3 epochs', OnlineCE(oracle, start=late(3)), {}), ('fresh in the last 10 epochs', OnlineCE(oracle, start=late(10)), {}),
                       ('offline, no shift', HardCE(), dict(shift=0.0))):
    if only and name not in only: continue
    t0, q0 = time.time(), oracle.queries
    m = P.train_s0(x, y, seed, loss, **kw)
    print(json.dumps({'row': name, 'N': N, 'seed': seed, 'queries': q_build + oracle.queries - q0,
                      'real_acc': P.score(m)['S0_acc'], 's': round(time.time() - t0)}), flush=True)

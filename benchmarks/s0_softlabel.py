#!/usr/bin/env python3
"""Is it the labels or the images? S0 trained on the same priors with the teacher's hard labels (the black box)
and, as a white-box DIAGNOSTIC ONLY, with the teacher's full softened outputs.

    for s in 0 1 2; do python benchmarks/s0_softlabel.py 10000 $s 'hard labels (default)|teacher soft labels, per view|teacher soft labels, no shift|teacher soft labels, raw priors'; done > benchmarks/s0-softlabel-n10000.jsonl
    for s in 0 1 2; do python benchmarks/s0_softlabel.py 50000 $s 'hard labels (default)|teacher soft labels, per view'; done > benchmarks/s0-softlabel-n50000.jsonl
    for s in 0 1 2; do python benchmarks/s0_softlabel.py 10000 $s 'hard labels, S0 lenet5:3|teacher soft labels, per view, S0 lenet5:3'; done   # not run yet
    for s in 0 1 2; do python benchmarks/s0_softlabel.py 50000 $s 'hard labels, label smoothing 0.1|hard labels, label smoothing 0.4'; done > benchmarks/s0-smoothing-n50000.jsonl
    for s in 0 1 2; do python benchmarks/s0_softlabel.py 50000 $s 'teacher top-1 labels, per view'; done > benchmarks/s0-perview-n50000.jsonl

Per N (10K by default) and seed, with the shared probe recipe of `s0_common.py`, one JSON line per row:

- `hard labels (default)`: the pipeline's scout-guided D and S0 as every N = 10K probe trains it.
- `teacher soft labels, per view`: the same images and initial weights, but the loss is the KL to the teacher's
  softmax at τ = 4 (Hinton KD), the teacher run on every augmented (shifted) batch. This is not black-box: it reads
  the teacher's probabilities, which DIP-KD never sees. It bounds what better labels alone could give on these images.
- `teacher soft labels, no shift`: the same without the shift augmentation.
- `teacher soft labels, raw priors`: N priors straight from the prior (no balancing, no queries), soft labels per view:
  whether balancing matters once the labels carry everything.
- `hard labels, S0 lenet5:3` and `teacher soft labels, per view, S0 lenet5:3`: the first two rows with an S0 three
  times as wide (the primer width that has paid in the pipeline): how capacity and better labels combine.
- `hard labels, label smoothing ε`: black box again, the top-1 labels softened by label smoothing (ε spread evenly
  over the classes): whether a softer target on the same labels recovers part of what the teacher's probabilities give.
- `teacher top-1 labels, per view`: black box, the control for the soft rows' extra answers: the oracle's top-1 label
  of every shifted view S0 is shown (`s0_online.py`'s online row), 30 epochs × N queries on top of those that built D.
  Between it and `teacher soft labels, per view` only the kind of answer differs; between it and the default row,
  only how many answers there are (one for every view, so no label is stale).

If soft labels lift S0 far above hard labels, the priors hold more of the teacher's behaviour than their top-1 labels
convey (how much a top-1 label tells still depends on the image); if they do not, the priors themselves are the limit."""
import json, sys, time
import torch
from dipkd.core import make_generator
from dipkd.generators import PriorConfig, make_priors
from dipkd.distill import SoftKD, HardCE
from dipkd.models import build_model
from s0_common import Probe, OnlineCE

N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
only = sys.argv[3].split('|') if len(sys.argv) > 3 else None     # optional: run only these rows (names joined by '|')
p = Probe()
x, y, rep = p.guided_set(N, seed)
raw = make_priors(N, p.card.in_shape, PriorConfig(), make_generator(20_000 + seed))
kd = lambda: SoftKD(4.0, p.teacher)
for name, xs, loss, kw in (('hard labels (default)', x, None, {}), ('teacher soft labels, per view', x, kd(), {}),
                           ('teacher soft labels, no shift', x, kd(), dict(shift=0.0)), ('teacher soft labels, raw priors', raw, kd(), {}),
                           ('hard labels, S0 lenet5:3', x, None, dict(arch='lenet5:3')), ('teacher soft labels, per view, S0 lenet5:3', x, kd(), dict(arch='lenet5:3')),
                           ('hard labels, label smoothing 0.1', x, HardCE(0.1), {}), ('hard labels, label smoothing 0.4', x, HardCE(0.4), {}),
                           ('teacher top-1 labels, per view', x, OnlineCE(p.oracle()), {})):
    if only and name not in only: continue
    t0 = time.time()
    q0 = loss.oracle.queries if isinstance(loss, OnlineCE) else None
    if 'arch' in kw: kw = {**kw, 'arch': build_model(kw['arch'], p.card.in_shape, 10, p.card.mean, p.card.std)}   # built here: only its rows draw from the global RNG (train_s0 reseeds before copying it)
    m = p.train_s0(xs, y, seed, loss, **kw)       # y is unused by the KL rows (the loss reads only the teacher)
    print(json.dumps({'row': name, 'N': N, 'seed': seed, 'white_box': isinstance(loss, SoftKD), **p.score(m), **({} if q0 is None else {'queries_per_view': loss.oracle.queries - q0}), 's': round(time.time() - t0)}), flush=True)

#!/usr/bin/env python3
"""Sharpness-aware minimisation (SAM, Foret et al. 2021) for the primer and for a student trained on the priors' top-1
labels: a lever on the optimiser, not the data, that the lab had not tried. The lab's diagnosis is that the priors
leave a model's behaviour on real clothes underdetermined (each initialisation fills the gap its own way); SAM prefers
flat minima, which is known to help under label noise and distribution shift, so it might fill that gap more like the
teacher does. A screen at small N:

    for s in 0 1 2 3 4; do python benchmarks/s0_sam.py 10000 $s; done > benchmarks/s0-sam-n10000.jsonl

Every row trains on the pipeline's scout-guided D (`s0_common.Probe.guided_set`) with the recipe of preset
`fmnist-lean-1px-wd` (30 epochs, SGD lr 0.05 on a cosine, batch 100, a one-pixel shift, weight decay 2e-3), from the
same initial weights per seed and architecture:

- `primer plain` / `primer sam r`: S0, `lenet5:2` (the first is the row `plain` of `s0_robust.py`, to the digit);
- `student plain` / `student sam r`: a LeNet-5 trained with CE on D's labels (the pipeline's student, before contrast);
- `sam r`: each step first moves the weights by r·g/‖g‖ (g the batch's gradient), takes the gradient there on the same
  augmented batch, moves back and lets SGD step with it (so each step costs two passes).

One JSON line per row: real test accuracy and per class (reported only: within the probe nothing (no epoch, no setting) is chosen on it; comparing rows is how the lab compares settings, so a setting adopted from them was chosen on the test split, as the README says)."""
import json, sys, time
import torch
from dipkd.distill import Trainer
from dipkd.models import build_model
from s0_common import Probe

def sam_step(rho:float):
    "A `Trainer._train_step` that takes SAM's gradient (no mixup, no clipping: the probe uses neither)."
    def step(self, batch):
        batch = {k: v.to(self.device) for k, v in batch.items()}
        batch['x'] = self.augment(batch['x'].float(), self.aug_gen)
        ps = self._params()
        logits = self.model(batch['x']); loss = self.loss(logits.float(), batch)
        g = torch.autograd.grad(loss, ps)
        scale = rho / (torch.sqrt(sum((gi ** 2).sum() for gi in g)) + 1e-12)
        with torch.no_grad():
            es = [gi * scale for gi in g]
            for p, e in zip(ps, es): p.add_(e)
        self.opt.zero_grad(set_to_none=True)
        self.loss(self.model(batch['x']).float(), batch).backward()
        with torch.no_grad():
            for p, e in zip(ps, es): p.sub_(e)
        self.opt.step(); self.sched.step()
        self.batch, self.logits = batch, logits.detach()
        return loss.detach()
    return step

N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
names = sys.argv[3].split('|') if len(sys.argv) > 3 else ['primer plain', 'primer sam 0.05', 'student plain', 'student sam 0.05', 'student sam 0.2']
P = Probe(); oracle = P.oracle()
x, y, _ = P.guided_set(N, seed, oracle=oracle)
recipe = P.lean_recipe()
plain_step = Trainer._train_step
for name in names:
    who, kind, *v = name.split()
    if who not in ('primer', 'student') or kind not in ('plain', 'sam'): raise SystemExit(f"unknown row {name!r}")
    t0 = time.time()
    r = {**recipe, **({'arch': build_model('lenet5', P.card.in_shape, 10, P.card.mean, P.card.std)} if who == 'student' else {})}
    Trainer._train_step = sam_step(float(v[0])) if kind == 'sam' else plain_step
    try: m = P.train_s0(x, y, seed, **r)
    finally: Trainer._train_step = plain_step
    print(json.dumps({'row': name, 'N': N, 'seed': seed, 'queries': oracle.queries, **P.score(m), 's': round(time.time() - t0)}), flush=True)

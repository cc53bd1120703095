#!/usr/bin/env python3
"""Two augmentations of the primer's images that the lab had not tried: the paper's colour jitter (listed among its
augmentations, strength unstated; off in every preset here, as the images are grey), and a random Gaussian blur (ours:
priors carry fine noise that real clothes lack, so a primer that must also answer from their coarse shape might carry
over to real images better). The teacher's label stays the one it gave the unaugmented image, as for the shift.
A screen at small N:

    (for s in 0 1 2 3 4; do python benchmarks/s0_blur_jitter.py 10000 $s; done
     for s in 5 6 7 8 9; do python benchmarks/s0_blur_jitter.py 10000 $s 'plain|jitter 0.2'; done) > benchmarks/s0-blur-jitter-n10000.jsonl

The pipeline's own test of the jitter, at N = 10K on five seeds, is `bash benchmarks/dipkd_fmnist.sh jitter10k`.

Every row trains S0 as preset `fmnist-lean-1px-wd` does (`lenet5:2`, 30 epochs, SGD lr 0.05 on a cosine, batch 100, a
one-pixel shift, weight decay 2e-3) on the pipeline's scout-guided D (`s0_common.Probe.guided_set`), from the same
initial weights, and adds one augmentation:

- `plain`: none (the row `plain` of `s0_robust.py`, which this file must reproduce to the digit);
- `jitter j`: the trainer's brightness and contrast jitter, factors from [1 − j, 1 + j] (`TrainConfig.jitter`);
- `blur s`: after the trainer's augmentation, each batch blurred with a 5×5 Gaussian of σ drawn from U[0, s] (one σ a
  batch, from the probe's own stream), on half of the batches; at test time no blur.

One JSON line per row: S0's real test accuracy and per class (reported only: within the probe nothing (no epoch, no setting) is chosen on it; comparing rows is how the lab compares settings, so a setting adopted from them was chosen on the test split, as the README says)."""
import json, sys, time
import torch, torch.nn as nn, torch.nn.functional as F
from s0_common import Probe

class TrainBlur(nn.Module):
    "The model, with its input blurred in training mode: on half of the batches, a 5×5 Gaussian of σ ~ U[0, s]."
    def __init__(self, model, s:float, seed:int):
        super().__init__(); self.model, self.s, self.gen = model, s, torch.Generator().manual_seed(seed)
    def forward(self, x):
        if self.training and torch.rand((), generator=self.gen) < 0.5:
            sigma = max(float(torch.rand((), generator=self.gen)) * self.s, 1e-3)
            g = torch.exp(-torch.arange(-2, 3, dtype=x.dtype) ** 2 / (2 * sigma ** 2)); g = g / g.sum()
            k = (g[:, None] * g[None, :]).expand(x.shape[1], 1, 5, 5)
            x = F.conv2d(F.pad(x, (2, 2, 2, 2), mode='replicate'), k, groups=x.shape[1])
        return self.model(x)

N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
names = sys.argv[3].split('|') if len(sys.argv) > 3 else ['plain', 'jitter 0.2', 'jitter 0.4', 'blur 1', 'blur 2']
P = Probe(); oracle = P.oracle()
x, y, _ = P.guided_set(N, seed, oracle=oracle)
recipe = P.lean_recipe()
for name in names:
    kind, _, v = name.partition(' ')
    if kind not in ('plain', 'jitter', 'blur'): raise SystemExit(f"unknown row {name!r}")
    t0 = time.time()
    extra = {'jitter': float(v)} if kind == 'jitter' else {'wrap': lambda m: TrainBlur(m, float(v), seed)} if kind == 'blur' else {}
    m = P.train_s0(x, y, seed, **recipe, **extra)
    print(json.dumps({'row': name, 'N': N, 'seed': seed, 'queries': oracle.queries, **P.score(m), 's': round(time.time() - t0)}), flush=True)

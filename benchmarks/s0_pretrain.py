#!/usr/bin/env python3
"""Self-supervised pre-training on free priors: does a backbone that first learns to tell priors apart (SimCLR,
no teacher and no query) make a better primer from the same top-1 labels?

    for s in 0 2; do python benchmarks/s0_pretrain.py 10000 $s 'hard labels (default)|simclr 50000x10|simclr 50000x30'; done > benchmarks/s0-pretrain-n10000.jsonl
    python benchmarks/s0_pretrain.py 10000 1 'hard labels (default)|simclr 50000x10' >> benchmarks/s0-pretrain-n10000.jsonl   # (the committed file holds its lines in seed order)

Per N (10K by default) and seed, with the shared probe recipe of `s0_common.py`, one JSON line per row:

- `hard labels (default)`: the pipeline's scout-guided D and S0 as every N = 10K probe trains it (pairs with the
  other probes' default rows to the digit).
- `simclr P×E`: S0's backbone is first trained for E epochs with the NT-Xent loss (SimCLR: two augmented views of
  each image, the other images of the batch as negatives, a two-layer projection head thrown away afterwards) on P
  fresh priors that the teacher never sees, then the whole network trains on D with the same recipe, labels and
  head initialisation as the default row. Queries: the same 1.25·N as the default row.

Priors carry no label, so pre-training is free in the black box. It can only help if features that separate priors
from each other are also features a student of the teacher needs; the lab's diagnosis says the primer's trouble is
that priors leave its behaviour on clothes underdetermined, and a prior on the backbone is one way to fill that in."""
import json, sys, time
import torch, torch.nn as nn, torch.nn.functional as F
from dipkd.core import make_generator
from dipkd.generators import PriorConfig, make_priors
from dipkd.models import fresh_copy
from dipkd.distill import Trainer, TrainConfig, TensorData, HardCE, BatchAugment
from s0_common import Probe, S0_RECIPE

N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
rows = sys.argv[3].split('|') if len(sys.argv) > 3 else ['hard labels (default)', 'simclr 50000x10']

def simclr(model, x, epochs:int, seed:int, bs:int=256, tau:float=0.2, lr:float=1e-3):
    "Train `model.backbone` in place with NT-Xent on the images `x` (two views: shift 1/8 and jitter 0.4)."
    g = make_generator(40_000 + seed); torch.manual_seed(40_000 + seed)
    d = model.feature_dim
    proj = nn.Sequential(nn.Linear(d, d), nn.ReLU(), nn.Linear(d, 64))
    aug = BatchAugment(shift=0.125, jitter=0.4)
    opt = torch.optim.Adam(list(model.backbone.parameters()) + list(proj.parameters()), lr)
    model.train(); losses = []
    for _ in range(epochs):
        perm = torch.randperm(len(x), generator=g); tot = 0.0
        for i in range(0, len(x) - bs + 1, bs):
            xb = x[perm[i:i + bs]]
            z = F.normalize(proj(model.features(torch.cat([aug(xb, g), aug(xb, g)]))), dim=1)
            sim = z @ z.t() / tau
            sim.fill_diagonal_(float('-inf'))
            tgt = torch.cat([torch.arange(bs, 2 * bs), torch.arange(bs)])
            loss = F.cross_entropy(sim, tgt)
            opt.zero_grad(); loss.backward(); opt.step(); tot += loss.item()
        losses.append(round(tot / (len(x) // bs), 3))
    return losses

p = Probe()
x, y, rep = p.guided_set(N, seed)
for name in rows:
    t0 = time.time(); extra = {}
    torch.manual_seed(seed); m = fresh_copy(p.arch)        # the default row's initial weights (head included)
    rng = torch.get_rng_state()                             # the training's own draws, as train_s0 makes them
    if name.startswith('simclr '):
        P, E = map(int, name.split()[1].split('x'))
        head0 = {k: v.clone() for k, v in m.head.state_dict().items()}
        free = make_priors(P, p.card.in_shape, PriorConfig(), make_generator(30_000 + seed))   # no query: never shown to the teacher
        extra['pretrain_loss'] = simclr(m, free, E, seed)
        m.head.load_state_dict(head0)
    elif name != 'hard labels (default)': raise SystemExit(f'unknown row {name!r}')
    torch.set_rng_state(rng)
    Trainer(m, HardCE(), TrainConfig(**S0_RECIPE), 'cpu').fit(TensorData(100, x=x, y=y))
    print(json.dumps({'row': name, 'N': N, 'seed': seed, 'queries': rep['queries'], **p.score(m.eval()), **extra, 's': round(time.time() - t0)}), flush=True)

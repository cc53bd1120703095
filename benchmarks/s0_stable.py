#!/usr/bin/env python3
"""Would priors whose teacher label survives a small shift make a better primer? A white-box diagnostic, not a method.

    (python benchmarks/s0_stable.py 10000 0 'defaults|stable 2|stable 4'; python benchmarks/s0_stable.py 10000 0 'cstable 4'
     for s in 1 2; do python benchmarks/s0_stable.py 10000 $s 'defaults|cstable 4'; done) > benchmarks/s0-stable-n10000.jsonl

(the recorded file, in that order). Verdict, in `nbs/tutorials/dipkd_lab.ipynb`: steadier labels, no better primer.

The teacher keeps its top-1 label under a shift of up to 1/8 of the side for 55 % of priors but 88 % of real images
(`shift_stability.py`), and balancing keeps the rare classes, whose priors are the most fragile (`label_stability.py`).
If the priors on which the teacher answers as steadily as on clothes are the ones that teach a student about clothes,
keeping only those should lift S0. Here `stable F` draws F times as many priors as asked for, asks the teacher itself
(white box, outside any oracle and budget: a diagnostic of whether the idea is worth a black-box method) for its top-1
label on each and on four copies shifted by up to two pixels (`BatchAugment(1/16)`, the trainer's zero-fill shift),
and keeps the ones whose label the most copies share (ties in the generator's random order). Since that moves the
classes' shares (the steadiest priors are mostly *Bag*), `cstable F` keeps the steadiest 1/F within each of the
teacher's classes instead, so the scout-guided balancing starts from the classes' usual shares. Rows per seed
(`s0_common.prior_rows`): the scout-guided D at N = 10K built from those priors (1.25·N oracle queries, as always) and
S0 (LeNet-5, 30 epochs, SGD lr 0.05 cosine, batch 100, shift 1/8). Each row also reports how many of D's labels a
fresh two-pixel shift would change (`fragile`, the teacher again, diagnostic)."""
import math
import torch
from s0_common import rows_main
from dipkd.core import make_generator
from dipkd.distill import BatchAugment
from dipkd.generators import make_priors
from dipkd.metrics import predict
from dipkd.teachers import load_teacher

TEACHER = load_teacher('fmnist-lenet5', device='cpu')[0].eval()
VIEWS, SHIFT = 4, 1 / 16

def agreeing_views(x:torch.Tensor, gen)->torch.Tensor:
    "Per image, how many of VIEWS copies shifted by up to SHIFT of the side keep the teacher's top-1 label (0..VIEWS)."
    y, aug = predict(TEACHER, x), BatchAugment(SHIFT, False, 0.0)
    return sum((predict(TEACHER, aug(x, gen)) == y).long() for _ in range(VIEWS))

def stable(factor:float):
    "`make_priors` that draws `factor`× as many priors and keeps the n whose teacher label survives the most shifted copies."
    def make(n, shape, cfg=None, gen=None):
        x = make_priors(math.ceil(factor * n), shape, cfg, gen)
        score = agreeing_views(x, gen).float() + 0.5 * torch.rand(len(x), generator=gen, device=x.device)   # ties: at random
        return x[score.topk(n).indices.sort().values]
    return make

def class_stable(factor:float):
    """The same within each of the teacher's classes: of `factor`× as many priors, keep in every class the most stable
    1/factor of the priors the teacher puts there, so the classes keep the shares plain priors give them."""
    def make(n, shape, cfg=None, gen=None):
        x = make_priors(math.ceil(factor * n), shape, cfg, gen)
        y, score = predict(TEACHER, x), agreeing_views(x, gen).float() + 0.5 * torch.rand(len(x), generator=gen, device=x.device)
        q = torch.empty(len(x))                                          # each prior's rank within its class, as a share (0 = most stable)
        for c in y.unique():
            i = torch.nonzero(y == c)[:, 0]; order = score[i].argsort(descending=True)
            q[i[order]] = torch.arange(len(i), dtype=torch.float) / len(i)
        return x[(-q + 1e-3 * torch.rand(len(x), generator=gen)).topk(n).indices.sort().values]
    return make

def fragile(x:torch.Tensor)->dict:
    "The share of D's labels a fresh shift of up to two pixels changes (the teacher again, diagnostic)."
    return {'fragile_pct': round(100 * (1 - agreeing_views(x, make_generator(7)).float().mean().item() / VIEWS), 1)}

if __name__ == '__main__': rows_main({'stable': stable, 'cstable': class_stable}, ['defaults', 'cstable 4'], fragile)

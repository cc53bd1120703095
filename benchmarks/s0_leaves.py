#!/usr/bin/env python3
"""Would a prior made of parts do better than textures? A probe with dead-leaves images beside the paper's priors.

    for s in 0 1 2; do python benchmarks/s0_leaves.py 10000 $s; done > benchmarks/s0-leaves-n10000.jsonl

The paper's priors are textures (noise at many scales, warped, then cut-mixed along one smooth mask with another
texture or, for half of them, one flat colour): they have no layered parts. The dead-leaves model (Lee, Mumford and
Huang, 2001; used as a pre-training prior by Baradad et al., NeurIPS 2021) is made of nothing else: flat grey shapes
(ellipses and rectangles, random orientation and aspect, radii from a power law p(r) ∝ r^-3 on [r_min, r_max]) dropped
one over another. It assumes only that images are made of overlapping parts, not what the parts look like. Two kinds:

- `leaves`: 60 shapes, radii in [1, W/2], over a random grey background (at 32×32 they cover 48 % of it on average,
  27–92 % of single images);
- `parts`: 2-6 larger shapes (radii in [4 px, W/2]; 4 px is W/8 at 32×32) near the centre on a black background (object-like silhouettes
  made of parts).

Rows per seed (`s0_common.prior_rows`): the scout-guided D at N = 10K built from a `share` of the priors replaced by
such images (1.25·N queries) and S0 (LeNet-5, 30 epochs, SGD lr 0.05 cosine, batch 100, shift 1/8). The `defaults`
row is the same D and S0 as the defaults rows of `s0_gamma.py`, so it is left out unless asked for. Not a preset
option: a probe."""
import math
from functools import partial
import torch
from s0_common import partly, rows_main

def _uniform(n, k, lo, hi, gen, dev): return lo + (hi - lo) * torch.rand(n, k, generator=gen, device=dev)

def _power_radii(n, k, r_min, r_max, gen, dev, a:float=3.0):
    "Radii with density ∝ r^-a on [r_min, r_max] (inverse CDF)."
    u = torch.rand(n, k, generator=gen, device=dev); e = 1 - a
    return (r_min ** e + u * (r_max ** e - r_min ** e)) ** (1 / e)

def dead_leaves(n:int, shape:tuple, gen:torch.Generator, k:int=60, k_min:int|None=None, r:tuple=(1.0, 0.5), centre:float=1.0, background:float|None=None, dev=None)->torch.Tensor:
    """n dead-leaves images: k flat shapes (each an ellipse or a rectangle, even odds) painted back to front, so shape 0
    is on top (with `k_min`, each image keeps only its first m ~ U{k_min..k} shapes). `r` = (r_min in pixels, r_max as a
    share of W); centres uniform within `centre`·(H/2, W/2) of the middle; `background` None leaves uncovered pixels at
    a random grey per image, else at that value."""
    C, H, W = shape
    yy, xx = torch.meshgrid(torch.arange(H, device=dev) + 0.5, torch.arange(W, device=dev) + 0.5, indexing='ij')
    cy, cx = H / 2 + centre * H / 2 * _uniform(n, k, -1, 1, gen, dev), W / 2 + centre * W / 2 * _uniform(n, k, -1, 1, gen, dev)
    rad = _power_radii(n, k, r[0], r[1] * W, gen, dev)
    aspect = _uniform(n, k, 0.3, 1.0, gen, dev); theta = _uniform(n, k, 0, math.pi, gen, dev)
    rect = torch.rand(n, k, generator=gen, device=dev) < 0.5
    grey = torch.rand(n, k, C, generator=gen, device=dev)
    bg = torch.rand(n, C, 1, 1, generator=gen, device=dev) if background is None else torch.full((n, C, 1, 1), float(background), device=dev)
    active = torch.arange(k, device=dev) < (torch.randint(k_min, k + 1, (n, 1), generator=gen, device=dev) if k_min else torch.full((n, 1), k, device=dev))
    x = bg.expand(n, C, H, W).clone()
    for j in reversed(range(k)):   # back to front
        dy, dx = yy - cy[:, j, None, None], xx - cx[:, j, None, None]
        c, s = theta[:, j].cos()[:, None, None], theta[:, j].sin()[:, None, None]
        u, v = (dx * c + dy * s) / rad[:, j, None, None], (dy * c - dx * s) / (rad[:, j, None, None] * aspect[:, j, None, None])
        inside = torch.where(rect[:, j, None, None], torch.maximum(u.abs(), v.abs()), (u * u + v * v).sqrt()) <= 1
        inside = inside & active[:, j, None, None]
        x = torch.where(inside[:, None], grey[:, j, :, None, None], x)
    return x

def kinds(dev=None)->dict:
    "The two kinds of dead-leaves image, as functions of (n, shape, gen)."
    return {'leaves': lambda n, shape, gen: dead_leaves(n, shape, gen, dev=dev),
            'parts': lambda n, shape, gen: dead_leaves(n, shape, gen, k=6, k_min=2, r=(4.0, 0.5), centre=0.5, background=0.0, dev=dev)}

def replaced(kind:str, share:float):
    "`make_priors` with a `share` of its images replaced by dead-leaves images of `kind`."
    return partly(share, lambda x, gen: kinds(x.device)[kind](len(x), tuple(x.shape[1:]), gen))

if __name__ == '__main__':
    rows_main({kind: partial(replaced, kind) for kind in ('leaves', 'parts')}, ['leaves 1', 'leaves 0.5', 'parts 1', 'parts 0.5'])

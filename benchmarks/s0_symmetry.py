#!/usr/bin/env python3
"""Are the priors missing the clothes' mirror symmetry? A probe that mirrors the left half of each prior onto the right.

    for s in 0 1 2; do python benchmarks/s0_symmetry.py 10000 $s; done > benchmarks/s0-symmetry-n10000.jsonl

Seven of Fashion-MNIST's ten classes (*T-shirt*, *Trouser*, *Pullover*, *Dress*, *Coat*, *Shirt*, *Bag*) are shown
roughly left-right symmetric, and the shoes are not; the priors have no symmetry at all. Here a `share` of the priors
leaving `make_priors` has its left half mirrored onto its right (`x[..., W - 1 - j] = x[..., j]` for j < W/2), which
assumes only that objects are often symmetric, not what they look like. Rows per seed (`s0_common.prior_rows`): the
scout-guided D at N = 10K built from those priors (1.25·N queries) and S0 (LeNet-5, 30 epochs, SGD lr 0.05 cosine,
batch 100, shift 1/8). The `defaults` row is the same D and S0 as the defaults rows of `s0_gamma.py` and
`s0_silhouette.py`, so it is left out unless asked for. Not a preset option: a probe."""
import torch
from s0_common import partly, rows_main

def mirror(x:torch.Tensor)->torch.Tensor:
    "The left half of each image mirrored onto its right (`x[..., W - 1 - j] = x[..., j]` for j < W/2)."
    W = x.shape[-1]; left = x[..., :W // 2]
    return torch.cat([left, x[..., W // 2:W - W // 2], left.flip(-1)], -1)

def mirrored(share:float):
    "`make_priors` with a `share` of the images mirrored (the same generator chooses them)."
    return partly(share, lambda x, gen: mirror(x))

if __name__ == '__main__': rows_main({'mirror': mirrored}, ['mirror 1', 'mirror 0.5'])

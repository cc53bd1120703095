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
import sys
import torch
from dipkd.generators import make_priors
from s0_common import Probe, prior_rows

def mirrored(share:float):
    "`make_priors` with the left half of a `share` of the images mirrored onto the right (the same generator draws both)."
    def make(n, shape, cfg=None, gen=None):
        x = make_priors(n, shape, cfg, gen)
        W = x.shape[-1]; left = x[..., :W // 2]
        sym = torch.cat([left, left.flip(-1)], -1) if W % 2 == 0 else torch.cat([left, x[..., W // 2:W // 2 + 1], left.flip(-1)], -1)
        keep = torch.rand(n, 1, 1, 1, generator=gen, device=x.device) < share
        return torch.where(keep, sym, x)
    return make

if __name__ == '__main__':
    N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    rows = sys.argv[3].split('|') if len(sys.argv) > 3 else ['mirror 1', 'mirror 0.5']
    prior_rows(Probe(), N, seed, {name: None if name == 'defaults' else mirrored(float(name.split()[1])) for name in rows})

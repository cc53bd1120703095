#!/usr/bin/env python3
"""Are the priors too bright? A probe that darkens them with a random gamma before the teacher sees them.

    for s in 0 1 2; do python benchmarks/s0_gamma.py 10000 $s; done > benchmarks/s0-gamma-n10000.jsonl

Real Fashion-MNIST images are mostly black background (mean intensity 0.286); our priors span [0, 1] with a
mean near 0.5. Here every prior leaving `make_priors` is raised to a power γ drawn per image (γ = 1 keeps it):
`x ** γ` keeps 0 and 1 and pushes mid-greys towards black. Rows per seed, each with the scout-guided D at N = 10K
built from the darkened priors (1.25·N queries) and S0 (LeNet-5, 30 epochs, SGD lr 0.05 cosine, batch 100,
shift 1/8): `γ = 1` (the defaults), `γ ~ U[1, 2]`, `γ ~ U[1, 3]`. Not a preset option: a probe."""
import sys
import torch
from dipkd.generators import make_priors
from s0_common import Probe, prior_rows

def darkened(hi):
    "`make_priors` followed by x ** γ, γ ~ U[1, hi] per image (drawn from the same generator)."
    def make(n, shape, cfg=None, gen=None):
        x = make_priors(n, shape, cfg, gen)
        return x.clamp(0, 1) ** (1 + (hi - 1) * torch.rand(n, 1, 1, 1, generator=gen, device=x.device))
    return make

if __name__ == '__main__':
    N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    prior_rows(Probe(), N, seed, {name: darkened(hi) if hi > 1 else None
                                  for name, hi in (('gamma 1 (defaults)', 1.0), ('gamma U[1, 2]', 2.0), ('gamma U[1, 3]', 3.0))})

#!/usr/bin/env python3
"""Are the priors the wrong *shape*? A probe that cuts each prior to a centred silhouette on a black background.

    for s in 0 1 2; do python benchmarks/s0_silhouette.py 10000 $s; done > benchmarks/s0-silhouette-n10000.jsonl

The teacher's priors of a class look nothing like the class's clothes (nb10, *Class by class*): they fill the frame
with texture, while Fashion-MNIST shows one object in the middle of a black frame. Here every prior leaving
`make_priors` is multiplied by a mask: a superellipse centred within ±`shift` of the middle, semi-axes ~ U[lo, hi] of
the side, exponent p ~ U[2, 6] (round to boxy), its edge moved by smooth noise and softened by a sigmoid; black
outside. That assumes only that the task shows one centred object, not what it looks like. With `share` < 1 only that
share of the priors is cut. Rows per seed, each with the scout-guided D at N = 10K built from those priors
(1.25·N queries) and S0 (LeNet-5, 30 epochs, SGD lr 0.05 cosine, batch 100, shift 1/8, `s0_common`). Not a preset
option: a probe."""
import torch, torch.nn.functional as F
from s0_common import partly, rows_main

def silhouette(n:int, hw:tuple, gen:torch.Generator, lo:float=0.25, hi:float=0.48, shift:float=0.06, wobble:float=0.15)->torch.Tensor:
    "(n, 1, H, W) soft masks in [0, 1]: a centred superellipse with a noisy edge."
    H, W = hw; dev = gen.device
    u = lambda a, b: a + (b - a) * torch.rand(n, 1, 1, 1, generator=gen, device=dev)
    ys = torch.linspace(-0.5, 0.5, H, device=dev).view(1, 1, H, 1); xs = torch.linspace(-0.5, 0.5, W, device=dev).view(1, 1, 1, W)
    cy, cx, a, b, p = u(-shift, shift), u(-shift, shift), u(lo, hi), u(lo, hi), u(2, 6)
    r = ((xs - cx).abs() / a) ** p + ((ys - cy).abs() / b) ** p
    r = r ** (1 / p)
    noise = F.interpolate(torch.randn(n, 1, 4, 4, generator=gen, device=dev), size=(H, W), mode='bicubic', align_corners=False)
    return torch.sigmoid((1 - r - wobble * noise) / 0.03)

def cut(share:float):
    "`make_priors` followed by a silhouette mask on a `share` of the images (the same generator draws both)."
    return partly(share, lambda x, gen: x * silhouette(len(x), x.shape[-2:], gen))

if __name__ == '__main__': rows_main({'silhouette': cut}, ['defaults', 'silhouette 1', 'silhouette 0.5'])

#!/usr/bin/env python3
"""Are the priors too bright? A probe that darkens them with a random gamma before the teacher sees them.

    for s in 0 1 2; do python benchmarks/s0_gamma.py 10000 $s; done > benchmarks/s0-gamma-n10000.jsonl

Real Fashion-MNIST images are mostly black background (mean intensity 0.286); our priors span [0, 1] with a
mean near 0.5. Here every prior leaving `make_priors` is raised to a power γ drawn per image (γ = 1 keeps it):
`x ** γ` keeps 0 and 1 and pushes mid-greys towards black. Rows per seed, each with the scout-guided D at N = 10K
built from the darkened priors (1.25·N queries) and S0 (LeNet-5, 30 epochs, SGD lr 0.05 cosine, batch 100,
shift 1/8): `γ = 1` (the defaults), `γ ~ U[1, 2]`, `γ ~ U[1, 3]`. Not a preset option: a probe."""
import json, sys, time
import torch
import dipkd.blackbox as bb
from dipkd.core import make_generator, seed_everything
from dipkd.generators import PriorConfig, make_priors
from dipkd.teachers import load_teacher, BlackBoxTeacher
from dipkd.blackbox import balanced_priors, BalanceConfig
from dipkd.models import fresh_copy, build_model
from dipkd.distill import Trainer, TrainConfig, TensorData, HardCE
from dipkd.metrics import predict, accuracy, label_histogram, histogram_entropy
from dipkd.data import load_split

N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
teacher, card = load_teacher('fmnist-lenet5', device='cpu')
arch = build_model('lenet5', card.in_shape, 10, card.mean, card.std)
xt, yt = load_split('fmnist', 'test')

def darkened(hi):
    def make(n, shape, cfg=None, gen=None, stages=False):
        x = make_priors(n, shape, cfg, gen)
        g = 1 + (hi - 1) * torch.rand(n, 1, 1, 1, generator=gen, device=x.device)
        return x.clamp(0, 1) ** g
    return make

for name, hi in (('gamma 1 (defaults)', 1.0), ('gamma U[1, 2]', 2.0), ('gamma U[1, 3]', 3.0)):
    t0 = time.time(); seed_everything(seed)
    bb.make_priors = darkened(hi) if hi > 1 else make_priors
    x, y, rep = balanced_priors(BlackBoxTeacher(teacher, card.in_shape, 10), N, card.in_shape, 10, PriorConfig(), BalanceConfig(), make_generator(seed + 1), arch)
    torch.manual_seed(seed); m = fresh_copy(arch)
    Trainer(m, HardCE(), TrainConfig(epochs=30, batch_size=100, lr=0.05, schedule='cosine'), 'cpu').fit(TensorData(100, x=x, y=y))
    ps = predict(m.eval(), xt); h = label_histogram(y, 10)
    print(json.dumps({'row': name, 'N': N, 'seed': seed, 'queries': rep['queries'], 'mean_intensity': round(x.mean().item(), 3), 'hist': h,
                      'entropy': round(histogram_entropy(h), 2), 'S0_acc': round(accuracy(ps, yt), 2),
                      'per_class': [round(accuracy(ps[yt == k], yt[yt == k]), 1) for k in range(10)], 's': round(time.time() - t0)}), flush=True)

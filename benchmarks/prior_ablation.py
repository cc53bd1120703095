#!/usr/bin/env python3
"""DIP-KD phase 1 ablation over the prior's unstated choices: how they change the primer S0.

    python benchmarks/prior_ablation.py > benchmarks/prior-ablation-n10000.jsonl
N = 10K priors, guided balancing (selection only) against the shipped fmnist-lenet5 teacher, then a LeNet-5
S0 trained 30 epochs (SGD, lr 0.05 cosine, batch 100); one JSON line per variant with its Fashion-MNIST test
accuracy. Variants are stated relative to the first defaults (zoom crop_scale=(0.5, 1.0), no stretch); the
measurements made a plain crop (the paper's reading) and the stretch of hierarchical noise the defaults.
The last three rows were measured with the stretch patched in by hand before it became an option."""
import torch, time, json
from dipkd.core import make_generator, seed_everything
from dipkd.generators import PriorConfig
from dipkd.teachers import load_teacher, BlackBoxTeacher
from dipkd.blackbox import balanced_priors, BalanceConfig, _reinit
from dipkd.models import build_model
from dipkd.distill import Trainer, TrainConfig, TensorData, HardCE
from dipkd.metrics import evaluate

ZOOM = dict(crop_scale=(0.5, 1.0), stretch=False)   # the first defaults: zoom, no stretch
VARIANTS = {'base (zoom 0.5-1)': {}, 'no-elastic': dict(elastic_alpha=0.0), 'no-crop': dict(crop_scale=(1.0, 1.0)),
            'colour0.8': dict(colour_share=0.8), 'mask-sigma3': dict(mask_sigma=3.0), 'no-transform': dict(transform=False),
            'no-cutmix': dict(cutmix=False), 'nocrop+c0.8': dict(crop_scale=(1.0, 1.0), colour_share=0.8),
            'nocrop+c0.8+noel': dict(crop_scale=(1.0, 1.0), colour_share=0.8, elastic_alpha=0.0),
            'nocrop+c0.8+el0.5': dict(crop_scale=(1.0, 1.0), colour_share=0.8, elastic_alpha=17 / 28),
            'nocrop+c1.0': dict(crop_scale=(1.0, 1.0), colour_share=1.0),
            'nocrop + stretch': dict(crop_scale=(1.0, 1.0), stretch=True),
            'nocrop + alpha_scale 3': dict(crop_scale=(1.0, 1.0), alpha_scale=3.0),
            'nocrop + stretch + alpha_scale 3': dict(crop_scale=(1.0, 1.0), stretch=True, alpha_scale=3.0)}

if __name__ == '__main__':
    t, card = load_teacher('fmnist-lenet5', device='cpu')
    arch = build_model('lenet5', (1, 32, 32), 10, card.mean, card.std)
    N = 10000
    for name, kw in VARIANTS.items():
        seed_everything(0); t0 = time.time()
        o = BlackBoxTeacher(t, card.in_shape, 10)
        x, y, rep = balanced_priors(o, N, (1, 32, 32), 10, PriorConfig(**{**ZOOM, **kw}), BalanceConfig('guided'), make_generator(1), arch)
        torch.manual_seed(0); s0 = _reinit(arch)
        Trainer(s0, HardCE(), TrainConfig(epochs=30, batch_size=100, lr=0.05, schedule='cosine'), 'cpu').fit(TensorData(100, x=x, y=y))
        acc = evaluate(s0, 'fmnist', t)
        print(json.dumps({'variant': name, 'N': N, 'queries': o.queries, 'entropy': rep['entropy_bits'],
                          'S0_acc': round(acc['test_acc'], 2), 's': round(time.time() - t0)}), flush=True)

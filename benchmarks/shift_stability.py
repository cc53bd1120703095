#!/usr/bin/env python3
"""How often the teacher keeps its top-1 label when an image is shifted by up to 1/8 of its side (the training
augmentation), on DIP-KD priors and on real test images.

    python benchmarks/shift_stability.py > benchmarks/shift-stability.jsonl

Per seed: the scout-guided N = 10K set with the current defaults (as in `s0_diagnosis.py`) and the real test split,
each shifted once at random (zero fill). Diagnostic teacher calls only, outside any method's budget."""
import json
import torch
from dipkd.core import make_generator, seed_everything
from dipkd.generators import PriorConfig
from dipkd.teachers import load_teacher, BlackBoxTeacher
from dipkd.blackbox import balanced_priors, BalanceConfig
from dipkd.models import build_model
from dipkd.distill import BatchAugment
from dipkd.metrics import predict
from dipkd.data import load_split, to_float

teacher, card = load_teacher('fmnist-lenet5', device='cpu')
arch = build_model('lenet5', card.in_shape, 10, card.mean, card.std)
real = to_float(load_split('fmnist', 'test')[0])
for seed in (0, 1, 2):
    seed_everything(seed)
    x, _, _ = balanced_priors(BlackBoxTeacher(teacher, card.in_shape, 10), 10_000, card.in_shape, 10, PriorConfig(), BalanceConfig(), make_generator(seed + 1), arch)
    out = {'seed': seed, 'shift': 0.125}
    for name, xx in (('priors', x), ('real_test', real)):
        g = torch.Generator().manual_seed(seed)
        out[name] = round(100 * (predict(teacher, xx) == predict(teacher, BatchAugment(0.125)(xx, g))).float().mean().item(), 2)
    print(json.dumps(out), flush=True)

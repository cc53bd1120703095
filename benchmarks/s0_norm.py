#!/usr/bin/env python3
"""How much does the student lean on the teacher's input normalisation? A probe for the black-box setting.

    for s in 0 1 2; do python benchmarks/s0_norm.py 10000 $s; done > benchmarks/s0-norm-n10000.jsonl

`distill()` builds every student with the teacher card's mean and std (Fashion-MNIST's 0.286 / 0.353). A strict
black box tells the student only the input shape and K, and those two numbers are statistics of the real training
images. Per seed: the scout-guided D at N = 10K against the shipped teacher, then S0 (LeNet-5, 30 epochs, SGD
lr 0.05 cosine, batch 100, shift 1/8) built with the card's normalisation (what the pipeline does) and with a
neutral one (mean 0.5, std 0.5: what [0, 1] images alone suggest), both on the same D (built with the card's
normalisation in the scout, as the pipeline does)."""
import json, sys, time
import torch
from dipkd.core import make_generator, seed_everything
from dipkd.generators import PriorConfig
from dipkd.teachers import load_teacher, BlackBoxTeacher
from dipkd.blackbox import balanced_priors, BalanceConfig
from dipkd.models import build_model, fresh_copy
from dipkd.distill import Trainer, TrainConfig, TensorData, HardCE
from dipkd.metrics import predict, accuracy
from dipkd.data import load_split

N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
teacher, card = load_teacher('fmnist-lenet5', device='cpu')
xt, yt = load_split('fmnist', 'test')
scout = build_model('lenet5', card.in_shape, 10, card.mean, card.std)
seed_everything(seed)   # after building the scout, as in the other probes: the same D as theirs
x, y, _ = balanced_priors(BlackBoxTeacher(teacher, card.in_shape, 10), N, card.in_shape, 10, PriorConfig(), BalanceConfig(), make_generator(seed + 1), scout)
for name, mean, std in (('teacher card (0.286 / 0.353)', card.mean, card.std), ('neutral (0.5 / 0.5)', (0.5,), (0.5,))):
    arch = build_model('lenet5', card.in_shape, 10, mean, std)
    t0 = time.time(); torch.manual_seed(seed); m = fresh_copy(arch)   # the same initial weights for both rows
    Trainer(m, HardCE(), TrainConfig(epochs=30, batch_size=100, lr=0.05, schedule='cosine'), 'cpu').fit(TensorData(100, x=x, y=y))
    print(json.dumps({'row': name, 'N': N, 'seed': seed, 'S0_acc': round(accuracy(predict(m.eval(), xt), yt), 2), 's': round(time.time() - t0)}), flush=True)

#!/usr/bin/env python3
"""DIP-KD phase 1 ablation: how the balancing scheme changes the primer S0.

    python benchmarks/balance_ablation.py [N]        (default N = 10000; one JSON line per variant on stdout)
For each scheme: build the labelled set with the shipped fmnist-lenet5 teacher (queries counted by the
oracle), train a LeNet-5 S0 for 30 epochs (SGD, lr 0.05 cosine, batch 100) and report its Fashion-MNIST
test accuracy. Results of the committed run: benchmarks/balance-ablation-n10000.jsonl."""
import torch, time, json, sys
from dipkd.core import make_generator, seed_everything
from dipkd.generators import PriorConfig
from dipkd.teachers import load_teacher, BlackBoxTeacher
from dipkd.blackbox import balanced_priors, BalanceConfig, _reinit
from dipkd.models import build_model
from dipkd.distill import Trainer, TrainConfig, TensorData, HardCE
from dipkd.metrics import evaluate, histogram_entropy
t, card = load_teacher('fmnist-lenet5', device='cpu')
arch = build_model('lenet5', (1,32,32), 10, card.mean, card.std)
N = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
variants = {'none': BalanceConfig('none'), 'rejection': BalanceConfig('rejection'),
            'guided-select': BalanceConfig('guided', guide_steps=0), 'guided-nudge10': BalanceConfig('guided', guide_steps=10),
            'guided-nudge30': BalanceConfig('guided', guide_steps=30)}
for name, bc in variants.items():
    seed_everything(0); t0 = time.time()
    o = BlackBoxTeacher(t, card.in_shape, 10)
    x, y, rep = balanced_priors(o, N, (1,32,32), 10, PriorConfig(), bc, make_generator(1), arch)
    t1 = time.time()
    torch.manual_seed(0); s0 = _reinit(arch)
    Trainer(s0, HardCE(), TrainConfig(epochs=30, batch_size=100, lr=0.05, schedule='cosine'), 'cpu').fit(TensorData(100, x=x, y=y))
    acc = evaluate(s0, 'fmnist', t)
    print(json.dumps({'variant': name, 'N': N, 'queries': o.queries, 'hist': rep['histogram'], 'entropy': rep['entropy_bits'],
                      'S0_acc': round(acc['test_acc'], 2), 'agree': round(acc['agreement'], 2), 'phase1_s': round(t1 - t0), 'train_s': round(time.time() - t1)}), flush=True)

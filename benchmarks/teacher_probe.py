#!/usr/bin/env python3
"""Does the teacher's training recipe decide how far DIP-KD's primer gets? The same probe against any teacher.

    dipkd teacher train --arch lenet5 --dataset fmnist --name fmnist-lenet5-jitter --zoo /tmp/zoo --set epochs=15 --set jitter=0.4
    python benchmarks/teacher_probe.py /tmp/zoo/fmnist-lenet5-jitter.json 0,1,2 >> benchmarks/teacher-probe-n10000.jsonl
    python benchmarks/teacher_probe.py fmnist-lenet5 0,1,2 >> benchmarks/teacher-probe-n10000.jsonl

The paper's NaiveKD (uniform noise, hard labels) reaches 55.11% on its teacher, ours 9.25%: our teacher sends most
noise to one class. A teacher trained with brightness/contrast jitter (the paper lists colour jitter among its
augmentations) has seen grey, low-contrast backgrounds and might answer noise and priors more like it answers
clothes. First line per teacher: its test accuracy and its label histograms (and entropy, bits) on 20K uniform-noise
images and 20K raw priors (diagnostic queries, outside any budget). Then per seed: the scout-guided D at N = 10K
against that teacher, and S0 (LeNet-5, 30 epochs, SGD lr 0.05 cosine, batch 100, shift 1/8) on it: real test
accuracy, agreement with the teacher on the test split, per-class accuracy."""
import json, sys, time
import torch
from dipkd.core import make_generator, seed_everything
from dipkd.generators import PriorConfig, make_priors
from dipkd.teachers import load_teacher, BlackBoxTeacher
from dipkd.blackbox import balanced_priors, BalanceConfig
from dipkd.models import fresh_copy, build_model
from dipkd.distill import Trainer, TrainConfig, TensorData, HardCE
from dipkd.metrics import predict, accuracy, histogram_entropy, label_histogram
from dipkd.data import load_split

tname, seeds = sys.argv[1], [int(s) for s in sys.argv[2].split(',')]
teacher, card = load_teacher(tname, device='cpu')
arch = build_model('lenet5', card.in_shape, 10, card.mean, card.std)
xt, yt = load_split('fmnist', 'test'); pt = predict(teacher, xt)
g = make_generator(999)
hu = label_histogram(predict(teacher, torch.rand(20000, *card.in_shape, generator=g)), 10)
hp = label_histogram(predict(teacher, make_priors(20000, card.in_shape, PriorConfig(), g)), 10)
print(json.dumps({'teacher': tname, 'test_acc': round(accuracy(pt, yt), 2), 'noise_hist': hu, 'noise_H': round(histogram_entropy(hu), 2),
                  'prior_hist': hp, 'prior_H': round(histogram_entropy(hp), 2)}), flush=True)
for seed in seeds:
    t0 = time.time(); seed_everything(seed)
    x, y, _ = balanced_priors(BlackBoxTeacher(teacher, card.in_shape, 10), 10000, card.in_shape, 10, PriorConfig(), BalanceConfig(), make_generator(seed + 1), arch)
    torch.manual_seed(seed); m = fresh_copy(arch)
    Trainer(m, HardCE(), TrainConfig(epochs=30, batch_size=100, lr=0.05, schedule='cosine'), 'cpu').fit(TensorData(100, x=x, y=y))
    ps = predict(m.eval(), xt)
    print(json.dumps({'teacher': tname, 'seed': seed, 'hist': label_histogram(y, 10), 'S0_acc': round(accuracy(ps, yt), 2), 'agree': round(accuracy(ps, pt), 2),
                      'per_class': [round(accuracy(ps[yt == k], yt[yt == k]), 1) for k in range(10)], 's': round(time.time() - t0)}), flush=True)

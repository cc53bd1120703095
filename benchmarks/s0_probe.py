#!/usr/bin/env python3
"""Probes of the primer S0's training recipe at small N: one labelled set per seed, several ways to train on it.

    TEACHER=fmnist-lenet5 ALPHA=1 python benchmarks/s0_probe.py 10000 0,1,2 base,flip,wce,wcesqrt >> benchmarks/s0-probe-n10000.jsonl
    python benchmarks/s0_probe.py 10000 0,1,2 ema,const,ls >> benchmarks/s0-probe-n10000.jsonl
    ALPHA=3 python benchmarks/s0_probe.py 10000 0,1,2 base >> benchmarks/s0-probe-n10000.jsonl
    TEACHER=path/to/fmnist-lenet5-plain.json python benchmarks/s0_probe.py 10000 0,1 base >> benchmarks/s0-probe-n10000.jsonl

Each line: the S0's Fashion-MNIST test accuracy (and with post-hoc logit adjustment la0.5/la1.0, per-class
accuracy, the set's label histogram). The set is built with the prior and balance defaults of the commit
that records the results, except `alpha_scale` (ALPHA): the cache of sets is keyed by that commit and the teacher's weights, so
a set made at another commit, or with a teacher retrained at the same path, is not reused; with local changes, or outside a git
checkout, no set is reused or kept. Base training: LeNet-5, 30 epochs, SGD lr 0.05 cosine,
batch 100. Variants: flip (+ horizontal flips), wce / wcesqrt (class-weighted CE, 1/n and 1/sqrt(n)), ema (weight
average, decay 0.999), const (lr 0.01 constant, the paper's), ls (label smoothing 0.1). The plain teacher was
trained with `dipkd teacher train --arch lenet5 --dataset fmnist --name fmnist-lenet5-plain --set epochs=20
--set lr=0.01 --set schedule=constant --set nesterov=false --set warmup_epochs=0 --set shift=0 --set flip=false
--set batch_size=100` (90.50%): a paper-like recipe without augmentation. Labelled sets are cached in $PROBE_CACHE."""
import json, sys, time, os
import torch, torch.nn.functional as F
from dipkd.core import make_generator, seed_everything, git_commit
from dipkd.generators import PriorConfig
from dipkd.teachers import load_teacher, BlackBoxTeacher, weights_sha256
from dipkd.blackbox import balanced_priors, BalanceConfig
from dipkd.models import fresh_copy, build_model
from dipkd.distill import Trainer, TrainConfig, TensorData, HardCE
from dipkd.metrics import predict, accuracy, label_histogram
from dipkd.data import load_split
from dipkd.distill import Callback
class EMA(Callback):
    def __init__(s, d): s.d = d
    def before_fit(s, t): s.p = [p.detach().clone() for p in t.model.parameters()]
    def after_batch(s, t):
        with torch.no_grad():
            for e, p in zip(s.p, t.model.parameters()): e.mul_(s.d).add_(p.detach(), alpha=1 - s.d)
    def after_fit(s, t):
        with torch.no_grad():
            for e, p in zip(s.p, t.model.parameters()): p.copy_(e)
torch.set_num_threads(2)
CACHE = os.environ.get('PROBE_CACHE', '/tmp/dipkd-probe'); os.makedirs(CACHE, exist_ok=True)
N = int(sys.argv[1]); seeds = [int(s) for s in sys.argv[2].split(',')]; variants = sys.argv[3].split(',')
TN = os.environ.get('TEACHER', 'fmnist-lenet5')
teacher, card = load_teacher(TN, device='cpu')
arch = build_model('lenet5', card.in_shape, 10, card.mean, card.std)
xt, yt = load_split(card.dataset, 'test')
COMMIT = git_commit() or 'nogit'; KEEP = COMMIT != 'nogit' and not COMMIT.endswith('+dirty')   # local edits, or code git cannot name: no set is reused or kept
KEY = f"{COMMIT[:12]}-{weights_sha256(teacher)[:12]}"   # the set's makers: this commit's defaults, this teacher
class WCE(torch.nn.Module):
    def __init__(s, w): super().__init__(); s.w = w
    def forward(s, logits, b): return F.cross_entropy(logits, b['y'], weight=s.w)
for seed in seeds:
    AL = float(os.environ.get('ALPHA', '1'))
    path = f'{CACHE}/D-{TN.replace("/","_")}-{KEY}-{N}-s{seed}' + (f'-a{AL}' if AL != 1 else '') + '.pt'
    if KEEP and os.path.exists(path): d = torch.load(path, map_location='cpu'); x, y = d['x'], d['y']
    else:
        seed_everything(seed); oracle = BlackBoxTeacher(teacher, card.in_shape, 10)
        x, y, rep = balanced_priors(oracle, N, card.in_shape, 10, PriorConfig(alpha_scale=AL), BalanceConfig(), make_generator(seed * 1000 + 1), arch)
        if KEEP: torch.save({'x': x, 'y': y}, path)
    hist = torch.tensor(label_histogram(y, 10)).float()
    for v in variants:
        t0 = time.time(); torch.manual_seed(seed); s0 = fresh_copy(arch)
        tc = dict(epochs=30, batch_size=100, lr=0.05, schedule='cosine'); loss = HardCE()
        if v == 'flip': tc['flip'] = True
        if v == 'wce': loss = WCE(hist.sum() / (10 * hist.clamp(min=1)))
        if v == 'wcesqrt': loss = WCE((hist.sum() / (10 * hist.clamp(min=1))).sqrt())
        if v == 'ls': loss = HardCE(0.1)
        if v == 'noshift': tc['shift'] = 0.0
        if v == 'e60': tc['epochs'] = 60
        cbs = [EMA(0.999)] if v == 'ema' else []
        if v == 'const': tc.update(lr=0.01, schedule='constant')
        if v == 'adam': tc.update(optimizer='adam', lr=1e-3, weight_decay=0)
        Trainer(s0, loss, TrainConfig(**tc), 'cpu', cbs).fit(TensorData(100, x=x, y=y))
        lg = predict(s0, xt, logits=True)
        out = {'N': N, 'seed': seed, 'variant': v, 'acc': round(accuracy(lg.argmax(1), yt), 2)}
        prior = (hist / hist.sum()).clamp(min=1e-4).log()
        for tau in (0.5, 1.0): out[f'la{tau}'] = round(accuracy((lg - tau * prior).argmax(1), yt), 2)
        pc = [round(100 * ((lg.argmax(1) == yt) & (yt == c)).sum().item() / (yt == c).sum().item()) for c in range(10)]
        out.update(per_class=pc, hist=hist.int().tolist(), s=round(time.time() - t0))
        print(json.dumps(out), flush=True)

#!/usr/bin/env python3
"""Per-class real test accuracy of two sets of finished runs' final students, seed by seed. Reporting only: the test split is read once per model.

    python benchmarks/per_class.py NAME_A NAME_B SEEDS     # e.g. dipkd-fmnist-lean-1px-mix20d dipkd-fmnist-lean-1px-mix20d-none 0,1,2,3

Reads benchmarks/runs/NAME-sS (a run or a probe) for each seed and prints, per class, each student's accuracy, the
mean over seeds of each set, and the mean difference A − B, with how many students each set predicts in each class."""
import statistics as st, sys
import torch
from dipkd.data import load_split
from dipkd.methods import load_run
from dipkd.metrics import class_accuracy, predict

def per_class(name:str, seed:int, x, y, k:int)->tuple[list, list]:
    "Per-class accuracy (%) and the prediction histogram of run NAME-sSEED's final student."
    run = load_run(f'benchmarks/runs/{name}-s{seed}'); p = predict(run.model('student'), x)
    return [None if a is None else round(a, 1) for a in class_accuracy(p, y, k)], torch.bincount(p, minlength=k).tolist()   # None: a class the split lacks

if __name__ == '__main__':
    a, b, seeds = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3].split(',')]
    ds = load_run(f'benchmarks/runs/{a}-s{seeds[0]}').result['dataset']
    x, y = load_split(ds, 'test'); k = int(y.max()) + 1
    acc = {a: [], b: []}
    for s in seeds:
        for name in (a, b):
            c, h = per_class(name, s, x, y, k); acc[name].append(c)
            print(f'seed {s} {name}: per class {c}; predicted {h}')
    mean = {n: [None if None in col else round(st.mean(col), 1) for col in zip(*v)] for n, v in acc.items()}
    for n in (a, b): print(f'mean {n}: {mean[n]}')
    print(f'A − B: {[None if None in (u, v) else round(u - v, 1) for u, v in zip(mean[a], mean[b])]}')

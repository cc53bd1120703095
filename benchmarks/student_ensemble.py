#!/usr/bin/env python3
"""How noisy is DIP-KD's student phase within one run, and what would averaging students give? A probe, not a benchmark.

    python benchmarks/student_ensemble.py SRC SEEDS K

For each seed it takes the finished run benchmarks/runs/SRC-sS as it is (its contrasted, re-labelled set and its primer:
no query is asked again) and trains K − 1 more students exactly as the run trained its own (same config, loss and
schedule), each from another initialisation and batch order. With the run's own student that makes K students on one
transfer set. It reports each student's test accuracy, their spread within the run, and the accuracy of the ensemble
that averages their softmax outputs over the first 2..K members (reporting only: the real test split is read once per
model at the end). One JSON line per seed goes to benchmarks/student-ensemble.jsonl.

Compare the within-run spread with the spread over seeds (different transfer sets) to see which part of the student's
seed-to-seed swing comes from its own training and which from the transfer set."""
import json, statistics, sys, time
from pathlib import Path
import torch
from dipkd.blackbox import student_loss, _student_images, _logit_shift
from dipkd.data import load_split
from dipkd.distill import Trainer, TensorData
from dipkd.methods import get_method, load_run, resolve_config
from dipkd.metrics import accuracy, predict
from dipkd.models import build_model

RUNS = Path('benchmarks/runs')

def members(src:Path, k:int, seed:int):
    "The run's own student, then k − 1 more trained like it on the same set; yields (model, seconds)."
    run = load_run(src); r = run.result
    if r['config'].get('generations', 1) != 1 or r['config'].get('explore', {}).get('weight'): sys.exit(f'{src}: single-generation runs without exploration only')
    cfg = resolve_config(get_method('dipkd'), config=r['config'])
    sets = run.sets(); d0, d = sets['transfer_set'], sets['contrast_g1']                # read the run's sets once
    x, y = _student_images(cfg, d0['x'], d0['y'], d['x'], d['y'], sets['boundary_g1'] if cfg.boundary else None)   # the student's set, as dip_kd builds it
    primer, i = run.model('primer'), r['input']
    yield run.model('student'), 0.0
    for j in range(1, k):
        torch.manual_seed(10_000 * (seed + 1) + j)                   # another initialisation for each member
        m = build_model(run.arch('student'), tuple(i['shape']), i['num_classes'], tuple(i['mean']), tuple(i['std']))
        t0 = time.perf_counter()
        Trainer(m, student_loss(cfg, primer, shift=_logit_shift(y, i['num_classes'], cfg.logit_adjust)), cfg.train, 'cpu', seed=10_000 * (seed + 1) + j, name='student').fit(TensorData(cfg.train.batch_size, x=x, y=y))
        yield m.eval(), time.perf_counter() - t0

def probe(src_name:str, seed:int, k:int)->dict:
    xt, yt = load_split('fmnist', 'test')
    probs, accs, secs = [], [], []
    for m, s in members(RUNS/f'{src_name}-s{seed}', k, seed):
        p = predict(m, xt, logits=True).float().softmax(1)
        probs.append(p); accs.append(round(accuracy(p.argmax(1), yt), 2)); secs.append(round(s, 1))
        print(f'{src_name} s{seed} member {len(accs) - 1}: {accs[-1]}', flush=True)
    ens = [round(accuracy(torch.stack(probs[:n]).mean(0).argmax(1), yt), 2) for n in range(2, k + 1)]
    line = dict(source=src_name, seed=seed, k=k, members=accs, member_mean=round(statistics.mean(accs), 2),
                member_std=round(statistics.stdev(accs), 2), ensemble=ens, member_s=secs)
    with open('benchmarks/student-ensemble.jsonl', 'a') as f: f.write(json.dumps(line) + '\n')
    print(json.dumps(line), flush=True)
    return line

if __name__ == '__main__':
    src_name, seeds, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if k < 2: sys.exit('K must be at least 2')
    for s in map(int, seeds.split(',')): probe(src_name, s, k)

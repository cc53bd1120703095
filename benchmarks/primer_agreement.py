#!/usr/bin/env python3
"""How much of its primer does a DIP-KD student take? A report on finished runs, not a benchmark.

    python benchmarks/primer_agreement.py NAME SEEDS [NAME SEEDS ...]   (run from the project root)
e.g.  python benchmarks/primer_agreement.py dipkd-fmnist-lean-primer3 0,1,2 dipkd-fmnist-lean-primer3-kd 1

For each run benchmarks/runs/NAME-sS it measures, on the real FMNIST test split (for reporting only: nothing here
trains), the primer's and the final student's accuracy and how often the two give the same top-1 answer; and on the
run's own contrasted, re-labelled set (the images the student trained on) the same agreement, and how often each
reproduces that set's labels (the primer trained on the images before contrast). Single-generation runs with contrast
only: the primer is S0. One line per run is appended to benchmarks/primer-agreement.jsonl."""
import json, sys
from pathlib import Path
from dipkd.data import load_split
from dipkd.methods import load_run
from dipkd.metrics import predict, accuracy

RUNS = Path('benchmarks/runs')

def report(name:str, seed:int, xt, yt)->dict:
    run = load_run(RUNS/f'{name}-s{seed}'); r = run.result
    if r['config'].get('generations') != 1 or not r['config'].get('contrast'):     # checked before any model is loaded
        sys.exit(f'{run.path}: only single-generation runs with contrast are measured here')
    primer, student = run.model('primer'), run.model('student')
    d = run.sets()['contrast_g1']                      # the contrasted, re-labelled set the student trained on
    pt, st, pd, sd = predict(primer, xt), predict(student, xt), predict(primer, d['x']), predict(student, d['x'])
    return dict(name=name, seed=seed, primer_test_acc=round(accuracy(pt, yt), 2),
                student_test_acc=round(accuracy(st, yt), 2), agreement_test=round(accuracy(st, pt), 2),
                agreement_d=round(accuracy(sd, pd), 2), primer_fits_d=round(accuracy(pd, d['y']), 2),
                student_fits_d=round(accuracy(sd, d['y']), 2), git_commit=r['git_commit'])

if __name__ == '__main__':
    args = sys.argv[1:]
    if not args or len(args) % 2: sys.exit(__doc__)
    xt, yt = load_split('fmnist', 'test')
    for name, seeds in zip(args[::2], args[1::2]):
        for seed in map(int, seeds.split(',')):
            line = report(name, seed, xt, yt)
            with open('benchmarks/primer-agreement.jsonl', 'a') as f: f.write(json.dumps(line) + '\n')
            print(json.dumps(line), flush=True)

#!/usr/bin/env python3
"""Where does a DIP-KD primer put raw priors? A report on finished runs, not a benchmark.

    python benchmarks/primer_prior_histogram.py NAME SEEDS [M]   (run from the project root)
e.g.  python benchmarks/primer_prior_histogram.py dipkd-fmnist-lean-1px 0,1,2,3

For each run benchmarks/runs/NAME-sS it draws M (default 8192) fresh priors with the run's prior settings (seed 12345,
nothing to do with the run's own streams) and counts the primer's top-1 classes on them: the skew that
`explore.pick='balanced'` corrects in a pool of fresh priors. Nothing is asked of the teacher. One line per run is
appended to benchmarks/primer-prior-histogram.jsonl."""
import json, sys
from pathlib import Path
import torch
from dipkd.core import make_generator, git_commit
from dipkd.generators import make_priors
from dipkd.methods import get_method, load_run, resolve_config
from dipkd.metrics import predict, label_histogram

RUNS = Path('benchmarks/runs')

def report(name:str, seed:int, m:int)->dict:
    run = load_run(RUNS/f'{name}-s{seed}'); r = run.result
    if r['method'] != 'dipkd': sys.exit(f'{run.path}: a DIP-KD run is needed (it has a primer and prior settings), got {r["method"]!r}')
    pcfg, i, gen = resolve_config(get_method('dipkd'), config=r['config']).priors, r['input'], make_generator(12345)
    x = torch.cat([make_priors(min(8192, m - j), tuple(i['shape']), pcfg, gen) for j in range(0, m, 8192)])   # in chunks (memory)
    h = label_histogram(predict(run.model('primer'), x), i['num_classes'])
    return dict(name=name, seed=seed, priors=m, primer_histogram=h, largest_share=round(max(h) / m, 3),
                largest_class=h.index(max(h)), run_git_commit=r['git_commit'], git_commit=git_commit())

if __name__ == '__main__':
    if len(sys.argv) not in (3, 4): sys.exit(__doc__)
    name, seeds, m = sys.argv[1], [int(s) for s in sys.argv[2].split(',')], int(sys.argv[3]) if len(sys.argv) == 4 else 8192
    if m < 1: sys.exit(f'M must be ≥ 1, got {m}')
    with open('benchmarks/primer-prior-histogram.jsonl', 'a') as f:
        for s in seeds:
            r = report(name, s, m); print(json.dumps(r)); f.write(json.dumps(r) + '\n')

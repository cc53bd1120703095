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
from dipkd.core import make_generator
from dipkd.generators import PriorConfig, make_priors
from dipkd.methods import load_run
from dipkd.metrics import predict, label_histogram

RUNS = Path('benchmarks/runs')

def report(name:str, seed:int, m:int)->dict:
    run = load_run(RUNS/f'{name}-s{seed}'); cfg = run.result['config']
    i = run.result['input']
    x = make_priors(m, tuple(i['shape']), PriorConfig(**cfg['priors']), make_generator(12345))
    h = label_histogram(predict(run.model('primer'), x), i['num_classes'])
    return dict(name=name, seed=seed, priors=m, primer_histogram=h, largest_share=round(max(h) / m, 3),
                largest_class=h.index(max(h)), git_commit=run.result['git_commit'])

if __name__ == '__main__':
    if len(sys.argv) not in (3, 4): sys.exit(__doc__)
    name, seeds, m = sys.argv[1], [int(s) for s in sys.argv[2].split(',')], int(sys.argv[3]) if len(sys.argv) == 4 else 8192
    with open('benchmarks/primer-prior-histogram.jsonl', 'a') as f:
        for s in seeds:
            r = report(name, s, m); print(json.dumps(r)); f.write(json.dumps(r) + '\n')

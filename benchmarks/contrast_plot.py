#!/usr/bin/env python3
"""Contrast within 1.5·N in one picture: each seed's student with and without phase 2, a line per pair.

    python benchmarks/contrast_plot.py   # → benchmarks/contrast-lean.png

Reads the paired probes in benchmarks/student-probe.jsonl (the contrasted control, then `contrast=false` on the same
labelled sets) and the runs of `bash benchmarks/dipkd_fmnist.sh lean1px` and `leannocontrast58k` (their result.json
under benchmarks/runs/). A line that falls from left to right is a seed where contrast helped."""
import json, statistics as st
from pathlib import Path

HERE = Path(__file__).parent
PAIRS = [('leanpick sets (probes)', 'probe:dipkd-fmnist-lean-1px-mix20d-none', 'probe:dipkd-fmnist-lean-1px-mix20d-nocontrast'),
         ('fresh fmnist-lean-1px (probe)', 'run:dipkd-fmnist-lean-1px', 'probe:dipkd-fmnist-lean-1px-nocontrast'),
         ('fmnist-lean-1px vs 58K priors, no contrast', 'run:dipkd-fmnist-lean-1px', 'run:dipkd-fmnist-lean-1px-nocontrast-n58000')]

def accs(src:str)->dict:
    "{seed: final student's test accuracy} of a probe (its last line per seed) or of a series' runs."
    kind, name = src.split(':')
    if kind == 'probe':
        return {r['seed']: r['test_acc'] for r in map(json.loads, (HERE/'student-probe.jsonl').read_text().splitlines()) if r['name'] == name}
    return {int(p.name.rsplit('-s', 1)[1]): json.loads((p/'result.json').read_text())['test_acc'] for p in (HERE/'runs').glob(f'{name}-s[0-9]') if (p/'result.json').exists()}

def plot(out:Path=HERE/'contrast-lean.png'):
    import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(9, 4)); colours = ['tab:blue', 'tab:orange', 'tab:green', 'tab:red']
    for i, (label, a, b) in enumerate(PAIRS):
        A, B = accs(a), accs(b); seeds = sorted(set(A) & set(B)); d = [B[s] - A[s] for s in seeds]
        for s in seeds: ax.plot([3 * i, 3 * i + 1], [A[s], B[s]], 'o-', color=colours[s % 4], label=f'seed {s}' if i == 0 else None)
        ax.text(3 * i + 0.5, 64.5, f'{st.mean(d):+.2f} ± {st.stdev(d):.2f}', ha='center', fontsize=9)
    ax.set_xticks([x for i in range(len(PAIRS)) for x in (3 * i, 3 * i + 1)],
                  [t for label, *_ in PAIRS for t in (f'contrast\n{label}', 'no contrast')], fontsize=7)
    ax.set_ylim(64, 77); ax.set_ylabel('real test accuracy (%), final student'); ax.grid(alpha=0.3, axis='y'); ax.legend(fontsize=8)
    ax.set_title('DIP-KD, Fashion-MNIST, N = 50K, within 1.5·N: the student with and without contrast (text: mean ± std of the change)', fontsize=9, loc='left')
    fig.tight_layout(); fig.savefig(out, dpi=110); print(f'wrote {out}')

if __name__ == '__main__': plot()

#!/usr/bin/env python3
"""Paired DIP-KD measurements in one picture: each seed's final student in two settings, a line per pair.

    python benchmarks/paired_plot.py contrast   # → benchmarks/contrast-lean.png
    python benchmarks/paired_plot.py pool       # → benchmarks/pool-lean.png

Reads the probes in benchmarks/student-probe.jsonl (a probe's last line per seed) and the runs of a series (their
result.json under benchmarks/runs/). `contrast`: the contrasted control, then `contrast=false` on the same labelled
sets, and the `lean1px` runs against `leannocontrast58k`; a line that falls from left to right is a seed where
contrast helped. `pool`: the `fmnist-lean-1px` runs' students, then the same sets with the primer copied on a pool of
fresh priors (`explore.source=pool`); the spread of each column is the point."""
import json, statistics as st, sys
from pathlib import Path

HERE = Path(__file__).parent
FIGURES = {
    'contrast': dict(out='contrast-lean.png', left='contrast', right='no contrast', ylim=(64, 77),
                     title='DIP-KD, Fashion-MNIST, N = 50K, within 1.5·N: the student with and without contrast (text: mean ± std of the change)',
                     pairs=[('leanpick sets (probes)', 'probe:dipkd-fmnist-lean-1px-mix20d-none', 'probe:dipkd-fmnist-lean-1px-mix20d-nocontrast'),
                            ('fresh fmnist-lean-1px (probe)', 'run:dipkd-fmnist-lean-1px', 'probe:dipkd-fmnist-lean-1px-nocontrast'),
                            ('fmnist-lean-1px vs 58K priors, no contrast', 'run:dipkd-fmnist-lean-1px', 'run:dipkd-fmnist-lean-1px-nocontrast-n58000')]),
    'pool': dict(out='pool-lean.png', left='as run', right='+ pool (L1)', ylim=(64, 77),
                 title='DIP-KD, Fashion-MNIST, N = 50K, fmnist-lean-1px: the student, and the same sets with the primer copied on 50K fresh priors (text: mean ± std of the change)',
                 pairs=[('fmnist-lean-1px sets (probe)', 'run:dipkd-fmnist-lean-1px', 'probe:dipkd-fmnist-lean-1px-pool')]),
}

def probe_records(name:str)->dict:
    "{seed: record} of a probe in benchmarks/student-probe.jsonl (its last line per seed; also used by primer_student_plot.py)."
    return {r['seed']: r for r in map(json.loads, (HERE/'student-probe.jsonl').read_text().splitlines()) if r['name'] == name}

def accs(src:str)->dict:
    "{seed: final student's test accuracy} of a probe (its last line per seed) or of a series' runs."
    kind, name = src.split(':')
    if kind == 'probe': return {s: r['test_acc'] for s, r in probe_records(name).items()}
    return {int(p.name.rsplit('-s', 1)[1]): json.loads((p/'result.json').read_text())['test_acc'] for p in (HERE/'runs').glob(f'{name}-s[0-9]') if (p/'result.json').exists()}

def plot(fig_name:str):
    if fig_name not in FIGURES: sys.exit(f'figure must be one of {list(FIGURES)}, got {fig_name!r}')
    f = FIGURES[fig_name]; out = HERE/f['out']
    import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(9 if len(f['pairs']) > 1 else 6, 4)); colours = ['tab:blue', 'tab:orange', 'tab:green', 'tab:red']
    lo = f['ylim'][0]
    for i, (label, a, b) in enumerate(f['pairs']):
        A, B = accs(a), accs(b); seeds = sorted(set(A) & set(B)); d = [B[s] - A[s] for s in seeds]
        for s in seeds: ax.plot([3 * i, 3 * i + 1], [A[s], B[s]], 'o-', color=colours[s % 4], label=f'seed {s}' if i == 0 else None)
        ax.text(3 * i + 0.5, lo + 0.5, f'{st.mean(d):+.2f} ± {st.stdev(d):.2f}', ha='center', fontsize=9)
    ax.set_xticks([x for i in range(len(f['pairs'])) for x in (3 * i, 3 * i + 1)],
                  [t for label, *_ in f['pairs'] for t in (f"{f['left']}\n{label}", f['right'])], fontsize=7)
    ax.set_ylim(*f['ylim']); ax.set_ylabel('real test accuracy (%), final student'); ax.grid(alpha=0.3, axis='y'); ax.legend(fontsize=8)
    ax.set_title(f['title'], fontsize=9 if len(f['pairs']) > 1 else 7, loc='left', wrap=True)
    fig.tight_layout(); fig.savefig(out, dpi=110); print(f'wrote {out}')

if __name__ == '__main__':
    if len(sys.argv) != 2: sys.exit(__doc__)
    plot(sys.argv[1])

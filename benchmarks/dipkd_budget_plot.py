#!/usr/bin/env python3
"""DIP-KD's budget curve on Fashion-MNIST in one picture: the paper's pipeline against `fmnist-lean-noshift` and `fmnist-lean-1px`.

    python benchmarks/dipkd_budget_plot.py   # → benchmarks/dipkd-fmnist-budget.png

Reads the series summaries `summarize.py` wrote (`benchmarks/NAME.json`): `dipkd-fmnist` and its `-n10000`, `-n20000`
budget rows (the `fmnist` preset), and `dipkd-fmnist-lean-noshift-fast` with `dipkd-fmnist-lean-noshift-n10000`,
`-n20000` (the `fmnist-lean-noshift` setting; the 50K row ran it as `--preset fmnist-lean --set ...`, which the
notebook's preset test shows is the same config), and `dipkd-fmnist-lean-shift1` with its `-n10000`, `-n20000` rows
(`fmnist-lean-1px`, run as `--preset fmnist-lean-noshift` with a one-pixel shift). One dot per seed a summary holds,
for the final student S and the primer S0, a line through the means, and the paper's students (76.14, 79.49, 83.98)."""
import json, statistics as st
from pathlib import Path

HERE = Path(__file__).parent
NS = (10_000, 20_000, 50_000)
PAPER = {10_000: 76.14, 20_000: 79.49, 50_000: 83.98}

def names(base:str, at50k:str|None=None)->dict:
    "The series summary of each N: `base-nN`, and `at50k` (default `base`) at 50K."
    return {n: (at50k or base) if n == 50_000 else f'{base}-n{n}' for n in NS}

SERIES = {"fmnist (the paper's pipeline)": ('tab:blue', names('dipkd-fmnist')),
          'fmnist-lean-noshift (ours)': ('tab:orange', names('dipkd-fmnist-lean-noshift', 'dipkd-fmnist-lean-noshift-fast')),
          'fmnist-lean-1px (ours)': ('tab:green', names('dipkd-fmnist-lean-shift1'))}

def points(series:dict, key:str)->list[tuple[int, list[float]]]:
    "(N, per-seed accuracies) of `key` ('test_acc' for S, 'primer_test_acc' for S0) at each N."
    return [(n, json.loads((HERE / f'{series[n]}.json').read_text())[key]['per_seed']) for n in NS]

def plot(out:Path=HERE / 'dipkd-fmnist-budget.png'):
    import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(10, 4.6))
    for i, (label, (colour, series)) in enumerate(SERIES.items()):
        for key, style, who in (('test_acc', '-', 'student S'), ('primer_test_acc', '--', 'primer S0')):
            pts = points(series, key); dx = 1 + (0.03 if key == 'primer_test_acc' else -0.03) + 0.012 * (i - 1)   # keep the dots apart
            ax.plot([n for n, _ in pts], [st.mean(v) for _, v in pts], style, color=colour, label=f'{label}, {who}')
            for n, v in pts: ax.scatter([n * dx] * len(v), v, s=14, color=colour, alpha=0.6, marker='o' if key == 'test_acc' else 'x')
    ax.plot(NS, [PAPER[n] for n in NS], ':', color='black', marker='s', label='paper, student S')
    ax.set_xscale('log'); ax.set_xticks(NS, [f'{n // 1000}K' for n in NS]); ax.minorticks_off()
    ax.set_xlabel('N, labelled priors'); ax.set_ylabel('real test accuracy (%), final model')
    ax.set_title('DIP-KD on Fashion-MNIST, top-1 labels only: one dot per seed, lines through the means', fontsize=10)
    ax.grid(alpha=0.3); ax.legend(fontsize=8, loc='upper left', bbox_to_anchor=(1.01, 1)); fig.tight_layout(); fig.savefig(out, dpi=110)
    print(f'wrote {out}')

if __name__ == '__main__': plot()

#!/usr/bin/env python3
"""Collect the white-box Fashion-MNIST summaries (written by `benchmarks/summarize.py`) into
benchmarks/whitebox-fmnist-tables.md, and draw the accuracy-against-time curves into benchmarks/whitebox-fmnist-curve.png.
Rows whose runs do not exist yet are left out. A row run again as a series of its own (`SUFFIX=-rerun bash benchmarks/whitebox_fmnist.sh ...`:
benchmarks/whitebox-fmnist-PAIR-METHOD-rerun.json) is listed in a second table, beside the first; the picture draws the recorded rows only."""
import json
from pathlib import Path
from summarize import mean_pm

B = Path(__file__).parent
ROWS = [('bn', m) for m in ('cpsc', 'softtarget', 'zskd')] + [('plain', m) for m in ('softtarget', 'zskd')]
REPORTED = {('plain', 'zskd'): 'ZSKD paper: 79.62 (teacher 90.84; commonly quoted, not verified here)'}

def load(pair, method):
    p = B/f'whitebox-fmnist-{pair}-{method}.json'
    return json.loads(p.read_text()) if p.exists() else None

def torch_of(name):
    "The torch version(s) the series' runs were made with, from their kept results (benchmarks/results/NAME/)."
    v = sorted({json.loads(p.read_text()).get('torch') for p in (B/'results'/name).glob('*.json')} - {None})
    return ', '.join(v) or 'not recorded'

def reruns(pair, method):
    "Series of the same row run again: whitebox-fmnist-PAIR-METHOD-SUFFIX.json."
    return [json.loads(p.read_text()) for p in sorted(B.glob(f'whitebox-fmnist-{pair}-{method}-*.json'))]

ms = mean_pm

def main():
    found = [(pair, m, s) for pair, m in ROWS if (s := load(pair, m))]
    md = ['# White-box DFKD on Fashion-MNIST at one wall-clock budget', '',
          'Each method runs its `fmnist` preset (sized to the same wall-clock budget on a 2-core CPU) into LeNet-5-half; '
          'the final student is reported (the test split is never used for selection). Command: `bash benchmarks/whitebox_fmnist.sh bn|plain`.', '',
          '| teacher | method | test acc | agreement | wall time (s) | peak RSS (MiB) | seeds | commit | torch | reported elsewhere |', '|---|---|---|---|---|---|---|---|---|---|']
    row = lambda s, m, extra: (f"| {s['teacher']} ({s['teacher_test_acc']}%) | {m} | {ms(s['test_acc'])} | {ms(s['agreement'])} | {ms(s['wall_s'], 0)} | "
                               f"{ms(s['peak_rss_mb'], 0)} | {len(s['seeds'])} | {s['git_commit']} | {torch_of(s['name'])} | {extra} |")
    for pair, m, s in found: md.append(row(s, m, REPORTED.get((pair, m), '')))
    again = [(m, s, r) for pair, m, s in found for r in reruns(pair, m)]
    if again:
        md += ['', '## The same rows run again', '',
               'Each series below runs a row of the table above again with the same command, as a series of its own (its name in the last column), '
               'with the per-seed test accuracy of both. A seed draws its targets, noise and batches from the same seeds, but not always the same numbers: '
               "torch's samplers and kernels differ between versions (the ZSKD targets of seed 0 differ between torch 2.15.0 and 2.14.1), so a seed can land elsewhere.", '',
               '| teacher | method | test acc | agreement | wall time (s) | peak RSS (MiB) | seeds | commit | torch | series: per seed (recorded row: per seed) |', '|---|---|---|---|---|---|---|---|---|---|']
        for m, s, r in again:
            md.append(row(r, m, f"{r['name']}: {', '.join(map(str, r['test_acc']['per_seed']))} ({', '.join(map(str, s['test_acc']['per_seed']))})"))
    md += ['', '## Accuracy against time', '', '![accuracy against time](whitebox-fmnist-curve.png)', '']
    for pair, m, s in found:
        if 'curve' in s:
            md.append(f"- {s['teacher']} → {m}: " + ', '.join(f"{c['wall_s']:.0f}s {c['test_acc']['mean']:.1f}" for c in s['curve']))
    (B/'whitebox-fmnist-tables.md').write_text('\n'.join(md) + '\n'); print('\n'.join(md))
    curves = [(pair, m, s) for pair, m, s in found if 'curve' in s]
    if curves:
        import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
        fig, ax = plt.subplots(figsize=(6.5, 4))
        for pair, m, s in curves:
            t = [c['wall_s'] / 60 for c in s['curve']]; a = [c['test_acc']['mean'] for c in s['curve']]; e = [c['test_acc']['std'] or 0 for c in s['curve']]
            ax.errorbar(t, a, yerr=e, marker='o', capsize=3, ls='-' if pair == 'bn' else '--', label=f"{m} ({s['teacher']})")
        ax.set_xlabel(f"wall time since the run started (min), {', '.join(sorted({s['device'] for _, _, s in curves}))}"); ax.set_ylabel('student test accuracy (%)')
        ax.axvline(5, color='grey', ls=':'); ax.text(4.95, ax.get_ylim()[0] + 1, 'budget', ha='right', color='grey', fontsize=8); ax.set_xlim(0, 5.2)
        ax.set_title(f"White-box DFKD, Fashion-MNIST → LeNet-5-half\n(mean ± std over {'/'.join(sorted({str(len(s['seeds'])) for _, _, s in curves}))} seeds; points are measured after the run)", fontsize=10)
        ax.grid(alpha=0.3); ax.legend(fontsize=8, loc='lower left')
        fig.tight_layout(); fig.savefig(B/'whitebox-fmnist-curve.png', dpi=110)

if __name__ == '__main__':
    main()

#!/usr/bin/env python3
"""The student's own noise in one picture: every student `student_ensemble.py` trained, per run, per setting.

    python benchmarks/student_noise_plot.py   # → benchmarks/student-noise.png

Reads benchmarks/student-ensemble.jsonl (the last line for each source run and seed). For each setting (source) and
seed it draws the run's own student (the large dot: the one its benchmark row reports), the students trained again on
the same transfer set from other initialisations (small dots), their mean (a bar) and the ensemble that averages all
of their softmax outputs (a star). A dotted line marks each setting's mean over all of its students. The spread of the
dots within a seed is the student's own noise; the spread of the bars across seeds is the transfer set's."""
import json, statistics as st
from pathlib import Path

HERE = Path(__file__).parent
LABELS = {'dipkd-fmnist-lean-shift1': 'fmnist-lean-1px', 'dipkd-fmnist-lean-noshift-fast': 'fmnist-lean-noshift',
          'dipkd-fmnist-lean-noshift': 'fmnist-lean-noshift',   # the two folders of one setting (seeds 0–2 and 3)
          'dipkd-fmnist-lean-shift1-bnd20': 'fmnist-lean-1px, boundary=0.2',
          'dipkd-fmnist-lean-shift1-bnd20r': 'fmnist-lean-1px, boundary=0.2, random points',
          'dipkd-fmnist-lean-shift1-bnd20p': 'fmnist-lean-1px, boundary=0.2, fresh priors',
          'dipkd-fmnist-lean-1px-mix20': 'whole run: D at 1.05·N + 0.2·N random points',
          'dipkd-fmnist-lean-1px-mix20d': 'whole run (another machine): points picked towards the deficit',
          'dipkd-fmnist-lean-1px-mix20d-none': 'the same runs: points unpicked (probe)'}

def runs(path:Path=HERE / 'student-ensemble.jsonl')->dict:
    "{setting: {seed: line}}, the last line of each source run and seed."
    out = {}
    for line in path.read_text().splitlines():
        r = json.loads(line); out.setdefault(LABELS.get(r['source'], r['source']), {})[r['seed']] = r
    return out

def plot(out:Path=HERE / 'student-noise.png'):
    import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
    data = runs(); fig, ax = plt.subplots(figsize=(11, 4.4)); colours = ['tab:green', 'tab:orange', 'tab:blue', 'tab:red', 'tab:purple', 'tab:brown', 'tab:olive', 'tab:cyan']
    for i, (setting, by_seed) in enumerate(data.items()):
        c, dx = colours[i % len(colours)], 0.8 / len(data) * (i - (len(data) - 1) / 2)
        every = [a for r in by_seed.values() for a in r['members']]
        for s, r in sorted(by_seed.items()):
            x = s + dx; m = r['members']
            ax.scatter([x] * (len(m) - 1), m[1:], s=16, color=c, alpha=0.6)
            ax.scatter([x], m[:1], s=60, color=c, edgecolor='black', zorder=3)
            ax.plot([x - 0.3 / len(data), x + 0.3 / len(data)], [r['member_mean']] * 2, color=c, lw=2)
            ax.scatter([x], r['ensemble'][-1:], marker='*', s=110, color=c, edgecolor='black', zorder=3)
        ax.axhline(st.mean(every), ls=':', color=c, lw=1)
        ax.plot([], [], 'o', color=c, label=f'{setting}: {len(every)} students, {st.mean(every):.2f} ± {st.stdev(every):.2f}')
    ax.scatter([], [], s=60, color='white', edgecolor='black', label="the run's own student (the number its row or probe reports)")
    ax.scatter([], [], marker='*', s=110, color='white', edgecolor='black', label='ensemble of the run\'s students')
    seeds = sorted({s for v in data.values() for s in v})
    ax.set_xticks(seeds, [f'seed {s}' for s in seeds]); ax.set_ylabel('real test accuracy (%), final students')
    ax.set_title('DIP-KD, Fashion-MNIST, N = 50K: students re-trained on one transfer set (bar: their mean)', fontsize=10, loc='left')
    ax.grid(alpha=0.3, axis='y'); ax.legend(fontsize=8, loc='upper left', bbox_to_anchor=(1.01, 1)); fig.tight_layout(); fig.savefig(out, dpi=110)
    print(f'wrote {out}')

if __name__ == '__main__': plot()

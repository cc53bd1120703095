#!/usr/bin/env python3
"""Every DIP-KD student at N = 50K against its own primer S0, in one picture: where the gap to the paper sits.

    python benchmarks/primer_student_plot.py   # → benchmarks/primer-vs-student.{png,json}

Reads the series summaries `summarize.py` wrote (`benchmarks/NAME.json`, one point per seed) and the `--from primer`
probes in benchmarks/student-probe.jsonl (S0 trained again with another weight decay or architecture; a probe's last line per seed).
Runs without a student of their own (`generations=0`: S0 is the student; told apart by S0 and S having the same
accuracy) are left out, and so is a point that another series already gave (the same two accuracies: the same
labelled set, primer and student). It describes, it does not control: the groups mix recipes, and runs share primers. The primer's architecture is not in a
summary, so SERIES below names it for each series; the test split is only ever used for these reports.
The JSON gives, for each architecture, the points, the mean of student − primer and the correlation of the two."""
import json, statistics as st
from pathlib import Path
from paired_plot import probe_records   # the probe records, read one way for both figures

HERE = Path(__file__).parent
PAPER = (82.38, 83.98)   # the paper's S0 and S, FMNIST, N = 50K (its Table: primer, final student)
SERIES = {   # primer S0's architecture → the 50K series that trained it (the student is LeNet-5 in all)
    'lenet5 (the student\'s, the paper\'s)': ['dipkd-fmnist', 'dipkd-fmnist-swa', 'dipkd-fmnist-noshift', 'dipkd-fmnist-noshift-fast',
                                             'dipkd-fmnist-relabel-changed', 'dipkd-fmnist-ablation-contrast'],
    'lenet5:2': ['dipkd-fmnist-primer2', 'dipkd-fmnist-lean', 'dipkd-fmnist-lean-noshift', 'dipkd-fmnist-lean-noshift-fast',
                 'dipkd-fmnist-lean-shift1', 'dipkd-fmnist-lean-shift2', 'dipkd-fmnist-lean-1px', 'dipkd-fmnist-lean-1px-mix20',
                 'dipkd-fmnist-lean-1px-mix20d', 'dipkd-fmnist-lean-1px-kd', 'dipkd-fmnist-lean-1px-more',
                 'probe:dipkd-fmnist-lean-1px-wd-wd5e4'],   # the last: fmnist-lean-1px by construction (the preset's sets at the paper's weight decay)
    'lenet5:3': ['dipkd-fmnist-lean-primer3'],
    'lenet5:2, weight decay 2e-3': ['probe:dipkd-fmnist-lean-1px-wd2e3', 'probe:dipkd-fmnist-lean-1px-more-wd2e3', 'dipkd-fmnist-lean-1px-wd'],
    'lenet5, weight decay 2e-3 (probes)': ['probe:dipkd-fmnist-lean-1px-more-wd2e3-p1', 'probe:dipkd-fmnist-lean-1px-wd-p1'],
}
COLOURS = ['tab:blue', 'tab:orange', 'tab:red', 'tab:green', 'tab:purple']

def pairs(name:str)->list[tuple[float, float]]:
    "(primer, student) test accuracy per seed of a series summary or (`probe:NAME`) of a probe."
    if name.startswith('probe:'):
        last = probe_records(name[6:])
        if not last: raise SystemExit(f'no probe named {name[6:]} in student-probe.jsonl')
        return [(r['primer'], r['test_acc']) for _, r in sorted(last.items())]
    path = HERE/f'{name}.json'
    if not path.exists(): raise SystemExit(f'{path} not found: run its series first, or drop it from SERIES')
    d = json.loads(path.read_text())
    if d['n_images'] != 50_000: raise SystemExit(f'{name} is not a 50K series')
    return list(zip(d['primer_test_acc']['per_seed'], d['test_acc']['per_seed']))

def corr(x:list, y:list)->float|None:
    return round(st.correlation(x, y), 3) if len(x) > 2 else None

def collect()->dict:
    seen, out = set(), {}
    for arch, names in SERIES.items():
        pts = []
        for n in names:
            for p in pairs(n):
                if p[0] == p[1] or p in seen: continue     # S0 was the student, or another series gave this point
                seen.add(p); pts.append(p)
        gap = [s - p for p, s in pts]
        out[arch] = {'points': pts, 'n': len(pts), 'student_minus_primer': {'mean': round(st.mean(gap), 2), 'std': round(st.stdev(gap), 2)} if len(gap) > 1 else None,
                     'primer_mean': round(st.mean(p for p, _ in pts), 2), 'student_mean': round(st.mean(s for _, s in pts), 2),
                     'correlation': corr([p for p, _ in pts], [s for _, s in pts]), 'series': names}
    return out

if __name__ == '__main__':
    res = collect()
    import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(6.4, 6.6))
    for (arch, r), c in zip(res.items(), COLOURS):
        g = r['student_minus_primer']
        ax.scatter(*zip(*r['points']), s=22, color=c, alpha=0.8, label=f"primer {arch}: {r['n']} runs" + (f", S − S0 {g['mean']:+.1f} ± {g['std']:.1f}" if g else ''))
    ax.scatter(*PAPER, marker='*', s=180, color='black', label='the paper (S0 82.38, S 83.98)')
    lo, hi = 58, 86
    ax.plot([lo, hi], [lo, hi], color='grey', lw=0.8, ls='--'); ax.text(lo + 2.6, lo + 1.4, 'S = S0', fontsize=8, color='grey', rotation=45)
    ax.set_xlim(lo, hi); ax.set_ylim(lo, hi); ax.set_aspect('equal'); ax.grid(alpha=0.3)
    ax.set_xlabel('primer S0, real test accuracy (%)'); ax.set_ylabel('student S (LeNet-5), real test accuracy (%), final')
    ax.set_title('DIP-KD, Fashion-MNIST, N = 50K: each run\'s student against its own primer', fontsize=9, loc='left')
    ax.legend(fontsize=7, loc='upper center', bbox_to_anchor=(0.5, -0.11)); fig.tight_layout()
    fig.savefig(HERE/'primer-vs-student.png', dpi=110)
    (HERE/'primer-vs-student.json').write_text(json.dumps(res, indent=1) + '\n')
    for arch, r in res.items(): print(f"{arch:40s} n={r['n']:2d} S0 {r['primer_mean']:.2f} S {r['student_mean']:.2f} S−S0 {r['student_minus_primer']} r={r['correlation']}")
    print(f"wrote {HERE/'primer-vs-student.png'} and .json")

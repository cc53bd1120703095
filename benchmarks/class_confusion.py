#!/usr/bin/env python3
"""Where DIP-KD's primer and student fail, class by class: per-class test accuracy, confusion, and D's label shares.

    python benchmarks/class_confusion.py   # → benchmarks/class-confusion.{png,json}

Reads finished run folders (benchmarks/runs/NAME-sS: not committed, so the JSON is the record) of two groups on the
same labelled sets D: the preset `fmnist-lean-1px-wd` and the same sets with S0 and S at the paper's weight decay
(`fmnist-lean-1px` by construction). For each run it takes D's labels (the teacher's top-1 answers that phase 1 kept:
`checkpoints/transfer_set.pt`), and the primer's and the student's predictions on the real test split, which is read for
this report only. It describes, it does not control. Per class: D's share, the teacher's accuracy, each group's
primer and student accuracy (mean ± std over sets) and the paired difference; and the row-normalised confusion
matrices (true class × predicted class, mean over sets); each set's per-class accuracies; and each class's share of the
students' spread from set to set (with 1,000 test images a class, the test accuracy is the mean over classes)."""
import json, statistics as st, sys
from pathlib import Path
import torch
from dipkd.methods import load_run
from dipkd.data import load_split, to_float, dataset_info
from dipkd.teachers import load_teacher
from dipkd.metrics import predict

HERE = Path(__file__).parent
RUNS = HERE/'runs'
WD = 'fmnist-lean-1px-wd (S0 and S at weight decay 2e-3)'
BASE = 'fmnist-lean-1px (the same sets, S0 and S at 5e-4)'
GROUPS = {   # group → run folders, in the same order of sets (D) in both groups; s4 of the fresh preset run equals the probe's byte for byte
    WD: [f'dipkd-fmnist-lean-1px-wd-s{s}' for s in (4, 8, 9, 10)] + [f'dipkd-fmnist-lean-1px-more-wd2e3-s{s}' for s in (5, 6, 7)],
    BASE: [f'dipkd-fmnist-lean-1px-more-s{s}' for s in (4,)] + [f'dipkd-fmnist-lean-1px-wd-wd5e4-s{s}' for s in (8, 9, 10)] + [f'dipkd-fmnist-lean-1px-more-s{s}' for s in (5, 6, 7)],
}

def confusion(pred:torch.Tensor, y:torch.Tensor, k:int=10)->torch.Tensor:
    "Row-normalised confusion matrix in %: row = true class, column = predicted class."
    c = torch.bincount(y*k + pred, minlength=k*k).reshape(k, k).double()
    return 100*c/c.sum(1, keepdim=True)

def ms(v:list)->dict: return {'mean': round(st.mean(v), 2), 'std': round(st.stdev(v), 2) if len(v) > 1 else None}

def variance_share(rows:list)->list:
    "Each class's share of the spread of the mean over classes across sets: cov(class, mean)/(K·var(mean)); the shares sum to 1."
    k = len(rows[0]); means = [sum(r)/k for r in rows]
    return [round(st.covariance([r[c] for r in rows], means)/(k*st.variance(means)), 3) for c in range(k)]

def run_stats(name:str, x, y)->dict:
    "D's class shares and the primer's and student's confusion on the test split, for one run folder."
    path = RUNS/name
    if not (path/'result.json').exists(): raise SystemExit(f'{path}: no finished run (see the groups at the top of this script)')
    r = load_run(path)
    if r.result['teacher'] != 'fmnist-lenet5': raise SystemExit(f"{path}: teacher {r.result['teacher']}, not fmnist-lenet5")
    d = torch.load(path/'checkpoints'/'transfer_set.pt', map_location='cpu', weights_only=True)['y']
    return {'share': (100*torch.bincount(d, minlength=10).double()/len(d)).tolist(),
            'primer': confusion(predict(r.model('primer'), x), y), 'student': confusion(predict(r.model('student'), x), y),
            'test_acc': r.result['test_acc'], 'primer_acc': r.result['info']['snapshot_test_acc']['primer']}

def main():
    torch.set_num_threads(2)
    names = list(dataset_info('fmnist').classes)
    x, y = load_split('fmnist', 'test'); x = to_float(x)
    teacher = confusion(predict(load_teacher('fmnist-lenet5')[0], x), y)
    stats = {g: [run_stats(n, x, y) for n in runs] for g, runs in GROUPS.items()}
    diag = lambda m: m.diagonal().tolist()
    out = {'classes': names, 'groups': GROUPS, 'teacher_acc': [round(v, 2) for v in diag(teacher)], 'per_group': {}}
    for g, runs in stats.items():
        share = [[r['share'][c] for r in runs] for c in range(10)]
        acc = {m: [[diag(r[m])[c] for r in runs] for c in range(10)] for m in ('primer', 'student')}
        conf = {m: (sum(r[m] for r in runs)/len(runs)) for m in ('primer', 'student')}
        out['per_group'][g] = {'n_sets': len(runs), 'd_share': [ms(v) for v in share],
                               **{f'{m}_acc': [ms(v) for v in acc[m]] for m in acc},
                               **{f'{m}_confusion': [[round(v, 2) for v in row] for row in conf[m].tolist()] for m in conf},
                               **{f'{m}_acc_per_set': [[round(a, 2) for a in row] for row in zip(*acc[m])] for m in acc},
                               'student_variance_share': variance_share(list(zip(*acc['student']))),
                               'overall': {'primer': ms([r['primer_acc'] for r in runs]), 'student': ms([r['test_acc'] for r in runs])}}
    w, b = stats[WD], stats[BASE]
    out['paired_wd_minus_base'] = {m: [ms([diag(p[m])[c] - diag(q[m])[c] for p, q in zip(w, b)]) for c in range(10)] for m in ('primer', 'student')}
    (HERE/'class-confusion.json').write_text(json.dumps(out, indent=1) + '\n')
    plot(out, names)
    print(f"{'class':12s} {'D %':>5s} {'teacher':>7s} | {'S0 5e-4':>7s} {'S0 2e-3':>7s} {'S 5e-4':>7s} {'S 2e-3':>7s}")
    pg = out['per_group']
    for c, n in enumerate(names):
        print(f"{n[:12]:12s} {pg[WD]['d_share'][c]['mean']:5.1f} {out['teacher_acc'][c]:7.1f} | " + ' '.join(f"{pg[g][m + '_acc'][c]['mean']:7.1f}" for m in ('primer', 'student') for g in (BASE, WD)))
    print(f"wrote {HERE/'class-confusion.png'} and .json")

def plot(out:dict, names:list):
    import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt, numpy as np
    pg = out['per_group']
    fig, (a1, a2) = plt.subplots(1, 2, figsize=(13.5, 5.4), gridspec_kw={'width_ratios': [1.35, 1]})
    xs = np.arange(10); wd = 0.16
    mean = lambda g, m: [v['mean'] for v in pg[g][m]]
    std = lambda g, m: [v['std'] for v in pg[g][m]]
    bars = [('teacher', out['teacher_acc'], None, 'grey'),
            ('primer S0, 5e-4', mean(BASE, 'primer_acc'), std(BASE, 'primer_acc'), 'navajowhite'), ('primer S0, 2e-3', mean(WD, 'primer_acc'), std(WD, 'primer_acc'), 'tab:orange'),
            ('student S, 5e-4', mean(BASE, 'student_acc'), std(BASE, 'student_acc'), 'lightsteelblue'), ('student S, 2e-3', mean(WD, 'student_acc'), std(WD, 'student_acc'), 'tab:blue')]
    for i, (lab, v, e, c) in enumerate(bars):
        a1.bar(xs + (i - 2)*wd, v, wd, yerr=e, color=c, label=lab, capsize=1.2, error_kw={'lw': 0.6})
    a1.set_xticks(xs, [f"{n.split('/')[0]}\n{pg[WD]['d_share'][c]['mean']:.1f}% of D" for c, n in enumerate(names)], fontsize=7)
    a1.set_ylabel('real test accuracy of the class (%)'); a1.set_ylim(0, 112); a1.grid(axis='y', alpha=0.3)
    a1.set_title(f"Per class, mean ± std over {pg[WD]['n_sets']} labelled sets D (N = 50K); under each class its share of D", fontsize=9, loc='left')
    a1.legend(fontsize=7, ncol=5, loc='upper center', frameon=False)
    m = np.array(pg[WD]['primer_confusion'])
    im = a2.imshow(m, cmap='Blues', vmin=0, vmax=100)
    for i in range(10):
        for j in range(10):
            if m[i, j] >= 1: a2.text(j, i, f'{m[i, j]:.0f}', ha='center', va='center', fontsize=6.5, color='white' if m[i, j] > 55 else 'black')
    short = [n.split('/')[0] for n in names]
    a2.set_xticks(range(10), short, rotation=60, fontsize=7); a2.set_yticks(range(10), short, fontsize=7)
    a2.set_xlabel('predicted by the primer S0 (weight decay 2e-3)'); a2.set_ylabel('true class (real test split)')
    a2.set_title('Where the primer\'s errors go (% of each true class)', fontsize=9, loc='left')
    fig.colorbar(im, ax=a2, fraction=0.046, pad=0.03)
    fig.tight_layout(); fig.savefig(HERE/'class-confusion.png', dpi=110, bbox_inches='tight')

if __name__ == '__main__':
    if len(sys.argv) > 1: raise SystemExit(__doc__.split('\n\n')[1])
    main()

#!/usr/bin/env python3
"""Is a class's accuracy a property of the transfer set or of the model? Four models on each of eight labelled sets.

    python benchmarks/class_lottery.py   # → benchmarks/class-lottery.{png,json}

On each of the eight `fmnist-lean-1px-wd` sets D (seeds 4–11; folders under benchmarks/runs, not committed, so the JSON
is the record) four models were trained on the same images and the teacher's labels: the wide primer (`lenet5:2`, on D)
and its LeNet-5 student (on the contrasted, re-labelled D'), and, from the LeNet-5-primer probe, a LeNet-5 primer (on
D) and its student (on its own D'). Seeds 4–7 are the probes on the `fmnist-lean-1px-more` sets (S0 and S at weight
decay 2e-3, the preset's settings); seeds 8–11 the preset's fresh runs. Per class it gives each model's accuracy on
the real test split (read for this report only), the mean and spread over sets, and the Pearson correlation across the
eight sets between models: if a class's accuracy were set by D, two models on the same D would rise and fall together.
The same question as one test per class: a two-way analysis of variance (set × model, no interaction), whose F for
the set (7 and 21 degrees of freedom) is large when D moves all four models together; `residual_sd` is what is left
of one model's accuracy after the set's and the kind of model's effects."""
import json, statistics as st
from pathlib import Path
from dipkd.methods import load_run
from dipkd.data import load_split, dataset_info
from dipkd.metrics import class_accuracy, predict

HERE = Path(__file__).parent
SETS = [('dipkd-fmnist-lean-1px-more-wd2e3', 'dipkd-fmnist-lean-1px-more-wd2e3-p1', s) for s in (4, 5, 6, 7)] + \
       [('dipkd-fmnist-lean-1px-wd', 'dipkd-fmnist-lean-1px-wd-p1', s) for s in (8, 9, 10, 11)]
MODELS = {'wide primer': (0, 'primer'), 'its student': (0, 'student'), 'LeNet-5 primer': (1, 'primer'), 'LeNet-5 primer\'s student': (1, 'student')}
CLASSES = list(dataset_info('fmnist').classes)

def set_effect(X:list)->dict:
    "Two-way ANOVA without interaction on X[set][model]: F for the set effect, its p-value, and the residual sd."
    from scipy.stats import f as fdist
    S, M = len(X), len(X[0]); g = st.mean(v for r in X for v in r)
    rm, cm = [st.mean(r) for r in X], [st.mean(X[i][j] for i in range(S)) for j in range(M)]
    ss_set = M * sum((a - g)**2 for a in rm)
    ss_res = sum((X[i][j] - rm[i] - cm[j] + g)**2 for i in range(S) for j in range(M))
    df1, df2 = S - 1, (S - 1)*(M - 1); F = (ss_set/df1) / (ss_res/df2)
    return {'F': round(F, 2), 'df': [df1, df2], 'p': float(f'{fdist.sf(F, df1, df2):.3g}'), 'residual_sd': round((ss_res/df2)**0.5, 1)}

def main():
    x, y = load_split('fmnist', 'test')
    acc = {m: [] for m in MODELS}                                                  # model → one per-class list per set
    for *names, s in SETS:
        runs = [load_run(HERE/'runs'/f'{n}-s{s}') for n in names]                 # each folder opened once
        for m, (i, which) in MODELS.items():
            acc[m].append([round(a, 1) for a in class_accuracy(predict(runs[i].model(which), x), y, len(CLASSES))])
    per_class = {c: {m: {'mean': round(st.mean(r[k] for r in acc[m]), 1), 'std': round(st.stdev(r[k] for r in acc[m]), 1)} for m in MODELS} for k, c in enumerate(CLASSES)}
    pairs = [('wide primer', 'its student'), ('LeNet-5 primer', "LeNet-5 primer's student"), ('its student', "LeNet-5 primer's student"), ('wide primer', 'LeNet-5 primer')]
    corrs = {c: {f'{a} / {b}': round(st.correlation([r[k] for r in acc[a]], [r[k] for r in acc[b]]), 2) for a, b in pairs} for k, c in enumerate(CLASSES)}
    anova = {c: set_effect([[acc[m][i][k] for m in MODELS] for i in range(len(SETS))]) for k, c in enumerate(CLASSES)}
    out = {'sets': [f'{n[0]}-s{n[2]}' for n in SETS], 'models': list(MODELS), 'per_set': acc, 'per_class': per_class, 'correlation_across_sets': corrs, 'set_effect': anova}
    (HERE/'class-lottery.json').write_text(json.dumps(out, indent=1))
    print('class | ' + ' | '.join(MODELS) + ' | corr: ' + ' | '.join(corrs[CLASSES[0]]) + ' | set effect F (p) | residual sd')
    for k, c in enumerate(CLASSES):
        print(c, '|', ' | '.join(f"{per_class[c][m]['mean']} ± {per_class[c][m]['std']}" for m in MODELS), '|', ' | '.join(f'{v:+.2f}' for v in corrs[c].values()), f"| {anova[c]['F']} ({anova[c]['p']}) | {anova[c]['residual_sd']}")
    plot(acc)

def plot(acc:dict):
    "One dot per set and model, per class."
    import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(10, 4.2))
    for j, (m, rows) in enumerate(acc.items()):
        for r in rows: ax.scatter([k + (j - 1.5) * 0.18 for k in range(10)], r, s=12, color=f'C{j}', alpha=0.8, label=m if r is rows[0] else None)
    ax.set_xticks(range(10)); ax.set_xticklabels(CLASSES, rotation=20); ax.set_ylabel('real test accuracy (%)'); ax.set_ylim(0, 100)
    ax.set_title('Eight transfer sets, four models on each: per-class accuracy (one dot per set)'); ax.legend(ncol=4, fontsize=8, loc='lower right'); ax.grid(alpha=0.3)
    fig.tight_layout(); fig.savefig(HERE/'class-lottery.png', dpi=110)

if __name__ == '__main__': main()

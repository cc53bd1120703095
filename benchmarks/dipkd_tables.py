#!/usr/bin/env python3
"""Collect the DIP-KD Fashion-MNIST summaries (written by `benchmarks/summarize.py`) into one Markdown page,
beside the paper's numbers: benchmarks/dipkd-fmnist-tables.md. Rows whose runs do not exist yet are left out."""
import json
from pathlib import Path
from summarize import mean_pm

B = Path(__file__).parent
PAPER_BUDGET = {10000: 76.14, 20000: 79.49, 50000: 83.98}

def load(name):
    p = B/f'{name}.json'
    return json.loads(p.read_text()) if p.exists() else None

def ms(s, k='test_acc', d=2):
    "mean ± std over seeds (the mean alone for one seed; 'n/a' for peak memory where the system does not say)"
    return mean_pm(s[k], d)

def main_table(m):
    n = m['n_images']; q = m['queries']['mean']
    rows = ['## Main result: `fmnist` preset, N = 50K', '',
            f"{m['teacher']} ({m['teacher_test_acc']}%) → {m['student']}, seeds {m['seeds']}, {m['device']}, commit {m['git_commit']}.", '',
            '| | ours (mean ± std) | paper |', '|---|---|---|',
            f"| final student S (g = 1) | {ms(m)} | 83.98 ± 0.65 (s.e., 5 runs) |"]
    if 'primer_test_acc' in m: rows.append(f"| primer S0 (g = 0) | {ms(m, 'primer_test_acc')} | 82.38 |")
    rows += [f"| teacher queries | {q:,.0f} ({q / n:.2f}·N) | not reported |",
             f"| wall time end to end (s) | {ms(m, 'wall_s', 0)} | 6–96 h per run on a V100 |",
             f"| peak memory (MiB RSS) | {ms(m, 'peak_rss_mb', 0)} | |", '',
             'Mean wall time per phase (s): ' + ', '.join(f"{k} {v:.0f}" for k, v in m['phase_s'].items() if v is not None), '']
    return rows

def budget_table():
    rows = ['## Budget curve (final student, `fmnist` preset with `--n-images N`)', '',
            '| N | ours | seeds | queries | run again on torch 2.14.1 (seeds) | paper |', '|---|---|---|---|---|---|']
    for n, name in ((10000, 'dipkd-fmnist-n10000'), (20000, 'dipkd-fmnist-n20000'), (50000, 'dipkd-fmnist')):
        s, again = load(name), load(f'{name}-rerun')   # the same series on another machine and torch (benchmarks/dipkd-torch-check.md)
        rerun = f"{ms(again)} ({len(again['seeds'])})" if again else ''
        if s: rows.append(f"| {n:,} | {ms(s)} | {len(s['seeds'])} | {s['queries']['mean']:,.0f} | {rerun} | {PAPER_BUDGET[n]} |")
    return rows + ['', 'The records ran with torch 2.15.0 (the 20K row\'s seeds 1 and 2, run later, with 2.14.1); the column before the paper\'s is the same series run again, on another machine with torch 2.14.1 (`SUFFIX=-rerun bash benchmarks/dipkd_fmnist.sh main`, and `budget`; `benchmarks/dipkd-torch-check.md`).', '']

def ablation_table(m):
    rows = ['## Component ablation, N = 50K (each row adds one component to the row above)', '',
            '| row | test acc | seeds | source |', '|---|---|---|---|']
    def add(label, s, k='test_acc', src=''):
        if s and k in s: rows.append(f"| {label} | {ms(s, k)} | {len(s['seeds'])} | {src or s['name']} |")
    add('NaiveKD (U[0,1] noise, hard labels)', load('naive-fmnist'))
    add('+ hierarchical noise (+ balancing), S0', load('dipkd-fmnist-ablation-hier'))
    add('+ nonlinear transform, S0', load('dipkd-fmnist-ablation-transform'))
    add('+ semantic cutmix, S0', m, 'primer_test_acc', 'dipkd-fmnist (its primer)')
    add('+ contrast (re-labelled, CE only)', load('dipkd-fmnist-ablation-contrast'))
    add('+ soft KD from S0 (L1): DIP-KD', m, 'test_acc', 'dipkd-fmnist')
    return rows + ['', "The paper gives these rows for CIFAR-10 and MNIST only (NaiveKD 13.99 / 96.02; + hierarchical noise +59.26 / +1.79; "
                   "+ transform +2.38 / +0.18; + cutmix +2.54 / +0.30; + contrast +3.14 / +0.16; + soft KD +2.10 / +0.14).", '']

def variants_table():
    rows = ['## Variants', '', '| run | test acc | primer S0 | seeds | queries | wall (s) |', '|---|---|---|---|---|---|']
    for name, label in (('dipkd-fmnist-paper-prior', "`--preset fmnist-paper --set generations=0` (the paper's prior formula: no stretch, α ~ N(0, I)), S0 alone, N = 50K"),
                        ('dipkd-fmnist-relabel-changed', '`--set relabel=changed` (re-ask only where the primer moved), N = 50K'),
                        ('dipkd-fmnist-n10000-neutral', '`--n-images 10000 --student-norm neutral` (strict black box: 0.5/0.5 student normalisation; pairs with the 10K budget row)'),
                        ('dipkd-fmnist-n10000-holdout-final', '`--n-images 10000 --set holdout=0.05` (5% more priors labelled and held out; last epochs kept: the control)'),
                        ('dipkd-fmnist-n10000-holdout', '`--n-images 10000 --set holdout=0.05 --set select=holdout` (the epochs that agree best with the teacher on the held-out priors)'),
                        ('dipkd-fmnist-holdout', '`--set holdout=0.05 --set select=holdout`, N = 50K (pairs with the main result)'),
                        ('dipkd-fmnist-n10000-swa', '`--n-images 10000 --set primer_train.swa_start=0.75 --set train.swa_start=0.75` (S0 and S average the weights of their last 25 epochs; pairs with the 10K budget row)'),
                        ('dipkd-fmnist-swa', '`--set primer_train.swa_start=0.75 --set train.swa_start=0.75`, N = 50K (pairs with the main result)'),
                        ('dipkd-fmnist-n10000-primer2', '`--n-images 10000 --set primer_arch=lenet5:2` (primer S0 a LeNet-5 of twice the width; the student stays LeNet-5; pairs with the 10K budget row)'),
                        ('dipkd-fmnist-primer2', '`--set primer_arch=lenet5:2`, N = 50K (pairs with the main result)'),
                        ('dipkd-fmnist-lean', '`--preset fmnist-lean` (ours: primer `lenet5:2`, no L1, re-label where the primer moved), N = 50K (pairs with the main result; three fresh runs on one machine, '
                                              'each with the same accuracy, queries and final training loss as `dipkd-fmnist-primer2-l1off-changed` in `benchmarks/student-probe.jsonl`)'),
                        ('dipkd-fmnist-lean-primer3', '`--preset fmnist-lean --set primer_arch=lenet5:3` (the lean setting with a primer of three times the width), N = 50K '
                                                      '(pairs with the main result and with `fmnist-lean`)'),
                        ('dipkd-fmnist-n10000-noshift', '`--n-images 10000 --set train.shift=0 --set primer_train.shift=0` (S0 and S see each image as labelled, never shifted; pairs with the 10K budget row)'),
                        ('dipkd-fmnist-noshift', '`--set train.shift=0 --set primer_train.shift=0`, N = 50K (pairs with the main result)'),
                        ('dipkd-fmnist-noshift-fast', '`--set train.shift=0 --set primer_train.shift=0` with S0 and S on 30 epochs, lr 0.05 on a cosine (`primer_train.epochs=30`, `.lr=0.05`, `.schedule=cosine`, the same for `train`), N = 50K (pairs with the main result)'),
                        ('dipkd-fmnist-lean-noshift-fast', '`--preset fmnist-lean` with the same: no shift, 30 epochs, lr 0.05 on a cosine, N = 50K (pairs with `fmnist-lean`)'),
                        ('dipkd-fmnist-lean-noshift', '`--preset fmnist-lean-noshift` (the row above through its preset: seed 0 again, the same student byte for byte, and a fourth seed, 3), N = 50K'),
                        ('dipkd-fmnist-lean-noshift-n10000', '`--preset fmnist-lean-noshift --n-images 10000` (pairs with the 10K budget row)'),
                        ('dipkd-fmnist-lean-noshift-n20000', '`--preset fmnist-lean-noshift --n-images 20000` (pairs with the 20K budget row)'),
                        ('dipkd-fmnist-lean-shift1', '`--preset fmnist-lean-noshift --set train.shift=0.04 --set primer_train.shift=0.04` (a shift of one pixel instead of none), N = 50K (pairs with the `fmnist-lean-noshift` rows)'),
                        ('dipkd-fmnist-lean-shift1-n10000', 'the same one-pixel shift with `--n-images 10000` (pairs with the 10K budget row)'),
                        ('dipkd-fmnist-lean-shift1-n20000', 'the same one-pixel shift with `--n-images 20000` (pairs with the 20K budget row)'),
                        ('dipkd-fmnist-lean-shift2', '`--preset fmnist-lean-noshift --set train.shift=0.075 --set primer_train.shift=0.075` (two pixels), N = 50K'),
                        ('dipkd-fmnist-lean-1px-mix20', '`--preset fmnist-lean-1px --set balance.max_queries=1.05 --set boundary=0.2 --set boundary_search=random` (0.2·N of phase 1\'s queries spent on teacher-labelled random mixtures instead; pairs with the one-pixel row by seed, phase 1 differs), N = 50K'),
                        ('dipkd-fmnist-lean-1px-mix20d', 'the same with `--set boundary_pick=deficit` (the primer picks the mixtures from eight times as many towards the classes D lacks; the same query plan; fresh runs on another machine, paired instead with a probe on the same runs: see `student-probe.jsonl`), N = 50K'),
                        ('dipkd-fmnist-lean-1px', '`--preset fmnist-lean-1px`, seeds 0–3 run again on another machine (phase 1 reproduces only on one machine: the same-machine reference for the next row; its paired no-contrast control is the probe `dipkd-fmnist-lean-1px-nocontrast` in `student-probe.jsonl`), N = 50K'),
                        ('dipkd-fmnist-lean-1px-nocontrast-n58000', '`--preset fmnist-lean-1px --set generations=0 --set primer_arch=lenet5 --n-images 58000` (no contrast: the student is a LeNet-5 S0 trained on D, and the queries the re-labelling would ask are spent on 8K more priors: 72.5K queries, 1.45 × 50K)'),
                        ('dipkd-fmnist-lean-1px-kd', '`--preset fmnist-lean-1px --set kd_weight=0.0625 --set kd_temperature=4` (a light KL to the primer\'s softened outputs on the labelled rows; no query; five fresh seeds: 0, which rebuilt the `lean1px` run\'s sets and gave the probe `dipkd-fmnist-lean-1px-kd16` again to the last digit, and 4–7, new sets; each paired with a probe on the same run without the KL: `dipkd-fmnist-lean-1px-kd-nokd` in `student-probe.jsonl`), N = 50K'),
                        ('dipkd-fmnist-lean-1px-more', '`--preset fmnist-lean-1px` on four more seeds, 4–7 (new sets: the sources of the weight-decay probe in `student-probe.jsonl`), N = 50K'),
                        ('dipkd-fmnist-lean-1px-wd', '`--preset fmnist-lean-1px-wd` (ours: `fmnist-lean-1px` with weight decay 2e-3 for S0 and S; seeds 4 and 8–23, each a fresh run; seeds 4 and 8–11 ran with a budget of 2.5·N, and seed 11 asked 1.504·N), N = 50K'),
                        ('dipkd-fmnist-lean-1px-wd-n10000', '`--preset fmnist-lean-1px-wd --n-images 10000` (pairs with the 10K budget row)'),
                        ('dipkd-fmnist-lean-1px-wd-n10000-la', 'the same with `--set logit_adjust=1` (S0 and S on the logit-adjusted CE; pairs with the row above by seed)'),
                        ('dipkd-fmnist-lean-1px-wd-n10000-jitter', 'the same with the paper\'s colour jitter for S0 and S (`--set primer_train.jitter=0.2 --set train.jitter=0.2`; pairs with the 10K `fmnist-lean-1px-wd` row by seed)'),
                        ('dipkd-fmnist-n10000-flip', '`--n-images 10000 --set train.flip=true --set primer_train.flip=true` (S0 and S also see random horizontal flips, the paper\'s augmentation for all but digits; pairs with the 10K budget row)'),
                        ('dipkd-fmnist-flip', '`--set train.flip=true --set primer_train.flip=true`, N = 50K (pairs with the main result)'),
                        ('dipkd-fmnist-cosine', '`--set train.schedule=cosine` (the student\'s lr decays to 0 on a cosine; S0 as in the paper), N = 50K (pairs with the main result)'),
                        ('dipkd-fmnist-quick', '`--preset fmnist-quick` (N = 10K, 30 + 30 epochs)')):
        s = load(name)
        if s: rows.append(f"| {label} | {ms(s)} | {ms(s, 'primer_test_acc') if 'primer_test_acc' in s else ''} | {len(s['seeds'])} | "
                          f"{s['queries']['mean']:,.0f} ({s['queries']['mean'] / s['n_images']:.2f}·N) | {ms(s, 'wall_s', 0)} |")
    return rows + [''] if len(rows) > 4 else []

if __name__ == '__main__':
    m = load('dipkd-fmnist')
    md = ['# DIP-KD on Fashion-MNIST: results', '', 'Generated by `python benchmarks/dipkd_tables.py` from the summaries in this folder; '
          'commands in `benchmarks/dipkd_fmnist.sh`.', '']
    if m: md += main_table(m)
    md += budget_table()
    if m: md += ablation_table(m)
    md += variants_table()
    (B/'dipkd-fmnist-tables.md').write_text('\n'.join(md) + '\n'); print('\n'.join(md))

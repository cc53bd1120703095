#!/usr/bin/env python3
"""Would a data-free criterion have chosen the same prior defaults? A re-reading of the committed phase-1 records.

    python benchmarks/datafree_selection.py      # → benchmarks/datafree-selection.{json,md}

The prior defaults (plain crop, `stretch`, `alpha_scale=3`) were chosen in earlier stops by the primer S0's accuracy
on the real Fashion-MNIST *test* split (`phase1_ablation.py`): selection on the reporting split. This script runs
nothing. It reads the committed records and asks, decision by decision, which variant a data-free rule would have
picked instead: the one whose labelled set D has the highest label entropy (bits), a number the method already has
(it is the histogram of the teacher's answers on D, queries already counted). Within one record every variant uses
the same balancer (scout-guided selection), so entropy measures how widely the teacher's answers spread over the
classes for that prior. The balancer ablation (`balance-ablation-n10000.jsonl`) is read too, as the case where the
rule is *not* meant to apply: a balancer that forces rare classes raises entropy by construction.

For each record: per variant the mean over the seeds it has; the variant the defaults kept (or became), the
test-picked and the entropy-picked variants with their S0 accuracies; Spearman's rank correlation between entropy and
S0 accuracy over the variants. (Where the best-on-test variant was not adopted, it was within the seed spread.)"""
import json, statistics as st
from pathlib import Path
from dipkd.metrics import histogram_entropy

B = Path(__file__).parent
RECORDS = {  # record → (what it decided, the variant the defaults kept or became)
    'prior-ablation-n10000.jsonl': ('crop, colour share, elastic, stretch, alpha_scale: set the current defaults (1 seed)', 'nocrop + stretch + alpha_scale 3'),
    'prior2-ablation-n10000.jsonl': ('noise interpolation, mask blur, corner fill, rotation range: defaults kept (1 seed)', 'current defaults'),
    's0-probe-n10000.jsonl': ('alpha_scale 1 vs 3 with the stretch on: settled alpha_scale=3 (3 seeds)', 'alpha_scale 3.0'),
    'mask-sigma-n10000.jsonl': ('mask blur sigma: default 1.5 kept (3 seeds)', 'mask sigma 1.5'),
    'prior3-ablation-n10000.jsonl': ('symmetry, centred mask, final blur, elastic strength: defaults kept (3 seeds)', 'current defaults'),
    'balance-ablation-n10000.jsonl': ('balancing scheme (control: a balancer that forces rare classes raises entropy by construction; 1 seed)', 'guided-select'),
}

def ranks(v:list[float])->list[float]:
    "Ranks 1..n, ties sharing their mean rank."
    order = sorted(range(len(v)), key=v.__getitem__); r = [0.0] * len(v); i = 0
    while i < len(v):
        j = i
        while j + 1 < len(v) and v[order[j + 1]] == v[order[i]]: j += 1
        for k in range(i, j + 1): r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r

def spearman(a:list[float], b:list[float])->float:
    "Spearman's rho: Pearson's correlation of the ranks."
    ra, rb = ranks(a), ranks(b); ma, mb = st.mean(ra), st.mean(rb)
    num = sum((x - ma) * (y - mb) for x, y in zip(ra, rb))
    return num / (sum((x - ma) ** 2 for x in ra) * sum((y - mb) ** 2 for y in rb)) ** 0.5

def adapt(name:str, r:dict)->dict|None:
    "`s0-probe` rows name their variant by alpha_scale and carry the histogram, not its entropy; keep only its default-recipe rows against the shipped teacher."
    if name != 's0-probe-n10000.jsonl': return r
    if r['variant'] != 'base' or r['teacher'] != 'fmnist-lenet5': return None
    return {'variant': f"alpha_scale {r['alpha_scale']}", 'entropy': histogram_entropy(r['hist']), 'S0_acc': r['acc']}

def read(name:str)->dict[str, dict]:
    "Per variant (in first-seen order): mean entropy, mean S0 accuracy and the number of seeds."
    rows = [adapt(name, json.loads(l)) for l in (B / name).read_text().splitlines() if l.strip()]
    rows = [r for r in rows if r is not None]
    out = {}
    for r in rows: out.setdefault(r['variant'], []).append(r)
    return {v: {'entropy': round(st.mean(r['entropy'] for r in rs), 4), 'S0_acc': round(st.mean(r['S0_acc'] for r in rs), 2),
                'seeds': len(rs)} for v, rs in out.items()}

def decide(name:str)->dict:
    "The variant kept, the test-picked and the entropy-picked variant of one record, and the rank correlation."
    vs = read(name); names = list(vs)
    by_test, by_h = max(names, key=lambda v: vs[v]['S0_acc']), max(names, key=lambda v: vs[v]['entropy'])
    decided, kept = RECORDS[name]
    return {'record': name, 'decided': decided, 'variants': vs, 'kept': kept, 'test_pick': by_test, 'entropy_pick': by_h,
            'entropy_keeps': by_h == kept, 'entropy_pick_vs_kept': round(vs[by_h]['S0_acc'] - vs[kept]['S0_acc'], 2),
            'spearman': round(spearman([vs[v]['entropy'] for v in names], [vs[v]['S0_acc'] for v in names]), 2) if len(names) > 2 else None}

def markdown(res:list[dict])->str:
    lines = ['# Data-free selection of the prior defaults (a re-reading; nothing re-run)', '',
             'Command: `python benchmarks/datafree_selection.py`. S0 = the primer\'s Fashion-MNIST test accuracy (%), '
             'N = 10K, mean over the seeds each record has; entropy = label entropy of D (bits).', '',
             '| record | what it decided | kept (S0) | best on test (S0) | highest entropy (S0) | entropy keeps the default | Spearman(entropy, S0) |',
             '|---|---|---|---|---|---|---|']
    for r in res:
        v = r['variants']
        pick = lambda k: f"{k} ({v[k]['S0_acc']})"
        lines.append(f"| `{r['record']}` | {r['decided']} | {pick(r['kept'])} | {pick(r['test_pick'])} | {pick(r['entropy_pick'])} | "
                     f"{'yes' if r['entropy_keeps'] else 'no, ' + format(r['entropy_pick_vs_kept'], '+.2f')} | {'—' if r['spearman'] is None else r['spearman']} |")
    return '\n'.join(lines) + '\n'

if __name__ == '__main__':
    res = [decide(n) for n in RECORDS]
    (B / 'datafree-selection.json').write_text(json.dumps(res, indent=1) + '\n')
    (B / 'datafree-selection.md').write_text(markdown(res))
    print(markdown(res))

#!/usr/bin/env python3
"""S0's real test accuracy against the teacher queries it cost, at N = 50K: one picture of the label probes.

    python benchmarks/s0_labels_plot.py   # → benchmarks/s0-labels-n50000.png

Reads the records of `s0_softlabel.py` (`s0-softlabel-n50000.jsonl`: stored top-1 labels and, white box, the
teacher's softmax per view; `s0-perview-n50000.jsonl`: a top-1 answer per view) and of `s0_online.py`
(`s0-fresh-n50000.jsonl`: fresh top-1 answers for a share of the views or for every view of the last epochs, the
stored labels without the shift, and the stored labels again for further seeds). Every S0 is
the probes' LeNet-5 on the same scout-guided D of its seed; one dot per seed, a bar for the mean ± std. The
white-box row asks no query of the oracle (it reads the teacher's probabilities), so it is drawn as a band."""
import json, statistics as st
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
N = 50_000
D_QUERIES = int(1.25 * N)     # what building D asks (every record of `s0_online.py` reports it)

def records():
    "(row, queries, accuracy) for every seed's line in the N = 50K label-probe files."
    out = []
    for name in ('s0-softlabel-n50000', 's0-perview-n50000', 's0-fresh-n50000'):
        for line in open(HERE / f'{name}.jsonl'):
            r = json.loads(line)
            row = {'hard labels (default)': 'stored top-1 labels', 'offline': 'stored top-1 labels',
                   'offline, no shift': 'stored top-1 labels, no shift'}.get(r['row'], r['row'])
            q = r.get('queries', D_QUERIES + r.get('queries_per_view', 0))
            out.append((row, None if r.get('white_box') else q, r.get('S0_acc', r.get('real_acc'))))
    return out

def plot(path=HERE / 's0-labels-n50000.png'):
    import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
    rows = defaultdict(list)
    for row, q, acc in records(): rows[(row, q)].append(acc)
    fig, ax = plt.subplots(figsize=(8, 4.8))
    style = lambda row: ('tab:red', 's') if 'margin' in row else ('tab:blue', 'o') if 'random' in row or 'per view' in row \
                        else ('tab:green', 'D') if 'epochs' in row else ('tab:orange', '^') if 'no shift' in row else ('tab:grey', 'o')
    for (row, q), accs in sorted(rows.items(), key=lambda kv: (kv[0][1] or 0)):
        if q is None:                                   # white box: no query, a band at its mean ± std
            m, s = st.mean(accs), st.stdev(accs)
            ax.axhspan(m - s, m + s, color='tab:purple', alpha=0.15)
            ax.axhline(m, color='tab:purple', lw=1.5, label=f'{row} (white box, no query): {m:.1f} ± {s:.1f}')
            continue
        c, mk = style(row); x = q * (1.06 if 'margin' in row else 0.94 if 'no shift' in row or 'epochs' in row else 1.0)   # nudged sideways to stay readable
        ax.scatter([x] * len(accs), accs, color=c, marker=mk, alpha=0.45, s=22)
        m, s = st.mean(accs), st.stdev(accs) if len(accs) > 1 else 0.0
        ax.errorbar(x, m, yerr=s, color=c, marker=mk, ms=8, capsize=4,
                    label=f'{row}: {m:.1f} ± {s:.1f} (n={len(accs)})' if len(accs) > 1 else f'{row}: {m:.1f} (seed 0 only)')
    ax.set_xscale('log'); ax.set_xlabel('teacher queries (building D + fresh answers while S0 trains)')
    ax.set_ylabel('S0 real test accuracy (%)'); ax.set_title('S0 on the same N = 50K priors: accuracy against the teacher queries it cost')
    ax.axhline(82.38, color='k', ls=':', lw=1); ax.text(D_QUERIES, 82.7, "paper's S0 (82.38 %, hard labels)", fontsize=8)
    ax.legend(fontsize=7.5, loc='upper left', bbox_to_anchor=(1.01, 1.0)); ax.grid(alpha=0.3)
    fig.tight_layout(); fig.savefig(path, dpi=110, bbox_inches='tight'); print(path)

if __name__ == '__main__': plot()

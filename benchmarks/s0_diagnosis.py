#!/usr/bin/env python3
"""Why the primer S0 stalls: how well it learns the teacher on priors, and how that carries to real images.

    for s in 0 1 2; do python benchmarks/s0_diagnosis.py 10000 $s; done > benchmarks/s0-diagnosis-n10000.jsonl

Per seed, with the current defaults (N = 10K, the scout-guided set against the shipped fmnist-lenet5 teacher,
LeNet-5 S0 trained 30 epochs, SGD lr 0.05 cosine, batch 100, shift 1/8) one JSON line per row:

- `S0 on priors`: agreement with the labels of its own training set (`fit`, no augmentation), with the teacher
  on 10K fresh priors from the same distribution (`fresh`), and accuracy / agreement on the real test split.
- `S0 without shift`: the same without the shift augmentation (shifts change the teacher's label of a prior,
  so they act as label noise on D; they still help on real images).
- `reference: 10K real images`: NOT data-free, a diagnostic reference only. The same student trained on 10K
  real Fashion-MNIST training images with the teacher's top-1 labels: what this budget buys on the right
  distribution.
- `contrast E×lr`: phase 2 from this S0 with E passes and pixel Adam step lr (the default is 2 × 0.01), the
  contrasted set re-labelled by the teacher, then the student trained with CE + L1 to S0 (the paper's loss).

The teacher queries spent on the fresh priors and on the real reference images are diagnostic only (they
are not part of any method and are not counted in any budget)."""
import json, sys, time
import torch
from dipkd.core import make_generator, seed_everything
from dipkd.generators import PriorConfig, make_priors
from dipkd.teachers import load_teacher, BlackBoxTeacher
from dipkd.blackbox import balanced_priors, BalanceConfig
from dipkd.models import fresh_copy, build_model
from dipkd.distill import Trainer, TrainConfig, TensorData, HardCE, LogitL1, LossSum
from dipkd.contrastive import ContrastConfig, contrast
from dipkd.metrics import predict, accuracy
from dipkd.data import load_split, to_float

N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
teacher, card = load_teacher('fmnist-lenet5', device='cpu')
arch = build_model('lenet5', card.in_shape, 10, card.mean, card.std)
xt, yt = load_split('fmnist', 'test'); pt = predict(teacher, xt)
seed_everything(seed)
x, y, _ = balanced_priors(BlackBoxTeacher(teacher, card.in_shape, 10), N, card.in_shape, 10, PriorConfig(), BalanceConfig(), make_generator(seed + 1), arch)
fresh = make_priors(10_000, card.in_shape, PriorConfig(), make_generator(10_000 + seed)); yf = predict(teacher, fresh)
TC = dict(epochs=30, batch_size=100, lr=0.05, schedule='cosine')

def train(x, y, loss=None, **kw):
    torch.manual_seed(seed); m = fresh_copy(arch)
    Trainer(m, loss or HardCE(), TrainConfig(**{**TC, **kw}), 'cpu').fit(TensorData(100, x=x, y=y))
    return m.eval()

def row(name, m, t0, **extra):
    ps = predict(m, xt)
    print(json.dumps({'row': name, 'N': N, 'seed': seed, 'fit': round(accuracy(predict(m, x), y), 2), 'fresh': round(accuracy(predict(m, fresh), yf), 2),
                      'real_acc': round(accuracy(ps, yt), 2), 'real_agree': round(accuracy(ps, pt), 2), **extra, 's': round(time.time() - t0)}), flush=True)

t0 = time.time(); s0 = train(x, y); row('S0 on priors', s0, t0)
t0 = time.time(); row('S0 without shift', train(x, y, shift=0.0), t0)
t0 = time.time()
xr, _ = load_split('fmnist', 'train')
xr = to_float(xr[torch.randperm(len(xr), generator=torch.Generator().manual_seed(seed))[:N]])
row('reference: 10K real images (not data-free)', train(xr, predict(teacher, xr)), t0)
for epochs, lr in ((2, 0.01), (20, 0.01), (20, 0.05)):
    t0 = time.time()
    xc, rec = contrast(x, s0, ContrastConfig(epochs=epochs, pixel_lr=lr), make_generator(11 + seed))
    yc = predict(teacher, xc)
    st = train(xc, yc, LossSum(ce=(1.0, HardCE()), l1=(1.0, LogitL1(s0))))
    row(f'contrast {epochs}x{lr}', st, t0, pixel_change=round(rec['pixel_change'], 4), labels_changed=round((yc != y).float().mean().item(), 3))

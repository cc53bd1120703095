"""What the N = 10K primer probes share: the teacher and test split, the scout-guided D, and S0's training recipe.

Every probe that imports this builds the same D for a seed (the scout is built before `seed_everything`, then
`balanced_priors` with `make_generator(seed + 1)`) and trains S0 from the same initial weights
(`torch.manual_seed(seed)` then `fresh_copy`), so their default rows agree to the last digit and pair across files.
S0: LeNet-5, 30 epochs, SGD lr 0.05 cosine, batch 100, shift 1/8 (`TrainConfig` defaults otherwise)."""
import json, sys, time
import torch, torch.nn.functional as F
import dipkd.blackbox as bb
from dipkd.core import make_generator, seed_everything
from dipkd.generators import PriorConfig, make_priors
from dipkd.teachers import load_teacher, BlackBoxTeacher
from dipkd.blackbox import balanced_priors, BalanceConfig
from dipkd.models import fresh_copy, build_model
from dipkd.distill import Trainer, TrainConfig, TensorData, HardCE
from dipkd.metrics import predict, accuracy, label_histogram, histogram_entropy
from dipkd.data import load_split

K = 10
S0_RECIPE = dict(epochs=30, batch_size=100, lr=0.05, schedule='cosine')

class OnlineCE(torch.nn.Module):
    """Cross-entropy against the oracle's top-1 labels of the augmented batch itself, for a `share` of each batch's
    views (every one a query, counted); the other views keep the stored label of their unshifted image. The views asked
    about are drawn at random (from their own stream: the training's RNG is untouched) or, with `pick='margin'`, are the
    ones whose softmax margin (top-1 minus top-2 probability) is smallest under the model being trained (free: it is ours).
    With `start` > 0 the first `start` training steps use the stored labels only."""
    def __init__(self, oracle, share:float=1.0, pick:str='random', seed:int=0, start:int=0):
        if pick not in ('random', 'margin'): raise ValueError(f"pick must be 'random' or 'margin', got {pick!r}")
        super().__init__(); self.oracle, self.share, self.pick, self.start, self.calls = oracle, share, pick, start, 0
        self.gen = torch.Generator().manual_seed(seed)
    def forward(self, logits, batch):
        self.calls += 1
        if self.calls <= self.start: return F.cross_entropy(logits, batch['y'])
        if self.share >= 1: return F.cross_entropy(logits, self.oracle(batch['x']))
        n, y = round(self.share * len(logits)), batch['y'].clone()
        if self.pick == 'margin':
            top2 = logits.detach().float().softmax(1).topk(2, 1).values
            idx = (top2[:, 0] - top2[:, 1]).topk(n, largest=False).indices
        else: idx = torch.randperm(len(logits), generator=self.gen)[:n].to(y.device)
        if n: y[idx] = self.oracle(batch['x'][idx])
        return F.cross_entropy(logits, y)

class Probe:
    "A teacher (by zoo name or card path), a LeNet-5 architecture normalised as its card says, and the real test split."
    def __init__(self, teacher:str='fmnist-lenet5'):
        self.teacher, self.card = load_teacher(teacher, device='cpu')
        self.arch = build_model('lenet5', self.card.in_shape, K, self.card.mean, self.card.std)
        if self.card.num_classes != K: raise SystemExit(f"these probes are written for {K} classes; {teacher} has {self.card.num_classes}")
        self.xt, self.yt = load_split(self.card.dataset, 'test')   # the teacher's own test split (every probe teacher but the MNIST one is Fashion-MNIST's)
        self.oracle = lambda: BlackBoxTeacher(self.teacher, self.card.in_shape, K, device='cpu')

    def guided_set(self, n:int, seed:int, bcfg:BalanceConfig|None=None, oracle=None):
        "The pipeline's scout-guided D of n priors for `seed`: images, labels, report."
        seed_everything(seed)
        return balanced_priors(oracle or self.oracle(), n, self.card.in_shape, K, PriorConfig(), bcfg or BalanceConfig(), make_generator(seed + 1), self.arch)

    def train_s0(self, x, y, seed:int, loss=None, arch=None, data:dict|None=None, wrap=None, **overrides):
        """S0 trained on (x, y) from the seed's initial weights; `loss` a module or a function of the model that makes one;
        `data` more tensors for the batches (e.g. soft targets); `wrap(m)` a module around the model that the trainer trains
        instead (e.g. an augmentation of its input), the model itself returned; `overrides` change the recipe (e.g. shift=0.25)."""
        torch.manual_seed(seed); m = fresh_copy(arch or self.arch)
        if loss is not None and not isinstance(loss, torch.nn.Module): loss = loss(m)
        Trainer(wrap(m) if wrap else m, loss or HardCE(), TrainConfig(**{**S0_RECIPE, **overrides}), 'cpu').fit(TensorData(100, x=x, y=y, **(data or {})))
        return m.eval()

    def lean_recipe(self)->dict:
        "`train_s0`'s arguments for the primer of preset `fmnist-lean-1px-wd`: `lenet5:2`, a one-pixel shift, weight decay 2e-3."
        return dict(arch=build_model('lenet5:2', self.card.in_shape, K, self.card.mean, self.card.std), shift=0.04, weight_decay=2e-3)

    def score(self, m)->dict:
        "Real test accuracy and per-class accuracy (%)."
        ps = predict(m, self.xt)
        return {'S0_acc': round(accuracy(ps, self.yt), 2), 'per_class': [round(accuracy(ps[self.yt == k], self.yt[self.yt == k]), 1) for k in range(K)]}

def prior_rows(P:Probe, N:int, seed:int, makers:dict, extra=None):
    """One JSON row per entry of `makers` (row name → a function like `make_priors(n, shape, cfg, gen)`, or None for
    `make_priors` itself): the scout-guided D of N priors made through it, its label histogram, and S0 trained on it;
    `extra(x)`, if given, adds its dict of columns about D's images."""
    make0 = bb.make_priors
    try:
        for name, make in makers.items():
            t0 = time.time()
            bb.make_priors = make or make0   # balanced_priors makes its candidates through this name
            x, y, rep = P.guided_set(N, seed)
            set_row(P, name, N, seed, x, y, rep['queries'], t0, extra)
    finally: bb.make_priors = make0

def set_row(P:Probe, name:str, N:int, seed:int, x, y, queries:int, t0:float, extra=None, **more):
    """Print one JSON row about a labelled set (x, y) made with `queries` oracle queries: its mean intensity, label
    histogram and entropy, and S0 trained on it (`P.train_s0`); then `extra(x)`'s columns, if given, and `more`."""
    h = label_histogram(y, K)
    print(json.dumps({'row': name, 'N': N, 'seed': seed, 'queries': queries, 'mean_intensity': round(x.mean().item(), 3), 'hist': h,
                      'entropy': round(histogram_entropy(h), 2), **P.score(P.train_s0(x, y, seed)), **(extra(x) if extra else {}), **more,
                      's': round(time.time() - t0)}), flush=True)

def cli_args(rows:list)->tuple[int, int, list]:
    "Command line `N SEED ['ROW|ROW…']`: N (10K by default), the seed (0 by default) and the rows to run (default `rows`)."
    N, seed = (int(sys.argv[1]) if len(sys.argv) > 1 else 10000), (int(sys.argv[2]) if len(sys.argv) > 2 else 0)
    return N, seed, (sys.argv[3].split('|') if len(sys.argv) > 3 else rows)

def partly(share:float, f):
    "A `make_priors` stand-in: the priors with `f(x, gen)` applied to a `share` of them (f's draws, then the choice, from the same generator)."
    def make(n, shape, cfg=None, gen=None):
        x = make_priors(n, shape, cfg, gen)
        fx = f(x, gen)
        keep = torch.rand(n, 1, 1, 1, generator=gen, device=x.device) < share
        return torch.where(keep, fx, x)
    return make

def rows_main(makers:dict, rows:list, extra=None):
    """Command line `N SEED ['ROW|ROW…']`: one `prior_rows` row per name (default `rows`); 'defaults' is `make_priors`
    itself, 'KIND V' is `makers[KIND](V)`; `extra` as in `prior_rows`."""
    N, seed, names = cli_args(rows)
    def maker(name):
        if name == 'defaults': return None
        kind, v = name.rsplit(' ', 1)
        if kind not in makers: raise SystemExit(f"unknown row {name!r}: expected 'defaults' or one of {sorted(makers)} followed by a share")
        return makers[kind](float(v))
    prior_rows(Probe(), N, seed, {name: maker(name) for name in names}, extra)

#!/usr/bin/env python3
"""Where does phase 3's exploration spend its time? A timing of the parts of one batch, not a benchmark of accuracy.

    python benchmarks/explore_cost.py [N_GEN]     (run from the project root; N_GEN = `explore.n`, default 100)

With the 10K budget row's shapes (LeNet-5 student and primer on 1×32×32 images, batches of 100, `DipkdConfig`'s
defaults with `explore.weight=1`) it times, on random weights and images, a whole batch of phase 3 as the run makes
it: the batch drawn from `Explore` (its generator step and generated images) and `Trainer`'s step with the student
loss `student_loss` builds (CE + L1 to the primer, + L1 on the generated images), against the same step on a plain
`TensorData` batch. It also times the two parts `Explore` adds before the step: the generator step (`Explore.step`)
and drawing the batch's generated images. Each figure is the mean of 30 repeats after one warm-up, in ms, on this
machine's CPU threads (or the GPU, if there is one). Writes benchmarks/explore-cost.{json,md}."""
import json, sys, time
from pathlib import Path
import torch
from dipkd.blackbox import DipkdConfig, student_loss
from dipkd.core import git_commit, make_generator
from dipkd.distill import Explore, TensorData, Trainer
from dipkd.generators import CondGenerator
from dipkd.models import build_model

def sync(): torch.cuda.synchronize() if torch.cuda.is_available() else None

def ms(f, k:int=30)->float:
    "Mean wall time of f() over k calls after one warm-up, in ms."
    f(); sync(); t0 = time.perf_counter()
    for _ in range(k): f()
    sync(); return round((time.perf_counter() - t0) / k * 1000, 1)

def batch_time(cfg:DipkdConfig, data, student, primer, dev)->float:
    "ms for one phase-3 batch: drawing it from `data`, then `Trainer`'s step with the student loss of `cfg`."
    t = Trainer(student, student_loss(cfg, primer), cfg.train, dev); t._setup(data)
    def one():
        for b in data.batches(make_generator(0)): t._train_step(b); break
    return ms(one)

def main(n_gen:int=100, batch:int=100):
    dev = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
    torch.manual_seed(0)
    cfg = DipkdConfig(); cfg.explore.weight, cfg.explore.n = 1.0, n_gen; e = cfg.explore
    student = build_model('lenet5', (1, 32, 32), 10).to(dev)
    primer = build_model('lenet5', (1, 32, 32), 10).to(dev).eval().requires_grad_(False)    # as phase 3 holds it
    labelled = TensorData(batch, x=torch.rand(batch, 1, 32, 32), y=torch.randint(0, 10, (batch,)))
    net = CondGenerator(10, (1, 32, 32), nz=e.nz, width=e.width).to(dev)
    ex = Explore(labelled, net, primer, student, e.n, e.lr, e.steps, make_generator(0, dev))
    plain = batch_time(DipkdConfig(), labelled, student, primer, dev)
    explored = batch_time(cfg, ex, student, primer, dev)
    gstep = ms(ex.step)
    with torch.no_grad(): draw = ms(lambda: ex.images(n_gen))
    parts = {f'a batch of {batch} labelled images, CE + L1 to the primer (explore off)': plain,
             f'a batch with exploration ({batch} + {n_gen} images, {e.steps} generator step(s) first)': explored,
             f'of it: one generator step (Explore.step, n={n_gen})': gstep,
             f"of it: drawing the batch's {n_gen} generated images": draw}
    res = dict(device=str(dev), threads=torch.get_num_threads(), n_gen=n_gen, batch=batch, steps=e.steps, ms=parts,
               ratio=round(explored / plain, 1), git_commit=git_commit())
    Path('benchmarks/explore-cost.json').write_text(json.dumps(res, indent=1) + '\n')
    md = ['# explore-cost', '', f'Per-batch time of phase 3 with exploration, {dev} ({res["threads"]} threads). Made by '
          f'`python benchmarks/explore_cost.py{" " + str(n_gen) if n_gen != 100 else ""}` at {res["git_commit"]}.', '',
          '| part | ms |', '|---|---|', *[f'| {k} | {v} |' for k, v in parts.items()], '',
          f'A batch with exploration takes {res["ratio"]}× the plain one.']
    Path('benchmarks/explore-cost.md').write_text('\n'.join(md) + '\n')
    print('\n'.join(md))

if __name__ == '__main__': main(*map(int, sys.argv[1:2]))

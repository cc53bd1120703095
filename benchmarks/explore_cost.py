#!/usr/bin/env python3
"""Where does phase 3's exploration spend its time? A timing of the parts of one batch, not a benchmark of accuracy.

    python benchmarks/explore_cost.py [N_GEN]     (run from the project root; N_GEN = `explore.n`, default 100)

With the 10K budget row's shapes (LeNet-5 student and primer on 1×32×32 images, batches of 100, the default
`ExploreConfig` generator) it times, on random weights and images, each part a batch of `Explore` adds to the plain
student step: the generator step (`Explore.step`), drawing the batch's generated images, and the student step on the
longer batch. Each figure is the mean of 30 repeats after one warm-up, in ms, on this machine's CPU threads (or the
GPU, if there is one). Writes benchmarks/explore-cost.{json,md}."""
import json, sys, time
from pathlib import Path
import torch
from dipkd.core import git_commit
from dipkd.distill import Explore, ExploreConfig, TensorData
from dipkd.generators import CondGenerator
from dipkd.models import build_model

def ms(f, k:int=30)->float:
    "Mean wall time of f() over k calls after one warm-up, in ms."
    f(); sync(); t0 = time.perf_counter()
    for _ in range(k): f()
    sync(); return round((time.perf_counter() - t0) / k * 1000, 1)

def sync(): torch.cuda.synchronize() if torch.cuda.is_available() else None

def main(n_gen:int=100, batch:int=100):
    dev = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
    torch.manual_seed(0); e = ExploreConfig()
    student = build_model('lenet5', (1, 32, 32), 10).to(dev)
    primer = build_model('lenet5', (1, 32, 32), 10).to(dev).eval()
    net = CondGenerator(10, (1, 32, 32), nz=e.nz, width=e.width).to(dev)
    ex = Explore(TensorData(batch, x=torch.rand(batch, 1, 32, 32), y=torch.zeros(batch, dtype=torch.long)), net, primer, student,
                 n_gen, e.lr, e.steps, torch.Generator(dev).manual_seed(0))
    opt = torch.optim.SGD(student.parameters(), lr=0.01, momentum=0.9)
    def student_step(n:int):
        loss = student(torch.rand(n, 1, 32, 32, device=dev)).logsumexp(1).mean()
        opt.zero_grad(); loss.backward(); opt.step()
    def generator_alone():
        ex.generator.zero_grad(); ex.images(n_gen).sum().backward()
    parts = {f'student step, {batch} images (explore off)': ms(lambda: student_step(batch)),
             f'student step, {batch + n_gen} images': ms(lambda: student_step(batch + n_gen)),
             f'generator step (Explore.step, n={n_gen})': ms(ex.step),
             f'  of it: the generator alone, forward and backward': ms(generator_alone)}
    with torch.no_grad(): parts[f'drawing the batch\'s {n_gen} generated images'] = ms(lambda: ex.images(n_gen))
    keys = list(parts)
    total = parts[keys[1]] + parts[keys[2]] + parts[keys[4]]
    res = dict(device=str(dev), threads=torch.get_num_threads(), n_gen=n_gen, batch=batch, ms=parts,
               batch_with_explore_ms=round(total, 1), ratio=round(total / parts[keys[0]], 1), git_commit=git_commit())
    Path('benchmarks/explore-cost.json').write_text(json.dumps(res, indent=1) + '\n')
    md = ['# explore-cost', '', f'Per-batch time of phase 3 with exploration, {dev} ({res["threads"]} threads). Made by '
          f'`python benchmarks/explore_cost.py{" " + str(n_gen) if n_gen != 100 else ""}` at {res["git_commit"]}.', '',
          '| part | ms |', '|---|---|', *[f'| {k} | {v} |' for k, v in parts.items()],
          f'| **a batch with exploration** (student on the longer batch + generator step + drawing) | **{res["batch_with_explore_ms"]}** ({res["ratio"]}× the plain step) |']
    Path('benchmarks/explore-cost.md').write_text('\n'.join(md) + '\n')
    print('\n'.join(md))

if __name__ == '__main__': main(*map(int, sys.argv[1:2]))

#!/usr/bin/env python3
"""Where does phase 3's exploration spend its time? A timing of the parts of one batch, not a benchmark of accuracy.

    python benchmarks/explore_cost.py [N_GEN]     (run from the project root; N_GEN = `explore.n`, default 100)

With the 10K budget row's shapes (LeNet-5 student and primer on 1×32×32 images, batches of 100, the default
`ExploreConfig` generator) it times, on random weights and images, each part a batch of `Explore` adds to the plain
student step: the generator step (`Explore.step`), drawing the batch's generated images, and the student step on the
longer batch, each with the primer running beside the student as the paper's L1 term runs it (no augmentation).
Each figure is the mean of 30 repeats after one warm-up, in ms, on this machine's CPU threads (or the GPU, if there
is one; fp32 throughout, where the trainer would use bf16 autocast). Writes benchmarks/explore-cost.{json,md}."""
import json, sys, time
from pathlib import Path
import torch, torch.nn.functional as F
from dipkd.core import git_commit, make_generator
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
    primer = build_model('lenet5', (1, 32, 32), 10).to(dev).eval().requires_grad_(False)    # as phase 3 holds it
    net = CondGenerator(10, (1, 32, 32), nz=e.nz, width=e.width).to(dev)
    ex = Explore(TensorData(batch, x=torch.rand(batch, 1, 32, 32), y=torch.zeros(batch, dtype=torch.long)), net, primer, student,
                 n_gen, e.lr, e.steps, make_generator(0, dev))
    opt = torch.optim.SGD(student.parameters(), lr=0.01, momentum=0.9)
    def student_step(n:int):
        "The trainer's step with the paper's L1 term: the primer runs without gradients beside the student."
        x = torch.rand(n, 1, 32, 32, device=dev)
        with torch.no_grad(): ref = primer(x)
        loss = F.l1_loss(student(x), ref)
        opt.zero_grad(); loss.backward(); opt.step()
    def generator_alone():
        ex.generator.zero_grad(); ex.images(n_gen).sum().backward()
    plain, longer = ms(lambda: student_step(batch)), ms(lambda: student_step(batch + n_gen))
    gstep, galone = ms(ex.step), ms(generator_alone)
    with torch.no_grad(): draw = ms(lambda: ex.images(n_gen))
    total = round(longer + e.steps * gstep + draw, 1)
    parts = {f'student step with the primer beside it, {batch} images (explore off)': plain,
             f'the same, {batch + n_gen} images': longer,
             f'generator step (Explore.step, n={n_gen}; {e.steps} a batch)': gstep,
             'of it: the generator alone, forward and backward': galone,
             f"drawing the batch's {n_gen} generated images": draw}
    res = dict(device=str(dev), threads=torch.get_num_threads(), n_gen=n_gen, batch=batch, steps=e.steps, ms=parts,
               batch_with_explore_ms=total, ratio=round(total / plain, 1), git_commit=git_commit())
    Path('benchmarks/explore-cost.json').write_text(json.dumps(res, indent=1) + '\n')
    md = ['# explore-cost', '', f'Per-batch time of phase 3 with exploration, {dev} ({res["threads"]} threads), fp32 (no autocast). Made by '
          f'`python benchmarks/explore_cost.py{" " + str(n_gen) if n_gen != 100 else ""}` at {res["git_commit"]}.', '',
          '| part | ms |', '|---|---|', *[f'| {k} | {v} |' for k, v in parts.items()],
          f'| **a batch with exploration** (student on the longer batch + {e.steps} × generator step + drawing) | **{total}** ({res["ratio"]}× the plain step) |']
    Path('benchmarks/explore-cost.md').write_text('\n'.join(md) + '\n')
    print('\n'.join(md))

if __name__ == '__main__': main(*map(int, sys.argv[1:2]))

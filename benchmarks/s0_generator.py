#!/usr/bin/env python3
"""Would a learned generator, trained against our own student, find better points to ask the teacher about than priors?

    (python benchmarks/s0_generator.py 10000 0 'generator|generator, kept'
     python benchmarks/s0_generator.py 10000 0 'defaults|priors, then generator'
     for s in 1 2; do python benchmarks/s0_generator.py 10000 $s 'defaults|generator|priors, then generator'; done) > benchmarks/s0-generator-n10000.jsonl

(the recorded file, in that order). Verdict, in `nbs/tutorials/dipkd_lab.ipynb`: a worse primer than the priors give, on
every seed.

The label-only methods the paper compares with (IDEAL, DFHL-RS) learn a generator instead of drawing priors. This is our
reading of IDEAL's loop, with honest counts: in each of `rounds` rounds a class-conditional generator (`CondGenerator`,
trained afresh each round unless `keep`) learns, against the current student alone (no query), to make images the
student puts in a class drawn uniformly at random (cross-entropy to that class); then `1.25·N / rounds` of its images
are labelled by the oracle, once each (every one counted), added to a pool, and the student trains on the whole pool
for `s_epochs` more epochs. At the end S0 is trained afresh on the pool with the probes' recipe (`s0_common`), so the
row pairs with the scout-guided priors (`defaults`: the same 1.25·N queries, the same initial weights). Rows per seed,
one JSON line each: `defaults`, `generator` (G trained afresh each round), `generator, kept` (one G through all
rounds) and `priors, then generator` (the scout-guided D of N/2 priors first, 0.625·N queries, then the generator's
rounds with the rest). Not a preset option: a probe."""
import time
import torch, torch.nn.functional as F
from dipkd.generators import CondGenerator
from dipkd.models import fresh_copy
from s0_common import Probe, K, cli_args, set_row

def new_G(P:Probe, seed:int)->CondGenerator:
    torch.manual_seed(seed)
    return CondGenerator(K, P.card.in_shape, nz=100, ngf=32, mean=P.card.mean, std=P.card.std)

def fit_G(G, S, gen, steps:int=100, batch:int=128, lr:float=1e-3):
    "G learns to make images that S (frozen) puts in uniformly drawn classes."
    S.eval().requires_grad_(False); G.train()
    opt = torch.optim.Adam(G.parameters(), lr, betas=(0.5, 0.999))
    for _ in range(steps):
        x, y = G.sample(batch, gen)
        loss = F.cross_entropy(S(x.clamp(0, 1)), y)
        opt.zero_grad(); loss.backward(); opt.step()
    S.requires_grad_(True)

def fit_S(S, x, y, gen, epochs:int, lr:float=0.01, batch:int=100):
    """A few epochs of plain SGD on the pool, no augmentation: `TrainConfig`'s defaults (lr 0.01, momentum 0.9, weight decay
    5e-4, batch 100) written out rather than run through `Trainer`, so that the recorded rows reproduce."""
    S.train(); opt = torch.optim.SGD(S.parameters(), lr, momentum=0.9, weight_decay=5e-4)
    for _ in range(epochs):
        for i in torch.randperm(len(x), generator=gen).split(batch):
            loss = F.cross_entropy(S(x[i]), y[i]); opt.zero_grad(); loss.backward(); opt.step()

def generator_pool(P:Probe, Q:int, seed:int, rounds:int=25, keep:bool=False, s_epochs:int=3, start:tuple|None=None, **g):
    """The pool of Q oracle-labelled generator images, the loop's own student, and the oracle's count; `start` (x, y,
    oracle): a labelled set the pool begins with, asked through that oracle (its queries count in Q), the student first
    trained on it for 10 epochs."""
    oracle, gen = (start[2] if start else P.oracle()), torch.Generator().manual_seed(seed + 7)
    torch.manual_seed(seed); S = fresh_copy(P.arch)
    xs, ys = ([start[0]], [start[1]]) if start else ([], [])
    if start: fit_S(S, start[0], start[1], gen, 10)
    G, per = new_G(P, seed), (Q - oracle.queries) // rounds
    for r in range(rounds):
        if r and not keep: G = new_G(P, seed * 1000 + r)
        fit_G(G, S, gen, **g)
        with torch.no_grad(): x = G.sample(per if r < rounds - 1 else Q - oracle.queries, gen)[0].clamp(0, 1)
        xs.append(x); ys.append(oracle(x))
        fit_S(S, torch.cat(xs), torch.cat(ys), gen, s_epochs)
    return torch.cat(xs), torch.cat(ys), S.eval(), oracle.queries

if __name__ == '__main__':
    N, seed, names = cli_args(['defaults', 'generator', 'generator, kept', 'priors, then generator'])
    P = Probe(); Q = N + N // 4
    for name in names:
        t0 = time.time()
        if name == 'defaults':
            x, y, rep = P.guided_set(N, seed); set_row(P, name, N, seed, x, y, rep['queries'], t0, pool=len(x))
            continue
        if name in ('generator', 'generator, kept'): x, y, S, q = generator_pool(P, Q, seed, keep=name.endswith('kept'))
        elif name == 'priors, then generator':
            o = P.oracle(); x0, y0, _ = P.guided_set(N // 2, seed, oracle=o)
            x, y, S, q = generator_pool(P, Q, seed, start=(x0, y0, o))
        else: raise SystemExit(f"unknown row {name!r}")
        set_row(P, name, N, seed, x, y, q, t0, pool=len(x), loop_student_acc=P.score(S)['S0_acc'])

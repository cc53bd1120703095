#!/usr/bin/env python3
"""Re-run only DIP-KD's last phases of finished runs, with other settings for them: a paired probe, not a benchmark.

    python benchmarks/student_probe.py SRC NAME SEEDS [--from student|contrast] [KEY=VALUE ...]
e.g.  python benchmarks/student_probe.py dipkd-fmnist-primer2 dipkd-fmnist-primer2-l1off 0,1,2 l1_weight=0
      python benchmarks/student_probe.py dipkd-fmnist-primer2 dipkd-fmnist-primer2-l1off-changed 0,1,2 --from contrast l1_weight=0 relabel=changed

For each seed it makes benchmarks/runs/NAME-sS from benchmarks/runs/SRC-sS: the labelled set, the primer and the
contrasted, re-labelled set are taken as they are (hard links; no query is asked again), and `dipkd distill --resume`
trains a fresh student with the source run's config plus KEY=VALUE. The student's initial weights are those the
source run drew: a folder written before `cached` kept torch's global random state (06_methods) gets it back-filled
into its contrast checkpoint, by replaying the one draw between the primer's last checkpoint and the student, the
contrast head's initialisation. With no KEY=VALUE the probe reproduces the source run's student exactly.

With `--from contrast` only the labelled set and the primer are taken: contrast and the re-labelling after it run
again (their queries are counted, on top of the source's phase-1 queries), so settings of phase 2 can change too.
Contrast is seeded and starts from the global random state of the primer's last checkpoint, so the probe gives what a
fresh run with the same settings would give, as long as they would not have changed phase 1 (with the default budget
they do not: phase 1 asks at most 1.25·N whatever the re-labelling keeps in reserve). Settings of the phases taken as they are (priors, balancing, primer)
are refused: the cached phases would silently ignore them.

Each finished probe appends a line to benchmarks/student-probe.jsonl with the source run's numbers beside it. Its
`student_s` is the student phase alone (`contrast_s`: contrast and re-labelling, with `--from contrast`). `queries` are
the probe run's: the source's phase-1 queries, plus the re-labelling with `--from contrast` (`source_queries`: the
source run's total)."""
import json, os, shutil, sys
from pathlib import Path
import torch
from dipkd.distill import global_rng_state
from dipkd.contrastive import InstanceHead
from dipkd.methods import distill, load_run

RUNS = Path('benchmarks/runs')
PHASES = {'student': ('train', 'ce_weight', 'l1_weight'),          # the settings each start may change (key or key prefix)
          'contrast': ('train', 'ce_weight', 'l1_weight', 'contrast', 'contrast_cfg', 'relabel', 'changed_reserve')}

def check_sets(sets:list[str], start:str):
    "Refuse a KEY=VALUE the probe would silently ignore: one that belongs to a phase it takes as it is."
    if start not in PHASES: sys.exit(f'--from must be one of {list(PHASES)}, got {start!r}')
    for kv in sets:
        key = kv.split('=', 1)[0].split('.', 1)[0]
        if '=' not in kv or key not in PHASES[start]:
            sys.exit(f'{kv!r}: a probe --from {start} can only change {", ".join(PHASES[start])} (KEY=VALUE)')

def backfill(src:Path, dst:Path):
    "Write dst/checkpoints/contrast_g1.pt: src's, with the global random state the contrast phase left behind."
    s = torch.load(src/'checkpoints'/'contrast_g1.pt', weights_only=True)
    if '_rng' not in s:
        run = load_run(src)
        primer = run.model('primer')                                                   # built before the state is set
        torch.set_rng_state(torch.load(src/'checkpoints'/'primer.pt', weights_only=True)['torch_rng'])
        InstanceHead(primer.feature_dim, run.result['config']['contrast_cfg']['embed_dim'])   # contrast()'s one global draw
        s['_rng'] = global_rng_state(torch.device('cpu'))
    torch.save(s, dst/'checkpoints'/'contrast_g1.pt')

def prepare(src:Path, dst:Path, start:str):
    (dst/'checkpoints').mkdir(parents=True, exist_ok=True)
    for f in ('transfer_set.pt', 'primer.pt'):
        if not (dst/'checkpoints'/f).exists(): os.link(src/'checkpoints'/f, dst/'checkpoints'/f)
    shutil.copy(src/'history-primer.jsonl', dst/'history-primer.jsonl')
    for f in ('checkpoints/student_g1.pt', 'history-student_g1.jsonl', 'checkpoints/contrast_g1.pt'):
        (dst/f).unlink(missing_ok=True)                                  # a half-finished probe starts over
    if start == 'student': backfill(src, dst)

def probe(src_name:str, name:str, seed:int, sets:list[str], start:str='student')->dict|None:
    src, dst = RUNS/f'{src_name}-s{seed}', RUNS/f'{name}-s{seed}'
    s = json.loads((src/'result.json').read_text())
    if s['config'].get('generations', 1) != 1: sys.exit(f'{src}: only single-generation runs can be probed')
    if (dst/'result.json').exists(): return print(f'{dst}: done already (its line is in benchmarks/student-probe.jsonl)')
    prepare(src, dst, start)
    distill('dipkd', s['teacher'], student=s['student'], seed=seed, config=s['config'], overrides=sets, budget=s['budget'],
            out=dst, resume=True, progress=False, student_norm=s['input']['norm'])
    r = json.loads((dst/'result.json').read_text())
    line = dict(name=name, source=src_name, seed=seed, sets=sets, **({'from': start} if start != 'student' else {}), test_acc=r['test_acc'], source_test_acc=s['test_acc'],
                paired=round(r['test_acc'] - s['test_acc'], 2), primer=r['info']['snapshot_test_acc']['primer'],
                final_train_loss=r['final_train_loss'], source_final_train_loss=s['final_train_loss'],
                student_s=r['phase_s']['student_g1'], queries=r['queries'], source_queries=s['queries'],
                **({'contrast_s': r['phase_s']['contrast_g1'], 'contrast': r['info']['contrast_g1']} if start == 'contrast' else {}),
                git_commit=r['git_commit'])
    with open('benchmarks/student-probe.jsonl', 'a') as f: f.write(json.dumps(line) + '\n')
    print(json.dumps(line), flush=True)
    return line

if __name__ == '__main__':
    src_name, name, seeds, *sets = sys.argv[1:]
    start = 'student'
    if sets[:1] == ['--from']:
        if len(sets) < 2: sys.exit('--from needs a phase: student or contrast')
        start, sets = sets[1], sets[2:]
    check_sets(sets, start)
    for seed in map(int, seeds.split(',')): probe(src_name, name, seed, sets, start)

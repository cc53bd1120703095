#!/usr/bin/env python3
"""Re-run only DIP-KD's last phases of finished runs, with other settings for them: a paired probe, not a benchmark.

    python benchmarks/student_probe.py SRC NAME SEEDS [--from student|contrast|primer|next] [--budget B] [KEY=VALUE ...]
e.g.  python benchmarks/student_probe.py dipkd-fmnist-primer2 dipkd-fmnist-primer2-l1off 0,1,2 l1_weight=0
      python benchmarks/student_probe.py dipkd-fmnist-primer2 dipkd-fmnist-primer2-l1off-changed 0,1,2 --from contrast l1_weight=0 relabel=changed
      python benchmarks/student_probe.py dipkd-fmnist-primer2 dipkd-fmnist-primer2-g2 0,1,2 --from next --budget 162500

For each seed it makes benchmarks/runs/NAME-sS from benchmarks/runs/SRC-sS. By default (`--from student`) the labelled
set, the primer and the contrasted, re-labelled set are taken as they are (hard links; no query is asked again, except
for a source with boundary images (`boundary` > 0): phase 3 makes and labels them again, so that their settings may change), and
`dipkd distill --resume` trains a fresh student with the source run's config plus KEY=VALUE. The student's initial weights are those the
source run drew: a folder written before `cached` kept torch's global random state (06_methods) gets it back-filled
into its contrast checkpoint, by replaying the one draw between the primer's last checkpoint and the student, the
contrast head's initialisation. With no KEY=VALUE the probe reproduces the source run's student exactly.

With `--from contrast` only the labelled set and the primer are taken: contrast and the re-labelling after it run
again (their queries are counted, on top of the source's phase-1 queries), so settings of phase 2 can change too.
Contrast is seeded and starts from the global random state of the primer's last checkpoint, so the probe gives what a
fresh run with the same settings would give, as long as they would not have changed phase 1 (with the default budget
they do not: phase 1 asks at most 1.25·N whatever the re-labelling keeps in reserve; a source made with a lean preset's 1.5·N
budget has no such room, so give a probe that asks more after phase 1 a `--budget`). Settings of the phases taken
as they are (priors, balancing, primer) are refused: the cached phases would silently ignore them. So, before
the probe's folder is made, is a setting the probe's own config never reads (`resolve_config` runs `check_ignored`: with
`contrast=false`, the settings of contrast and re-labelling and `student_set`).

With `--from primer` only the labelled set D is taken: the primer S0 is trained again, from the initial weights the
source run drew (the global random state that phase 1 left behind is kept with D), then contrast, re-labelling and the
student, so S0's training settings (`primer_train`, `primer_arch`) can change too. It refuses a source whose D was
written before that state was kept.

With `--from next` the whole source run is taken, its student (and its boundary images) included, and one more generation runs (`generations`
+ 1): its student becomes the primer, contrast and re-labelling run again on the contrasted set, and a fresh student
is trained; the paired number is that generation's student against the source's. Its KEY=VALUEs apply to the new
generation only (the source's phases are cached). The oracle's budget is the source run's unless `--budget` says
otherwise: a second generation that re-labels everything needs N more than the default 2.5·N.

Each finished probe appends a line to benchmarks/student-probe.jsonl with the source run's numbers beside it. Its
`student_s` is the student phase alone (`contrast_s`: contrast and re-labelling, with `--from contrast`, `primer` or `next`;
`primer_s` and `source_primer`: the new primer's time and the source's primer accuracy, with `--from primer`).
`student_s` sums every student a probe trains (a team too). `queries` are the probe run's total, every query its phases asked, cached or not (`source_queries`: the source run's
total); `primer` is S0's test accuracy (with `--from next` the new generation's primer is the source's student).
`class_acc`, `primer_class_acc` and `source_class_acc`: the student's, S0's and the source run's student's test accuracy per class, where the runs recorded them.
Queries asked again are new calls to the oracle: `--from contrast` re-labels what the source had re-labelled.

A probe's folder records what made it (probe.json: source, --from, KEY=VALUEs, budget). A folder made by another probe
of the same NAME, or by a series run, is refused, not recorded under this probe's settings; a checkpoint it holds that
is not the source's own file is linked again from the source."""
import json, os, shutil, sys
from pathlib import Path
import torch
from dipkd.distill import global_rng_state
from dipkd.contrastive import InstanceHead
from dipkd.core import DipkdError
from dipkd.blackbox import PHASE2_KEYS, PHASE3_KEYS
from dipkd.methods import distill, load_run, get_method, resolve_config

RUNS = Path('benchmarks/runs')
PHASES = {'student': PHASE3_KEYS + ('student_set',),                               # the settings each start may change (key or key prefix): DIP-KD's own groups
          'contrast': ('contrast',) + PHASE2_KEYS + PHASE3_KEYS}
PHASES['primer'] = ('primer_train', 'primer_arch') + PHASES['contrast']
PHASES['next'] = ('contrast',) + PHASE2_KEYS + ('ce_weight', 'label_smoothing', 'l1_weight', 'kd_weight', 'kd_temperature')   # what reaches generation 2 alone: generation 1's finished student
# is resumed as it stands, but `train` would change its trainer, and a team (`students`), `boundary*` or `explore` would make generation 1 train or ask afresh

def check_sets(sets:list[str], start:str):
    "Refuse a KEY=VALUE the probe would silently ignore: one that belongs to a phase it takes as it is."
    if start not in PHASES: sys.exit(f'--from must be one of {list(PHASES)}, got {start!r}')
    for kv in sets:
        key = kv.split('=', 1)[0].split('.', 1)[0].strip().replace('-', '_')   # as --set reads it
        if '=' not in kv or key not in PHASES[start]:
            sys.exit(f'{kv!r}: a probe --from {start} can only change {", ".join(PHASES[start])} (KEY=VALUE)')

def backfill(src:Path, dst:Path):
    "Write dst/checkpoints/contrast_g1.pt: src's, with the global random state the contrast phase left behind."
    s = torch.load(src/'checkpoints'/'contrast_g1.pt', map_location='cpu', weights_only=True)
    if '_rng' not in s:
        run = load_run(src)
        primer = run.model('primer')                                                   # built before the state is set
        torch.set_rng_state(torch.load(src/'checkpoints'/'primer.pt', map_location='cpu', weights_only=True)['torch_rng'])
        InstanceHead(primer.feature_dim, run.result['config']['contrast_cfg']['embed_dim'])   # contrast()'s one global draw
        s['_rng'] = global_rng_state(torch.device('cpu'))
    torch.save(s, dst/'checkpoints'/'contrast_g1.pt')

def prepare(src:Path, dst:Path, start:str):
    "Link the phases the probe takes as they are (a checkpoint written later replaces its link, never the source's file)."
    if start == 'primer' and '_rng' not in torch.load(src/'checkpoints'/'transfer_set.pt', map_location='cpu', weights_only=True):
        sys.exit(f'{src}: its labelled set was written without the random state after phase 1, so a new primer would not start from its weights')
    (dst/'checkpoints').mkdir(parents=True, exist_ok=True)
    keep = ['transfer_set'] + (['primer'] if start != 'primer' else []) + (['contrast_g1', 'student_g1'] if start == 'next' else [])
    keep += ['boundary_g1'] if start == 'next' and (src/'checkpoints'/'boundary_g1.pt').exists() else []   # the source's generation, whole
    for f in ('primer', 'student_g1', 'contrast_g1', 'boundary_g1', 'student_g2', 'contrast_g2', 'boundary_g2'):   # a half-finished probe starts over
        if f in keep: continue
        for p in (dst/'checkpoints'/f'{f}.pt', dst/f'history-{f}.jsonl'): p.unlink(missing_ok=True)
    (dst/'checkpoints'/'run.json').unlink(missing_ok=True)          # and records its own setup (06_methods refuses a resume with another)
    for f in keep:
        a, b = src/'checkpoints'/f'{f}.pt', dst/'checkpoints'/f'{f}.pt'
        if b.exists() and not os.path.samefile(a, b): b.unlink()   # another probe's own (a primer trained --from primer): not the source's
        if not b.exists(): os.link(a, b)
        if (src/f'history-{f}.jsonl').exists(): shutil.copy(src/f'history-{f}.jsonl', dst/f'history-{f}.jsonl')
    if start == 'student': backfill(src, dst)

def setup(src_name:str, start:str, sets:list, budget)->dict: return {'source': src_name, 'from': start, 'sets': list(sets), 'budget': budget}

def check_setup(dst:Path, want:dict):
    "Refuse a folder that another probe (or a series) made: its result would be recorded under this probe's settings."
    p = dst/'probe.json'
    had = json.loads(p.read_text()) if p.exists() else None
    if had != want: sys.exit(f"{dst} was made by {'another probe: ' + json.dumps(had) if had else 'a series run, or by a probe from before probes recorded their setup (no probe.json)'}, not by this one ({json.dumps(want)}): "
                             "give this probe another NAME, or delete the folder to run it again")

def recorded(name:str, seed:int)->bool:
    "Whether benchmarks/student-probe.jsonl already has this probe's line (a probe that crashed after its run has none)."
    p = Path('benchmarks/student-probe.jsonl')
    def line(t:str)->dict:
        try: return json.loads(t)
        except ValueError: return {}                                     # a line cut short by a crash while it was written
    return p.exists() and any((l := line(t)).get('name') == name and l.get('seed') == seed for t in p.read_text().splitlines() if t.strip())

def probe(src_name:str, name:str, seed:int, sets:list[str], start:str='student', budget:int|None=None)->dict|None:
    src, dst = RUNS/f'{src_name}-s{seed}', RUNS/f'{name}-s{seed}'
    s = json.loads((src/'result.json').read_text())
    if s['config'].get('generations', 1) != 1: sys.exit(f'{src}: only single-generation runs can be probed')
    g = 2 if start == 'next' else 1                                      # the generation the probe trains
    m, gsets = get_method('dipkd'), sets + [f'generations={g}']
    try: resolve_config(m, config=s['config'], overrides=gsets)   # what distill would refuse (ignored settings too), refused before the probe's folder is made
    except DipkdError as e: sys.exit(f'{src}: {e}')
    want = setup(src_name, start, sets, budget)
    if (dst/'result.json').exists():
        if recorded(name, seed): return print(f'{dst}: done already (its line is in benchmarks/student-probe.jsonl)')
        check_setup(dst, want)                                           # a probe that crashed after its run: recorded now, if it is this one
    else:
        if dst.exists(): check_setup(dst, want)                          # an interrupted probe goes on only as itself
        dst.mkdir(parents=True, exist_ok=True); (dst/'probe.json').write_text(json.dumps(want) + '\n')   # first: a probe cut off while it prepares goes on as itself
        prepare(src, dst, start)
        distill('dipkd', s['teacher'], student=s['student'], seed=seed, config=s['config'], budget=budget or s['budget'],
                overrides=sets + [f'generations={g}'], out=dst, resume=True, adopt=True, progress=False, student_norm=s['input']['norm'])
    r = json.loads((dst/'result.json').read_text())
    line = dict(name=name, source=src_name, seed=seed, sets=sets, **({'from': start} if start != 'student' else {}), test_acc=r['test_acc'], source_test_acc=s['test_acc'],
                paired=round(r['test_acc'] - s['test_acc'], 2), primer=r['info']['snapshot_test_acc']['primer'],
                **({'source_primer': s['info']['snapshot_test_acc']['primer'], 'primer_s': r['phase_s']['primer']} if start == 'primer' else {}),
                final_train_loss=r['final_train_loss'], source_final_train_loss=s['final_train_loss'],
                student_s=round(sum(v for k, v in r['phase_s'].items() if k.startswith(f'student_g{g}')), 1),
                queries=r['queries'], source_queries=s['queries'], budget=r['budget'],
                **({'snapshots': snaps} if (snaps := {k: v for k, v in r['info']['snapshot_test_acc'].items() if k != 'primer'}) else {}),
                **({'contrast_s': r['phase_s'][f'contrast_g{g}'], 'contrast': r['info'][f'contrast_g{g}']} if start != 'student' and r['config'].get('contrast', True) else {}),   # none with contrast=false
                **({'class_acc': r['class_acc'], 'primer_class_acc': r['info'].get('snapshot_class_acc', {}).get('primer')} if 'class_acc' in r else {}),   # per class of the test split
                **({'source_class_acc': s['class_acc']} if 'class_acc' in s else {}),   # (a run made before dipkd recorded it has none)
                git_commit=r['git_commit'])
    with open('benchmarks/student-probe.jsonl', 'a') as f: f.write(json.dumps(line) + '\n')
    print(json.dumps(line), flush=True)
    return line

if __name__ == '__main__':
    src_name, name, seeds, *sets = sys.argv[1:]
    opts = {'--from': 'student', '--budget': None}
    while sets[:1] and sets[0] in opts:
        if len(sets) < 2: sys.exit(f'{sets[0]} needs a value')
        opts[sets[0]], sets = sets[1], sets[2:]
    start, budget = opts['--from'], opts['--budget'] and int(opts['--budget'])
    check_sets(sets, start)
    for seed in map(int, seeds.split(',')): probe(src_name, name, seed, sets, start, budget)

#!/usr/bin/env python3
"""Summarise run folders (each with a result.json) into mean ± std (the sample standard deviation, n − 1), as JSON and a Markdown table.

    python benchmarks/summarize.py NAME RUN_DIR [RUN_DIR ...]
writes benchmarks/NAME.json and benchmarks/NAME.md, and copies each run's result.json to
benchmarks/results/NAME/ (the run folders themselves, with checkpoints, are not committed). When every run recorded
its real test accuracy per class, a table of it (teacher, the phases' kept models such as DIP-KD's primer, student) follows."""
import json, os, statistics, sys
from pathlib import Path

FIELDS = ('test_acc', 'agreement', 'queries', 'wall_s', 'peak_rss_mb')

def mean_std(v):
    v = [x for x in v if x is not None]
    if not v: return None, None
    return statistics.mean(v), (statistics.stdev(v) if len(v) > 1 else None)   # one value has no sample std (n − 1)

def mean_pm(v:dict, d:int=2)->str:
    "A summary's {'mean', 'std', 'per_seed'} as text: mean ± std, the mean alone for one seed (it has no sample std), 'n/a' without a value. The tables use it too."
    if v['mean'] is None: return 'n/a'
    return f"{v['mean']:.{d}f}" + (f" ± {v['std']:.{d}f}" if v.get('std') is not None and len(v.get('per_seed', (0, 0))) > 1 else '')

def by_seed(rs, key)->tuple[int, str]:
    "How many values the runs' `key` takes, and the value, or each value with its seeds (a series completed later may differ)."
    by = {}
    for r in rs: by.setdefault(r.get(key), []).append(str(r['seed']))   # (a run from before the key was recorded: None)
    if len(by) == 1: return 1, str(next(iter(by)))   # (None where no run recorded it)
    return len(by), '; '.join(f"{v} (seed{'s' if len(s) > 1 else ''} {', '.join(s)})" for v, s in by.items())

def commits(rs):
    "The commit(s) the runs were made at: one, or each with its seeds when a series was completed later."
    n, v = by_seed(rs, 'git_commit')
    return f"commit {v}" if n == 1 else f"commits {v} (wall times are comparable only within a commit's runs: they may come from different machines)"

def summarize(name, runs):
    rs = [json.loads((Path(r)/'result.json').read_text()) for r in runs]
    commands = [(Path(r)/'command.txt').read_text().strip() if (Path(r)/'command.txt').exists() else res.get('command') for r, res in zip(runs, rs)]   # the script's line, else the one the result kept
    first = rs[0]
    summary = {'name': name, 'method': first['method'], 'teacher': first['teacher'], 'teacher_test_acc': first['teacher_test_acc'],
               'student': first['student'], 'n_images': first['n_images'], 'budget': first['budget'], 'budgets': [r['budget'] for r in rs], 'device': first['device'],
               'seeds': [r['seed'] for r in rs], 'runs': [str(r) for r in runs], 'git_commit': first['git_commit'], 'git_commits': [r['git_commit'] for r in rs],
               'torch': by_seed(rs, 'torch')[1],   # a seed's numbers can move with torch's kernels (the white-box students do: benchmarks/whitebox-torch-check.md)
               **{f: dict(zip(('mean', 'std'), mean_std([r[f] for r in rs]))) | {'per_seed': [r[f] for r in rs]} for f in FIELDS},
               'phase_s': {k: mean_std([r['phase_s'].get(k) for r in rs])[0] for k in first['phase_s']}, 'commands': commands}
    for k in first['info'].get('snapshot_test_acc', {}):   # intermediate models (e.g. DIP-KD's primer S0), measured for the report
        v = [r['info']['snapshot_test_acc'][k] for r in rs]
        summary[f'{k}_test_acc'] = dict(zip(('mean', 'std'), mean_std(v))) | {'per_seed': v}
    if all('validation' in r['info'] for r in rs):   # a synthetic validation split: the epoch each phase kept, per seed
        summary['validation'] = {ph: {k: [r['info']['validation'][ph][k] for r in rs] for k in ('keep', 'best_epoch', 'best_val', 'last_val')}
                                 for ph in first['info']['validation']}
    per_class = {'teacher': [r.get('teacher_class_acc') for r in rs]}   # the teacher, a phase's kept models (e.g. the primer), the student
    for k in first['info'].get('snapshot_class_acc', {}): per_class[k] = [r['info'].get('snapshot_class_acc', {}).get(k) for r in rs]
    per_class['student'] = [r.get('class_acc') for r in rs]
    if all(per_class['student']):   # test accuracy per class (runs made before dipkd recorded it have none: then no table)
        from dipkd.data import dataset_info
        summary['class_acc'] = {'classes': list(dataset_info(first['dataset']).classes) or [str(i) for i in range(len(per_class['student'][0]))],
                                **{m: [dict(zip(('mean', 'std'), mean_std(c))) for c in zip(*v)] for m, v in per_class.items() if all(v)}}
    curves = [r['info'].get('curve') for r in rs]
    if all(curves) and len({len(c) for c in curves}) == 1:   # accuracy against time: the same epochs in every run
        summary['curve'] = [{'phase': pts[0].get('phase', 'student'), 'epoch': pts[0]['epoch'], 'wall_s': mean_std([p['wall_s'] for p in pts])[0],
                             'test_acc': dict(zip(('mean', 'std'), mean_std([p['test_acc'] for p in pts]))) | {'per_seed': [p['test_acc'] for p in pts]}}
                            for pts in zip(*curves)]
    out = Path(__file__).parent
    was = out/f'{name}.json'
    if was.exists() and os.environ.get('OVERWRITE') != '1':
        kept = json.loads(was.read_text())
        if not set(kept.get('seeds', [])) <= set(summary['seeds']):   # seeds it would lose (QUICK_SEEDS=0 over a 5-seed summary); more seeds extend it
            sys.exit(f"benchmarks/{name}.json summarises seeds {kept.get('seeds')}, these runs seeds {summary['seeds']}, which would drop some: "
                     "set OVERWRITE=1 to replace it, or give these runs a series of their own")
        at = kept.get('git_commits') or [None] * len(kept['seeds'])   # (older summaries kept the first run's commit only: then the accuracy alone is compared)
        old = {s: (a, c) for s, a, c in zip(kept['seeds'], kept['test_acc']['per_seed'], at)}
        moved = [f"seed {s}: {old[s][0]} % on record, {a} % now" + (f" (commit {str(c)[:7]}, {str(old[s][1])[:7]} on record)" if old[s][1] else '')
                 for s, a, c in zip(summary['seeds'], summary['test_acc']['per_seed'], summary['git_commits']) if s in old and old[s] != (a, c if old[s][1] else None)]
        if moved:   # a seed run again (a fresh clone has no benchmarks/runs/): its record is not replaced without a word
            sys.exit(f"benchmarks/{name}.json records other runs of these seeds ({'; '.join(moved)}): set OVERWRITE=1 to replace them, or summarise these runs under a name of their own "
                     f"(python benchmarks/summarize.py {name}-rerun RUN_DIR ...; every series the scripts run through benchmarks/common.sh takes SUFFIX=-rerun)")
    keep = out/'results'/name; keep.mkdir(parents=True, exist_ok=True)
    for r, res in zip(runs, rs): (keep/f"{Path(r).name}.json").write_text(json.dumps(res, indent=2) + '\n')
    (out/f'{name}.json').write_text(json.dumps(summary, indent=2) + '\n')
    f = lambda k, d=2: 'n/a (white-box)' if k == 'queries' and summary[k]['mean'] is None else mean_pm(summary[k], d)
    md = [f"# {name}", '', f"{first['method']}: {first['teacher']} ({first['teacher_test_acc']}%) → {first['student']}, "
          f"N = {first['n_images']}, budget {by_seed(rs, 'budget')[1]}, {len(rs)} seeds {summary['seeds']}, on {first['device']}, torch {summary['torch']}, {commits(rs)}.", '',
          'Mean ± std over the seeds: the sample standard deviation (n − 1).', '', '| metric | mean ± std | per seed |', '|---|---|---|']
    for k, d in zip(FIELDS, (2, 2, 0, 0, 0)): md.append(f"| {k} | {f(k, d)} | {', '.join(str(x) for x in summary[k]['per_seed'])} |")
    for k in summary:
        if k.endswith('_test_acc') and k != 'teacher_test_acc' and isinstance(summary[k], dict):
            md.append(f"| {k} | {f(k)} | {', '.join(str(x) for x in summary[k]['per_seed'])} |")
    if 'class_acc' in summary:
        ca = summary['class_acc']; models = [m for m in ca if m != 'classes']
        md += ['', 'Real test accuracy per class (%, mean ± std over the seeds):', '', '| class | ' + ' | '.join(models) + ' |', '|---|' + '---|' * len(models)]
        md += [f"| {c} | " + ' | '.join(mean_pm(ca[m][i], 1) for m in models) + ' |' for i, c in enumerate(ca['classes'])]
    if 'validation' in summary:
        md += ['', 'Held-out synthetic split (agreement with the teacher, %), per seed:', '', '| phase | kept | best epoch | best agreement | last-epoch agreement |', '|---|---|---|---|---|']
        md += [f"| {ph} | {v['keep'][0]} | {', '.join(map(str, v['best_epoch']))} | {', '.join(map(str, v['best_val']))} | {', '.join(map(str, v['last_val']))} |"
               for ph, v in summary['validation'].items()]
    if 'curve' in summary:
        md += ['', 'Accuracy against time (each trained model measured during training, for the report only):', '',
               '| phase | epoch | wall time (s) | test acc |', '|---|---|---|---|']
        md += [f"| {c['phase']} | {c['epoch']} | {c['wall_s']:.0f} | {mean_pm(c['test_acc'])} |" for c in summary['curve']]
    md += ['', 'Mean wall time per phase (s): ' + ', '.join(f"{k} {v:.0f}" for k, v in summary['phase_s'].items() if v is not None)]
    if any(summary['commands']):   # each run's command, as benchmarks/common.sh ran it (runs made before it kept them have none)
        md += ['', 'Commands, one per run:', ''] + [f"- `{c}`" for c in summary['commands'] if c]
    (out/f'{name}.md').write_text('\n'.join(md) + '\n')
    print('\n'.join(md))

if __name__ == '__main__':
    summarize(sys.argv[1], sys.argv[2:])

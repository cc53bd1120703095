"""The README's and the notebooks' result tables against the summary files the benchmarks wrote.

Every number in those tables is copied by hand from a `benchmarks/*.md` summary; a benchmark run again
rewrites its summary, and these tests then fail until the prose that quotes it is brought up to date."""
import json, re
from pathlib import Path
import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT/'benchmarks'

def summary(name:str)->dict:
    "A series summary (`benchmarks/NAME.md`, written by benchmarks/summarize.py): {metric: 'mean ± std'}, and 'seeds': how many."
    text = (BENCH/f'{name}.md').read_text()
    out = {m: v for m, v in re.findall(r'^\| (\w+) \| (\S+ ± \S+) \|', text, re.M)}
    out['seeds'] = int(re.search(r', (\d+) seeds? \[', text).group(1))
    return out

def rows(text:str)->list[str]: return [l for l in text.splitlines() if l.startswith('| ')]

def row(lines:list[str], *keys:str)->str:
    "The one table row holding every key."
    hits = [l for l in lines if all(k in l for k in keys)]
    assert len(hits) == 1, f'{len(hits)} rows hold {keys}'
    return hits[0]

README = rows((ROOT/'README.md').read_text())

# (a text only its README row holds, the summary it quotes, whether the row gives the primer S0)
MAIN = [('**`--preset fmnist`**', 'dipkd-fmnist', True),
        ('`--n-images 20000` | 20K', 'dipkd-fmnist-n20000', True),
        ('`--n-images 10000` | 10K', 'dipkd-fmnist-n10000', True),
        ('**`--preset fmnist-lean-1px-wd`**', 'dipkd-fmnist-lean-1px-wd', True),
        ('`--preset fmnist-quick`', 'dipkd-fmnist-quick', True),
        ('NaiveKD (`--method naive`)', 'naive-fmnist', False)]

def per_seed(name:str, metric:str)->list[float]:
    "A metric's per-seed values in a series summary."
    return [float(v) for v in re.search(rf'^\| {metric} \| \S+ ± \S+ \| (.*) \|$', (BENCH/f'{name}.md').read_text(), re.M).group(1).split(', ')]

def cells(r:str)->list[str]: return [x.strip().strip('*') for x in r.strip('|').split('|')]   # a table row's cells, bold taken off

def check_student_and_queries(name:str, s:dict, student:str, queries:str):
    "A row's student cell opens with the summary's accuracy and names its seeds; its queries cell (in thousands) is the summary's mean, to the 0.1K shown."
    assert student.startswith(s['test_acc']) and f"({s['seeds']} seeds" in student, f'{name}: the summary says {s["test_acc"]} over {s["seeds"]} seeds; the cell: {student!r}'
    q = float(s['queries'].split(' ±')[0])
    assert abs(float(queries.split('K')[0]) * 1000 - q) <= 50, f'{name}: {q:.0f} queries on average; the cell: {queries!r}'

def minutes(text:str)->list[float]: return [float(v) for v in re.findall(r'\d+\.\d', text)]

@pytest.mark.parametrize('key,name,primer', MAIN, ids=[m[1] for m in MAIN])
def test_readme_main_table(key, name, primer):
    "Column by column: queries, the student's accuracy and seeds, the primer's, and the wall time (the mean, or the seeds' range, in minutes)."
    s, c = summary(name), cells(row(README, key))                # setup, N, queries, student, primer, wall time, paper
    check_student_and_queries(name, s, c[3], c[2])
    assert c[4] == (s['primer_test_acc'] if primer else '—'), f'{name}: primer {s.get("primer_test_acc")}; the README cell: {c[4]!r}'
    wall, m = per_seed(name, 'wall_s'), minutes(c[5])
    mean, lo, hi = (round(v / 60, 1) for v in (sum(wall) / len(wall), min(wall), max(wall)))
    assert m in ([mean], [lo, hi], [mean, lo, hi]), f'{name}: wall times {wall} s (mean {mean}, range {lo}–{hi} min); the README cell: {c[5]!r}'   # one number is the mean, two the range

def test_readme_ablation_row():
    "NaiveKD, + hierarchical noise, + transform, + cutmix (the full run's primer), + contrast, the full DIP-KD: in that order."
    want = [summary('naive-fmnist')['test_acc'], summary('dipkd-fmnist-ablation-hier')['test_acc'], summary('dipkd-fmnist-ablation-transform')['test_acc'],
            summary('dipkd-fmnist')['primer_test_acc'], summary('dipkd-fmnist-ablation-contrast')['test_acc'], summary('dipkd-fmnist')['test_acc']]
    cells = [c.strip() for c in row(README, '| FMNIST, ours |').strip('|').split('|')][1:]
    assert cells == want, f'the README ablation row {cells} against the summaries {want}'

def whitebox_rows()->list[tuple[str, str, str, str]]:
    "(teacher, method, test acc, agreement) per row of `benchmarks/whitebox-fmnist-tables.md`'s main table (the rows run again follow it: `test_whitebox_reruns`)."
    out = []
    for l in rows((BENCH/'whitebox-fmnist-tables.md').read_text().split('\n## The same rows run again')[0])[1:]:   # (the header; the rule line does not start with '| ')
        c = cells(l)
        out.append((c[0].split(' (')[0], c[1], c[2], c[3]))
    assert len(out) == 5
    return out

def notebook_rows(name:str)->list[str]:
    nb = json.loads((ROOT/'nbs'/name).read_text())
    return rows('\n'.join(''.join(c['source']) for c in nb['cells'] if c['cell_type'] == 'markdown'))

@pytest.mark.parametrize('teacher,method,acc,agree', whitebox_rows(), ids=lambda v: str(v))
def test_whitebox_tables(teacher, method, acc, agree):
    r = row(README, f'(`{method}`)', f'`{teacher}`')
    assert acc in r, f'README: {method} with {teacher} is {acc} in the summary; the row: {r}'
    wall = per_seed(f"whitebox-fmnist-{'bn' if teacher.endswith('-bn') else 'plain'}-{method}", 'wall_s')   # the wall time column: the seeds' mean, in minutes
    assert cells(r)[3] == f'{sum(wall) / len(wall) / 60:.1f} min', f'README: {method} with {teacher} took {wall} s; the row says {cells(r)[3]!r}'
    for nb in ['12_softtarget.ipynb'] + (['11_cpsc.ipynb'] if teacher.endswith('-bn') else []):   # 11 quotes the BatchNorm teacher's rows
        hits = [l for l in notebook_rows(nb) if l.startswith(f'| {teacher} (') and f'`{method}`' in l]
        assert len(hits) == 1 and f'| {acc} | {agree} |' in hits[0], f'{nb}: {method} with {teacher} should read {acc} | {agree}; found {hits}'

RERUNS = [('whitebox-fmnist-bn-cpsc-rerun', '11_cpsc.ipynb'), ('whitebox-fmnist-plain-zskd-rerun', '12_softtarget.ipynb'),
          ('whitebox-fmnist-bn-softtarget-rerun', '12_softtarget.ipynb'), ('whitebox-fmnist-bn-zskd-rerun', '12_softtarget.ipynb'),
          ('whitebox-fmnist-plain-softtarget-rerun', '12_softtarget.ipynb')]   # the rows run again on another torch, and where they are quoted

@pytest.mark.parametrize('name,nb', RERUNS)
def test_whitebox_reruns(name, nb):
    "The reruns' test accuracy, as the README, the method's notebook and benchmarks/whitebox-torch-check.md quote it, is its summary's."
    acc = summary(name)['test_acc']
    text = '\n'.join(''.join(c['source']) for c in json.loads((ROOT/'nbs'/nb).read_text())['cells'] if c['cell_type'] == 'markdown')
    for where, t in (('README', (ROOT/'README.md').read_text()), (nb, text), ('whitebox-torch-check.md', (BENCH/'whitebox-torch-check.md').read_text())):
        assert acc in t, f'{where} should quote {name} as {acc}'
    assert f"{name}: " in (BENCH/'whitebox-fmnist-tables.md').read_text(), f'the tables list no row for {name}'

@pytest.mark.parametrize('name', ['dipkd-fmnist-rerun', 'dipkd-fmnist-n20000-rerun', 'dipkd-fmnist-n10000-rerun'])
def test_dipkd_rerun(name):
    "The paper preset's rows run again on another torch, as the README, 10_dip_kd and benchmarks/dipkd-torch-check.md quote them, are their summaries'."
    s = summary(name)
    text = '\n'.join(''.join(c['source']) for c in json.loads((ROOT/'nbs'/'10_dip_kd.ipynb').read_text())['cells'] if c['cell_type'] == 'markdown')
    for where, t in (('README', (ROOT/'README.md').read_text()), ('10_dip_kd', text), ('dipkd-torch-check.md', (BENCH/'dipkd-torch-check.md').read_text())):
        assert s['test_acc'] in t and s['primer_test_acc'] in t, f"{where} should quote {name} as {s['test_acc']} (primer {s['primer_test_acc']})"

def lab_table()->list[str]:
    "The rows of the lab's table of the main series (`nbs/tutorials/dipkd_lab.ipynb`)."
    nb = json.loads((ROOT/'nbs'/'tutorials'/'dipkd_lab.ipynb').read_text())
    cells = [''.join(c['source']) for c in nb['cells'] if c['cell_type'] == 'markdown' and 'The main series of whole runs in one table' in ''.join(c['source'])]
    assert len(cells) == 1
    return rows(cells[0])[1:]                                     # (the header)

# (a text only its row holds, the summary it quotes, whether the row gives the primer S0)
LAB = [('preset `fmnist` |', 'dipkd-fmnist', True), ('preset `fmnist-swa`', 'dipkd-fmnist-swa', True),
       ('`--set primer_arch=lenet5:2` (ours', 'dipkd-fmnist-primer2', True), ('preset `fmnist-lean` (ours', 'dipkd-fmnist-lean', True),
       ('`--preset fmnist-lean --set primer_arch=lenet5:3`', 'dipkd-fmnist-lean-primer3', True),
       ('`--set train.shift=0 --set primer_train.shift=0`', 'dipkd-fmnist-noshift', True),
       ('series `dipkd-fmnist-lean-noshift-fast`', 'dipkd-fmnist-lean-noshift-fast', True), ('series `dipkd-fmnist-lean-shift1`', 'dipkd-fmnist-lean-shift1', True),
       ('preset `fmnist-lean-1px-wd` (ours', 'dipkd-fmnist-lean-1px-wd', True), ('boundary_search=random` (ours: 0.2', 'dipkd-fmnist-lean-1px-mix20', True),
       ('boundary_pick=deficit`', 'dipkd-fmnist-lean-1px-mix20d', True), ('kd_weight=0.0625', 'dipkd-fmnist-lean-1px-kd', True),
       ('`--set relabel=changed`', 'dipkd-fmnist-relabel-changed', False), ('`--n-images 20000`', 'dipkd-fmnist-n20000', True),
       ('same, `--n-images 10000` | 10K', 'dipkd-fmnist-n10000', False), ('preset `fmnist-quick`', 'dipkd-fmnist-quick', False),
       ('preset `fmnist-lean-1px-wd`, `--n-images 10000`', 'dipkd-fmnist-lean-1px-wd-n10000', True),
       ('`--set logit_adjust=1`', 'dipkd-fmnist-lean-1px-wd-n10000-la', True), ('| NaiveKD |', 'naive-fmnist', False)]

def test_lab_table_rows_are_all_checked():
    assert len(lab_table()) == len(LAB), f'the lab table has {len(lab_table())} rows; {len(LAB)} are checked: add the new row to LAB'

@pytest.mark.parametrize('key,name,primer', LAB, ids=[m[1] for m in LAB])
def test_lab_table(key, name, primer):
    "The lab's table, column by column: queries, and the student's accuracy, seeds and (where given) the primer's mean."
    s, c = summary(name), cells(row(lab_table(), key))           # method, setup, N, queries, student, wall time, paper
    check_student_and_queries(name, s, c[4], c[3])
    if primer: assert re.search(rf"primer (S0 )?\**{re.escape(s['primer_test_acc'].split(' ±')[0])}\b", c[4]), f'{name}: primer {s["primer_test_acc"]}; the cell: {c[4]!r}'

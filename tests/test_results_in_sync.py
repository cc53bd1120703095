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

@pytest.mark.parametrize('key,name,primer', MAIN, ids=[m[1] for m in MAIN])
def test_readme_main_table(key, name, primer):
    s, r = summary(name), row(README, key)
    assert s['test_acc'] in r and f"({s['seeds']} seeds" in r, f'{name}: the summary says {s["test_acc"]} over {s["seeds"]} seeds; the README row: {r}'
    if primer: assert s['primer_test_acc'] in r, f'{name}: primer {s["primer_test_acc"]}; the README row: {r}'

def test_readme_ablation_row():
    "NaiveKD, + hierarchical noise, + transform, + cutmix (the full run's primer), + contrast, the full DIP-KD: in that order."
    want = [summary('naive-fmnist')['test_acc'], summary('dipkd-fmnist-ablation-hier')['test_acc'], summary('dipkd-fmnist-ablation-transform')['test_acc'],
            summary('dipkd-fmnist')['primer_test_acc'], summary('dipkd-fmnist-ablation-contrast')['test_acc'], summary('dipkd-fmnist')['test_acc']]
    cells = [c.strip() for c in row(README, '| FMNIST, ours |').strip('|').split('|')][1:]
    assert cells == want, f'the README ablation row {cells} against the summaries {want}'

def whitebox_rows()->list[tuple[str, str, str, str]]:
    "(teacher, method, test acc, agreement) per row of `benchmarks/whitebox-fmnist-tables.md`."
    out = []
    for l in rows((BENCH/'whitebox-fmnist-tables.md').read_text())[1:]:   # (the header; the rule line does not start with '| ')
        c = [x.strip() for x in l.strip('|').split('|')]
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
    for nb in ['12_softtarget.ipynb'] + (['11_cpsc.ipynb'] if teacher.endswith('-bn') else []):   # 11 quotes the BatchNorm teacher's rows
        hits = [l for l in notebook_rows(nb) if l.startswith(f'| {teacher} (') and f'`{method}`' in l]
        assert len(hits) == 1 and f'| {acc} | {agree} |' in hits[0], f'{nb}: {method} with {teacher} should read {acc} | {agree}; found {hits}'

"""Same seed, same result, across processes. The notebooks compare runs inside one Python process (pytest runs
them all in one); this runs `dipkd distill` twice as fresh commands, with different hash seeds, so that a result
hanging on state a process starts with (a seed taken from `hash()` of a string, the order of a set) would show:
a tiny DIP-KD run (priors, balancing with its scout, contrast, the student) must write the same student to the byte,
and so must a tiny run of every other method."""
import json, os, subprocess, sys
import pytest
from tiny_runs import DIPKD_TINY, TINY as RUNS

TINY = [t for kv in DIPKD_TINY for t in ('--set', kv)]

def _distill(out, hash_seed:str):
    cmd = [sys.executable, '-m', 'dipkd', 'distill', '--method', 'dipkd', '--student', 'lenet5-half', '--n-images', '400',
           '--seed', '1', '--quiet', '--device', 'cpu', '--out', str(out), *TINY]   # the CPU, whatever $DIPKD_DEVICE or a GPU says: byte-equal runs are promised there (on CUDA only with --deterministic)
    return subprocess.run(cmd, env={**os.environ, 'PYTHONHASHSEED': hash_seed}, capture_output=True, text=True, timeout=600)

def test_two_processes_write_the_same_student(tmp_path):
    runs = {h: _distill(tmp_path/f'h{h}', h) for h in ('1', '2')}
    for h, p in runs.items(): assert p.returncode == 0, (h, p.stderr[-2000:])
    weights = {h: (tmp_path/f'h{h}'/'student.safetensors').read_bytes() for h in runs}
    results = {h: json.loads((tmp_path/f'h{h}'/'result.json').read_text()) for h in runs}
    assert weights['1'] == weights['2']
    for k in ('test_acc', 'queries', 'final_train_loss'): assert results['1'][k] == results['2'][k], k
    assert results['1']['info']['label_histogram'] == results['2']['info']['label_histogram']

@pytest.mark.parametrize('name', sorted(set(RUNS) - {'dipkd'}))
def test_every_method_the_same_in_two_processes(name, tmp_path):
    "The other methods, each as a tiny run of its quick preset, twice with different hash seeds: the same student to the byte."
    teacher, student, kw = RUNS[name]
    args = ['--method', name, '--teacher', teacher, '--student', student, '--preset', 'quick', '--seed', '1', '--quiet', '--device', 'cpu',
            *(['--n-images', str(kw['n_images'])] if 'n_images' in kw else []), *[t for kv in kw['overrides'] for t in ('--set', kv)]]
    runs = {h: subprocess.run([sys.executable, '-m', 'dipkd', 'distill', *args, '--out', str(tmp_path/f'h{h}')], env={**os.environ, 'PYTHONHASHSEED': h},
                              capture_output=True, text=True, timeout=600) for h in ('1', '2')}
    for h, p in runs.items(): assert p.returncode == 0, (h, p.stderr[-2000:])
    assert (tmp_path/'h1'/'student.safetensors').read_bytes() == (tmp_path/'h2'/'student.safetensors').read_bytes()
    r1, r2 = (json.loads((tmp_path/f'h{h}'/'result.json').read_text()) for h in ('1', '2'))
    for k in ('test_acc', 'final_train_loss'): assert r1[k] == r2[k], k

"""Same seed, same result, across processes. The notebooks compare runs inside one Python process (pytest runs
them all in one); this runs `dipkd distill` twice as fresh commands, with different hash seeds, so that a result
hanging on state a process starts with (a seed taken from `hash()` of a string, the order of a set) would show:
a tiny run of every method (DIP-KD's with its priors, balancing with its scout, contrast and the student) must write
the same student to the byte, and the same queries and label histogram where the method keeps them."""
import json, os, subprocess, sys
import pytest
from tiny_runs import TINY as RUNS

@pytest.mark.parametrize('name', sorted(RUNS))
def test_every_method_the_same_in_two_processes(name, tmp_path):
    "Each method as its tiny run (`tiny_runs.TINY`, the quick preset), twice with different hash seeds, on the CPU whatever $DIPKD_DEVICE or a GPU says (byte-equal runs are promised there; on CUDA only with --deterministic)."
    teacher, student, kw = RUNS[name]
    args = ['--method', name, '--teacher', teacher, '--student', student, '--preset', 'quick', '--seed', '1', '--quiet', '--device', 'cpu',
            *(['--n-images', str(kw['n_images'])] if 'n_images' in kw else []), *[t for kv in kw['overrides'] for t in ('--set', kv)]]
    runs = {h: subprocess.run([sys.executable, '-m', 'dipkd', 'distill', *args, '--out', str(tmp_path/f'h{h}')], env={**os.environ, 'PYTHONHASHSEED': h},
                              capture_output=True, text=True, timeout=600) for h in ('1', '2')}
    for h, p in runs.items(): assert p.returncode == 0, (h, p.stderr[-2000:])
    assert (tmp_path/'h1'/'student.safetensors').read_bytes() == (tmp_path/'h2'/'student.safetensors').read_bytes()
    r1, r2 = (json.loads((tmp_path/f'h{h}'/'result.json').read_text()) for h in ('1', '2'))
    for k in ('test_acc', 'final_train_loss', 'queries'): assert r1[k] == r2[k], k
    assert r1['info'].get('label_histogram') == r2['info'].get('label_histogram')
    if name == 'dipkd': assert r1['queries'] and r1['info']['label_histogram'], r1   # (the black-box run's own record: compared, not two Nones)

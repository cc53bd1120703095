"""The wheel `pip install dipkd` would get holds what the library needs.

CI installs the package editable, so the library runs from this tree and a file the wheel leaves out
(a new module outside `packages`, a shipped teacher outside `package_data`) would never be missed there.
This builds the wheel from the tree's own files, offline, and runs it from where pip would unpack it."""
import configparser, os, re, shutil, subprocess, sys, zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def _tracked(prefix:str)->set[str]:
    out = subprocess.run(['git', 'ls-files', '--', prefix], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    assert f'{prefix}/zoo/fmnist-lenet5.safetensors' in out, "git lists no shipped teacher: the comparison below would prove nothing"
    return set(out)

def _wheel(tmp:Path)->Path:
    "Build the wheel from a copy of the files a build reads (none written into the checkout), without network: setuptools ≥ 70.1 (a dev requirement) builds wheels itself."
    src = tmp/'src'; src.mkdir()
    for f in ('setup.py', 'settings.ini', 'pyproject.toml', 'README.md', 'LICENSE', 'MANIFEST.in'): shutil.copy(ROOT/f, src/f)
    shutil.copytree(ROOT/'dipkd', src/'dipkd', ignore=shutil.ignore_patterns('__pycache__'))
    r = subprocess.run([sys.executable, '-m', 'pip', 'wheel', '--no-deps', '--no-build-isolation', '--no-index', '-q', '-w', str(tmp/'dist'), str(src)],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    whl, = (tmp/'dist').glob('dipkd-*.whl')
    return whl

def test_the_wheel_holds_and_runs_the_library(tmp_path):
    whl = _wheel(tmp_path)
    with zipfile.ZipFile(whl) as z:
        names = set(z.namelist())
        meta = z.read(next(n for n in names if n.endswith('.dist-info/METADATA'))).decode()
        entry = z.read(next(n for n in names if n.endswith('.dist-info/entry_points.txt'))).decode()
        z.extractall(tmp_path/'site')
    left_out = _tracked('dipkd') - names
    assert not left_out, f"files of the library that the wheel leaves out (setup.py's packages / package_data): {sorted(left_out)}"
    cfg = configparser.ConfigParser(); cfg.read(ROOT/'settings.ini')
    assert re.search(r'^Requires-Python: (.+)$', meta, re.M).group(1).strip() == '>=' + cfg['DEFAULT']['min_python']
    for script in cfg['DEFAULT']['console_scripts'].split():   # the `dipkd` command
        name, target = script.split('=')
        assert re.search(rf'^{re.escape(name)}\s*=\s*{re.escape(target)}$', entry, re.M), entry
    site = tmp_path/'site'
    code = ("import sys; sys.path.insert(0, sys.argv[1]); import dipkd, dipkd.teachers as t, torch\n"
            "assert dipkd.__file__.startswith(sys.argv[1]), dipkd.__file__\n"                     # the unpacked wheel, not the checkout
            "m, c = t.load_teacher('fmnist-lenet5', device='cpu')\n"                            # a shipped teacher, its checksum checked, from the wheel's zoo
            "assert m(torch.rand(2, 1, 32, 32)).shape == (2, 10) and c.sha256\n"
            "print(len(t.list_teachers()))")
    r = subprocess.run([sys.executable, '-c', code, str(site)], cwd=tmp_path, capture_output=True, text=True,
                       env={**os.environ, 'DIPKD_DATA': str(tmp_path/'data')})   # no teachers of the user's own (`user_zoo`) in the count
    assert r.returncode == 0, r.stderr[-3000:]
    assert int(r.stdout.split()[-1]) == len(list((ROOT/'dipkd'/'zoo').glob('*.json')))   # every shipped card, listed from the wheel

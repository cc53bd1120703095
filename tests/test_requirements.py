"""Every third-party module the library imports is a runtime requirement in settings.ini.

A module that only the dev requirements bring (as fastcore once was, through nbdev) works in CI and
fails after a plain `pip install dipkd`; this finds it from the library's source alone."""
import ast, configparser, re, shlex, sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def _norm(name:str)->str: return re.sub(r'[-_.]+', '-', name).lower()

def _requirements(key:str)->set[str]:
    cfg = configparser.ConfigParser(); cfg.read(ROOT/'settings.ini')
    return {_norm(re.split(r'[<>=!~\[; ]', r, maxsplit=1)[0]) for r in shlex.split(cfg['DEFAULT'].get(key, ''))}

def _imported_modules()->dict[str, set[str]]:
    "Top-level names of every module imported anywhere in dipkd/*.py (functions included), with the files that import each."
    found = {}
    for p in sorted((ROOT/'dipkd').glob('*.py')):
        for node in ast.walk(ast.parse(p.read_text())):
            if isinstance(node, ast.Import): names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level: names = [node.module]
            else: continue
            for n in names: found.setdefault(n.split('.')[0], set()).add(p.name)
    return found

def test_runtime_imports_are_requirements():
    dists, runtime = packages_distributions(), _requirements('requirements')
    missing = {}
    for mod, files in _imported_modules().items():
        if mod == 'dipkd' or mod in sys.stdlib_module_names: continue
        owners = {_norm(d) for d in dists.get(mod, [mod])}
        if not owners & runtime: missing[mod] = sorted(files)
    assert not missing, f"imported by the library but not a runtime requirement in settings.ini: {missing}"

def test_the_check_sees_imports():
    "The scan finds what the library is known to import, so an empty result cannot pass by accident."
    mods = _imported_modules()
    assert {'torch', 'numpy', 'fastcore'} <= set(mods), sorted(mods)

def test_one_minimum_python():
    "pyproject.toml's fixed requires-python wins over the python_requires setup.py makes of settings.ini's min_python: the two must say the same, or a raised min_python would still install on the older Python while the classifiers say otherwise."
    cfg = configparser.ConfigParser(); cfg.read(ROOT/'settings.ini')
    fixed = re.search(r'^requires-python\s*=\s*"([^"]+)"', (ROOT/'pyproject.toml').read_text(), re.M)
    assert fixed and fixed.group(1) == '>=' + cfg['DEFAULT']['min_python'], (fixed and fixed.group(1), cfg['DEFAULT']['min_python'])

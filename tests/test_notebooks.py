"""Run every notebook in nbs/ as a pytest test, through nbdev's own test machinery.

Cells flagged with one of settings.ini's `tst_flags` (notest, slow) are skipped; pass
`--nb-flags slow` to run the slow ones too. The tutorial needs a real kernel for its widgets: it runs
in test_tutorial.py (nbclient) and test_browser.py (JupyterLab in Chromium) instead."""
import re
from pathlib import Path
import pytest
from nbdev.config import get_config
from nbdev.test import test_nb as run_notebook

ROOT = Path(__file__).resolve().parent.parent
KERNEL_ONLY = {'first_run.ipynb'}
NBS = sorted(p for p in (ROOT/'nbs').rglob('*.ipynb')
             if not any(part.startswith(('.', '_')) for part in p.relative_to(ROOT/'nbs').parts) and p.name not in KERNEL_ONLY)

def test_every_notebook_runs():
    "A moved or renamed nbs/ would leave nothing to run, and the run would pass: every library notebook is in the list, and none is one nbdev's test_nb passes without running (skip_exec in its frontmatter, or a kernel other than Python's)."
    from nbdev.process import NBProcessor, nb_lang
    from nbdev.frontmatter import FrontmatterProc
    assert {f'{i:02d}' for i in range(14)} <= {p.name[:2] for p in NBS}, [p.name for p in NBS]
    for p in NBS:
        nb = NBProcessor(p, procs=FrontmatterProc, process=True).nb
        assert not getattr(nb, 'frontmatter_', {}).get('skip_exec') and nb_lang(nb) == 'python', p.name
        assert not [c for c in nb.cells if c.cell_type == 'code' and getattr(c, 'directives_', {}).get('eval:', [''])[0].lower() == 'false'], f'{p.name} has a cell test_nb would skip (#| eval: false, by its own rule)'

def test_every_module_has_its_notebook():
    "nbdev_export writes modules but never removes one: a module whose notebook was deleted, renamed to _… (which nbdev skips) or exports elsewhere now would stay as committed, untested, and CI's sync check would pass. Each module names the notebook it is made from, and that notebook is one that runs here, and exports to it."
    mods = sorted(p for p in (ROOT/'dipkd').glob('*.py') if p.name not in ('__init__.py', '_modidx.py'))
    assert len(mods) > 10, mods
    runs = {p.resolve() for p in NBS} | {(ROOT/'nbs'/'tutorials'/n).resolve() for n in KERNEL_ONLY}
    for m in mods:
        src = re.search(r'File to edit: (\S+?\.ipynb)', m.read_text())
        nb = (m.parent/src.group(1)).resolve() if src else None
        assert nb in runs, f'{m.name} names no notebook that is run ({src and src.group(1)}): remove the module, or restore its notebook'
        assert re.search(r'#\|\s*default_exp\s+' + re.escape(m.stem) + r'\b', nb.read_text()), f'{m.name}: {nb.name} no longer exports to it'

@pytest.mark.parametrize('nb', NBS, ids=lambda p: str(p.relative_to(ROOT/'nbs')))
def test_notebook(nb, request):
    force = request.config.getoption('--nb-flags').split()
    ok, secs = run_notebook(nb, skip_flags=get_config().tst_flags.split(), force_flags=force, showerr=True)
    assert ok, f'{nb.name} failed (traceback above)'

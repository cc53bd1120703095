"""The tutorial notebook, run top to bottom in a real Jupyter kernel through nbclient.

The nbdev runner in test_notebooks.py executes cells in-process, where widgets have no kernel to talk
to; the tutorial's dashboard and explorer need a real one, so it runs here instead (and in the browser
test, test_browser.py). The notebook asserts its own results (query budget kept, dashboard overhead
under 5 % on a CPU); this test adds that it ran without errors and that each of its four widgets was displayed by its own cell."""
import json, sys, time
from pathlib import Path
import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT/'tools'))
from kernelspec import pin_kernel
TUTORIAL = ROOT/'nbs'/'tutorials'/'first_run.ipynb'
WIDGET = 'application/vnd.jupyter.widget-view+json'

def test_tutorial_runs_in_a_kernel(tmp_path, monkeypatch):
    nb = nbformat.read(TUTORIAL, as_version=4)
    monkeypatch.setenv('JUPYTER_PATH', pin_kernel(tmp_path/'jupyter'))   # the kernel runs this interpreter, whatever kernels the user has installed
    (tmp_path/'tmp').mkdir(); monkeypatch.setenv('TMPDIR', str(tmp_path/'tmp'))   # the tutorial's run folder (about 80 MB) goes with the test's folder
    t0 = time.perf_counter()
    NotebookClient(nb, timeout=900, kernel_name='python3', store_widget_state=False,
                   resources={'metadata': {'path': str(tmp_path)}}).execute()   # raises CellExecutionError on any error
    seconds = time.perf_counter() - t0
    for call, what in [('distill(', 'the dashboard'), ('PriorGallery(', 'the gallery'), ('DiversityPanel(', 'the diversity panel'), ('EmbeddingExplorer(', 'the explorer')]:
        cells = [c for c in nb.cells if c.cell_type == 'code' and call in c.source]
        assert len(cells) == 1, f'expected one cell that calls {call}, found {len(cells)}'
        assert any(WIDGET in o.get('data', {}) for o in cells[0].outputs), f'{what} was not displayed (no widget view in its cell)'
    last = nb.cells[-1].outputs
    assert any(WIDGET in o.get('data', {}) for o in last), 'the tutorial should end in the explorer'
    assert any('UMAP of 4,000 points' in o.get('text', '') for o in last)
    print(json.dumps({'tutorial_kernel_s': round(seconds, 1)}))

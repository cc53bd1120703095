#!/usr/bin/env python3
"""Execute notebooks in place (all cells, slow ones included) so that their saved outputs are current.

    python tools/execute_nbs.py nbs/00_core.ipynb nbs/index.ipynb
then run `nbdev_clean`. Progress bars are switched off (TQDM_DISABLE=1) and no widget state is saved, so
a widget's output could only show as a stale text of its class: it is saved as a one-line note instead.
"""
import os, sys, tempfile, time
from pathlib import Path
import nbformat
from nbclient import NotebookClient
sys.path.insert(0, str(Path(__file__).resolve().parent))
from kernelspec import pin_kernel

os.environ['TQDM_DISABLE'] = '1'
KERNEL = tempfile.TemporaryDirectory(prefix='dipkd-kernel-')          # (removed when the script ends)
os.environ['JUPYTER_PATH'] = pin_kernel(KERNEL.name)                  # the kernel runs this interpreter, whatever kernels are installed
WIDGET_NOTE = '(an interactive widget: run the notebook in Jupyter to see it live)'
for fn in sys.argv[1:]:
    p = Path(fn); t0 = time.time()
    nb = nbformat.read(p, as_version=4)
    NotebookClient(nb, timeout=3600, kernel_name='python3', store_widget_state=False, resources={'metadata': {'path': str(p.parent)}}).execute()
    for c in nb.cells:
        for o in c.get('outputs', []):
            if 'application/vnd.jupyter.widget-view+json' in o.get('data', {}):
                o['data'] = {'text/plain': WIDGET_NOTE}
    nbformat.write(nb, p)
    print(f'{p}: {time.time() - t0:.0f}s', flush=True)

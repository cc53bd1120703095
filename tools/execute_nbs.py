#!/usr/bin/env python3
"""Execute notebooks in place (all cells, slow ones included) so that their saved outputs are current.

    python tools/execute_nbs.py nbs/00_core.ipynb nbs/index.ipynb
then run `nbdev_clean`. Progress bars are switched off (TQDM_DISABLE=1) so no widget state is saved.
"""
import os, sys, time
from pathlib import Path
import nbformat
from nbclient import NotebookClient

os.environ['TQDM_DISABLE'] = '1'
for fn in sys.argv[1:]:
    p = Path(fn); t0 = time.time()
    nb = nbformat.read(p, as_version=4)
    NotebookClient(nb, timeout=3600, kernel_name='python3', store_widget_state=False, resources={'metadata': {'path': str(p.parent)}}).execute()
    nbformat.write(nb, p)
    print(f'{p}: {time.time() - t0:.0f}s', flush=True)

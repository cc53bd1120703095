"""A Jupyter kernelspec 'python3' that runs this interpreter, whatever kernels the user has installed (an older
dipkd in another Python would otherwise answer): the notebook runners start their kernels from it
(tools/execute_nbs.py, whose saved outputs the README is rendered from, tests/test_tutorial.py, tests/test_browser.py)."""
import json, os, sys
from pathlib import Path

def pin_kernel(folder)->str:
    "Write the kernelspec under `folder`/kernels/python3 and return the JUPYTER_PATH that puts it before any other."
    spec = Path(folder)/'kernels'/'python3'/'kernel.json'
    spec.parent.mkdir(parents=True, exist_ok=True)
    spec.write_text(json.dumps({'argv': [sys.executable, '-m', 'ipykernel_launcher', '-f', '{connection_file}'], 'display_name': 'Python 3 (ipykernel)', 'language': 'python'}))
    return os.pathsep.join([str(folder)] + [p for p in os.environ.get('JUPYTER_PATH', '').split(os.pathsep) if p])

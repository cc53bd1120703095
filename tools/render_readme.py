#!/usr/bin/env python3
"""Render README.md from nbs/index.ipynb (quarto is not available here, so nbdev_readme cannot).

Markdown cells are copied; code cells (except `#| hide` ones) become ```python blocks with their
directive lines removed; text outputs become plain blocks; PNG outputs are written to images/ and
linked. The output depends only on the notebook, so CI can check that README.md is in sync:
    python tools/render_readme.py && git diff --exit-code README.md images/
"""
import base64, json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NB, README, IMAGES = ROOT/'nbs'/'index.ipynb', ROOT/'README.md', ROOT/'images'
DIRECTIVE = re.compile(r'^\s*#\|\s*(\S+)')

def text(src): return ''.join(src) if isinstance(src, list) else src

def render():
    nb = json.loads(NB.read_text())
    parts, written = [], set()
    for i, cell in enumerate(nb['cells']):
        src = text(cell['source'])
        if cell['cell_type'] == 'markdown': parts.append(src.strip()); continue
        if cell['cell_type'] != 'code': continue
        lines = src.split('\n')
        flags = {m.group(1) for l in lines if (m := DIRECTIVE.match(l))}
        if 'hide' in flags: continue
        code = '\n'.join(l for l in lines if not DIRECTIVE.match(l)).strip()
        if code and 'hide_input' not in flags: parts.append(f'```python\n{code}\n```')
        for j, out in enumerate(cell.get('outputs', [])):
            data = out.get('data', {})
            if out.get('output_type') == 'stream' and out.get('name') == 'stdout':
                parts.append('```\n' + text(out['text']).rstrip() + '\n```')
            elif 'image/png' in data:
                IMAGES.mkdir(exist_ok=True)
                name = f'readme_{i}_{j}.png'; (IMAGES/name).write_bytes(base64.b64decode(text(data['image/png'])))
                written.add(name); parts.append(f'![](images/{name})')
            elif 'text/markdown' in data: parts.append(text(data['text/markdown']).strip())
            elif 'text/plain' in data and out.get('output_type') == 'execute_result':
                parts.append('```\n' + text(data['text/plain']).rstrip() + '\n```')
    for stale in IMAGES.glob('readme_*.png') if IMAGES.exists() else []:
        if stale.name not in written: stale.unlink()
    README.write_text('<!-- Rendered from nbs/index.ipynb by tools/render_readme.py: edit the notebook, not this file. -->\n\n'
                      + '\n\n'.join(p for p in parts if p) + '\n')

if __name__ == '__main__':
    render(); print(f'wrote {README.relative_to(ROOT)}', file=sys.stderr)

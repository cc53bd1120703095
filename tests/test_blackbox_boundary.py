"""Black box means black box: only the oracle's own code reaches the model behind it.

`BlackBoxTeacher` keeps its model under a private (name-mangled) attribute. Python cannot enforce
privacy, so this scans the library: the mangled name may appear in `teachers.py`, where the oracle is
defined, and nowhere else. A black-box method that read the teacher's logits through the oracle would
have to name it, and would fail here; so would one that called the oracle's uncounted `_answer`, or
read its attributes wholesale."""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRIVATE = re.compile(r'_BlackBoxTeacher__|\.__model\b'            # the model itself
                     r'|\._answer\('                               # the uncounted forward pass behind the count and the budget
                     r'|vars\(\s*(?:\w+\.)*oracle\b|oracle\.__dict__')   # or the oracle's attributes wholesale

def _hits()->dict[str, list[int]]:
    out = {}
    for p in sorted((ROOT/'dipkd').glob('*.py')):
        lines = [i + 1 for i, l in enumerate(p.read_text().splitlines()) if PRIVATE.search(l)]
        if lines: out[p.name] = lines
    return out

def test_only_the_oracle_names_its_model():
    hits = _hits()
    assert set(hits) <= {'teachers.py'}, f"the oracle's private model is named outside teachers.py: {hits}"

def test_the_scan_sees_the_oracle():
    "The oracle itself names its model, so an empty scan (a renamed attribute, a broken pattern) cannot pass by accident."
    assert len(_hits().get('teachers.py', [])) >= 2

"""Black box means black box: only the oracle's own code reaches the model behind it.

`BlackBoxTeacher` keeps its model under a private (name-mangled) attribute. Python cannot enforce
privacy, so this scans the library: the mangled name may appear in `teachers.py`, where the oracle is
defined, and nowhere else. A black-box method that read the teacher's logits through the oracle would
have to name it, and would fail here; so would one that called the oracle's uncounted `_answer`, or
read its attributes wholesale. (A name pieced together at run time, or the garbage collector, escapes any
scan: code review catches those. Torch's public ways of watching a computation from outside, global
module hooks, modes and tensor subclasses, are set aside by the oracle itself and tested in 05_teachers.)"""
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRIVATE = re.compile(r'_BlackBoxTeacher__|\.__model\b'            # the model itself
                     r'|\b_answer\b'                               # the uncounted forward pass behind the count and the budget (called or passed on)
                     r'|vars\(\s*(?:\w+\.)*oracle\b|oracle\.__dict__')   # or the oracle's attributes wholesale

def _hits()->dict[str, list[int]]:
    out = {}
    for p in sorted((ROOT/'dipkd').glob('*.py')):
        if p.name == '_modidx.py': continue                       # nbdev's index of names to their docs: no code that runs
        lines = [i + 1 for i, l in enumerate(p.read_text().splitlines()) if PRIVATE.search(l)]
        if lines: out[p.name] = lines
    return out

def test_only_the_oracle_names_its_model():
    hits = _hits()
    assert set(hits) <= {'teachers.py'}, f"the oracle's private model is named outside teachers.py: {hits}"

def test_the_scan_sees_the_oracle():
    "The oracle itself names its model, so an empty scan (a renamed attribute, a broken pattern) cannot pass by accident."
    assert len(_hits().get('teachers.py', [])) >= 2

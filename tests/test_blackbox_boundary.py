"""Black box means black box: only the oracle's own code reaches the model behind it.

`BlackBoxTeacher` keeps its model under a private (name-mangled) attribute. Python cannot enforce
privacy, so this scans the library: the mangled name may appear in `teachers.py`, where the oracle is
defined, and nowhere else. A black-box method that read the teacher's logits through the oracle would
have to name it, and would fail here; so would one that called the oracle's uncounted `_answer`, or
read its attributes wholesale or by a string. Nothing but the oracle and a resumed run's restore writes its count, its record of answers, its cache or its budget (found by Python's own parser, not a pattern). Black-box code also never loads a teacher of its own, and no black-box method is handed one to check. (A name pieced together at run time, or the garbage collector, escapes any
scan: code review catches those. Torch's public ways of watching a computation from outside, global
module hooks, modes and tensor subclasses, are set aside by the oracle itself and tested in 05_teachers.)"""
import ast, re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ORACLE = r'(?:\w*oracle|\bo)'                                      # how code names the oracle: any name ending in oracle, or `o` (methods.py's); both scans use it
PRIVATE = re.compile(r'_BlackBoxTeacher__|\.__model\b'            # the model itself
                     r'|\b_answer\b'                               # the uncounted forward pass behind the count and the budget (called or passed on)
                     rf'|vars\(\s*(?:\w+\.)*{ORACLE}\b|{ORACLE}\.__dict__|getmembers\(\s*(?:\w+\.)*{ORACLE}\b|{ORACLE}\.__getstate__'   # or the oracle's attributes wholesale
                     rf'|getattr\(\s*(?:\w+\.)*{ORACLE}\s*,')       # or one named by a string

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
    "The oracle itself names its model, so an empty scan (a renamed attribute, a broken pattern) cannot pass by accident; and each of the pattern's parts finds what it is for."
    assert len(_hits().get('teachers.py', [])) >= 2
    for line in ['m = o._BlackBoxTeacher__model', 'return self.__model(x)', 'y = oracle._answer(x)', 'f = ctx.oracle._answer',
                 'd = vars(ctx.oracle)', 'd = vars(oracle)', 'd = ctx.oracle.__dict__', 'ms = inspect.getmembers(ctx.oracle)',
                 's = oracle.__getstate__()', "m = getattr(ctx.oracle, name)", "vars(o)['queries'] = 0", "o.__dict__['lost'] = 0", 'm = getattr(o, name)',
                 'd = self._oracle.__dict__', 's = my_oracle.__getstate__()', 'd = vars(self._oracle)']:
        assert PRIVATE.search(line), line
    for line in ['y = oracle(x)', 'self.answers = 0', 'model = load_teacher(name)']:   # what a black-box method may write
        assert not PRIVATE.search(line), line

COUNTED = {'queries', 'budget', 'calls', 'answered', 'answered_before', 'lost', 'recorded',   # what the oracle counts, plans its budget by, or reports
           '_cache', 'on_send', 'on_answer', 'on_unanswered'}          # what decides a repeated image is free, and the hooks that keep the run's record of what was sent
RUN_WRITES = sorted([('_cached', 'queries'),                               # a resumed run restoring them from its own record (methods.py): the count,
                     ('_open_answers', 'recorded'), ('_open_answers', 'answered_before'), ('_open_answers', 'lost'),   # the answers of its earlier sessions,
                     ('_open_answers', 'on_send'), ('_open_answers', 'on_unanswered'), ('_open_answers', 'on_answer')])   # and its record's hooks, each once
MUTATE = ('update', 'clear', 'pop', 'popitem', 'setdefault', 'append', 'extend', 'insert', 'remove', 'add', 'discard', '__setitem__', '__delitem__', 'setitem', 'delitem')

def _is_oracle(node)->bool: return isinstance(node, (ast.Name, ast.Attribute)) and re.fullmatch(ORACLE.replace(r'\b', ''), node.id if isinstance(node, ast.Name) else node.attr) is not None
def _counted(node)->str|None: return node.attr if isinstance(node, ast.Attribute) and node.attr in COUNTED and _is_oracle(node.value) else None

def _write_of(n)->str|None:
    "The counted attribute of an oracle that node `n` writes ('?' where a string not written out names it), or None: assigned (tuples, augmented, annotated), deleted, an item of it set, a mutating method or a function called on it, or `setattr`/`delattr`/`__setattr__` on the oracle."
    if isinstance(n, ast.Attribute) and isinstance(n.ctx, (ast.Store, ast.Del)): return _counted(n)
    if isinstance(n, ast.Subscript) and isinstance(n.ctx, (ast.Store, ast.Del)): return _counted(n.value)
    if not isinstance(n, ast.Call): return None
    name = n.func.attr if isinstance(n.func, ast.Attribute) else n.func.id if isinstance(n.func, ast.Name) else None
    if name in MUTATE:
        on = _counted(n.func.value) if isinstance(n.func, ast.Attribute) else None      # o.recorded.update(d)
        return on or (_counted(n.args[0]) if n.args else None)                          # dict.update(o.recorded, d), operator.setitem(o.recorded, k, v)
    if name in ('setattr', 'delattr', '__setattr__', '__delattr__') and (isinstance(n.func, ast.Attribute) and _is_oracle(n.func.value) or n.args and _is_oracle(n.args[0])):
        named = [a.value for a in n.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
        return named[0] if named else '?'
    return None

def _count_writes(src:str)->list[tuple[int, str, str]]:
    "(line, enclosing function, attribute) of every write `_write_of` finds."
    out = []
    def visit(node, fn):
        for n in ast.iter_child_nodes(node):
            f = n.name if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) else fn
            if (a := _write_of(n)) is not None: out.append((n.lineno, f, a))
            visit(n, f)
    visit(ast.parse(src), None)
    return out

def test_only_the_resume_sets_the_count():
    "What the oracle counts (its queries, the answers before and since, the lost ones, its record of answers, its cache of repeated images) and its budget are its own (teachers.py, where it writes them as `self`); the only other writes are a resumed run restoring them from its own record, the count never lowered, and the hooks that keep that record (methods.py), each written once. A method that changed them would spend queries it never reports."
    hits = {p.name: _count_writes(p.read_text()) for p in sorted((ROOT/'dipkd').glob('*.py')) if p.name != '_modidx.py'}
    found = hits.pop('methods.py')
    assert sorted((f, a) for _, f, a in found) == RUN_WRITES, f"methods.py writes what the oracle counts elsewhere than the resume's restore, or more than once: {found}"
    lines = (ROOT/'dipkd'/'methods.py').read_text().splitlines()
    assert all('max(self.oracle.queries' in lines[i - 1] for i, f, a in found if a == 'queries'), "the resume's count is not restored as the larger of the two"
    assert not {k: v for k, v in hits.items() if v}, f"what the oracle counts is written outside the oracle and the resume: {hits}"
    for line in ['ctx.oracle.queries = 0', 'oracle.budget += 100', 'self.oracle.calls -= 1', 'o.queries //= 2', 'o.queries |= 0', 'oracle.queries: int = 0', 'del oracle.lost',
                 "setattr(ctx.oracle, 'queries', 0)", "delattr(oracle, 'lost')", 'ctx.oracle.answered = 0', 'oracle.answered_before -= n', 'oracle.queries, x = 0, 1',
                 "object.__setattr__(ctx.oracle, 'lost', 0)", "oracle.__setattr__('lost', 0)", 'oracle.recorded[k] = 3', 'ctx.oracle.recorded.update(d)', 'o.recorded.clear()',
                 'dict.update(o.recorded, d)', 'operator.setitem(oracle.recorded, k, 3)', 'o.recorded.__setitem__(k, 3)', 'ctx.oracle._cache = {}', 'oracle.on_send.clear()',
                 'self._oracle.queries = 0', 'my_oracle.lost -= 1']:
        assert _count_writes(line), line
    src = (ROOT/'dipkd'/'methods.py').read_text(); at = src.index('    oracle.answered_before, oracle.lost = ')
    again = src[:at] + '    oracle.lost = 0\n' + src[at:]                               # a write the resume already makes, made once more
    assert sorted((f, a) for _, f, a in _count_writes(again)) != RUN_WRITES
    for line in ['if oracle.queries == n: pass', 'left = oracle.budget - oracle.queries', 'rep = dict(queries=ctx.oracle.queries, budget=ctx.oracle.budget)',
                 'log(oracle.queries, total=n)', 'f(o.lost, n >= 2)', 'x = o.recorded.get(k)', 'self.queries += 1', "setattr(model, 'queries', 0)"]:
        assert not _count_writes(line), line

LOADS = re.compile(r'\b(load_teacher|_load_teacher|ctx\.teacher|ZOO|user_zoo|load_file|safe_open|torch\.load)\b|card\.weights')   # a teacher, or weights, read from disk

def test_black_box_code_never_loads_a_teacher():
    "The other way to the model: the code black-box methods run (DIP-KD's modules, NaiveKD) never loads a teacher or a weights file itself (the run hands it the oracle), and no black-box method is handed the teacher to check it."
    import inspect
    from dipkd.methods import naive_kd
    for name, src in [*((f, (ROOT/'dipkd'/f).read_text()) for f in ('blackbox.py', 'contrastive.py', 'generators.py')), ('naive_kd', inspect.getsource(naive_kd))]:
        assert not LOADS.search(src), f'{name} names a way to the teacher itself: {LOADS.search(src).group(0)!r}'
    for line in ['m = load_teacher(card.name)', 'w = load_file(ZOO/ctx.card.weights)', 'sd = torch.load(p)', 't = ctx.teacher']:   # each part of the pattern finds what it is for
        assert LOADS.search(line), line
    from dipkd.methods import all_methods
    black = [m for m in all_methods().values() if m.black_box]
    assert {'naive', 'dipkd'} <= {m.name for m in black}
    assert not [m.name for m in black if m.check_teacher], 'a black-box method is handed the teacher by check_teacher'


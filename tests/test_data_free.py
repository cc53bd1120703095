"""Data-free means data-free, for every registered method: a run opens no training images, through `load_split` or
around it, and reads the real test split only for the report (never while the method runs: no epoch or stage is
picked by it), neither through `load_split` nor by opening its files. Each method runs on a tiny setting of its quick
preset; the checks are on the files opened (an audit hook) and the splits asked of `load_split` (a spy), each with the
part of the run that asked: the fit check (`distill`'s own reads before the run), anything else before the run (a
method's checks of its settings, student or teacher: none may read it), while the method runs, or its report."""
import os, re, sys
import pytest
import dipkd.blackbox, dipkd.cpsc, dipkd.softtarget   # registers every method
import dipkd.data, dipkd.methods
from dipkd.distill import Callback
from dipkd.methods import all_methods, distill
from tiny_runs import TINY

_TRAIN_FILE = re.compile(r'(train-(images|labels)-idx|data_batch_\d|train_32x32|cifar-100-python[/\\]train)')   # MNIST/FMNIST, CIFAR-10, SVHN, CIFAR-100
_TEST_FILE = re.compile(r'(t10k-(images|labels)-idx|test_batch|test_32x32|cifar-100-python[/\\]test)')
_watch = {'opened': None, 'part': 'before'}                  # opened: a list while a run is watched; part: which part of the run is on
def _on_audit(event, args):
    if _watch['opened'] is not None and event == 'open' and args and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.fsdecode(args[0])
        for kind, files in (('train', _TRAIN_FILE), ('test', _TEST_FILE)):
            if files.search(path): _watch['opened'].append((kind, path, _watch['part']))
sys.addaudithook(_on_audit)                                  # (a hook cannot be removed: it records only while `_watch` says so)

def test_every_method_is_watched():
    assert set(TINY) == set(all_methods()), f"add each new method to TINY: {set(all_methods()) ^ set(TINY)}"

@pytest.mark.parametrize('name', sorted(TINY))
def test_no_training_images_and_test_split_only_for_the_report(name, monkeypatch):
    teacher, student, kw = TINY[name]
    splits = []
    class Watch(Callback):
        def before_run(self, ctx): _watch['part'] = 'running'
    real_split, real_report = dipkd.data._cached_split, distill.__globals__['_report']
    def spy_split(n, s, native, *where):
        splits.append((n, s, _watch['part'])); return real_split(n, s, native, *where)
    def report(*a, **k):
        _watch['part'] = 'report'; return real_report(*a, **k)
    real_load = dipkd.methods.load_split
    def fit_read(*a, **k):                                   # `distill`'s fit check, known by the function that asks (`_check_fit`, `_check_teacher_fits`): the only reads allowed before the run
        if sys._getframe(1).f_code.co_name not in ('_check_fit', '_check_teacher_fits'): return real_load(*a, **k)
        was, _watch['part'] = _watch['part'], 'fit'
        try: return real_load(*a, **k)
        finally: _watch['part'] = was
    monkeypatch.setattr(dipkd.data, '_cached_split', spy_split)
    monkeypatch.setattr(dipkd.methods, 'load_split', fit_read)
    monkeypatch.setitem(distill.__globals__, '_report', report)
    real_split.cache_clear()                                 # a split an earlier test loaded would not be opened again
    _watch['opened'], _watch['part'] = [], 'before'
    try: distill(name, teacher, student, preset='quick', seed=0, progress=False, callbacks=[Watch()], **kw)
    finally: opened, _watch['opened'], _watch['part'] = _watch['opened'], None, 'before'
    assert not (train := [p for kind, p, _ in opened if kind == 'train']), f"{name} opened training images: {train}"
    assert not (test := [p for kind, p, part in opened if kind == 'test' and part == 'running']), f"{name} opened the test split's files while it ran: {test}"
    assert {s for _, s, _ in splits} == {'test'}, splits                 # no training split through load_split either
    assert not [x for x in splits if x[2] == 'running'], f"{name} read the test split while it ran: {splits}"   # the fit check's and the report's only
    assert not [x for x in splits if x[2] == 'before'], f"{name} read the test split before the run, outside the fit check (a setting chosen on it?): {splits}"
    assert not [p for kind, p, part in opened if kind == 'test' and part == 'before'], f"{name} opened the test split's files before the run, outside the fit check: {opened}"
    assert [x for x in splits if x[2] == 'fit'], splits                  # the fit check's reads pass the spy as such (else the two checks above would pass on reads marked otherwise)
    assert [x for x in splits if x[2] == 'report'], splits               # the report's reads pass the spy (else the check above would pass on reads it cannot see)
    assert [p for kind, p, part in opened if kind == 'test' and part == 'fit'], opened   # and the fit check's opening of the test files reaches the audit hook (else the file checks would pass on opens it cannot see)

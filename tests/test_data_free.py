"""Data-free means data-free, for every registered method: a run opens no training images, through `load_split` or
around it, and reads the real test split only for the report (never while the method runs: no epoch or stage is
picked by it). Each method runs on a tiny setting of its quick preset; the checks are on the files and splits read."""
import os, re, sys
import pytest
import dipkd.blackbox, dipkd.cpsc, dipkd.softtarget   # registers every method
import dipkd.data, dipkd.methods
from dipkd.distill import Callback
from dipkd.methods import all_methods, distill
from tiny_runs import DIPKD_TINY

_TRAIN_FILE = re.compile(r'(train-(images|labels)-idx|data_batch_\d|train_32x32|cifar-100-python[/\\]train)')   # MNIST/FMNIST, CIFAR-10, SVHN, CIFAR-100
_watch = {'opened': None}                                    # a list while a run is watched
def _on_audit(event, args):
    if _watch['opened'] is not None and event == 'open' and args and isinstance(args[0], (str, bytes, os.PathLike)):
        path = os.fsdecode(args[0])
        if _TRAIN_FILE.search(path): _watch['opened'].append(path)
sys.addaudithook(_on_audit)                                  # (a hook cannot be removed: it records only while `_watch` says so)

TINY = {                                                     # (method, teacher, student, quick-preset overrides that make it seconds)
    'naive':      ('fmnist-lenet5', 'lenet5-half', dict(n_images=300, overrides=['train.epochs=1'])),
    'dipkd':      ('fmnist-lenet5', 'lenet5-half', dict(n_images=400, overrides=DIPKD_TINY)),
    'cpsc':       ('fmnist-lenet5-bn', 'lenet5-half', dict(overrides=['gen_width=0.125', 'iters_per_epoch=3', 'train.epochs=2', 'train.warmup_epochs=1'])),
    'softtarget': ('fmnist-lenet5', 'lenet5-half', dict(n_images=200, overrides=['synth.steps=5', 'train.epochs=1'])),
    'zskd':       ('fmnist-lenet5', 'lenet5-half', dict(n_images=200, overrides=['synth.steps=5', 'train.epochs=1'])),
}

def test_every_method_is_watched():
    assert set(TINY) == set(all_methods()), f"add each new method to TINY: {set(all_methods()) ^ set(TINY)}"

@pytest.mark.parametrize('name', sorted(TINY))
def test_no_training_images_and_test_split_only_for_the_report(name, monkeypatch):
    teacher, student, kw = TINY[name]
    phase, splits = {'running': False}, []
    class Watch(Callback):
        def before_run(self, ctx): phase['running'] = True
    real_split, real_report = dipkd.data._cached_split, distill.__globals__['_report']
    def spy_split(n, s, native):
        splits.append((n, s, phase['running'])); return real_split(n, s, native)
    def report(*a, **k):
        phase['running'] = False; return real_report(*a, **k)
    monkeypatch.setattr(dipkd.data, '_cached_split', spy_split)
    monkeypatch.setitem(distill.__globals__, '_report', report)
    real_split.cache_clear()                                 # a split an earlier test loaded would not be opened again
    _watch['opened'] = []
    try: r = distill(name, teacher, student, preset='quick', seed=0, progress=False, callbacks=[Watch()], **kw)
    finally: opened, _watch['opened'] = _watch['opened'], None
    assert opened == [], f"{name} opened training images: {opened}"
    assert {s for _, s, _ in splits} == {'test'}, splits                 # no training split through load_split either
    assert not [x for x in splits if x[2]], f"{name} read the test split while it ran: {splits}"   # before (the fit check) and for the report only
    assert any(not running for *_, running in splits) and r['test_acc'] is not None   # the report did read it (the spy saw the calls)

"Settings that make a run of each method take seconds, shared by the tests that run one (DIP-KD: two epochs each for S0 and the student, one pass of contrast, one guided round of a short scout)."
TINY = {                                                     # (teacher, student, quick-preset overrides that make a run of each method take seconds)
    'naive':      ('fmnist-lenet5', 'lenet5-half', dict(n_images=300, overrides=['train.epochs=1'])),
    'dipkd':      ('fmnist-lenet5', 'lenet5-half', dict(n_images=400, overrides=['primer_train.epochs=2', 'train.epochs=2', 'contrast_cfg.epochs=1', 'balance.rounds=1', 'balance.scout_steps=20'])),
    'cpsc':       ('fmnist-lenet5-bn', 'lenet5-half', dict(overrides=['gen_width=0.125', 'iters_per_epoch=3', 'train.epochs=2', 'train.warmup_epochs=1'])),
    'softtarget': ('fmnist-lenet5', 'lenet5-half', dict(n_images=200, overrides=['synth.steps=5', 'train.epochs=1'])),
    'zskd':       ('fmnist-lenet5', 'lenet5-half', dict(n_images=200, overrides=['synth.steps=5', 'train.epochs=1'])),
}

"Settings that make a DIP-KD run take seconds (two epochs each for S0 and the student, one pass of contrast, one guided round of a short scout), shared by the tests that run one."
DIPKD_TINY = ['primer_train.epochs=2', 'train.epochs=2', 'contrast_cfg.epochs=1', 'balance.rounds=1', 'balance.scout_steps=20']

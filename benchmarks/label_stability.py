#!/usr/bin/env python3
"""Do the teacher's top-1 labels survive the student's training augmentation? A diagnostic, not a benchmark.

    python benchmarks/label_stability.py [RUN ...]     (run from the project root; RUN = a folder under benchmarks/runs)

A DIP-KD student trains on (image, label) pairs where the label is the teacher's answer for the *un-augmented* image,
while the trainer shows it a randomly shifted copy. If the teacher would answer differently for the shifted copy, the
pair the student learns from is stale. This measures how often that happens, with the teacher itself (white box: a
diagnostic of the method, never part of it; no oracle, no budget), for random shifts of up to 1/32, 1/16 and 1/8 of
the side (the trainer's `shift`; DIP-KD's default is 1/8) and for a horizontal flip with probability 1/2 (the trainer's `flip`):
  - on 8,000 raw priors (the `fmnist` preset's PriorConfig, before balancing), seed 0;
  - on 8,000 real FMNIST test images (for reference only: nothing here trains);
  - on each RUN's saved synthetic sets (its class-balanced transfer set and, with contrast, the contrasted set).
Each rate is the mean over three augmentation draws. Writes benchmarks/label-stability.{json,md}."""
import json, sys
from pathlib import Path
from dipkd.core import make_generator, git_commit
from dipkd.data import load_split, to_float
from dipkd.distill import BatchAugment
from dipkd.generators import PriorConfig, make_priors
from dipkd.methods import load_run
from dipkd.metrics import predict
from dipkd.teachers import load_teacher

AUGS = {'shift 1/32': (1 / 32, False), 'shift 1/16': (1 / 16, False), 'shift 1/8': (1 / 8, False), 'flip': (0.0, True)}

def changes(t, x, draws:int=3)->dict:
    "Per augmentation, the % of images whose teacher label changes (mean over `draws` random draws)."
    y, out = predict(t, x), {}
    for name, (shift, flip) in AUGS.items():
        aug, g = BatchAugment(shift, flip, 0.0), make_generator(1)
        out[name] = round(100 * sum((predict(t, aug(x, g)) != y).float().mean().item() for _ in range(draws)) / draws, 2)
    return out

if __name__ == '__main__':
    teacher, card = load_teacher('fmnist-lenet5'); teacher.eval()
    rows = {'raw priors (8K)': changes(teacher, make_priors(8000, card.in_shape, PriorConfig(), make_generator(0)))}
    rows['real test (8K, reference)'] = changes(teacher, to_float(load_split('fmnist', 'test')[0][:8000]))
    for run in sys.argv[1:]:
        for name, s in load_run(Path('benchmarks/runs')/run).sets().items():
            rows[f'{run}: {name} ({len(s["x"]) // 1000}K)'] = changes(teacher, s['x'].float())
    res = dict(teacher=card.name, augmentations=list(AUGS), label_change_pct=rows, git_commit=git_commit())
    Path('benchmarks/label-stability.json').write_text(json.dumps(res, indent=1) + '\n')
    md = ['# label-stability', '', f'How often the {card.name} teacher\'s top-1 label changes when an image is augmented as the student\'s trainer augments it (% of images, mean of 3 draws). Made by `{" ".join(["python benchmarks/label_stability.py", *sys.argv[1:]])}` at {res["git_commit"]}.', '',
          '| images | ' + ' | '.join(AUGS) + ' |', '|---|' + '---|' * len(AUGS)]
    md += [f'| {k} | ' + ' | '.join(f'{v[a]:.1f}' for a in AUGS) + ' |' for k, v in rows.items()]
    Path('benchmarks/label-stability.md').write_text('\n'.join(md) + '\n')
    print('\n'.join(md))

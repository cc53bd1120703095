#!/usr/bin/env python3
"""Is the paper's NaiveKD (55.11 %, ours 10 %) a matter of which noise? The shipped teachers on six kinds of noise.

    python benchmarks/noise_kinds.py fmnist-lenet5 fmnist-lenet5-bn

Much DFKD code draws its random inputs with `torch.randn` and feeds them to a network that expects normalised
images, or draws them in [-1, 1]; ours draws U[0, 1] pixels and lets the model normalise them. If another kind of
noise made the teacher answer with many classes, a NaiveKD student could learn something, and the paper's 55.11 %
would have a plain explanation. For each teacher: the top-1 histogram and its entropy (bits) on 20K images of each
kind (diagnostic forward passes on the white-box model, outside any distillation and any budget). Writes
`benchmarks/noise-kinds.json`."""
import json, sys, time
from pathlib import Path
import torch
from dipkd.teachers import load_teacher
from dipkd.metrics import label_histogram, histogram_entropy
from dipkd.core import git_commit

N = 20_000

def kinds(shape:tuple, mean:float, std:float, gen:torch.Generator)->dict:
    """Six noises, as pixel images the teacher normalises itself: `mean + std·z` is `z` in its normalised space. Each is a
    function that draws its set when called, so one set at a time is in memory; called in order, they draw from `gen` in order."""
    r, n = (lambda: torch.rand(shape, generator=gen)), (lambda: torch.randn(shape, generator=gen))
    return {'U[0,1] pixels (dipkd NaiveKD)': r, 'N(0,1) in normalised space': lambda: mean + std * n(), 'N(0,1) pixels': n,
            'U[-1,1] pixels': lambda: 2 * r() - 1, 'U[0,1] in normalised space': lambda: mean + std * r(),
            'N(0.5,0.5) pixels, clipped to [0,1]': lambda: (0.5 + 0.5 * n()).clamp(0, 1)}

if __name__ == '__main__':
    out, t0 = {'n': N, 'git_commit': git_commit(), 'teachers': {}}, time.time()
    for name in sys.argv[1:] or ['fmnist-lenet5']:
        m, card = load_teacher(name, device='cpu'); m.eval()
        xs = kinds((N, *card.in_shape), card.mean[0], card.std[0], torch.Generator().manual_seed(0))
        rows = {}
        with torch.no_grad():
            for k, draw in xs.items():
                h = label_histogram(torch.cat([m(c).argmax(1) for c in draw().split(4096)]), card.num_classes)
                rows[k] = {'hist': h, 'entropy_bits': round(histogram_entropy(h), 3), 'classes_over_1pct': sum(v > N / 100 for v in h)}
                print(f"{name:18s} {k:38s} H = {rows[k]['entropy_bits']:.2f} bits  {h}", flush=True)
        out['teachers'][name] = {'test_acc': card.test_acc, 'kinds': rows}
    out['wall_s'] = round(time.time() - t0, 1)
    p = Path(__file__).parent/'noise-kinds.json'; p.write_text(json.dumps(out, indent=1) + '\n'); print('wrote', p)

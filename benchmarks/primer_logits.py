#!/usr/bin/env python3
"""How large are a DIP-KD run's primer logits, and how close does its final student get to them?
Reads finished run folders (written with --out) and measures, on the first 5,000 contrasted images of each
(`contrast_g1`, the set the student was trained on), the primer's mean |logit|, the student's, their mean L1
distance and their top-1 agreement. No teacher query; the images are the run's own synthetic set.

    python benchmarks/primer_logits.py benchmarks/runs/dipkd-fmnist-n10000-primer2-s0 OTHER_RUN ...
"""
import sys, json, torch
from dipkd.methods import load_run
from dipkd.metrics import predict

for path in sys.argv[1:]:
    run = load_run(path); primer, student = run.model('primer'), run.model()
    x = run.sets()['contrast_g1']['x'][:5000].float()
    with torch.no_grad(): lp, ls = predict(primer, x, logits=True), predict(student, x, logits=True)
    print(json.dumps({'run': path, 'primer_arch': run.arch('primer'),
                      'primer_abs_logit': round(lp.abs().mean().item(), 3), 'student_abs_logit': round(ls.abs().mean().item(), 3),
                      'l1_student_primer': round((ls - lp).abs().mean().item(), 3),
                      'top1_agreement': round((ls.argmax(1) == lp.argmax(1)).float().mean().item(), 4)}))

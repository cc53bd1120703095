#!/usr/bin/env bash
# NaiveKD on Fashion-MNIST: the shipped fmnist-lenet5 teacher → LeNet-5, N = 50K, the DIP-KD paper's
# schedule (100 epochs), seeds 0-2. Writes benchmarks/runs/naive-fmnist-s*/ and benchmarks/naive-fmnist.{json,md}.
# The DIP-KD paper reports 55.11% for NaiveKD in this setting (teacher 90.90%).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-python}   # the environment with dipkd installed (e.g. PY=.venv/bin/python)
SEEDS=${SEEDS:-"0 1 2"}
runs=()
for s in $SEEDS; do
  out=benchmarks/runs/naive-fmnist-s$s
  resume=; [ -d $out/checkpoints ] && resume=--resume        # an interrupted run is continued, not refused
  [ -f $out/result.json ] || $PY -m dipkd distill --method naive --teacher fmnist-lenet5 --n-images 50000 --seed $s --out $out $resume --quiet
  runs+=($out)
done
$PY benchmarks/summarize.py naive-fmnist "${runs[@]}"

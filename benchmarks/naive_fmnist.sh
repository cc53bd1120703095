#!/usr/bin/env bash
# NaiveKD on Fashion-MNIST: the shipped fmnist-lenet5 teacher → LeNet-5, N = 50K, the DIP-KD paper's
# schedule (100 epochs), seeds 0-2. Writes benchmarks/runs/naive-fmnist-s*/ and benchmarks/naive-fmnist.{json,md}.
# The DIP-KD paper reports 55.11% for NaiveKD in this setting (teacher 90.90%).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-python}   # the environment with dipkd installed (e.g. PY=.venv/bin/python)
SEEDS=${SEEDS:-"0 1 2"}
METHOD=naive; TEACHER=fmnist-lenet5; PRESET=; STUDENT=; EXTRA=   # (never the caller's: the series is named for these)
source benchmarks/common.sh
series naive-fmnist "$SEEDS" --n-images 50000

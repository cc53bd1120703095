#!/usr/bin/env bash
# The GPU check, for a machine with CUDA (run it there, not in CI): every method once on CUDA through its `quick` preset
# (does it run, where does it put its tensors), then timed runs of the benchmark presets at full size, each run alone,
# until DEADLINE seconds have passed. Runs that would start with under 20 s left are skipped, and each run is cut at
# what is left (a cut run has no result.json and says so in its log).
#
#   DIPKD_DATA=DIR OUT=DIR DEADLINE=400 bash benchmarks/gpu_check.sh
#
# DIPKD_DATA needs only Fashion-MNIST's test split (t10k-*): distillation reads no training image, and the test split is
# read once per run, at the end, to report the final student. PY is the Python that has torch (default python3; the
# library itself needs only torch and numpy, and is imported from this checkout). EXTRA_SEEDS lists more seeds of
# `fmnist-lean-1px` to run with what time is left; GIT_REV names the commit where the checkout has no .git. Writes OUT/NAME/result.json and OUT/NAME.log per run, OUT/env.txt,
# OUT/summary.tsv, and OUT/gpu-check.tar.gz holding all of those (no checkpoints or image sets).
set -u
cd "$(dirname "$0")/.."
PY=${PY:-python3}; OUT=${OUT:-benchmarks/runs/gpu}; DEADLINE=${DEADLINE:-400}; EXTRA_SEEDS=${EXTRA_SEEDS:-"4 5 6 7 8 9"}
export PYTHONUNBUFFERED=1 PYTHONPATH=$PWD${PYTHONPATH:+:$PYTHONPATH}
if [ -d "$OUT" ] && [ -n "$(ls -A "$OUT")" ] && [ ! -f "$OUT/env.txt" ]; then   # its run names are the CPU series' own (dipkd-fmnist-s0…): never delete those
  echo "OUT=$OUT holds files and no env.txt, so it is not an earlier gpu_check's folder: choose an empty or new OUT" >&2; exit 2
fi
mkdir -p "$OUT"; start=$(date +%s)
left() { echo $(( DEADLINE - ($(date +%s) - start) )); }
{ nvidia-smi -L; nvidia-smi --query-gpu=driver_version,memory.total --format=csv,noheader
  $PY -c 'import torch, sys; print("python", sys.version.split()[0], "torch", torch.__version__, "cuda", torch.version.cuda, torch.cuda.get_device_name())'
  echo "cores $(nproc), checkout ${GIT_REV:-$(git rev-parse HEAD 2>/dev/null || echo unknown)}"; } > "$OUT/env.txt" 2>&1
cat "$OUT/env.txt"
printf 'name\trc\twall_s\ttest_acc\tqueries\tpeak_gpu_mb\tphase_s\n' > "$OUT/summary.tsv"
ran=()   # the runs this session started: only theirs are packed
one() { # NAME METHOD TEACHER PRESET LIMIT [ARGS...]: one `dipkd distill` run on CUDA, cut at LIMIT or at what is left
  local name=$1 method=$2 teacher=$3 preset=$4 limit=$5; shift 5
  local l; l=$(left)
  if [ "$l" -lt 20 ]; then echo "skip $name: ${l} s left"; return; fi
  [ "$limit" -gt "$l" ] && limit=$l
  rm -rf "${OUT:?}/$name" "$OUT/$name.log"; ran+=("$name")   # an earlier session's run of this name: never read back, or packed, as this one's
  local t0; t0=$(date +%s)
  timeout "$limit" $PY -m dipkd distill --method "$method" \
      --teacher "$teacher" --preset "$preset" --device cuda --out "$OUT/$name" --quiet --force "$@" > "$OUT/$name.log" 2>&1
  local rc=$?
  $PY - "$OUT/$name" "$name" "$rc" "$(( $(date +%s) - t0 ))" >> "$OUT/summary.tsv" <<'EOF'
import json, sys
from pathlib import Path
d, name, rc, wall = sys.argv[1:]
try: r = json.loads((Path(d)/'result.json').read_text())
except OSError: r = {}
print('\t'.join(str(v) for v in (name, rc, r.get('wall_s', wall), r.get('test_acc'), r.get('queries'), r.get('peak_gpu_mb'), json.dumps(r.get('phase_s')))))
EOF
  tail -n 1 "$OUT/summary.tsv"; [ "$rc" = 0 ] || tail -n 15 "$OUT/$name.log"
}
# 1. every method on CUDA, small
one quick-naive naive fmnist-lenet5 quick 60
one quick-dipkd dipkd fmnist-lenet5 quick 60
one quick-cpsc cpsc fmnist-lenet5-bn quick 60 --student lenet5-half
one quick-softtarget softtarget fmnist-lenet5-bn quick 60 --student lenet5-half
one quick-zskd zskd fmnist-lenet5 quick 60 --student lenet5-half
# 2. the benchmark presets at full size (N = 50K), seed 0: CPU numbers to set beside them are in benchmarks/*.md
one dipkd-fmnist-lean-1px-s0 dipkd fmnist-lenet5 fmnist-lean-1px 240 --seed 0
one whitebox-fmnist-bn-cpsc-s0 cpsc fmnist-lenet5-bn fmnist 120 --seed 0 --student lenet5-half   # (before the paper preset's run, which a short session cuts off)
one dipkd-fmnist-s0 dipkd fmnist-lenet5 fmnist 300 --seed 0
# 3. more seeds of the one-pixel preset, while time lasts
for s in $EXTRA_SEEDS; do one dipkd-fmnist-lean-1px-s$s dipkd fmnist-lenet5 fmnist-lean-1px 240 --seed "$s"; done
files=(env.txt summary.tsv); for n in ${ran[@]+"${ran[@]}"}; do files+=("$n.log"); for f in "$OUT/$n"/result.json "$OUT/$n"/history-*.jsonl; do [ -f "$f" ] && files+=("${f#"$OUT"/}"); done; done
(cd "$OUT" && tar czf gpu-check.tar.gz "${files[@]}")
echo "done in $(( $(date +%s) - start )) s"

# Shared by the benchmark scripts: one `dipkd distill` run per seed, then the mean ± std summary
# (which refuses to replace a committed summary of other seeds unless OVERWRITE=1).
# Set PY (the Python with dipkd installed), METHOD, TEACHER and optionally PRESET, STUDENT and EXTRA (more flags) before calling.
run() { # NAME ARGS...: one `dipkd distill` run into benchmarks/runs/NAME, unless it has already finished; an interrupted one is resumed (started over with --curve)
  local out=benchmarks/runs/$1; shift; local resume=
  local args=(--method $METHOD --teacher $TEACHER ${STUDENT:+--student $STUDENT} ${PRESET:+--preset $PRESET} --out $out --quiet ${EXTRA:-} "$@")
  if [ -d $out/checkpoints ]; then
    case " ${args[*]} " in
      *" --curve "*) echo "$out: an interrupted run with --curve cannot be resumed (the curve's copies of the models were lost with it): starting it over" >&2; resume=--force;;
      *) resume=--resume;;
    esac
  fi
  [ -f $out/result.json ] || { $PY -m dipkd distill "${args[@]}" $resume &&   # (the command itself: a Ctrl-C ends it by SIGINT, so the series stops)
                               echo "dipkd distill ${args[*]}" > $out/command.txt; }   # the command that made it, for the summary
}
series() { # NAME SEEDS ARGS...: one run per seed, then benchmarks/NAME.{json,md}; SUFFIX (e.g. -rerun) names a series of its own, every mode alike
  local name=$1${SUFFIX:-} seeds=$2; shift 2; local runs=()
  for s in $seeds; do run $name-s$s --seed $s "$@"; runs+=(benchmarks/runs/$name-s$s); done
  $PY benchmarks/summarize.py $name "${runs[@]}"
}

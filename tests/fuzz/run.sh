#!/bin/sh
# make fuzz: runs each libFuzzer target for FUZZ_SECONDS from its seeds,
# FUZZ_JOBS of them at once (1 by default).
#	run.sh SRCDIR TARGET...
# Run from the build directory.  New inputs go to fuzz-corpus/TARGET (the
# seeds in the source tree are only read), a crash to fuzz-artifacts/TARGET/;
# one line per target goes to fuzz-summary.txt:
#	TARGET: N executions in S s, no crash
srcdir=$1; shift
seconds=${FUZZ_SECONDS:-60}
seed=${FUZZ_SEED:+-seed=$FUZZ_SEED}
jobs=${FUZZ_JOBS:-1}	# targets run at once (each fuzzer uses one core)

# run_one TARGET: fuzz it; its verdict goes to fuzz-artifacts/TARGET/verdict.
run_one() {
	t=$1
	mkdir -p "fuzz-corpus/$t" "fuzz-artifacts/$t"
	rm -f "fuzz-artifacts/$t/verdict"
	seeds="$srcdir/tests/fuzz/seeds/$t"
	regress="$srcdir/tests/regress/$t"
	dirs="fuzz-corpus/$t $seeds"
	[ -d "$regress" ] && dirs="$dirs $regress"
	log="fuzz-artifacts/$t/fuzz.log"
	echo "fuzz: $t for $seconds s"
	start=$(date +%s)
	# -timeout catches a hang (a quadratic path) as well as a crash.
	# shellcheck disable=SC2086
	./tests/fuzz/fuzz_$t $seed -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
		-print_final_stats=1 -artifact_prefix="fuzz-artifacts/$t/" \
		$dirs >"$log" 2>&1
	rc=$?
	elapsed=$(( $(date +%s) - start ))
	runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	if [ "$rc" -eq 0 ]; then
		echo "$t: ${runs:-?} executions in $elapsed s, no crash"
	else
		echo "$t: FAILED after ${runs:-?} executions in $elapsed s (exit $rc)"
	fi >"fuzz-artifacts/$t/verdict"
}

# The targets, $jobs at a time.
n=0
for t in "$@"; do
	run_one "$t" &
	n=$((n + 1))
	[ $((n % jobs)) -ne 0 ] || wait
done
wait

# Their verdicts, in the order given.
passed=0
failed=0
: >fuzz-summary.txt
for t in "$@"; do
	verdict=$(cat "fuzz-artifacts/$t/verdict" 2>/dev/null || echo "$t: FAILED (no verdict)")
	echo "$verdict" | tee -a fuzz-summary.txt
	case $verdict in
	*", no crash") passed=$((passed + 1)) ;;
	*)
		grep -E '^(fuzz:|==[0-9]+==ERROR|SUMMARY|.*runtime error)' "fuzz-artifacts/$t/fuzz.log" | head -n 20
		ls fuzz-artifacts/$t/ | grep -v 'fuzz.log\|verdict' | sed "s|^|  input: fuzz-artifacts/$t/|"
		echo "  keep it: cp fuzz-artifacts/$t/crash-... $srcdir/tests/regress/$t/ (make check replays it)"
		failed=$((failed + 1))
		;;
	esac
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

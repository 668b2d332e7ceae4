# Shared by the benchmarks (sourced): bench_setup NAME [MB] checks the
# built program ($whosaid) and makes $tmp (removed on exit) and $want
# (MB in bytes, default 10); bench_articles writes $tmp/articles.txt, the
# examples repeated up to $want bytes of news prose; best_of CMD... prints
# the best CPU time (user + system) of 3 runs (BENCH_RUNS), steadier than
# wall time on a machine shared with other work.
bench_setup() {
	whosaid=${WHOSAID:-src/whosaid}
	[ -x "$whosaid" ] || { echo "bench/$1.sh: build first ($whosaid not found)" >&2; exit 1; }
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/whosaid-bench.XXXXXX")
	trap 'rm -rf "$tmp"' EXIT
	want=$((${2:-10} * 1024 * 1024))
}

bench_articles() {
	: >"$tmp/articles.txt"
	while [ "$(wc -c <"$tmp/articles.txt")" -lt "$want" ]; do
		cat examples/*.txt >>"$tmp/articles.txt"
		cat "$tmp/articles.txt" "$tmp/articles.txt" >"$tmp/double" && mv "$tmp/double" "$tmp/articles.txt"
	done
	head -c "$want" "$tmp/articles.txt" >"$tmp/in" && mv "$tmp/in" "$tmp/articles.txt"
}

# cpu_time CMD...: the CPU time of CMD in seconds; perf's task clock
# (to the microsecond) where perf runs, else time(1)'s (to 10 ms, too
# coarse for runs of a tenth of a second).
cpu_time() {
	if [ -z "${bench_perf:-}" ]; then
		bench_perf=no
		perf stat -x, -o "$tmp/perf" -e task-clock true >/dev/null 2>&1 &&
			grep -q task-clock "$tmp/perf" && bench_perf=yes
	fi
	if [ "$bench_perf" = yes ]; then
		perf stat -x, -o "$tmp/perf" -e task-clock "$@" >/dev/null 2>&1
		awk -F, '$3 == "task-clock" { printf "%.4f\n", $1 / 1000 }' "$tmp/perf"
	else
		/usr/bin/time -o "$tmp/time" -f '%U + %S' "$@" >/dev/null 2>&1
		tail -n 1 "$tmp/time" | bc
	fi
}

# best_of CMD...: the best of BENCH_RUNS (default 3) runs' CPU times.
best_of() {
	best=
	for i in $(seq "${BENCH_RUNS:-3}"); do
		t=$(cpu_time "$@")
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
	done
	echo "$best"
}

#!/bin/sh
# The attribution benchmark: whosaid --export=json (load, segment, analysis
# and the JSON export) on ~20 MB made of the examples, and on half of it
# (time must be linear), and on the same bytes as one paragraph.  Prints
# MB/s of CPU time (best of 3 runs) and peak memory as a multiple of the
# input, also beyond what an empty input takes (the shared libraries);
# bench/analyze_only adds the bytes per input byte of the segmented doc
# and of the analysis.  Run from the top of a built tree:
# sh bench/analyze.sh [MB]
set -eu
. bench/lib.sh
bench_setup analyze "${1:-20}"
bench_articles
head -c $((want / 2)) "$tmp/articles.txt" >"$tmp/half.txt"
tr '\n' ' ' <"$tmp/articles.txt" >"$tmp/one-paragraph.txt"

# The peak RSS (KB) of an empty input: the program and its shared
# libraries (libxml2, ICU, ncurses, libunistring), before any article.
: >"$tmp/empty.txt"
/usr/bin/time -o "$tmp/time" -f '%M' "$whosaid" --export=json "$tmp/empty.txt" >/dev/null 2>&1
base_rss=$(tail -n 1 "$tmp/time")

# run FILE: best CPU seconds of 3 runs and the peak RSS (KB) of the last.
run() {
	best=
	for i in 1 2 3; do
		/usr/bin/time -o "$tmp/time" -f '%U + %S %M' "$whosaid" --export=json "$1" >/dev/null 2>&1
		t=$(tail -n 1 "$tmp/time" | cut -d' ' -f1-3 | bc)
		rss=$(tail -n 1 "$tmp/time" | cut -d' ' -f4)
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
	done
	echo "$best $rss"
}

report() {
	size=$(wc -c <"$2")
	set -- "$1" "$size" $(run "$2")
	awk -v what="$1" -v size="$2" -v t="$3" -v rss="$4" -v base="$base_rss" 'BEGIN {
		mbs = t > 0 ? size / 1e6 / t : 0;
		printf "%-28s %6.1f MB  %6.2f s  %6.1f MB/s  peak %6.1f MB = %.2fx input (%.2fx beyond an empty input)\n",
			what, size / 1e6, t, mbs, rss / 1024, rss * 1024 / size,
			(rss - base) * 1024 / size
	}'
}

[ -x bench/analyze_only ] || make -s bench/analyze_only
echo "The analysis alone (bench/analyze_only, best of 5):"
bench/analyze_only "$tmp/half.txt"
bench/analyze_only "$tmp/articles.txt"
bench/analyze_only "$tmp/one-paragraph.txt"
echo
echo "whosaid --export=json (load + segment + analysis + JSON), best CPU time of 3;"
awk -v kb="$base_rss" 'BEGIN { printf "an empty input peaks at %.1f MB (the program and its shared libraries):\n", kb / 1024 }'
report "examples, half" "$tmp/half.txt"
report "examples" "$tmp/articles.txt"
report "examples as one paragraph" "$tmp/one-paragraph.txt"

#!/bin/sh
# The speed and memory promises in one run, on ~10 MB made of the
# examples (sh bench/perf.sh [MB], from the top of a built tree):
#  - whosaid --export=text --width 80 against GNU fmt -w 80 (no slower);
#  - whosaid --export=json: the analysis (at least 50 MB/s), and on half
#    the input (time linear in the input);
#  - peak memory of text, json and --stats (under 4x the input).
# CPU time (user + system), best of 3 runs; peak RSS of one run.
set -eu
mb=${1:-10}
. bench/lib.sh
bench_setup perf "$mb"
bench_articles
head -c $((want / 2)) "$tmp/articles.txt" >"$tmp/half.txt"

# measure FILE CMD...: "SECONDS RSS_KB": best CPU time of 3, peak RSS.
measure() {
	file=$1; shift
	best=
	for i in 1 2 3; do
		/usr/bin/time -o "$tmp/time" -f '%U %S %M' "$@" "$file" >/dev/null 2>&1
		t=$(awk '{ print $1 + $2 }' "$tmp/time")
		if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then
			best=$t
		fi
	done
	echo "$best $(awk '{ print $3 }' "$tmp/time")"
}

# line WHAT FILE CMD...: one line of figures.
line() {
	what=$1 file=$2; shift 2
	set -- $(measure "$file" "$@")
	awk -v what="$what" -v size="$(wc -c <"$file")" -v t="$1" -v rss="$2" 'BEGIN {
		printf "%-26s %5.1f MB  %6.3f s  %7.1f MB/s  peak RSS %6.1f MB = %.2fx input\n",
		    what, size / 1048576, t, (t > 0 ? size / 1048576 / t : 0),
		    rss / 1024, rss * 1024 / size }'
}

echo "CPU time, best of 3; MB = 2^20 bytes"
line "fmt -w 80" "$tmp/articles.txt" fmt -w 80
line "whosaid --export=text" "$tmp/articles.txt" "$whosaid" --export=text --width 80
line "whosaid --export=json" "$tmp/articles.txt" "$whosaid" --export=json
line "whosaid --export=json, half" "$tmp/half.txt" "$whosaid" --export=json
line "whosaid --stats" "$tmp/articles.txt" "$whosaid" --stats

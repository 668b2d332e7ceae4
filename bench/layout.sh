#!/bin/sh
# The layout benchmark: whosaid --export=text --width 80 against GNU fmt -w 80
# on ~10 MB made of the examples, then on one 10 MB line (linear time).
# Run from the top of a built tree: sh bench/layout.sh [MB]
set -eu
. bench/lib.sh
bench_setup layout "${1:-10}"
[ -x bench/layout_only ] || make -s bench/layout_only
# The examples, repeated up to the size: articles of real news prose.
bench_articles

# The same bytes as a single line: one 10 MB paragraph.
tr '\n' ' ' <"$tmp/articles.txt" >"$tmp/one-line.txt"

rate() {
	echo "scale=1; $2 / 1048576 / ($1 + 0.0001)" | bc
}

peak_rss_kb() {
	/usr/bin/time -o "$tmp/time" -f %M "$@" >/dev/null 2>&1
	tail -n 1 "$tmp/time"
}

report() {
	name=$1 file=$2
	size=$(wc -c <"$file")
	tw=$(best_of "$whosaid" --export=text --width 80 "$file")
	tf=$(best_of fmt -w 80 "$file")
	rss=$(peak_rss_kb "$whosaid" --export=text --width 80 "$file")
	# The layout and the text export alone (bench/layout_only).
	lo=$(bench/layout_only "$file" 80 5 2>/dev/null || echo "- -")
	printf '%-10s %5.1f MB   whosaid %6.3f s %7s MB/s   fmt %6.3f s %7s MB/s   whosaid peak RSS %s x input\n' \
		"$name" "$(echo "scale=1; $size / 1048576" | bc)" "$tw" "$(rate "$tw" "$size")" \
		"$tf" "$(rate "$tf" "$size")" "$(echo "scale=2; $rss * 1024 / $size" | bc)"
	printf '%-10s %5s      of which layout + text export %s (CPU time)\n' "" "" "$lo"
}

report "articles" "$tmp/articles.txt"
report "one line" "$tmp/one-line.txt"

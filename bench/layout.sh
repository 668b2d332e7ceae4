#!/bin/sh
# The layout benchmark: whosaid --export=text --width 80 against GNU fmt -w 80
# on ~10 MB made of the examples, then on one 10 MB line (linear time).
# Run from the top of a built tree: sh bench/layout.sh [MB]
set -eu
mb=${1:-10}
whosaid=${WHOSAID:-src/whosaid}
[ -x "$whosaid" ] || { echo "bench/layout.sh: build first ($whosaid not found)" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/whosaid-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
want=$((mb * 1024 * 1024))

# The examples, repeated up to the size: articles of real news prose.
: >"$tmp/articles.txt"
while [ "$(wc -c <"$tmp/articles.txt")" -lt "$want" ]; do
	cat examples/*.txt >>"$tmp/articles.txt"
	cat "$tmp/articles.txt" "$tmp/articles.txt" >"$tmp/double" && mv "$tmp/double" "$tmp/articles.txt"
done
head -c "$want" "$tmp/articles.txt" >"$tmp/in" && mv "$tmp/in" "$tmp/articles.txt"
# The same bytes as a single line: one 10 MB paragraph.
tr '\n' ' ' <"$tmp/articles.txt" >"$tmp/one-line.txt"

# best_of CMD...: the best CPU time (user + system) of 3 runs, in seconds:
# steadier than wall time on a machine shared with other work.
best_of() {
	best=
	for i in 1 2 3; do
		/usr/bin/time -o "$tmp/time" -f '%U + %S' "$@" >/dev/null 2>&1
		t=$(tail -n 1 "$tmp/time" | bc)
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
	done
	echo "$best"
}

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
	# The layout and the text export alone (bench/layout_only, built by make check).
	lo=$(bench/layout_only "$file" 80 5 2>/dev/null || echo "- -")
	printf '%-10s %5.1f MB   whosaid %6.3f s %7s MB/s   fmt %6.3f s %7s MB/s   whosaid peak RSS %s x input\n' \
		"$name" "$(echo "scale=1; $size / 1048576" | bc)" "$tw" "$(rate "$tw" "$size")" \
		"$tf" "$(rate "$tf" "$size")" "$(echo "scale=2; $rss * 1024 / $size" | bc)"
	printf '%-10s %5s      of which layout + text export %s (CPU time)\n' "" "" "$lo"
}

report "articles" "$tmp/articles.txt"
report "one line" "$tmp/one-line.txt"

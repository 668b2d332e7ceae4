#!/bin/sh
# The export benchmark: each format of ~10 MB made of the examples, the
# best CPU time of 3 runs, the part of it that is the export (the time
# beyond --export=json, which is load + segment + analysis; plain text is
# not analysed, so it has no such part), peak memory and output size.  Run from the top of a built tree: sh bench/export.sh [MB]
set -eu
mb=${1:-10}
. bench/lib.sh
bench_start export.sh
want=$((mb * 1024 * 1024))

examples_input "$tmp/articles.txt" "$want"

# best_of CMD...: the best CPU time (user + system) of 3 runs, in seconds.
best_of() {
	best=
	for i in 1 2 3; do
		/usr/bin/time -o "$tmp/time" -f '%U + %S' "$@" >/dev/null 2>&1
		t=$(tail -n 1 "$tmp/time" | bc)
		if [ -z "$best" ] || [ "$(echo "$t < $best" | bc)" = 1 ]; then best=$t; fi
	done
	echo "$best"
}

echo "export of $mb MB of articles (best CPU time of 3; export = beyond json's analysis)"
printf '%-6s %8s %8s %10s %10s\n' format total export "peak RSS" output
base=
for fmt in json text ansi html; do
	t=$(best_of "$whosaid" --export=$fmt --width=80 -o "$tmp/out" "$tmp/articles.txt")
	[ -n "$base" ] || base=$t
	/usr/bin/time -o "$tmp/time" -f %M "$whosaid" --export=$fmt --width=80 -o "$tmp/out" "$tmp/articles.txt"
	part=$(printf "%.2fs" "$(echo "$t - $base" | bc)")
	[ "$fmt" != text ] || part=-
	printf '%-6s %7.2fs %8s %8d MB %7d MB\n' "$fmt" "$t" "$part" \
		$(($(tail -n 1 "$tmp/time") / 1024)) $(($(wc -c <"$tmp/out") / 1048576))
done

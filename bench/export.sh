#!/bin/sh
# The export benchmark: each format of ~10 MB made of the examples, the
# best CPU time of 3 runs, the part of it that is the export (the time
# beyond --export=json, which is load + segment + analysis), peak memory
# and output size.  Run from the top of a built tree: sh bench/export.sh [MB]
set -eu
mb=${1:-10}
whosaid=${WHOSAID:-src/whosaid}
[ -x "$whosaid" ] || { echo "bench/export.sh: build first ($whosaid not found)" >&2; exit 1; }
tmp=$(mktemp -d "${TMPDIR:-/tmp}/whosaid-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
want=$((mb * 1024 * 1024))

: >"$tmp/articles.txt"
while [ "$(wc -c <"$tmp/articles.txt")" -lt "$want" ]; do
	cat examples/*.txt >>"$tmp/articles.txt"
	cat "$tmp/articles.txt" "$tmp/articles.txt" >"$tmp/double" && mv "$tmp/double" "$tmp/articles.txt"
done
head -c "$want" "$tmp/articles.txt" >"$tmp/in" && mv "$tmp/in" "$tmp/articles.txt"

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
	printf '%-6s %7.2fs %7.2fs %8d MB %7d MB\n' "$fmt" "$t" "$(echo "$t - $base" | bc)" \
		$(($(tail -n 1 "$tmp/time") / 1024)) $(($(wc -c <"$tmp/out") / 1048576))
done

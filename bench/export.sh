#!/bin/sh
# The export benchmark: each format of ~10 MB made of the examples, the
# best CPU time of 3 runs, for ANSI and HTML the part of it that is the
# export (the time beyond --export=json, which is load + segment +
# analysis; text needs no analysis), peak memory and output size.  Run from the top of a built tree: sh bench/export.sh [MB]
set -eu
mb=${1:-10}
. bench/lib.sh
bench_setup export "$mb"
bench_articles

echo "export of $mb MB of articles (best CPU time of 3; export = beyond json's analysis)"
printf '%-6s %8s %8s %10s %10s\n' format total export "peak RSS" output
base=
for fmt in json text ansi html; do
	t=$(best_of "$whosaid" --export=$fmt --width=80 -o "$tmp/out" "$tmp/articles.txt")
	[ -n "$base" ] || base=$t
	/usr/bin/time -o "$tmp/time" -f %M "$whosaid" --export=$fmt --width=80 -o "$tmp/out" "$tmp/articles.txt"
	case $fmt in ansi|html) export=$(printf '%7.2fs' "$(echo "$t - $base" | bc)") ;; *) export=- ;; esac
	printf '%-6s %7.2fs %8s %8d MB %7d MB\n' "$fmt" "$t" "$export" \
		$(($(tail -n 1 "$tmp/time") / 1024)) $(($(wc -c <"$tmp/out") / 1048576))
done

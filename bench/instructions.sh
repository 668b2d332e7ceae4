#!/bin/sh
# Instructions per MB of input, the steady measure of speed on a shared
# machine (CPU time there varies by a fifth from run to run): valgrind's
# callgrind counts what whosaid --export=json executes on SIZE MB of the
# examples (default 2), with --engine=rules and with the built-in model
# (or MODEL), the program's start included.  Run from the top of a built
# tree: sh bench/instructions.sh [MB] [MODEL]
set -eu
. bench/lib.sh
command -v valgrind >/dev/null 2>&1 || { echo "bench/instructions.sh: needs valgrind" >&2; exit 1; }
bench_setup instructions "${1:-2}"
bench_articles
model=${2:-}
size=$(wc -c <"$tmp/articles.txt")

# instructions ARGS...: what callgrind counts for whosaid ARGS.
instructions() {
	valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$whosaid" "$@" \
	    >/dev/null 2>"$tmp/cg.err"
	sed -n 's/.*Collected : *\([0-9]*\).*/\1/p' "$tmp/cg.err"
}

rules=$(instructions --export=json --engine=rules "$tmp/articles.txt")
if [ -n "$model" ]; then
	learned=$(instructions --export=json --model "$model" "$tmp/articles.txt")
else
	learned=$(instructions --export=json --engine=learned "$tmp/articles.txt")
fi
awk -v size="$size" -v r="$rules" -v l="$learned" 'BEGIN {
	mb = size / 1048576
	printf "whosaid --export=json on %.1f MB of the examples (callgrind):\n", mb
	printf "  --engine=rules     %7.1fM instructions/MB\n", r / 1e6 / mb
	printf "  with the model     %7.1fM instructions/MB\n", l / 1e6 / mb
	printf "  the layer alone    %7.1fM instructions/MB\n", (l - r) / 1e6 / mb
}'

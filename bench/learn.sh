#!/bin/sh
# The learned layer's cost: whosaid --export=json on ~10 MB made of the
# examples with --engine=rules and with a model, best CPU time of 3, and
# what the layer alone costs (the difference); then the model's load
# time (20 runs on an empty input, with and without it).  MODEL defaults
# to one trained now on examples/train/: what tagging costs does not
# depend on the weights, only on the features and the model's size.
# Run from the top of a built tree:
# sh bench/learn.sh [MB] [MODEL]
set -eu
. bench/lib.sh
bench_setup learn "${1:-10}"
bench_articles
model=${2:-}
if [ -z "$model" ]; then
	model=$tmp/examples.model
	src/whosaid-train -q -o "$model" examples/train/*.jsonl
fi
size=$(wc -c <"$tmp/articles.txt")
rules=$(best_of "$whosaid" --export=json --engine=rules "$tmp/articles.txt")
learned=$(best_of "$whosaid" --export=json --model "$model" "$tmp/articles.txt")
: >"$tmp/empty.txt"
twenty() {
	best_of sh -c 'for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do "$@"; done' - "$@"
}
empty_rules=$(twenty "$whosaid" --export=json --engine=rules "$tmp/empty.txt")
empty_model=$(twenty "$whosaid" --export=json --model "$model" "$tmp/empty.txt")
awk -v size="$size" -v r="$rules" -v l="$learned" -v e0="$empty_rules" -v e1="$empty_model" \
    -v bytes="$(wc -c <"$model")" 'BEGIN {
	printf "whosaid --export=json on %.1f MB of the examples, best CPU time of 3:\n", size / 1e6
	printf "  --engine=rules     %6.2f s  %6.1f MB/s\n", r, size / 1e6 / r
	printf "  with the model     %6.2f s  %6.1f MB/s\n", l, size / 1e6 / l
	if (l > r)
		printf "  the layer alone    %6.2f s  %6.1f MB/s (features, tagging, decoding)\n", l - r, size / 1e6 / (l - r)
	printf "model of %.2f MB: loading it costs %.1f ms a run (20 runs on an empty input)\n",
		bytes / 1e6, (e1 - e0) * 1000 / 20
}'

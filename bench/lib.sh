# Helpers of the benchmarks, sourced from the top of a built tree.

# bench_start NAME: whosaid (the built program, or $WHOSAID) must exist;
# tmp is a directory removed on exit.
bench_start() {
	whosaid=${WHOSAID:-src/whosaid}
	[ -x "$whosaid" ] || { echo "bench/$1: build first ($whosaid not found)" >&2; exit 1; }
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/whosaid-bench.XXXXXX")
	trap 'rm -rf "$tmp"' EXIT
}

# examples_input OUT BYTES: the examples, repeated up to BYTES bytes:
# articles of news prose.
examples_input() {
	: >"$1"
	while [ "$(wc -c <"$1")" -lt "$2" ]; do
		cat examples/*.txt >>"$1"
		cat "$1" "$1" >"$1.double" && mv "$1.double" "$1"
	done
	head -c "$2" "$1" >"$1.head" && mv "$1.head" "$1"
}

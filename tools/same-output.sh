#!/bin/sh
# Checks that a change to the engine left its output byte for byte as it
# was: OLD and NEW are two builds of src/whosaid (build the old one from
# the commit before, e.g. with `git worktree add`).  Compares
#   - --export=json of every article of ../shared/corpus/*.jsonl (train
#     and dev), ../shared/articles/*.txt and examples/*.txt, one process
#     per group, as score.py runs it;
#   - --export=text, ansi and html of examples/*.txt, tests/pages/*.html
#     and ../shared/articles/*.txt, at two widths;
#   - --stats, as text and JSON, over the articles and examples.
# Prints one line per group and exits 1 at the first difference.
#
#   sh tools/same-output.sh /tmp/old/src/whosaid src/whosaid
set -eu

old=$(realpath "${1:?usage: same-output.sh OLD NEW}")
new=$(realpath "${2:?usage: same-output.sh OLD NEW}")
here=$(cd "$(dirname "$0")/.." && pwd)
shared=${WS_SHARED:-$here/../shared}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

fail=0
same() {	# NAME: compares $tmp/old.out with $tmp/new.out
	if cmp -s "$tmp/old.out" "$tmp/new.out"; then
		echo "same: $1 ($(wc -c <"$tmp/new.out") bytes)"
	else
		echo "DIFFERENT: $1" >&2
		cmp "$tmp/old.out" "$tmp/new.out" >&2 || :
		fail=1
	fi
}

both() {	# NAME ARGS...: runs both builds with ARGS, then compares
	name=$1
	shift
	"$old" "$@" >"$tmp/old.out" 2>&1 || echo "exit $?" >>"$tmp/old.out"
	"$new" "$@" >"$tmp/new.out" 2>&1 || echo "exit $?" >>"$tmp/new.out"
	same "$name"
}

# The corpora, written out as score.py writes them (one file an article).
if [ -d "$shared/corpus" ]; then
	for f in "$shared"/corpus/*.jsonl; do
		d="$tmp/$(basename "$f" .jsonl)"
		mkdir "$d"
		python3 - "$f" "$d" <<'EOF'
import json, sys
for i, line in enumerate(open(sys.argv[1], encoding='utf-8')):
    with open('%s/%04d.txt' % (sys.argv[2], i), 'w', encoding='utf-8', newline='') as fh:
        fh.write(json.loads(line)['text'])
EOF
		# Not in a subshell: a difference must set $fail here.
		cd "$d"
		both "json $(basename "$f")" --export=json ./*.txt
		cd "$here"
	done
fi

set -- "$here"/examples/*.txt
[ -d "$shared/articles" ] && set -- "$@" "$shared"/articles/*.txt
both "json articles and examples" --export=json "$@"
both "stats text" --stats "$@"
both "stats json" --stats --export=json "$@"
for f in "$@" "$here"/tests/pages/*.html; do
	for fmt in text ansi html; do
		for w in 72 37; do
			"$old" --export=$fmt --width $w "$f" >"$tmp/old.out" 2>&1 || echo "exit $?" >>"$tmp/old.out"
			"$new" --export=$fmt --width $w "$f" >"$tmp/new.out" 2>&1 || echo "exit $?" >>"$tmp/new.out"
			cmp -s "$tmp/old.out" "$tmp/new.out" || same "$fmt w$w $(basename "$f")"
		done
	done
done
[ $fail = 0 ] && echo "same: text, ansi and html of $(($# + $(ls "$here"/tests/pages/*.html | wc -l))) inputs at widths 72 and 37"
[ $fail = 0 ] && echo "same output"
exit $fail

#!/bin/sh
# The cliff benchmark (issue 17): every input that once made whosaid
# quadratic outside the analysis, at two sizes, the second twice the
# first.  Prints the best CPU time of 3 runs at each size, their ratio
# (about 2 for a linear path; the bar is 2.5) and the peak RSS of the
# larger run as a multiple of its input.  The generators are those of
# tests/cliffs.sh (tests/cliffs-gen.sh); sizes are KB, except the word
# list's (lines, with a 256 KB article).  Where whosaid now refuses an
# input (an element of 80,000 attributes, 50,000 brackets closed on a
# later line), the pages measured are of many elements or paragraphs at
# the limit.  Run from the top of a built tree:
# sh bench/cliffs.sh [SCALE]   (SCALE multiplies every size; default 1)
set -eu
. bench/lib.sh
bench_setup cliffs 1
scale=${1:-1}
WS_SRCDIR=.
. tests/cliffs-gen.sh

# run NAME SIZE CMD...: CMD on cliff_NAME's input of SIZE, then 2 x SIZE.
run() {
	name=$1 size=$(($2 * scale))
	shift 2
	t1= t2=
	for n in "$size" $((size * 2)); do
		in=$tmp/$name-$n
		"cliff_$name" "$n" "$in"
		t=$(best_of "$@" "$in")
		if [ -z "$t1" ]; then t1=$t; else t2=$t; fi
	done
	/usr/bin/time -o "$tmp/time" -f %M "$@" "$in" >/dev/null 2>&1 || true
	awk -v name="$name" -v n="$size" -v t1="$t1" -v t2="$t2" \
	    -v rss="$(tail -n 1 "$tmp/time")" -v bytes="$(wc -c <"$in")" 'BEGIN {
		r = t1 > 0.005 ? sprintf("%.2f", t2 / t1) : "-";
		printf "%-15s %7d %7.3fs %7.3fs %6s  %7.1f MB = %5.1fx its %.1f MB\n",
		    name, n, t1, t2, r, rss / 1024, rss * 1024 / bytes, bytes / 1048576 }'
}

cliff_quoted_words() { cliff_repeat '"a" ' "$@"; }
cliff_dots() { cliff_repeat '. ' "$@"; }
# One paragraph of short quotations: styled a stretch at a time, marked a part at a time.
cliff_paragraph() { cliff_repeat '"A," he said. ' "$@"; }
cliff_paragraph_text() { cliff_paragraph "$@"; }
cliff_paragraph_html() { cliff_paragraph "$@"; }

printf '%-15s %7s %8s %8s %6s  %s\n' cliff size time "2x time" ratio "peak RSS of the 2x run"
run crlf 2048 "$whosaid" --export=json
run cr 1024 "$whosaid" --export=json
run speakers_html 1024 "$whosaid" --export=html
run speakers_stats 1024 "$whosaid" --stats
run pieces 2048 "$whosaid" --export=html
run paragraph_text 2048 "$whosaid" --export=text
run paragraph_html 2048 "$whosaid" --export=html
run quotes 4096 "$whosaid" --export=json
run dots 4096 "$whosaid" --export=json
run quoted_words 4096 "$whosaid" --export=json
run attr_page 1024 "$whosaid" --export=json
run md_page 1024 "$whosaid" --export=json --format=markdown
XDG_CONFIG_HOME=$tmp/config
export XDG_CONFIG_HOME
run word_list 100000 "$whosaid" --export=json

#!/bin/sh
# The linear-time benchmark (issue 16): the phrases of tests/test_linear.c,
# each repeated to SIZE MB in one paragraph, through --export=json, beside
# ordinary prose (the examples) of the same size.  Prints the best CPU time
# of 5 runs (BENCH_RUNS), MB/s and the time as a multiple of prose's (the
# goal: at most 3).  Run from the top of a built tree:
# sh bench/linear.sh [SIZE]   (MB, default 1)
set -eu
. bench/lib.sh
bench_setup linear "${1:-1}"
BENCH_RUNS=${BENCH_RUNS:-5}
bench_articles

# fill UNIT BYTES: UNIT repeated to BYTES bytes on stdout; each '#' of
# UNIT a letter that differs from copy to copy, as in tests/test_linear.c.
fill() {
	case $1 in
	*'#'*)
		awk -v unit="$1" -v bytes="$2" 'BEGIN {
			n = gsub(/#/, "#", unit)
			for (i = 0; out < bytes; i++) {
				u = unit; v = i
				for (j = 0; j < n; j++) {
					k = length(u) - index(reverse(u), "#") + 1
					u = substr(u, 1, k - 1) sprintf("%c", 97 + v % 26) substr(u, k + 1)
					v = int(v / 26)
				}
				printf "%s", u; out += length(u)
			}
		}
		function reverse(s,  r, i) { for (i = length(s); i > 0; i--) r = r substr(s, i, 1); return r }' |
			head -c "$2"
		return ;;
	esac
	printf '%s' "$1" >"$tmp/unit"
	while [ "$(wc -c <"$tmp/unit")" -lt "$2" ]; do
		cat "$tmp/unit" "$tmp/unit" >"$tmp/double" && mv "$tmp/double" "$tmp/unit"
	done
	head -c "$2" "$tmp/unit"
}

# gen UNIT [THEN]: UNIT repeated to $want bytes after a title, in $tmp/in;
# with THEN, UNIT fills the first half and THEN the rest.
gen() {
	if [ -n "${2:-}" ]; then
		{ printf 'Title\n\n'; fill "$1" $((want / 2)); fill "$2" $((want - want / 2)); echo; } >"$tmp/in"
	else
		{ printf 'Title\n\n'; fill "$1" "$want"; echo; } >"$tmp/in"
	fi
}

prose=$(best_of "$whosaid" --export=json "$tmp/articles.txt")
# run NAME: time $tmp/in and print its line.
run() {
	t=$(best_of "$whosaid" --export=json "$tmp/in")
	awk -v name="$1" -v t="$t" -v p="$prose" -v bytes="$(wc -c <"$tmp/in")" 'BEGIN {
		printf "%-28s %7.3fs %8.1f MB/s %6.2fx prose\n", name, t,
		    (t > 0 ? bytes / 1048576 / t : 0), (p > 0 ? t / p : 0) }'
}
cp "$tmp/articles.txt" "$tmp/in"
run "prose (the examples)"
while IFS='|' read -r name unit then; do
	gen "$unit" "$then"
	run "$name"
done <<'GENERATORS'
cue adverbs|reportedly 
cue adverbs in clauses|Smith reportedly left, 
hyphenated name chain|Port-
hyphenated lower-case chain|Kim Ji-
capitalised run|Port 
capitalised names and cues|Ana Ruiz said Port 
repeated clauses|the mayor said that the plan, which reportedly failed, would cost more, 
quotations with tags|"We will go," Ana Ruiz said. "Not now," she added, 
quotations in one sentence|"We will go," Ana Ruiz said, 
colons|Mayor: the plan works: 
parentheses|(Smith said) (
according to chains|according to Smith, according to the agency, 
unclosed quotes|"Smith said the plan 
said chain|Smith said Jones said 
dashes|Smith — the mayor — said 
commas|, 
told|Smith told Jones that Ruiz told 
capitalised cue chain|Told Ana 
tagged clauses|Smith said, 
marks, then cues|, |said 
marks, then clauses|( |Smith said, 
dotted chain|1ab.
outlets, each new|Ana Ruiz told Q#### News that it rained. 
outlets, then the agency|Ana Ruiz told Q#### News that it rained. The agency said so. 
GENERATORS

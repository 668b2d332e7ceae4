# Every fuzz target over its seeds and over each input that once broke it
# (tests/regress/TARGET/), without libFuzzer: a broken promise aborts.
. "$WS_SRCDIR/tests/lib.sh"

# The engine sources a target runs through; while one is still a stub
# (another stage not landed yet) the target has nothing to check.
stages() {
	case $1 in
	load) echo load segment ;;
	layout) echo load segment width layout ;;
	text) echo load segment width layout export_text ;;
	json) echo load segment export_json ;;
	html) echo load segment width layout style export_html ;;
	ansi) echo load segment width layout style export_ansi ;;
	theme) echo theme ;;
	extract) echo load segment extract extract_html extract_md ;;
	model) echo learn_model learn_tag ;;
	esac
}

replay() {
	t=$1
	set -- "$WS_SRCDIR/tests/fuzz/seeds/$t"
	[ -d "$WS_SRCDIR/tests/regress/$t" ] && set -- "$@" "$WS_SRCDIR/tests/regress/$t"
	"$WS_BUILDDIR/tests/fuzz/replay_$t" "$@" >"$TMPD/replay.out" 2>"$TMPD/replay.err"
	rc=$?
	[ $rc -eq 0 ] || tail -n 20 "$TMPD/replay.err" | sed 's/^/#   /'
	return $rc
}

for t in load layout text json html ansi theme extract model; do
	stub=
	for s in $(stages "$t"); do
		grep -q 'Stub: replaced by' "$WS_SRCDIR/src/$s.c" && stub=$s
	done
	if [ -n "$stub" ]; then
		count=$((count + 1))
		echo "ok $count - fuzz target $t replays its seeds # SKIP $stub.c is still a stub"
		continue
	fi
	ok "fuzz target $t replays its seeds and regression inputs" replay "$t"
done
done_testing

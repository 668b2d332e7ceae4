# make check-valgrind: the end-to-end tests, the claim cases and every example article in
# every export format, each run of the program under valgrind memcheck.
# Any invalid access or leak (definite or indirect) fails, with the report.
#	valgrind.sh TEST.sh...
# valgrind's own error exit is 99, not 1: 1 is whosaid's "trouble" status,
# which the tests expect for bad input.
. "$WS_SRCDIR/tests/lib.sh"

command -v valgrind >/dev/null 2>&1 || { echo "valgrind is not installed: SKIP"; exit 77; }

REAL_WHOSAID=$WHOSAID
VG_LOGS=$TMPD/vg-logs
mkdir -p "$VG_LOGS"
cat >"$TMPD/whosaid" <<WRAP
#!/bin/sh
exec valgrind -q --error-exitcode=99 --leak-check=full \
	--show-leak-kinds=definite,indirect --errors-for-leak-kinds=definite,indirect \
	--log-file="$VG_LOGS/vg.%p.log" "$REAL_WHOSAID" "\$@"
WRAP
chmod +x "$TMPD/whosaid"

# No report from any run so far.
clean_logs() {
	bad=0
	for log in "$VG_LOGS"/vg.*.log; do
		[ -s "$log" ] || continue
		sed 's/^/#   /' "$log" | head -n 60
		bad=1
	done
	rm -f "$VG_LOGS"/vg.*.log
	[ "$bad" -eq 0 ]
}

# An end-to-end test (a path under the source tree), its program swapped
# for the wrapper.  It sees WS_VALGRIND=1 and makes its big inputs smaller
# and its time limits longer.
run_test() {
	WHOSAID="$TMPD/whosaid" WS_VALGRIND=1 "$SHELL" "$WS_SRCDIR/$1" >"$TMPD/test.out" 2>&1
	rc=$?
	[ $rc -eq 0 ] || grep -v '^ok ' "$TMPD/test.out" | sed 's/^/#   /' | head -n 40
	return $rc
}

for t in "$@"; do
	ok "$t passes under valgrind" run_test "$t"
	ok "$t: valgrind reports nothing" clean_logs
done

# The claim cases: the whole analysis, on every case, in one process.
claim_cases() {
	valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite,indirect \
		--errors-for-leak-kinds=definite,indirect --log-file="$VG_LOGS/vg.%p.log" \
		"$WS_BUILDDIR/tests/test_claims" >/dev/null
}
ok "the claim cases pass under valgrind" claim_cases
ok "the claim cases: valgrind reports nothing" clean_logs

# Each example in each format; a format not built yet exits 1, which is
# fine here: only what valgrind says counts.
for f in "$WS_SRCDIR"/examples/*; do
	case $f in *README*) continue ;; esac
	for fmt in text json html ansi; do
		"$TMPD/whosaid" --export=$fmt --width 60 "$f" >/dev/null 2>&1
		[ $? -eq 99 ] && echo "# valgrind error: --export=$fmt $f"
	done
	ok "$(basename "$f") in every format: valgrind reports nothing" clean_logs
done
echo "check-valgrind: $((count - failures)) passed, $failures failed"
done_testing

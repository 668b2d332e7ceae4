# Helpers for the end-to-end tests (sourced).  The test harness sets
# WHOSAID (the built program), WS_SRCDIR, WS_BUILDDIR and WS_SHARED.
set -u
: "${WHOSAID:?run me through make check}"
TMPD=$(mktemp -d "${TMPDIR:-/tmp}/whosaid-test.XXXXXX")
trap 'rm -rf "$TMPD"' EXIT
failures=0
count=0

# ok NAME COMMAND...: the command must succeed.
ok() {
	name=$1; shift
	count=$((count + 1))
	if "$@"; then echo "ok $count - $name"; else echo "not ok $count - $name"; failures=$((failures + 1)); fi
}

# expect_status WANT NAME COMMAND...: the command must exit with WANT.
expect_status() {
	want=$1; name=$2; shift 2
	count=$((count + 1))
	"$@" >"$TMPD/out" 2>"$TMPD/err"
	got=$?
	if [ "$got" = "$want" ]; then echo "ok $count - $name"
	else echo "not ok $count - $name (exit $got, want $want)"; sed 's/^/#   /' "$TMPD/err"; failures=$((failures + 1)); fi
}

# One line on stderr, starting "whosaid: " (after expect_status).
one_line_error() {
	[ "$(wc -l <"$TMPD/err")" -eq 1 ] && grep -q '^whosaid: ' "$TMPD/err"
}

done_testing() {
	echo "1..$count"
	[ "$failures" -eq 0 ]
}

# unmark FILE: a text export without its claims' marks ([1], [/1]) and
# their key, in place: for the tests of the article's text itself.
unmark() {
	sed -e 's/\[\/\{0,1\}[0-9][0-9]*\]//g' -e '/^Who said what$/,$d' "$1" >"$1.unmarked" &&
		mv "$1.unmarked" "$1"
}

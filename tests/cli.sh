# The command line: help, version, usage errors and exit statuses.
. "$WS_SRCDIR/tests/lib.sh"

expect_status 0 "--help exits 0" "$WHOSAID" --help
ok "--help prints usage to stdout" grep -q '^usage: whosaid' "$TMPD/out"
expect_status 0 "--version exits 0" "$WHOSAID" --version
ok "--version prints the version" grep -q '^whosaid [0-9]' "$TMPD/out"
expect_status 2 "unknown option exits 2" "$WHOSAID" --frobnicate
ok "unknown option names the option" grep -q "unknown option '--frobnicate'" "$TMPD/err"
expect_status 2 "bad width exits 2" "$WHOSAID" --width=0 x
expect_status 2 "non-numeric width exits 2" "$WHOSAID" --width=abc x
expect_status 2 "unknown export format exits 2" "$WHOSAID" --export=pdf x
expect_status 2 "missing option argument exits 2" "$WHOSAID" --width
expect_status 1 "missing file exits 1" "$WHOSAID" --export=text "$TMPD/no-such-file"
ok "missing file: one line" one_line_error
done_testing

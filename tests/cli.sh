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

# In the config directory only regular files are word lists: a FIFO or a
# directory named *.txt is skipped with a warning, never read (a FIFO
# would hang every start) nor an error (a directory failed every run).
printf 'Bridge Reopens\n\nThe mayor said the bridge was safe.\n' >"$TMPD/article.txt"
mkdir -p "$TMPD/config/whosaid/dir.txt"
mkfifo "$TMPD/config/whosaid/fifo.txt"
printf 'outlet: Harbour Gazette\n' >"$TMPD/config/whosaid/mine.txt"
expect_status 0 "a FIFO and a directory named *.txt in the config directory: it runs" \
	env XDG_CONFIG_HOME="$TMPD/config" timeout 20 "$WHOSAID" --export=text "$TMPD/article.txt"
	unmark "$TMPD/out"
ok "  and exports" grep -q 'The mayor said the bridge was safe' "$TMPD/out"
ok "  warning in one line" one_line_error
ok "  of the FIFO" grep -q "^whosaid: warning: not a regular file, skipped: .*/fifo.txt" "$TMPD/err"
ok "  and of the directory" grep -q "^whosaid: warning: not a regular file, skipped: .*/dir.txt" "$TMPD/err"
printf 'Harbour Gazette reported that the port had closed.\n' >"$TMPD/gazette.txt"
expect_status 0 "  the regular word list is still read" \
	env XDG_CONFIG_HOME="$TMPD/config" timeout 20 "$WHOSAID" --export=json "$TMPD/gazette.txt"
ok "  (its outlet is known)" grep -q '"name":"Harbour Gazette"' "$TMPD/out"
done_testing

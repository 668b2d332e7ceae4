# What -o may replace and what it writes into (issue 17): an input that
# came on standard input is an input; a FIFO, a device or standard output
# is written in place, never replaced by a regular file; a read-only file
# is refused; a file replaced keeps its mode and owner.
. "$WS_SRCDIR/tests/lib.sh"

printf 'Bridge Reopens\n\nThe mayor said the bridge was safe.\n' >"$TMPD/article.txt"
cp "$TMPD/article.txt" "$TMPD/original.txt"

# Standard input is an input: its file is not overwritten by its own export.
for fmt in html json; do
	expect_status 1 "--export=$fmt -o FILE < FILE is refused" \
		sh -c '"$1" --export="$2" -o "$3" <"$3"' sh "$WHOSAID" "$fmt" "$TMPD/article.txt"
	ok "--export=$fmt -o FILE < FILE: says so" \
		grep -qF "refusing to write $TMPD/article.txt: it is an input" "$TMPD/err"
	ok "--export=$fmt -o FILE < FILE: the article is untouched" \
		cmp -s "$TMPD/original.txt" "$TMPD/article.txt"
done
expect_status 1 "-o FILE - < FILE is refused" \
	sh -c '"$1" --export=text -o "$2" - <"$2"' sh "$WHOSAID" "$TMPD/article.txt"
ok "-o FILE - < FILE: the article is untouched" cmp -s "$TMPD/original.txt" "$TMPD/article.txt"

# A FIFO stays a FIFO, and whoever reads it gets the export.
mkfifo "$TMPD/fifo"
timeout 20 cat "$TMPD/fifo" >"$TMPD/from-fifo" &
reader=$!
expect_status 0 "-o FIFO exits 0" "$WHOSAID" --export=json -o "$TMPD/fifo" "$TMPD/article.txt"
wait "$reader"
ok "-o FIFO: it is still a FIFO" test -p "$TMPD/fifo"
ok "-o FIFO: the reader got the export" grep -q '"claims":\[{' "$TMPD/from-fifo"
ok "-o FIFO: no temporary file left" sh -c '! ls -A "$1" | grep -q "^\.whosaid-"' sh "$TMPD"

# A character device stays one.  A device of our own where we may make
# one; otherwise /dev/null, which a user who is not root cannot replace.
if mknod "$TMPD/null" c 1 3 2>/dev/null; then device=$TMPD/null; else device=/dev/null; fi
expect_status 0 "-o a character device exits 0" "$WHOSAID" --export=html -o "$device" "$TMPD/article.txt"
ok "-o a character device: it is still one" test -c "$device"
ok "-o a character device: no temporary file beside it" \
	sh -c '! ls -A "$(dirname "$1")" | grep -q "^\.whosaid-"' sh "$device"

# Standard output by a name of its own: a link to /proc/self/fd/1 (as
# /dev/stdout is) writes through it and stays a link.
ln -s /proc/self/fd/1 "$TMPD/stdout-link"
expect_status 0 "-o a link to standard output exits 0" \
	"$WHOSAID" --export=text -o "$TMPD/stdout-link" "$TMPD/article.txt"
unmark "$TMPD/out"
ok "-o a link to standard output: the text is on standard output" \
	grep -q 'The mayor said the bridge was safe' "$TMPD/out"
ok "-o a link to standard output: it is still a link" test -L "$TMPD/stdout-link"
# /dev/stdout itself, only once the link above was written through (a
# program that replaced the link would replace /dev/stdout as root).
if test -L "$TMPD/stdout-link" && test -L /dev/stdout; then
	expect_status 0 "-o /dev/stdout exits 0" "$WHOSAID" --export=text -o /dev/stdout "$TMPD/article.txt"
	unmark "$TMPD/out"
	ok "-o /dev/stdout: the text is on standard output" \
		grep -q 'The mayor said the bridge was safe' "$TMPD/out"
	ok "-o /dev/stdout: it is still a link" test -L /dev/stdout
fi

# A read-only file is refused, as cp refuses it, and left as it was.
echo 'the read-only export' >"$TMPD/readonly.txt"
chmod 444 "$TMPD/readonly.txt"
expect_status 1 "-o a read-only file exits 1" \
	"$WHOSAID" --export=text -o "$TMPD/readonly.txt" "$TMPD/article.txt"
ok "-o a read-only file: one line" one_line_error
ok "-o a read-only file: says it is read-only" grep -q "read-only" "$TMPD/err"
ok "-o a read-only file: it is untouched" grep -qx 'the read-only export' "$TMPD/readonly.txt"

# A private file stays private; its owner stays its owner where we may say so.
echo 'the embargoed export' >"$TMPD/private.txt"
chmod 600 "$TMPD/private.txt"
expect_status 0 "-o a 0600 file exits 0" "$WHOSAID" --export=text -o "$TMPD/private.txt" "$TMPD/article.txt"
ok "-o a 0600 file: it is replaced" grep -q 'The mayor said' "$TMPD/private.txt"
ok "-o a 0600 file: it keeps mode 0600" test "$(stat -c %a "$TMPD/private.txt")" = 600
echo 'the shared export' >"$TMPD/shared.txt"
chmod 664 "$TMPD/shared.txt"
expect_status 0 "-o a 0664 file exits 0" "$WHOSAID" --export=json -o "$TMPD/shared.txt" "$TMPD/article.txt"
ok "-o a 0664 file: it keeps mode 0664" test "$(stat -c %a "$TMPD/shared.txt")" = 664
if [ "$(id -u)" = 0 ]; then
	echo 'another user'"'"'s export' >"$TMPD/theirs.txt"
	chown 65534:65534 "$TMPD/theirs.txt"
	expect_status 0 "-o another user's file (as root) exits 0" \
		"$WHOSAID" --export=text -o "$TMPD/theirs.txt" "$TMPD/article.txt"
	ok "-o another user's file (as root): it keeps its owner and group" \
		test "$(stat -c %u:%g "$TMPD/theirs.txt")" = 65534:65534
fi
done_testing

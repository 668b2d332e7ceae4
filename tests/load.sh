# Loading from the command line: each kind of bad input is one line on
# stderr and exit status 1; --force opens binary data.
. "$WS_SRCDIR/tests/lib.sh"

# The message, without the program name (after expect_status).
says() {
	grep -qF -- "$1" "$TMPD/err"
}

# Loading went through (whatever a later stage says of it).
loaded() {
	! grep -qE 'cannot open|cannot read|is a directory|binary data|larger than' "$TMPD/err"
}

expect_status 1 "missing file exits 1" "$WHOSAID" --export=text "$TMPD/none.txt"
ok "missing file: one line" one_line_error
ok "missing file: says why" says "cannot open $TMPD/none.txt: No such file or directory"

expect_status 1 "directory exits 1" "$WHOSAID" --export=text "$TMPD"
ok "directory: one line" one_line_error
ok "directory: says so" says "$TMPD: is a directory"

printf 'PK\003\004\000\000binary\000' >"$TMPD/a.zip"
expect_status 1 "binary file exits 1" "$WHOSAID" --export=text "$TMPD/a.zip"
ok "binary file: one line" one_line_error
ok "binary file: suggests --force" says "$TMPD/a.zip looks like binary data (use --force to open it anyway)"

"$WHOSAID" --export=text --force "$TMPD/a.zip" >"$TMPD/out" 2>"$TMPD/err"
ok "--force opens binary data" loaded

expect_status 1 "binary stdin exits 1" sh -c '"$0" --export=text - <"$1"' "$WHOSAID" "$TMPD/a.zip"
ok "binary stdin is named (stdin)" says "(stdin) looks like binary data"

truncate -s 129M "$TMPD/big.txt" 2>/dev/null || dd if=/dev/null of="$TMPD/big.txt" bs=1M seek=129 2>/dev/null
expect_status 1 "input over 128 MiB exits 1" "$WHOSAID" --export=text --force "$TMPD/big.txt"
ok "input over 128 MiB: one line" one_line_error
ok "input over 128 MiB: says so" says "$TMPD/big.txt: larger than 128 MiB"
rm -f "$TMPD/big.txt"

if [ "$(id -u)" != 0 ]; then
	echo secret >"$TMPD/secret.txt"
	chmod 000 "$TMPD/secret.txt"
	expect_status 1 "unreadable file exits 1" "$WHOSAID" --export=text "$TMPD/secret.txt"
	ok "unreadable file: says why" says "Permission denied"
else
	echo "# skipping the unreadable file: root reads everything"
fi

: >"$TMPD/empty.txt"
"$WHOSAID" --export=text "$TMPD/empty.txt" >"$TMPD/out" 2>"$TMPD/err"
ok "empty file loads" loaded

printf 'Title\r\n\r\nA caf\351 \342\200\234quote\342\200\235.\r\n' >"$TMPD/crlf.txt"
"$WHOSAID" --export=text "$TMPD/crlf.txt" >"$TMPD/out" 2>"$TMPD/err"
ok "CRLF and invalid UTF-8 load" loaded

done_testing

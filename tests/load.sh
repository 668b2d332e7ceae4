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

expect_status 0 "--force opens binary data" "$WHOSAID" --export=text --force "$TMPD/a.zip"
ok "--force: no complaint" loaded

expect_status 1 "binary stdin exits 1" sh -c '"$0" --export=text - <"$1"' "$WHOSAID" "$TMPD/a.zip"
ok "binary stdin is named (stdin)" says "(stdin) looks like binary data"

truncate -s 129M "$TMPD/big.txt" 2>/dev/null || dd if=/dev/null of="$TMPD/big.txt" bs=1M seek=129 2>/dev/null
expect_status 1 "input over 128 MiB exits 1" "$WHOSAID" --export=text --force "$TMPD/big.txt"
ok "input over 128 MiB: one line" one_line_error
ok "input over 128 MiB: says so" says "$TMPD/big.txt: larger than 128 MiB"
rm -f "$TMPD/big.txt"

if [ -r /dev/zero ]; then
	expect_status 1 "endless device ends at the limit" "$WHOSAID" --export=text --force /dev/zero
	ok "endless device: says so" says "/dev/zero: larger than 128 MiB"
fi

if mkfifo "$TMPD/fifo" 2>/dev/null; then
	timeout 20 sh -c 'printf "Piped in.\n" >"$1"' sh "$TMPD/fifo" &
	expect_status 0 "a FIFO is read as a stream" "$WHOSAID" --export=text "$TMPD/fifo"
	ok "a FIFO's text comes out" grep -qx 'Piped in.' "$TMPD/out"
	wait
fi

if [ "$(id -u)" != 0 ]; then
	echo secret >"$TMPD/secret.txt"
	chmod 000 "$TMPD/secret.txt"
	expect_status 1 "unreadable file exits 1" "$WHOSAID" --export=text "$TMPD/secret.txt"
	ok "unreadable file: says why" says "Permission denied"
else
	echo "# skipping the unreadable file: root reads everything"
fi

: >"$TMPD/empty.txt"
expect_status 0 "empty file loads" "$WHOSAID" --export=text "$TMPD/empty.txt"
ok "empty file: no complaint" loaded

printf '\357\273\277Title\r\n\r\nA caf\351 \342\200\234quote\342\200\235.\r\n' >"$TMPD/crlf.txt"
expect_status 0 "BOM, CRLF and invalid UTF-8 load" "$WHOSAID" --export=text "$TMPD/crlf.txt"
ok "no CR and no BOM come out" sh -c '! grep -q "$(printf "\r")" "$1" && ! grep -q "$(printf "\357\273\277")" "$1"' sh "$TMPD/out"
ok "the bad byte shows as U+FFFD" grep -q "A caf$(printf '\357\277\275') " "$TMPD/out"

expect_status 0 "stdin is read for -" sh -c 'printf "From a pipe.\n" | "$0" --export=text -' "$WHOSAID"
ok "stdin's text comes out" grep -qx 'From a pipe.' "$TMPD/out"

# UTF-16 with a byte order mark, little- or big-endian, is text: read as
# the UTF-8 it converts to (and the JSON's offsets and "text" are of that).
printf 'Bridge Reopens\n\nThe mayor said the caf\303\251 was safe.\n' >"$TMPD/utf8.txt"
{ printf '\377\376'; iconv -f UTF-8 -t UTF-16LE "$TMPD/utf8.txt"; } >"$TMPD/utf16le.txt"
{ printf '\376\377'; iconv -f UTF-8 -t UTF-16BE "$TMPD/utf8.txt"; } >"$TMPD/utf16be.txt"
"$WHOSAID" --export=text "$TMPD/utf8.txt" >"$TMPD/utf8.out"
for endian in le be; do
	expect_status 0 "UTF-16${endian} with a BOM is read" "$WHOSAID" --export=text "$TMPD/utf16$endian.txt"
	ok "UTF-16${endian} with a BOM: as the same text in UTF-8" cmp -s "$TMPD/out" "$TMPD/utf8.out"
done
expect_status 0 "UTF-16 to JSON" "$WHOSAID" --export=json "$TMPD/utf16le.txt"
ok "UTF-16 to JSON: it carries the converted text" grep -qF '"text":"Bridge Reopens\n\nThe mayor said the café was safe.\n"' "$TMPD/out"
ok "UTF-16 to JSON: offsets are into that text" \
	grep -qF '"claims":[{"n":1,"start":31,"end":49,"text":"the café was safe"' "$TMPD/out"
printf '\377\376<\000h\000t\000m\000l\000>\000<\000b\000o\000d\000y\000>\000<\000p\000>\000T\000h\000e\000 \000m\000a\000y\000o\000r\000 \000s\000a\000i\000d\000 \000i\000t\000 \000w\000a\000s\000 \000s\000a\000f\000e\000.\000<\000/\000p\000>\000' >"$TMPD/utf16.html"
expect_status 0 "a UTF-16 page with a BOM is read" "$WHOSAID" --export=text "$TMPD/utf16.html"
unmark "$TMPD/out"
ok "  and its text extracted" grep -qx 'The mayor said it was safe.' "$TMPD/out"
# A lone surrogate and an odd last byte: U+FFFD each, as a browser decodes them.
printf '\377\376H\000i\000\000\330!\000x' >"$TMPD/utf16-bad.txt"
expect_status 0 "UTF-16 with a lone surrogate and an odd last byte is read" \
	"$WHOSAID" --export=text "$TMPD/utf16-bad.txt"
ok "  each as U+FFFD" grep -qx 'Hi�!�' "$TMPD/out"

done_testing

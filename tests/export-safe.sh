# Exports never overwrite their article, and a target that cannot be
# written fails with a clear message leaving the earlier file as it was.
. "$WS_SRCDIR/tests/lib.sh"

printf 'Bridge Reopens\n\nThe mayor said the bridge was safe.\n' >"$TMPD/article.txt"
cp "$TMPD/article.txt" "$TMPD/original.txt"
ln -s article.txt "$TMPD/link.txt"
ln "$TMPD/article.txt" "$TMPD/hard.txt"

# refused NAME TARGET [FILE...]: -o TARGET is refused and the article is untouched.
refused() {
	name=$1; target=$2; shift 2
	expect_status 1 "-o onto the input ($name) is refused" \
		"$WHOSAID" --export=text -o "$target" "$@"
	ok "-o onto the input ($name): says so" grep -qF "refusing to write $target: it is an input" "$TMPD/err"
	ok "-o onto the input ($name): the article is untouched" cmp -s "$TMPD/original.txt" "$TMPD/article.txt"
}
refused "same path" "$TMPD/article.txt" "$TMPD/article.txt"
refused "another spelling" "$TMPD/./article.txt" "$TMPD/article.txt"
refused "through a symbolic link" "$TMPD/link.txt" "$TMPD/article.txt"
refused "a hard link" "$TMPD/hard.txt" "$TMPD/article.txt"
refused "the second of two inputs" "$TMPD/article.txt" "$TMPD/original.txt" "$TMPD/article.txt"
(cd "$TMPD" && "$WHOSAID" --export=json -o article.txt article.txt) >"$TMPD/out" 2>"$TMPD/err"
ok "-o onto the input, relative, with JSON: refused" grep -qF "refusing to write article.txt: it is an input" "$TMPD/err"
ok "-o onto the input, relative: the article is untouched" cmp -s "$TMPD/original.txt" "$TMPD/article.txt"

expect_status 1 "-o into a missing directory exits 1" \
	"$WHOSAID" --export=text -o "$TMPD/nowhere/out.txt" "$TMPD/article.txt"
ok "-o into a missing directory: says why" \
	grep -qF "cannot write $TMPD/nowhere/out.txt: No such file or directory" "$TMPD/err"

# -o DIR/ writes DIR/NAME.whosaid.txt: never when that is another input.
mkdir "$TMPD/batch"
printf 'Old\n\nThe earlier export.\n' >"$TMPD/batch/story.whosaid.txt"
cp "$TMPD/batch/story.whosaid.txt" "$TMPD/batch-original.txt"
cp "$TMPD/article.txt" "$TMPD/batch/story.txt"
expect_status 1 "-o DIR/ onto another input exits 1" \
	"$WHOSAID" --export=text -o "$TMPD/batch/" "$TMPD/batch/story.whosaid.txt" "$TMPD/batch/story.txt"
ok "-o DIR/ onto another input: says so" grep -qF "it is an input" "$TMPD/err"
ok "-o DIR/ onto another input: that input is untouched" \
	cmp -s "$TMPD/batch-original.txt" "$TMPD/batch/story.whosaid.txt"

# An unwritable directory (root writes anywhere: export-full.sh covers a
# read-only file system instead).
if [ "$(id -u)" != 0 ]; then
	mkdir "$TMPD/locked"
	echo 'the earlier export' >"$TMPD/locked/out.txt"
	chmod 555 "$TMPD/locked"
	expect_status 1 "export into an unwritable directory exits 1" \
		"$WHOSAID" --export=text -o "$TMPD/locked/out.txt" "$TMPD/article.txt"
	ok "unwritable directory: says why" grep -qF "Permission denied" "$TMPD/err"
	ok "unwritable directory: the earlier file is untouched" \
		grep -qx 'the earlier export' "$TMPD/locked/out.txt"
	chmod 755 "$TMPD/locked"
fi

# A full standard output: one clear line, whatever the format.
for fmt in text json html ansi; do
	expect_status 1 "--export=$fmt onto a full standard output exits 1" \
		sh -c '"$1" --export="$2" "$3" >/dev/full' sh "$WHOSAID" "$fmt" "$TMPD/article.txt"
	ok "--export=$fmt onto a full standard output: one line" one_line_error
	ok "--export=$fmt onto a full standard output: says where and why" \
		grep -qE 'standard output.*No space left on device' "$TMPD/err"
done

# A failed article among several writes nothing.
echo 'the earlier export' >"$TMPD/out.txt"
expect_status 1 "a missing article among several exits 1" \
	"$WHOSAID" --export=text -o "$TMPD/out.txt" "$TMPD/article.txt" "$TMPD/missing.txt"
ok "a missing article among several: the earlier file is untouched" \
	grep -qx 'the earlier export' "$TMPD/out.txt"
ok "a missing article among several: no temporary file left" \
	sh -c '! ls -A "$1" | grep -q "^\.whosaid-"' sh "$TMPD"
done_testing

# Exports lose nothing (issue 7): on a full file system and on a read-only
# one the export fails with a clear message and the earlier file is left
# as it was, with no temporary file behind.  Needs root, to mount a small
# tmpfs (CI runs as root); SKIP elsewhere.
. "$WS_SRCDIR/tests/lib.sh"

[ "$(id -u)" = 0 ] || { echo "not root: cannot mount a tmpfs: SKIP"; exit 77; }
mkdir "$TMPD/fs"
mount -t tmpfs -o size=64k,nr_inodes=64 whosaid-test "$TMPD/fs" 2>/dev/null ||
	{ echo "cannot mount a tmpfs here: SKIP"; exit 77; }
trap 'umount "$TMPD/fs" 2>/dev/null; rm -rf "$TMPD"' EXIT

# An article larger than what is left on the file system.
{
	printf 'Harbour Strike Drags On\n\n'
	for i in $(seq 1 400); do
		printf '"We will not go back until the cranes are safe," said Ana Ruiz, a crane driver, on day %d.\n\n' "$i"
	done
} >"$TMPD/article.txt"
echo 'the earlier export' >"$TMPD/fs/out.txt"
cp "$TMPD/fs/out.txt" "$TMPD/earlier.txt"

# Only the target and the filler: no temporary file left behind.
only_target_left() {
	[ "$(ls -A "$TMPD/fs" | sort | tr '\n' ' ')" = "filler out.txt " ] ||
		{ ls -la "$TMPD/fs" | sed 's/^/#   /'; false; }
}

dd if=/dev/zero of="$TMPD/fs/filler" bs=1k 2>/dev/null
expect_status 1 "export onto a full file system exits 1" \
	"$WHOSAID" --export=text -o "$TMPD/fs/out.txt" "$TMPD/article.txt"
ok "full file system: one line" one_line_error
ok "full file system: says where and why" \
	grep -qE "^whosaid: $TMPD/fs/out.txt: .*No space left on device" "$TMPD/err"
ok "full file system: the earlier file is untouched" cmp -s "$TMPD/earlier.txt" "$TMPD/fs/out.txt"
ok "full file system: no temporary file left" only_target_left

if ! grep -q 'Stub: replaced by' "$WS_SRCDIR/src/export_json.c"; then
	expect_status 1 "JSON export onto a full file system exits 1" \
		"$WHOSAID" --export=json -o "$TMPD/fs/out.txt" "$TMPD/article.txt"
	ok "full file system, JSON: one line" one_line_error
	ok "full file system, JSON: says where and why" \
		grep -qE "^whosaid: $TMPD/fs/out.txt: .*No space left on device" "$TMPD/err"
	ok "full file system, JSON: the earlier file is untouched" \
		cmp -s "$TMPD/earlier.txt" "$TMPD/fs/out.txt"
fi

# Read-only: root may write anywhere else.
rm -f "$TMPD/fs/filler"
: >"$TMPD/fs/filler"
mount -o remount,ro "$TMPD/fs"
expect_status 1 "export into a read-only file system exits 1" \
	"$WHOSAID" --export=text -o "$TMPD/fs/out.txt" "$TMPD/article.txt"
ok "read-only file system: one line" one_line_error
ok "read-only file system: says so" grep -qF "cannot write $TMPD/fs/out.txt: Read-only file system" "$TMPD/err"
ok "read-only file system: the earlier file is untouched" cmp -s "$TMPD/earlier.txt" "$TMPD/fs/out.txt"
done_testing

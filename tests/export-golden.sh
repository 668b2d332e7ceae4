# The HTML and ANSI exports of the example articles, compared with the
# golden files in tests/golden/.  When a change to the engine changes them
# on purpose, regenerate them and read the diff before committing:
#     make check TESTS=tests/export-golden.sh WS_UPDATE_GOLDEN=1
. "$WS_SRCDIR/tests/lib.sh"
# No user's theme or lexicon: the built-in ones only.
XDG_CONFIG_HOME="$TMPD/config"; HOME="$TMPD"; export XDG_CONFIG_HOME HOME
unset NO_COLOR COLORTERM

for article in "$WS_SRCDIR"/examples/*.txt; do
	art=$(basename "$article" .txt)
	for fmt in html ansi; do
		golden="$WS_SRCDIR/tests/golden/$art.$fmt"
		"$WHOSAID" --export=$fmt --width=80 -o "$TMPD/$art.$fmt" "$article" || {
			ok "$art: $fmt export" false; continue; }
		if [ -n "${WS_UPDATE_GOLDEN:-}" ]; then
			cp "$TMPD/$art.$fmt" "$golden"
			echo "# updated $golden"
		fi
		ok "$art: the $fmt export is as in tests/golden/$art.$fmt" \
			cmp -s "$golden" "$TMPD/$art.$fmt"
		if ! cmp -s "$golden" "$TMPD/$art.$fmt"; then
			diff -u "$golden" "$TMPD/$art.$fmt" | head -20 | cat -v | sed 's/^/#   /'
			echo "#   The analysis or the layout changed?  If the new output is right:"
			echo "#   make check TESTS=tests/export-golden.sh WS_UPDATE_GOLDEN=1"
		fi
	done
done
done_testing

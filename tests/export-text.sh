# The text export: golden output for the example articles, the same text
# when standard output is not a terminal, and -o written whole.
. "$WS_SRCDIR/tests/lib.sh"

ex=$WS_SRCDIR/examples
golden=$WS_SRCDIR/tests/golden

# same_as FILE: the last command's output is exactly FILE.  After an
# intended change: make check TESTS=tests/export-text.sh WS_UPDATE_GOLDEN=1
same_as() {
	case $1 in
	"$golden"/*) [ -n "${WS_UPDATE_GOLDEN:-}" ] && cp "$TMPD/out" "$1" && echo "# updated $1" ;;
	esac
	cmp -s "$1" "$TMPD/out" || { diff -u "$1" "$TMPD/out" | head -n 20 | sed 's/^/#   /'; false; }
}

expect_status 0 "--export=text --width 60 exits 0" \
	"$WHOSAID" --export=text --width 60 "$ex/harbour-strike.txt"
ok "harbour-strike at 60 columns matches its golden text" same_as "$golden/harbour-strike.w60.txt"
expect_status 0 "--export=text --width 30 on CJK and emoji exits 0" \
	"$WHOSAID" --export=text --width 30 "$ex/monsoon-summit.txt"
ok "monsoon-summit at 30 columns matches its golden text" same_as "$golden/monsoon-summit.w30.txt"
ok "it is safe to show on a terminal" "$WS_BUILDDIR/tests/fuzz/check_output" text "$TMPD/out"

"$WHOSAID" --export=text --width 80 "$ex/harbour-strike.txt" >"$TMPD/want" 2>&1
expect_status 0 "piped, whosaid FILE exits 0" sh -c '"$1" "$2" | cat' sh "$WHOSAID" "$ex/harbour-strike.txt"
ok "piped, whosaid FILE prints the text export at 80 columns" same_as "$TMPD/want"

expect_status 0 "-o FILE exits 0" "$WHOSAID" --export=text --width 80 -o "$TMPD/export.txt" "$ex/harbour-strike.txt"
ok "-o FILE prints nothing" test ! -s "$TMPD/out"
cp "$TMPD/export.txt" "$TMPD/out"
ok "-o FILE holds the same text as standard output" same_as "$TMPD/want"
ok "-o FILE leaves no temporary file behind" test "$(ls "$TMPD" | grep -c export)" -eq 1

cp "$ex/harbour-strike.txt" "$TMPD/article.txt"
expect_status 1 "-o onto the input exits 1" "$WHOSAID" --export=text -o "$TMPD/article.txt" "$TMPD/article.txt"
ok "-o onto the input: a one-line message" one_line_error
ok "-o onto the input: the article is untouched" cmp -s "$ex/harbour-strike.txt" "$TMPD/article.txt"
done_testing

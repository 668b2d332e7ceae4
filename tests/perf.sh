# The marks take nothing from the article: the text export with its
# claims' marks and key taken out is, line for line, the plain layout
# (the export under a filter that names nobody: no claim to mark), for
# each example, a page with CRLF line ends and invalid UTF-8, and HTML
# input.  At a width no line reaches, the marks cannot move a break.
# (Before the key, the text export skipped the analysis: this file checked
# that fast path.)
. "$WS_SRCDIR/tests/lib.sh"

# The rules under the title and headings are as wide as the line they
# underline, marks and all: they are compared as one character.
rules='s/^==*$/=/; s/^--*$/-/'

# same_text FILE: the marked export, unmarked, and the export with no claim shown.
same_text() {
	"$WHOSAID" --export=text --width 1000 "$1" >"$TMPD/marked" 2>&1
	"$WHOSAID" --export=text --width 1000 --speaker "Nobody At All" "$1" >"$TMPD/plain" 2>/dev/null
	! grep -q '^Who said what$' "$TMPD/plain" && grep -q '\[1\]' "$TMPD/marked" &&
		unmark "$TMPD/marked" && sed -e '$d' -e "$rules" "$TMPD/marked" >"$TMPD/a" &&
		sed "$rules" "$TMPD/plain" >"$TMPD/b" && cmp -s "$TMPD/a" "$TMPD/b" && [ -s "$TMPD/b" ]
}

for f in "$WS_SRCDIR"/examples/*.txt; do
	ok "text export of $(basename "$f"): the article's text, less its marks" same_text "$f"
done
printf 'Fares Rise\r\n\r\nThe operator said fares would rise \377 by 4%%.\r\n' >"$TMPD/crlf.txt"
ok "text export of a repaired CRLF text: the article's text, less its marks" same_text "$TMPD/crlf.txt"
printf '<html><head><title>Fares</title></head><body><article><p>The operator said fares would rise.</p><p>&ldquo;We had no choice,&rdquo; its chair said.</p></article></body></html>' >"$TMPD/page.html"
ok "text export of an HTML page: the article's text, less its marks" same_text "$TMPD/page.html"
done_testing

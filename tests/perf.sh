# The fast paths print what the slow ones do.  Plain text skips the
# analysis unless a --speaker or --source filter needs it; the text is the
# same either way, for each example, for a page with CRLF line ends and
# invalid UTF-8, and for HTML input.
. "$WS_SRCDIR/tests/lib.sh"

# same_text FILE: the text export with and without the analysis.
same_text() {
	"$WHOSAID" --export=text --width 60 "$1" >"$TMPD/fast" 2>&1
	"$WHOSAID" --export=text --width 60 --speaker "Nobody At All" "$1" >"$TMPD/slow" 2>/dev/null
	cmp -s "$TMPD/fast" "$TMPD/slow" && [ -s "$TMPD/fast" ]
}

for f in "$WS_SRCDIR"/examples/*.txt; do
	ok "text export of $(basename "$f") is the same without the analysis" same_text "$f"
done
printf 'Fares Rise\r\n\r\nThe operator said fares would rise \377 by 4%%.\r\n' >"$TMPD/crlf.txt"
ok "text export of a repaired CRLF text is the same without the analysis" same_text "$TMPD/crlf.txt"
printf '<html><head><title>Fares</title></head><body><article><p>The operator said fares would rise.</p><p>&ldquo;We had no choice,&rdquo; its chair said.</p></article></body></html>' >"$TMPD/page.html"
ok "text export of an HTML page is the same without the analysis" same_text "$TMPD/page.html"
done_testing

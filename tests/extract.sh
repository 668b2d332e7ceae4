# Web pages and Markdown end to end: detection, extraction, errors, JSON offsets.
. "$WS_SRCDIR/tests/lib.sh"
PAGES=$WS_SRCDIR/tests/pages

# The story's sentences are there and the furniture is not.
story_only() {
	grep -q 'suspended all night crossings' "$1" &&
	grep -q 'Ines Coll, told reporters' "$1" &&
	! grep -qi 'cookies\|Most read\|Sign up\|Share on\|Harbour fees\|About time somebody\|All rights' "$1"
}

expect_status 0 "a page is read by its extension" "$WHOSAID" --export=text "$PAGES/harbour-daily.html"
ok "the page's story is extracted without navigation, banners and widgets" story_only "$TMPD/out"
ok "the title comes first" sh -c "head -1 '$TMPD/out' | grep -q '^Ferry operator pauses night crossings after engine fire$'"
ok "the byline and date follow it" grep -q '^By Marta Quill · 2026-03-14$' "$TMPD/out"
ok "block quotes keep their marker" grep -q '^> We were told the boat' "$TMPD/out"
ok "no markup is left" sh -c "! grep -q '<\\|&[a-z]*;' '$TMPD/out'"
cp "$TMPD/out" "$TMPD/by-file"

expect_status 0 "a page is read from standard input by its content" \
	sh -c "cat '$PAGES/harbour-daily.html' | '$WHOSAID' --export=text"
ok "a piped page reads the same as the file" cmp -s "$TMPD/out" "$TMPD/by-file"

cp "$PAGES/valley-courier.html" "$TMPD/saved-page.txt"
expect_status 0 "a .txt file holding a page is read as HTML by its content" "$WHOSAID" --export=text "$TMPD/saved-page.txt"
ok "its story is extracted" grep -q 'The county will close the old bridge' "$TMPD/out"

expect_status 0 "--format=text reads a page as text" "$WHOSAID" --export=text --format=text "$PAGES/valley-courier.html"
ok "the markup is then shown as it is" grep -q '<p>' "$TMPD/out"

printf '<p>Plain words in a paragraph that was saved without a head.</p>\n' >"$TMPD/fragment.txt"
expect_status 0 "--format=html reads any file as a page" "$WHOSAID" --export=text --format=html "$TMPD/fragment.txt"
ok "its text is extracted" sh -c "grep -q '^Plain words in a paragraph' '$TMPD/out' && ! grep -q '<p>' '$TMPD/out'"

cat >"$TMPD/story.md" <<'MD'
# Pier reopens after storm

The *old pier* reopened on Sunday, the [harbour board](https://example.org) said.

> "It is safe again," said Ada Finch.

<div class="promo">Subscribe!</div>
MD
expect_status 0 "a Markdown file is read by its extension" "$WHOSAID" --export=text "$TMPD/story.md"
unmark "$TMPD/out"
ok "its title, paragraphs and quotes are kept and its markup dropped" sh -c "
	head -1 '$TMPD/out' | grep -q '^Pier reopens after storm$' &&
	grep -q 'The old pier reopened on Sunday, the harbour board said.' '$TMPD/out' &&
	grep -q '^> \"It is safe again,\" said Ada Finch.' '$TMPD/out' &&
	! grep -q 'Subscribe\\|\\*\\|\\[' '$TMPD/out'"
expect_status 0 "--format=markdown reads Markdown from standard input" \
	sh -c "'$WHOSAID' --export=text --format=markdown <'$TMPD/story.md'"
ok "and reads it the same" grep -q '^Pier reopens after storm$' "$TMPD/out"

# JSON: offsets into the extracted text, which the JSON carries.
expect_status 0 "a page exports to JSON" "$WHOSAID" --export=json "$PAGES/harbour-daily.html"
ok "the JSON carries the page's outlet as publisher" grep -q '"publisher":"The Harbour Daily"' "$TMPD/out"
ok "the JSON carries the extracted text" grep -q '"text":"Ferry operator pauses' "$TMPD/out"
if command -v python3 >/dev/null 2>&1; then
	ok "the JSON's offsets point into its text" python3 -c '
import json, sys
doc = json.loads(open(sys.argv[1], encoding="utf-8").readline())
text = doc["text"].encode("utf-8")
spans = []
for c in doc.get("claims", []):
    spans.append(c)
    for k in ("cue", "by"):
        if c.get(k): spans.append(c[k])
assert spans, "no claims found"
for s in spans:
    assert text[s["start"]:s["end"]].decode("utf-8") == s["text"], s
' "$TMPD/out"
fi

# Pages that are not UTF-8: read in the charset they declare.
printf '<html><head><meta charset="windows-1252"></head><body><p>The caf\351 said \223we are open\224.</p></body></html>' >"$TMPD/cp1252.html"
expect_status 0 "a windows-1252 page is read" "$WHOSAID" --export=text "$TMPD/cp1252.html"
unmark "$TMPD/out"
ok "in the charset it declares" grep -q 'The café said “we are open”.' "$TMPD/out"
printf '<html><head><meta charset="windows-1252"></head><body><p>A caf\351 with \201 a byte windows-1252 lacks.</p></body></html>' >"$TMPD/bad1252.html"
expect_status 0 "a page its declared charset cannot decode is read" "$WHOSAID" --export=text "$TMPD/bad1252.html"
ok "as repaired UTF-8" grep -q 'A caf� with � a byte' "$TMPD/out"
ok "and nothing is printed about it" test ! -s "$TMPD/err"

# The label a page declares is read as the WHATWG Encoding Standard says
# browsers read it.  A <meta> that says UTF-16 or UCS-2 cannot be right
# (the page was read as ASCII to find it): it means UTF-8.
printf '<html><head><meta charset="utf-16"></head><body><p>The caf\303\251 said it was open again.</p></body></html>' >"$TMPD/meta-utf16.html"
expect_status 0 "a UTF-8 page whose meta says UTF-16 is read" "$WHOSAID" --export=text "$TMPD/meta-utf16.html"
unmark "$TMPD/out"
ok "  as UTF-8" grep -q 'The café said it was open again.' "$TMPD/out"
printf '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UCS-2"></head><body><p>The caf\351 said \223it was open\224 again.</p></body></html>' >"$TMPD/meta-ucs2.html"
expect_status 0 "a page whose meta says UCS-2 is read" "$WHOSAID" --export=text "$TMPD/meta-ucs2.html"
unmark "$TMPD/out"
ok "  as UTF-8, not as UTF-16 mojibake" grep -q 'The caf� said �it was open� again.' "$TMPD/out"
printf '<html><head><meta charset="IBM037"></head><body><p>The caf\351 said it was open again.</p></body></html>' >"$TMPD/meta-ebcdic.html"
expect_status 0 "a page whose meta names EBCDIC (no label of the standard) is read" \
	"$WHOSAID" --export=text "$TMPD/meta-ebcdic.html"
unmark "$TMPD/out"
ok "  as if it declared nothing, not as EBCDIC garbage" grep -q 'The caf� said it was open again.' "$TMPD/out"
# iso-8859-9 is a label of windows-1254: 0x93 is a curly quote, not a C1 control.
printf '<html><head><meta charset="ISO-8859-9"></head><body><p>The caf\351 said \223it was open\224 again.</p></body></html>' >"$TMPD/meta-latin5.html"
expect_status 0 "a page that says ISO-8859-9 is read" "$WHOSAID" --export=text "$TMPD/meta-latin5.html"
unmark "$TMPD/out"
ok "  as windows-1254, as browsers do" grep -q 'The café said “it was open” again.' "$TMPD/out"

# Hostile pages: the right extraction, or one clear line.
printf '<html><body><nav><a href="/">Home</a></nav><script>x()</script></body></html>' >"$TMPD/empty.html"
expect_status 1 "a page without article text is refused" "$WHOSAID" --export=text "$TMPD/empty.html"
ok "with one line" one_line_error
ok "saying so" grep -q 'no article text found' "$TMPD/err"
expect_status 1 "a page piped in without article text is refused" sh -c "'$WHOSAID' --export=text <'$TMPD/empty.html'"
ok "naming standard input as the loader does" grep -qx 'whosaid: (stdin): no article text found in this page' "$TMPD/err"

awk 'BEGIN { printf "<html><body>"; for (i = 0; i < 50000; i++) printf "<div>";
	printf "<p>The deepest sentence of the page.</p>"; for (i = 0; i < 50000; i++) printf "</div>";
	print "</body></html>" }' >"$TMPD/deep.html"
expect_status 0 "a page nested 50,000 deep is read" "$WHOSAID" --export=text "$TMPD/deep.html"
ok "and its text extracted" grep -q 'The deepest sentence of the page.' "$TMPD/out"

awk 'BEGIN { printf "<p>x"; for (i = 0; i < 50000; i++) printf "<span>";
	for (i = 0; i < 50000; i++) printf "</b>"; print "" }' >"$TMPD/stray.html"
expect_status 1 "thousands of open tags then stray end tags are refused" "$WHOSAID" --export=text "$TMPD/stray.html"
ok "with one line" one_line_error
ok "saying why" grep -q 'too malformed' "$TMPD/err"

# 30 MB of page furniture around a short story.
awk 'BEGIN { printf "<!doctype html><html><head><title>Big page</title>";
	s = "<script>var padding = \"0123456789012345678901234567890123456789012345678901234567890123456789\";</script>\n";
	for (i = 0; i < 30 * 1024 * 1024 / length(s) + 1; i++) printf "%s", s;
	print "</head><body><article><p>A short story inside a huge page, said the editor.</p></article></body></html>" }' >"$TMPD/big.html"
expect_status 0 "a 30 MB page is read" "$WHOSAID" --export=text "$TMPD/big.html"
ok "and its story extracted" grep -q 'A short story inside a huge page' "$TMPD/out"

# Over 64 MiB: refused before parsing, in one line.
awk 'BEGIN { printf "<!doctype html><html><body><p>Start.</p>";
	s = "<div><span><b>x</b></span><i>y</i></div>\n";
	for (i = 0; i < 65 * 1024 * 1024 / length(s) + 1; i++) printf "%s", s;
	print "</body></html>" }' >"$TMPD/huge.html"
expect_status 1 "a page over 64 MiB is refused" "$WHOSAID" --export=text "$TMPD/huge.html"
ok "with one line" one_line_error
ok "saying why" grep -q 'page too large to extract' "$TMPD/err"
rm -f "$TMPD/huge.html" "$TMPD/big.html"

# A NUL in a page: refused as binary, as in plain text; with --force the
# page is read to its end and each NUL shows as U+FFFD, where libxml2
# stopped at the first one and dropped the rest without a word.
printf '<html><body><h1>Ferry Returns</h1><p>The captain said\000 the ferry was safe.</p>\000<p>The second paragraph stays.</p><p>So does the third.</p></body></html>' \
	>"$TMPD/nul.html"
expect_status 1 "a page with a NUL is refused as binary" "$WHOSAID" --export=text "$TMPD/nul.html"
ok "  saying --force opens it" grep -q 'use --force' "$TMPD/err"
expect_status 0 "with --force it is read" "$WHOSAID" --export=text --force "$TMPD/nul.html"
ok "  to its end" grep -q 'So does the third.' "$TMPD/out"
ok "  past the NUL between paragraphs" grep -q 'The second paragraph stays.' "$TMPD/out"
ok "  the NUL in the text shows as U+FFFD" grep -q "The captain said$(printf '\357\277\275') the ferry was safe." "$TMPD/out"
printf 'Ferry Returns\n\nThe captain said\000 the ferry was safe.\n\nThe second paragraph stays.\n' >"$TMPD/nul.txt"
expect_status 0 "the same in plain text with --force is read" "$WHOSAID" --export=text --force "$TMPD/nul.txt"
unmark "$TMPD/out"
ok "  to its end, the NUL shown by its placeholder" grep -q 'The captain said^@ the ferry was safe.' "$TMPD/out"

done_testing

# The HTML export, parsed with Python's html.parser (tests/html_check.py):
# a well-formed, self-contained page whose claims carry anchors, tooltips
# and colours, and in which nothing from the article acts as markup.
. "$WS_SRCDIR/tests/lib.sh"
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 is not installed"; exit 77; }
check="python3 $WS_SRCDIR/tests/html_check.py"

for article in "$WS_SRCDIR"/examples/*.txt; do
	art=$(basename "$article" .txt)
	expect_status 0 "$art: exports to HTML" "$WHOSAID" --export=html -o "$TMPD/$art.html" "$article"
	ok "$art: the page is well formed and self-contained, every claim anchored and coloured" \
		$check --colors "$TMPD/$art.html"
	total=$(sed -n 's/.*<span class="share">\([0-9]*\)%<\/span>.*/\1/p' "$TMPD/$art.html" |
		awk '{ s += $1 } END { print s + 0 }')
	ok "$art: the legend's shares add up to 100% (they do: $total%)" [ "$total" = 100 ]
done

. "$WS_SRCDIR/tests/export-hostile.sh"
expect_status 0 "a hostile article exports to HTML" "$WHOSAID" --export=html -o "$TMPD/hostile.html" "$TMPD/hostile.txt"
ok "markup, script and entities in the article show as text" \
	$check --text '<script>alert(1)</script> Mayor & Council Clash' \
	--text '</style><b>final</b>' --text '"onmouseover=alert(2) x="' --text '&amp; fine' \
	--text '<img src=x onerror=alert(3)>' --text '<a href="javascript:alert(4)">a link</a>' \
	"$TMPD/hostile.html"
ok "escape sequences show as placeholders" \
	$check --text '^[[31mred^[[0m' --text '^[]0;pwned^G' "$TMPD/hostile.html"
ok "no escape character reaches the page" sh -c "! grep -q \"\$(printf '\\033')\" '$TMPD/hostile.html'"
ok "bytes that were not UTF-8 show as U+FFFD" grep -q "$(printf '\357\277\275')" "$TMPD/hostile.html"
ok "the title escapes markup too" grep -q '<title>&lt;script&gt;alert(1)&lt;/script&gt; Mayor &amp; Council Clash' "$TMPD/hostile.html"

# Every reader gets the credit: each claim's anchor takes the focus and
# is described by a line of the credits list after the article, which
# has one line per claim; swatches are not read aloud; } and { reach
# mixed quotations as well as direct ones.
"$WHOSAID" --export=html -o "$TMPD/a11y.html" "$WS_SRCDIR/examples/harbour-strike.txt"
"$WHOSAID" --export=json "$WS_SRCDIR/examples/harbour-strike.txt" >"$TMPD/a11y.json"
ok "every claim focusable and described by its credit line" python3 - "$TMPD/a11y.html" "$TMPD/a11y.json" <<'PY'
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
claims = json.load(open(sys.argv[2]))["claims"]
anchors = re.findall(r'<span class="([^"]*)" id="claim-(\d+)" tabindex="0" aria-describedby="credit-(\d+)"', html)
assert [int(n) for _, n, _ in anchors] == [c["n"] for c in claims], anchors
assert all(n == d for _, n, d in anchors)
credits = re.findall(r'<li id="credit-(\d+)" value="\d+"><a href="#claim-(\d+)">([^<]*)</a> — “', html)
assert [int(n) for n, _, _ in credits] == [c["n"] for c in claims], credits
assert html.index('<section class="credits">') > html.index("</article>")
assert not re.search(r'<span class="swatch[^"]*"(?![^>]*aria-hidden="true")', html)
kinds = {c["n"]: c["kind"] for c in claims}
assert any(k == "mixed" for k in kinds.values())
for cls, n, _ in anchors:
    assert ("quoted" in cls.split()) == (kinds[int(n)] != "indirect"), (n, cls)
PY

# One element per claim, in the claims' order: the anchors claim-1 to
# claim-N come in the page in that order, and within a block each claim
# is one element (its cue and credit inner spans of it), for the examples
# and the web pages of tests/pages.
for article in "$WS_SRCDIR"/examples/*.txt "$WS_SRCDIR"/tests/pages/*.html; do
	art=$(basename "$article")
	"$WHOSAID" --export=html -o "$TMPD/order.html" "$article"
	ok "$art: anchors in claim order, one element per claim and block" python3 - "$TMPD/order.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
anchors = [int(n) for n in re.findall(r'id="claim-(\d+)"', html)]
assert anchors, "no claims"
assert anchors == list(range(1, len(anchors) + 1)), anchors
article = html[html.index("<article>"):html.index("</article>")]
for block in re.findall(r"<(?:p|h1|h2)>(.*?)</(?:p|h1|h2)>", article, re.S):
    numbers = re.findall(r'data-claim="(\d+)"', block)
    assert len(numbers) == len(set(numbers)), ("a claim in pieces", block[:300])
PY
done

# Under a filter, the words between a dimmed claim's own are dimmed with
# them, not left in the claim's colour.
"$WHOSAID" --export=html --source=Reuters -o "$TMPD/dim.html" "$WS_SRCDIR/examples/harbour-strike.txt"
ok "a dimmed claim is dim from its first words to its last" \
	grep -q '<span class="by dim">The port authority’s chief executive</span><span class="dim">, Daniel Hughes, </span><span class="cue dim">said</span>' "$TMPD/dim.html"

# Printed, the page is black on white whatever the theme: no dark frame
# (color-scheme), every element black on no background (headings and
# header too), the dark scheme for screens only, and the legend follows
# the text instead of taking a page.
"$WHOSAID" --export=html --theme=dark -o "$TMPD/print.html" "$WS_SRCDIR/examples/harbour-strike.txt"
"$WHOSAID" --export=html -o "$TMPD/print2.html" "$WS_SRCDIR/examples/harbour-strike.txt"
ok "print: black on white, light scheme, legend not on a page of its own" python3 - "$TMPD/print.html" "$TMPD/print2.html" <<'PY'
import re, sys
for path in sys.argv[1:]:
    css = open(path, encoding="utf-8").read()
    prints = "".join(re.findall(r"@media print\{(.*?)\n\}", css, re.S))
    assert ":root{color-scheme:light!important}" in prints
    assert "\n*{color:#000!important;background:transparent!important;" in prints
    assert "body{font-size:11pt;background:#fff!important}" in prints
    assert "page-break-before:always" not in prints and "break-before:always" not in prints
    assert "@media (prefers-color-scheme" not in css
PY

# Light by default with a dark scheme; --theme wins over the browser's choice.
ok "without --theme: light, and dark under prefers-color-scheme: dark" python3 - "$TMPD/print2.html" <<'PY'
import sys
css = open(sys.argv[1], encoding="utf-8").read()
top = css.index(":root{color-scheme:light}")
dark = css.index("@media screen and (prefers-color-scheme:dark){\n:root{color-scheme:dark}\nbody,.claim::after{background:#121212;")
assert top < dark
PY
ok "--theme=dark: a dark page whatever the browser prefers" sh -c \
	"grep -q ':root{color-scheme:dark}' '$TMPD/print.html' && ! grep -q 'prefers-color-scheme' '$TMPD/print.html'"

# Every colour of text the CSS can give, on everything it can sit on, at
# least 4.5:1 (tests/css_contrast.py): each bundled theme, and the page
# without --theme in its light, dark and print schemes; for the examples
# and a page with many outlets.
contrast="python3 $WS_SRCDIR/tests/css_contrast.py"
for article in "$WS_SRCDIR"/examples/*.txt "$WS_SRCDIR"/tests/pages/harbour-daily.html; do
	art=$(basename "$article")
	for theme in "" light dark colour-blind high-contrast; do
		"$WHOSAID" --export=html ${theme:+--theme=$theme} -o "$TMPD/c.html" "$article"
		$contrast "$TMPD/c.html" >"$TMPD/contrast.out"
		ok "$art${theme:+ --theme=$theme}: every colour pair at least 4.5:1" [ $? = 0 ]
		sed 's/^/#   /' "$TMPD/contrast.out"
	done
done
sed 's/^\.s0{color:#[0-9a-f]*;/.s0{color:#ffff00;/' "$TMPD/print2.html" >"$TMPD/faint.html"
expect_status 1 "the contrast check catches a yellow claim on white" $contrast "$TMPD/faint.html"
ok "  ...and names it" grep -q 'light: .s0 on its tint #ffff00' "$TMPD/out"

# The checker itself must catch what it is there to catch.
printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><style></style></head><body><article><p><script>alert(1)</script><span class="claim s0" data-claim="1" title="x">a</span></p></article><script></script></body></html>' >"$TMPD/bad.html"
expect_status 1 "the checker rejects a script in the article and a claim without anchor" $check "$TMPD/bad.html"
ok "  ...and says why" grep -q 'script> inside the article' "$TMPD/out"
printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><style></style></head><body><article><p><a href="#claim-9">x</a> <a href="https://example.com/">y</a></p></article><section id="outlets"></section><section id="speakers"></section><script></script></body></html>' >"$TMPD/links.html"
expect_status 1 "the checker rejects links out of the page and to missing anchors" $check "$TMPD/links.html"
ok "  the missing anchor" grep -q 'a link to #claim-9, which is not in the page' "$TMPD/out"
ok "  the external link" grep -q "not an anchor in the page" "$TMPD/out"
done_testing

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
# (sorted: a claim's anchor is on its first span, which for a quotation
# whose tag comes first can follow the next claim's: issue 15 item 2)
assert sorted(int(n) for _, n, _ in anchors) == [c["n"] for c in claims], anchors
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

# Printed, the page is black on white whatever the theme: no dark frame
# (color-scheme), headings and header in black, swatches keep their
# colour, and the legend follows the text instead of taking a page.
"$WHOSAID" --export=html --theme=dark -o "$TMPD/print.html" "$WS_SRCDIR/examples/harbour-strike.txt"
ok "print: black on white, light scheme, legend not on a page of its own" python3 - "$TMPD/print.html" <<'PY'
import re, sys
css = open(sys.argv[1], encoding="utf-8").read()
prints = "".join(re.findall(r"@media print\{(.*?)\n\}", css, re.S))
assert ":root{color-scheme:light!important}" in prints
rule = re.search(r"([^{}\n]*)\{color:#000!important;background:none!important", prints)
assert rule and {"h1", "h2", "header.meta", "aside :not(.swatch)"} <= set(rule.group(1).split(",")), rule
assert "page-break-before:always" not in prints and "break-before:always" not in prints
PY

# The checker itself must catch what it is there to catch.
printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><style></style></head><body><article><p><script>alert(1)</script><span class="claim s0" data-claim="1" title="x">a</span></p></article><script></script></body></html>' >"$TMPD/bad.html"
expect_status 1 "the checker rejects a script in the article and a claim without anchor" $check "$TMPD/bad.html"
ok "  ...and says why" grep -q 'script> inside the article' "$TMPD/out"
printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title><style></style></head><body><article><p><a href="#claim-9">x</a> <a href="https://example.com/">y</a></p></article><section id="outlets"></section><section id="speakers"></section><script></script></body></html>' >"$TMPD/links.html"
expect_status 1 "the checker rejects links out of the page and to missing anchors" $check "$TMPD/links.html"
ok "  the missing anchor" grep -q 'a link to #claim-9, which is not in the page' "$TMPD/out"
ok "  the external link" grep -q "not an anchor in the page" "$TMPD/out"
done_testing

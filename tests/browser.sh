# The HTML export in a real browser: headless chromium renders it (a
# screenshot that must not be blank, at 400 and 1280 px, in the light and
# the dark scheme), and a probe script added to a copy of the page
# records the colour the browser computed for every claim, which
# --dump-dom hands to tests/html_check.py --dom; a focused claim shows
# its credit; printed to PDF, it is black on white with its headline.  Skips when
# chromium is not installed.  WS_SCREENSHOT=FILE keeps the screenshot
# (the README's docs/html-export.png is made this way).
. "$WS_SRCDIR/tests/lib.sh"
# tick WHAT: how long the test has run, so the log shows where the time goes.
T0=$(date +%s.%N)
tick() { awk -v t0="$T0" -v t1="$(date +%s.%N)" -v what="$*" 'BEGIN { printf "# %.1f s: %s\n", t1 - t0, what }'; }
chromium=${WS_CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ]; then
	echo "SKIP: chromium is not installed (apt-get install chromium)"
	exit 77
fi
command -v python3 >/dev/null 2>&1 || { echo "SKIP: python3 is not installed"; exit 77; }

# A fresh profile for every run, and nothing that would reach the network.
browse() {
	timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--disable-quic --user-data-dir="$TMPD/profile.$count" "$@" 2>>"$TMPD/chromium.log"
}

"$WHOSAID" --export=html --width=72 -o "$TMPD/page.html" "$WS_SRCDIR/examples/harbour-strike.txt" ||
	{ echo "not ok - the export failed"; exit 1; }

# The screen at 400 and 1280 px wide, in the light scheme and in the
# dark one (the browser's preference, as blink sets it: 0 dark, 1 light):
# each screenshot drawn, on a light or a dark background.
for scheme in light dark; do
	pref=1; [ "$scheme" = dark ] && pref=0
	for w in 400 1280; do
		ok "$scheme scheme, $w px: chromium takes a screenshot" browse --window-size=$w,900 \
			--hide-scrollbars --blink-settings=preferredColorScheme=$pref \
			--screenshot="$TMPD/$scheme-$w.png" "file://$TMPD/page.html"
		ok "  drawn, on a $scheme background" python3 "$WS_SRCDIR/tests/png_check.py" \
			"$TMPD/$scheme-$w.png" 16 5 --$scheme
	done
done
tick "screenshots taken and checked"
if [ -n "${WS_SCREENSHOT:-}" ] && [ -s "$TMPD/light-1280.png" ]; then
	cp "$TMPD/light-1280.png" "$WS_SCREENSHOT"
fi
ok "the checker tells a dark page from a light one" sh -c \
	'! python3 "$1/tests/png_check.py" "$2" 16 5 --light >/dev/null' sh "$WS_SRCDIR" "$TMPD/dark-400.png"

# The probe: the computed colour of each claim, of each legend swatch and
# of the article's text; then the page's own keys: ] twice, [ once.
sed 's|</body>|<script>\
document.querySelectorAll(".claim, .swatch").forEach(function (e) {\
	e.setAttribute("data-computed", getComputedStyle(e).color); });\
var art = document.querySelector("article");\
art.setAttribute("data-computed", getComputedStyle(art).color);\
function key(k) { document.dispatchEvent(new KeyboardEvent("keydown", { key: k })); }\
key("]"); key("]"); key("[");\
document.body.setAttribute("data-hash", location.hash);\
document.body.setAttribute("data-current", document.querySelector(".claim.current") ? document.querySelector(".claim.current").dataset.claim : "none");\
document.body.setAttribute("data-page-bg", getComputedStyle(document.body).backgroundColor);\
document.body.setAttribute("data-scroll", document.documentElement.scrollWidth + " " + innerWidth);\
</script></body>|' "$TMPD/page.html" >"$TMPD/probe.html"
dump_dom() { browse --dump-dom "file://$TMPD/probe.html" >"$TMPD/dom.html"; }
ok "chromium loads the page and dumps its DOM" dump_dom
tick "DOM dumped"
ok "each claim carries its outlet's colour, unlike the text" \
	python3 "$WS_SRCDIR/tests/html_check.py" --dom "$TMPD/dom.html"
first=$(grep -o 'id="claim-[0-9]*"' "$TMPD/page.html" | sed -n 1p | tr -dc 0-9)
ok "the keys go from claim to claim and put the claim in the address" \
	grep -q "data-hash=\"#claim-$first\" data-current=\"$first\"" "$TMPD/dom.html"
# Without JavaScript the page is the same page: the page's own script
# taken out of a copy, the probe still finds every claim coloured, and
# the line about the keys stays hidden.
python3 -c 'import re, sys; sys.stdout.write(re.sub(r"<script>.*?</script>\n", "", sys.stdin.read(), flags=re.S))' \
	<"$TMPD/probe.html" >"$TMPD/nojs-probe.html"
sed -i 's|^</script></body>|document.body.setAttribute("data-keys-hidden", document.querySelector(".keys").hidden);\n&|' \
	"$TMPD/nojs-probe.html"
nojs_dom() { browse --dump-dom "file://$TMPD/nojs-probe.html" >"$TMPD/nojs.html"; }
ok "chromium loads the page without its script" nojs_dom
ok "  every claim is there in its colour" python3 "$WS_SRCDIR/tests/html_check.py" --dom "$TMPD/nojs.html"
ok "  and the keys are not offered" grep -q 'data-keys-hidden="true"' "$TMPD/nojs.html"
ok "  (with the script, they are)" grep -q '<p class="keys">' "$TMPD/dom.html"
tick "page without its script checked"

# The dark scheme in the DOM: the page's background as computed, and each
# claim still in its outlet's colour, unlike the text.
dark_dom() { browse --blink-settings=preferredColorScheme=0 --dump-dom "file://$TMPD/probe.html" >"$TMPD/dark-dom.html"; }
ok "chromium loads the page preferring dark" dark_dom
ok "  the page is dark" grep -q 'data-page-bg="rgb(18, 18, 18)"' "$TMPD/dark-dom.html"
ok "  (and light by default)" grep -q 'data-page-bg="rgb(255, 255, 255)"' "$TMPD/dom.html"
ok "  each claim carries its outlet's colour, unlike the text" \
	python3 "$WS_SRCDIR/tests/html_check.py" --dom "$TMPD/dark-dom.html"
ok "  nothing wider than the window" python3 - "$TMPD/dark-dom.html" <<'PY'
import re, sys
m = re.search(r'data-scroll="(\d+) (\d+)"', open(sys.argv[1], encoding="utf-8").read())
assert m and int(m.group(1)) <= int(m.group(2)), m and m.groups()
PY

# A claim with the keyboard's focus shows its credit, its title, on a
# line fixed at the foot of the window.  The window gets the focus a
# little after the page loads: the probe tries again on a timer, which
# --virtual-time-budget lets run before the DOM is dumped.
python3 - "$TMPD/page.html" "$TMPD/focus.html" <<'PY'
import sys
page = open(sys.argv[1], encoding="utf-8").read()
probe = """<script>
function probeFocus(tries) {
	var c = document.querySelector(".claim[id]");
	c.focus();
	var after = getComputedStyle(c, "::after");
	if (after.position !== "fixed" && tries > 0) { setTimeout(function () { probeFocus(tries - 1); }, 100); return; }
	document.body.setAttribute("data-after", after.content);
	document.body.setAttribute("data-title", '"' + c.title + '" / ""');
	document.body.setAttribute("data-position", after.position);
}
probeFocus(30);
</script></body>"""
open(sys.argv[2], "w", encoding="utf-8").write(page.replace("</body>", probe))
PY
focus_dom() { browse --virtual-time-budget=5000 --dump-dom "file://$TMPD/focus.html" >"$TMPD/focus-dom.html"; }
ok "chromium loads the page and focuses a claim" focus_dom
ok "  the claim shows its credit in a line at the window's foot" python3 - "$TMPD/focus-dom.html" <<'PY'
import html, re, sys
body = re.search(r"<body[^>]*>", open(sys.argv[1], encoding="utf-8").read()).group(0)
attrs = {k: html.unescape(v) for k, v in re.findall(r'([\w-]+)="([^"]*)"', body)}
assert attrs.get("data-position") == "fixed", attrs
assert attrs.get("data-after") == attrs.get("data-title"), attrs
assert "\u25b8" in attrs["data-after"], attrs
PY
tick "dark scheme and focus checked"

# Printed to PDF, preferring dark and with --theme=dark: the headline
# and the credits are there as text (pdftotext), each page is white to
# its edges (no dark frame) with text on it, and the legend shares its
# page with the end of the text.
if command -v pdftotext >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1; then
	"$WHOSAID" --export=html --theme=dark --width=72 -o "$TMPD/dark-theme.html" \
		"$WS_SRCDIR/examples/harbour-strike.txt"
	for page in page dark-theme; do
		ok "$page: chromium prints it to PDF" browse --blink-settings=preferredColorScheme=0 \
			--no-pdf-header-footer --print-to-pdf="$TMPD/$page.pdf" "file://$TMPD/$page.html"
		pdftotext "$TMPD/$page.pdf" "$TMPD/$page.pdf.txt"
		ok "  the headline is in it" grep -q 'Dockworkers Extend Strike as Talks Stall' "$TMPD/$page.pdf.txt"
		ok "  and the credits" grep -q 'Maria Okafor ▸ said' "$TMPD/$page.pdf.txt"
		ok "  the legend is not alone on its page" python3 - "$TMPD/$page.pdf.txt" <<'PY'
import sys
pages = open(sys.argv[1], encoding="utf-8").read().split("\f")
legend = [p for p in pages if "OUTLETS" in p.upper() and "no one named" in p]
assert legend, "no legend"
before = legend[0][:legend[0].upper().index("OUTLETS")]
assert "\u25b8" in before, "nothing of the text before the legend on its page"
PY
		pdftoppm -r 30 -png "$TMPD/$page.pdf" "$TMPD/$page-pdf"
		for png in "$TMPD/$page"-pdf-*.png; do
			ok "  $(basename "$png"): white to the edges, with text" \
				python3 "$WS_SRCDIR/tests/png_check.py" "$png" 2 1 1000 --light --no-frame 4
		done
	done
	ok "the checker finds a dark frame" sh -c \
		'! python3 "$1/tests/png_check.py" "$2" 2 1 --no-frame 4 >/dev/null' sh "$WS_SRCDIR" "$TMPD/dark-400.png"
	tick "printed and checked"
else
	echo "# pdftotext or pdftoppm is not installed (poppler-utils): no print test"
fi

# The reader as a picture, for the README: its screen in tmux, captured
# with its colours, rendered to HTML (tests/ansi_html.py) and shot.
# WS_SCREENSHOT_READER=FILE keeps it (docs/reader.png).
if command -v tmux >/dev/null 2>&1; then
	. "$WS_SRCDIR/tests/tuilib.sh"
	start 110 34 "'$WHOSAID' '$WS_SRCDIR/examples/harbour-strike.txt'"
	ok "the reader opens in tmux" wait_for "Dockworkers Extend Strike"
	keys Tab Tab
	ok "Tab selects a claim" wait_for "2/[0-9]+ "
	tick "reader opened, claim selected"
	screen_sgr >"$TMPD/reader.ansi"
	keys q
	python3 "$WS_SRCDIR/tests/ansi_html.py" "$TMPD/reader.ansi" "$TMPD/reader.html" "whosaid reader"
	ok "chromium takes a picture of the reader's screen" browse --window-size=1010,690 \
		--hide-scrollbars --screenshot="$TMPD/reader.png" "file://$TMPD/reader.html"
	tick "reader pictured"
	ok "the picture has the reader's colours" python3 "$WS_SRCDIR/tests/png_check.py" "$TMPD/reader.png" 16 5
	if [ -n "${WS_SCREENSHOT_READER:-}" ] && [ -s "$TMPD/reader.png" ]; then
		cp "$TMPD/reader.png" "$WS_SCREENSHOT_READER"
	fi
else
	echo "# tmux is not installed: no picture of the reader"
fi

[ "$failures" -eq 0 ] || sed 's/^/# chromium: /' "$TMPD/chromium.log" | grep -v dbus | tail -5
done_testing

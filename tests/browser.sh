# The HTML export in a real browser: headless chromium renders it (a
# screenshot that must not be blank), and a probe script added to a copy
# of the page records the colour the browser computed for every claim,
# which --dump-dom hands to tests/html_check.py --dom.  Skips when
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

ok "chromium takes a screenshot of the page" browse --window-size=1200,1000 --hide-scrollbars \
	--screenshot="$TMPD/shot.png" "file://$TMPD/page.html"
tick "screenshot taken"
ok "the screenshot is not blank" python3 "$WS_SRCDIR/tests/png_check.py" "$TMPD/shot.png" 16 5
if [ -n "${WS_SCREENSHOT:-}" ] && [ -s "$TMPD/shot.png" ]; then
	cp "$TMPD/shot.png" "$WS_SCREENSHOT"
fi

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
</script></body>|' "$TMPD/page.html" >"$TMPD/probe.html"
tick "screenshot checked"
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

# The reader's speed: the first screen of an article (from the start of
# the process: reading, finding the blocks, laying out what is on screen,
# drawing it plain), the screen with the claims (segmenting and analysing
# the whole article, then drawing again) and the redraw after each key of
# a round that scrolls and jumps (lines, pages, claims, quotations, the
# end, the start), on a small article and on a 10 MB one built from the
# examples.  Targets: first screen of 10 MB under 100 ms; a key under
# 2 ms at any length.
#
# The reader runs in a detached tmux at 120x40 with WHOSAID_TUI_BENCH=FILE:
# it times itself (tui_bench.c), writes the figures and quits.
# Run from the top of a built tree: bash bench/tui.sh
set -eu
command -v tmux >/dev/null 2>&1 || { echo "bench/tui.sh needs tmux"; exit 1; }
[ -x src/whosaid ] || make -s src/whosaid
. bench/lib.sh
bench_setup tui 10
whosaid=$PWD/$whosaid
sock="whosaid-bench-$$"
trap 'tmux -L "$sock" kill-server >/dev/null 2>&1; rm -rf "$tmp"' EXIT

# run FILE: the figures of one run of the reader on FILE.
run() {
	rm -f "$tmp/figures"
	tmux -L "$sock" -f /dev/null new-session -d -x 120 -y 40 \
		"WHOSAID_TUI_BENCH='$tmp/figures' XDG_CONFIG_HOME='$tmp' '$whosaid' '$1'; sleep 60"
	i=0
	while [ ! -s "$tmp/figures" ] && [ "$i" -lt 1200 ]; do sleep 0.05; i=$((i + 1)); done
	tmux -L "$sock" kill-server >/dev/null 2>&1 || true
	sleep 0.2
	[ -s "$tmp/figures" ] || { echo "no figures (timed out)"; return; }
	awk '{ v[$1] = $2 } END {
		printf "first screen %7.1f ms (the reader'"'"'s own part %5.1f ms), with claims %7.1f ms   key: mean %.3f ms, worst %.3f ms over %d keys\n",
		       v["first_screen_ms"], v["reader_ms"], v["analysed_ms"], v["key_mean_ms"], v["key_max_ms"], v["keys"] }' "$tmp/figures"
}

cp examples/harbour-strike.txt "$tmp/small.txt"
bench_articles
mv "$tmp/articles.txt" "$tmp/big.txt"
for f in small big; do
	printf '%-6s %9d bytes: ' "$f" "$(wc -c <"$tmp/$f.txt")"
	run "$tmp/$f.txt"
done

# The fact-checker view in the reader, driven in tmux: u counts the
# unattributed sentences it marks, and while it is on Tab and Shift-Tab
# go from one to the next, round the ends, saying so.
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/tuilib.sh"

ARTICLE="$WS_SRCDIR/examples/harbour-strike.txt"

for size in 120x40 80x24; do
	w=${size%x*} h=${size#*x}
	start "$w" "$h" "'$WHOSAID' '$ARTICLE'"
	wait_for "[0-9]+ claims" >/dev/null
	keys u
	ok "$size: u counts the unattributed assertions it marks" \
		wait_until status_has 'fact-checker view: 3 unattributed'
	keys Tab
	ok "$size: Tab goes to the first of them" wait_until status_has 'unattributed 1/3'
	keys Tab
	ok "$size: Tab again to the next" wait_until status_has 'unattributed 2/3'
	keys BTab
	ok "$size: Shift-Tab back" wait_until status_has 'unattributed 1/3'
	keys BTab
	ok "$size: Shift-Tab before the first wraps to the last, saying so" wait_until status_has 'wrapped: unattributed 3/3'
	keys Tab
	ok "$size: Tab after the last wraps to the first" wait_until status_has 'wrapped: unattributed 1/3'
	keys u
	ok "$size: u again turns the view off" wait_until status_has 'fact-checker view off'
	keys g Tab
	ok "$size: and Tab goes to claims again" wait_until status_has '1/[0-9]+ · '
	keys q
	ok "$size: q quits" wait_ended
done

start 40 12 "'$WHOSAID' '$ARTICLE'"
wait_for "[0-9]+ claims" >/dev/null
keys u
wait_until status_has 'unattributed' >/dev/null
keys Tab
ok "40x12: Tab in the fact-checker view brings an unattributed sentence on screen" wait_for "Not everyone in the harbour"
keys q
ok "40x12: q quits" wait_ended
ok "40x12: the terminal is restored" terminal_restored

done_testing

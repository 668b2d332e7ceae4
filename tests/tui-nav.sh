# The reader's navigation from the screen, driven in tmux: Tab and
# Shift-Tab start from the view when the selected claim is scrolled off
# it, wrap around the ends with a message, and the status line marks a
# selected claim that is off screen; count prefixes repeat a move.  At
# 120x40, 80x24 and 40x12.
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/tuilib.sh"

ARTICLE="$WS_SRCDIR/examples/harbour-strike.txt"
TITLE='Dockworkers Extend Strike'

# The rank of the selected claim on the status line ("3/9" gives 3), and the count.
rank() { status_line | sed -n 's/^.* \([0-9][0-9]*\)\/[0-9][0-9]* .*$/\1/p'; }
total() { status_line | sed -n 's/^.* [0-9][0-9]*\/\([0-9][0-9]*\) .*$/\1/p'; }
rank_is() { [ "$(rank)" = "$1" ]; }
rank_above() { r=$(rank); [ -n "$r" ] && [ "$r" -gt "$1" ]; }
status_lacks() { ! status_has "$1"; }

# At 120x40 the example fits in three pages: its paragraphs twice over
# give the view room to leave the selection behind.
LONG="$TMPD/harbour-twice.txt"
{ cat "$ARTICLE"; echo; tail -n +2 "$ARTICLE"; } >"$LONG"

for size in 120x40 80x24 40x12; do
	w=${size%x*} h=${size#*x}
	if [ "$h" -ge 40 ]; then file=$LONG; else file=$ARTICLE; fi
	start "$w" "$h" "'$WHOSAID' '$file'"
	wait_for "[0-9]+ claims" >/dev/null

	# Tab from the top, then from a screen scrolled past the selection.
	keys Tab
	ok "$size: Tab at the start selects the first claim" wait_until rank_is 1
	n=$(total)
	ok "$size: the article has claims enough to page through ($n)" [ "${n:-0}" -gt 3 ]
	ok "$size: a claim on screen is not marked off screen" status_lacks '\((above|below)\)'
	keys Space Space Space
	ok "$size: scrolled past, the status line marks the claim (above)" wait_until status_has '^ .* 1/[0-9]+ \(above\)'
	keys Tab
	ok "$size: Tab then starts from the screen, not from claim 1" wait_until rank_above 2
	ok "$size: and the claim it selects is on screen" status_lacks '\((above|below)\)'
	far=$(rank)
	keys g
	ok "$size: back at the start, the selected claim is below the view" wait_until status_has '\(below\)'
	keys BTab
	ok "$size: Shift-Tab then starts from the bottom of the screen" wait_until status_lacks '\((above|below)\)'
	ok "$size: on a claim before the one scrolled away from ($(rank) < $far)" [ "$(rank)" -lt "$far" ]

	# Wrapping around the ends, with a message, like n.
	keys Escape Tab
	ok "$size: with no selection, Tab selects the first claim on screen" wait_until rank_is 1
	keys BTab
	ok "$size: Shift-Tab before the first claim wraps to the last, saying so" wait_for "wrapped: claim $n/$n"
	keys C-l
	ok "$size: the last claim is selected" wait_until rank_is "$n"
	keys Tab
	ok "$size: Tab after the last claim wraps to the first, saying so" wait_for "wrapped: claim 1/$n"
	keys C-l
	ok "$size: the first claim is selected" wait_until rank_is 1

	# Count prefixes.
	keys 3
	ok "$size: a count shows on the status line as it is typed" wait_until status_has 'count 3'
	keys ']'
	ok "$size: 3] goes three claims on" wait_until rank_is 4
	keys 1 2
	ok "$size: a count of two digits shows whole" wait_until status_has 'count 12'
	keys Escape
	ok "$size: Esc cancels the count" wait_until status_has 'count cancelled'
	keys C-l
	ok "$size: and keeps the selection" wait_until rank_is 4
	keys ']'
	ok "$size: the next move is not repeated" wait_until rank_is 5
	keys g
	wait_for "^ +$TITLE" >/dev/null
	sixth=$(text_line 6)
	keys 5 j
	ok "$size: 5j scrolls five lines" wait_until top_line_is "$sixth"
	keys 5 k
	ok "$size: 5k scrolls back five" wait_for "^ +$TITLE"
	keys 2 0 0 0 0 j
	ok "$size: a count past the end stops at the end" wait_for "100% *$"
	keys q
	ok "$size: q quits" wait_ended
	ok "$size: the terminal is restored" terminal_restored
done

# The help lists counts and wrapping.
start 120 40 "'$WHOSAID' '$ARTICLE'"
keys '?'
ok "the help lists the count prefix" wait_for "a count repeats a move"
ok "the help says Tab wraps" wait_for "from the screen; wraps"
keys x q
ok "q quits" wait_ended

done_testing

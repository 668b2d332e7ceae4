# Piped input in the reader, driven in tmux: what has arrived shows at
# once with "reading… N KB" on the status line, more shows as it comes,
# and the claims follow when the input ends: `(cat a; sleep 2; cat b) |
# whosaid`, with the pause made a gate the test opens (a file it
# creates), so that a loaded machine cannot close the window early.
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/tuilib.sh"

ARTICLE="$WS_SRCDIR/examples/harbour-strike.txt"
# The first part: the title and a few paragraphs, over 1 KB; the rest comes after the gate.
head -n 14 "$ARTICLE" >"$TMPD/a.txt"
tail -n +15 "$ARTICLE" >"$TMPD/b.txt"
GATE="$TMPD/gate"
wait_gate() { echo "while [ ! -f '$GATE' ]; do sleep 0.05; done"; }

for size in 80x24 120x40 40x12; do
	w=${size%x*} h=${size#*x}
	rm -f "$GATE"
	start "$w" "$h" "(cat '$TMPD/a.txt'; $(wait_gate); cat '$TMPD/b.txt') | '$WHOSAID'"
	ok "$size: what has arrived shows while the input goes on" wait_for "Dockworkers Extend"
	ok "$size: the status line says it is reading, and how much has come" \
		wait_until status_has 'reading… [1-9][0-9]* KB'
	keys Tab
	ok "$size: a claim key says the claims come when the input ends" wait_for "claims once the input"
	keys j
	ok "$size: and the status line says reading again after another key" wait_until status_has 'reading…'
	touch "$GATE"
	ok "$size: the rest shows when it comes" wait_until status_has '[0-9]+ claims'
	ok "$size: nothing says reading any more" status_lacks 'reading'
	keys G
	ok "$size: the last part is there" wait_for "promise|retraining|weekend|Okafor"
	keys g Tab
	ok "$size: Tab selects a claim" wait_until status_has '1/[0-9]+ '
	keys q
	ok "$size: q quits" wait_ended
	ok "$size: with status 0" exit_status_is 0
	ok "$size: the terminal is restored" terminal_restored
done

# q while the input goes on quits at once.
rm -f "$GATE"
start 80 24 "(cat '$TMPD/a.txt'; $(wait_gate)) | '$WHOSAID'"
wait_until status_has 'reading…' >/dev/null
keys q
ok "q quits while the input goes on (the screen it drew is gone)" wait_gone 'reading…'
touch "$GATE"
ok "... with status 0" wait_until exit_status_is 0
ok "... and the terminal restored" terminal_restored

# An input found bad once it has ended ends the reader with its message.
rm -f "$GATE"
start 80 24 "(printf '<html><body><div>'; $(wait_gate); printf '</div></body></html>') | '$WHOSAID' 2>'$TMPD/err'"
wait_until status_has 'reading…' >/dev/null
touch "$GATE"
ok "a page with no article text, known at its end, ends the reader" wait_ended
ok "... with status 1" exit_status_is 1
ok "... and a one-line message" grep -qx 'whosaid: (stdin): no article text found in this page' "$TMPD/err"
ok "... the terminal restored" terminal_restored

done_testing

# The reader's y and m, driven in tmux (issue 14 item 8).  y copies the
# selected claim with its credit: inside tmux, with tmux's default
# settings, into a tmux buffer (tmux load-buffer -w); outside, as OSC 52,
# which a tmux with set-clipboard on turns into a buffer too, so that
# show-buffer reads what the base64 decodes to; with --copy=file (or on
# the Linux console) appended to $XDG_STATE_HOME/whosaid/copied.txt; with
# --copy=stdout printed when the reader closes.  The article's escape
# sequences reach none of them raw.  m turns mouse reporting off and on.
# At 120x40, 80x24 and 40x12.
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/tuilib.sh"

# Four claims, one of each credit; the first carries an OSC 52 of its own
# (it would set the clipboard to "hi") and colour escapes.
ARTICLE="$TMPD/council.txt"
printf '%s\n\n%s\n\n%s\n\n%s\n\n%s\n' 'Council Weighs the Budget' \
	"The mayor, Ann Lee, said the budget $(printf '\033')]52;c;aGk=$(printf '\007')was $(printf '\033')[31mbalanced$(printf '\033')[0m and fair, Reuters reported." \
	'“We will open the library on Sundays,” said Omar Reyes, the council treasurer.' \
	'The bridge will close for repairs in May, according to Bloomberg.' \
	'Officials said the tunnel would reopen in June.' >"$ARTICLE"

HOSTILE='Ann Lee, via Reuters: “the budget ^[]52;c;aGk=^Gwas ^[[31mbalanced^[[0m and fair”'
PERSON='Omar Reyes: “We will open the library on Sundays,”'
OUTLET='Bloomberg News: “The bridge will close for repairs in May”'
NO_ONE='No one named (“Officials”): “the tunnel would reopen in June”'

buffer() { tm show-buffer 2>/dev/null; }
buffer_is() { [ "$(buffer)" = "$1" ]; }
# No byte of the C0 controls (ESC, BEL...) nor DEL in FILE.
no_controls() { ! LC_ALL=C grep -q "$(printf '[\001-\037\177]')" "$1"; }
state_file="$TMPD/state/whosaid/copied.txt"
file_is() { [ -f "$state_file" ] && [ "$(cat "$state_file")" = "$1" ]; }

for size in 120x40 80x24 40x12; do
	w=${size%x*} h=${size#*x}

	# Inside tmux, default settings: tmux's buffer.
	start "$w" "$h" "'$WHOSAID' '$ARTICLE'"
	wait_for "[0-9]+ claims" >/dev/null
	keys y
	ok "$size: y with no claim selected says so" wait_for "no claim selected"
	ok "$size: and copies nothing" [ -z "$(buffer)" ]
	keys Tab y
	ok "$size: y says it copied the claim" wait_for "copied claim 1"
	ok "$size: inside tmux (default settings) into tmux's buffer: person, via outlet" wait_until buffer_is "$HOSTILE"
	buffer >"$TMPD/buffer"
	ok "$size: no control byte of the article in the buffer" no_controls "$TMPD/buffer"
	ok "$size: the article's own OSC 52 did not set the clipboard" [ "$(buffer)" != hi ]
	ok "$size: nor did it reach the screen raw: its placeholder shows" wait_for '\^\[\]52;c;aGk=\^Gwas'
	keys Tab y
	ok "$size: a person and no outlet" wait_until buffer_is "$PERSON"
	keys Tab y
	ok "$size: an outlet and no person" wait_until buffer_is "$OUTLET"
	keys Tab y
	ok "$size: no one named, with the words that stand for someone" wait_until buffer_is "$NO_ONE"
	keys q
	ok "$size: q quits" wait_ended
	ok "$size: the terminal is restored" terminal_restored

	# Outside tmux: OSC 52, which tmux turns into a buffer when set-clipboard is on.
	echo 'set -g set-clipboard on' >>"$TMPD/tmux.conf"
	start "$w" "$h" "env -u TMUX '$WHOSAID' '$ARTICLE'"
	wait_for "[0-9]+ claims" >/dev/null
	keys Tab
	wait_until status_has " 1/[0-9]+ " >/dev/null
	before=$(screen | sed '$d')
	keys y
	ok "$size: OSC 52: the base64 decodes to the credit line" wait_until buffer_is "$HOSTILE"
	buffer >"$TMPD/buffer"
	ok "$size: OSC 52: no control byte of the article in it" no_controls "$TMPD/buffer"
	ok "$size: OSC 52: the status line confirms" wait_for "copied claim 1"
	ok "$size: OSC 52: nothing drawn over the screen" [ "$(screen | sed '$d')" = "$before" ]
	keys Tab Tab y
	ok "$size: OSC 52: the claim selected" wait_until buffer_is "$OUTLET"
	keys q
	ok "$size: OSC 52: q quits" wait_ended
	sed -i '/set-clipboard/d' "$TMPD/tmux.conf"

	# --copy=file, and the Linux console, which has no clipboard.
	rm -rf "$TMPD/state"
	start "$w" "$h" "XDG_STATE_HOME='$TMPD/state' '$WHOSAID' --copy=file '$ARTICLE'"
	wait_for "[0-9]+ claims" >/dev/null
	keys Tab y
	ok "$size: --copy=file: the status line says so" wait_for "copied claim 1( to|$| )"
	ok "$size: --copy=file: the line in \$XDG_STATE_HOME/whosaid/copied.txt" wait_until file_is "$HOSTILE"
	ok "$size: --copy=file: no control byte in it" no_controls "$state_file"
	ok "$size: --copy=file: nothing in tmux's buffer" [ -z "$(buffer)" ]
	keys Tab y
	ok "$size: --copy=file: a second claim is appended" wait_until file_is "$HOSTILE
$PERSON"
	keys q
	ok "$size: --copy=file: q quits" wait_ended

	# --copy=stdout: printed once the reader has closed.
	start "$w" "$h" "'$WHOSAID' --copy=stdout '$ARTICLE'"
	wait_for "[0-9]+ claims" >/dev/null
	keys Tab Tab y
	ok "$size: --copy=stdout: kept for the end" wait_for "claim 2 kept"
	keys q
	ok "$size: --copy=stdout: q quits" wait_ended
	ok "$size: --copy=stdout: the line printed after the reader" wait_for "^Omar Reyes: “We will open"
	ok "$size: --copy=stdout: the terminal is restored" terminal_restored
done

# Inside tmux with no tmux program to run (or one too old for load-buffer
# -w and -): OSC 52 all the same, and the reader goes on.
echo 'set -g set-clipboard on' >>"$TMPD/tmux.conf"
start 80 24 "PATH=/nonexistent '$WHOSAID' '$ARTICLE'"
wait_for "[0-9]+ claims" >/dev/null
keys Tab y
ok "no tmux program: OSC 52 instead" wait_until buffer_is "$HOSTILE"
ok "no tmux program: the status line confirms" wait_until status_has "copied claim 1 *[0-9]+%"
keys Tab y
ok "no tmux program: the reader goes on" wait_until buffer_is "$PERSON"
keys q
ok "no tmux program: q quits" wait_ended
ok "no tmux program: exit status 0" exit_status_is 0
sed -i '/set-clipboard/d' "$TMPD/tmux.conf"

# On the Linux console y writes the file (auto).
rm -rf "$TMPD/state"
start 80 24 "TERM=linux XDG_STATE_HOME='$TMPD/state' '$WHOSAID' '$ARTICLE'"
wait_for "[0-9]+ claims" >/dev/null
keys Tab y
ok "TERM=linux: the status line names the file" wait_for "copied claim 1 to "
ok "TERM=linux: the claim is in the file" wait_until file_is "$HOSTILE"
ok "TERM=linux: not in tmux's buffer" [ -z "$(buffer)" ]
keys q
ok "TERM=linux: q quits" wait_ended

# A wrong --copy is a usage error.
expect_status 2 "--copy=clipboard is refused" "$WHOSAID" --copy=clipboard "$ARTICLE"
ok "and the message names the targets" grep -q "auto, terminal, file, stdout" "$TMPD/err"

# m: mouse reporting off, then on; a click selects a claim only while it
# is on.  Whether the terminal reports the mouse is tmux's record of the
# modes the program asked for; a click is sent as a terminal sends one:
# only while it is reported (send-keys would type it in any case).
mouse_reported() { [ "$(tm display-message -p -t t '#{mouse_any_flag}')" = 1 ]; }
mouse_unreported() { ! mouse_reported; }
click_as_terminal() { if mouse_reported; then click "$1" "$2"; fi; }
# The row and column of Omar Reyes's claim on the screen (0-based).
claim_cell() {
	screen | awk '/We will open the library/ { print index($0, "We will") + 2, NR - 1; exit }'
}
rank_is() { status_has " $1/[0-9]+ "; }
for size in 120x40 80x24 40x12; do
	w=${size%x*} h=${size#*x}
	start "$w" "$h" "'$WHOSAID' '$ARTICLE'"
	wait_for "[0-9]+ claims" >/dev/null
	ok "$size: at first the terminal reports the mouse" wait_until mouse_reported
	set -- $(claim_cell)
	x=$1 y=$2
	keys m
	ok "$size: m: the status line says the mouse is off" wait_until status_has "mouse off"
	ok "$size: m: and keeps saying so" wait_until status_has '\[mouse off\]'
	ok "$size: m: the terminal no longer reports the mouse" wait_until mouse_unreported
	click_as_terminal "$x" "$y"
	keys C-l
	ok "$size: m: a click no longer selects a claim" wait_until status_has '[0-9]+ claims'
	ok "$size: m: nothing is selected" status_lacks '[0-9]+/[0-9]+ '
	keys m
	ok "$size: m again: the mouse is on" wait_until status_has "mouse on"
	ok "$size: m again: the mark is gone" status_lacks '\[mouse off\]'
	ok "$size: m again: the terminal reports the mouse" wait_until mouse_reported
	click_as_terminal "$x" "$y"
	ok "$size: m again: a click selects the claim" wait_until rank_is 2
	keys q
	ok "$size: m: q quits" wait_ended
	ok "$size: m: the terminal is restored" terminal_restored
done

# The help lists y and m.
start 120 40 "'$WHOSAID' '$ARTICLE'"
keys '?'
ok "the help lists y" wait_for "y +copy the selected claim"
ok "the help lists m" wait_for "m +mouse off, on"
keys x q
ok "help: q quits" wait_ended

done_testing

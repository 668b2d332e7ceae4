# The reader survives (issue 7): a thousand resizes in a row down to 1x1,
# thousands of random keys, suspend and resume by signal, a resize during
# the export prompt, and every signal that ends it (SIGINT, SIGTERM,
# SIGHUP, Ctrl-\'s SIGQUIT, SIGUSR1, SIGALRM, a fault…) gives the
# terminal back as it was.  An article full of escape sequences never
# drives the terminal.  Runs the real program in tmux (tests/tuilib.sh).
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/tuilib.sh"

cp "$WS_SRCDIR/examples/harbour-strike.txt" "$TMPD/article.txt"
ARTICLE=$TMPD/article.txt
TITLE='Dockworkers Extend Strike'

# The program the session runs is still running.
alive() {
	[ ! -f "$TMPD/status" ] && pgrep -P "$(cat "$TMPD/sh.pid")" >/dev/null
}

# G until the status line says 100%: a resize still being taken in can
# move the view after a key (it keeps the first visible text first).
at_end() {
	keys G
	status_line | grep -Eq '100% *$'
}

# quit_cleanly: Esc out of whatever is open, q, exit 0, terminal as it was.
quit_cleanly() {
	keys Escape Escape Escape
	keys q
	wait_ended && exit_status_is 0 && terminal_restored
}

# A thousand resizes in a row, from a fixed seed, with 1x1 and 2x2 among
# them; sent fifty to a tmux command so that they come faster than the
# reader can draw.
start 80 24 "'$WHOSAID' '$ARTICLE'"
wait_for "$TITLE" >/dev/null
awk 'BEGIN {
	srand(7)
	for (i = 0; i < 1000; i++) {
		if (i % 100 == 0) { w = 1; h = 1 }
		else if (i % 100 == 50) { w = 2; h = 2 }
		else if (i % 10 == 0) { w = 1 + int(rand() * 4); h = 1 + int(rand() * 4) }
		else { w = 1 + int(rand() * 200); h = 1 + int(rand() * 60) }
		printf "resize-window -t t -x %d -y %d%s", w, h, (i % 50 == 49) ? "\n" : " ; "
	}
}' >"$TMPD/resizes"
while IFS= read -r batch; do
	# shellcheck disable=SC2086
	eval "tm $(echo "$batch" | sed 's/ ; / \\; /g')" 2>/dev/null
done <"$TMPD/resizes"
ok "1,000 resizes down to 1x1: the reader is still running" alive
tm resize-window -t t -x 80 -y 24
ok "after the resizes it draws the article at 80x24" wait_for "harbour-strike|article.txt"
ok "after the resizes it still reads keys" wait_until at_end
ok "after the resizes q quits cleanly and gives the terminal back" quit_cleanly

# After a resize the terminal's contents are unknown: tmux keeps, trims
# or shifts what was there, and a quick run of resizes can end at the
# size curses last read, so that curses reports KEY_RESIZE without
# having resized anything.  The reader then repaints every cell, not only
# what changed since its last frame.  Here the terminal's contents are
# spoilt behind the reader's back and a SIGWINCH comes at the same size
# (once a 1,000-resize run left only a status line on screen for good).
start 80 24 "'$WHOSAID' '$ARTICLE'"
wait_for "$TITLE" >/dev/null
printf '\033[2J\033[HSPOILT' >"$(tm display-message -p -t t '#{pane_tty}')"
wait_for "^SPOILT" >/dev/null
signal_program WINCH
ok "a SIGWINCH repaints the whole screen" wait_for "^ +$TITLE"
ok "and what the terminal held is gone" screen_lacks "SPOILT"
ok "and the status line is back" wait_for "article.txt"
quit_cleanly >/dev/null

# A few thousand random keys from a fixed seed: every key the reader knows
# and some it does not, mouse clicks and wheels, but not q, Ctrl-C, Ctrl-Z
# or Ctrl-\ (which end or stop it; tested below).  The export key is in:
# its prompts take random answers and may write beside the article, in
# $TMPD.
start 100 30 "'$WHOSAID' '$ARTICLE'"
wait_for "$TITLE" >/dev/null
awk 'BEGIN {
	srand(11)
	n = split("j k d u g G b n N s u e ? / ] [ } { Tab BTab Space Enter Escape BSpace " \
		  "Up Down Left Right PageUp PageDown Home End C-l C-d C-u C-f C-b F1 F5 " \
		  "a x 0 1 9 y h l . , - = Delete Insert IC DC", k, " ")
	for (i = 0; i < 3000; i++) {
		printf "%s%s", k[1 + int(rand() * n)], (i % 100 == 99) ? "\n" : " "
	}
}' >"$TMPD/keys"
lines=0
while IFS= read -r batch; do
	# shellcheck disable=SC2086
	tm send-keys -t t $batch
	lines=$((lines + 1))
	# Now and then a click and a wheel at a random place.
	mouse_event 32 $((lines * 7 % 100)) $((lines * 3 % 30))
	mouse_event 35 $((lines * 7 % 100)) $((lines * 3 % 30))
	wheel_down $((lines * 13 % 100)) $((lines % 30))
done <"$TMPD/keys"
ok "3,000 random keys and some mouse: the reader is still running" alive
keys Escape Escape Escape C-l
ok "after the random keys it still shows the article" wait_for "article.txt"
ok "after the random keys q quits cleanly and gives the terminal back" quit_cleanly

# Stopped and continued by signals (as a job control shell would).
start 80 24 "'$WHOSAID' '$ARTICLE'"
wait_for "$TITLE" >/dev/null
signal_program TSTP
sleep 0.2
signal_program CONT
ok "SIGTSTP then SIGCONT: the reader goes on reading keys" wait_until at_end
keys g
ok "SIGTSTP then SIGCONT: and draws" wait_for "^ +$TITLE"
signal_program STOP
sleep 0.2
signal_program CONT
ok "SIGSTOP then SIGCONT: the reader goes on" wait_until at_end
ok "after being stopped, q quits cleanly" quit_cleanly

# A resize while the export prompt is up.
start 100 30 "'$WHOSAID' '$ARTICLE'"
wait_for "$TITLE" >/dev/null
keys e
wait_for "export as" >/dev/null
for size in "60 20" "1 1" "2 2" "200 50" "100 30"; do
	tm resize-window -t t -x "${size% *}" -y "${size#* }"
done
ok "SIGWINCH during the export prompt: the reader is still running" alive
keys t e x t
ok "the prompt still takes the answer after the resizes" wait_for "export as .*text|export to"
keys Escape Escape
ok "and Esc cancels it" wait_gone "export to"
ok "then the reader reads keys as before" wait_until at_end
ok "after the export prompt, q quits cleanly" quit_cleanly

# The pane is out of the alternate screen and its cursor is shown.
screen_given_back() {
	[ "$(tm display-message -p -t t '#{alternate_on} #{cursor_flag}')" = "0 1" ]
}

# Every signal whose default is to end the process gives the terminal
# back, and the reader then dies by it: while reading, and while a prompt
# is up.  The faults (SEGV, ABRT) too, as the program's own would.  (No
# core files: ulimit -c 0.)
for sig in INT TERM HUP QUIT PIPE ALRM USR1 USR2 XCPU SEGV ABRT; do
	num=$(kill -l "$sig")
	for where in reading prompt; do
		start 80 24 "ulimit -c 0; '$WHOSAID' '$ARTICLE'"
		wait_for "$TITLE" >/dev/null
		[ "$where" = prompt ] && { keys /; wait_for "/" >/dev/null; keys c r a; }
		signal_program "$sig"
		ok "SIG$sig while $where: the reader ends" wait_ended
		ok "SIG$sig while $where: by the signal (status $((128 + num)))" exit_status_is $((128 + num))
		ok "SIG$sig while $where: the terminal settings are as they were" terminal_restored
		ok "SIG$sig while $where: the screen is given back" wait_for "-- ended --"
		ok "SIG$sig while $where: out of the alternate screen, cursor shown" screen_given_back
	done
done

# Ctrl-\ sends SIGQUIT from the terminal itself, to the shell that runs
# the reader too: it traps it, so as to live on and record the rest.
start 80 24 "trap : QUIT; ulimit -c 0; '$WHOSAID' '$ARTICLE'"
wait_for "$TITLE" >/dev/null
keys -H 1c
ok "Ctrl-\\: the reader ends" wait_ended
ok "Ctrl-\\: by SIGQUIT" exit_status_is 131
ok "Ctrl-\\: the terminal settings are as they were" terminal_restored
ok "Ctrl-\\: out of the alternate screen, cursor shown" screen_given_back

# An article that tries to drive the terminal: clear the screen, set the
# title, move the cursor, switch character sets, reverse the text.
printf 'Escapes \033]0;pwned\007Title\n\nClear \033[2J\033[H here, \033(0 lines \033(B, \033[31mred\033[0m, \233 C1 CSI, \342\200\256 reversed \342\200\254 and a bell \007.\n\nThe mayor said the bridge was safe.\n' \
	>"$TMPD/escapes.txt"
start 80 24 "'$WHOSAID' '$TMPD/escapes.txt'"
ok "an article of escape sequences opens" wait_for "The mayor said"
ok "its escapes are shown as placeholders" wait_for '\^\['
ok "the pane's title was not set by the article" \
	sh -c '! tmux -L "$1" display-message -p -t t "#{pane_title}" | grep -q pwned' sh "$TUI_SOCK"
ok "the screen was not cleared by it: the title line is still there" wait_for "Escapes"
ok "after an article of escapes, q quits cleanly" quit_cleanly

done_testing

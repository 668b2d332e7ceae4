# The reader, driven in a real terminal (tmux): opening, scrolling,
# search, the panel, help, resizing, standard input, colours and their
# absence, and a terminal left as it was found.
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/tuilib.sh"

ARTICLE="$WS_SRCDIR/examples/harbour-strike.txt"
TITLE='Dockworkers Extend Strike'

# Opening an article at 120x40.
start 120 40 "'$WHOSAID' '$ARTICLE'"
ok "the article opens with its title on the first line" wait_for "^ +$TITLE"
ok "the status line names the file and the position" status_has 'harbour-strike.txt .* [0-9]+% *$'
ok "the side panel is docked beside the pane on a wide terminal" wait_for "│ (SPEAKERS|no speakers)"

# Scrolling.
keys G
ok "G goes to the end" wait_for "100% *$"
ok "the end of the article is on screen" wait_for "Ask me on Thursday"
keys g
ok "g goes back to the start" wait_for "^ +$TITLE"
keys Space
ok "space scrolls a page" wait_gone "^ +$TITLE"
keys b
ok "b scrolls back a page" wait_for "^ +$TITLE"
keys j j
ok "j scrolls a line at a time" top_line_has 'Dockworkers at the Port'
keys k k

# Search.
keys / c r a n e s Enter
ok "search says which match of how many it is on" wait_for "match 1 of [0-9]+ for 'cranes'"
ok "matches are highlighted" sgr_has "$ESC\\[[0-9;]*48;5;[0-9]+m(cranes|$ESC)"
keys n
ok "n goes to the next match" wait_for "match 2 of"
keys N
ok "N goes back" wait_for "match 1 of"
keys / z z q x Enter
ok "a search that finds nothing says so" wait_for "not found: zzqx"
keys Escape

# Help.
keys '?'
ok "? shows the help" wait_for "whosaid keys"
for k in "Tab" "Space" "Esc" "Ctrl-L" "quit" "fact-checker"; do
	ok "the help lists $k" wait_for "$k"
done
keys x
ok "any key closes the help" wait_gone "whosaid keys"

# The panel.
keys s
ok "s on a docked panel moves to it" wait_for "SPEAKERS|no speakers"
keys s
ok "s again hides the panel" wait_gone "│ (SPEAKERS|no speakers)"
keys s
ok "s shows it again" wait_for "SPEAKERS|no speakers"
keys Escape

# Resizing keeps the first text on screen first.
keys g Space j j j
wait_for "%" >/dev/null
before=$(first_text_line)
tm resize-window -t t -x 60 -y 20
ok "resize reflows to the narrower window" wait_for "^.{0,59}$"
ok "the panel is no longer docked at 60 columns" wait_gone "│ (SPEAKERS|no speakers)"
after=$(first_text_line)
ok "the first visible text stays on the first line after a resize ('$before' / '$after')" contains_first_word "$before" "$after"
keys s
ok "at 60 columns the panel is an overlay" wait_for "SPEAKERS|no speakers"
keys Escape
ok "Esc closes the overlay" wait_gone "SPEAKERS|no speakers"
tm resize-window -t t -x 15 -y 4
ok "a terminal too small says so" wait_for "too small"
tm resize-window -t t -x 120 -y 40
ok "growing again shows the article where it was" wait_for "^ +A Quiet Harbour"

# Ctrl-L and the export key.
keys C-l
ok "Ctrl-L redraws" wait_for "%"
keys e
ok "e says export is not in the reader yet" wait_for "export"

# Quitting gives the terminal back.
keys q
ok "q quits" wait_ended
ok "q exits with status 0" exit_status_is 0
ok "the terminal settings are restored after q" terminal_restored
ok "the screen is given back (alternate screen left)" wait_for "-- ended --"

# A signal gives the terminal back too.
start 80 24 "'$WHOSAID' '$ARTICLE'"
wait_for "$TITLE" >/dev/null
signal_program TERM
ok "SIGTERM ends the reader" wait_ended
ok "SIGTERM: killed by the signal (status 143)" exit_status_is 143
ok "SIGTERM: the terminal settings are restored" terminal_restored

# Text on standard input, keys from the terminal.
start 80 24 "cat '$ARTICLE' | '$WHOSAID'"
ok "piped text is shown" wait_for "$TITLE"
ok "piped text is named (stdin) in the status line" wait_for "\\(stdin\\)"
keys G
ok "keys are read from the terminal when text is piped" wait_for "100% *$"
keys q
ok "q quits when text is piped" wait_ended
ok "the terminal is restored after piped text" terminal_restored

# Colours, and their absence.
start 80 24 "'$WHOSAID' '$ARTICLE'"
wait_for "$TITLE" >/dev/null
ok "with colours, the status line has a colour" status_sgr_has "48;5;"
keys q
wait_ended >/dev/null
start 80 24 "NO_COLOR=1 '$WHOSAID' '$ARTICLE'"
wait_for "$TITLE" >/dev/null
ok "NO_COLOR: no colour at all" sgr_lacks "$ESC\\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9;]*)?m"
ok "NO_COLOR: the status line is in reverse video" status_sgr_has "$ESC\\[7m"
keys q
wait_ended >/dev/null

# A malformed theme is refused before the screen is taken.
mkdir -p "$TMPD/config/whosaid"
printf 'color text red default\ncolor nosuch red default\n' >"$TMPD/bad.theme"
start 80 24 "'$WHOSAID' --theme '$TMPD/bad.theme' '$ARTICLE'"
ok "a malformed theme: THEME:LINE: what is wrong" wait_for "whosaid: .*bad.theme:2: unknown element 'nosuch'"
wait_ended >/dev/null
ok "a malformed theme exits 1" exit_status_is 1
start 80 24 "'$WHOSAID' --theme plaid '$ARTICLE'"
ok "an unknown theme name lists the bundled ones" wait_for "unknown theme 'plaid' \\(dark, "
wait_ended >/dev/null
printf 'theme light\n' >"$TMPD/config/whosaid/config"
start 80 24 "'$WHOSAID' '$ARTICLE'"
wait_for "$TITLE" >/dev/null
ok "the config file's theme is used (light: a dark grey status line)" status_sgr_has "48;5;239"
keys q
wait_ended >/dev/null
rm -f "$TMPD/config/whosaid/config"

done_testing

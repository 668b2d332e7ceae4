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
second=$(text_line 2)
keys j
ok "j scrolls a line at a time" wait_until top_line_is "$second"
keys k
ok "k scrolls back a line" wait_for "^ +$TITLE"

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
# One key at a time, each seen on screen, so the line kept is the one the keys led to.
# In a window shorter than the article: at 40 rows it all fits, no key
# scrolled, and each wait for the screen to move ran to its timeout.
tm resize-window -t t -x 120 -y 12
keys g
wait_for "^ +$TITLE" >/dev/null
for k in Space j j j; do
	shown=$(screen)
	keys "$k"
	ok "$k scrolls the article" wait_until screen_changed "$shown"
done
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
before=$(first_text_line)
tm resize-window -t t -x 15 -y 4
ok "a terminal too small says so" wait_for "too small"
# Still shorter than the article, which a window of 40 rows holds whole
# (the top would then be the article's).
tm resize-window -t t -x 120 -y 12
ok "growing again shows the article" wait_gone "too small"
# The first text shown before is on the top line, wherever the wider
# line breaks put it in that line.
top_has_first_words() { first=$(first_text_line); set -- $1; case "$first" in *"$1 $2 $3"*) return 0 ;; *) return 1 ;; esac; }
ok "and where it was ('$before')" wait_until top_has_first_words "$before"
tm resize-window -t t -x 120 -y 40

# Ctrl-L, and the export key (its exports are tested with the exports).
keys C-l
ok "Ctrl-L redraws" wait_for "%"
keys e
ok "e asks for an export format" wait_for "export as html"
keys Escape
ok "Esc cancels the export" wait_gone "export as html"

# Quitting gives the terminal back.
keys q
ok "q quits" wait_ended
ok "q exits with status 0" exit_status_is 0
ok "the terminal settings are restored after q" terminal_restored
ok "the screen is given back (alternate screen left)" wait_for "-- ended --"

# A signal gives the terminal back too.
start 80 24 "'$WHOSAID' '$ARTICLE'"
wait_for "$TITLE" >/dev/null; wait_analysed >/dev/null
signal_program TERM
ok "SIGTERM ends the reader" wait_ended
ok "SIGTERM: killed by the signal (status 143)" exit_status_is 143
ok "SIGTERM: the terminal settings are restored" terminal_restored

# Ctrl-Z suspends and fg resumes, in a shell with job control.
if command -v bash >/dev/null 2>&1; then
	tm kill-server >/dev/null 2>&1
	TUI_RUNS=$((TUI_RUNS + 1))
	TUI_SOCK="whosaid-$$-tui-$TUI_RUNS"
	tm new-session -d -x 100 -y 30 -s t "env -u NO_COLOR XDG_CONFIG_HOME='$TMPD/config' LC_ALL=C.UTF-8 PS1='sh\$ ' bash --norc --noprofile -i"
	wait_for 'sh\$' >/dev/null
	keys "stty -g >'$TMPD/st1'; '$WHOSAID' '$ARTICLE'" Enter
	# Once the reader is up and has analysed, as the other keys are sent
	# (a Ctrl-Z lost once in CI, sent as soon as the title showed).
	wait_for "$TITLE" >/dev/null; wait_analysed >/dev/null
	keys C-z
	if wait_for "Stopped"; then
		ok "Ctrl-Z suspends the reader" true
	else
		ok "Ctrl-Z suspends the reader" false
		# What the terminal and the reader were, for whoever reads the log.
		pane_tty=$(tm display-message -p -t t '#{pane_tty}')
		ps -o pid,pgid,tpgid,stat,args -t "$pane_tty" 2>&1 | sed 's/^/#   ps: /'
		stty -a <"$pane_tty" 2>&1 | sed 's/^/#   stty: /'
	fi
	keys "stty -g >'$TMPD/st2'; fg" Enter
	ok "fg resumes it" wait_for "^ +$TITLE"
	keys G
	ok "and it reads keys again" wait_for "100% *$"
	keys q
	keys "stty -g >'$TMPD/st3'; echo finished-\$((20 + 1))" Enter
	wait_for "finished-21" >/dev/null
	ok "the terminal is as it was while suspended" cmp -s "$TMPD/st1" "$TMPD/st2"
	ok "and after quitting" cmp -s "$TMPD/st1" "$TMPD/st3"
fi

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
wait_for "$TITLE" >/dev/null; wait_analysed >/dev/null
ok "with colours, the status line has a colour" status_sgr_has "48;5;"
keys q
wait_ended >/dev/null
start 80 24 "NO_COLOR=1 '$WHOSAID' '$ARTICLE'"
wait_for "$TITLE" >/dev/null; wait_analysed >/dev/null
ok "NO_COLOR: no colour at all" sgr_lacks "$ESC\\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9;]*)?m"
ok "NO_COLOR: the status line is in reverse video" status_sgr_has "$ESC\\[([0-9;]*;)?7(;[0-9;]*)?m"
keys q
wait_ended >/dev/null

start 80 24 "TERM=vt100 '$WHOSAID' '$ARTICLE'"
wait_for "$TITLE" >/dev/null; wait_analysed >/dev/null
ok "a terminal without colours (vt100): no colour" sgr_lacks "$ESC\\[([0-9;]*;)?(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9;]*)?m"
ok "a terminal without colours: the status line in reverse video" status_sgr_has "$ESC\\[([0-9;]*;)?7(;[0-9;]*)?m"
keys q
wait_ended >/dev/null
start 80 24 "TERM=dumb '$WHOSAID' '$ARTICLE'"
ok "a dumb terminal gets the article as text" wait_ended
ok "a dumb terminal: exit status 0" exit_status_is 0
ok "a dumb terminal: the text is there, to its end" wait_for "Ask me on Thursday"
ok "a dumb terminal: the claims' key ends it" wait_for "^\[24\] no outlet ▸ Maria Okafor ▸ said — “Ask me on Thursday”"
ok "a dumb terminal: no line as wide as the terminal" wait_gone "^.{80}"

# What is written to stderr while the screen is up is held and printed
# when the screen is given back (on the alternate screen it would be lost).
# The benchmark mode, told to write where it cannot, is a way to get there.
start 80 24 "WHOSAID_TUI_BENCH='$TMPD/no-such-dir/figures' '$WHOSAID' '$ARTICLE'"
ok "the reader ran and quit" wait_ended
ok "stderr written under the screen is printed after it" wait_for "^whosaid: cannot write the benchmark figures to"
ok "and the article is not left on screen" wait_gone "$TITLE"

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
wait_for "$TITLE" >/dev/null; wait_analysed >/dev/null
ok "the config file's theme is used (light: a dark grey status line)" status_sgr_has "48;5;239"
keys q
wait_ended >/dev/null
rm -f "$TMPD/config/whosaid/config"

# Claims, on an article of our own where three outlets and two people
# are credited.
cat >"$TMPD/ferry.txt" <<'EOA'
Harbour Council Backs New Ferry Plan

The council approved the ferry plan on Tuesday, Politico reported.

"We will run the first boats in May," said Lena Vos, the council's transport chief, according to the Associated Press.

The plan will cost the city less than expected, Xinhua reported.

The ferries are painted green and carry two hundred passengers each.

"The fishermen were never consulted," Omar Haddad told reporters.
EOA
start 120 40 "'$WHOSAID' '$TMPD/ferry.txt'"
wait_for "Harbour Council" >/dev/null; wait_analysed >/dev/null
ok "before any claim is chosen, the status line counts them" wait_until status_has " [0-9]+ claims"
ok "a Politico claim is in the dark theme's Politico red" line_sgr_has "approved" "38;5;203m"
ok "an AP claim is in the dark theme's AP blue" line_sgr_has "first boats" "38;5;75m"
ok "a Xinhua claim is in the dark theme's Xinhua gold" line_sgr_has "less than" "38;5;220m"
ok "a claim credited to a person only has the person colour" line_sgr_has "fishermen" "38;5;177m"
ok "a direct quotation is bold and italic" line_sgr_has "first boats" "$ESC\\[1m.*$ESC\\[3m|$ESC\\[3m.*$ESC\\[1m|\\[1;3m"
ok "unattributed text is plain" line_sgr_has "painted green" "^ *The ferries"
keys Tab
ok "Tab selects the first claim: position, outlet and cue" wait_for "1/[0-9]+ · Politico ▸ reported"
first=$(status_line)
ok "the selected claim is in reverse video" wait_until line_sgr_has "approved" "$ESC\\[([0-9;]*;)?7(;[0-9;]*)?m"
keys Tab
ok "Tab again: the next claim, with its speaker" wait_for "2/[0-9]+ · Associated Press( \(“[^”]*”\))? ▸ Lena Vos ▸ said"
second=$(status_line)
keys Tab
ok "and the next" wait_for "3/[0-9]+ · Xinhua ▸ reported"
keys BTab
ok "Shift-Tab goes back" wait_for "2/[0-9]+ · Associated Press"
keys Escape g ']'
ok "] selects the first claim like Tab" wait_until status_is "$first"
keys ']'
ok "] goes forward like Tab" wait_until status_is "$second"
keys '['
ok "[ goes back like Shift-Tab" wait_until status_is "$first"
keys g Escape '}'
ok "} goes to the first direct quotation" wait_for "· Associated Press( \(“[^”]*”\))? ▸ Lena Vos ▸ said"
keys '}'
ok "} again to the next one, skipping reported speech" wait_for "Omar Haddad ▸ told"
keys '{'
ok "{ goes back a direct quotation" wait_for "Lena Vos ▸ said"
keys Escape

# Filtering by a speaker from the panel.
keys s
ok "the panel lists the speakers with their claims" wait_for "Lena Vos +1"
ok "and the outlets with count and share" wait_for "Xinhua +1 +[0-9]+%"
keys Down Enter
ok "Enter on a speaker narrows the view to them" wait_for "\\[Omar Haddad\\]|\\[Lena Vos\\]"
who=$(status_line | sed -n 's/.*\[\([A-Z][a-z]* [A-Z][a-z]*\)\].*/\1/p')
keys Tab
ok "Tab then goes through that speaker's claims only" wait_for "1/1 · .*$who"
ok "claims outside the filter are dimmed" wait_until line_sgr_has "approved" "38;5;242m"
keys Escape
ok "Esc shows every claim again" wait_gone "\\[$who\\]"

# The fact-checker view.
keys u
ok "u says what it shows" wait_for "fact-checker view"
ok "u marks an assertion credited to no one" wait_until line_sgr_has "painted green" "48;5;52m"
keys u
ok "u again turns it off" wait_for "fact-checker view off"

# The mouse.
keys Escape Escape
click 5 3
ok "a click on a claim selects it" wait_for "1/[0-9]+ · Politico ▸ reported"
click 100 3
ok "a click on a speaker in the panel filters by them" wait_for "\\[Omar Haddad\\]"
keys Escape
ok "Esc clears the filter set by a click" wait_gone "\\[Omar Haddad\\]"
keys q
wait_ended >/dev/null
start 80 24 "'$WHOSAID' '$ARTICLE'"
wait_for "$TITLE" >/dev/null; wait_analysed >/dev/null
wheel_down 10 5
ok "the mouse wheel scrolls down" wait_gone "^ +$TITLE"
wheel_up 10 5
ok "and up" wait_for "^ +$TITLE"
keys q
wait_ended >/dev/null

# At 60x20: claims, and the panel over the text.
start 60 20 "'$WHOSAID' '$TMPD/ferry.txt'"
wait_for "Harbour Council" >/dev/null; wait_analysed >/dev/null
ok "60x20: no panel beside the text" wait_gone "SPEAKERS"
ok "60x20: the reading column fits the terminal" wait_gone "^.{61}"
keys Tab Tab
ok "60x20: Tab goes through the claims" wait_for "2/[0-9]+ · Associated Press"
keys s
ok "60x20: s shows the panel over the text" wait_for "SPEAKERS"
keys Down Enter
ok "60x20: choosing a speaker filters and closes the overlay" wait_for "\\[Omar Haddad\\]"
ok "60x20: the overlay is gone" wait_gone "SPEAKERS"
keys g Tab
ok "60x20: Tab then only visits that speaker's claims" wait_for "1/1 · Omar Haddad ▸ told"
keys q
wait_ended >/dev/null

# --speaker and --source start the reader filtered.
start 100 30 "'$WHOSAID' --speaker vos '$TMPD/ferry.txt'"
ok "--speaker (a surname) starts with that speaker's claims" wait_for "\\[Lena Vos\\]"
keys Tab
ok "--speaker: Tab visits only theirs" wait_for "1/1 · Associated Press( \(“[^”]*”\))? ▸ Lena Vos"
keys q
wait_ended >/dev/null
start 100 30 "'$WHOSAID' --source Xinhua '$TMPD/ferry.txt'"
ok "--source starts with that outlet's claims" wait_for "\\[Xinhua\\]"
keys q
wait_ended >/dev/null

# Without colour, outlets still differ, by attributes.
start 120 40 "NO_COLOR=1 '$WHOSAID' '$TMPD/ferry.txt'"
wait_for "Harbour Council" >/dev/null; wait_analysed >/dev/null
pol=$(screen_sgr | grep -F approved | grep -Eo "$ESC\\[[0-9;]*m[^$ESC]*approved" | head -n 1 | sed "s/[^$ESC]*approved//")
xin=$(screen_sgr | grep -F "less than" | grep -Eo "$ESC\\[[0-9;]*m[^$ESC]*less than" | head -n 1 | sed "s/[^$ESC]*less than//")
ok "NO_COLOR: a claim has an attribute ('$(printf %s "$pol" | tr -d "$ESC")')" [ -n "$pol" ]
ok "NO_COLOR: Politico and Xinhua claims look different" [ -n "$xin" ] && [ "$pol" != "$xin" ]
keys q
wait_ended >/dev/null

# A page that names its outlet: the panel shows the publisher and how
# much the article says in its own voice, apart from what it credits.
cat >"$TMPD/bridge.html" <<'PAGE'
<!doctype html><html><head><meta property="og:site_name" content="The Lantern Post">
<title>Bridge Reopens | The Lantern Post</title></head><body><article>
<h1>Bridge Reopens After Repairs</h1>
<p>The old bridge over the river reopened to traffic on Monday after three months of repairs.</p>
<p>“We finished a week early,” said Nora Lind, the city engineer.</p>
<p>Traffic on the bypass fell by half within hours of the reopening.</p>
</article></body></html>
PAGE
start 120 40 "'$WHOSAID' '$TMPD/bridge.html'"
ok "a page's publisher is in the panel" wait_for "│ +PUBLISHER"
ok "the publisher is named under it" wait_for "│ +The Lantern Post"
ok "the panel counts the sentences in the publisher's own voice" wait_for "│ +2 sentences in its own voice"
keys q
wait_ended >/dev/null
start 120 40 "'$WHOSAID' '$ARTICLE'"
wait_for "│ (SPEAKERS|no speakers)" >/dev/null; wait_analysed >/dev/null
ok "plain text names no publisher" screen_lacks "PUBLISHER"
keys q
wait_ended >/dev/null

# The speakers first; then, apart, the people the article names but
# credits with nothing.
printf 'Daniel Hughes said the port would close on Friday.\n\nHe met Maria Okafor and Peter Brandt on Monday.\n' >"$TMPD/named.txt"
start 120 40 "'$WHOSAID' '$TMPD/named.txt'"
ok "the speaker is listed under SPEAKERS" wait_for "│ +SPEAKERS"
ok "people named but not credited are listed apart" wait_for "│ +ALSO NAMED"
ok "a person merely named is in the panel" wait_for "│ +Maria Okafor"
keys q
wait_ended >/dev/null

done_testing

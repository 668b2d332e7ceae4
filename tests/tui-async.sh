# The reader never waits on the analysis (issue 16): it runs on a thread
# of its own while keys act.  A slow analysis is stood in for by
# WHOSAID_TEST_SLOW_ANALYSIS (src/tui_analysis.c), since every input is
# meant to be analysed fast: MS makes it wait MS milliseconds, looking
# for a cancel as it does between sentences; MS! without looking, as
# inside one long sentence.
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/tuilib.sh"

ARTICLE="$WS_SRCDIR/examples/harbour-strike.txt"
TITLE='Dockworkers Extend Strike'

# ended_within SECONDS: the program has ended, at most SECONDS after the
# key that asked it to (time taken from $asked).  Far above the 100 ms
# aimed at: this proves only that it did not wait for the analysis.
ended_within() {
	i=0
	while [ ! -f "$TMPD/status" ] && [ "$i" -lt $(($1 * 20)) ]; do
		sleep 0.05
		i=$((i + 1))
	done
	[ -f "$TMPD/status" ] && [ $(($(date +%s) - asked)) -le "$1" ]
}

# A minute of analysis: everything below happens while it runs.
start 100 30 "WHOSAID_TEST_SLOW_ANALYSIS=60000 '$WHOSAID' '$ARTICLE'"
ok "the article is shown at once" wait_for "^ +$TITLE"
ok "the status line says it is analysing" wait_until status_has "analysing"
keys G
ok "G acts while the analysis runs" wait_for "(100%|Bot) *$"
keys g
ok "g comes back to the top" wait_for "^ +$TITLE"
tm resize-window -t t -x 50 -y 20
ok "a resize reflows at once" wait_for "^ +Thursday to extend their strike into a third"
ok "still analysing" wait_until status_has "analysing"
asked=$(date +%s)
keys q
ok "q quits without waiting for the analysis" ended_within 5
ok "the exit status is 0" exit_status_is 0
ok "the terminal is restored" terminal_restored

# SIGINT (Ctrl-C) likewise: sent to the program alone, as the shell
# that records its exit status would take a Ctrl-C too.
start 100 30 "WHOSAID_TEST_SLOW_ANALYSIS=60000 '$WHOSAID' '$ARTICLE'"
ok "analysing again" wait_until status_has "analysing"
asked=$(date +%s)
signal_program INT
ok "SIGINT quits without waiting for the analysis" ended_within 5
ok "the exit status is that of SIGINT" exit_status_is 130
ok "the terminal is restored after SIGINT" terminal_restored

# An analysis that cannot look at the request to stop (one long
# sentence) is left to end with the process: q still quits at once.
start 100 30 "WHOSAID_TEST_SLOW_ANALYSIS='60000!' '$WHOSAID' '$ARTICLE'"
ok "analysing, stubbornly" wait_until status_has "analysing"
asked=$(date +%s)
keys q
ok "q quits while the analysis cannot stop" ended_within 5
ok "the exit status is 0 then too" exit_status_is 0
ok "the terminal is restored then too" terminal_restored

# A short wait: keys typed meanwhile are kept, and the claims come.
start 100 30 "WHOSAID_TEST_SLOW_ANALYSIS=1500 '$WHOSAID' '$ARTICLE'"
ok "analysing for a moment" wait_until status_has "analysing"
keys G
ok "G went to the end while analysing" wait_for "(100%|Bot) *$"
ok "then the claims are counted" wait_until status_has " [0-9]+ claims"
ok "and the place is kept" screen_matches "(100%|Bot) *$"
keys Tab
ok "Tab selects a claim" wait_until status_has "[0-9]+/[0-9]+ · "
keys q
ok "q quits" wait_ended
ok "the exit status is 0 at the end" exit_status_is 0

# The keys that act on claims wait for them instead of finding none, and
# keys typed while they wait come after, in order; q still quits.
start 100 30 "WHOSAID_TEST_SLOW_ANALYSIS=1500 '$WHOSAID' '$ARTICLE'"
ok "analysing when Tab is pressed" wait_until status_has "analysing"
keys Tab Tab
ok "Tab Tab, pressed while analysing, select the second claim" wait_until status_has "2/[0-9]+ · "
keys q
ok "q quits then" wait_ended
start 100 30 "WHOSAID_TEST_SLOW_ANALYSIS=60000 '$WHOSAID' '$ARTICLE'"
ok "analysing for a minute when Tab is pressed" wait_until status_has "analysing"
keys Tab
asked=$(date +%s)
keys q
ok "q quits while Tab waits for the claims" ended_within 5
ok "the exit status is 0 after the wait" exit_status_is 0
ok "the terminal is restored after the wait" terminal_restored
start 100 30 "WHOSAID_TEST_SLOW_ANALYSIS=60000 '$WHOSAID' '$ARTICLE'"
ok "analysing when Tab is pressed, again" wait_until status_has "analysing"
keys Tab
tm resize-window -t t -x 50 -y 20
ok "a resize while Tab waits for the claims reflows at once" \
	wait_for "^ +Thursday to extend their strike into a third"
keys q
ok "and q still quits" wait_ended

# An export writes the claims: it waits for the analysis.
cp "$ARTICLE" "$TMPD/strike.txt"
start 100 30 "cd '$TMPD' && WHOSAID_TEST_SLOW_ANALYSIS=1500 '$WHOSAID' strike.txt"
ok "analysing before an export" wait_until status_has "analysing"
keys e
ok "e waits for the analysis, then asks for the format" wait_for "export as html"
keys Enter Enter
ok "the export is written" wait_for "exported to strike.whosaid.html"
ok "with the claims" grep -q 'id="claim-1"' "$TMPD/strike.whosaid.html"
keys q
ok "q quits after the export" wait_ended

# Out of memory in the analysis (its thread asks for more than there
# is): the reader says so and exits 1, with the terminal restored by the
# reader's own thread.
start 100 30 "WHOSAID_TEST_SLOW_ANALYSIS=oom '$WHOSAID' '$ARTICLE' 2>'$TMPD/oom.err'"
ok "out of memory in the analysis ends the reader" wait_ended
ok "with status 1" exit_status_is 1
ok "saying so in one line" grep -qx "whosaid: out of memory" "$TMPD/oom.err"
ok "the terminal is restored after running out of memory" terminal_restored

# Out of memory on the reader's own thread: a search for "a" in 32 MB of
# "a a a" wants 16 million matches (128 MB) where the reader has 176 MB
# of address space and needs about half for the article.  The search
# exits through the allocation hook (it once said "out of memory" on the
# status line and went on), with the terminal restored first.  ASan
# reserves terabytes of address space, so a sanitizer build skips this.
if ! grep -q __asan_init "$WHOSAID" && command -v prlimit >/dev/null 2>&1; then
	awk 'BEGIN { for (i = 0; i < 500; i++) line = line "a "
		for (j = 0; j < 32768; j++) printf "%s\n\n", line }' >"$TMPD/as.txt"
	start 100 30 "WHOSAID_TEST_SLOW_ANALYSIS=60000 prlimit --as=$((176 << 20)) '$WHOSAID' '$TMPD/as.txt' 2>'$TMPD/oom.err'"
	ok "32 MB of 'a a a' opens in 176 MB" wait_for "^ a a a"
	keys /
	wait_for "^/" >/dev/null
	keys a Enter
	ok "a search for 'a' there runs out of memory and ends the reader" wait_ended
	ok "with status 1" exit_status_is 1
	ok "saying so in one line" grep -qx "whosaid: out of memory" "$TMPD/oom.err"
	ok "the terminal is restored after the search ran out of memory" terminal_restored
fi

done_testing

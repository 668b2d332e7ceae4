# The reader's search, driven in tmux: typographic quotes and apostrophes
# match their ASCII forms, a run of white space matches any other, and
# the prompt recalls the session's earlier queries with Up and Down.
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/tuilib.sh"

# Our own text: curly apostrophes and quotes, guillemets, runs of spaces.
ARTICLE="$TMPD/mayor.txt"
cat >"$ARTICLE" <<'TXT'
The Mayor’s Office Replies

The  mayor’s   office said on Monday that the plan was «settled».

“It is settled,” said Ana Ruiz, a spokeswoman.
TXT

search() { keys / && keys -l "$1" && keys Enter; }

for size in 80x24 40x12; do
	w=${size%x*} h=${size#*x}
	start "$w" "$h" "'$WHOSAID' '$ARTICLE'"
	wait_for "Replies" >/dev/null

	search "mayor's office"
	ok "$size: an ASCII apostrophe and one space find ’ and a run of spaces" wait_for "match 1 of 2"
	search '"settled"'
	ok "$size: ASCII double quotes find guillemets" wait_for "match 1 of 1"
	search '"it is'
	ok "$size: an ASCII double quote finds “" wait_for "match 1 of 1"
	search 'said  on   monday'
	ok "$size: a run of spaces in the query finds one space" wait_for "match 1 of 1"
	search "Anas"
	ok "$size: what is not there is still not found" wait_for "not found: Anas"

	# The prompt's history.
	keys /
	wait_until status_has '^/$' >/dev/null
	keys Up
	ok "$size: Up at the prompt recalls the last query" wait_until status_has '^/Anas *$'
	keys Up
	ok "$size: Up again, the one before" wait_until status_has '^/said  on   monday *$'
	keys Down
	ok "$size: Down goes forward again" wait_until status_has '^/Anas *$'
	keys Down
	ok "$size: Down past the last, an empty prompt" wait_until status_has '^/ *$'
	keys Up Up Up Enter
	ok "$size: a recalled query searches" wait_for "match 1 of 1"
	keys q
	ok "$size: q quits" wait_ended
	ok "$size: the terminal is restored" terminal_restored
done

start 120 40 "'$WHOSAID' '$ARTICLE'"
keys '?'
ok "the help says search finds curly quotes" wait_for "find curly quotes"
ok "the help lists the prompt's history" wait_for "earlier searches"
keys x q
ok "q quits" wait_ended

done_testing

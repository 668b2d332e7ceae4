# The reader on a larger article: the article is on screen first, plain,
# while it is analysed; then its claims are (status line, panel, colours),
# and a filter given on the command line applies once there are claims.
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/tuilib.sh"

# About 2 MB of news prose: the examples, repeated.
ARTICLE="$TMPD/long.txt"
cat "$WS_SRCDIR"/examples/*.txt >"$ARTICLE"
while [ "$(wc -c <"$ARTICLE")" -lt 2000000 ]; do
	cat "$ARTICLE" "$ARTICLE" >"$TMPD/double" && mv "$TMPD/double" "$ARTICLE"
done
TITLE='Dockworkers Extend Strike'

start 120 40 "'$WHOSAID' '$ARTICLE'"
ok "the article is shown" wait_for "^ +$TITLE"
ok "then its claims are counted on the status line" wait_until status_has " [0-9]+ claims"
ok "and the panel lists the speakers" wait_for "│ SPEAKERS"
ok "nothing says it is still analysing" wait_gone "analysing"
ok "claims are coloured" sgr_has "$ESC\\[[0-9;]*38;5;[0-9]+m"
keys Tab
ok "Tab goes to the first claim, with its speaker" wait_for "1/[0-9]+ · .* ▸ "
keys G
ok "G goes to the end" wait_for "100% *$"
keys q
ok "q quits" wait_ended
ok "the exit status is 0" exit_status_is 0
ok "the terminal is restored" terminal_restored

# A key pressed at once acts, whether the analysis is done or not.
start 120 40 "'$WHOSAID' '$ARTICLE'"
keys G
ok "a key pressed while analysing is not lost" wait_for "100% *$"
ok "the claims come all the same" wait_until status_has " [0-9]+ claims"
keys q
ok "q quits" wait_ended

# --speaker applies once the article is analysed.
start 120 40 "'$WHOSAID' --speaker 'Maria Okafor' '$ARTICLE'"
ok "--speaker filters by that speaker once the claims are there" wait_until status_has "\\[.*Maria Okafor.*\\]"
ok "--speaker does not say the speaker is unknown" screen_lacks "no speaker named"
keys q
ok "q quits" wait_ended

# A quotation carried over 1 MB of paragraphs, each a piece of one claim
# with its cue and credit in the first: the reader listed a claim in
# every block from its cue to its words, so each piece in every block
# before it (48 s to the claims of this 1 MB); a claim is listed in the
# blocks its words touch now (ws_block_claims, style.h): 0.13 s.
WS_SRCDIR=$WS_SRCDIR . "$WS_SRCDIR/tests/cliffs-gen.sh"
cliff_pieces 1024 "$TMPD/pieces.txt"
start 120 40 "'$WHOSAID' '$TMPD/pieces.txt'"
ok "the pieces of a quotation over 40,000 paragraphs are analysed and shown in time" \
	wait_until status_has " [0-9]+ claims"
keys G
ok "and G goes to its last piece" wait_for "We will go [0-9]+"
keys q
ok "q quits" wait_ended

done_testing

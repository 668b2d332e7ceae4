# The reader's `e` key, in a real terminal (tmux): it asks for a format
# and a file name, proposes ARTICLE.whosaid.EXT beside the article, asks
# before overwriting, writes what is on the screen (its filter) and never
# writes onto the article.
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/tuilib.sh"

mkdir "$TMPD/art"
cp "$WS_SRCDIR/examples/harbour-strike.txt" "$TMPD/art/strike.txt"
cp "$TMPD/art/strike.txt" "$TMPD/original.txt"

start 100 30 "cd '$TMPD/art' && '$WHOSAID' --speaker='Maria Okafor' strike.txt"
ok "the article opens" wait_for "Dockworkers Extend Strike"
keys e
ok "e asks for the format, html by default" wait_for "export as html, ansi, text or json \[html\]"
keys Enter
ok "then for the file, beside the article by default" wait_for "export to \[strike.whosaid.html\]"
keys Enter
ok "and says where it wrote" wait_for "exported to strike.whosaid.html"
ok "the page is there and well formed" \
	python3 "$WS_SRCDIR/tests/html_check.py" "$TMPD/art/strike.whosaid.html"
ok "it shows the screen's filter: other speakers' claims are dimmed" \
	grep -q 'class="[^"]*dim' "$TMPD/art/strike.whosaid.html"

keys e Enter Enter
ok "exporting again asks before overwriting" wait_for "strike.whosaid.html exists: overwrite\? \[y/N\]"
cp "$TMPD/art/strike.whosaid.html" "$TMPD/first.html"
echo changed >>"$TMPD/art/strike.whosaid.html"
keys n Enter
ok "no keeps the file" wait_for "not exported"
ok "  as it was" sh -c "tail -n 1 '$TMPD/art/strike.whosaid.html' | grep -q changed"

keys e a Enter
ok "a format can be given by its first letter" wait_for "export to \[strike.whosaid.ansi\]"
keys o u t . a n s i Enter
ok "and the file by name" wait_for "exported to out.ansi"
ok "the ANSI export has colours" grep -q "$(printf '\033')\[0;" "$TMPD/art/out.ansi"

keys e t Enter s t r i k e . t x t Enter
ok "writing onto the article asks first" wait_for "strike.txt exists: overwrite"
keys y Enter
ok "and is refused" wait_for "not exported: refusing to write strike.txt"
ok "the article is untouched" cmp -s "$TMPD/original.txt" "$TMPD/art/strike.txt"

keys u
ok "u turns the fact-checker view on" wait_for "fact-checker view"
keys e Enter u . h t m l Enter
ok "exported with the fact-checker view" wait_for "exported to u.html"
ok "  which marks unattributed assertions in the page" grep -q 'class="[^"]*unattr' "$TMPD/art/u.html"
ok "  unlike the first export" sh -c "! grep -q 'class=\"[^\"]*unattr' '$TMPD/first.html'"

keys e x Enter
ok "an unknown format is named" wait_for "unknown export format 'x'"
keys e Escape
ok "Escape cancels" wait_gone "export as"
keys q
ok "q quits" wait_ended
ok "the terminal is restored" terminal_restored
ok "and the reader exits 0" exit_status_is 0
done_testing

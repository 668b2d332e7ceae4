# The reader's side panel, driven in tmux at 120x40 (docked), 80x24 and
# 40x12 (an overlay): the legend's rows for "a person, no outlet" and
# "no one named", shares that add up to 100%, bars as long as the claims
# make them beside the speaker with the most, people named but credited
# with nothing dimmed after the speakers, the selected claim's speaker
# and outlet in the selection's look, cuts that end in an ellipsis, and
# a panel that widens with the terminal.
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/tuilib.sh"

# Our own article: one speaker with 8 claims, one with 4, one with 1, two
# outlets, one claim credited to no one, and two people named only.
ARTICLE="$TMPD/river.txt"
cat >"$ARTICLE" <<'EOF'
River Authority Delays the Weir Repairs

Marguerite Villanueva-Castellanos, the chief hydrologist of the Lower Thames Valley Catchment Partnership, said the weir would not reopen before spring.

"We need the water to fall first," Villanueva-Castellanos said.

She said the contractors were ready.

She added that the budget had not changed.

She said the survey boats were ready.

She said the old gates would be kept.

She said the fish passes would be widened.

She said the towpath would stay open.

Tom Price, a lock keeper, said he had never seen the river so low.

Price said the boats had stopped in June.

Price said the moorings were empty.

Price said the cafe had closed.

Ada Lim, a rower, said the club had moved upstream.

Reuters reported that the repairs would cost more than planned.

According to Bloomberg, the partnership wants a loan from the treasury.

Officials said the river had fallen by a metre.

The plan was drawn up under Mayor Odile Fairweather and approved by Councillor Bram Oduya.
EOF
NAME='Marguerite Villanueva-Castellanos'
ROLE='chief hydrologist of the Lower Thames Valley Catchment Partnership'
# The panel's items in their order: speakers, people named only, the legend.
ITEMS='Marguerite|Tom Price|Ada Lim|Odile Fairweather|Bram Oduya|Reuters|Bloomberg News|a person, no outlet|no one named'

# The panel's part of the screen: what follows its border.
panel() { screen | sed -n 's/^.*│//p'; }
panel_sgr() { screen_sgr | sed -n 's/^.*│//p'; }
# The panel's cursor (a background colour, in the dark theme) is on the row of NAME.
cursor_on() { panel_sgr | grep -F -- "$1" | grep -q "48;5;"; }

# walk_panel: give the panel the focus, go through every item with j and
# keep every row seen, in $TMPD/seen (text) and $TMPD/seen.sgr (escapes).
walk_panel() {
	: >"$TMPD/seen"
	: >"$TMPD/seen.sgr"
	keys s g
	first=1
	echo "$ITEMS" | tr '|' '\n' | while IFS= read -r item; do
		[ "$first" = 1 ] || keys j
		first=0
		wait_until cursor_on "$item" >/dev/null
		panel >>"$TMPD/seen"
		panel_sgr >>"$TMPD/seen.sgr"
	done
	keys q
}

seen_has() { grep -Eq -- "$1" "$TMPD/seen"; }
# bar_of NAME: the cells of the bar on NAME's row.
bar_of() { grep -F -- "$1" "$TMPD/seen" | head -n 1 | tr -cd '█' | wc -m | tr -d ' '; }
# The shares of the legend's rows, each row once, added up.
shares_sum() {
	grep '■' "$TMPD/seen" | sed 's/ *$//' | sort -u |
		sed -n 's/.* \([0-9][0-9]*\)%$/\1/p' | awk '{ s += $1 } END { print s + 0 }'
}
# Every row showing the start of FULL shows it whole or ends the cut in an ellipsis.
cut_marked() {
	start=$(printf '%s' "$1" | cut -c 1-12)
	grep -F -- "$start" "$TMPD/seen" | while IFS= read -r row; do
		case "$row" in *"$1"*|*…*) ;; *) echo "cut without an ellipsis: $row"; exit 1 ;; esac
	done
}
# A row holding TEXT is (or is not) drawn reversed: the selection's look.
reversed() { grep -F -- "$1" "$TMPD/seen.sgr" | grep -Eq "\\[[0-9;]*7m[^$ESC]*$1"; }
not_reversed() { ! reversed "$1"; }
dimmed() { grep -F -- "$1" "$TMPD/seen.sgr" | grep -Eq "\\[[0-9;]*2m[^$ESC]*$1"; }

for size in 120x40 80x24 40x12; do
	w=${size%x*} h=${size#*x}
	start "$w" "$h" "'$WHOSAID' '$ARTICLE'"
	wait_for "River Authority" >/dev/null
	wait_analysed >/dev/null
	keys Tab
	wait_until status_has "1/16" >/dev/null
	walk_panel

	ok "$size: the legend has a row for a person, no outlet (13 claims)" seen_has '■ a person, no outlet +13 +[0-9]+%'
	ok "$size: and one for no one named (1 claim)" seen_has '■ no one named +1 +[0-9]+%'
	ok "$size: the outlets have theirs" seen_has '■ Reuters +1 +[0-9]+%'
	ok "$size: the shares add up to 100% ($(shares_sum)%)" [ "$(shares_sum)" = 100 ]
	ok "$size: the speaker with the most claims has the whole bar (8 cells: $(bar_of Marguerite))" [ "$(bar_of Marguerite)" = 8 ]
	ok "$size: 4 claims of 8 make half of it ($(bar_of 'Tom Price'))" [ "$(bar_of 'Tom Price')" = 4 ]
	ok "$size: one claim makes one cell ($(bar_of 'Ada Lim'))" [ "$(bar_of 'Ada Lim')" = 1 ]
	ok "$size: people named, credited with nothing, are listed after the speakers" seen_has 'ALSO NAMED'
	ok "$size: ...dimmed" dimmed "Odile Fairweather"
	ok "$size: a cut name ends in an ellipsis" cut_marked "$NAME"
	ok "$size: a cut role ends in an ellipsis" cut_marked "$ROLE"
	ok "$size: the selected claim's speaker is drawn in the selection's look" reversed "Marguerite"
	ok "$size: and its row of the legend (no outlet)" reversed "a person, no outlet"
	ok "$size: other speakers are not" not_reversed "Tom Price"
	ok "$size: nor other outlets" not_reversed "Reuters"

	# The claim Reuters reported: its outlet, and no speaker, stand out.
	keys 1 3 ']'
	wait_until status_has "14/16" >/dev/null
	walk_panel
	ok "$size: another claim selected, its outlet stands out" reversed "Reuters"
	ok "$size: and the speaker of the first no longer does" not_reversed "Marguerite"
	keys q
	ok "$size: q quits" wait_ended
	ok "$size: the terminal is restored" terminal_restored
done

# The panel widens with the terminal, up to what its longest line needs.
start 200 50 "'$WHOSAID' '$ARTICLE'"
wait_for "River Authority" >/dev/null
wait_analysed >/dev/null
ok "200x50: the panel is wide enough for the longest role" wait_for "$ROLE"
ok "200x50: and the longest name" wait_for "$NAME"
keys q
wait_ended >/dev/null

done_testing

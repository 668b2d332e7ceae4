# The claim's whole credit in the reader, driven in tmux: the words that
# credit the outlet ("According to Xinhua") are marked as the person's
# words are, and the status line names the outlet with those words, the
# person with theirs, the cue and the kind, shortening as the width
# shrinks (kind first, then the outlet's words cut, then names cut with
# an ellipsis).
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/tuilib.sh"

# monsoon-summit: "According to Xinhua, Li told reporters that …" and
# "“…,” she told the ministers" (she: Haruka Tanaka).
ARTICLE="$WS_SRCDIR/examples/monsoon-summit.txt"

rank() { status_line | sed -n 's/^.* \([0-9][0-9]*\)\/[0-9][0-9]* .*$/\1/p'; }
rank_is_not() { [ "$(rank)" != "$1" ]; }

# tab_to ERE: Tab from claim to claim until the status line matches.
tab_to() {
	for _ in $(seq 40); do
		status_has "$1" && return 0
		r=$(rank)
		keys Tab
		wait_until rank_is_not "$r" >/dev/null || return 1
	done
	echo "# no claim's status line matched: $1"
	return 1
}

# The frame's words, bold (the credit's look) before any claim is selected.
VIA_BOLD="${ESC}\\[1(;[0-9]+)*m(${ESC}\\[[0-9;]*m)*According to Xinhua"
# ...and reversed too (the selection's look) once its claim is selected.
VIA_SELECTED="${ESC}\\[1(;[0-9]+)*;7m(${ESC}\\[[0-9;]*m)*According to Xinhua"

start 120 40 "'$WHOSAID' '$ARTICLE'"
wait_for "[0-9]+ claims" >/dev/null
ok "120x40: the words that credit an outlet are marked as a credit" line_sgr_has "According to Xinhua" "$VIA_BOLD"
ok "120x40: a claim inside an outlet's frame names the outlet with its words, then the person, cue and kind" \
	tab_to '· Xinhua \(“According to Xinhua”\) ▸ Li Wenjun ▸ told · mixed +[0-9]+%$'
ok "120x40: the selected claim's outlet words stand out with it" line_sgr_has "According to Xinhua" "$VIA_SELECTED"
keys g
ok "120x40: a person's words that are not their name are quoted (she)" \
	tab_to '· Haruka Tanaka \(“she”\) ▸ told · direct +[0-9]+%$'
keys q
ok "120x40: q quits" wait_ended

# The reference article, when the shared material is there: the issue's own example.
KERRY="${WS_SHARED:-}/articles/kerry-china.txt"
if [ -f "$KERRY" ]; then
	start 170 30 "'$WHOSAID' '$KERRY'"
	wait_for "[0-9]+ claims" >/dev/null
	ok "170x30: the credit of a title and the name says nothing more: not quoted" \
		tab_to '· Xinhua \(“According to the official Xinhua News Agency”\) ▸ Han Zheng ▸ was cited as telling · '
	ok "170x30: \"he\" is quoted, though Zheng holds the letters" \
		tab_to '· Associated Press \(“Per reports from the Associated Press \(AP\)”\) ▸ Han Zheng \(“he”\) ▸ stated · '
	ok "170x30: the outlet that speaks is quoted by its words" tab_to '· Politico \(“The outlet went on to report”\) ▸ John Kerry ▸ stated · '
	keys q
	ok "170x30: q quits" wait_ended
fi

start 80 24 "'$WHOSAID' '$ARTICLE'"
wait_for "[0-9]+ claims" >/dev/null
ok "80x24: without room for all, the kind goes first and the outlet's words are cut with an ellipsis" \
	tab_to '· Xinhua \(“According to [^”]*…”\) ▸ Li Wenjun ▸ told +[0-9]+%$'
ok "80x24: the selected claim's outlet words stand out with it" line_sgr_has "According to Xinhua" "$VIA_SELECTED"
keys q
ok "80x24: q quits" wait_ended

start 40 12 "'$WHOSAID' '$ARTICLE'"
wait_for "[0-9]+ claims" >/dev/null
ok "40x12: the outlet's words are left out first" tab_to '· Xinhua ▸ L'
ok "40x12: and the status line shows no quoted words" status_lacks 'According'
tm resize-window -t t -x 30 -y 12
ok "30x12: names that do not fit are cut with an ellipsis, before the position" \
	wait_until status_has '· Xin[^%]*… +[0-9]+%$'
keys q
ok "40x12: q quits" wait_ended
ok "40x12: the terminal is restored" terminal_restored

done_testing

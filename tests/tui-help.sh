# The reader's help overlay, driven in tmux at several sizes: it fits in
# a framed box, clears everything under it and a cell around it, scrolls
# with j k, Space b and g G so that every line of the key table can be
# read, says when more is above or below, and any other key closes it.
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/tuilib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 not found: skipping"; exit 77; }

# Our own article: every line full of a word the box must hide.
ARTICLE="$TMPD/zebras.txt"
{
	echo "Zebra Count Rises"
	echo
	i=0
	while [ "$i" -lt 60 ]; do
		echo "zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra zebra."
		echo
		i=$((i + 1))
	done
} >"$ARTICLE"

# The box on a screen, with the cell around it: its rows, cut to its
# columns and one more on each side (exit 1 if no box).  `box` reads the
# screen from stdin; `box_lists FILE...` prints, for each screen saved in
# a file, the list rows of its box as one line, the frame taken out,
# spaces collapsed (one python for many screens: it starts slowly).
cat >"$TMPD/box.py" <<'EOS'
import re, sys

def box(lines):
    t = [i for i, l in enumerate(lines) if "whosaid keys" in l]
    if not t:
        return None
    r = t[0]
    left, right = lines[r].index("\u2502"), lines[r].rindex("\u2502")
    bottom = r
    while bottom + 1 < len(lines) and len(lines[bottom + 1]) > left and lines[bottom + 1][left] == "\u2502":
        bottom += 1
    return [l[max(left - 1, 0):right + 2] for l in lines[max(r - 2, 0):bottom + 3]]

def listed(rows):
    start = [i for i, l in enumerate(rows) if "whosaid keys" in l][0]
    text = " ".join(rows[start + 1:])
    text = re.sub("[\u2502\u2500\u2193\u2191]", "", text).replace("more below", "").replace("more above", "")
    return " ".join(text.split())

if len(sys.argv) == 1:
    rows = box(sys.stdin.read().split("\n"))
    if rows is None:
        sys.exit(1)
    print("\n".join(rows))
else:
    for name in sys.argv[1:]:
        with open(name, encoding="utf-8") as f:
            rows = box(f.read().split("\n"))
        print(listed(rows) if rows is not None else "")
EOS
box() { python3 "$TMPD/box.py"; }
box_lists() { python3 "$TMPD/box.py" "$@"; }

# The key table's entries, "key description", spaces collapsed, one a line.
sed -n '/tui_help_lines\[\]\[2\] = {/,/{ NULL, NULL }/p' "$WS_SRCDIR/src/tui_keys.c" |
	sed -n 's/^[[:space:]]*{ "\(.*\)", "\(.*\)" },$/\1 \2/p' | sed 's/\\"/"/g' | tr -s ' ' |
	sed 's/^ //' >"$TMPD/entries"
ok "the key table has entries to show ($(wc -l <"$TMPD/entries"))" [ "$(wc -l <"$TMPD/entries")" -gt 10 ]

box_found() { screen | box >/dev/null; }
no_zebra_in_box() { ! screen | box | grep -i zebra >/dev/null; }
middle_has_zebra() { screen | sed -n "$((h / 2 - 1)),$((h / 2 + 1))p" | grep -q zebra; }
lacks_more() { ! screen | grep -q "more $1"; }

for size in 80x24 120x40 40x12; do
	w=${size%x*} h=${size#*x}
	start "$w" "$h" "'$WHOSAID' '$ARTICLE'"
	wait_for "Rises" >/dev/null
	keys '?'
	ok "$size: ? shows the help in a framed box" wait_until box_found
	ok "$size: nothing of the article shows in the box or around it" no_zebra_in_box
	[ "$w" -gt 80 ] && ok "$size: the article still shows outside it" wait_for zebra
	ok "$size: nothing above the first line" lacks_more above

	# Line by line to the end, keeping every screen of the list.  Only
	# the box says "more below" (the article is zebras).
	rm -f "$TMPD"/shown.*
	n=0
	screen >"$TMPD/shown.$n"
	while grep -q "more below" "$TMPD/shown.$n" && [ "$n" -lt 100 ]; do
		keys j
		wait_until screen_changed "$(cat "$TMPD/shown.$n")" >/dev/null || break
		n=$((n + 1))
		screen >"$TMPD/shown.$n"
	done
	box_lists "$TMPD"/shown.* >"$TMPD/seen"
	ok "$size: j scrolls to the end of the list" lacks_more below
	missing=$(while IFS= read -r e; do grep -qF -- "$e" "$TMPD/seen" || printf "%s; " "$e"; done <"$TMPD/entries")
	ok "$size: every entry of the key table was shown whole${missing:+ (missing: $missing)}" [ -z "$missing" ]
	ok "$size: still nothing of the article in or around the box" no_zebra_in_box
	if [ "$n" -gt 0 ]; then
		ok "$size: scrolled, it says more is above" wait_for "more above"
		keys g
		ok "$size: g goes back to the top" wait_gone "more above"
		ok "$size: there it says more is below" wait_for "more below"
		keys G
		ok "$size: G goes to the end" wait_gone "more below"
		keys k
		ok "$size: k goes up a line" wait_for "more below"
		keys Space
		ok "$size: Space goes down a page, to the end" wait_gone "more below"
		keys b
		ok "$size: b goes up a page" wait_for "more below"
		keys Down
		ok "$size: the arrows scroll too, not close" wait_until box_found
	else
		ok "$size: the whole list fits, nothing said below" lacks_more below
	fi
	ok "$size: the help is still up after its scrolling keys" box_found
	keys x
	ok "$size: another key closes it" wait_gone "whosaid keys"
	ok "$size: and the article is back where the box was" wait_until middle_has_zebra
	keys q
	ok "$size: q quits" wait_ended
	ok "$size: the terminal is restored" terminal_restored
done

done_testing

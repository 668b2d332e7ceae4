# The reader explains its marks, driven in tmux at 120x40, 80x24 and
# 40x12: without the docked panel a one-line legend of the outlets'
# colours, "no outlet" and "no one named", that `s` expands; a hint at
# `s` and `?` on the status line until the first key; the help's lines
# on what colour, bold, underline and italics mean; colours on screen
# that are far apart; and a status line that keeps the position, then
# the claim, and gives up the file name first, cut with an ellipsis.
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/tuilib.sh"
command -v python3 >/dev/null 2>&1 || { echo "python3 not found: skipping"; exit 77; }

# Our own article: Reuters and Bloomberg (once three lilacs with a person's
# claims), claims of a person alone, and one of no one named.
ARTICLE="$TMPD/weir-repairs-delayed.txt"
cat >"$ARTICLE" <<'EOF'
River Authority Delays the Weir Repairs

Reuters reported that the repairs would cost more than planned.

According to Bloomberg, the partnership wants a loan from the treasury.

Tom Price, a lock keeper, said he had never seen the river so low.

Officials said the river had fallen by a metre.
EOF

legend_line() { screen | sed -n "$(($2 - 1))p"; }
legend_has() { legend_line "$1" "$2" | grep -Eq -- "$3"; }
legend_lacks() { ! legend_has "$@"; }
status_lacks() { ! status_has "$1"; }
# The file name on the status line is whole, cut with an ellipsis, or left out.
name_whole_or_marked() {
	first=$(status_line | awk '{ print $1 }')
	case "$first" in
	weir-repairs-delayed.txt|*…|[0-9]*/[0-9]*) return 0 ;;
	*) echo "# the name shows as '$first'"; return 1 ;;
	esac
}

# The colours of the swatches on screen (xterm 256-colour indices), one
# per label ("no outlet" and "a person, no outlet" are one), each at
# least 0.15 apart in OKLab from the others and from the text: "no one
# named" has a colour of its own, not the person's.
swatches_apart() {
	screen_sgr | python3 -c '
import re, sys
screen = sys.stdin.read()
pairs = re.findall(r"38;5;(\d+)m\u25a0(?:\x1b\[[0-9;]*m)* ([^\x1b]*?)(?:  |\x1b|$)", screen)
by_label = {}
for n, label in pairs:
    label = label.strip()
    if "\u2502" in label:
        continue	# under the panel overlay: cut by its border
    if label == "a person, no outlet":
        label = "no outlet"
    by_label[label] = int(n)
def rgb(i):
    cube = [0, 0x5f, 0x87, 0xaf, 0xd7, 0xff]
    if i >= 232:
        v = 8 + (i - 232) * 10
        return (v, v, v)
    i -= 16
    return (cube[i // 36], cube[i // 6 % 6], cube[i % 6])
def lab(c):
    l = [x / 255 for x in c]
    l = [x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4 for x in l]
    r, g, b = l
    L = (0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b) ** (1 / 3)
    M = (0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b) ** (1 / 3)
    S = (0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b) ** (1 / 3)
    return (0.2104542553 * L + 0.7936177850 * M - 0.0040720468 * S,
            1.9779984951 * L - 2.4285922050 * M + 0.4505937099 * S,
            0.0259040371 * L + 0.7827717662 * M - 0.8086757660 * S)
def dist(a, b):
    return sum((x - y) ** 2 for x, y in zip(lab(a), lab(b))) ** 0.5
if len(by_label) < 4 or "no one named" not in by_label or "no outlet" not in by_label:
    sys.exit("only %s" % by_label)
cols = [rgb(i) for i in by_label.values()] + [(0xd0, 0xd0, 0xd0)]
least = min(dist(a, b) for i, a in enumerate(cols) for b in cols[:i])
print("# swatches %s: least distance %.3f" % (by_label, least))
sys.exit(least < 0.15)
'
}

# The foreground colour (38;5;N) TEXT is drawn in on screen: the last set before it on its line.
line_fg() {
	screen_sgr | python3 -c '
import re, sys
text = sys.argv[1]
for line in sys.stdin.read().split("\n"):
    plain = re.sub(r"\x1b\[[0-9;]*m", "", line)
    if text not in plain:
        continue
    start, fg, shown = plain.index(text), "default", 0
    for part in re.split(r"(\x1b\[[0-9;]*m)", line):
        if part.startswith("\x1b["):
            ps, i = part[2:-1].split(";"), 0
            while i < len(ps):
                if ps[i] == "38" and i + 2 < len(ps) and ps[i + 1] == "5":
                    fg, i = "38;5;" + ps[i + 2], i + 3
                    continue
                if ps[i] in ("", "0", "39"):
                    fg = "default"
                i += 1
        elif shown <= start < shown + len(part):
            print(fg)
            sys.exit(0)
        else:
            shown += len(part)
' "$1"
}
different_claim_colours() {
	person=$(line_fg 'never seen the river') no_one=$(line_fg 'river had fallen')
	echo "# a person alone: $person, no one named: $no_one"
	[ -n "$person" ] && [ -n "$no_one" ] && [ "$person" != "$no_one" ]
}

for size in 120x40 80x24 40x12; do
	w=${size%x*} h=${size#*x}
	start "$w" "$h" "'$WHOSAID' '$ARTICLE'"
	wait_for "River Authority" >/dev/null
	wait_analysed >/dev/null
	if [ "$w" -ge 100 ]; then
		ok "$size: the docked panel is the legend: no line for it" legend_lacks "$w" "$h" '■'
		ok "$size: the first screen hints at s and ?" status_has 's: legend, speakers · \?: help'
		ok "$size: the outlets' swatches are far apart on screen" swatches_apart
	else
		ok "$size: a one-line legend above the status line" legend_has "$w" "$h" '■ Reuters'
		if [ "$w" -ge 80 ]; then
			ok "$size: the legend has 'no outlet'" legend_has "$w" "$h" '■ no outlet'
			ok "$size: and 'no one named'" legend_has "$w" "$h" '■ no one named'
			ok "$size: the first screen hints at s and ?" status_has 's: legend, speakers · \?: help'
		else
			ok "$size: what does not fit is counted, with the key that shows it" legend_has "$w" "$h" '\+[0-9]+ more: s'
			ok "$size: the count of claims is not cut for the hint" status_has '4 claims'
		fi
		keys s
		ok "$size: s expands the legend into the panel" wait_for '■ a person, no outlet'
		ok "$size: with the no one named row" wait_for '■ no one named'
		ok "$size: the outlets' swatches are far apart on screen" swatches_apart
		keys q
		wait_gone 'a person, no outlet' >/dev/null
	fi
	if [ "$w" -ge 80 ]; then
		ok "$size: the claim of no one named is drawn in italics" \
			line_sgr_has 'river had fallen' "$ESC\\[([0-9]+;)*3(;[0-9]+)*m"
		ok "$size: and not in the person colour of Tom Price's claim" different_claim_colours
	fi
	keys j
	ok "$size: the hint goes at the first key" wait_until status_lacks '\?: help'

	# The status line: position first, then the claim, the file name last.
	keys Tab
	ok "$size: a claim selected, the position stays" wait_until status_has '1/4 .* [0-9]+% *$'
	ok "$size: the file name is whole, cut with an ellipsis or left out" name_whole_or_marked
	[ "$w" -ge 80 ] && ok "$size: with room, the file name is whole" status_has '^ weir-repairs-delayed.txt  1/4'
	keys q
	ok "$size: q quits" wait_ended
	ok "$size: the terminal is restored" terminal_restored
done

# The help says what the marks mean.
start 80 24 "'$WHOSAID' '$ARTICLE'"
wait_for "River Authority" >/dev/null
keys '?' G
for mark in "colour" "italics" "bold italics" "underline" "bold underline" "reverse"; do
	ok "the help says what $mark means" wait_for "│ $mark  "
done
keys x q
wait_ended >/dev/null

done_testing

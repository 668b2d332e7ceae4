# The text export: golden output for the example articles, the same text
# when standard output is not a terminal, and -o written whole.
. "$WS_SRCDIR/tests/lib.sh"

ex=$WS_SRCDIR/examples
golden=$WS_SRCDIR/tests/golden

# same_as FILE: the last command's output is exactly FILE.  After an
# intended change: make check TESTS=tests/export-text.sh WS_UPDATE_GOLDEN=1
same_as() {
	case $1 in
	"$golden"/*) [ -n "${WS_UPDATE_GOLDEN:-}" ] && cp "$TMPD/out" "$1" && echo "# updated $1" ;;
	esac
	cmp -s "$1" "$TMPD/out" || { diff -u "$1" "$TMPD/out" | head -n 20 | sed 's/^/#   /'; false; }
}

expect_status 0 "--export=text --width 60 exits 0" \
	"$WHOSAID" --export=text --width 60 "$ex/harbour-strike.txt"
ok "harbour-strike at 60 columns matches its golden text" same_as "$golden/harbour-strike.w60.txt"
expect_status 0 "--export=text --width 30 on CJK and emoji exits 0" \
	"$WHOSAID" --export=text --width 30 "$ex/monsoon-summit.txt"
ok "monsoon-summit at 30 columns matches its golden text" same_as "$golden/monsoon-summit.w30.txt"
ok "it is safe to show on a terminal" "$WS_BUILDDIR/tests/fuzz/check_output" text "$TMPD/out"

"$WHOSAID" --export=text --width 80 "$ex/harbour-strike.txt" >"$TMPD/want" 2>&1
expect_status 0 "piped, whosaid FILE exits 0" sh -c '"$1" "$2" | cat' sh "$WHOSAID" "$ex/harbour-strike.txt"
ok "piped, whosaid FILE prints the text export at 80 columns" same_as "$TMPD/want"

expect_status 0 "-o FILE exits 0" "$WHOSAID" --export=text --width 80 -o "$TMPD/export.txt" "$ex/harbour-strike.txt"
ok "-o FILE prints nothing" test ! -s "$TMPD/out"
cp "$TMPD/export.txt" "$TMPD/out"
ok "-o FILE holds the same text as standard output" same_as "$TMPD/want"
ok "-o FILE leaves no temporary file behind" test "$(ls "$TMPD" | grep -c export)" -eq 1

# The attribution: each claim marked [N]…[/N] in the text, and the key.
printf 'Port Talks Stall\n\nMaria Okafor told Reuters that the port would stay shut.\n\n\342\200\234We had no choice,\342\200\235 she said.\n' \
	>"$TMPD/key.txt"
cat >"$TMPD/key.want" <<'TXT'
Port Talks Stall
================

Maria Okafor told Reuters that [1]the
port would stay shut[/1].

[2]“We had no choice,”[/2] she said.

Who said what
-------------

[1] Reuters ▸ Maria Okafor ▸ told — “the
port would stay shut”

[2] no outlet ▸ Maria Okafor ▸ said —
“We had no choice”
TXT
expect_status 0 "claims marked: exits 0" "$WHOSAID" --export=text --width 40 "$TMPD/key.txt"
ok "claims marked [N]…[/N] in the text, and a key of outlet, person, cue and words" \
	same_as "$TMPD/key.want"
expect_status 0 "piped, the reader prints the same" sh -c '"$1" --width 40 "$2" | cat' sh "$WHOSAID" "$TMPD/key.txt"
ok "  marks and key" same_as "$TMPD/key.want"
expect_status 0 "--source keeps only that outlet's claims" "$WHOSAID" --export=text --width 40 --source=Reuters "$TMPD/key.txt"
ok "  marked and in the key" sh -c 'grep -q "\[1\]the" "$1" && grep -q "^\[1\] Reuters" "$1" && ! grep -q "\[2\]" "$1"' sh "$TMPD/out"
expect_status 0 "--speaker naming nobody: no marks, no key" "$WHOSAID" --export=text --width 40 --speaker=Nobody "$TMPD/key.txt"
ok "  the plain text" sh -c '! grep -q "\[1\]\|Who said what" "$1"' sh "$TMPD/out"

# A claim its outlet itself reports names the outlet once in the key.
printf 'Port Shut\n\nThe port would stay shut until Monday, Reuters reported.\n' >"$TMPD/outlet.txt"
expect_status 0 "an outlet's own claim: exits 0" "$WHOSAID" --export=text --width 72 "$TMPD/outlet.txt"
ok "  its key line names the outlet once" grep -qx '\[1\] Reuters ▸ reported — “The port would stay shut until Monday”' "$TMPD/out"
ok "  (not as its person too)" sh -c '! grep -q "Reuters ▸ Reuters" "$1"' sh "$TMPD/out"

# No line, key included, is wider than the width (the examples' text is
# all one column a character but for CJK, which this leaves out).
widest_ok() {
	for w in 8 13 21 34 55 89; do
		"$WHOSAID" --export=text --width $w "$ex/harbour-strike.txt" >"$TMPD/w.txt" || return 1
		grep -q '^\[24\]' "$TMPD/w.txt" || return 1	# the key's last line
		python3 -c '
import sys
w = int(sys.argv[2])
bad = [l for l in open(sys.argv[1], encoding="utf-8").read().splitlines() if len(l) > w]
for l in bad: print("#   %d > %d: %s" % (len(l), w, l))
sys.exit(1 if bad else 0)' "$TMPD/w.txt" $w || return 1
	done
}
ok "marks and key fit the width, from 8 to 89 columns" widest_ok

# A paragraph longer than a part (64 KB: export_text.c) is marked and
# laid out a part at a time: every word of it once, in order, every
# mark once, and no line wider than the width, at any width.
awk 'NR > 1 && NF { printf "%s ", $0 }' "$ex/harbour-strike.txt" >"$TMPD/para1"
while [ "$(wc -c <"$TMPD/para1")" -lt 300000 ]; do
	cat "$TMPD/para1" "$TMPD/para1" >"$TMPD/para2" && mv "$TMPD/para2" "$TMPD/para1"
done
{ echo "Harbour Strike, All Day"; echo; cat "$TMPD/para1"; echo; } >"$TMPD/long.txt"
long_paragraph_ok() {
	# (4 and 5 columns break marks: "[/3072]" is 7 wide.)
	for w in 4 5 7 33 80; do
		"$WHOSAID" --export=text --width $w "$TMPD/long.txt" >"$TMPD/long.out" || return 1
		python3 - "$TMPD/long.txt" "$TMPD/long.out" $w <<'PY' || return 1
import re, sys
src, out, w = open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], encoding="utf-8").read(), int(sys.argv[3])
wide = [l for l in out.splitlines() if len(l) > w]
# White space left out: a mark or a word may be broken across lines.
text = "\n".join(l for l in out.splitlines() if not re.fullmatch(r"[=-]+", l))
flat = "".join(text.split()).replace("-", "").split("Whosaidwhat")[0]
marks = re.findall(r"\[(/?)(\d+)\]", flat)
opens = [int(n) for c, n in marks if not c]
closes = sorted(int(n) for c, n in marks if c)
problems = []
if wide:
    problems.append("%d lines wider than %d" % (len(wide), w))
if opens != sorted(set(opens)) or closes != sorted(opens) or not opens:
    problems.append("marks not once each, in order: %d opened, %d closed" % (len(opens), len(closes)))
if re.sub(r"\[/?\d+\]", "", flat) != "".join(src.split()).replace("-", ""):
    problems.append("the words are not the article's, once each")
for p in problems:
    print("#   width %d: %s" % (w, p))
sys.exit(1 if problems else 0)
PY
	done
}
ok "a paragraph of 300 KB: its words and marks once each, in order, within the width" \
	long_paragraph_ok

cp "$ex/harbour-strike.txt" "$TMPD/article.txt"
expect_status 1 "-o onto the input exits 1" "$WHOSAID" --export=text -o "$TMPD/article.txt" "$TMPD/article.txt"
ok "-o onto the input: a one-line message" one_line_error
ok "-o onto the input: the article is untouched" cmp -s "$ex/harbour-strike.txt" "$TMPD/article.txt"
done_testing

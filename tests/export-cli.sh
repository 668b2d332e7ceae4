# Exporting from the command line: formats, batches into a directory,
# --stats, the --speaker and --source filters, and atomic writes.
. "$WS_SRCDIR/tests/lib.sh"
ex="$WS_SRCDIR/examples"

cat >"$TMPD/a.txt" <<'ART'
Ferry Fares Rise Again

“The fares have to rise,” said Tom Veld, the harbour master, according to Reuters.

Anna Kroll told the Associated Press that the rise was unfair.
ART
cat >"$TMPD/b.txt" <<'ART'
Bridge Closes for Repairs

“We will reopen in May,” Anna Kroll, the city engineer, told the Associated Press.
ART

expect_status 0 "ANSI export succeeds" "$WHOSAID" --export=ansi "$TMPD/a.txt"
ok "ANSI export colours the claims" grep -q "$(printf '\033')\[" "$TMPD/out"
expect_status 0 "ANSI export in 256 colours by default" env -u COLORTERM "$WHOSAID" --export=ansi "$TMPD/a.txt"
ok "  38;5;N" grep -q "38;5;[0-9]" "$TMPD/out"
expect_status 0 "ANSI export with COLORTERM=truecolor" env COLORTERM=truecolor "$WHOSAID" --export=ansi "$TMPD/a.txt"
ok "  has the theme's RGB colours" grep -q "38;2;[0-9]*;[0-9]*;[0-9]*m" "$TMPD/out"
expect_status 0 "ANSI export under NO_COLOR" env NO_COLOR=1 "$WHOSAID" --export=ansi "$TMPD/a.txt"
ok "  has attributes and no colour" sh -c "grep -q '\[0;[0-9;]*m' '$TMPD/out' && ! grep -q '38;' '$TMPD/out'"
expect_status 0 "text export succeeds" "$WHOSAID" --export=text --width=40 "$TMPD/a.txt"
ok "text export follows the width" python3 -c 'import sys; assert max(len(l) for l in open(sys.argv[1], encoding="utf-8").read().splitlines()) <= 40' "$TMPD/out"
ok "text export has no escape sequence" sh -c "! grep -q \"\$(printf '\\033')\" '$TMPD/out'"

# A hostile article: once the exporter's own SGR sequences are taken out,
# no control character, C1 control or bidi override is left.
. "$WS_SRCDIR/tests/export-hostile.sh"
only_safe_bytes() {
	python3 - "$1" <<'PY'
import re, sys
b = re.sub(rb"\x1b\[[0-9;]*m", b"", open(sys.argv[1], "rb").read())
bad = re.search(rb"[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]", b)
assert bad is None, b[max(0, bad.start() - 20):bad.end() + 20]
PY
}
for fmt in ansi text; do
	expect_status 0 "a hostile article exports to $fmt" "$WHOSAID" --export=$fmt "$TMPD/hostile.txt"
	ok "  nothing from it reaches the terminal raw" only_safe_bytes "$TMPD/out"
	ok "  its escapes show as placeholders" grep -q '\^\[\[31mred' "$TMPD/out"
done

# A web page: the page's publisher is named in the HTML export's header.
expect_status 0 "a web page exports to HTML" "$WHOSAID" --export=html "$WS_SRCDIR/tests/pages/harbour-daily.html"
ok "  naming its publisher" grep -q '<header class="meta">harbour-daily.html · published by The Harbour Daily · ' "$TMPD/out"

# Themes.
printf 'background light\ncolor text #101010 #fafafa\n' >"$TMPD/paper.theme"
expect_status 0 "--theme takes a theme file" "$WHOSAID" --export=html --theme="$TMPD/paper.theme" "$TMPD/a.txt"
ok "  a light theme makes a light page" grep -q 'color-scheme:light' "$TMPD/out"
ok "  in its colours" grep -q 'body,.claim::after{background:#fafafa;color:#101010}' "$TMPD/out"
ok "  and no other scheme" sh -c '! grep -q prefers-color-scheme "$1"' sh "$TMPD/out"
printf 'color text nosuchcolour default\n' >"$TMPD/bad.theme"
expect_status 1 "a malformed theme is an error" "$WHOSAID" --export=ansi --theme="$TMPD/bad.theme" "$TMPD/a.txt"
ok "  saying where" grep -q "bad.theme:1: " "$TMPD/err"
ok "  in one line" one_line_error

# Batch: one file per article in a directory.
mkdir "$TMPD/outdir"
expect_status 0 "-o DIR/ writes one file per article" "$WHOSAID" --export=html -o "$TMPD/outdir/" "$TMPD/a.txt" "$TMPD/b.txt"
ok "  a.whosaid.html" test -s "$TMPD/outdir/a.whosaid.html"
ok "  b.whosaid.html" test -s "$TMPD/outdir/b.whosaid.html"
ok "  and nothing else" test "$(ls "$TMPD/outdir" | wc -l)" -eq 2
expect_status 0 "-o names an existing directory without the slash" "$WHOSAID" --export=json -o "$TMPD/outdir" "$TMPD/a.txt"
ok "  a.whosaid.json" test -s "$TMPD/outdir/a.whosaid.json"
expect_status 0 "text batch" "$WHOSAID" --export=text -o "$TMPD/outdir/" "$TMPD/a.txt"
ok "  a.whosaid.txt is the text export" cmp -s "$TMPD/outdir/a.whosaid.txt" - <<EOF2
$("$WHOSAID" --export=text "$TMPD/a.txt")
EOF2
mkdir "$TMPD/sub"; cp "$TMPD/a.txt" "$TMPD/sub/a.txt"
expect_status 1 "two articles with one name: the batch is refused" "$WHOSAID" --export=ansi -o "$TMPD/outdir/" "$TMPD/a.txt" "$TMPD/sub/a.txt"
ok "  and says so" grep -q 'would both be written to' "$TMPD/err"
ok "  before anything is written" test ! -e "$TMPD/outdir/a.whosaid.ansi"
expect_status 1 "a missing article fails the batch" "$WHOSAID" --export=html -o "$TMPD/outdir/" "$TMPD/missing.txt" "$TMPD/b.txt"
ok "  but not the other articles" test -s "$TMPD/outdir/b.whosaid.html"
expect_status 2 "several articles into one HTML page is a usage error" "$WHOSAID" --export=html -o "$TMPD/one.html" "$TMPD/a.txt" "$TMPD/b.txt"
ok "  one line saying what to do" sh -c "grep -q 'give -o DIR/' '$TMPD/err'"

expect_status 1 "-o into a directory whose parent is missing fails" "$WHOSAID" --export=html -o "$TMPD/nodir/sub/" "$TMPD/a.txt" "$TMPD/b.txt"
ok "  with one line naming it" sh -c "[ \"\$(cat '$TMPD/err')\" = 'whosaid: cannot make the directory $TMPD/nodir/sub/: No such file or directory' ]"

# Standard input.
expect_status 0 "an article on standard input exports to HTML" sh -c "'$WHOSAID' --export=html <'$TMPD/a.txt'"
ok "  named (stdin) in the header" grep -q '<header class="meta">(stdin) · ' "$TMPD/out"
mkdir "$TMPD/stdin-out"
expect_status 0 "and into a directory" sh -c "'$WHOSAID' --export=ansi -o '$TMPD/stdin-out/' - <'$TMPD/a.txt'"
ok "  as stdin.whosaid.ansi" test -s "$TMPD/stdin-out/stdin.whosaid.ansi"

# Atomic writes.
echo "earlier" >"$TMPD/keep.html"
chmod a-w "$TMPD/outdir"
if [ "$(id -u)" != 0 ]; then
	expect_status 1 "an unwritable directory fails with a reason" "$WHOSAID" --export=html -o "$TMPD/outdir/" "$TMPD/a.txt"
	ok "  one line" one_line_error
fi
chmod u+w "$TMPD/outdir"
expect_status 1 "a failed export leaves the earlier file" "$WHOSAID" --export=html -o "$TMPD/keep.html" "$TMPD/missing.txt"
ok "  intact" test "$(cat "$TMPD/keep.html")" = earlier
cp "$TMPD/a.txt" "$TMPD/self.txt"
expect_status 1 "an export never writes onto its input" "$WHOSAID" --export=text -o "$TMPD/self.txt" "$TMPD/self.txt"
ok "  the input is unchanged" cmp -s "$TMPD/a.txt" "$TMPD/self.txt"
mkdir "$TMPD/self"; cp "$TMPD/a.txt" "$TMPD/self/a.txt"; cp "$TMPD/b.txt" "$TMPD/self/a.whosaid.txt"
expect_status 1 "nor in batch mode, when one article's export would be another article" \
	"$WHOSAID" --export=text -o "$TMPD/self/" "$TMPD/self/a.txt" "$TMPD/self/a.whosaid.txt"
ok "  the input is unchanged" cmp -s "$TMPD/b.txt" "$TMPD/self/a.whosaid.txt"
ok "  the batch is refused before anything is written" test ! -e "$TMPD/self/a.whosaid.whosaid.txt"
ok "  no temporary file is left behind" test "$(ls -A "$TMPD/self" | wc -l)" -eq 2

# --stats over several articles.
expect_status 0 "--stats prints a table" "$WHOSAID" --stats "$TMPD/a.txt" "$TMPD/b.txt"
ok "  with a heading for outlets" grep -q '^OUTLET  *CLAIMS  FILES$' "$TMPD/out"
ok "  and one for speakers" grep -q '^SPEAKER  *CLAIMS  FILES$' "$TMPD/out"
ok "  the files counted" grep -q ' in 2 files$' "$TMPD/out"
expect_status 0 "--stats --export=json" "$WHOSAID" --stats --export=json "$TMPD/a.txt" "$TMPD/b.txt"
ok "  is one JSON object" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["files"] == 2' "$TMPD/out"
ok "  with the same counts as the table" python3 - "$TMPD/out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["claims"] == sum(o["claims"] for o in d["outlets"]) + d["no_outlet"]
assert d["claims"] == sum(s["claims"] for s in d["speakers"]) + d["no_speaker"]
PY
expect_status 0 "--stats -o FILE" "$WHOSAID" --stats -o "$TMPD/stats.txt" "$TMPD/a.txt"
ok "  writes the table to FILE" grep -q '^OUTLET' "$TMPD/stats.txt"
expect_status 0 "--stats -o FILE.json" "$WHOSAID" --stats -o "$TMPD/stats.json" "$TMPD/a.txt"
ok "  writes JSON, as its name says" python3 -c 'import json,sys; assert json.load(open(sys.argv[1]))["files"] == 1' "$TMPD/stats.json"
expect_status 2 "--stats --export=html is refused" "$WHOSAID" --stats --export=html "$TMPD/a.txt"
ok "  saying what --stats writes" grep -q '^whosaid: --stats writes a table (--export=text) or JSON (--export=json), not HTML$' "$TMPD/err"
expect_status 2 "--stats -o s.html is refused" "$WHOSAID" --stats -o "$TMPD/s.html" "$TMPD/a.txt"
ok "  and s.html is not written" test ! -e "$TMPD/s.html"
expect_status 2 "--stats --export=ansi is refused" "$WHOSAID" --stats --export=ansi "$TMPD/a.txt"

# Filters.
# Filters that filter: JSON, text and ANSI keep only the claims named;
# HTML dims the others and its header says how many it shows.
printf 'Port Talks Stall\n\nMaria Okafor told Reuters that the port would stay shut.\n\nThe minister said talks would resume on Monday.\n' \
	>"$TMPD/two.txt"
expect_status 0 "--source keeps only its claims in JSON" "$WHOSAID" --export=json --source=Reuters "$TMPD/two.txt"
ok "  one claim, Reuters's, numbered as in the article" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert [(c["n"], c["source"]) for c in d["claims"]] == [(1, "reuters")], d["claims"]' "$TMPD/out"
expect_status 0 "--speaker keeps only theirs" "$WHOSAID" --export=json --speaker=minister "$TMPD/two.txt"
"$WHOSAID" --export=json "$TMPD/two.txt" >"$TMPD/all.json"
ok "  or none when nobody is named so (two claims unfiltered)" python3 -c '
import json, sys
assert len(json.load(open(sys.argv[1]))["claims"]) == 2
assert all(c["source"] is None for c in json.load(open(sys.argv[2]))["claims"])' "$TMPD/all.json" "$TMPD/out"
expect_status 0 "--source in ANSI" env NO_COLOR=1 "$WHOSAID" --export=ansi --source=Reuters "$TMPD/two.txt"
ok "  the other claim is plain, not dimmed" sh -c '
	grep -q "talks would resume on Monday" "$1" && ! grep -q "talks would$(printf "\033")" "$1" &&
	! grep -q "$(printf "\033")\[0;2" "$1" && grep -q "$(printf "\033")\[0;4mthe port would stay shut" "$1"' sh "$TMPD/out"
expect_status 0 "--source in HTML" "$WHOSAID" --export=html --source=Reuters -o "$TMPD/two.html" "$TMPD/two.txt"
ok "  the header says what it shows" grep -q "showing 1 of 2 claims (Maria Okafor, Reuters)" "$TMPD/two.html"
ok "  and the other claim is there, dimmed" grep -q 'class="[^"]*dim' "$TMPD/two.html"
expect_status 0 "--speaker narrows --stats to one person" "$WHOSAID" --stats --export=json --speaker="anna kroll" "$TMPD/a.txt" "$TMPD/b.txt"
ok "  only their claims" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [s["name"] for s in d["speakers"]] in ([], ["Anna Kroll"]), d' "$TMPD/out"
expect_status 0 "--source narrows --stats to one outlet" "$WHOSAID" --stats --export=json --source=Reuters "$TMPD/a.txt" "$TMPD/b.txt"
ok "  only its claims" python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert [o["name"] for o in d["outlets"]] in ([], ["Reuters"]) and d["no_outlet"] == 0, d' "$TMPD/out"
expect_status 0 "a filter that names no one still exports" "$WHOSAID" --export=text --speaker=Nobody "$TMPD/a.txt"
ok "  with a warning" grep -q "warning: no speaker named 'Nobody'" "$TMPD/err"
done_testing

# The JSON export against its schema (docs/whosaid.schema.json): every
# example, test page and hostile input, in each offset unit, validates, and
# the offsets cut out of the input what the texts say, as Python and
# JavaScript slice strings.  A file name that is not UTF-8 still gives
# UTF-8 JSON, with the name's bytes in file_bytes.
. "$WS_SRCDIR/tests/lib.sh"
XDG_CONFIG_HOME="$TMPD/config"; HOME="$TMPD"; export XDG_CONFIG_HOME HOME
SCHEMA="$WS_SRCDIR/docs/whosaid.schema.json"

if ! python3 -c 'import jsonschema' 2>/dev/null; then
	echo "1..0 # SKIP python3-jsonschema is not installed"
	exit 0
fi

# check NAME INPUT [OPTIONS...]: export INPUT in every unit, to be
# validated and sliced by check_all, which reports them.
: >"$TMPD/checks" >"$TMPD/labels"
nchecks=0
check() {
	label=$1; input=$2; shift 2
	for unit in bytes chars utf16; do
		nchecks=$((nchecks + 1))
		out="$TMPD/out.$nchecks.jsonl"
		"$WHOSAID" --export=json --offsets=$unit "$@" "$input" >"$out" 2>"$TMPD/err" || {
			ok "$label, $unit: exports" false; cat "$TMPD/err" | sed 's/^/#   /'; continue; }
		printf '%s\t%s\t--slices\n' "$input" "$out" >>"$TMPD/checks"
		printf '%s, %s: valid, and every offset cuts its text\n' "$label" "$unit" >>"$TMPD/labels"
	done
}

# check_all: one python validates and slices every export check wrote.
check_all() {
	python3 "$WS_SRCDIR/tests/json_check.py" --batch "$SCHEMA" "$TMPD/checks" >"$TMPD/verdicts" ||
		echo "# json_check.py --batch failed" >&2
	ok "every export was checked" [ "$(wc -l <"$TMPD/verdicts")" -eq "$(wc -l <"$TMPD/labels")" ]
	paste -d '\t' "$TMPD/labels" "$TMPD/verdicts" >"$TMPD/results"
	while IFS='	' read -r label verdict; do
		[ "$verdict" = ok ] || echo "# $verdict"
		ok "$label" [ "$verdict" = ok ]
	done <"$TMPD/results"
}

for f in "$WS_SRCDIR"/examples/*.txt "$WS_SRCDIR"/tests/pages/*.html; do
	check "$(basename "$f")" "$f"
done

. "$WS_SRCDIR/tests/export-hostile.sh"
check "hostile article" "$TMPD/hostile.txt"

# Characters of every length, one beyond U+FFFF before each claim (two
# UTF-16 units, four bytes, one code point), and CRLF with a byte order mark.
printf '\357\273\277Caf\303\251 \360\237\214\215 Talks\r\n\r\n\360\237\214\215 Okafor said \342\200\234the port \360\237\232\242 would stay shut\342\200\235.\r\n\r\n\344\270\255\346\226\207 Li Wei told Xinhua that \360\237\214\215 talks would resume.\n' \
	>"$TMPD/astral.txt"
check "astral characters, CRLF and BOM" "$TMPD/astral.txt"

# And as JavaScript itself slices, where node is installed.
if command -v node >/dev/null 2>&1; then
	"$WHOSAID" --export=json --offsets=utf16 "$TMPD/astral.txt" >"$TMPD/astral.json"
	ok "astral characters: node's String.slice cuts each claim's text" node -e '
const fs = require("fs");
const d = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
const text = new TextDecoder("utf-8", {ignoreBOM: true}).decode(fs.readFileSync(process.argv[2]));
if (d.claims.length < 2) process.exit(1);
for (const c of d.claims)
	if (text.slice(c.start, c.end).replace(/\r\n?/g, "\n") !== c.text) process.exit(1);
' "$TMPD/astral.json" "$TMPD/astral.txt"
fi

printf 'Bad \377 bytes \342\202 and \355\240\200 surrogates.\n\nOkafor said \300\257 the \360\237 port would stay \342\200 shut.\n' \
	>"$TMPD/invalid.txt"
check "ill-formed UTF-8" "$TMPD/invalid.txt"

printf '\377\376H\000a\000r\000b\000o\000u\000r\000\n\000\n\000O\000k\000a\000f\000o\000r\000 \000s\000a\000i\000d\000 \000t\000h\000e\000 \000p\000o\000r\000t\000 \000w\000o\000u\000l\000d\000 \000c\000l\000o\000s\000e\000.\000\n\000' \
	>"$TMPD/utf16.txt"
check "UTF-16 with its BOM" "$TMPD/utf16.txt"

printf '# Harbour \360\237\214\215\n\nMaria *Okafor* said the \360\237\232\242 port would stay shut.\n' >"$TMPD/story.md"
check "Markdown" "$TMPD/story.md"

: >"$TMPD/empty.txt"
check "empty input" "$TMPD/empty.txt"

printf '\000\001\002\377\376binary\000\033[31m data "said" \200\201\n' >"$TMPD/binary.bin"
check "binary input with --force" "$TMPD/binary.bin" --force
check_all

# A file name that is not UTF-8 (and one with a control character).
bad=$(printf 'x\377\300y\001.txt')
cp "$WS_SRCDIR/examples/monsoon-summit.txt" "$TMPD/$bad"
(cd "$TMPD" && "$WHOSAID" --export=json "$bad") >"$TMPD/name.jsonl"
ok "a file name that is not UTF-8: valid against the schema" \
	python3 "$WS_SRCDIR/tests/json_check.py" "$SCHEMA" "$TMPD/$bad" "$TMPD/name.jsonl"
ok "  file has U+FFFD for each bad byte, file_bytes the name's bytes" python3 -c '
import base64, json, sys
d = json.loads(open(sys.argv[1], "rb").read().decode("utf-8"))
assert d["file"] == "x\ufffd\ufffdy\x01.txt", d["file"]
assert base64.b64decode(d["file_bytes"]) == b"x\xff\xc0y\x01.txt", d["file_bytes"]
' "$TMPD/name.jsonl"
ok "  a UTF-8 name has file_bytes null" python3 -c '
import json, sys
assert json.load(open(sys.argv[1]))["file_bytes"] is None' "$TMPD/out.$nchecks.jsonl"

# n is the number of the HTML export's anchor #claim-N of the same claim.
art="$WS_SRCDIR/examples/harbour-strike.txt"
"$WHOSAID" --export=json "$art" >"$TMPD/n.json"
"$WHOSAID" --export=html -o "$TMPD/n.html" "$art"
ok "n: the claims' numbers are the HTML's anchors" python3 -c '
import json, re, sys
d = json.load(open(sys.argv[1]))
html = open(sys.argv[2], encoding="utf-8").read()
anchors = sorted(int(n) for n in re.findall(r"id=\"claim-(\d+)\"", html))
assert [c["n"] for c in d["claims"]] == anchors == list(range(1, len(anchors) + 1)), anchors
' "$TMPD/n.json" "$TMPD/n.html"

expect_status 2 "--offsets=words is refused" "$WHOSAID" --export=json --offsets=words "$art"
ok "  naming the units it knows" grep -q "bytes, chars, utf16" "$TMPD/err"
expect_status 2 "--offsets with --export=text is refused" "$WHOSAID" --export=text --offsets=chars "$art"
ok "  saying why" grep -q "^whosaid: --offsets is for the offsets of --export=json" "$TMPD/err"

done_testing

# The JSON export: golden output on the example articles, valid JSON and
# bounded time on bad input, offsets into the input as read.
. "$WS_SRCDIR/tests/lib.sh"
XDG_CONFIG_HOME="$TMPD/config"; HOME="$TMPD"; export XDG_CONFIG_HOME HOME

have_python=no
command -v python3 >/dev/null 2>&1 && have_python=yes
LIMIT=
command -v timeout >/dev/null 2>&1 && LIMIT="timeout 60"

# valid_json FILE: one JSON object a line (skipped without python3).
valid_json() {
	[ "$have_python" = no ] && return 0
	python3 -c '
import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    assert isinstance(d, dict) and "claims" in d and "people" in d and "sources" in d
' "$1"
}

# The example articles, compared with tests/golden/NAME.json.
for article in "$WS_SRCDIR"/examples/*.txt; do
	art=$(basename "$article" .txt)
	golden="$WS_SRCDIR/tests/golden/$art.json"
	(cd "$WS_SRCDIR/examples" && "$WHOSAID" --export=json "$art.txt") >"$TMPD/$art.json"
	if [ -n "${WS_UPDATE_GOLDEN:-}" ]; then
		cp "$TMPD/$art.json" "$golden"
		echo "# updated $golden"
	fi
	ok "$art: the JSON export is as in tests/golden/$art.json" cmp -s "$golden" "$TMPD/$art.json"
	if ! cmp -s "$golden" "$TMPD/$art.json"; then
		diff "$golden" "$TMPD/$art.json" | head -c 2000 | sed 's/^/#   /'
		echo "#   If the new output is right: make check TESTS=tests/analyze-json.sh WS_UPDATE_GOLDEN=1"
	fi
	ok "$art: the JSON export is valid JSON" valid_json "$TMPD/$art.json"
done

# json_of NAME ARGS...: export, within the time limit, into $TMPD/NAME.json.
json_of() {
	out=$1; shift
	$LIMIT "$WHOSAID" --export=json "$@" >"$TMPD/$out.json" 2>"$TMPD/$out.err"
}

: >"$TMPD/empty.txt"
ok "empty input: exports" json_of empty "$TMPD/empty.txt"
ok "empty input: valid JSON" valid_json "$TMPD/empty.json"

printf '\000\001\002\377\376binary\000\033[31m data \200\201\n' >"$TMPD/binary.bin"
ok "binary input with --force: exports" json_of binary --force "$TMPD/binary.bin"
ok "binary input with --force: valid JSON" valid_json "$TMPD/binary.json"

printf '... ,,, ;;; --- !!! ???\n\n***\n' >"$TMPD/nosentence.txt"
ok "no sentences: exports" json_of nosentence "$TMPD/nosentence.txt"
ok "no sentences: valid JSON" valid_json "$TMPD/nosentence.json"

printf 'Okafor said \001control\037 chars \177 and a tab\tand \342\200\250 separators "quoted" \\ backslash.\n' \
	>"$TMPD/controls.txt"
ok "control characters: exports" json_of controls --force "$TMPD/controls.txt"
ok "control characters: valid JSON" valid_json "$TMPD/controls.json"

# A 5 MB paragraph with one quotation mark that never closes.
awk 'BEGIN { printf "Okafor said \342\200\234"; for (i = 0; i < 60000; i++) printf "the union said the port would stay shut for weeks, "; printf "\n" }' \
	>"$TMPD/unclosed.txt"
ok "5 MB paragraph with an unclosed quotation: exports in time" json_of unclosed "$TMPD/unclosed.txt"
ok "5 MB paragraph with an unclosed quotation: valid JSON" valid_json "$TMPD/unclosed.json"

# 10,000 nested brackets and quotation marks.
awk 'BEGIN { printf "Okafor said "; for (i = 0; i < 10000; i++) printf "(\342\200\234\""; printf "deep"; for (i = 0; i < 10000; i++) printf "\"\342\200\235)"; printf ".\n" }' \
	>"$TMPD/nested.txt"
ok "10,000 nested brackets and quotes: exports in time" json_of nested "$TMPD/nested.txt"
ok "10,000 nested brackets and quotes: valid JSON" valid_json "$TMPD/nested.json"

# Offsets are into the input as read: a byte order mark and CRLF shift them.
printf '\357\273\277Harbour Strike\r\n\r\nMaria Okafor said the port would stay shut.\r\n' >"$TMPD/crlf.txt"
ok "CRLF and BOM: exports" json_of crlf "$TMPD/crlf.txt"
offsets_map() {
	[ "$have_python" = no ] && return 0
	python3 -c '
import json, sys
raw = open(sys.argv[1], "rb").read()
d = json.loads(open(sys.argv[2], encoding="utf-8").read())
c = d["claims"][0]
assert raw[c["start"]:c["end"]].decode() == c["text"] == "the port would stay shut", c
assert raw[c["by"]["start"]:c["by"]["end"]] == b"Maria Okafor"
' "$TMPD/crlf.txt" "$TMPD/crlf.json"
}
ok "CRLF and BOM: offsets point into the input as read" offsets_map

# Markdown: the extracted text travels with the offsets.
printf '# Harbour Strike\n\nMaria *Okafor* said the port would stay shut.\n' >"$TMPD/story.md"
ok "Markdown: exports" json_of md "$TMPD/story.md"
has_text() {
	[ "$have_python" = no ] && return 0
	python3 -c '
import json, sys
d = json.loads(open(sys.argv[1], encoding="utf-8").read())
for c in d["claims"]:
    assert d["text"].encode()[c["start"]:c["end"]].decode() == c["text"]
' "$TMPD/md.json"
}
ok "Markdown: offsets are into the extracted text it carries" has_text

# Every character JSON escapes, at every place of two 16-byte stretches
# (the export looks for them 16 bytes at a time, then 8, then one): the
# texts of the claims, cues and speakers are the input's bytes, and every
# claim has its escape.
escapes_text() {
	awk 'BEGIN {
		n = split("1 8 9 10 31 34 92 127", codes, " ")
		for (c = 1; c <= n; c++)
			for (k = 0; k < 32; k++) {
				pad = ""
				for (j = 0; j < k; j++) pad = pad "x"
				printf "Okafor said the port %s%cwould stay shut for weeks.\n\n", pad, codes[c]
			}
	}' >"$TMPD/escapes.txt"
}
escapes_round_trip() {
	[ "$have_python" = no ] && return 0
	python3 -c '
import json, sys
raw = open(sys.argv[1], "rb").read()
out = open(sys.argv[2], "rb").read().rstrip(b"\n")
assert not [b for b in out if b < 0x20 or b == 0x7f], "a raw control character in the JSON"
d = json.loads(out.decode("utf-8"))
assert len(d["claims"]) == 8 * 32, len(d["claims"])
for c in d["claims"]:
    assert raw[c["start"]:c["end"]].decode() == c["text"], c
    assert any(ord(ch) in (1, 8, 9, 10, 31, 34, 92, 127) for ch in c["text"]), c
    for part in ("cue", "by"):
        if c[part]:
            assert raw[c[part]["start"]:c[part]["end"]].decode() == c[part]["text"], c
' "$TMPD/escapes.txt" "$TMPD/escapes.json"
}
escapes_text
ok "escaped characters at every place: exports" json_of escapes --force "$TMPD/escapes.txt"
ok "escaped characters at every place: the texts are the input's bytes" escapes_round_trip

# C1 controls, bidi embeddings, overrides and isolates and the line and
# paragraph separators are written as \uXXXX, never raw: a terminal or an
# editor showing the JSON would act on them.  At every place in a 16-byte
# chunk, in the texts and in the title.
UNICODE_CONTROLS='\302\200 \302\205 \302\233 \302\237 \342\200\252 \342\200\253 \342\200\254 \342\200\255 \342\200\256 \342\201\246 \342\201\247 \342\201\250 \342\201\251 \342\200\250 \342\200\251'
printf 'Title with \342\200\256 an override and \302\233 a CSI\n\n' >"$TMPD/unicode-controls.txt"
for code in $UNICODE_CONTROLS; do
	for pad in '' x xx xxx xxxx xxxxx xxxxxx xxxxxxx xxxxxxxx xxxxxxxxx xxxxxxxxxx \
		xxxxxxxxxxx xxxxxxxxxxxx xxxxxxxxxxxxx xxxxxxxxxxxxxx xxxxxxxxxxxxxxx; do
		printf "Okafor said the port $pad$code would stay shut.\n\n" >>"$TMPD/unicode-controls.txt"
	done
done
"$WHOSAID" --export=json "$TMPD/unicode-controls.txt" >"$TMPD/unicode-controls.json"
no_raw_unicode_controls() {
	for code in $UNICODE_CONTROLS; do
		! LC_ALL=C grep -qF "$(printf "$code")" "$1" || return 1
	done
}
unicode_controls_round_trip() {
	[ "$have_python" = no ] && return 0
	python3 -c '
import json, sys
raw = open(sys.argv[1], "rb").read()
line = open(sys.argv[2], encoding="utf-8").read()
for cp in list(range(0x80, 0xa0)) + [0x2028, 0x2029] + list(range(0x202a, 0x202f)) + list(range(0x2066, 0x206a)):
    assert chr(cp) not in line, hex(cp)
d = json.loads(line)
assert d["title"] == "Title with \u202e an override and \u009b a CSI", d["title"]
assert len(d["claims"]) == 15 * 16, len(d["claims"])
for c in d["claims"]:
    assert raw[c["start"]:c["end"]].decode() == c["text"], c
' "$TMPD/unicode-controls.txt" "$TMPD/unicode-controls.json"
}
ok "C1, bidi and separator characters: no raw byte of them in the JSON" \
	no_raw_unicode_controls "$TMPD/unicode-controls.json"
ok "C1, bidi and separator characters: escaped, and read back as the input's" \
	unicode_controls_round_trip
ok "C1, bidi and separator characters: written as \\u escapes" \
	grep -qF '\u202e' "$TMPD/unicode-controls.json"
printf 'Port News\n\nThe Harbour\342\200\256Gazette reported that the port had closed.\n' >"$TMPD/bidi-outlet.txt"
"$WHOSAID" --stats --export=json "$TMPD/bidi-outlet.txt" >"$TMPD/bidi-stats.json"
ok "--stats --export=json: an override in an outlet's name is escaped" \
	grep -qF '"name":"The Harbour\u202eGazette"' "$TMPD/bidi-stats.json"
ok "--stats --export=json: and never raw" no_raw_unicode_controls "$TMPD/bidi-stats.json"

done_testing

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

# Every character JSON escapes, at every place of an 8-byte stretch (the
# export looks for them 8 bytes at a time): the texts of the claims, cues
# and speakers are the input's bytes, and every claim has its escape.
escapes_text() {
	awk 'BEGIN {
		n = split("1 8 9 10 31 34 92 127", codes, " ")
		for (c = 1; c <= n; c++)
			for (k = 0; k < 16; k++) {
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
d = json.loads(open(sys.argv[2], encoding="utf-8").read())
assert len(d["claims"]) == 8 * 16, len(d["claims"])
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

done_testing

# The reference article with the learned layer (--engine=learned, the
# built-in model): every claim still found and credited right, and every
# content ends and starts where the gold has it, a reader's bounds:
# "the two nations committed to continue meeting and talking about
# climate issues" and "dealing with climate change was a crucial
# component of China-U.S. cooperation, but it is contingent on mutual
# respect", where the rules alone stop early.  The contents that are not
# exact are listed.  SKIP (77) without python3, the shared material or a
# built-in model.
. "$WS_SRCDIR/tests/lib.sh"

article="${WS_SHARED:-}/articles/kerry-china.txt"
gold="${WS_SHARED:-}/articles/kerry-china.gold.json"
scorer="${WS_SHARED:-}/eval/score.py"
if ! command -v python3 >/dev/null 2>&1 || [ ! -f "$article" ] || [ ! -f "$scorer" ] ||
   ! grep -q 'ws_model_embedded_0' "$WS_BUILDDIR/src/model_data.c"; then
	echo "# SKIP: needs python3, the shared article and scorer, and a built-in model"
	exit 77
fi
printf '#!/bin/sh\nexec "%s" --engine=learned "$@"\n' "$WHOSAID" >"$TMPD/learned"
chmod +x "$TMPD/learned"
python3 "$scorer" --whosaid "$TMPD/learned" "$article" >"$TMPD/score" 2>&1
sed 's/^/# /' "$TMPD/score"
ok "every claim found, no other" grep -q 'claims *P 1\.000  R 1\.000' "$TMPD/score"
ok "each credited to the right outlet and person" \
	grep -Eq 'on matched: +source ([0-9]+)/\1 +speaker ([0-9]+)/\2 +both ([0-9]+)/\3' "$TMPD/score"

# exact GOLD JSON: how many gold contents a claim of JSON spells exactly;
# the others on stderr.
exact() {
	python3 -c '
import json, sys
gold = [c["text"] for c in json.load(open(sys.argv[1]))["claims"] if not c.get("optional")]
got = {c["text"] for c in json.loads(open(sys.argv[2]).read())["claims"]}
for g in gold:
    if g not in got:
        sys.stderr.write("# not exact: %s\n" % g)
print(sum(g in got for g in gold))' "$1" "$2"
}
"$WHOSAID" --export=json --engine=rules "$article" >"$TMPD/rules.json"
"$TMPD/learned" --export=json "$article" >"$TMPD/learned.json"
rules=$(exact "$gold" "$TMPD/rules.json" 2>/dev/null)
learned=$(exact "$gold" "$TMPD/learned.json" 2>"$TMPD/inexact")
cat "$TMPD/inexact"
all=$(python3 -c 'import json, sys
print(sum(not c.get("optional") for c in json.load(open(sys.argv[1]))["claims"]))' "$gold")
echo "# exact contents: rules $rules, learned $learned, of $all"
ok "more contents end where the gold ends them than with the rules alone" test "$learned" -gt "$rules"
ok "every content is the gold's exactly" test "$learned" -eq "$all"

done_testing

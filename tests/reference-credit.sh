# The reference article, scored by the shared scorer: every claim found
# and each credited to the right outlet and person, every person and
# outlet named found.  SKIP (77) without python3 or the shared material.
. "$WS_SRCDIR/tests/lib.sh"

article="${WS_SHARED:-}/articles/kerry-china.txt"
scorer="${WS_SHARED:-}/eval/score.py"
if ! command -v python3 >/dev/null 2>&1 || [ ! -f "$article" ] || [ ! -f "$scorer" ]; then
	echo "# SKIP: needs python3 and the shared article and scorer"
	exit 77
fi
python3 "$scorer" --whosaid "$WHOSAID" "$article" >"$TMPD/score" 2>&1
sed 's/^/# /' "$TMPD/score"

ok "every claim found, no other" grep -q 'claims *P 1\.000  R 1\.000' "$TMPD/score"
ok "each credited to the right outlet and person" \
	grep -Eq 'on matched: +source ([0-9]+)/\1 +speaker ([0-9]+)/\2 +both ([0-9]+)/\3' "$TMPD/score"
ok "every person named found" grep -q 'people *P 1\.000  R 1\.000' "$TMPD/score"
ok "every outlet named found" grep -q 'outlets *P 1\.000  R 1\.000' "$TMPD/score"

done_testing

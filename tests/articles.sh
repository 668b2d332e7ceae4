# Sixty-eight news articles written for this project (tests/articles/, each
# with its gold annotation in the shared format), scored by the shared
# scorer: what whosaid reached on them stays reached.  They were written
# to find mistakes on text the rules had never seen, and were then fixed
# against, so these are floors a little under today's figures, not a
# measure of text nobody has seen (tests/articles/README).  SKIP (77)
# without python3 or the shared scorer.
. "$WS_SRCDIR/tests/lib.sh"

scorer="${WS_SHARED:-}/eval/score.py"
if ! command -v python3 >/dev/null 2>&1 || [ ! -f "$scorer" ]; then
	echo "# SKIP: needs python3 and the shared scorer"
	exit 77
fi
python3 "$scorer" --whosaid "$WHOSAID" "$WS_SRCDIR"/tests/articles/*.txt >"$TMPD/score" 2>&1
sed 's/^/# /' "$TMPD/score"

# at_least FIELD FLOOR: the figure after FIELD (a ratio, or N/M) is at least FLOOR.
at_least() {
	awk -v field="$1" -v floor="$2" '
		{ for (i = 1; i < NF; i++) if ($i == field) {
			v = $(i + 1)
			if (v ~ /\//) { split(v, nm, "/"); v = nm[1] / nm[2] }
			found = 1; exit (v + 0 >= floor + 0 ? 0 : 1) } }
		END { if (!found) exit 1 }' "$TMPD/score"
}
ok "claims found: F1 at least 0.88" at_least F1 0.88
ok "the right person for at least 96.8% of the claims found" at_least speaker 0.968
ok "the right outlet for at least 96.5% of the claims found" at_least source 0.965
ok "people named: precision at least 0.955" sh -c "grep '^  people' '$TMPD/score' | awk '{ exit (\$3 >= 0.955 ? 0 : 1) }'"
ok "outlets named: recall at least 0.91" sh -c "grep '^  outlets' '$TMPD/score' | awk '{ exit (\$5 >= 0.91 ? 0 : 1) }'"

done_testing

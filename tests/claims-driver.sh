# The claim-case driver itself (tests/test_claims): a right case passes, a
# wrong one fails with FILE:LINE and a diff of what was expected against
# what was found, a malformed file fails with its line, and a failing case
# among right ones fails the run.
. "$WS_SRCDIR/tests/lib.sh"

DRIVER=$WS_BUILDDIR/tests/test_claims

cat >"$TMPD/right.txt" <<'EOF'
# A right case.
case: the speaker after an inverted cue
> The cranes would stop at noon, said Elena Vasquez.
claim: The cranes would stop at noon
  cue: said
  by: Elena Vasquez
  speaker: Elena Vasquez
  kind: indirect
claims: 1
person: Elena Vasquez
no person: Vasquez
people: 1
outlets: 0
EOF

cat >"$TMPD/wrong.txt" <<'EOF'
case: the speaker after an inverted cue
> The cranes would stop at noon, said Elena Vasquez.
claim: The cranes would stop at noon
  cue: said
  speaker: Tomas Brandt
claims: 2
EOF

cat >"$TMPD/unwritten.txt" <<'EOF'
case: an outlet left out means none
> According to Reuters, the port will stay closed.
claim: the port will stay closed
  cue: According to
  by: Reuters
EOF

cat >"$TMPD/malformed.txt" <<'EOF'
case: a line that is nothing
> The cranes would stop at noon, said Elena Vasquez.
The cranes would stop at noon
EOF

cat >"$TMPD/unknown.txt" <<'EOF'
case: a key the driver does not know
> The cranes would stop at noon, said Elena Vasquez.
claim: The cranes would stop at noon
  colour: red
EOF

expect_status 0 "a right case passes" "$DRIVER" "$TMPD/right.txt"
expect_status 1 "a wrong case fails" "$DRIVER" "$TMPD/wrong.txt"
ok "... naming the line of the wrong speaker" \
	grep -q "^$TMPD/wrong.txt:5: speaker of claim \"The cranes would stop at noon\"" "$TMPD/err"
ok "... with the line as written and as found" \
	grep -q "^-	  speaker: Tomas Brandt" "$TMPD/err"
ok "... and the speaker found" grep -q "^+	  speaker: Elena Vasquez" "$TMPD/err"
ok "... naming the line of the wrong count" grep -q "^$TMPD/wrong.txt:6: claims" "$TMPD/err"
ok "... and what the engine found, written as a case" \
	grep -q "^	claim: The cranes would stop at noon" "$TMPD/err"
ok "... and counting it" grep -q "^1 cases, 1 failed" "$TMPD/out"
expect_status 1 "a claim field left out means none" "$DRIVER" "$TMPD/unwritten.txt"
ok "... shown at the claim's line" grep -q "^+	  outlet: Reuters" "$TMPD/err"
expect_status 1 "a malformed file fails" "$DRIVER" "$TMPD/malformed.txt"
ok "... naming its line" grep -q "^$TMPD/malformed.txt:3: this line is none of" "$TMPD/err"
expect_status 1 "a field the driver does not know fails" "$DRIVER" "$TMPD/unknown.txt"
ok "... listing those it knows" grep -q "cue:, by:, via:, speaker:, outlet: or kind:" "$TMPD/err"
expect_status 1 "one wrong case among right ones fails the run" \
	"$DRIVER" "$TMPD/right.txt" "$TMPD/wrong.txt" "$TMPD/right.txt"
ok "... counting them all" grep -q "^3 cases, 1 failed" "$TMPD/out"
done_testing

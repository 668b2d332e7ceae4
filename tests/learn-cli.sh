# The learned layer end to end: whosaid-train learns from the example
# corpus of our own articles (examples/train/), twice to the same bytes;
# whosaid --model reads the model; --engine=rules is the rules alone,
# byte for byte; a bad model is one line and exit 1.
. "$WS_SRCDIR/tests/lib.sh"
TRAIN="$WS_BUILDDIR/src/whosaid-train"
CORPUS="$WS_SRCDIR/examples/train/newsroom.jsonl"
ARTICLE="$WS_SRCDIR/examples/harbour-strike.txt"
CHECK="$WS_BUILDDIR/tests/fuzz/check_output"

expect_status 0 "trains on the example corpus" "$TRAIN" -q -o "$TMPD/a.model" "$CORPUS"
expect_status 0 "trains on it again" "$TRAIN" -q -o "$TMPD/b.model" "$CORPUS"
ok "the same corpus gives the same model, byte for byte" cmp "$TMPD/a.model" "$TMPD/b.model"
ok "the model is at most 4 MiB" test "$(wc -c <"$TMPD/a.model")" -le 4194304
# The model keeps hashed weights only: not one word of the articles.
ok "the model holds no text of its corpus" sh -c '! grep -q -a -e Okafor -e Haddad -e Kowalczyk -e Tuilagi "$1"' - "$TMPD/a.model"

expect_status 0 "whosaid --model reads it" "$WHOSAID" --export=json --model "$TMPD/a.model" "$ARTICLE"
cp "$TMPD/out" "$TMPD/learned.json"
ok "and writes valid JSON" "$CHECK" json "$TMPD/learned.json" "$(wc -c <"$ARTICLE")"
expect_status 0 "whosaid --model=FILE" "$WHOSAID" --export=json --model="$TMPD/a.model" "$ARTICLE"
ok "is the same" cmp "$TMPD/out" "$TMPD/learned.json"

"$WHOSAID" --export=json "$ARTICLE" >"$TMPD/default.json"
expect_status 0 "--engine=rules" "$WHOSAID" --export=json --engine=rules "$ARTICLE"
ok "--engine=rules: the rules' output, byte for byte" cmp "$TMPD/out" "$TMPD/default.json"

# The rules are the default (the built-in model is not yet more accurate
# than they are); --engine=learned uses the built-in model, or needs
# --model when none is built in.
if ! grep -q 'ws_model_embedded_0' "$WS_BUILDDIR/src/model_data.c"; then
	expect_status 1 "--engine=learned without a built-in model" "$WHOSAID" --export=json --engine=learned "$ARTICLE"
	ok "says to give --model" grep -q 'no model is built in: give one with --model FILE' "$TMPD/err"
else
	# A claim the rules do not find: the built-in model reads verbs of
	# speech in no list of data/cues.txt as cues, as PolNeAR's annotators
	# do.  Which of them it reads depends on the training (a retrain on
	# new rules moved "grumbled" out and kept "fumed"), so the test asks
	# for one of a few such verbs, each in the same sentence.
	for verb in grumbled fumed griped scoffed bristled; do
		printf 'The senator %s that the ferry vote came far too late for the island.\n' "$verb" \
			>"$TMPD/ferries-$verb.txt"
	done
	"$WHOSAID" --export=json --engine=rules "$TMPD"/ferries-*.txt >"$TMPD/ferries-rules.json"
	expect_status 0 "--engine=learned uses the built-in model" \
		"$WHOSAID" --export=json --engine=learned "$TMPD"/ferries-*.txt
	ok "which finds a claim otherwise than the rules" sh -c '! cmp -s "$1" "$2"' - "$TMPD/out" "$TMPD/ferries-rules.json"
fi

expect_status 2 "--engine=rules with --model is a usage error" "$WHOSAID" --engine=rules --model "$TMPD/a.model" "$ARTICLE"
expect_status 2 "an unknown engine is a usage error" "$WHOSAID" --engine=neural "$ARTICLE"
ok "names it" grep -q "unknown engine 'neural'" "$TMPD/err"

expect_status 1 "a missing model" "$WHOSAID" --export=json --model "$TMPD/none.model" "$ARTICLE"
ok "missing model: one line" one_line_error
head -c 100 "$TMPD/a.model" >"$TMPD/short.model"
expect_status 1 "a truncated model" "$WHOSAID" --export=json --model "$TMPD/short.model" "$ARTICLE"
ok "truncated model: one line" one_line_error
cp "$TMPD/a.model" "$TMPD/flipped.model"
printf 'X' | dd of="$TMPD/flipped.model" bs=1 seek=5000 conv=notrunc 2>/dev/null
expect_status 1 "a corrupt model" "$WHOSAID" --export=json --model "$TMPD/flipped.model" "$ARTICLE"
ok "corrupt model: the checksum says so" grep -q 'checksum mismatch' "$TMPD/err"
expect_status 1 "a file that is no model" "$WHOSAID" --export=json --model "$ARTICLE" "$ARTICLE"
ok "not a model: one line" one_line_error
done_testing

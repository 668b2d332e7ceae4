# whosaid-train: a model from a small corpus, the same bytes twice, and
# one-line errors for corpora that are not what it reads.
. "$WS_SRCDIR/tests/lib.sh"
TRAIN="$WS_BUILDDIR/src/whosaid-train"

# Two short texts of our own; offsets in code points ("é", "’" and the
# curly quotes are one each, two or three bytes in UTF-8).
cat >"$TMPD/corpus.jsonl" <<'JSONL'
{"text": "The mayor said the café would reopen in May. “We are ready,” she told reporters.", "attributions": [{"source_spans": [[0, 9]], "cue_spans": [[10, 14]], "content_spans": [[15, 44]]}, {"source_spans": [[61, 64]], "cue_spans": [[65, 69]], "content_spans": [[46, 59]]}]}

{"text": "Officials warned that the river could flood. The engineer’s report was not published.", "attributions": [{"source_spans": [[0, 9]], "cue_spans": [[10, 16]], "content_spans": [[22, 43]]}]}
JSONL

# The last run said one line, "whosaid-train: ...".
one_line_train_error() {
	[ "$(wc -l <"$TMPD/err")" -eq 1 ] && grep -q '^whosaid-train: ' "$TMPD/err"
}

expect_status 0 "trains on a small corpus" "$TRAIN" -q --buckets 1024 -o "$TMPD/a.model" "$TMPD/corpus.jsonl"
ok "writes a model" test -s "$TMPD/a.model"
expect_status 0 "trains again" "$TRAIN" -q --buckets 1024 -o "$TMPD/b.model" "$TMPD/corpus.jsonl"
ok "the same corpus gives the same model, byte for byte" cmp "$TMPD/a.model" "$TMPD/b.model"
expect_status 0 "reports its progress unless --quiet" "$TRAIN" --epochs 2 --buckets 1024 -o "$TMPD/c.model" "$TMPD/corpus.jsonl"
ok "one line per epoch" grep -q 'epoch 2: ' "$TMPD/err"
ok "two rounds, the second from the first's cues" grep -q '^whosaid-train: round 2, epoch 2: ' "$TMPD/err"

# 80 code points (but more bytes): a span may end at 80, not at 81.
printf '%s\n' '{"text": "The mayor said the café would reopen in May. “We are ready,” she told reporters.", "attributions": [{"content_spans": [[46, 81]]}]}' >"$TMPD/beyond.jsonl"
expect_status 1 "a span beyond the text is refused" "$TRAIN" -o "$TMPD/x.model" "$TMPD/beyond.jsonl"
ok "offsets count code points, not bytes" grep -q "beyond.jsonl:1: span \[46, 81\] is not within the text's 80 characters" "$TMPD/err"
ok "no model is left behind" test ! -e "$TMPD/x.model"

printf '{"text": "x",\n' >"$TMPD/broken.jsonl"
expect_status 1 "a line of broken JSON is refused" "$TRAIN" -o "$TMPD/x.model" "$TMPD/broken.jsonl"
ok "broken JSON: one line naming the line" one_line_train_error
ok "broken JSON: the line is named" grep -q "broken.jsonl:1: " "$TMPD/err"
printf '{"title": "no text"}\n' >"$TMPD/notext.jsonl"
expect_status 1 "a line without text is refused" "$TRAIN" -o "$TMPD/x.model" "$TMPD/notext.jsonl"
ok "no text: said so" one_line_train_error
expect_status 1 "a missing corpus is refused" "$TRAIN" -o "$TMPD/x.model" "$TMPD/none.jsonl"
ok "missing corpus: one line" one_line_train_error
printf '\n\n' >"$TMPD/empty.jsonl"
expect_status 1 "an empty corpus is refused" "$TRAIN" -o "$TMPD/x.model" "$TMPD/empty.jsonl"
ok "empty corpus: nothing to learn from" grep -q 'no text to learn from' "$TMPD/err"
expect_status 2 "no -o is a usage error" "$TRAIN" "$TMPD/corpus.jsonl"
expect_status 2 "a bucket count not a power of two is a usage error" "$TRAIN" --buckets 3000 -o "$TMPD/x.model" "$TMPD/corpus.jsonl"
expect_status 0 "--help" "$TRAIN" --help
ok "--help names every option" sh -c 'for o in --epochs --seed --buckets --quiet --output; do grep -q -- "$o" "$1" || exit 1; done' - "$TMPD/out"
done_testing

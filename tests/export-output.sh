# Where an export goes (issue 17, issue 15 item 5): -o - is standard
# output, - is read once, the format follows -o's extension, a batch's
# clashes are found before anything is written, -o DIR/ makes DIR, the
# argument that is wrong is the one blamed, and a signal during an export
# leaves no temporary file (which is made only once the input is read).
. "$WS_SRCDIR/tests/lib.sh"

printf 'Bridge Reopens\n\nThe mayor said the bridge was safe.\n' >"$TMPD/article.txt"
no_temporary() { ! ls -A "$1" | grep -q '^\.whosaid-'; }

# -o - is standard output.
mkdir "$TMPD/cwd"
(cd "$TMPD/cwd" && "$WHOSAID" --export=json -o - ../article.txt) >"$TMPD/out" 2>"$TMPD/err"
ok "-o - writes to standard output" grep -q '"claims":\[{' "$TMPD/out"
ok "-o - makes no file named -" test ! -e "$TMPD/cwd/-"
(cd "$TMPD/cwd" && "$WHOSAID" -o - ../article.txt) >"$TMPD/out" 2>"$TMPD/err"
unmark "$TMPD/out"
ok "-o - without --export writes text" grep -qx 'The mayor said the bridge was safe.' "$TMPD/out"

# Standard input is read once: a second - is refused.
expect_status 2 "- - is a usage error" sh -c '"$1" --export=json - - <"$2"' sh "$WHOSAID" "$TMPD/article.txt"
ok "- - says standard input is read once" grep -q 'standard input (-) given twice' "$TMPD/err"

# The format follows -o's extension when --export is not given.
for pair in html:'<!DOCTYPE html>' htm:'<!DOCTYPE html>' json:'{"version":2,"file":' txt:'Bridge Reopens' ansi:'\[0m'; do
	ext=${pair%%:*} mark=${pair#*:}
	expect_status 0 "-o x.$ext without --export exits 0" "$WHOSAID" -o "$TMPD/x.$ext" "$TMPD/article.txt"
	ok "-o x.$ext without --export writes $ext" grep -q -- "$mark" "$TMPD/x.$ext"
done
expect_status 2 "-o x.pdf without --export is a usage error" "$WHOSAID" -o "$TMPD/x.pdf" "$TMPD/article.txt"
ok "-o x.pdf: one line saying what to give" grep -q "give --export" "$TMPD/err"
ok "-o x.pdf: writes nothing" test ! -e "$TMPD/x.pdf"
expect_status 0 "-o x.pdf with --export=text exits 0" "$WHOSAID" --export=text -o "$TMPD/x.pdf" "$TMPD/article.txt"
ok "-o x.pdf with --export=text: text" grep -q 'Bridge Reopens' "$TMPD/x.pdf"
expect_status 0 "--export wins over the extension" "$WHOSAID" --export=json -o "$TMPD/y.html" "$TMPD/article.txt"
ok "--export wins over the extension: JSON in y.html" grep -q '^{"version":2,"file":' "$TMPD/y.html"

# A batch with two articles of one name writes nothing.
mkdir -p "$TMPD/a" "$TMPD/b" "$TMPD/clash"
cp "$TMPD/article.txt" "$TMPD/a/story.txt"
cp "$TMPD/article.txt" "$TMPD/b/story.txt"
cp "$TMPD/article.txt" "$TMPD/first.txt"
expect_status 1 "-o DIR/ with two articles of one name exits 1" \
	"$WHOSAID" --export=html -o "$TMPD/clash/" "$TMPD/first.txt" "$TMPD/a/story.txt" "$TMPD/b/story.txt"
ok "-o DIR/ with a clash: names both articles" \
	grep -qF "$TMPD/a/story.txt and $TMPD/b/story.txt would both be written to $TMPD/clash/story.whosaid.html" "$TMPD/err"
ok "-o DIR/ with a clash: nothing is written" test -z "$(ls -A "$TMPD/clash")"

# -o DIR/ makes DIR, not its parents.
expect_status 0 "-o NEWDIR/ exits 0" "$WHOSAID" --export=json -o "$TMPD/newdir/" "$TMPD/article.txt"
ok "-o NEWDIR/ makes it and writes there" test -s "$TMPD/newdir/article.whosaid.json"
expect_status 1 "-o NEW/DIR/ exits 1" "$WHOSAID" --export=json -o "$TMPD/new/dir/" "$TMPD/article.txt"
ok "-o NEW/DIR/: one line" one_line_error
ok "-o NEW/DIR/: says why" grep -qF "cannot make the directory $TMPD/new/dir/: No such file or directory" "$TMPD/err"
ok "-o NEW/DIR/: makes no parent" test ! -e "$TMPD/new"

# The argument that is wrong is the one blamed.
expect_status 2 "a file named -dash.txt is an unknown option" "$WHOSAID" --export=json -dash.txt
ok "  which names -dash.txt, not --export=json" grep -q "'-dash.txt'" "$TMPD/err"
ok "  and not --export=json" sh -c '! grep -q -- "--export=json" "$1"' sh "$TMPD/err"
expect_status 2 "-x alone is an unknown option" "$WHOSAID" -x
ok "  named -x" grep -q "unknown option '-x'$" "$TMPD/err"

# A signal while an export waits for its second input: the temporary
# file of the first is removed and the program dies by the signal.  Its
# standard input is a FIFO held open by this shell, so that it waits.
mkfifo "$TMPD/slow"
exec 3<>"$TMPD/slow"
mkdir "$TMPD/sig"
# state PID: the one-letter state of a process ("S": asleep, here in read()).
state() { sed 's/^.*) //; s/ .*//' "/proc/$1/stat" 2>/dev/null; }
wait_until_asleep() {
	i=0
	while [ "$(state "$1")" != S ] && [ $i -lt 400 ]; do sleep 0.05; i=$((i + 1)); done
}
for sig in INT TERM HUP PIPE QUIT USR1 ALRM; do
	(ulimit -c 0; exec "$WHOSAID" --export=json -o "$TMPD/sig/out.json" "$TMPD/article.txt" - \
		<"$TMPD/slow" 2>/dev/null) &
	pid=$!
	wait_until_asleep "$pid"
	ok "SIG$sig during an export: the first article is being written" \
		sh -c 'ls -A "$1" | grep -q "^\.whosaid-"' sh "$TMPD/sig"
	kill -s "$sig" "$pid"
	wait "$pid"
	got=$?
	ok "SIG$sig during an export: it ends by the signal" \
		test "$got" = "$((128 + $(kill -l "$sig")))"
	ok "SIG$sig during an export: no temporary file left" no_temporary "$TMPD/sig"
	ok "SIG$sig during an export: no file written" test ! -e "$TMPD/sig/out.json"
done
# Waiting for its only input, it has made no temporary file yet.
"$WHOSAID" --export=json -o "$TMPD/sig/out.json" - <"$TMPD/slow" &
pid=$!
wait_until_asleep "$pid"
ok "waiting for its input: no temporary file yet" no_temporary "$TMPD/sig"
kill -s TERM "$pid"
wait "$pid"
exec 3>&-
done_testing

# Hostile and broken input (issue 7): each case asserts the exit status,
# the message, and that nothing crashes or hangs; what is printed is valid
# UTF-8 that a terminal shows without acting on, and the JSON export is
# strict JSON.  Big inputs are made here, in $TMPD.  Under make
# check-valgrind (WS_VALGRIND=1) they are a hundred times smaller and the
# time limits longer.
. "$WS_SRCDIR/tests/lib.sh"

CHECK=$WS_BUILDDIR/tests/fuzz/check_output
# The time limits catch hangs and quadratic paths, not slowness: they are
# longer for a build with the sanitizers (ten times slower on 20 MB).
if [ -n "${WS_VALGRIND:-}" ]; then SCALE=100; LIMIT=300
elif ldd "$WHOSAID" 2>/dev/null | grep -q 'lib[at]san'; then SCALE=1; LIMIT=150
else SCALE=1; LIMIT=30; fi
MB=$((1000000 / SCALE))

# The JSON export exists once export_json.c is no longer a stub.
if grep -q 'Stub: replaced by' "$WS_SRCDIR/src/export_json.c"; then json=; else json=1; fi

# run NAME WANT FILE [OPTION...]: whosaid --export=text on FILE, within
# LIMIT seconds, must exit WANT (124 is a hang, 128+N a crash by signal N).
run() {
	run_name=$1; run_want=$2; run_file=$3; shift 3
	expect_status "$run_want" "$run_name: exits $run_want" \
		timeout "$LIMIT" "$WHOSAID" --export=text --width 60 "$@" "$run_file"
}

# No message when all went well.
quiet() {
	[ ! -s "$TMPD/err" ] || { sed 's/^/#   /' "$TMPD/err"; false; }
}

# The printed text shows PATTERN (fixed string).
shows() {
	cp "$TMPD/out" "$TMPD/shown" && unmark "$TMPD/shown" && grep -qF -- "$1" "$TMPD/shown"
}

# The message, one line, saying PATTERN.
says() {
	one_line_error && grep -qF -- "$1" "$TMPD/err" ||
		{ sed 's/^/#   /' "$TMPD/err"; false; }
}

# json_ok FILE [OPTION...]: the JSON export of FILE is strict JSON with its offsets inside FILE.
json_ok() {
	json_file=$1; shift
	timeout "$LIMIT" "$WHOSAID" --export=json "$@" "$json_file" >"$TMPD/json" 2>"$TMPD/err" &&
		"$CHECK" json "$TMPD/json" "$(wc -c <"$json_file")"
}

# The JSON export just made is at most 20 times the size of FILE: claims
# do not each repeat the article (which would make the output, and the
# time, quadratic).
small_json() {
	[ "$(wc -c <"$TMPD/json")" -le $((20 * $(wc -c <"$1") + 4096)) ] ||
		{ echo "#   $(wc -c <"$TMPD/json") bytes of JSON for $(wc -c <"$1")"; false; }
}

# accepted NAME FILE [OPTION...]: read, shown safely, quietly, and as valid JSON.
accepted() {
	acc_name=$1; acc_file=$2; shift 2
	run "$acc_name" 0 "$acc_file" "$@"
	ok "$acc_name: the text is safe for a terminal" "$CHECK" text "$TMPD/out"
	ok "$acc_name: no message" quiet
	if [ -n "$json" ]; then
		ok "$acc_name: the JSON export is valid" json_ok "$acc_file" "$@"
	fi
}

# Invalid UTF-8 of every kind is shown as U+FFFD.
printf 'Overlong slash \300\257 and \340\200\257 and \360\200\200\257.\n' >"$TMPD/overlong.txt"
printf 'Surrogates \355\240\200 and \355\277\277 here.\n' >"$TMPD/surrogate.txt"
printf 'Beyond Unicode \364\220\200\200, never bytes \365 \370 \376 \377.\n' >"$TMPD/beyond.txt"
printf 'Stray continuation \200\277 bytes.\n' >"$TMPD/stray.txt"
printf 'Ends in the middle of a character \342\202' >"$TMPD/truncated3.txt"
printf 'Ends in the middle of an emoji \360\237\230' >"$TMPD/truncated4.txt"
printf 'Latin-1 caf\351 and na\357ve text.\n' >"$TMPD/latin1.txt"
for kind in overlong surrogate beyond stray truncated3 truncated4 latin1; do
	accepted "invalid UTF-8 ($kind)" "$TMPD/$kind.txt"
	ok "invalid UTF-8 ($kind): shown as U+FFFD" shows "$(printf '\357\277\275')"
done

# NUL makes a file binary; --force shows it as ^@.
printf 'A NUL \000 in the middle of text.\n' >"$TMPD/nul.txt"
run "a NUL byte" 1 "$TMPD/nul.txt"
ok "a NUL byte: says it looks binary" says "looks like binary data (use --force to open it anyway)"
accepted "a NUL byte with --force" "$TMPD/nul.txt" --force
ok "a NUL byte with --force: shown as ^@" shows '^@'

# Every C0 control (but NUL) and DEL, raw in text; every C1 control.
{
	printf 'Every control character follows, in a sentence long enough to stay text:'
	for c in 001 002 003 004 005 006 007 010 011 013 014 016 017 020 021 022 \
		 023 024 025 026 027 030 031 032 033 034 035 036 037 177; do
		printf " \\$c"
	done
	printf ' and that was all of them, said the tester, who wrote it.\n\n'
	printf 'C1 controls, encoded:'
	for c in 200 201 202 203 204 205 206 207 210 211 212 213 214 215 216 217 \
		 220 221 222 223 224 225 226 227 230 231 232 233 234 235 236 237; do
		printf " \\302\\$c"
	done
	printf '.\n'
} >"$TMPD/controls.txt"
accepted "every C0 and C1 control" "$TMPD/controls.txt"
ok "every C0 control: ESC shown as ^[" shows '^['

# Escape sequences that would clear the screen, set the title, or colour.
printf 'Clear \033[2J\033[H, title \033]0;pwned\007, colour \033[31mred\033[0m, DCS \033P+q\033\\ end.\n' \
	>"$TMPD/escapes.txt"
accepted "escape sequences" "$TMPD/escapes.txt"

# Bidi embeddings, overrides and isolates are shown, not obeyed.
printf 'Bidi \342\200\252LRE \342\200\253RLE \342\200\254PDF \342\200\255LRO \342\200\256RLO, \342\201\246LRI \342\201\247RLI \342\201\250FSI \342\201\251PDI.\n' \
	>"$TMPD/bidi.txt"
accepted "bidi overrides" "$TMPD/bidi.txt"
ok "bidi overrides: RLO shown as a placeholder" shows '202E'

# A chain of 1,000 ZWJ emoji; 500 combining marks on one letter.
awk 'BEGIN { printf "Family:"; for (i = 0; i < 1000; i++) printf "\360\237\221\251\342\200\215"; printf "\360\237\221\247 end.\n" }' \
	>"$TMPD/zwj.txt"
accepted "a chain of 1,000 ZWJ emoji" "$TMPD/zwj.txt"
awk 'BEGIN { printf "Zalgo e"; for (i = 0; i < 500; i++) printf "\314\201"; printf " end.\n" }' >"$TMPD/combining.txt"
accepted "500 combining marks on one letter" "$TMPD/combining.txt"

# Big and deep inputs (under valgrind, a hundred times smaller).
yes 'The minister said the port would reopen, according to the agency.' |
	tr '\n' ' ' | head -c $((20 * MB)) >"$TMPD/noline.txt"
accepted "a $((20 * MB)) byte file with no newline" "$TMPD/noline.txt"
head -c $((MB)) /dev/zero | tr '\0' 'w' >"$TMPD/oneword.txt"
accepted "a $MB byte word" "$TMPD/oneword.txt"
awk -v n=$((100000 / SCALE)) 'BEGIN { for (i = 0; i < n; i++) printf "x\n\n" }' >"$TMPD/paragraphs.txt"
accepted "$((100000 / SCALE)) one-character paragraphs" "$TMPD/paragraphs.txt"
awk 'BEGIN { printf "He said "; for (i = 0; i < 5000; i++) printf "\342\200\234\342\200\230";
	     printf "deep"; for (i = 0; i < 5000; i++) printf "\342\200\231\342\200\235"; printf ".\n" }' \
	>"$TMPD/nested.txt"
accepted "10,000 nested quotation marks" "$TMPD/nested.txt"
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "(["; printf "x"; for (i = 0; i < 10000; i++) printf "])"; printf "\n" }' \
	>"$TMPD/brackets.txt"
accepted "10,000 nested brackets" "$TMPD/brackets.txt"
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "\"" ; printf "\n" }' >"$TMPD/straight.txt"
accepted "10,000 straight quotation marks" "$TMPD/straight.txt"
{ printf '"'; yes 'The quotation never closes, said nobody in particular.' | tr '\n' ' ' |
	head -c $((5 * MB)); printf '\n'; } >"$TMPD/unclosed.txt"
accepted "an unclosed quotation at the start of $((5 * MB)) bytes" "$TMPD/unclosed.txt"
ok "an unclosed quotation: the JSON is not much larger than the article" \
	small_json "$TMPD/unclosed.txt"
yes 'the port will reopen, said Ana Ruiz,' | head -n $((10000 / SCALE)) | tr '\n' ' ' >"$TMPD/cues.txt"
echo 'she said.' >>"$TMPD/cues.txt"
accepted "one sentence of $((10000 / SCALE)) reporting cues" "$TMPD/cues.txt"
ok "one sentence of many cues: the JSON is not much larger than the article" \
	small_json "$TMPD/cues.txt"

# Endless inputs end at the size limit.
expect_status 1 "/dev/zero: exits 1" timeout "$LIMIT" "$WHOSAID" --export=text /dev/zero
ok "/dev/zero: says it is too large" says "/dev/zero: larger than 128 MiB"
# (Not under valgrind: 128 MiB through a pipe takes it minutes.)
if [ -z "${WS_VALGRIND:-}" ]; then
	expect_status 1 "endless standard input: exits 1" \
		sh -c 'yes "An endless article." | timeout "$1" "$2" --export=text' sh "$LIMIT" "$WHOSAID"
	ok "endless standard input: says it is too large" says "(stdin): larger than 128 MiB"
fi

# A FIFO, written to by another process.
mkfifo "$TMPD/fifo"
(printf 'Piped Headline\n\nThe mayor said the bridge was safe.\n' >"$TMPD/fifo") &
run "a FIFO" 0 "$TMPD/fifo"
wait
ok "a FIFO: its text is shown" shows "The mayor said the bridge was safe."

# A file that grows while it is read: read to its end or to the limit.
yes 'A sentence that keeps coming.' | head -c $((MB)) >"$TMPD/growing.txt"
(for i in 1 2 3 4 5; do
	yes 'A sentence that keeps coming.' | head -c $((MB)) >>"$TMPD/growing.txt"
done) &
expect_status 0 "a file that grows while read: exits 0" \
	timeout "$LIMIT" "$WHOSAID" --export=text --width 60 "$TMPD/growing.txt"
wait
ok "a file that grows while read: the text is safe" "$CHECK" text "$TMPD/out"

# Files that cannot be read.
expect_status 1 "a file whose read fails: exits 1" timeout "$LIMIT" "$WHOSAID" --export=text /proc/self/mem
ok "a file whose read fails: says why" says "cannot read /proc/self/mem: Input/output error"
echo 'Secret.' >"$TMPD/secret.txt"
chmod 000 "$TMPD/secret.txt"
if [ "$(id -u)" != 0 ]; then
	run "an unreadable file" 1 "$TMPD/secret.txt"
	ok "an unreadable file: says why" says "cannot open $TMPD/secret.txt: Permission denied"
elif command -v setpriv >/dev/null 2>&1 &&
     setpriv --reuid=65534 --regid=65534 --clear-groups test -x "$WHOSAID" 2>/dev/null; then
	chmod 755 "$TMPD"
	expect_status 1 "an unreadable file: exits 1" setpriv --reuid=65534 --regid=65534 \
		--clear-groups "$WHOSAID" --export=text "$TMPD/secret.txt"
	ok "an unreadable file: says why" says "cannot open $TMPD/secret.txt: Permission denied"
else
	echo "# skipping the unreadable file: root reads everything and nobody cannot run $WHOSAID"
fi

# Messages quote what they were given: a file name or a theme's words.
# Its control characters must not reach the terminal, nor break the line.
stderr_safe() {
	"$CHECK" text "$TMPD/err" && [ "$(wc -l <"$TMPD/err")" -eq 1 ]
}
evil=$(printf 'evil\033[2J\033]0;pwned\007\342\200\256name')
expect_status 1 "a missing file with escapes in its name: exits 1" \
	"$WHOSAID" --export=text "$TMPD/$evil.txt"
ok "a missing file with escapes in its name: the message is safe" stderr_safe
expect_status 1 "a missing file with a newline in its name: exits 1" \
	"$WHOSAID" --export=text "$TMPD/two
lines.txt"
ok "a missing file with a newline in its name: one line" stderr_safe

done_testing

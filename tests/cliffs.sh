# Cliffs outside the analysis (issue 17): inputs that once took time
# quadratic in their size.  Each runs under a generous timeout at a size
# where the quadratic version took far longer (the figure in each name;
# bench/cliffs.sh measures them all at two sizes).  A sanitizer build
# gets ten times the time: it is three to four times slower, and CI runs
# it on shared cores (a loaded machine once took 40 s for the HTML case);
# the quadratic versions still take far longer than the bound.
. "$WS_SRCDIR/tests/lib.sh"
. "$WS_SRCDIR/tests/cliffs-gen.sh"

slow=1
grep -q __asan_init "$WHOSAID" && slow=10

# in_time SECONDS COMMAND...: the command succeeds within SECONDS.
in_time() {
	limit=$(($1 * slow))
	shift
	timeout "$limit" "$@" >/dev/null
}

cliff_cr 1024 "$TMPD/cr.txt"
ok "1 MB of bare carriage returns loads in linear time (was 21 s)" \
	in_time 5 "$WHOSAID" --export=json "$TMPD/cr.txt"
cliff_crlf 4096 "$TMPD/crlf.txt"
ok "4 MB of CRLF prose loads in linear time (was 27 s)" \
	in_time 5 "$WHOSAID" --export=text "$TMPD/crlf.txt"

# One person per claim, told to the 160 built-in outlets in turn.
cliff_speakers 4096 "$TMPD/speakers.txt"
ok "the HTML export of 4 MB of distinct speakers is not people x claims x outlets (was minutes)" \
	in_time 10 "$WHOSAID" --export=html "$TMPD/speakers.txt"
ok "--stats over 4 MB of distinct speakers is not quadratic (was 33 s)" \
	in_time 10 "$WHOSAID" --stats "$TMPD/speakers.txt"

# A quotation carried on over 4 MB of paragraphs: 160,000 pieces of one
# claim, their cue and credit marks all open at one place.
cliff_pieces 4096 "$TMPD/pieces.txt"
ok "the HTML export of a quotation of 160,000 paragraphs is not quadratic in its pieces (was 30 s)" \
	in_time 5 "$WHOSAID" --export=html "$TMPD/pieces.txt"

# Where a library is quadratic, the input is measured first.
cliff_xml_attrs 80000 "$TMPD/crowded.html"
expect_status 1 "an element with 80,000 attributes is refused (libxml2 took 14 s)" \
	in_time 2 "$WHOSAID" --export=json "$TMPD/crowded.html"
ok "with a one-line message naming the limit" grep -q '^whosaid: .*crowded.html: an element with over 256 attributes' "$TMPD/err"
cliff_xml_attrs 256 "$TMPD/busy.html"
ok "an element with 256 attributes is read" sh -c '"$1" --export=text "$2" | grep -q "its chair said"' sh "$WHOSAID" "$TMPD/busy.html"
cliff_md_brackets 50000 "$TMPD/brackets.md"
expect_status 1 "50,000 brackets closed on the next line of a Markdown paragraph are refused (md4c took 3 s)" \
	in_time 2 "$WHOSAID" --export=json "$TMPD/brackets.md"
ok "with a one-line message naming the limit" grep -q '^whosaid: .*brackets.md: over 100 brackets closed a line after' "$TMPD/err"
cliff_md_brackets 100 "$TMPD/hundred.md"
ok "100 are read" sh -c '"$1" --export=text "$2" | grep -q "its chair said"' sh "$WHOSAID" "$TMPD/hundred.md"

# 60,000 entries of a user's word list that start with "said" or "Deputy".
XDG_CONFIG_HOME=$TMPD/config
export XDG_CONFIG_HOME
cliff_word_list 60000 "$TMPD/article.txt"
ok "60,000 lines of word list sharing first words load in linear time (was 11 s)" \
	in_time 2 "$WHOSAID" --export=json /dev/null
ok "and an article is looked up in them in linear time (was 13 s)" \
	in_time 3 "$WHOSAID" --export=json "$TMPD/article.txt"

# Memory: the peak address space on 8 MB of punctuation and of one-letter
# words stays under 8 times the input beyond what an empty input needs
# (10 MB of '"' once took 1 GB).  ASan reserves terabytes of address
# space, so a sanitizer build skips this part.
# least_space FILE [FORMAT [PRECISION]]: the smallest address space
# (MB, to PRECISION MB, 4 by default) whosaid needs to export FILE (as
# json by default), searched between 4 and 1024 MB.
least_space() {
	lo=4 hi=1024
	while [ $((hi - lo)) -gt "${3:-4}" ]; do
		mid=$(((lo + hi) / 2))
		if prlimit --as=$((mid << 20)) "$WHOSAID" --export="${2:-json}" "$1" >/dev/null 2>&1
		then hi=$mid; else lo=$mid; fi
	done
	echo "$hi"
}
# within FACTOR FILE FORMAT: FILE exports under base + FACTOR x its size.
within() {
	mb=$(($(wc -c <"$2") >> 20))
	prlimit --as=$(((base + $1 * mb) << 20)) "$WHOSAID" --export="$3" "$2" >/dev/null
}
if [ "$slow" -gt 1 ] || ! command -v prlimit >/dev/null 2>&1; then
	echo "# sanitizer build or no prlimit: the address-space bounds are skipped"
else
	XDG_CONFIG_HOME=$TMPD/no-config	# the built-in word lists alone
	: >"$TMPD/empty.txt"
	base=$(least_space "$TMPD/empty.txt")
	echo "# an empty input needs $base MB of address space"
	# Out of memory, wherever it strikes (whosaid's own arrays, libxml2,
	# md4c), ends the command line with one line and status 1, not with
	# a message of the stage that failed or a library's own printing.
	cliff_prose_kb 8192 "$TMPD/prose.txt"
	{ echo '<html><body><article>'; sed 's|..*|<p>&</p>|' "$TMPD/prose.txt"
	  echo '</article></body></html>'; } >"$TMPD/prose.html"
	# out_of_memory NAME ARGS...: whosaid ARGS in 20 MB beyond the base.
	out_of_memory() {
		name=$1
		shift
		expect_status 1 "$name runs out of memory with status 1" \
			prlimit --as=$(((base + 20) << 20)) "$WHOSAID" "$@"
		ok "and says so in one line" said_out_of_memory
	}
	said_out_of_memory() {
		one_line_error && grep -qx "whosaid: out of memory" "$TMPD/err"
	}
	out_of_memory "8 MB of text" --export=json "$TMPD/prose.txt"
	out_of_memory "an 8 MB page (libxml2)" --export=text "$TMPD/prose.html"
	out_of_memory "8 MB of Markdown (md4c)" --export=html --format=markdown "$TMPD/prose.txt"
	out_of_memory "--stats over 8 MB" --stats "$TMPD/prose.txt"
	for unit in '"' ',' '-' '. ' 'a ' '“”'; do
		cliff_repeat "$unit" 8192 "$TMPD/wall.txt"
		for format in json text html; do
			ok "8 MB of '$unit' exports as $format within 8x its size" \
				within 8 "$TMPD/wall.txt" $format
		done
	done
	# Shapes that were over 8 times (issue 17 asks 8 for every input),
	# all within 8 now.
	# Least address space beyond the base, as a multiple of the input:
	# - a quotation every 4 bytes: 17.5x; 12.2x since quotation records
	#   are 20 bytes (were 40: who introduces one is kept apart); 10.1x
	#   at 12 (their bytes are their marks' tokens'); 9.1x at 8 (28-bit
	#   token indices, words counted up to 31); 7.5x since a token is
	#   6 bytes (a 27-bit start, an 11-bit length: were 32 and 22 bits).
	#   Three tokens of 6 bytes every 4 bytes make 4.5x of it.
	# - the HTML export of distinct speakers: 15.0x; 11.2x since the
	#   styles' marks are 16 bytes and their events 8 (were 32 and 24)
	#   and the doc's arrays give back what doubling left unused; 9.6x
	#   since the credits are written a line at a time (the whole key was
	#   as large as the article) and style spans are 12 bytes (were 24);
	#   9.1x since glibc's mmap threshold is fixed (src/xmalloc.c);
	#   9.0x with sentences of 12 bytes; 8.4x since the sweep keeps
	#   8 bytes a mark once its events are made (were 16) and a person's
	#   mentions start with room for one (were four); 8.0x with tokens
	#   of 6 bytes; 7.7x since the styles' spans grow by a quarter past
	#   a megabyte (xgrow_gently()), not twice.
	# - a paragraph every 3 bytes: 22.9x; 21.6x since a block is 24
	#   bytes (a block, a line, a sentence and a token each: 60 bytes
	#   every 3); 18.8x since a sentence is 12 bytes (its span is its
	#   tokens': 52 bytes every 3); 18.0x with tokens of 6 bytes.  What
	#   was left is 50 bytes of records a paragraph (a block of 24, a line
	#   of 8, a sentence of 12, a token of 6).  9.0x since the doc stores
	#   a block as its span and a byte of kind, a sentence as its first
	#   token, and the lines of blocks of two lines or more only, the rest
	#   derived (segment.h): 19 bytes a paragraph; 8.2x since its arrays
	#   grow by a quarter past a megabyte, not twice; 7.3x by a sixteenth,
	#   and with the blocks' arrays trimmed before the tokens grow.
	# - a page of an element every 8 bytes: 48.5x with libxml2's tree
	#   (two nodes of 120 bytes an element); 9.5x with the page's own
	#   (extract_tree.c: two nodes of 24 bytes), where its text, a
	#   paragraph every 3 bytes, is now what costs most; 8.5x since
	#   glibc's mmap threshold is fixed: the doc's arrays no longer grow
	#   in the heap once the page's tree is freed; 8.0x since the tree's
	#   nodes are guessed from the tags that open and the texts between
	#   them (every '<' counted a closing tag too).  What is left is the
	#   tree (two nodes of 24 bytes every 8 bytes: 6x), the page and
	#   libxml2's copy of it.
	cliff_repeat '"a" ' 8192 "$TMPD/quoted.txt"
	ok "8 MB of '\"a\" ' exports as json within 8x its size" within 8 "$TMPD/quoted.txt" json
	cliff_speakers 8192 "$TMPD/speakers.txt"
	ok "the HTML export of 8 MB of distinct speakers is within 8x its size" \
		within 8 "$TMPD/speakers.txt" html
	# A quotation carried over thousands of paragraphs, a claim a piece,
	# all with one cue and credit: its HTML export took 12.2x, for the
	# styles stacked a cue and a credit mark a piece at one place (the
	# open marks' stack and map grew to every piece) and the credits'
	# count held an entry a piece; 8.2x with the marks once a run of
	# pieces (style.c), 7.2x with the credits counted a run at a time.
	# Its text export took 8.7x for the marked copy of the whole article
	# (a "[N]" and a "[/N]" a piece): 7.0x with a block marked at a time.
	cliff_pieces 8192 "$TMPD/pieces.txt"
	for format in html text; do
		ok "the $format export of 8 MB of the pieces of one quotation is within 8x its size" \
			within 8 "$TMPD/pieces.txt" $format
	done
	# The text export's key has a line for each claim with the speaker's
	# name in it: for short quotations of a long name, a key many times
	# the article, whose size grew with the name's length.  It was built
	# whole (21x here); it is written a line at a time now, and the marks
	# are 8 bytes (were 24): 12.0x; 9.5x with the claims grown gently;
	# 7.0x with the marks put in a copy of one block at a time, not of
	# the whole article.  Its HTML export took 11.1x for the styles of
	# the whole article (five spans a claim, and more marks while they
	# were made): 7.7x with a block styled at a time (style.h).
	cliff_long_name 8192 "$TMPD/long-name.txt"
	for format in text html; do
		ok "the $format export of 8 MB of short quotations of a long name is within 8x its size" \
			within 8 "$TMPD/long-name.txt" $format
	done
	# The analysis's claims grew by doubling, so that at its peak the
	# array could hold twice what it filled: the JSON of these short
	# quotations took 8.0x; 7.1x with the claims grown by a quarter past
	# a megabyte.  The text export of distinct speakers took 8.2x; 7.6x
	# with the marked copy of the text grown so too.
	ok "the JSON of 8 MB of short quotations of a long name is within 8x its size" \
		within 8 "$TMPD/long-name.txt" json
	ok "the text export of 8 MB of distinct speakers is within 8x its size" \
		within 8 "$TMPD/speakers.txt" text
	# A short quotation with its speaker's name every 18 bytes is
	# records alone: for 18 bytes, 48 of tokens, a claim, 8 of
	# quotation, 8 of mention, 13 of block and sentence.  With claims of
	# 56 bytes it took 8.1x in JSON, 8.2x in text and 8.8x in HTML (the
	# page kept 12 bytes a claim of where its words start and end in
	# their block); 7.5x, 7.6x and 7.6x with claims of 44 bytes (32-bit
	# person and outlet, analyze.h) and those 12 bytes kept for the
	# claims of the block being written only.  (The JSON was at the
	# edge of the bound: here, at 9 MB, the old tree passes it; text
	# and HTML fail.)
	cliff_repeat '"Yes," Ann said.\n\n' 8192 "$TMPD/short.txt"
	for format in json text html; do
		ok "the $format export of 8 MB of short quotations of a name is within 8x its size" \
			within 8 "$TMPD/short.txt" $format
	done
	# Denser, a claim every 15 bytes ('"A," Al said.'), is over 8x, the
	# bound issue 17 asks (README, "Still over 8x"): 9.6x in JSON while
	# a person's mentions and the quotations grew by doubling; 8.8x
	# growing past a megabyte by a megabyte (mentions) and a sixteenth
	# (quotations).  Bounded at 9x until it is under 8x.
	cliff_repeat '"A," Al said.\n\n' 8192 "$TMPD/denser.txt"
	ok "the JSON of 15 MB of quotations of a name every 15 bytes is within 9x its size" \
		within 9 "$TMPD/denser.txt" json
	# The same in one paragraph ('"A," he said. ' over and over): the
	# exports styled and marked a paragraph at a time, and its styles,
	# their marks and events, and its marked copy were the peak, 11.9x
	# in text, 15.9x in HTML and ANSI.  Styled a stretch at a time
	# (style_stretch.c) and marked a part at a time (ws_layout_part()):
	# 8.5x, 8.6x and 8.0x, the analysis's records and the block's claims
	# (and the HTML's extents).  Bounded at 10x until under 8x.
	cliff_repeat '"A," he said. ' 4096 "$TMPD/paragraph.txt"	# 7 MB
	for format in text html ansi; do
		ok "the $format export of 7 MB of one paragraph of quotations is within 10x its size" \
			within 10 "$TMPD/paragraph.txt" $format
	done
	# Out of memory while -o FILE is being written (the temporary file
	# is open: the article was read and analysed, the HTML export's
	# styles fail) removes the temporary file and leaves FILE as it was.
	# Bounds between what the JSON export needs (analysis) and what the
	# HTML export needs are where that happens.  The HTML export styles a
	# block at a time, so for most shapes it needs no more than the
	# analysis; the pieces of one quotation over many paragraphs still
	# need a few MB more (what the page keeps of each claim: its anchor,
	# where its words start and end in the block, its credit's owner).
	cliff_pieces 4096 "$TMPD/oom.txt"
	least_html=$(least_space "$TMPD/oom.txt" html 1)
	least_json=$(least_space "$TMPD/oom.txt" json 1)
	echo "# 4 MB of pieces: json in $least_json MB, html in $least_html MB"
	mkdir "$TMPD/target"
	echo "the old page" >"$TMPD/target/page.html"
	if [ "$least_html" -gt "$least_json" ]; then
		step=$(((least_html - least_json) / 4))
		for mb in $(printf '%s\n' $least_json $((least_json + step)) $((least_json + 2 * step)) \
			    $((least_html - 1)) | sort -nu); do
			expect_status 1 "-o FILE in $mb MB runs out of memory" \
				prlimit --as=$((mb << 20)) "$WHOSAID" --export=html -o "$TMPD/target/page.html" "$TMPD/oom.txt"
			ok "and leaves no temporary file" sh -c '[ -z "$(ls -A "$1" | grep -v "^page.html$")" ]' sh "$TMPD/target"
			ok "and the file as it was" grep -qx "the old page" "$TMPD/target/page.html"
		done
	else
		echo "# the HTML export needs no more than the analysis: no bound between them"
	fi
	cliff_repeat 'a\n\n' 8192 "$TMPD/paragraphs.txt"
	for format in json text html; do
		ok "12 MB of one-letter paragraphs export as $format within 8x their size" \
			within 8 "$TMPD/paragraphs.txt" $format
	done
	{ printf '<html><body><article>'; cliff_repeat '<p>a</p>' 4096 "$TMPD/tags"
	  cat "$TMPD/tags"; printf '</article></body></html>'; } >"$TMPD/tags.html"
	ok "a 4 MB page of an element every 8 bytes exports as json within 8x its size" \
		within 8 "$TMPD/tags.html" json
fi

done_testing

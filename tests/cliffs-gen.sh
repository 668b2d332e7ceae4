# The inputs that once made whosaid quadratic outside the analysis,
# sourced by tests/cliffs.sh and bench/cliffs.sh.  Each cliff_NAME N FILE
# writes FILE, of a size that grows linearly with N; N counts kilobytes,
# attributes, brackets or word-list lines as each says.  They need
# $WS_SRCDIR (or the current directory) to hold examples/.

# The examples, repeated: ordinary news prose.
cliff_prose_kb() {	# N FILE: N KB of the examples
	cat "${WS_SRCDIR:-.}"/examples/*.txt >"$2" || return 1
	while [ "$(wc -c <"$2")" -lt $(($1 * 1024)) ]; do
		cat "$2" "$2" >"$2.twice" && mv "$2.twice" "$2"
	done
	head -c $(($1 * 1024)) "$2" >"$2.cut" && mv "$2.cut" "$2"
}

# A name per number: Ason, Bson, ..., Baason... distinct capitalised words.
cliff_names_awk='function name(i,  s) {
	s = ""; do { s = s sprintf("%c", 97 + i % 26); i = int(i / 26) } while (i > 0)
	return toupper(substr(s, 1, 1)) substr(s, 2) "son" }'

cliff_crlf() {		# about N KB of ASCII prose with Windows line ends
	cliff_prose_kb "$1" "$2.lf"
	LC_ALL=C tr -cd '\n -~' <"$2.lf" | sed 's/$/\r/' >"$2" && rm -f "$2.lf"
}

cliff_cr() {		# N KB of bare carriage returns
	head -c $(($1 * 1024)) /dev/zero | tr '\0' '\r' >"$2"
}

cliff_quotes() {	# N KB of straight double quotes
	head -c $(($1 * 1024)) /dev/zero | tr '\0' '"' >"$2"
}

cliff_repeat() {	# UNIT N FILE: UNIT (printf's format) repeated to about N KB
	printf "$1" >"$3"
	while [ "$(wc -c <"$3")" -lt $(($2 * 1024)) ]; do
		cat "$3" "$3" >"$3.twice" && mv "$3.twice" "$3"
	done
}

cliff_speakers() {	# about N KB of claims, each of a person of its own,
			# told to the built-in outlets in turn
	awk -v kb="$1" "$cliff_names_awk"'
	/^outlet: / { sub(/^outlet: /, ""); sub(/ \|.*/, ""); outlet[nout++] = $0 }
	END { for (i = 0; n < kb * 1024; i++) {
		line = sprintf("\"The port will reopen on Monday,\" Maria %s told %s.\n\n",
		    name(i), outlet[i % nout])
		printf "%s", line; n += length(line) } }' \
	    "${WS_SRCDIR:-.}/data/outlets.txt" >"$2"
}
cliff_speakers_html() { cliff_speakers "$@"; }
cliff_speakers_stats() { cliff_speakers "$@"; }

cliff_pieces() {	# about N KB: one quotation carried on over paragraphs, each
			# paragraph a piece of one claim with the claim's cue and credit
	awk -v kb="$1" -v lq="$(printf '\342\200\234')" -v rq="$(printf '\342\200\235')" 'BEGIN {
		printf "Title\n\nAna Ruiz said: %sWe will go.\n\n", lq
		for (i = 0; n < kb * 1024; i++) {
			line = sprintf("%sWe will go %d.\n\n", lq, i)
			printf "%s", line; n += length(line) }
		printf "%sNow.%s\n", lq, rq }' >"$2"
}

cliff_xml_attrs() {	# one element with N attributes
	awk -v n="$1" 'BEGIN { printf "<html><body><article><p"
		for (i = 0; i < n; i++) printf " a%d=\"\"", i
		printf ">The port will reopen, its chair said.</p></article></body></html>\n" }' >"$2"
}

cliff_attr_page() {	# about N KB of elements of 256 attributes each (the limit)
	awk -v kb="$1" 'BEGIN { el = "<p"
		for (i = 0; i < 256; i++) el = el sprintf(" a%d=\"\"", i)
		el = el ">The port will reopen, its chair said.</p>\n"
		printf "<html><body><article>"
		for (n = 0; n < kb * 1024; n += length(el)) printf "%s", el
		printf "</article></body></html>\n" }' >"$2"
}

cliff_md_page() {	# about N KB of paragraphs of 100 '[' closed on their next line
	awk -v kb="$1" 'BEGIN { p = "The port will reopen, its chair said. "
		for (i = 0; i < 100; i++) p = p "["
		p = p "\n"
		for (i = 0; i < 100; i++) p = p "]"
		p = p "\n\n"
		for (n = 0; n < kb * 1024; n += length(p)) printf "%s", p }' >"$2"
}

cliff_md_brackets() {	# N '[' in a Markdown paragraph, closed on its next line
	{ printf 'The port will reopen, its chair said.\n\n'
	  head -c "$1" /dev/zero | tr '\0' '['
	  printf '\n'
	  head -c "$1" /dev/zero | tr '\0' ']'
	  printf '\n'; } >"$2"
}

# N lines of word list in $XDG_CONFIG_HOME/whosaid/cliff.txt, every entry
# starting with a word of the news ("said Ason", "Deputy Bson Minister"),
# and FILE 256 KB of prose.
cliff_word_list() {
	mkdir -p "$XDG_CONFIG_HOME/whosaid"
	awk -v n="$1" "$cliff_names_awk"'
	BEGIN { for (i = 0; i < n; i++) {
		if (i % 2 == 0) printf "speech: said %s\n", name(i)
		else printf "title: Deputy %s Minister\n", name(i) } }' \
	    >"$XDG_CONFIG_HOME/whosaid/cliff.txt"
	cliff_prose_kb 256 "$2"
}

cliff_long_name() {	# about N KB of short quotations, each "he said", of
			# one person of a long name: a line of the text
			# export's key each, the name in every one
	awk -v kb="$1" 'BEGIN {
		printf "Title\n\nMaximiliano Alejandro Fernández-Castellanos Oyelaran-Villanueva, the mayor, said the port would open.\n\n"
		for (i = 0; n < kb * 1024; i++) {
			line = sprintf("\"Yes %d,\" he said.\n\n", i)
			printf "%s", line; n += length(line) } }' >"$2"
}

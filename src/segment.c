/*
 * segment: blocks, lines, sentences and tokens.
 *
 * A pass over the lines of the text groups them into blocks; each block
 * is then tokenised line by line and its tokens are grouped into
 * sentences.  Every step looks at a bounded neighbourhood of the current
 * token, so the whole is linear in the size of the text: no step searches
 * backwards or forwards without bound (quotes are tracked with counters,
 * not by scanning for their partner).
 *
 * Tokens come from libunistring's UAX #29 word breaks, computed over one
 * "piece" at a time: a run of bytes between ASCII white space.  A break
 * always falls between ASCII white space and a following ASCII character,
 * so pieces give the same tokens as the whole line would (but for a
 * combining mark right after a space), and the break buffer stays as
 * small as the longest piece.  A piece is first read by a fast path that
 * implements the same rules for ASCII and for the curly quotes, dashes
 * and ellipsis of most articles; at any other non-ASCII character it
 * hands the whole piece to u8_wordbreaks.  tests/test_segment.c checks
 * that both give libunistring's breaks.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>
#include <uniwbrk.h>

#include "whosaid/lexicon.h"
#include "whosaid/segment.h"
#include "whosaid/width.h"
#include "whosaid/xmalloc.h"

_Static_assert(sizeof(struct ws_token) == 6, "a token is 6 bytes (segment.h)");
_Static_assert(WS_TEXT_MAX_BYTES <= (1u << WS_TOKEN_START_BITS), "a token's start fits its bits (segment.h)");
_Static_assert(WS_TOK_LINE_START < (1u << WS_TOKEN_FLAG_BITS), "the token flags fit their bits (segment.h)");
_Static_assert(WS_BLOCK_QUOTE <= WS_BLOCK_KIND_MASK_, "a block's kind fits its bits (segment.h)");

/* Limits of what reads as a title or a heading, in characters and words. */
#define TITLE_MAX_CHARS 200
#define TITLE_MAX_WORDS 30
#define HEADING_MAX_CHARS 70
#define HEADING_MAX_WORDS 10

struct builder {
	const char *s;
	size_t len;
	struct ws_doc *doc;
	const struct ws_lexicon *lex;	/* borrowed; NULL for blocks only */
	size_t blocks_cap, bits_cap, lines_cap, sentences_cap, tokens_cap;
	char *brk;			/* word breaks of the current piece */
	size_t brk_cap;
	int dq_open;			/* straight double quotes open in the block */
	int sq_open;			/* single quotes open in the block */
	int per_line;			/* no blank line: a paragraph per line */
};

/*
 * The doc's arrays grew by doubling: what they did not fill (up to half
 * of each, and the token guess's rest) goes back before the analysis and
 * the exports allocate, so that peak memory follows what the doc holds.
 */
static void
shrink_doc(struct ws_doc *doc)
{
	xshrink(&doc->blocks_, doc->nblocks, sizeof *doc->blocks_);
	xshrink(&doc->block_bits_, doc->nblocks, sizeof *doc->block_bits_);
	xshrink(&doc->lines_, doc->nlines_, sizeof *doc->lines_);
	if (doc->sentences_ != NULL)
		xshrink(&doc->sentences_, doc->nsentences + 1, sizeof *doc->sentences_);
	xshrink(&doc->tokens, doc->ntokens, sizeof *doc->tokens);
}

/*
 * Room in a doc array for n elements: by a sixteenth past a megabyte, so
 * that the room the doc holds at its peak, before shrink_doc(), stays
 * near what it fills (doubled, the arrays of one-letter paragraphs held
 * 5 bytes a paragraph they did not fill; by a quarter, 2.8).  Past a
 * megabyte an array grows without being copied (xmalloc.c).
 */
#define RESERVE(b, field, capfield, n) \
	xgrow_by(&(b)->doc->field, &(b)->capfield, (n), sizeof *(b)->doc->field, 4)

/* ---- characters ---- */

static ucs4_t
char_at(const char *s, size_t end, size_t off)
{
	ucs4_t uc;

	if ((unsigned char)s[off] < 0x80)
		return (unsigned char)s[off];
	if (u8_mbtouc(&uc, (const uint8_t *)s + off, end - off) < 0)
		return 0xfffd;
	return uc;
}

/* The character that ends at `end` (exclusive), starting no earlier than start. */
static ucs4_t
char_before(const char *s, size_t start, size_t end)
{
	size_t p = end;

	if (p <= start)
		return 0;
	p--;
	while (p > start && ((unsigned char)s[p] & 0xc0) == 0x80 && end - p < 4)
		p--;
	return char_at(s, end, p);
}

/* White space: trimmed from lines, never a token. */
static int
is_space(ucs4_t c)
{
	return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r' ||
	    c == 0xa0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200a) ||
	    c == 0x202f || c == 0x205f || c == 0x1680 || c == 0x85 ||
	    c == 0x2028 || c == 0x2029;
}

static int
is_lower(ucs4_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z';
	return uc_is_lower(c);
}

static int
is_upper(ucs4_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z';
	return uc_is_upper(c) || uc_is_property_titlecase(c);
}

static int
is_alnum(ucs4_t c)
{
	if (c < 0x80)
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9');
	return uc_is_alnum(c);
}

/* Length of the character at s[off], at least 1. */
static size_t
char_len(const char *s, size_t end, size_t off)
{
	int n;

	if ((unsigned char)s[off] < 0x80)
		return 1;
	n = u8_mblen((const uint8_t *)s + off, end - off);
	return n > 0 ? (size_t)n : 1;
}

/* ---- lines and blocks ---- */

/*
 * Is the character at pos a grapheme cluster of its own?  A space or a
 * '>' that a combining mark or a joiner extends is text, not something
 * to strip: a line must start on a cluster boundary.
 */
static int
whole_cluster(const char *s, size_t end, size_t pos)
{
	return ws_cluster_end(s, end, pos) == pos + char_len(s, end, pos);
}

/* Trim white space from both ends of [*start, *end). */
static void
trim(const char *s, size_t *start, size_t *end)
{
	size_t a = *start, z = *end;
	ucs4_t c;

	while (a < z && is_space(c = char_at(s, z, a)) && whole_cluster(s, z, a))
		a += char_len(s, z, a);
	while (z > a && is_space(c = char_before(s, a, z))) {
		size_t p = z - 1;

		while (p > a && ((unsigned char)s[p] & 0xc0) == 0x80)
			p--;
		/* A Prepend holds the space in its cluster ("\u0600 ", UAX #29 GB9b). */
		if (p > a && uc_graphemeclusterbreak_property(char_before(s, a, p)) == GBP_PREPEND)
			break;
		z = p;
	}
	*start = a;
	*end = z;
}

/* Strip the '>' markers of a quote line and the space after them. */
static void
strip_quote_marks(const char *s, size_t *start, size_t end)
{
	while (*start < end && s[*start] == '>' && whole_cluster(s, end, *start)) {
		(*start)++;
		while (*start < end && (s[*start] == ' ' || s[*start] == '\t') &&
		       whole_cluster(s, end, *start))
			(*start)++;
	}
}

/* The content of the line [ls, le): *kind 0 blank, 1 text, 2 quote. */
static void
line_content(const char *s, size_t ls, size_t le, size_t *cs, size_t *ce,
	     int *kind)
{
	*cs = ls;
	*ce = le;
	trim(s, cs, ce);
	*kind = *cs < *ce;
	if (*kind && s[*cs] == '>') {
		size_t was = *cs;

		strip_quote_marks(s, cs, *ce);
		if (*cs != was)
			*kind = *cs < *ce ? 2 : 0;
	}
}

static size_t
line_end(const char *s, size_t len, size_t pos)
{
	const char *nl = memchr(s + pos, '\n', len - pos);

	return nl == NULL ? len : (size_t)(nl - s);
}

/*
 * Whether a blank line separates two lines of content anywhere.  Stops at
 * the first one, so it is quick on ordinary articles.
 */
static int
has_blank_line(const char *s, size_t len)
{
	size_t pos = 0, le, cs, ce;
	int kind, seen = 0, blank = 0;

	while (pos < len) {
		le = line_end(s, len, pos);
		line_content(s, pos, le, &cs, &ce, &kind);
		if (kind == 0)
			blank = seen;
		else if (blank)
			return 1;
		else
			seen = 1;
		pos = le + 1;
	}
	return 0;
}

/* Block i's kind becomes k. */
static void
set_block_kind(struct ws_doc *doc, size_t i, enum ws_block_kind k)
{
	doc->block_bits_[i] = (uint8_t)((doc->block_bits_[i] & ~WS_BLOCK_KIND_MASK_) | k);
}

/*
 * The block of the lines from first_line to the last one kept.  Its span
 * is theirs; a block of one line keeps no line (its span is the line).
 */
static void
add_block(struct builder *b, enum ws_block_kind kind, size_t first_line)
{
	struct ws_doc *doc = b->doc;
	size_t n = doc->nlines_ - first_line;

	RESERVE(b, blocks_, blocks_cap, doc->nblocks + 1);
	RESERVE(b, block_bits_, bits_cap, doc->nblocks + 1);
	doc->blocks_[doc->nblocks].start = doc->lines_[first_line].start;
	doc->blocks_[doc->nblocks].end = doc->lines_[doc->nlines_ - 1].end;
	doc->block_bits_[doc->nblocks] = (uint8_t)(kind | (n > 1 ? WS_BLOCK_LINES_ : 0));
	doc->nblocks++;
	doc->nlines += n;
	if (n == 1)
		doc->nlines_--;
}

/*
 * Group the lines into blocks: runs of lines of one kind (text or quote)
 * between blank lines, or one line each when the text has no blank line.
 */
static void
find_blocks(struct builder *b)
{
	struct ws_doc *doc = b->doc;
	size_t pos = 0, le, cs, ce, first = 0;
	int kind, cur = 0;

	while (pos <= b->len) {
		le = line_end(b->s, b->len, pos);
		line_content(b->s, pos, le, &cs, &ce, &kind);
		if (cur != 0 && (kind != cur || b->per_line)) {
			add_block(b, cur == 2 ? WS_BLOCK_QUOTE :
			    WS_BLOCK_PARAGRAPH, first);
			cur = 0;
		}
		if (kind != 0) {
			RESERVE(b, lines_, lines_cap, doc->nlines_ + 1);
			if (cur == 0)
				first = doc->nlines_;
			doc->lines_[doc->nlines_].start = (uint32_t)cs;
			doc->lines_[doc->nlines_].end = (uint32_t)ce;
			doc->nlines_++;
			cur = kind;
		}
		if (le == b->len)
			break;
		pos = le + 1;
	}
	if (cur != 0)
		add_block(b, cur == 2 ? WS_BLOCK_QUOTE :
		    WS_BLOCK_PARAGRAPH, first);
}

static int
is_closer(ucs4_t c)
{
	switch (c) {
	case '"': case '\'': case ')': case ']': case '}':
	case 0x2019: case 0x201d: case 0xbb: case 0x203a:
	case 0x300d: case 0x300f: case 0xff09:
		return 1;
	}
	return 0;
}

static int
is_opener(ucs4_t c)
{
	switch (c) {
	case '"': case '\'': case '(': case '[':
	case 0x2018: case 0x201c: case 0xab: case 0x2039: case 0x201e:
	case 0x201a: case 0x300c: case 0x300e: case 0xff08:
		return 1;
	}
	return 0;
}

/* Whether c ends a sentence or a clause, so a line ending so is no heading. */
static int
is_closing_punct(ucs4_t c, int headline)
{
	if (c == '.' || c == ',' || c == ';' || c == ':' || c == 0x3002 ||
	    c == 0xff0c || c == 0x2026 || c == '-' || c == 0x2013 ||
	    c == 0x2014)
		return 1;
	/* A headline may ask or exclaim; a heading that does is a paragraph. */
	return !headline && (c == '?' || c == '!' || c == 0xff01 || c == 0xff1f);
}

/*
 * Whether [start, end) is in Title Case: at least three words of four
 * letters or more, all capitalised.  Some sources end their headlines
 * with a full stop; in Title Case they still read as headlines.
 */
static int
title_case(const char *s, size_t start, size_t end)
{
	size_t i = start, w, long_words = 0;

	while (i < end) {
		while (i < end && !((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= 'A' && s[i] <= 'Z')))
			i++;
		for (w = i; i < end && ((s[i] >= 'a' && s[i] <= 'z') ||
		    (s[i] >= 'A' && s[i] <= 'Z') || s[i] == '\''); i++)
			;
		if (i - w < 4)
			continue;
		if (s[w] >= 'a' && s[w] <= 'z')
			return 0;
		long_words++;
	}
	return long_words >= 3;
}

/*
 * Whether a stand-alone line reads as a title or heading: short, and not
 * ending like a sentence or clause (closing quotes aside: ‘More Time’).
 * The end is looked at first: most paragraphs stop there.
 */
static int
reads_as_heading(const char *s, struct ws_span sp, size_t max_chars,
		 size_t max_words, int headline)
{
	size_t chars = 0, words = 0, i, end = sp.end;
	int in_word = 0;
	ucs4_t c;

	while (end > sp.start && is_closer(c = char_before(s, sp.start, end)))
		end -= c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
	if (end == sp.start)
		return 0;
	c = char_before(s, sp.start, end);
	if (is_closing_punct(c, headline) &&
	    !(headline && c == '.' && title_case(s, sp.start, end - 1)))
		return 0;
	for (i = sp.start; i < sp.end; i++) {
		unsigned char u = (unsigned char)s[i];

		if ((u & 0xc0) == 0x80)
			continue;
		if (++chars > max_chars)
			return 0;
		if (u == ' ' || u == '\t')
			in_word = 0;
		else if (!in_word) {
			in_word = 1;
			if (++words > max_words)
				return 0;
		}
	}
	/* A byline is the start of the article, not a heading over it. */
	if (sp.end - sp.start > 3 && memcmp(s + sp.start, "By ", 3) == 0)
		return 0;
	c = char_at(s, sp.end, sp.start);
	while (is_opener(c)) {
		sp.start += char_len(s, sp.end, sp.start);
		if (sp.start >= sp.end)
			return 0;
		c = char_at(s, sp.end, sp.start);
	}
	return !is_lower(c);
}

/*
 * The title is the first block when it is one line that reads as a
 * headline with a blank line after it; headings are other one-line blocks
 * of that shape, shorter, that some paragraph follows.  A text without
 * blank lines has neither: each of its lines is a paragraph.
 */
static void
find_title_and_headings(struct builder *b)
{
	struct ws_doc *doc = b->doc;
	size_t i;

	if (b->per_line)
		return;
	for (i = 0; i + 1 < doc->nblocks; i++) {
		if (doc->block_bits_[i] != WS_BLOCK_PARAGRAPH)	/* one line, a paragraph */
			continue;
		if (i == 0 && reads_as_heading(b->s, ws_doc_block_span(doc, i), TITLE_MAX_CHARS,
		    TITLE_MAX_WORDS, 1))
			set_block_kind(doc, i, WS_BLOCK_TITLE);
		else if (i > 0 && reads_as_heading(b->s, ws_doc_block_span(doc, i),
		    HEADING_MAX_CHARS, HEADING_MAX_WORDS, 0))
			set_block_kind(doc, i, WS_BLOCK_HEADING);
	}
}

/* ---- tokens ---- */

/*
 * Word-break classes of ASCII characters (UAX #29), and two of our own:
 * the white space that cuts pieces, and the bytes of non-ASCII characters.
 */
enum { A_OTHER, A_LETTER, A_DIGIT, A_MIDLETTER, A_MIDNUM, A_MIDNUMLET,
       A_SQ, A_EXTNUMLET, A_SPACE, A_HIGH };

static const unsigned char byte_class[256] = {
	['a' ... 'z'] = A_LETTER, ['A' ... 'Z'] = A_LETTER,
	['0' ... '9'] = A_DIGIT,
	[':'] = A_MIDLETTER, [','] = A_MIDNUM, [';'] = A_MIDNUM,
	['.'] = A_MIDNUMLET, ['\''] = A_SQ, ['_'] = A_EXTNUMLET,
	[' '] = A_SPACE, ['\t'] = A_SPACE, ['\r'] = A_SPACE,
	['\v'] = A_SPACE, ['\f'] = A_SPACE,
	[0x80 ... 0xff] = A_HIGH,
};

#define ACLASS(i) ((i) < end && (i) >= start ? \
	byte_class[(unsigned char)s[i]] : A_OTHER)

/* Whether UAX #29 keeps s[i-1] and s[i] together, for ASCII text. */
static int
ascii_joined(const char *s, size_t start, size_t end, size_t i)
{
	int a = ACLASS(i - 1), c = ACLASS(i);
	int mid_l, mid_n;

	if (a == A_LETTER && (c == A_LETTER || c == A_DIGIT))
		return 1;			/* WB5, WB9 */
	if (a == A_DIGIT && (c == A_DIGIT || c == A_LETTER))
		return 1;			/* WB8, WB10 */
	if (c == A_EXTNUMLET && (a == A_LETTER || a == A_DIGIT ||
	    a == A_EXTNUMLET))
		return 1;			/* WB13a */
	if (a == A_EXTNUMLET && (c == A_LETTER || c == A_DIGIT))
		return 1;			/* WB13b */
	mid_l = c == A_MIDLETTER || c == A_MIDNUMLET || c == A_SQ;
	mid_n = c == A_MIDNUM || c == A_MIDNUMLET || c == A_SQ;
	if (a == A_LETTER && mid_l && ACLASS(i + 1) == A_LETTER)
		return 1;			/* WB6 */
	if (a == A_DIGIT && mid_n && ACLASS(i + 1) == A_DIGIT)
		return 1;			/* WB12 */
	mid_l = a == A_MIDLETTER || a == A_MIDNUMLET || a == A_SQ;
	mid_n = a == A_MIDNUM || a == A_MIDNUMLET || a == A_SQ;
	if (c == A_LETTER && mid_l && i >= start + 2 && ACLASS(i - 2) == A_LETTER)
		return 1;			/* WB7 */
	if (c == A_DIGIT && mid_n && i >= start + 2 && ACLASS(i - 2) == A_DIGIT)
		return 1;			/* WB11 */
	return 0;
}

static inline int
is_sentence_end(ucs4_t c)
{
	return c == '.' || c == '?' || c == '!' || c == 0x2026 ||
	    c == 0x203d || c == 0x3002 || c == 0xff01 || c == 0xff1f ||
	    c == 0xff0e;
}

/* Whether a CJK full stop: it ends a sentence with no space after it. */
static int
is_cjk_end(ucs4_t c)
{
	return c == 0x3002 || c == 0xff01 || c == 0xff1f || c == 0xff0e;
}

/*
 * Whether the letters at s[pos] are an elided word (’em, ’n’): an elision
 * of the lexicon (data/abbreviations.txt).
 */
static int
starts_elision(const struct builder *b, size_t pos, size_t end)
{
	const char *s = b->s;
	size_t i = pos;

	while (i < end && i - pos < 6 && ((s[i] >= 'a' && s[i] <= 'z') ||
	    (s[i] >= 'A' && s[i] <= 'Z')))
		i++;
	if (i == pos || (i < end && ((s[i] >= 'a' && s[i] <= 'z') ||
	    (s[i] >= 'A' && s[i] <= 'Z'))))
		return 0;
	return b->lex != NULL && ws_lexicon_elision(b->lex, s + pos, i - pos);
}

/* Flags of a straight or curly single quote, from its neighbours. */
static unsigned
single_quote_flags(struct builder *b, ucs4_t c, ucs4_t prev, ucs4_t next,
		   int elided)
{
	int after_word = prev != 0 && is_alnum(prev);
	int before_space = next == 0 || is_space(next);

	if (c == 0x2018) {		/* ‘ */
		if (next != 0 && next < 0x80 && next >= '0' && next <= '9')
			return WS_TOK_APOSTROPHE;	/* ‘90s, a common slip */
		b->sq_open++;
		return WS_TOK_OPEN_QUOTE | WS_TOK_SINGLE_QUOTE;
	}
	if (after_word || (prev != 0 && !is_space(prev) && !is_opener(prev))) {
		/* parents’ or ‘More Time’ : an open quote decides. */
		if (b->sq_open > 0) {
			b->sq_open--;
			return WS_TOK_CLOSE_QUOTE | WS_TOK_SINGLE_QUOTE;
		}
		return after_word ? WS_TOK_APOSTROPHE :
		    WS_TOK_CLOSE_QUOTE | WS_TOK_SINGLE_QUOTE;
	}
	/* After space or at the start of a line. */
	if (next >= '0' && next <= '9')
		return WS_TOK_APOSTROPHE;	/* ’90s */
	if (elided)
		return WS_TOK_APOSTROPHE;	/* ’em, ’n’ */
	if (!before_space) {
		b->sq_open++;
		return WS_TOK_OPEN_QUOTE | WS_TOK_SINGLE_QUOTE;
	}
	if (b->sq_open > 0) {
		b->sq_open--;
		return WS_TOK_CLOSE_QUOTE | WS_TOK_SINGLE_QUOTE;
	}
	return 0;
}

/* Flags of a straight double quote, from its neighbours. */
static unsigned
double_quote_flags(struct builder *b, ucs4_t prev, ucs4_t next)
{
	int open_side = prev == 0 || is_space(prev) || is_opener(prev) ||
	    prev == 0x2014 || prev == 0x2013 || prev == '=';
	int close_side = next == 0 || is_space(next) || is_closer(next) ||
	    (next < 0x80 && strchr(".,;:!?-", (int)next) != NULL) ||
	    next == 0x2014 || next == 0x2013 || next == 0x2026;
	int opens;

	if (prev >= '0' && prev <= '9' && b->dq_open == 0)
		return 0;			/* inches: 6'3" */
	if (open_side && !close_side)
		opens = 1;
	else if (close_side && !open_side)
		opens = 0;
	else
		opens = b->dq_open == 0;
	if (opens) {
		b->dq_open++;
		return WS_TOK_OPEN_QUOTE;
	}
	if (b->dq_open > 0)
		b->dq_open--;
	return WS_TOK_CLOSE_QUOTE;
}

#define CLOSE_AHEAD_MAX 400	/* bytes looked at for the quotation's close: a sentence or two */

/*
 * "‘The parents’ group was never asked,’ said …": inside a quotation in
 * single marks, a mark after an s, before a space and a lower-case word,
 * is a plural's apostrophe when a mark after a comma, a full stop, a
 * question or exclamation mark closes the quotation further on the line
 * (looked for CLOSE_AHEAD_MAX bytes).  The mark is at s[start, end).
 */
static int
plural_possessive(const struct builder *b, size_t start, size_t end, size_t le)
{
	const char *s = b->s;
	size_t stop = le - end > CLOSE_AHEAD_MAX ? end + CLOSE_AHEAD_MAX : le;

	if (b->sq_open == 0 || start == 0 || (s[start - 1] != 's' && s[start - 1] != 'S') ||
	    end + 1 >= le || s[end] != ' ' || !(s[end + 1] >= 'a' && s[end + 1] <= 'z'))
		return 0;
	for (size_t i = end + 1; i + 1 < stop; i++)
		if (s[i] != '\0' && strchr(",.?!", s[i]) != NULL &&
		    ((unsigned char)s[i + 1] == '\'' ||
		     (i + 3 < stop && memcmp(s + i + 1, "\xe2\x80\x99", 3) == 0)))
			return 1;
	return 0;
}

/* Flags of a token that is not a word. */
static unsigned
mark_flags(struct builder *b, size_t start, size_t end, size_t ls, size_t le)
{
	ucs4_t c = char_at(b->s, end, start);
	ucs4_t prev = start > ls ? char_before(b->s, ls, start) : 0;
	ucs4_t next = end < le ? char_at(b->s, le, end) : 0;

	switch (c) {
	case 0x201c:
		/* „Wir bleiben“, sagte sie: in German “ closes, after the words it ends. */
		if (prev != 0 && !is_space(prev) && !is_opener(prev) &&
		    (next == 0 || is_space(next) || is_closer(next) ||
		     (next < 0x80 && strchr(".,;:!?", (int)next) != NULL)))
			return WS_TOK_CLOSE_QUOTE;
		return WS_TOK_OPEN_QUOTE;
	case 0x201e: case 0xab: case 0x300c:
		return WS_TOK_OPEN_QUOTE;
	case 0x201d: case 0xbb: case 0x300d:
		return WS_TOK_CLOSE_QUOTE;
	case 0x300e: case 0x2039: case 0x201a:
		return WS_TOK_OPEN_QUOTE | WS_TOK_SINGLE_QUOTE;
	case 0x300f: case 0x203a:
		return WS_TOK_CLOSE_QUOTE | WS_TOK_SINGLE_QUOTE;
	case '"':
		return double_quote_flags(b, prev, next);
	case '\'': case 0x2018: case 0x2019:
		if (c != 0x2018 && plural_possessive(b, start, end, le))
			return WS_TOK_APOSTROPHE;
		return single_quote_flags(b, c, prev, next,
		    starts_elision(b, end, le));
	}
	return 0;
}

static unsigned
word_flags(const char *s, size_t start, size_t end)
{
	ucs4_t c = char_at(s, end, start);
	unsigned flags = WS_TOK_WORD;
	size_t i, upper = 0;

	if (c < 0x80 ? (c >= '0' && c <= '9') : uc_is_digit(c))
		flags |= WS_TOK_NUMBER;
	else if (is_upper(c))
		flags |= WS_TOK_CAP;
	for (i = start; i < end; i += char_len(s, end, i)) {
		c = char_at(s, end, i);
		if (is_lower(c))
			return flags;
		upper += is_upper(c);
	}
	return upper >= 2 ? flags | WS_TOK_ALLCAPS : flags;
}

/* The same for an ASCII word, a byte at a time. */
static unsigned
ascii_word_flags(const char *s, size_t start, size_t end)
{
	unsigned char c = (unsigned char)s[start];
	unsigned flags = WS_TOK_WORD;
	size_t i, upper = 0;

	if (c >= '0' && c <= '9')
		flags |= WS_TOK_NUMBER;
	else if (c >= 'A' && c <= 'Z')
		flags |= WS_TOK_CAP;
	for (i = start; i < end; i++) {
		c = (unsigned char)s[i];
		if (c >= 'a' && c <= 'z')
			return flags;
		upper += c >= 'A' && c <= 'Z';
	}
	return upper >= 2 ? flags | WS_TOK_ALLCAPS : flags;
}

/*
 * Whether the mark [start, end) makes a run of one mark more than three
 * long ("""", !!!!, ----, ****): such a run is one punctuation token,
 * with no quotation role, so a wall of punctuation costs a token per run
 * and not per byte.  ("..." and "!!!" stay three tokens.)  A run grows
 * from the last token, or from the three single marks before it, which
 * it then takes in.
 */
static int
joins_run(struct builder *b, size_t start, size_t end)
{
	struct ws_token *t = b->doc->tokens;
	size_t n = end - start, k = b->doc->ntokens;
	const struct ws_token *last;

	/* before three tokens there is no run, and maybe no token array yet */
	if (k < 3)
		return 0;
	last = &t[k - 1];
	if (!ws_token_is(last, WS_TOK_PUNCT) || ws_token_end(last) != start ||
	    ws_token_len(last) < n || memcmp(b->s + ws_token_end(last) - n, b->s + start, n) != 0)
		return 0;
	if (ws_token_len(last) >= 4 * n && ws_token_len(last) % n == 0 &&
	    ws_token_len(last) + n <= WS_TOKEN_MAX_LEN) {
		t[k - 1] = ws_token_make(ws_token_start(last), ws_token_len(last) + n,
					 ws_token_flags(last));
		return 1;
	}
	for (size_t j = k - 3; j < k; j++)
		if (ws_token_len(&t[j]) != n || !ws_token_is(&t[j], WS_TOK_PUNCT) ||
		    ws_token_end(&t[j]) != (j + 1 < k ? ws_token_start(&t[j + 1]) : start) ||
		    memcmp(b->s + ws_token_start(&t[j]), b->s + start, n) != 0)
			return 0;
	t[k - 3] = ws_token_make(ws_token_start(&t[k - 3]), 4 * n,
				 ws_token_flags(&t[k - 3]) &
				 ~(unsigned)(WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE |
					     WS_TOK_SINGLE_QUOTE | WS_TOK_APOSTROPHE));
	b->doc->ntokens -= 2;
	return 1;
}

/* Does a mark at start come right after another, three tokens in or more (joins_run()'s first test)? */
static inline int
follows_mark(const struct builder *b, size_t start)
{
	size_t k = b->doc->ntokens;

	return k >= 3 && ws_token_is(&b->doc->tokens[k - 1], WS_TOK_PUNCT) &&
	       ws_token_end(&b->doc->tokens[k - 1]) == start;
}

static inline void
push_piece(struct builder *b, size_t start, size_t end, unsigned flags)
{
	struct ws_doc *doc = b->doc;

	if ((flags & WS_TOK_PUNCT) && follows_mark(b, start) && joins_run(b, start, end))
		return;
	if (doc->ntokens == b->tokens_cap)
		RESERVE(b, tokens, tokens_cap, doc->ntokens + 1);
	doc->tokens[doc->ntokens++] = ws_token_make(start, end - start, flags);
}

/*
 * A token longer than one can hold (WS_TOKEN_MAX_LEN, segment.h) is cut
 * into tokens at character boundaries; the pieces after the first keep
 * its flags but those of its start (LINE_START, CAP, NUMBER).
 */
static void
push_long_token(struct builder *b, size_t start, size_t end, unsigned flags)
{
	while (end - start > WS_TOKEN_MAX_LEN) {
		size_t cut = start + WS_TOKEN_MAX_LEN;

		while (((unsigned char)b->s[cut] & 0xc0) == 0x80)
			cut--;			/* inside a character */
		push_piece(b, start, cut, flags);
		start = cut;
		flags &= ~(unsigned)(WS_TOK_LINE_START | WS_TOK_CAP | WS_TOK_NUMBER);
	}
	push_piece(b, start, end, flags);
}

/* Inline: a token every five bytes comes through here. */
static inline void
push_token(struct builder *b, size_t start, size_t end, unsigned flags)
{
	if (end - start > WS_TOKEN_MAX_LEN)
		push_long_token(b, start, end, flags);
	else
		push_piece(b, start, end, flags);
}

/* A token found by libunistring: white space is dropped, the rest kept. */
static void
add_token(struct builder *b, size_t start, size_t end, size_t ls, size_t le,
	  unsigned line_start)
{
	ucs4_t c = char_at(b->s, end, start);
	size_t i;

	if (is_space(c)) {
		for (i = start; i < end && is_space(char_at(b->s, end, i)); )
			i += char_len(b->s, end, i);
		if (i == end)
			return;
	}
	if (is_alnum(c) || (c == '_' && end - start > 1))
		push_token(b, start, end,
		    word_flags(b->s, start, end) | line_start);
	else
		push_token(b, start, end,
		    WS_TOK_PUNCT | mark_flags(b, start, end, ls, le) | line_start);
}

/* Whether s[i] starts ‘ or ’ (E2 80 98, E2 80 99): MidNumLet, as '.' is. */
static int
curly_single_at(const char *s, size_t i, size_t le)
{
	return i + 2 < le && (unsigned char)s[i] == 0xe2 &&
	    (unsigned char)s[i + 1] == 0x80 &&
	    ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99);
}

/*
 * Whether s[i] starts one of the punctuation marks common in articles that
 * UAX #29 always breaks around (class Other): “ ” – — …
 */
static int
common_mark_at(const char *s, size_t i, size_t le)
{
	unsigned char c;

	if (i + 2 >= le || (unsigned char)s[i] != 0xe2 ||
	    (unsigned char)s[i + 1] != 0x80)
		return 0;
	c = (unsigned char)s[i + 2];
	return c == 0x9c || c == 0x9d || c == 0x93 || c == 0x94 || c == 0xa6;
}

/*
 * The end of the word of ASCII letters and digits at s[i]: they always
 * join (WB5, WB8-10); other characters are looked at by the full ASCII
 * rules, and ‘ ’ between two letters or two digits join too (WB6-7,
 * WB11-12: don’t, Xi’s).
 */
static size_t
ascii_word_end(const char *s, size_t piece, size_t le, size_t i)
{
	int cls = A_OTHER, before;

	for (;;) {
		while (i < le && ((cls = byte_class[(unsigned char)s[i]]) ==
		    A_LETTER || cls == A_DIGIT))
			i++;
		if (i == le || cls == A_SPACE || cls == A_OTHER)
			return i;	/* nothing joins these */
		if (cls == A_HIGH) {
			before = byte_class[(unsigned char)s[i - 1]];
			if (!curly_single_at(s, i, le) || i + 3 >= le ||
			    (before != A_LETTER && before != A_DIGIT) ||
			    byte_class[(unsigned char)s[i + 3]] != before)
				return i;
			i += 3;
			continue;
		}
		if (!ascii_joined(s, piece, le, i))
			return i;
		i++;
	}
}

/* Tokens of a piece with non-ASCII characters: libunistring's breaks. */
static void
tokenize_unicode(struct builder *b, size_t start, size_t end, size_t ls,
		 size_t le, unsigned *line_start)
{
	size_t n = end - start, tok = start, i;
	size_t before = b->doc->ntokens;

	if (n > b->brk_cap) {
		b->brk = xreallocarray(b->brk, n, 1);
		b->brk_cap = n;
	}
	u8_wordbreaks((const uint8_t *)b->s + start, n, b->brk);
	for (i = 1; i <= n; i++) {
		if (i < n && !b->brk[i])
			continue;
		add_token(b, tok, start + i, ls, le, *line_start);
		if (b->doc->ntokens > before)
			*line_start = 0;
		tok = start + i;
	}
}

/*
 * Tokens of the line content [ls, le), piece by piece.  A piece is read
 * as ASCII until a non-ASCII byte shows up; then what it gave is dropped
 * (the quote counts with it) and libunistring reads the whole piece.
 */
static void
tokenize_line(struct builder *b, size_t ls, size_t le)
{
	const char *s = b->s;
	size_t i = ls, piece, tok, undo;
	unsigned line_start = WS_TOK_LINE_START, undo_ls, flags;
	int cls, undo_dq, undo_sq;

	while (i < le) {
		while (i < le && byte_class[(unsigned char)s[i]] == A_SPACE)
			i++;
		if (i == le)
			break;
		piece = i;
		undo = b->doc->ntokens;
		undo_ls = line_start;
		undo_dq = b->dq_open;
		undo_sq = b->sq_open;
		while (i < le) {
			cls = byte_class[(unsigned char)s[i]];
			if (cls == A_SPACE)
				break;
			if (cls == A_HIGH) {
				/*
				 * A common mark stands alone unless a
				 * combining character follows it (WB4).
				 */
				if (!(common_mark_at(s, i, le) ||
				    curly_single_at(s, i, le)) ||
				    (i + 3 < le && byte_class[(unsigned char)
				    s[i + 3]] == A_HIGH))
					goto unicode;
				tok = i;
				i += 3;
				flags = WS_TOK_PUNCT | mark_flags(b, tok, i, ls, le);
				push_token(b, tok, i, flags | line_start);
				line_start = 0;
				continue;
			}
			tok = i++;
			if (cls == A_LETTER || cls == A_DIGIT || cls == A_EXTNUMLET) {
				i = ascii_word_end(s, piece, le, i);
				flags = ascii_word_flags(s, tok, i);
			} else if (s[tok] == '"' || s[tok] == '\'')
				flags = WS_TOK_PUNCT | mark_flags(b, tok, i, ls, le);
			else
				flags = WS_TOK_PUNCT;
			push_token(b, tok, i, flags | line_start);
			line_start = 0;
		}
		continue;
unicode:
		while (i < le && byte_class[(unsigned char)s[i]] != A_SPACE)
			i++;
		b->doc->ntokens = undo;
		line_start = undo_ls;
		b->dq_open = undo_dq;
		b->sq_open = undo_sq;
		tokenize_unicode(b, piece, i, ls, le, &line_start);
	}
}

/* ---- sentences ---- */

/*
 * The abbreviations a full stop may follow, and the words that start
 * sentences after one, are the lexicon's (data/abbreviations.txt, and
 * the titles and honorifics of data/titles.txt): see
 * ws_lexicon_abbreviation().
 */

/*
 * A full stop after a word: never an end, an end, an end only before a
 * word that starts sentences or an opening quote, or (after an initial)
 * only before such a word: Robert C. "Bobby" Scott.
 */
enum stop { STOP_NO, STOP_YES, STOP_WEAK, STOP_INITIAL };

/* What a full stop after token `w` means, by the word alone. */
static enum stop
stop_after_word(const struct builder *b, const struct ws_token *w,
		const struct ws_token *next)
{
	const char *s = b->s;
	struct ws_span sp = ws_token_span(w);

	switch (ws_lexicon_abbreviation(b->lex, s + sp.start, sp.end - sp.start)) {
	case WS_ABBREV_TITLE:
		return STOP_NO;
	case WS_ABBREV_NUMBER:
		return ws_token_flags(next) & WS_TOK_NUMBER ? STOP_NO : STOP_WEAK;
	case WS_ABBREV_OTHER:
		return STOP_WEAK;
	case WS_ABBREV_NONE:
		break;
	}
	if (memchr(s + sp.start, '.', sp.end - sp.start) != NULL)
		return STOP_WEAK;		/* U.S. a.m. e.g. */
	if (ws_token_is(w, WS_TOK_CAP) && char_len(s, sp.end, sp.start) ==
	    sp.end - sp.start)
		return STOP_INITIAL;		/* J. K. Rowling */
	return STOP_YES;
}

/*
 * Whether the sentence ends with the terminal tokens [i, j) (the last ones
 * closing quotes and brackets), before token j.
 */
static int
ends_sentence(const struct builder *b, size_t t0, size_t i, size_t j)
{
	const struct ws_token *tok = b->doc->tokens;
	const struct ws_token *next = &tok[j];
	ucs4_t c = char_at(b->s, ws_token_end(&tok[i]), ws_token_start(&tok[i]));
	ucs4_t nc;
	enum stop stop = STOP_YES;

	if (is_cjk_end(c))
		return 1;
	if (ws_token_start(next) == ws_token_end(&tok[j - 1]))
		return 0;			/* no space: "example.com" */
	nc = char_at(b->s, ws_token_end(next), ws_token_start(next));
	if (is_lower(nc))
		return 0;
	if (is_sentence_end(nc) && !ws_token_is(next, WS_TOK_WORD))
		return 0;			/* ". . ." */
	if (c == '.' && i > t0 && (i + 1 == j || !is_sentence_end(
	    char_at(b->s, ws_token_end(&tok[i + 1]), ws_token_start(&tok[i + 1])))) &&
	    ws_token_is(&tok[i - 1], WS_TOK_WORD) &&
	    ws_token_end(&tok[i - 1]) == ws_token_start(&tok[i]))
		stop = stop_after_word(b, &tok[i - 1], next);
	if (stop == STOP_WEAK && ws_token_is(next, WS_TOK_OPEN_QUOTE))
		return 1;
	if (stop == STOP_WEAK || stop == STOP_INITIAL)
		return ws_lexicon_sentence_opener(b->lex, b->s + ws_token_start(next), ws_token_len(next));
	return stop == STOP_YES;
}

/* A sentence from token first (its tokens run to the next one's first). */
static void
add_sentence(struct builder *b, size_t first)
{
	struct ws_doc *doc = b->doc;

	/* One more for the tokens' end, after the last sentence. */
	RESERVE(b, sentences_, sentences_cap, doc->nsentences + 2);
	doc->sentences_[doc->nsentences++] = (uint32_t)first;
}

/*
 * Whether token j, touching the one before, continues the run that ends a
 * sentence: another stop ("?!", "..."), a closing quote or bracket.
 */
static int
continues_end(const struct builder *b, size_t j)
{
	const struct ws_token *t = &b->doc->tokens[j];
	ucs4_t c;

	if (ws_token_start(t) != ws_token_end(&t[-1]))
		return 0;
	if (ws_token_is(t, WS_TOK_CLOSE_QUOTE))
		return 1;
	c = char_at(b->s, ws_token_end(t), ws_token_start(t));
	return c == ')' || c == ']' || c == 0xff09 || c == 0x300d ||
	    c == 0x300f || is_sentence_end(c);
}

/*
 * Split the tokens [t0, t1) of a block into sentences (none when it has
 * no token).
 */
static void
find_sentences(struct builder *b, size_t t0, size_t t1)
{
	const struct ws_token *tok;
	size_t first = t0, i, j;
	ucs4_t c;

	for (i = t0; i < t1; i++) {
		/* A bound, far above any sentence of news (see segment.h). */
		if (i - first >= WS_SENTENCE_MAX_TOKENS) {
			add_sentence(b, first);
			first = i;
		}
		tok = &b->doc->tokens[i];
		if (!ws_token_is(tok, WS_TOK_PUNCT))
			continue;
		c = char_at(b->s, ws_token_end(tok), ws_token_start(tok));
		if (!is_sentence_end(c))
			continue;
		/* Take "?!", "..." and the quotes and brackets closed after. */
		for (j = i + 1; j < t1 && continues_end(b, j); j++)
			;
		if (j < t1 && ends_sentence(b, t0, i, j)) {
			add_sentence(b, first);
			first = j;
		}
		i = j - 1;
	}
	if (first < t1)
		add_sentence(b, first);
}

static void
segment_blocks(struct builder *b)
{
	struct ws_doc *doc = b->doc;
	struct ws_block bl;
	struct ws_span line;
	size_t i, l, t0, next_line = 0;

	for (i = 0; i < doc->nblocks; i++) {
		/* The blocks' lines in order, with no search. */
		bl.span = ws_doc_block_span(doc, i);
		bl.nlines = 1;
		bl.first_line_ = 0;
		if (doc->block_bits_[i] & WS_BLOCK_LINES_) {
			bl.first_line_ = (uint32_t)next_line;
			while (next_line < doc->nlines_ && doc->lines_[next_line].start < bl.span.end)
				next_line++;
			bl.nlines = (uint32_t)(next_line - bl.first_line_);
		}
		b->dq_open = b->sq_open = 0;
		t0 = doc->ntokens;
		for (l = 0; l < bl.nlines; l++) {
			line = ws_block_line(doc, &bl, l);
			tokenize_line(b, line.start, line.end);
		}
		find_sentences(b, t0, doc->ntokens);
	}
	if (doc->sentences_ != NULL)
		doc->sentences_[doc->nsentences] = (uint32_t)doc->ntokens;
}

/* What the blocks and lines did not fill goes back before the tokens grow. */
static void
shrink_blocks(struct builder *b)
{
	struct ws_doc *doc = b->doc;

	xshrink(&doc->blocks_, doc->nblocks, sizeof *doc->blocks_);
	xshrink(&doc->block_bits_, doc->nblocks, sizeof *doc->block_bits_);
	xshrink(&doc->lines_, doc->nlines_, sizeof *doc->lines_);
	if (doc->nblocks > 0)
		b->blocks_cap = b->bits_cap = doc->nblocks;
	if (doc->nlines_ > 0)
		b->lines_cap = doc->nlines_;
}

/* Blocks and lines, then, when `tokens`, sentences and tokens. */
static int
segment(const struct ws_text *text, const struct ws_lexicon *lex, int tokens,
	struct ws_doc **out, struct ws_error *err)
{
	struct builder b;
	struct ws_doc *doc;

	*out = NULL;
	if ((uint64_t)text->len > UINT32_MAX)	/* token spans are 32-bit */
		return ws_error_set(err, "%s: text too long to segment",
				    text->name);
	doc = xcalloc(1, sizeof *doc);
	doc->text = text;
	memset(&b, 0, sizeof b);
	b.s = text->s;
	b.len = text->len;
	b.doc = doc;
	b.lex = lex;
	b.per_line = !has_blank_line(b.s, b.len);
	/* Most articles have a token every five bytes or so. */
	if (tokens && text->len > 4096) {
		b.tokens_cap = text->len / 5;
		/* A guess, so not xmalloc: when refused, the array grows as it goes. */
		doc->tokens = malloc(b.tokens_cap * sizeof *doc->tokens);
		if (doc->tokens == NULL)
			b.tokens_cap = 0;
	}
	find_blocks(&b);
	find_title_and_headings(&b);
	shrink_blocks(&b);
	if (tokens)
		segment_blocks(&b);
	free(b.brk);
	shrink_doc(doc);
	*out = doc;
	return 0;
}

int
ws_segment(const struct ws_text *text, const struct ws_lexicon *lex, struct ws_doc **out,
	   struct ws_error *err)
{
	struct ws_lexicon *own = NULL;
	int rc;

	*out = NULL;
	if (lex == NULL) {
		if (ws_lexicon_builtin(&own, err) < 0)
			return -1;
		lex = own;
	}
	rc = segment(text, lex, 1, out, err);
	ws_lexicon_free(own);
	return rc;
}

int
ws_segment_blocks(const struct ws_text *text, struct ws_doc **out, struct ws_error *err)
{
	return segment(text, NULL, 0, out, err);
}

size_t
ws_doc_bytes(const struct ws_doc *doc)
{
	return doc->nblocks * (sizeof *doc->blocks_ + sizeof *doc->block_bits_) +
	    doc->nlines_ * sizeof *doc->lines_ +
	    (doc->nsentences > 0 ? doc->nsentences + 1 : 0) * sizeof *doc->sentences_ +
	    doc->ntokens * sizeof *doc->tokens;
}

void
ws_doc_free_arrays(struct ws_doc *doc)
{
	free(doc->blocks_);
	free(doc->block_bits_);
	free(doc->lines_);
	free(doc->sentences_);
	free(doc->tokens);
}

void
ws_doc_free(struct ws_doc *doc)
{
	if (doc == NULL)
		return;
	ws_doc_free_arrays(doc);
	free(doc);
}

/*
 * Room for one more of an array of n that grows when n is a power of
 * two (to twice n): linear in all, with no capacity kept.
 */
static void
grow_pow2(void *p, size_t n, size_t size)
{
	if (n == 0 || (n & (n - 1)) == 0)
		*(void **)p = xreallocarray(*(void **)p, n == 0 ? 1 : 2 * n, size);
}

void
ws_doc_add_block(struct ws_doc *doc, enum ws_block_kind kind, const struct ws_span *lines,
		 size_t nlines)
{
	size_t i = doc->nblocks;

	grow_pow2(&doc->blocks_, i, sizeof *doc->blocks_);
	grow_pow2(&doc->block_bits_, i, sizeof *doc->block_bits_);
	doc->blocks_[i].start = lines[0].start;
	doc->blocks_[i].end = lines[nlines - 1].end;
	doc->block_bits_[i] = (uint8_t)(kind | (nlines > 1 ? WS_BLOCK_LINES_ : 0));
	doc->nblocks++;
	doc->nlines += nlines;
	for (size_t k = 0; nlines > 1 && k < nlines; k++) {
		grow_pow2(&doc->lines_, doc->nlines_, sizeof *doc->lines_);
		doc->lines_[doc->nlines_++] = lines[k];
	}
}

/* For ws_search_index: does block i end by byte off? */
static int
block_ends_by(const void *doc, size_t i, size_t off)
{
	return ((const struct ws_doc *)doc)->blocks_[i].end <= off;
}

/* For ws_search_index: does block i start by byte off? */
static int
block_starts_by(const void *doc, size_t i, size_t off)
{
	return ws_doc_block_span(doc, i).start <= off;
}

size_t
ws_doc_block_ending_after(const struct ws_doc *doc, size_t off)
{
	return ws_search_index(0, doc->nblocks, off, block_ends_by, doc);
}

size_t
ws_doc_blocks_starting_by(const struct ws_doc *doc, size_t off)
{
	return ws_search_index(0, doc->nblocks, off, block_starts_by, doc);
}

size_t
ws_doc_block_ending_after_from(const struct ws_doc *doc, size_t off, size_t from)
{
	return ws_search_index_from(doc->nblocks, off, block_ends_by, doc, from);
}

size_t
ws_doc_blocks_starting_by_from(const struct ws_doc *doc, size_t off, size_t from)
{
	return ws_search_index_from(doc->nblocks, off, block_starts_by, doc, from);
}

/* For ws_search_index: does stored line i start before byte off? */
static int
line_starts_before(const void *doc, size_t i, size_t off)
{
	return ((const struct ws_doc *)doc)->lines_[i].start < off;
}

/* For ws_search_index: does sentence i start before byte off? */
static int
sentence_starts_before(const void *doc, size_t i, size_t off)
{
	return ws_sentence_start(doc, i) < off;
}

size_t
ws_sentence_block(const struct ws_doc *doc, size_t i)
{
	return ws_doc_block_ending_after(doc, ws_sentence_start(doc, i));
}

struct ws_block
ws_doc_block(const struct ws_doc *doc, size_t i)
{
	struct ws_block bl;
	size_t s, e;

	memset(&bl, 0, sizeof bl);
	bl.span = ws_doc_block_span(doc, i);
	bl.kind = ws_doc_block_kind(doc, i);
	bl.nlines = 1;
	if (doc->block_bits_[i] & WS_BLOCK_LINES_) {
		s = ws_search_index(0, doc->nlines_, bl.span.start, line_starts_before, doc);
		e = ws_search_index(s, doc->nlines_, bl.span.end, line_starts_before, doc);
		bl.first_line_ = (uint32_t)s;
		bl.nlines = (uint32_t)(e - s);
	}
	s = ws_search_index(0, doc->nsentences, bl.span.start, sentence_starts_before, doc);
	/* A block has a few sentences: gallop from its first. */
	e = ws_search_index_from(doc->nsentences, bl.span.end, sentence_starts_before, doc, s);
	bl.first_sentence = (uint32_t)s;
	bl.nsentences = (uint32_t)(e - s);
	return bl;
}

/* For ws_search_index_from: does sentence i start, or end, by byte off? */
static int
sentence_starts_by(const void *doc, size_t i, size_t off)
{
	return ws_sentence_start(doc, i) <= off;
}

static int
sentence_ends_by(const void *doc, size_t i, size_t off)
{
	return ws_sentence_end(doc, i) <= off;
}

size_t
ws_doc_sentences_starting_by(const struct ws_doc *doc, size_t off, size_t from)
{
	return ws_search_index_from(doc->nsentences, off, sentence_starts_by, doc, from);
}

size_t
ws_doc_sentence_ending_after(const struct ws_doc *doc, size_t off)
{
	return ws_search_index(0, doc->nsentences, off, sentence_ends_by, doc);
}

/* The sentence holding byte off, of the first lo that start by it. */
static size_t
sentence_holding(const struct ws_doc *doc, size_t off, size_t lo)
{
	if (lo > 0 && off < ws_sentence_end(doc, lo - 1))
		return lo - 1;
	return doc->nsentences;
}

size_t
ws_doc_sentence_at(const struct ws_doc *doc, size_t off)
{
	return sentence_holding(doc, off,
				ws_search_index(0, doc->nsentences, off, sentence_starts_by, doc));
}

size_t
ws_doc_sentence_at_from(const struct ws_doc *doc, size_t off, size_t *hint)
{
	*hint = ws_doc_sentences_starting_by(doc, off, *hint);
	return sentence_holding(doc, off, *hint);
}

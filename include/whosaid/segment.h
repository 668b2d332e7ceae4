/*
 * segment: blocks, lines, sentences and tokens of an article.
 *
 * Every span is a byte range [start, end) into text->s (see text.h).
 *
 * Blocks are the title (the first line, when it reads as a headline),
 * headings (short stand-alone lines without closing punctuation), block
 * quotes (lines starting with '>') and paragraphs (separated by blank
 * lines; a text with no blank line at all has a paragraph per line).  A
 * block's lines are the spans of its source lines without the leading
 * white space and '>' markers: the layout joins them with one space.
 *
 * Sentences never cross a block.  Tokens are words and single
 * punctuation marks (white space is not a token), from libunistring's
 * word breaks, with flags the attribution engine reads.
 */
#ifndef WHOSAID_SEGMENT_H
#define WHOSAID_SEGMENT_H

#include <stddef.h>
#include "whosaid/error.h"
#include "whosaid/text.h"

struct ws_span {
	size_t start;
	size_t end;
};

enum ws_block_kind {
	WS_BLOCK_TITLE,
	WS_BLOCK_HEADING,
	WS_BLOCK_PARAGRAPH,
	WS_BLOCK_QUOTE,
};

struct ws_block {
	enum ws_block_kind kind;
	struct ws_span span;		/* from the first line's start to the last line's end */
	size_t first_line, nlines;	/* into ws_doc.lines */
	size_t first_sentence, nsentences;
};

struct ws_sentence {
	struct ws_span span;
	size_t block;
	size_t first_token, ntokens;	/* into ws_doc.tokens */
};

/* ws_token.flags */
enum {
	WS_TOK_WORD = 1 << 0,		/* letters or digits */
	WS_TOK_CAP = 1 << 1,		/* starts with an upper-case letter */
	WS_TOK_ALLCAPS = 1 << 2,	/* two or more letters, all upper case */
	WS_TOK_NUMBER = 1 << 3,		/* starts with a digit */
	WS_TOK_PUNCT = 1 << 4,		/* a punctuation mark or symbol */
	WS_TOK_OPEN_QUOTE = 1 << 5,	/* opens a quotation: “ ‘ « and " ' when opening */
	WS_TOK_CLOSE_QUOTE = 1 << 6,	/* closes one: ” ’ » and " ' when closing */
	WS_TOK_SINGLE_QUOTE = 1 << 7,	/* with OPEN/CLOSE_QUOTE: a single quotation mark */
	WS_TOK_APOSTROPHE = 1 << 8,	/* ’ or ' inside or after a word (don’t, parents’) */
	WS_TOK_LINE_START = 1 << 9,	/* first token of a source line */
};

struct ws_token {
	struct ws_span span;
	unsigned flags;
};

struct ws_doc {
	const struct ws_text *text;	/* borrowed: must outlive the doc */
	struct ws_block *blocks;
	size_t nblocks;
	struct ws_span *lines;
	size_t nlines;
	struct ws_sentence *sentences;
	size_t nsentences;
	struct ws_token *tokens;
	size_t ntokens;
};

/* Segment a text.  The caller frees *out with ws_doc_free(). */
int ws_segment(const struct ws_text *text, struct ws_doc **out, struct ws_error *err);

void ws_doc_free(struct ws_doc *doc);

/* Index of the sentence containing byte `off`, or doc->nsentences. */
size_t ws_doc_sentence_at(const struct ws_doc *doc, size_t off);

#endif

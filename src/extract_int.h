/*
 * The part of extraction shared by HTML and Markdown: a writer of blocks
 * that collapses white space, and the assembly of title, byline and body
 * into the text segment reads.  Private to src/extract*.c.
 */
#ifndef WHOSAID_EXTRACT_INT_H
#define WHOSAID_EXTRACT_INT_H

#include <stddef.h>
#include "whosaid/extract.h"

/*
 * A body being written.  Text arrives in pieces; runs of white space
 * become one space, blocks are separated by one blank line, and every
 * line of a block written at quote depth > 0 starts with "> ".  A block
 * can be looked at and dropped when it ends (link lists, "Advertisement").
 */
struct xo {
	char *s;		/* owned; NUL-terminated */
	size_t len, cap;
	int quote;		/* block quote depth, set by the caller between blocks */
	int in_block;		/* the current block has text */
	int at_line_start;
	int space;		/* white space seen since the last character */
	size_t mark;		/* where the current block's separator starts */
	size_t start;		/* where its first line starts */
	size_t chars;		/* characters (not spaces) in the block */
	size_t link_chars;	/* of which inside links */
	size_t time_chars;	/* of which inside <time> */
};

/* What a piece of text is inside of, for xo_text(). */
enum {
	XO_LINK = 1 << 0,
	XO_TIME = 1 << 1,
};

void xo_init(struct xo *o);
void xo_free(struct xo *o);

/* Text of the current block; inside is XO_* (counted apart: link text...). */
void xo_text(struct xo *o, const char *s, size_t n, unsigned inside);
/* White space between two pieces (table cells). */
void xo_space(struct xo *o);
/* A <br>: a line break, or a new block when the line is already empty. */
void xo_break(struct xo *o);
/* End the current block (if any); the next text starts a new one. */
void xo_end_block(struct xo *o);
/* Forget the current block, separator included. */
void xo_drop_block(struct xo *o);

/* The current block's text as written (quote markers included). */
const char *xo_block(const struct xo *o, size_t *n);

/*
 * A metadata value made safe and short: control characters become
 * spaces, white space is collapsed and trimmed, and the result is cut to
 * at most max bytes on a character boundary.  NULL when empty.  The
 * caller frees it.
 */
char *xo_clean(const char *s, size_t n, size_t max);

/* Starts with a case-insensitive ASCII prefix. */
int xo_prefix(const char *s, size_t n, const char *prefix);

/* "2026-03-14T09:30:00Z" reads as "2026-03-14"; other dates stay as given. */
void xo_short_date(char *date);

/* "By Jane Doe" and "Jane Doe" are the same byline: drop the "By ". */
void xo_strip_by(char *byline);

/*
 * Fill ex->text from ex->title, ex->byline, ex->date and the body:
 * "TITLE\n\nBy BYLINE · DATE\n\nBODY\n".  The body's buffer is consumed.
 */
void xo_assemble(struct ws_extract *ex, struct xo *body);

/*
 * The converter (an iconv name) to decode a page that declares the
 * charset `label` with, as the WHATWG Encoding Standard reads labels;
 * NULL when the page is to be read as UTF-8: a label of UTF-8, of UTF-16
 * (a <meta> found by reading the page as ASCII means UTF-8), of the
 * replacement encoding, or one the standard does not know (EBCDIC).
 * (extract_charset.c)
 */
const char *ws_charset_decoder(const char *label);

#endif

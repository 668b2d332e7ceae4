/*
 * layout: styled text broken into display lines for a width.
 *
 * Pure: the same document, styles and width give the same lines.  Lines
 * break at UAX #14 opportunities (libunistring's u8_width_linebreaks), a
 * grapheme cluster is never split, and a word wider than the line is
 * broken between clusters.  Widths come from width.h, the one rule that
 * the screen and the exports share.
 *
 * A line is a sequence of runs; a run is a byte range of text->s with one
 * style.  Runs follow the text in order and cover every byte of a block's
 * content that is not white space at a line break, exactly once.  White
 * space between two source lines of a block (the newline, indentation,
 * '>' markers) is a run with WS_RUN_JOIN: it is drawn as one space.
 */
#ifndef WHOSAID_LAYOUT_H
#define WHOSAID_LAYOUT_H

#include <stddef.h>
#include <stdint.h>
#include "whosaid/error.h"
#include "whosaid/segment.h"
#include "whosaid/style.h"

/* Widths the layout accepts. */
#define WS_LAYOUT_MIN_WIDTH 1
#define WS_LAYOUT_MAX_WIDTH 1000

struct ws_run {
	size_t start, end;	/* bytes of text->s */
	uint32_t style;		/* see style.h */
	int cols;		/* display columns */
	unsigned flags;		/* WS_RUN_* */
};

enum {
	WS_RUN_JOIN = 1 << 0,	/* white space joining two source lines: draw one space */
};

struct ws_line {
	size_t first_run, nruns;	/* into ws_layout.runs */
	size_t block;			/* the block it belongs to */
	int indent;			/* columns of indentation before the first run */
	int cols;			/* indent plus the runs, plus 1 with WS_LINE_HYPHEN */
	unsigned flags;			/* WS_LINE_* */
};

enum {
	WS_LINE_BLANK = 1 << 0,		/* the empty line between blocks */
	WS_LINE_HYPHEN = 1 << 1,	/* ends at a soft hyphen: draw '-' after the runs */
	WS_LINE_BLOCK_START = 1 << 2,	/* first line of its block */
	WS_LINE_QUOTE_BAR = 1 << 3,	/* a block-quote line: draw a bar in the indent */
};

struct ws_layout {
	int width;
	struct ws_line *lines;
	size_t nlines;
	struct ws_run *runs;
	size_t nruns;
	size_t lines_cap, runs_cap;	/* private */
};

/* An empty layout for `width` columns; free with ws_layout_free(). */
struct ws_layout *ws_layout_new(int width);

/*
 * Append the lines of block `block` to lay (with a blank line before it,
 * unless it is the first line of lay).  `styles` (sorted, not overlapping;
 * may be NULL) gives each byte its style; bytes outside them get the
 * block's own style (WS_STY_TITLE, WS_STY_HEADING, WS_STY_BLOCKQUOTE or 0).
 */
int ws_layout_block(struct ws_layout *lay, const struct ws_doc *doc, size_t block,
		    const struct ws_style_span *styles, size_t nstyles,
		    struct ws_error *err);

/* Lay out the whole document.  The caller frees *out. */
int ws_layout_doc(const struct ws_doc *doc, const struct ws_style_span *styles,
		  size_t nstyles, int width, struct ws_layout **out,
		  struct ws_error *err);

void ws_layout_free(struct ws_layout *lay);

#endif

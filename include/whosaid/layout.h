/*
 * layout: styled text broken into display lines for a width.
 *
 * Pure: the same document, styles and width give the same lines.  Lines
 * break at UAX #14 opportunities (libunistring's line breaking), a
 * grapheme cluster is never split, and a word wider than the line is
 * broken between clusters.  A no-break space never breaks; a soft hyphen
 * may, and the line then ends with a drawn '-' (WS_LINE_HYPHEN).  Widths
 * come from width.h, the one rule that the screen and the exports share.
 *
 * A line is a sequence of runs; a run is a byte range of text->s with one
 * style.  Runs follow the text in order and cover every byte of a block's
 * lines that is not white space at a line break, exactly once.  White
 * space between two source lines of a block (the newline, indentation,
 * '>' markers, trailing blanks) is a run with WS_RUN_JOIN: it is drawn as
 * one space, and dropped when the line breaks there.  Runs split where
 * the style changes, always between clusters.
 *
 * Blocks: a blank line (WS_LINE_BLANK) comes before every block but the
 * first; it belongs to the block after it, so that a block's lines are
 * contiguous and can be cached per block and width.  The title, headings
 * and paragraphs start at column 0; a block quote is indented by
 * WS_LAYOUT_QUOTE_INDENT columns with a bar in the indent
 * (WS_LINE_QUOTE_BAR), unless the width is under WS_LAYOUT_INDENT_MIN_WIDTH.
 * Every run of a block carries its kind's style flag (WS_STY_TITLE,
 * WS_STY_HEADING, WS_STY_BLOCKQUOTE) in addition to its own style.  The
 * title and headings end with a rule line (WS_LINE_RULE, no runs) as wide
 * as their widest line, so that they stand out even without colour: the
 * text export draws it with '=' under the title and '-' under a heading.
 * Blank and rule lines have no runs; their first_run is where the next
 * line's runs start, so the runs of consecutive lines are contiguous.
 *
 * No line is wider than the width: the rare cluster wider than the whole
 * line (a wide character on a one-column line, a placeholder on a very
 * narrow one) gets a line of its own and a run with WS_RUN_CLIPPED, drawn
 * through ws_cell_clip().
 *
 * Cost: linear in the text.  Break opportunities are computed only near
 * the end of each line; ASCII takes a fast path; memory is the lines and
 * runs, grown geometrically.
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

/* Indentation of block quotes, and the narrowest width that keeps it. */
#define WS_LAYOUT_QUOTE_INDENT 2
#define WS_LAYOUT_INDENT_MIN_WIDTH 10

struct ws_run {
	size_t start, end;	/* bytes of text->s */
	uint32_t style;		/* see style.h */
	int cols;		/* display columns */
	unsigned flags;		/* WS_RUN_* */
};

enum {
	WS_RUN_JOIN = 1 << 0,	/* white space joining two source lines: draw one space */
	WS_RUN_CLIPPED = 1 << 1, /* one cluster wider than the line: draw it with ws_cell_clip(cell, cols) */
};

struct ws_line {
	size_t first_run, nruns;	/* into ws_layout.runs */
	size_t block;			/* the block it belongs to */
	int indent;			/* columns of indentation before the first run */
	int cols;			/* indent plus the runs, plus 1 with WS_LINE_HYPHEN */
	unsigned flags;			/* WS_LINE_* */
};

enum {
	WS_LINE_BLANK = 1 << 0,		/* the empty line before a block */
	WS_LINE_HYPHEN = 1 << 1,	/* ends at a soft hyphen: draw '-' after the runs */
	WS_LINE_BLOCK_START = 1 << 2,	/* first line of its block's text */
	WS_LINE_QUOTE_BAR = 1 << 3,	/* a block-quote line: draw a bar in the indent */
	WS_LINE_RULE = 1 << 4,		/* under a title or heading: a rule of `cols` columns */
};

struct ws_layout {
	int width;
	struct ws_line *lines;
	size_t nlines;
	struct ws_run *runs;
	size_t nruns;
	size_t lines_cap, runs_cap;	/* private */
	int nblocks;			/* private: blocks laid out, for the blank lines */
	char *scratch;			/* private: break opportunities near a line end */
	size_t scratch_cap;		/* private */
	int (*emit)(void *, const struct ws_layout *, struct ws_error *);	/* private */
	void *emit_arg;			/* private */
	int part_widest;		/* private: the widest line of a block's parts so far */
};

/*
 * Lines and runs a streaming layout holds before handing them over:
 * whichever fills first (a line of short claims has dozens of runs, 32
 * bytes each; 4096 such lines held 8 MB).
 */
#define WS_LAYOUT_STREAM_LINES 4096
#define WS_LAYOUT_STREAM_RUNS 16384

/* An empty layout for `width` columns (never NULL); free with ws_layout_free(). */
struct ws_layout *ws_layout_new(int width);

/*
 * Append the lines of block `block` to lay (with a blank line before it,
 * unless it is the first block laid out in lay).  `styles` (sorted, not
 * overlapping; may be NULL) gives bytes their style; the block's own style
 * (WS_STY_TITLE, WS_STY_HEADING, WS_STY_BLOCKQUOTE or 0) is added to
 * every run.  A block with nothing to draw adds no line.
 */
int ws_layout_block(struct ws_layout *lay, const struct ws_doc *doc, size_t block,
		    const struct ws_style_span *styles, size_t nstyles,
		    struct ws_error *err);

/*
 * Styles given a stretch at a time, for a block too long to style at
 * once: the spans of bytes [start, *end) at least, for an *end > start
 * the feed chooses (sorted, not overlapping; spans before start are
 * allowed), borrowed until the next call.  `keep` is the start of the
 * line being filled: the layout never asks for a byte before it again,
 * and keep never decreases.
 */
typedef const struct ws_style_span *ws_style_feed(void *arg, size_t start, size_t keep,
						  size_t *end, size_t *n);

/*
 * ws_layout_block() with the block's styles from feed(arg, ...), asked
 * for as the lines reach them: the same lines, in the memory of a
 * stretch's styles.
 */
int ws_layout_block_fed(struct ws_layout *lay, const struct ws_doc *doc, size_t block,
			ws_style_feed *feed, void *arg, struct ws_error *err);

/*
 * A long block laid out in parts, each the one block of a doc of its own
 * (the text export's copy of a paragraph with its claims marked, made a
 * stretch at a time): the same lines as the whole block in one doc.
 * A part that is not the last keeps only its final lines, those the
 * text after it cannot change, and says where the next part must start:
 * a line's start, in this part's text.  The next part's text starts
 * with what the whole block's would have there.  A part none of whose
 * lines is final (a line longer than the part) lays out nothing: its
 * text is to be given again, longer.
 */
struct ws_layout_part {
	int first;		/* in: the part starts the block (the blank line before it) */
	int last;		/* in: the part ends the block (the rule under a heading) */
	int progress;		/* out: some line was final (a last part: always, if it has text) */
	size_t resume;		/* out, with progress and not last: where the next part starts */
};

int ws_layout_part(struct ws_layout *lay, const struct ws_doc *doc, size_t block,
		   struct ws_layout_part *part, struct ws_error *err);

/*
 * Forget the lines and runs laid out so far, keeping the memory (and the
 * knowledge that blocks came before, for the blank lines): for drawing a
 * long document block by block.
 */
void ws_layout_clear(struct ws_layout *lay);

/*
 * Have ws_layout_block() hand the finished lines of a long block to
 * emit() every WS_LAYOUT_STREAM_LINES lines or WS_LAYOUT_STREAM_RUNS
 * runs, then forget them, so that a writer going line by line never
 * holds a 10 MB paragraph's lines.  The
 * lines left at the end of the block stay in lay.  emit() returns -1
 * (with a message in err) to stop the layout.
 */
void ws_layout_stream(struct ws_layout *lay,
		      int (*emit)(void *arg, const struct ws_layout *lay, struct ws_error *err),
		      void *arg);

/* Lay out the whole document.  The caller frees *out. */
int ws_layout_doc(const struct ws_doc *doc, const struct ws_style_span *styles,
		  size_t nstyles, int width, struct ws_layout **out,
		  struct ws_error *err);

void ws_layout_free(struct ws_layout *lay);

#endif

/*
 * width: the one display-width rule, shared by the layout, the screen and
 * every export.
 *
 * Text is drawn cluster by cluster (extended grapheme clusters, from
 * libunistring's u8_grapheme_breaks).  A cluster is two columns when it is
 * East Asian wide or fullwidth, or an emoji presentation sequence (ZWJ
 * families, skin-tone modifiers, flags, VS16); combining marks and ZWJ add
 * nothing; everything else printable is one column.
 *
 * Characters that must never reach a terminal raw (C0 and C1 controls,
 * DEL, bidi embeddings, overrides and isolates U+202A-U+202E,
 * U+2066-U+2069) are drawn as visible placeholders: "^[" for ESC, "^@" for
 * NUL, "<U+202E>" and the like, and are as wide as their placeholder.
 * A soft hyphen is invisible (width 0) except at the end of a line, where
 * the layout draws a '-' (see layout.h).  Tab, LF and other white space
 * inside a block draw as one space.
 */
#ifndef WHOSAID_WIDTH_H
#define WHOSAID_WIDTH_H

#include <stddef.h>
#include <stdint.h>

/* How a cluster is drawn. */
struct ws_cell {
	size_t start, end;	/* the cluster's bytes in the text */
	int cols;		/* display columns */
	const char *draw;	/* bytes to draw: the cluster itself, " ", or buf */
	size_t draw_len;
	unsigned flags;		/* WS_CELL_* */
	char buf[16];		/* room for a placeholder */
};

enum {
	WS_CELL_SPACE = 1 << 0,		/* white space: a break opportunity, drawn as " " */
	WS_CELL_PLACEHOLDER = 1 << 1,	/* drawn as a visible placeholder */
	WS_CELL_SOFT_HYPHEN = 1 << 2,	/* U+00AD: invisible unless a line ends here */
	WS_CELL_INVALID = 1 << 3,	/* U+FFFD standing for bytes that were not UTF-8 */
};

/*
 * Fill *cell with the cluster of s that starts at `start` and ends at
 * `end` (a grapheme cluster boundary).  `s` is valid UTF-8.
 */
void ws_cell_make(const char *s, size_t start, size_t end, struct ws_cell *cell);

/* Display columns of s[0..len), cluster by cluster, as ws_cell_make counts them. */
int ws_width(const char *s, size_t len);

/*
 * Iterate over the clusters of s[0..len): returns the end of the cluster
 * that starts at `pos` (pos < len).  Computes grapheme breaks for a short
 * window around pos, so it is meant for short strings (a run, a name).
 */
size_t ws_cluster_end(const char *s, size_t len, size_t pos);

#endif

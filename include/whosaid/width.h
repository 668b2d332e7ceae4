/*
 * width: the one display-width rule, shared by the layout, the screen and
 * every export.
 *
 * Text is drawn cluster by cluster (extended grapheme clusters, from
 * libunistring's u8_grapheme_breaks; u8_grapheme_next is not used, as
 * libunistring 1.0 gets it wrong for ZWJ emoji and flags).  A cluster is
 * as wide as the sum of its code points' widths (uc_width, which agrees
 * with glibc's wcwidth and so with xterm, VTE and tmux): East Asian wide
 * and fullwidth characters 2, combining marks, ZWJ and variation
 * selectors 0, everything else printable 1.  An emoji presentation
 * sequence is 2 whatever its parts: a ZWJ sequence (families), an emoji
 * with a skin-tone modifier, a pair of regional indicators (a flag), an
 * emoji followed by VS16 (U+FE0F).
 *
 * Characters that must never reach a terminal raw (C0 and C1 controls,
 * DEL, bidi embeddings, overrides and isolates U+202A-U+202E,
 * U+2066-U+2069) are drawn as visible placeholders: "^[" for ESC, "^@" for
 * NUL, "^?" for DEL, "<U+0085>" for a C1 control, "<U+202E>" for a bidi
 * control, and are as wide as their placeholder.  A soft hyphen is
 * invisible (width 0) except at the end of a line, where the layout draws
 * a '-' (see layout.h).  Tab, LF and other breaking white space draw as
 * one space; a no-break space is drawn as itself.
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
 * `end` (a grapheme cluster boundary).  `s` is valid UTF-8.  cell->draw
 * may point into *cell: copy the cell by value only together with it.
 */
void ws_cell_make(const char *s, size_t start, size_t end, struct ws_cell *cell);

/*
 * Make a cell that is wider than `cols` columns (a wide character on a
 * one-column line, a placeholder on a very narrow one) draw in `cols`
 * columns: the start of its placeholder, or '?'s.  See WS_RUN_CLIPPED.
 */
void ws_cell_clip(struct ws_cell *cell, int cols);

/*
 * The end of s[start..end) without the white-space clusters it ends with
 * (white space at a line break is not drawn).
 */
size_t ws_trim_space_end(const char *s, size_t start, size_t end);

/* Display columns of s[0..len), cluster by cluster, as ws_cell_make counts them. */
int ws_width(const char *s, size_t len);

/*
 * Iterate over the clusters of s[0..len): returns the end of the cluster
 * that starts at `pos` (pos < len).  Computes grapheme breaks for a short
 * window around pos, so it is meant for short strings (a run, a name);
 * to walk a longer text use a ws_clusters iterator.
 */
size_t ws_cluster_end(const char *s, size_t len, size_t pos);

/*
 * A walk over the clusters of a text, cluster by cluster, in linear time.
 * ASCII costs nothing; grapheme breaks are computed only for the
 * non-ASCII stretches, a short window at a time.  Lives on the stack; no
 * allocation, nothing to free.
 */
struct ws_clusters {
	const char *s;
	size_t len;
	size_t pos;			/* start of the next cluster */
	size_t win_start, win_end;	/* private: breaks known for this window */
	char brk[256];			/* private */
};

/* Start walking s[0..len) at `pos`, which must be a cluster boundary. */
void ws_clusters_init(struct ws_clusters *it, const char *s, size_t len, size_t pos);

/* Move to `pos`, a cluster boundary, keeping what is known when it can. */
void ws_clusters_seek(struct ws_clusters *it, size_t pos);

/* The end of the cluster at it->pos (it->pos < it->len); does not advance. */
size_t ws_clusters_end(struct ws_clusters *it);

/* Fill *cell with the next cluster and advance; 0 at the end of the text. */
int ws_clusters_next(struct ws_clusters *it, struct ws_cell *cell);

#endif

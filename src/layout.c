/*
 * layout: display lines from the blocks of a document.
 *
 * A block is laid out greedily, one line at a time.  The walk goes
 * cluster by cluster through the block's source lines ("pieces", trimmed
 * of the blanks at their ends), adding columns until a cluster that is not
 * white space does not fit.  Only then are break opportunities needed, and
 * only between the start of the line and that cluster: so UAX #14 is run
 * (u8_possible_linebreaks) on a short window that ends just after the
 * cluster and starts at a "restart point", a word that follows a space
 * after a letter or digit.  A break before such a word is always allowed,
 * and no UAX #14 rule looks back past it, so the window gives the same
 * answers as the whole text would.  Where no restart point is found (CJK,
 * a long URL) the window starts at the line start.  Either way each byte
 * is looked at a bounded number of times, and the layout stays linear.
 *
 * The line then ends at the last opportunity in the window, else at the
 * join with the previous piece, else (a word longer than the line) before
 * the cluster that did not fit.  The runs already laid down past the
 * break are taken back, the white space before it is trimmed, and the
 * next line starts there.  ASCII, the bulk of most articles, is walked a
 * byte at a time without calling libunistring.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <unigbrk.h>
#include <unilbrk.h>
#include <unistr.h>

#include "whosaid/layout.h"
#include "whosaid/width.h"
#include "whosaid/xmalloc.h"

#define NO_BREAK ((size_t)-1)	/* no place to break; the end of the block */
#define LOOKAHEAD 4	/* bytes after the overflowing cluster given to UAX #14 */
/*
 * Bytes past the start of the line after next that the breaking of a
 * line may have looked at (the lookahead, a cluster's end): a part's
 * line is final when that is still inside the part (ws_layout_part()).
 */
#define PART_MARGIN 64

/* A block being laid out. */
struct walk {
	struct ws_layout *lay;
	const char *s;
	const struct ws_doc *doc;
	size_t block;
	struct ws_block blk;		/* the block's lines */
	const struct ws_style_span *styles;
	size_t nstyles, si;		/* si: first style span ending after the walk */
	ws_style_feed *feed;		/* NULL: styles are the block's */
	void *feed_arg;
	size_t wstart, wend;		/* with a feed: the bytes styles covers */
	uint32_t block_style;
	int avail, indent;
	unsigned line_flags;		/* WS_LINE_QUOTE_BAR or 0 */
	int first_line;			/* next line is the block's first */
	int widest;			/* columns of the widest line so far */
	struct ws_layout_part *part;	/* a part of a block that goes on after it, or NULL */
	size_t text_end;		/* with part: where its text ends, white space left out */
	size_t handed;			/* with part: its text lines handed over already */

	size_t piece, last_piece;	/* current line of the block, one past the last */
	size_t pstart, pend;		/* the current piece, trimmed */
	struct ws_clusters it;		/* over s[0..pend) */

	/* The line being filled. */
	size_t line_start, line_piece, first_run;
	int committed;			/* columns up to the last cluster that is not white space */
	int pending;			/* columns of white space (and join) after it */
	int join_pending;		/* a join to lay down before the next cluster */
	size_t join_start, join_end;
	int run_open;
	int run_base;			/* committed + pending when the open run began */
	uint32_t run_style;
};

static struct ws_run *
push_run(struct ws_layout *lay)
{
	struct ws_run *r;

	xgrow(&lay->runs, &lay->runs_cap, lay->nruns + 1, sizeof *r);
	r = &lay->runs[lay->nruns++];
	memset(r, 0, sizeof *r);
	return r;
}

static struct ws_line *
push_line(struct ws_layout *lay)
{
	struct ws_line *l;

	xgrow(&lay->lines, &lay->lines_cap, lay->nlines + 1, sizeof *l);
	l = &lay->lines[lay->nlines++];
	memset(l, 0, sizeof *l);
	return l;
}

static int
is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Move to the next source line of the block that has something in it; 0 if none. */
static int
next_piece(struct walk *w)
{
	while (++w->piece < w->last_piece) {
		const struct ws_span sp = ws_block_line(w->doc, &w->blk, w->piece);
		size_t a = sp.start, b = sp.end;

		/* Not a blank that a mark extends (" \u0301"): that is one cluster, drawn whole. */
		while (a < b && is_blank(w->s[a]) &&
		       ((unsigned char)w->s[a + 1 < b ? a + 1 : a] < 0x80 || ws_cluster_end(w->s, b, a) == a + 1))
			a++;
		/* Nor a blank that a Prepend before it holds ("\u0600 ", UAX #29 GB9b). */
		while (b > a && is_blank(w->s[b - 1]) && ws_trim_space_end(w->s, a, b) < b)
			b--;
		if (a < b) {
			w->pstart = a;
			w->pend = b;
			ws_clusters_init(&w->it, w->s, b, a);
			return 1;
		}
	}
	return 0;
}

/* For ws_search: does the style span end by byte pos? */
static int
style_ends_by(const void *span, size_t pos)
{
	return ((const struct ws_style_span *)span)->end <= pos;
}

/* With a feed, the styles of a stretch from pos, the line's start kept. */
static void
refill(struct walk *w, size_t pos)
{
	size_t keep = w->line_start < pos ? w->line_start : pos;

	w->styles = w->feed(w->feed_arg, pos, keep, &w->wend, &w->nstyles);
	w->wstart = pos;
	w->si = ws_search(w->styles, w->nstyles, sizeof *w->styles, pos, style_ends_by);
}

/* Point si at the first style span that ends after pos. */
static void
style_seek(struct walk *w, size_t pos)
{
	if (w->feed != NULL && (pos < w->wstart || pos >= w->wend))
		refill(w, pos);
	else
		w->si = ws_search(w->styles, w->nstyles, sizeof *w->styles, pos, style_ends_by);
}

/* The style at pos, and in *seg_end where it may change next. */
static uint32_t
style_at(struct walk *w, size_t pos, size_t *seg_end)
{
	uint32_t st = 0;
	size_t end = w->pend;

	if (w->feed != NULL && pos >= w->wend)
		refill(w, pos);
	if (w->feed != NULL && w->wend < end)
		end = w->wend;
	while (w->si < w->nstyles && w->styles[w->si].end <= pos)
		w->si++;
	if (w->si < w->nstyles) {
		const struct ws_style_span *sp = &w->styles[w->si];
		if (sp->start <= pos) {
			st = sp->style;
			if (sp->end < end)
				end = sp->end;
		} else if (sp->start < end) {
			end = sp->start;
		}
	}
	*seg_end = end;
	return w->block_style | st;
}

/* Lay down the pending join (if any) and open a run at pos. */
static void
open_run(struct walk *w, size_t pos, uint32_t style)
{
	struct ws_run *r;

	if (w->join_pending) {
		r = push_run(w->lay);
		r->start = w->join_start;
		r->end = w->join_end;
		r->style = style;
		r->cols = 1;
		r->flags = WS_RUN_JOIN;
		w->join_pending = 0;
	}
	r = push_run(w->lay);
	r->start = r->end = pos;
	r->style = style;
	w->run_open = 1;
	w->run_style = style;
	w->run_base = w->committed + w->pending;
}

static void
close_run(struct walk *w, size_t pos)
{
	struct ws_run *r;

	if (!w->run_open)
		return;
	w->run_open = 0;
	r = &w->lay->runs[w->lay->nruns - 1];
	r->end = pos;
	r->cols = w->committed + w->pending - w->run_base;
	if (r->start == r->end)
		w->lay->nruns--;
}

/*
 * Take back the line's runs from byte `at` on, then the joins and white
 * space it would end with.
 */
static void
cut_runs(struct walk *w, size_t at)
{
	struct ws_run *runs = w->lay->runs;
	size_t n = w->lay->nruns;

	while (n > w->first_run && runs[n - 1].start >= at)
		n--;
	if (n > w->first_run && runs[n - 1].end > at && !(runs[n - 1].flags & WS_RUN_JOIN)) {
		struct ws_run *r = &runs[n - 1];
		r->cols -= ws_width(w->s + at, r->end - at);
		r->end = at;
	}
	for (;;) {
		while (n > w->first_run &&
		       ((runs[n - 1].flags & WS_RUN_JOIN) || runs[n - 1].start == runs[n - 1].end))
			n--;
		if (n == w->first_run)
			break;
		struct ws_run *r = &runs[n - 1];
		size_t end = ws_trim_space_end(w->s, r->start, r->end);
		if (end == r->end || (r->flags & WS_RUN_CLIPPED))
			break;
		r->cols -= ws_width(w->s + end, r->end - end);
		r->end = end;
	}
	w->lay->nruns = n;
}

static void
end_line(struct walk *w, int hyphen)
{
	struct ws_line *l;
	int cols = 0;

	for (size_t i = w->first_run; i < w->lay->nruns; i++)
		cols += w->lay->runs[i].cols;
	l = push_line(w->lay);
	l->first_run = w->first_run;
	l->nruns = w->lay->nruns - w->first_run;
	l->block = w->block;
	l->indent = w->indent;
	l->cols = w->indent + cols + (hyphen != 0);
	l->flags = w->line_flags | (hyphen ? WS_LINE_HYPHEN : 0) |
		   (w->first_line ? WS_LINE_BLOCK_START : 0);
	w->first_line = 0;
	if (l->cols > w->widest)
		w->widest = l->cols;
}

static int
is_ascii_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_ascii_alnum(unsigned char c)
{
	return is_ascii_alpha(c) || (c >= '0' && c <= '9');
}

/* The last restart point (see the top of the file) in (lo, x], or lo. */
static size_t
restart_point(const unsigned char *s, size_t lo, size_t x)
{
	for (size_t q = x; q >= lo + 2; q--)
		if (is_ascii_alpha(s[q]) && s[q - 1] == ' ' && is_ascii_alnum(s[q - 2]))
			return q;
	return lo;
}

static void
scratch(struct walk *w, size_t need)
{
	xgrow(&w->lay->scratch, &w->lay->scratch_cap, need, 1);
}

/*
 * Is there a grapheme cluster boundary at i, where UAX #14 allows a
 * break?  Line breaking already keeps marks, ZWJ sequences, Hangul
 * syllables and flag pairs whole (LB8a, LB9, LB26, LB27, LB30a); what is
 * left is an extending character after i or a Prepend before it.
 */
static int
cluster_boundary(const unsigned char *s, size_t start, size_t i)
{
	ucs4_t uc;
	int p;

	if (s[i] >= 0x80) {
		u8_mbtouc(&uc, s + i, 4);
		p = uc_graphemeclusterbreak_property(uc);
		if (p == GBP_EXTEND || p == GBP_ZWJ || p == GBP_SPACINGMARK || p == GBP_EM)
			return 0;
	}
	if (s[i - 1] >= 0x80 && u8_prev(&uc, s + i, s + start) != NULL &&
	    uc_graphemeclusterbreak_property(uc) == GBP_PREPEND)
		return 0;
	return 1;
}

/*
 * UAX #14 rule LB29 (IS x AL): no break between a full stop, comma, colon
 * or semicolon and the letter after it ("a.m.", "example.org").
 * libunistring 1.0 does not apply it.
 */
static int
infix_before_letter(const unsigned char *s, size_t i)
{
	unsigned char c = s[i - 1];

	return (c == '.' || c == ',' || c == ':' || c == ';') && is_ascii_alpha(s[i]);
}

/*
 * Where the line must end, given that the cluster [x, xe) does not fit:
 * the last break opportunity in the current piece, else the join before
 * it, else NO_BREAK.  Sets *hyphen for a break after a soft hyphen.
 */
static size_t
choose_break(struct walk *w, size_t x, size_t xe, int *hyphen)
{
	const unsigned char *s = (const unsigned char *)w->s;
	size_t lo = w->line_start > w->pstart ? w->line_start : w->pstart;
	size_t ws, we, n, i;
	char *lb;

	*hyphen = 0;
	if (x > lo) {
		ws = restart_point(s, lo, x);
		we = xe + LOOKAHEAD < w->pend ? xe + LOOKAHEAD : w->pend;
		while (we > xe && (s[we] & 0xC0) == 0x80)
			we--;
		n = we - ws;
		scratch(w, n);
		lb = w->lay->scratch;
		u8_possible_linebreaks(s + ws, n, "UTF-8", lb);
		for (i = x; i > ws; i--) {
			char b = lb[i - ws];
			if (b != UC_BREAK_POSSIBLE && b != UC_BREAK_HYPHENATION)
				continue;
			if (!cluster_boundary(s, ws, i))
				continue;
			if (infix_before_letter(s, i))
				continue;
			int shy = b == UC_BREAK_HYPHENATION ||
				  (i >= 2 && s[i - 2] == 0xC2 && s[i - 1] == 0xAD);
			if (shy && w->committed + w->pending - ws_width(w->s + i, x - i) + 1 > w->avail)
				continue;
			*hyphen = shy;
			return i;
		}
		if (ws > lo)
			return ws;
	}
	if (w->piece != w->line_piece)
		return w->pstart;
	return NO_BREAK;
}

/* UAX #14 mandatory breaks that can sit inside a source line. */
static int
is_mandatory_break(const char *s, size_t start)
{
	ucs4_t uc;

	u8_mbtouc(&uc, (const uint8_t *)s + start, 4);
	return uc == 0x0B || uc == 0x0C || uc == 0x85 || uc == 0x2028 || uc == 0x2029;
}

/*
 * The cluster [x, xe) of `cols` columns does not fit: end the line and
 * return where the next one starts.
 */
static size_t
overflow(struct walk *w, size_t x, size_t xe, int cols)
{
	int hyphen;
	size_t at;

	close_run(w, x);
	at = choose_break(w, x, xe, &hyphen);
	if (at == NO_BREAK && x == w->line_start) {
		/* Wider than the whole line: a line of its own, clipped. */
		size_t seg_end;
		open_run(w, x, style_at(w, x, &seg_end));
		w->lay->runs[w->lay->nruns - 1].end = xe;
		w->lay->runs[w->lay->nruns - 1].cols = w->avail < cols ? w->avail : cols;
		w->lay->runs[w->lay->nruns - 1].flags = WS_RUN_CLIPPED;
		w->run_open = 0;
		end_line(w, 0);
		return xe;
	}
	if (at == NO_BREAK)
		at = x;
	cut_runs(w, at);
	end_line(w, hyphen);
	return at;
}

/* Skip white space at the start of a line; NO_BREAK at the end of the block. */
static size_t
skip_space(struct walk *w, size_t pos)
{
	const unsigned char *s = (const unsigned char *)w->s;
	struct ws_cell cell;

	for (;;) {
		while (pos < w->pend) {
			if (s[pos] > 0x20 && s[pos] < 0x7f)
				return pos;
			ws_clusters_seek(&w->it, pos);
			size_t e = ws_clusters_end(&w->it);
			ws_cell_make(w->s, pos, e, &cell);
			if (!(cell.flags & WS_CELL_SPACE))
				return pos;
			pos = e;
		}
		if (!next_piece(w))
			return NO_BREAK;
		pos = w->pstart;
	}
}

/*
 * The hot loop: walk printable ASCII (each byte a cluster of its own
 * when the next byte is ASCII too) from pos while it fits.  Returns where
 * it stopped: at `end`, at a byte that needs the full rules, or at a
 * character that does not fit.  Columns are kept in locals, as stores
 * through w would alias the text.
 */
static size_t
walk_ascii(const unsigned char *s, size_t pos, size_t end, size_t pend, int avail,
	   int *committed, int *pending)
{
	int done = *committed, blank = *pending;

	for (; pos < end; pos++) {
		unsigned char c = s[pos];

		if (c < 0x20 || c >= 0x7f || (pos + 1 < pend && s[pos + 1] >= 0x80))
			break;
		if (c == ' ') {
			blank++;
		} else if (done + blank < avail) {
			done += blank + 1;
			blank = 0;
		} else {
			break;
		}
	}
	*committed = done;
	*pending = blank;
	return pos;
}

/*
 * Fill one line from pos (not white space); return where the next line
 * starts, NO_BREAK at the end of the block.
 */
static size_t
fill_line(struct walk *w, size_t pos)
{
	const unsigned char *s = (const unsigned char *)w->s;
	struct ws_cell cell;

	w->line_start = pos;
	w->line_piece = w->piece;
	w->first_run = w->lay->nruns;
	w->committed = w->pending = 0;
	w->join_pending = 0;
	w->run_open = 0;
	style_seek(w, pos);
	for (;;) {
		size_t seg_end, pend = w->pend;
		uint32_t style;

		if (pos >= pend) {
			close_run(w, pos);
			w->join_start = pend;
			if (!next_piece(w)) {
				cut_runs(w, pend);
				end_line(w, 0);
				return NO_BREAK;
			}
			w->join_end = w->pstart;
			w->join_pending = 1;
			w->pending++;
			pos = w->pstart;
			continue;
		}
		style = style_at(w, pos, &seg_end);
		if (!w->run_open || style != w->run_style) {
			close_run(w, pos);
			open_run(w, pos, style);
		}
		while (pos < seg_end) {
			int cols;
			size_t e;

			pos = walk_ascii(s, pos, seg_end, pend, w->avail, &w->committed, &w->pending);
			if (pos == seg_end)
				break;
			if (s[pos] > 0x20 && s[pos] < 0x7f && (pos + 1 == pend || s[pos + 1] < 0x80))
				return overflow(w, pos, pos + 1, 1);
			ws_clusters_seek(&w->it, pos);
			e = ws_clusters_end(&w->it);
			ws_cell_make(w->s, pos, e, &cell);
			cols = cell.cols;
			if (cell.flags & WS_CELL_SPACE) {
				w->pending += cols;
			} else if (w->committed + w->pending + cols <= w->avail) {
				w->committed += w->pending + cols;
				w->pending = 0;
			} else {
				return overflow(w, pos, e, cols);
			}
			pos = e;
			if ((cell.flags & (WS_CELL_SPACE | WS_CELL_PLACEHOLDER)) &&
			    is_mandatory_break(w->s, cell.start)) {
				close_run(w, pos);
				cut_runs(w, pos);
				end_line(w, 0);
				return pos;
			}
		}
	}
}

static uint32_t
block_style(enum ws_block_kind kind)
{
	switch (kind) {
	case WS_BLOCK_TITLE: return WS_STY_TITLE;
	case WS_BLOCK_HEADING: return WS_STY_HEADING;
	case WS_BLOCK_QUOTE: return WS_STY_BLOCKQUOTE;
	default: return 0;
	}
}

/* A rule under a title or heading, as wide as its widest line. */
static void
add_rule(struct ws_layout *lay, size_t block, int widest)
{
	struct ws_line *l = push_line(lay);

	l->first_run = lay->nruns;
	l->block = block;
	l->cols = widest;
	l->flags = WS_LINE_RULE;
}

struct ws_layout *
ws_layout_new(int width)
{
	struct ws_layout *lay = xcalloc(1, sizeof *lay);

	if (width < WS_LAYOUT_MIN_WIDTH)
		width = WS_LAYOUT_MIN_WIDTH;
	if (width > WS_LAYOUT_MAX_WIDTH)
		width = WS_LAYOUT_MAX_WIDTH;
	lay->width = width;
	return lay;
}

/* Where the text of the block's last line ends, blanks left out. */
static size_t
text_end(const struct walk *w)
{
	struct ws_span last = ws_block_line(w->doc, &w->blk, w->blk.nlines - 1);
	size_t end = last.end;

	while (end > last.start && is_blank(w->s[end - 1]))
		end--;
	return end;
}

/*
 * How many of lay's lines, from the first, are final in a part the block
 * goes on after: a text line is when the line after the next one starts
 * PART_MARGIN bytes before the part's text ends, for its breaking looked
 * no further than into the next line (the top of the file), so that the
 * whole block's text would break it the same.  `next` is where the line
 * after the last one starts, NO_BREAK when the walk is at the part's end.
 */
static size_t
final_lines(const struct ws_layout *lay, size_t next, size_t end)
{
	size_t t0 = lay->nlines > 0 && (lay->lines[0].flags & WS_LINE_BLANK) ? 1 : 0;
	size_t ntext = lay->nlines - t0, k = 0;

	while (k < ntext) {
		size_t after;

		if (k + 2 < ntext)
			after = lay->runs[lay->lines[t0 + k + 2].first_run].start;
		else if (k + 2 == ntext && next != NO_BREAK)
			after = next;
		else
			break;
		if (after + PART_MARGIN > end)
			break;
		k++;
	}
	return k == 0 ? 0 : t0 + k;
}

/* Keep the first n lines of lay (and their runs), noting their widths as the part's. */
static void
keep_lines(struct ws_layout *lay, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (lay->lines[i].cols > lay->part_widest && !(lay->lines[i].flags & WS_LINE_BLANK))
			lay->part_widest = lay->lines[i].cols;
	if (n < lay->nlines)
		lay->nruns = lay->lines[n].first_run;
	lay->nlines = n;
}

/*
 * Hand the lines over to emit(): in a part the block goes on after, only
 * the final ones, the others moved to the front of lay.
 */
static int
hand_over(struct walk *w, size_t next, struct ws_error *err)
{
	struct ws_layout *lay = w->lay;
	size_t n = lay->nlines, nruns = lay->nruns, k, r;

	if (w->part == NULL) {
		if (lay->emit(lay->emit_arg, lay, err) < 0)
			return -1;
		ws_layout_clear(lay);
		return 0;
	}
	if ((k = final_lines(lay, next, w->text_end)) == 0)
		return 0;
	r = k < n ? lay->lines[k].first_run : nruns;
	keep_lines(lay, k);
	if (lay->emit(lay->emit_arg, lay, err) < 0)
		return -1;
	w->handed += k;
	memmove(lay->lines, lay->lines + k, (n - k) * sizeof *lay->lines);
	memmove(lay->runs, lay->runs + r, (nruns - r) * sizeof *lay->runs);
	for (size_t i = 0; i < n - k; i++)
		lay->lines[i].first_run -= r;
	lay->nlines = n - k;
	lay->nruns = nruns - r;
	return 0;
}

/*
 * The end of a part the block goes on after: its final lines are kept,
 * the others dropped, and part->resume is where the first dropped one
 * starts.  A part none of whose lines is final leaves lay as it was.
 */
static void
end_part(struct walk *w, size_t lines0, size_t runs0)
{
	struct ws_layout *lay = w->lay;
	size_t k = final_lines(lay, NO_BREAK, w->text_end);

	w->part->progress = k > 0 || w->handed > 0;
	if (!w->part->progress) {
		lay->nlines = lines0;
		lay->nruns = runs0;
		if (w->part->first)
			lay->nblocks--;
		return;
	}
	w->part->resume = lay->runs[lay->lines[k].first_run].start;
	keep_lines(lay, k);
}

/* ws_layout_block() with styles, or with a feed when feed is not NULL, or a part of it. */
static int
layout_block(struct ws_layout *lay, const struct ws_doc *doc, size_t block,
	     const struct ws_style_span *styles, size_t nstyles, ws_style_feed *feed, void *arg,
	     struct ws_layout_part *part, struct ws_error *err)
{
	struct walk w;
	size_t pos, lines0 = lay->nlines, runs0 = lay->nruns;
	int first = part == NULL || part->first;

	if (block >= doc->nblocks)
		return ws_error_set(err, "no block %zu in the article", block);
	memset(&w, 0, sizeof w);
	w.blk = ws_doc_block(doc, block);
	w.lay = lay;
	w.s = doc->text->s;
	w.doc = doc;
	w.block = block;
	w.styles = styles;
	w.nstyles = styles != NULL ? nstyles : 0;
	w.feed = feed;
	w.feed_arg = arg;
	w.block_style = block_style(w.blk.kind);
	w.first_line = first;
	if (part != NULL && !part->last)
		w.part = part;
	if (first)
		lay->part_widest = 0;
	if (w.blk.kind == WS_BLOCK_QUOTE && lay->width >= WS_LAYOUT_INDENT_MIN_WIDTH) {
		w.indent = WS_LAYOUT_QUOTE_INDENT;
		w.line_flags = WS_LINE_QUOTE_BAR;
	}
	w.avail = lay->width - w.indent;
	w.piece = (size_t)-1;		/* next_piece() starts from the one after */
	w.last_piece = w.blk.nlines;
	if (!next_piece(&w)) {
		if (part != NULL)
			part->progress = 0;
		return 0;
	}
	if (w.part != NULL)
		w.text_end = text_end(&w);
	if (first && lay->nblocks > 0) {
		struct ws_line *l = push_line(lay);

		l->first_run = lay->nruns;
		l->block = block;
		l->flags = WS_LINE_BLANK;
	}
	if (first)
		lay->nblocks++;
	pos = w.pstart;
	while ((pos = skip_space(&w, pos)) != NO_BREAK) {
		pos = fill_line(&w, pos);
		if (pos == NO_BREAK)
			break;
		if (lay->emit != NULL && (lay->nlines >= WS_LAYOUT_STREAM_LINES ||
					  lay->nruns >= WS_LAYOUT_STREAM_RUNS)) {
			/* Between lines: no run of an open line is held. */
			if (hand_over(&w, pos, err) < 0)
				return -1;
		}
	}
	if (w.part != NULL) {
		end_part(&w, lines0, runs0);
		return 0;
	}
	if (part != NULL)
		part->progress = 1;
	if (w.blk.kind == WS_BLOCK_TITLE || w.blk.kind == WS_BLOCK_HEADING)
		add_rule(lay, block, w.widest > lay->part_widest ? w.widest : lay->part_widest);
	return 0;
}

int
ws_layout_block(struct ws_layout *lay, const struct ws_doc *doc, size_t block,
		const struct ws_style_span *styles, size_t nstyles,
		struct ws_error *err)
{
	return layout_block(lay, doc, block, styles, nstyles, NULL, NULL, NULL, err);
}

int
ws_layout_block_fed(struct ws_layout *lay, const struct ws_doc *doc, size_t block,
		    ws_style_feed *feed, void *arg, struct ws_error *err)
{
	return layout_block(lay, doc, block, NULL, 0, feed, arg, NULL, err);
}

int
ws_layout_part(struct ws_layout *lay, const struct ws_doc *doc, size_t block,
	       struct ws_layout_part *part, struct ws_error *err)
{
	return layout_block(lay, doc, block, NULL, 0, NULL, NULL, part, err);
}

void
ws_layout_stream(struct ws_layout *lay,
		 int (*emit)(void *arg, const struct ws_layout *lay, struct ws_error *err),
		 void *arg)
{
	lay->emit = emit;
	lay->emit_arg = arg;
}

void
ws_layout_clear(struct ws_layout *lay)
{
	lay->nlines = 0;
	lay->nruns = 0;
}

int
ws_layout_doc(const struct ws_doc *doc, const struct ws_style_span *styles,
	      size_t nstyles, int width, struct ws_layout **out,
	      struct ws_error *err)
{
	struct ws_layout *lay;

	*out = NULL;
	lay = ws_layout_new(width);
	for (size_t i = 0; i < doc->nblocks; i++) {
		if (ws_layout_block(lay, doc, i, styles, nstyles, err) < 0) {
			ws_layout_free(lay);
			return -1;
		}
	}
	*out = lay;
	return 0;
}

void
ws_layout_free(struct ws_layout *lay)
{
	if (lay == NULL)
		return;
	free(lay->lines);
	free(lay->runs);
	free(lay->scratch);
	free(lay);
}

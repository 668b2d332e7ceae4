/*
 * tui_pane: the article pane.
 *
 * The article is laid out block by block, only when a block is about to
 * be shown, and each block's lines are kept until the width or the
 * styles change (a generation number makes the whole cache stale at
 * once).  A position on screen is a block and a row in it; every block
 * after the first starts with the blank row that separates it from the
 * one before.  So opening a long article, or jumping to its end, lays out
 * only what is on screen, and a key press costs the same on any length.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "whosaid/search.h"
#include "whosaid/width.h"
#include "whosaid/xmalloc.h"
#include "tui_int.h"

static int
pane_rows(const struct tui *t)
{
	return t->rows - 1 - t->legend_shown;
}

/* The block holding byte off: the last that starts at or before it. */
static size_t
block_at(const struct tui *t, size_t off)
{
	size_t lo = ws_doc_blocks_starting_by(t->doc, off);

	return lo > 0 ? lo - 1 : 0;
}

void
tui_pane_invalidate(struct tui *t)
{
	t->gen++;
}

const struct ws_layout *
tui_pane_block(struct tui *t, size_t block)
{
	struct tui_block_cache *c = &t->cache[block];
	struct ws_style_span *spans = NULL;
	size_t nspans = 0;

	if (c->lay != NULL && c->gen == t->gen)
		return c->lay;
	ws_layout_free(c->lay);
	c->lay = ws_layout_new(t->width);
	c->gen = t->gen;
	/* A block that cannot be laid out is shown empty. */
	ws_style_build_block(t->doc, t->an, &t->view, &t->block_claims, block, &spans, &nspans);
	if (ws_layout_block(c->lay, t->doc, block, spans, nspans, NULL) < 0) {
		ws_layout_free(c->lay);
		c->lay = ws_layout_new(t->width);
	}
	free(spans);
	return c->lay;
}

size_t
tui_pane_block_rows(struct tui *t, size_t block)
{
	const struct ws_layout *lay = tui_pane_block(t, block);
	size_t n = lay != NULL ? lay->nlines : 0;

	return n == 0 ? 0 : n + (block > 0);
}

/* The line at a position, or NULL for the blank row before a block. */
static const struct ws_line *
pos_line(struct tui *t, struct tui_pos p, const struct ws_layout **layp)
{
	const struct ws_layout *lay = tui_pane_block(t, p.block);
	size_t i;

	*layp = lay;
	if (lay == NULL || (p.block > 0 && p.row == 0))
		return NULL;
	i = p.row - (p.block > 0);
	return i < lay->nlines ? &lay->lines[i] : NULL;
}

static int
pos_cmp(struct tui_pos a, struct tui_pos b)
{
	if (a.block != b.block)
		return a.block < b.block ? -1 : 1;
	return a.row < b.row ? -1 : a.row > b.row;
}

static int
pos_next(struct tui *t, struct tui_pos *p)
{
	struct tui_pos q = *p;

	if (q.row + 1 < tui_pane_block_rows(t, q.block)) {
		p->row++;
		return 1;
	}
	for (q.block++, q.row = 0; q.block < t->doc->nblocks; q.block++)
		if (tui_pane_block_rows(t, q.block) > 0) {
			*p = q;
			return 1;
		}
	return 0;
}

static int
pos_prev(struct tui *t, struct tui_pos *p)
{
	size_t b;

	if (p->row > 0) {
		p->row--;
		return 1;
	}
	for (b = p->block; b > 0; b--) {
		size_t rows = tui_pane_block_rows(t, b - 1);
		if (rows > 0) {
			p->block = b - 1;
			p->row = rows - 1;
			return 1;
		}
	}
	return 0;
}

static struct tui_pos
pos_first(struct tui *t)
{
	struct tui_pos p = { 0, 0 };

	if (t->doc->nblocks > 0 && tui_pane_block_rows(t, 0) == 0)
		pos_next(t, &p);
	return p;
}

/* The last row of the article. */
static struct tui_pos
pos_last(struct tui *t)
{
	struct tui_pos p = { t->doc->nblocks, 0 };

	if (t->doc->nblocks == 0 || !pos_prev(t, &p))
		return pos_first(t);
	return p;
}

/* The lowest top: the one that shows the last row at the bottom. */
static struct tui_pos
pos_last_top(struct tui *t)
{
	struct tui_pos p = pos_last(t);

	for (int i = 1; i < pane_rows(t); i++)
		if (!pos_prev(t, &p))
			break;
	return p;
}

int
tui_pane_scroll(struct tui *t, long rows)
{
	struct tui_pos p = t->top;
	int moved = 0;

	if (t->doc->nblocks == 0)
		return 0;
	if (rows > 0) {
		struct tui_pos limit = pos_last_top(t);

		for (; rows > 0 && pos_cmp(p, limit) < 0 && pos_next(t, &p); rows--)
			moved = 1;
	} else {
		for (; rows < 0 && pos_prev(t, &p); rows++)
			moved = 1;
	}
	t->top = p;
	return moved;
}

void
tui_pane_top(struct tui *t)
{
	t->top = pos_first(t);
}

void
tui_pane_bottom(struct tui *t)
{
	t->top = pos_last_top(t);
	if (pos_cmp(t->top, pos_first(t)) < 0)
		t->top = pos_first(t);
}

/* The first byte a row shows (for the blank row: its block's first byte). */
static size_t
pos_offset(struct tui *t, struct tui_pos p)
{
	const struct ws_layout *lay;
	const struct ws_line *line;

	if (p.block >= t->doc->nblocks)
		return t->text->len;
	line = pos_line(t, p, &lay);
	if (line == NULL || line->nruns == 0)
		return ws_doc_block_span(t->doc, p.block).start;
	return lay->runs[line->first_run].start;
}

size_t
tui_pane_top_offset(struct tui *t)
{
	return pos_offset(t, t->top);
}

int
tui_pane_at_end(struct tui *t)
{
	return t->doc->nblocks == 0 || pos_cmp(t->top, pos_last_top(t)) >= 0;
}

size_t
tui_pane_bottom_offset(struct tui *t)
{
	struct tui_pos p = t->top;
	const struct ws_layout *lay;
	const struct ws_line *line;

	if (t->doc->nblocks == 0)
		return t->text->len;
	for (int i = 1; i < pane_rows(t); i++)
		if (!pos_next(t, &p))
			return t->text->len;
	line = pos_line(t, p, &lay);
	if (line == NULL || line->nruns == 0)
		return ws_doc_block_span(t->doc, p.block).start;
	return lay->runs[line->first_run + line->nruns - 1].end;
}

struct tui_pos
tui_pane_pos_of(struct tui *t, size_t off)
{
	struct tui_pos p = { block_at(t, off), 0 };
	const struct ws_layout *lay;
	size_t line = 0;

	if (t->doc->nblocks == 0)
		return p;
	lay = tui_pane_block(t, p.block);
	if (lay == NULL || lay->nlines == 0)
		return pos_first(t);
	for (size_t i = 0; i < lay->nlines; i++) {
		const struct ws_line *l = &lay->lines[i];
		if (l->nruns > 0 && lay->runs[l->first_run].start <= off)
			line = i;
	}
	p.row = line + (p.block > 0);
	return p;
}

/* Rows from the top to p, or -1 when p is above the top or beyond the screen. */
static int
rows_from_top(struct tui *t, struct tui_pos p)
{
	struct tui_pos q = t->top;

	if (pos_cmp(p, q) < 0)
		return -1;
	for (int i = 0; i < pane_rows(t); i++) {
		if (pos_cmp(p, q) == 0)
			return i;
		if (!pos_next(t, &q))
			return -1;
	}
	return -1;
}

/*
 * Bring [start, end) on screen.  What is already there stays put; what is
 * not is shown a third of the way down, with the text before it as
 * context, as a reader's eye expects.
 */
void
tui_pane_show(struct tui *t, size_t start, size_t end)
{
	struct tui_pos first = tui_pane_pos_of(t, start);
	struct tui_pos last = tui_pane_pos_of(t, end > start ? end - 1 : start);
	int y = rows_from_top(t, first);

	if (y >= 0 && (rows_from_top(t, last) >= 0 || y <= pane_rows(t) / 3))
		return;
	t->top = first;
	tui_pane_scroll(t, -(long)(pane_rows(t) / 3));
	tui_pane_scroll(t, 0);
	if (pos_cmp(t->top, pos_last_top(t)) > 0)
		tui_pane_bottom(t);
}

/*
 * The style a run is drawn with: the selected claim stands out, and so do
 * the words that credit its outlet, which it may share with a claim that
 * took its outlet from it (a quotation that follows).
 */
static uint32_t
run_style(const struct tui *t, const struct ws_run *run)
{
	const struct ws_span *via;

	if (t->selected == WS_NONE)
		return run->style;
	if (WS_STY_CLAIM(run->style) == t->selected)
		return run->style | WS_STY_SELECTED;
	via = &t->an->claims[t->selected].via;
	if (run->start >= via->start && run->end <= via->end && via->start < via->end)
		return WS_STY_MAKE(WS_STY_FLAGS(run->style) | WS_STY_BY | WS_STY_SELECTED, t->selected);
	return run->style;
}

static int
plain_ascii(const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] > 0x7e)
			return 0;
	return 1;
}

static void
draw_run(struct tui *t, const struct ws_run *run)
{
	const char *s = t->text->s;
	struct ws_clusters it;
	struct ws_cell cell;

	tui_color_style(t, stdscr, run_style(t, run));
	if (run->flags & WS_RUN_JOIN) {
		waddch(stdscr, ' ');
		return;
	}
	if (run->flags & WS_RUN_CLIPPED) {
		ws_cell_make(s, run->start, run->end, &cell);
		ws_cell_clip(&cell, run->cols);
		waddnstr(stdscr, cell.draw, (int)cell.draw_len);
		return;
	}
	if (plain_ascii(s + run->start, run->end - run->start)) {
		waddnstr(stdscr, s + run->start, (int)(run->end - run->start));
		return;
	}
	ws_clusters_init(&it, s, run->end, run->start);
	while (ws_clusters_next(&it, &cell))
		if (cell.cols > 0)
			waddnstr(stdscr, cell.draw, (int)cell.draw_len);
}

/* The rule under a title (double) or a heading (single), as wide as its text. */
static void
draw_rule(struct tui *t, int y, const struct ws_line *line)
{
	int title = ws_doc_block_kind(t->doc, line->block) == WS_BLOCK_TITLE;
	const char *bar = t->utf8 ? (title ? "\u2550" : "\u2500") : (title ? "=" : "-");

	tui_color_element(t, stdscr, title ? WS_EL_TITLE : WS_EL_HEADING);
	wmove(stdscr, y, t->col_x + line->indent);
	for (int i = line->indent; i < line->cols; i++)
		waddstr(stdscr, bar);
}

static void
draw_line(struct tui *t, int y, const struct ws_layout *lay, const struct ws_line *line)
{
	int x = t->col_x + line->indent;

	if (line->flags & WS_LINE_RULE) {
		draw_rule(t, y, line);
		return;
	}
	if (line->flags & WS_LINE_QUOTE_BAR && line->indent >= 2) {
		tui_color_element(t, stdscr, WS_EL_QUOTE_BAR);
		mvwaddstr(stdscr, y, t->col_x + line->indent - 2, t->utf8 ? "\u2502" : "|");
	}
	wmove(stdscr, y, x);
	for (size_t i = 0; i < line->nruns; i++)
		draw_run(t, &lay->runs[line->first_run + i]);
	if (line->flags & WS_LINE_HYPHEN && line->nruns > 0) {
		tui_color_style(t, stdscr, run_style(t, &lay->runs[line->first_run + line->nruns - 1]));
		waddch(stdscr, '-');
	}
}

void
tui_pane_draw(struct tui *t)
{
	struct tui_pos p = t->top;

	if (t->doc->nblocks == 0) {
		tui_color_element(t, stdscr, WS_EL_MESSAGE);
		mvwaddstr(stdscr, 0, t->col_x, "(the article is empty)");
		return;
	}
	for (int y = 0; y < pane_rows(t); y++) {
		const struct ws_layout *lay;
		const struct ws_line *line = pos_line(t, p, &lay);

		if (line != NULL)
			draw_line(t, y, lay, line);
		if (!pos_next(t, &p))
			break;
	}
}

uint32_t
tui_pane_style_at(struct tui *t, int y, int x)
{
	struct tui_pos p = t->top;
	const struct ws_layout *lay;
	const struct ws_line *line;
	int col;

	if (t->doc->nblocks == 0 || y < 0 || y >= pane_rows(t))
		return 0;
	for (int i = 0; i < y; i++)
		if (!pos_next(t, &p))
			return 0;
	if ((line = pos_line(t, p, &lay)) == NULL)
		return 0;
	col = t->col_x + line->indent;
	for (size_t i = 0; i < line->nruns; i++) {
		const struct ws_run *run = &lay->runs[line->first_run + i];
		int cols = run->flags & WS_RUN_JOIN ? 1 : run->cols;

		if (x >= col && x < col + cols)
			return run->style;
		col += cols;
	}
	return 0;
}

/* For ws_search: does the claim's content end by byte off? */
static int
content_ends_by(const void *claim, size_t off)
{
	return ((const struct ws_claim *)claim)->content.end <= off;
}

/* The claim the minimap shows for bytes [start, end): the first in view, or WS_NONE. */
static size_t
minimap_claim(const struct tui *t, size_t start, size_t end)
{
	const struct ws_analysis *an = t->an;
	size_t lo = ws_search(an->claims, an->nclaims, sizeof *an->claims, start, content_ends_by);

	for (; lo < an->nclaims && an->claims[lo].content.start < end; lo++)
		if (ws_view_has_claim(&t->view, an, lo))
			return lo;
	return WS_NONE;
}

/*
 * The minimap: a strip down the pane's right edge where row r stands for
 * the r-th slice of the article's bytes.  A slice with a claim shows a
 * mark in the claim's colour; the slices on screen are shaded, the others
 * a dotted track.
 */
void
tui_minimap_draw(struct tui *t)
{
	int rows = pane_rows(t), x = t->pane_x + t->pane_w - 1;
	size_t len = t->text->len > 0 ? t->text->len : 1;
	size_t top = tui_pane_top_offset(t), bottom = tui_pane_bottom_offset(t);

	for (int y = 0; y < rows; y++) {
		size_t start = len * (size_t)y / (size_t)rows;
		size_t end = len * (size_t)(y + 1) / (size_t)rows;
		size_t claim = minimap_claim(t, start, end);
		int on_screen = end > top && start < bottom;
		struct ws_look look = ws_scheme_element(t->scheme, on_screen ? WS_EL_MINIMAP_VIEW
									    : WS_EL_MINIMAP);

		if (claim != WS_NONE) {
			struct ws_look cl = ws_scheme_look(t->scheme, WS_STY_MAKE(0, claim));
			look.fg = cl.fg;
			look.attrs |= cl.attrs & ~WS_ATTR_REVERSE;
		}
		tui_color_set(stdscr, look);
		if (claim != WS_NONE)
			mvwaddstr(stdscr, y, x, t->utf8 ? "\u2590" : "#");
		else if (on_screen)
			mvwaddstr(stdscr, y, x, " ");
		else
			mvwaddstr(stdscr, y, x, t->utf8 ? "\u2506" : ":");
	}
}

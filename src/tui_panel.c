/*
 * tui_panel: the side panel.  The speakers, each with their role, the
 * number of their claims and a small bar of the outlets those came
 * through; then, dimmed, the people the article names but credits with
 * nothing; then the outlets with their colour, count and share.  Choosing
 * one (Enter, or a click) narrows the view to its claims.
 *
 * Below them, when the article came from a page that names its outlet,
 * the publisher and how many sentences the article asserts in its own
 * voice (what `u` marks), told apart from what it credits to others.
 *
 * The panel is a list of items; on screen an item takes one row, or two
 * for a speaker with a role.  The rows are counted afresh at each draw:
 * there are few.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/stats.h"
#include "whosaid/xmalloc.h"
#include "tui_int.h"

/* Most claims first; the article's order among equals. */
static int
item_cmp(const void *a, const void *b)
{
	const struct tui_panel_item *x = a, *y = b;

	if (x->is_outlet != y->is_outlet)
		return x->is_outlet - y->is_outlet;
	if (x->nclaims != y->nclaims)
		return x->nclaims > y->nclaims ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/*
 * Each speaker's bar: the outlets their claims came through, in cells
 * proportional to the claims (at least one cell each while cells remain).
 */
static void
build_bars(struct tui *t, struct tui_panel_item *by_person)
{
	size_t n;
	struct ws_credit *cr = ws_stats_credits(t->an, &n);

	for (size_t i = 0; i < n; i++) {
		struct tui_panel_item *it = &by_person[cr[i].speaker];
		size_t cells = it->nclaims < TUI_BAR_CELLS ? it->nclaims : TUI_BAR_CELLS;

		for (size_t k = (cr[i].nclaims * cells + it->nclaims - 1) / it->nclaims;
		     k > 0 && (size_t)it->nbar < cells; k--)
			it->bar[it->nbar++] = cr[i].outlet;
	}
	free(cr);
}

void
tui_panel_build(struct tui *t)
{
	const struct ws_analysis *an = t->an;
	struct tui_panel_item *all;
	size_t n = 0;

	free(t->items);
	t->items = NULL;
	t->nitems = 0;
	all = xcalloc(an->npeople + an->noutlets + 1, sizeof *all);
	for (size_t i = 0; i < an->npeople; i++)
		all[i] = (struct tui_panel_item){ .is_outlet = 0, .index = i };
	for (size_t i = 0; i < an->noutlets; i++)
		all[an->npeople + i] = (struct tui_panel_item){ .is_outlet = 1, .index = i };
	for (size_t i = 0; i < an->nclaims; i++) {
		if (an->claims[i].speaker < an->npeople)
			all[an->claims[i].speaker].nclaims++;
		if (an->claims[i].outlet < an->noutlets)
			all[an->npeople + an->claims[i].outlet].nclaims++;
	}
	build_bars(t, all);
	ws_unattributed_count(t->doc, an, &t->own_voice);
	/* People merely named stay, after the speakers; outlets only with claims. */
	for (size_t i = 0; i < an->npeople + an->noutlets; i++)
		if (all[i].nclaims > 0 || !all[i].is_outlet)
			all[n++] = all[i];
	qsort(all, n, sizeof *all, item_cmp);
	t->items = all;
	t->nitems = n;
	t->cursor = 0;
}

static const char *
item_name(const struct tui *t, const struct tui_panel_item *it)
{
	const char *name = it->is_outlet ? t->an->outlets[it->index].name
					 : t->an->people[it->index].name;
	return name != NULL ? name : "?";
}

static const char *
item_role(const struct tui *t, const struct tui_panel_item *it)
{
	return it->is_outlet ? NULL : t->an->people[it->index].role;
}

static int
item_is_filter(const struct tui *t, const struct tui_panel_item *it)
{
	return it->is_outlet ? t->view.outlet == it->index : t->view.speaker == it->index;
}

/* One screen row of the panel: a heading, an item, or an item's role. */
struct panel_row {
	int heading;		/* 1: speakers, 2: outlets */
	size_t item;
	int role;
};

/* Rows of the publisher's part (panel_row.heading). */
enum {
	ROW_PUBLISHER_HEADING = 3,
	ROW_PUBLISHER = 4,
	ROW_OWN_VOICE = 5,
	ROW_NAMED = 6,		/* the heading of the people merely named */
};

static size_t
panel_rows(const struct tui *t, struct panel_row *rows, size_t max)
{
	size_t n = 0;
	int last_heading = 0;

	for (size_t i = 0; i < t->nitems && n < max; i++) {
		int heading = t->items[i].is_outlet ? 2 : t->items[i].nclaims > 0 ? 1 : ROW_NAMED;

		if (heading != last_heading) {
			if (last_heading != 0 && n < max)
				rows[n++] = (struct panel_row){ -1, 0, 0 };
			if (n < max)
				rows[n++] = (struct panel_row){ heading, 0, 0 };
			last_heading = heading;
		}
		if (n < max)
			rows[n++] = (struct panel_row){ 0, i, 0 };
		if (item_role(t, &t->items[i]) != NULL && n < max)
			rows[n++] = (struct panel_row){ 0, i, 1 };
	}
	if (t->art->publisher != NULL && n + 4 <= max) {
		if (n > 0)
			rows[n++] = (struct panel_row){ -1, 0, 0 };
		rows[n++] = (struct panel_row){ ROW_PUBLISHER_HEADING, 0, 0 };
		rows[n++] = (struct panel_row){ ROW_PUBLISHER, 0, 0 };
		rows[n++] = (struct panel_row){ ROW_OWN_VOICE, 0, 0 };
	}
	return n;
}

static void
draw_bar(struct tui *t, const struct tui_panel_item *it)
{
	for (int i = 0; i < it->nbar; i++) {
		tui_color_set(stdscr, it->bar[i] != WS_NONE ? ws_scheme_outlet(t->scheme, it->bar[i])
							  : ws_scheme_element(t->scheme, WS_EL_PERSON));
		waddstr(stdscr, t->utf8 ? "\u2588" : "#");
	}
}

static void
draw_item(struct tui *t, int y, const struct panel_row *r, int x, int w)
{
	const struct tui_panel_item *it = &t->items[r->item];
	int cursor = t->focus == TUI_FOCUS_PANEL && r->item == t->cursor;
	enum ws_element el = cursor ? WS_EL_CURSOR : WS_EL_PANEL;
	size_t n = it->nclaims;
	char count[32];
	int used;

	tui_color_element(t, stdscr, el);
	wmove(stdscr, y, x);
	for (int i = 0; i < w; i++)
		waddch(stdscr, ' ');
	wmove(stdscr, y, x);
	if (r->role) {
		wmove(stdscr, y, x + 3);
		tui_color_set(stdscr, (struct ws_look){ ws_scheme_element(t->scheme, el).fg,
			ws_scheme_element(t->scheme, el).bg,
			ws_scheme_element(t->scheme, el).attrs | WS_ATTR_DIM });
		tui_put_str(stdscr, item_role(t, it), w - 3);
		return;
	}
	tui_put_str(stdscr, item_is_filter(t, it) ? (t->utf8 ? "\u25b8" : ">") : " ", 1);
	if (it->is_outlet) {
		tui_color_set(stdscr, ws_scheme_outlet(t->scheme, it->index));
		waddstr(stdscr, t->utf8 ? "\u25a0" : "#");
		tui_color_element(t, stdscr, el);
		waddch(stdscr, ' ');
		snprintf(count, sizeof count, " %3zu %3d%%", n,
			 (int)(n * 100 / (t->an->nclaims ? t->an->nclaims : 1)));
		used = 3;
	} else if (n == 0) {
		/* Named, credited with nothing: the name alone, dimmed. */
		tui_color_set(stdscr, (struct ws_look){ ws_scheme_element(t->scheme, el).fg,
			ws_scheme_element(t->scheme, el).bg,
			ws_scheme_element(t->scheme, el).attrs | WS_ATTR_DIM });
		tui_put_str(stdscr, item_name(t, it), w - 2);
		return;
	} else {
		snprintf(count, sizeof count, " %3zu ", n);
		used = 1 + TUI_BAR_CELLS;
	}
	used += (int)strlen(count);
	tui_put_str(stdscr, item_name(t, it), w - used - 1);
	wmove(stdscr, y, x + w - (int)strlen(count) - (it->is_outlet ? 0 : TUI_BAR_CELLS));
	waddstr(stdscr, count);
	if (!it->is_outlet)
		draw_bar(t, it);
}

/* The publisher's name, or the count of its own-voice sentences (dim). */
static void
draw_publisher(struct tui *t, int y, int row, int x, int w)
{
	char line[64];

	wmove(stdscr, y, x + 2);
	if (row == ROW_PUBLISHER) {
		tui_put_str(stdscr, t->art->publisher, w - 2);
		return;
	}
	snprintf(line, sizeof line, "%zu sentence%s in its own voice (u)", t->own_voice,
		 t->own_voice == 1 ? "" : "s");
	tui_color_set(stdscr, (struct ws_look){ ws_scheme_element(t->scheme, WS_EL_PANEL).fg,
		ws_scheme_element(t->scheme, WS_EL_PANEL).bg,
		ws_scheme_element(t->scheme, WS_EL_PANEL).attrs | WS_ATTR_DIM });
	tui_put_str(stdscr, line, w - 2);
	tui_color_element(t, stdscr, WS_EL_PANEL);
}

void
tui_panel_draw(struct tui *t)
{
	struct panel_row rows[512];
	size_t n = panel_rows(t, rows, sizeof rows / sizeof rows[0]);
	int h = t->rows - 1, x = t->panel_x + 2, w = t->panel_w - 3;
	size_t cursor_row = 0;

	if (t->panel_w < 8)
		return;
	for (size_t i = 0; i < n; i++)
		if (rows[i].heading == 0 && rows[i].item == t->cursor && !rows[i].role)
			cursor_row = i;
	if (cursor_row < t->panel_first)
		t->panel_first = cursor_row > 0 ? cursor_row - 1 : 0;
	if (cursor_row + 2 > t->panel_first + (size_t)h)
		t->panel_first = cursor_row + 2 - (size_t)h;
	tui_color_element(t, stdscr, WS_EL_PANEL);
	for (int y = 0; y < h; y++) {
		size_t i = t->panel_first + (size_t)y;

		wmove(stdscr, y, t->panel_x);
		for (int k = 0; k < t->panel_w; k++)
			waddch(stdscr, ' ');
		mvwaddstr(stdscr, y, t->panel_x, t->utf8 ? "\u2502" : "|");
		if (i >= n || rows[i].heading < 0)
			continue;
		if (rows[i].heading >= ROW_PUBLISHER && rows[i].heading != ROW_NAMED) {
			draw_publisher(t, y, rows[i].heading, x, w);
			continue;
		}
		if (rows[i].heading > 0) {
			tui_color_element(t, stdscr, WS_EL_PANEL_HEADING);
			wmove(stdscr, y, x);
			tui_put_str(stdscr, rows[i].heading == 1 ? "SPEAKERS" :
				    rows[i].heading == 2 ? "OUTLETS" :
				    rows[i].heading == ROW_NAMED ? "ALSO NAMED" : "PUBLISHER", w);
			tui_color_element(t, stdscr, WS_EL_PANEL);
			continue;
		}
		draw_item(t, y, &rows[i], x, w);
		tui_color_element(t, stdscr, WS_EL_PANEL);
	}
	if (n == 0) {
		wmove(stdscr, 0, x);
		tui_put_str(stdscr, "no speakers or outlets found", w);
	}
}

void
tui_panel_apply(struct tui *t)
{
	const struct tui_panel_item *it;

	if (t->cursor >= t->nitems)
		return;
	it = &t->items[t->cursor];
	if (item_is_filter(t, it)) {
		t->view.speaker = t->view.outlet = WS_NONE;
		tui_message(t, "showing every claim");
	} else {
		t->view.speaker = it->is_outlet ? WS_NONE : it->index;
		t->view.outlet = it->is_outlet ? it->index : WS_NONE;
		tui_message(t, "showing the claims of %s; Esc shows all", item_name(t, it));
	}
	if (t->selected != WS_NONE && !ws_view_has_claim(&t->view, t->an, t->selected))
		t->selected = WS_NONE;
	tui_restyle(t);
	t->focus = TUI_FOCUS_PANE;
	tui_geometry(t);
}

int
tui_panel_key(struct tui *t, int key)
{
	switch (key) {
	case 'j': case KEY_DOWN:
		if (t->cursor + 1 < t->nitems)
			t->cursor++;
		return 1;
	case 'k': case KEY_UP:
		if (t->cursor > 0)
			t->cursor--;
		return 1;
	case 'g': case KEY_HOME:
		t->cursor = 0;
		return 1;
	case 'G': case KEY_END:
		t->cursor = t->nitems > 0 ? t->nitems - 1 : 0;
		return 1;
	case '\r': case '\n': case KEY_ENTER: case ' ':
		tui_panel_apply(t);
		return 1;
	case 'q':
		t->focus = TUI_FOCUS_PANE;
		tui_geometry(t);
		return 1;
	default:
		return 0;
	}
}

void
tui_panel_click(struct tui *t, int y)
{
	struct panel_row rows[512];
	size_t n = panel_rows(t, rows, sizeof rows / sizeof rows[0]);
	size_t i = t->panel_first + (size_t)y;

	if (y < 0 || i >= n || rows[i].heading != 0)
		return;
	t->cursor = rows[i].item;
	tui_panel_apply(t);
}

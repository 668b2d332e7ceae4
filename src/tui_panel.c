/*
 * tui_panel: the side panel.  The speakers, each with their role, the
 * number of their claims and a bar of the outlets those came through (as
 * long as their claims make it beside the speaker with the most); then,
 * dimmed, the people the article names but credits with nothing; then
 * the legend: the outlets with their colour, count and share, and the
 * rows for "a person, no outlet" and "no one named", whose shares add up
 * to 100%.  The speaker and the outlet of the selected claim are drawn
 * in the selection's look.  Choosing a speaker or an outlet (Enter, or a
 * click) narrows the view to its claims.  The panel is as wide as its
 * longest line needs, as far as the terminal leaves room (tui_geometry);
 * what is cut ends in an ellipsis.
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
#include "whosaid/width.h"
#include "whosaid/xmalloc.h"
#include "tui_int.h"

/* Speakers, the people merely named, outlets, then the rows without an outlet (enum order); in their kind, most claims first; the article's order among equals. */
static int
item_cmp(const void *a, const void *b)
{
	const struct tui_panel_item *x = a, *y = b;

	if (x->kind != y->kind)
		return (int)x->kind - (int)y->kind;
	if (x->kind >= TUI_ITEM_NO_OUTLET)
		return 0;
	if (x->nclaims != y->nclaims)
		return x->nclaims > y->nclaims ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

/*
 * Each speaker's bar: as long as their claims make it beside those of
 * the speaker with the most (TUI_BAR_CELLS cells; at least one), cut
 * into the outlets their claims came through, each taking the cells its
 * claims reach: a cell ends where its share of the running count does.
 */
static void
build_bars(struct tui *t, struct tui_panel_item *by_person, size_t most)
{
	size_t n, before = 0, speaker = WS_NONE;
	struct ws_credit *cr = ws_stats_credits(t->an, &n);

	for (size_t i = 0; i < n; i++) {
		struct tui_panel_item *it = &by_person[cr[i].speaker];
		size_t cells = (it->nclaims * TUI_BAR_CELLS + most / 2) / most;

		if (cr[i].speaker != speaker) {
			speaker = cr[i].speaker;
			before = 0;
		}
		cells = cells > 0 ? cells : 1;
		before += cr[i].nclaims;
		while ((size_t)it->nbar < (before * cells + it->nclaims / 2) / it->nclaims)
			it->bar[it->nbar++] = cr[i].outlet;
	}
	free(cr);
}

/* The people, then the outlets' legend. */
static struct tui_panel_item *
panel_items(struct tui *t, size_t *n)
{
	const struct ws_analysis *an = t->an;
	size_t nlegend, most = 1;
	struct ws_legend_entry *legend = ws_stats_legend(an, &nlegend);
	struct tui_panel_item *all = xcalloc(an->npeople + nlegend + 1, sizeof *all);

	for (size_t i = 0; i < an->npeople; i++)
		all[i] = (struct tui_panel_item){ .kind = TUI_ITEM_NAMED, .index = i };
	for (size_t i = 0; i < an->nclaims; i++)
		if (an->claims[i].speaker < an->npeople) {
			all[an->claims[i].speaker].kind = TUI_ITEM_SPEAKER;
			all[an->claims[i].speaker].nclaims++;
		}
	for (size_t i = 0; i < an->npeople; i++)
		most = all[i].nclaims > most ? all[i].nclaims : most;
	build_bars(t, all, most);
	*n = an->npeople;
	for (size_t i = 0; i < nlegend; i++)
		all[(*n)++] = (struct tui_panel_item){
			.kind = legend[i].kind == WS_LEGEND_OUTLET ? TUI_ITEM_OUTLET :
				legend[i].kind == WS_LEGEND_PERSON ? TUI_ITEM_NO_OUTLET : TUI_ITEM_NO_ONE,
			.index = legend[i].outlet, .nclaims = legend[i].nclaims,
			.percent = legend[i].percent };
	free(legend);
	qsort(all, *n, sizeof *all, item_cmp);
	return all;
}

static const char *
item_name(const struct tui *t, const struct tui_panel_item *it)
{
	const char *name = NULL;

	switch (it->kind) {
	case TUI_ITEM_SPEAKER: case TUI_ITEM_NAMED: name = t->an->people[it->index].name; break;
	case TUI_ITEM_OUTLET: name = t->an->outlets[it->index].name; break;
	case TUI_ITEM_NO_OUTLET: name = "a person, no outlet"; break;
	case TUI_ITEM_NO_ONE: name = "no one named"; break;
	}
	return name != NULL ? name : "?";
}

static const char *
item_role(const struct tui *t, const struct tui_panel_item *it)
{
	return it->kind <= TUI_ITEM_NAMED ? t->an->people[it->index].role : NULL;
}

/* Columns an item's row needs beside its name: marker, count, share or bar. */
static int
item_extra(const struct tui_panel_item *it)
{
	switch (it->kind) {
	case TUI_ITEM_SPEAKER: return 1 + 1 + 4 + 1 + TUI_BAR_CELLS;	/* " Name 12 ████" */
	case TUI_ITEM_NAMED: return 1;
	default: return 1 + 2 + 1 + 4 + 5;				/* " ■ Name  12  29%" */
	}
}

/* Columns the panel's longest line needs, its frame and margins included. */
static int
panel_need(const struct tui *t)
{
	int need = 32;

	for (size_t i = 0; i < t->nitems; i++) {
		const struct tui_panel_item *it = &t->items[i];
		const char *role = item_role(t, it), *name = item_name(t, it);
		int n = ws_width(name, strlen(name)) + item_extra(it);

		if (role != NULL && ws_width(role, strlen(role)) + 3 > n)
			n = ws_width(role, strlen(role)) + 3;
		need = n > need ? n : need;
	}
	if (t->art->publisher != NULL && ws_width(t->art->publisher, strlen(t->art->publisher)) + 2 > need)
		need = ws_width(t->art->publisher, strlen(t->art->publisher)) + 2;
	return need + 3;
}

void
tui_panel_build(struct tui *t)
{
	size_t n;
	struct tui_panel_item *all = panel_items(t, &n);

	t->own_voice = ws_unattributed_count(t->doc, t->an);
	free(t->items);
	t->items = all;
	t->nitems = n;
	t->nlegend = 0;
	for (size_t i = 0; i < n; i++)
		t->nlegend += all[i].kind >= TUI_ITEM_OUTLET;
	t->cursor = 0;
	t->panel_need = panel_need(t);
}

/* The item is the filter in force. */
static int
item_is_filter(const struct tui *t, const struct tui_panel_item *it)
{
	switch (it->kind) {
	case TUI_ITEM_SPEAKER: case TUI_ITEM_NAMED: return t->view.speaker == it->index;
	case TUI_ITEM_OUTLET: return t->view.outlet == it->index;
	default: return 0;
	}
}

/* The item credits the selected claim: its speaker, its outlet, or the row it falls in. */
static int
item_credits_selected(const struct tui *t, const struct tui_panel_item *it)
{
	const struct ws_claim *c;

	if (t->selected == WS_NONE || t->selected >= t->an->nclaims)
		return 0;
	c = &t->an->claims[t->selected];
	switch (it->kind) {
	case TUI_ITEM_SPEAKER: return c->speaker == it->index;
	case TUI_ITEM_OUTLET: return c->outlet == it->index;
	case TUI_ITEM_NO_OUTLET: return c->outlet == WS_NONE && c->speaker != WS_NONE;
	case TUI_ITEM_NO_ONE: return c->outlet == WS_NONE && c->speaker == WS_NONE;
	default: return 0;
	}
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
		enum tui_item_kind k = t->items[i].kind;
		int heading = k == TUI_ITEM_SPEAKER ? 1 : k == TUI_ITEM_NAMED ? ROW_NAMED : 2;

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

/* The look of a legend entry's swatch: the outlet's, a person alone's, no one's. */
static struct ws_look
swatch_look(struct tui *t, const struct tui_panel_item *it)
{
	if (it->kind == TUI_ITEM_OUTLET)
		return ws_scheme_outlet(t->scheme, it->index);
	return ws_scheme_element(t->scheme, it->kind == TUI_ITEM_NO_ONE ? WS_EL_NO_ONE : WS_EL_PERSON);
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

/* The look of an item's row: the panel's, the cursor's, dimmed or not. */
static struct ws_look
row_look(struct tui *t, int cursor, int dim)
{
	struct ws_look l = ws_scheme_element(t->scheme, cursor ? WS_EL_CURSOR : WS_EL_PANEL);

	if (dim)
		l.attrs |= WS_ATTR_DIM;
	return l;
}

/*
 * An item's row: "▸ Name  12 ████" for a speaker, "  ■ Name  12  29%"
 * for an outlet; a role on a row of its own, dimmed, as is the name of
 * a person credited with nothing.  The speaker and the outlet of the
 * selected claim are drawn as the claim is, in the selection's look.
 */
static void
draw_item(struct tui *t, int y, const struct panel_row *r, int x, int w)
{
	const struct tui_panel_item *it = &t->items[r->item];
	int cursor = t->focus == TUI_FOCUS_PANEL && r->item == t->cursor;
	struct ws_look look = row_look(t, cursor, r->role || it->kind == TUI_ITEM_NAMED);
	struct ws_look name_look = look;
	char count[32];
	int tail;

	if (item_credits_selected(t, it) && !r->role)
		name_look.attrs |= ws_scheme_element(t->scheme, WS_EL_SELECTED).attrs | WS_ATTR_BOLD;
	tui_color_set(stdscr, look);
	wmove(stdscr, y, x);
	for (int i = 0; i < w; i++)
		waddch(stdscr, ' ');
	if (r->role) {
		wmove(stdscr, y, x + 3);
		tui_put_cut(stdscr, item_role(t, it), w - 3);
		return;
	}
	wmove(stdscr, y, x);
	tui_put_str(stdscr, item_is_filter(t, it) ? (t->utf8 ? "\u25b8" : ">") : " ", 1);
	if (it->kind >= TUI_ITEM_OUTLET) {
		tui_color_set(stdscr, swatch_look(t, it));
		waddstr(stdscr, t->utf8 ? "\u25a0" : "#");
		tui_color_set(stdscr, look);
		waddch(stdscr, ' ');
		snprintf(count, sizeof count, " %3zu %3u%%", it->nclaims, it->percent);
		tail = (int)strlen(count);
	} else if (it->kind == TUI_ITEM_SPEAKER) {
		snprintf(count, sizeof count, " %3zu ", it->nclaims);
		tail = (int)strlen(count) + TUI_BAR_CELLS;
	} else {
		count[0] = '\0';
		tail = 0;
	}
	tui_color_set(stdscr, name_look);
	tui_put_cut(stdscr, item_name(t, it), w - getcurx(stdscr) + x - tail);
	tui_color_set(stdscr, look);
	if (tail == 0)
		return;
	wmove(stdscr, y, x + w - tail);
	waddstr(stdscr, count);
	if (it->kind == TUI_ITEM_SPEAKER)
		draw_bar(t, it);
}

/* The publisher's name, or the count of its own-voice sentences (dim). */
static void
draw_publisher(struct tui *t, int y, int row, int x, int w)
{
	char line[64];

	wmove(stdscr, y, x + 2);
	if (row == ROW_PUBLISHER) {
		tui_put_cut(stdscr, t->art->publisher, w - 2);
		return;
	}
	snprintf(line, sizeof line, "%zu sentence%s in its own voice (u)", t->own_voice,
		 t->own_voice == 1 ? "" : "s");
	tui_color_set(stdscr, (struct ws_look){ ws_scheme_element(t->scheme, WS_EL_PANEL).fg,
		ws_scheme_element(t->scheme, WS_EL_PANEL).bg,
		ws_scheme_element(t->scheme, WS_EL_PANEL).attrs | WS_ATTR_DIM });
	tui_put_cut(stdscr, line, w - 2);
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
	if (it->kind >= TUI_ITEM_NO_OUTLET) {
		tui_message(t, "a colour of the legend: choose a speaker or an outlet to filter");
		return;
	}
	if (item_is_filter(t, it)) {
		t->view.speaker = t->view.outlet = WS_NONE;
		tui_message(t, "showing every claim");
	} else {
		t->view.speaker = it->kind == TUI_ITEM_OUTLET ? WS_NONE : it->index;
		t->view.outlet = it->kind == TUI_ITEM_OUTLET ? it->index : WS_NONE;
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

/* An entry of the one-line legend: "no outlet" is short for the panel's row. */
static const char *
legend_label(const struct tui *t, const struct tui_panel_item *it)
{
	return it->kind == TUI_ITEM_NO_OUTLET ? "no outlet" : item_name(t, it);
}

/*
 * The legend on one line, above the status line, when the panel is not
 * docked: "■ Reuters  ■ Bloomberg News  ■ no outlet  ■ no one named",
 * the outlets with the most claims first.  What does not fit is counted
 * at the end, "+2 more: s", as `s` shows the whole legend in the panel.
 */
void
tui_legend_draw(struct tui *t)
{
	struct ws_look look = ws_scheme_element(t->scheme, WS_EL_PANEL);
	int y = t->rows - 2, x = 1, w = t->cols - 1;
	size_t first = 0, shown = 0;
	char more[32];

	while (first < t->nitems && t->items[first].kind < TUI_ITEM_OUTLET)
		first++;
	tui_color_set(stdscr, look);
	wmove(stdscr, y, 0);
	for (int i = 0; i < t->cols; i++)
		waddch(stdscr, ' ');
	for (size_t i = first; i < t->nitems; i++, shown++) {
		const struct tui_panel_item *it = &t->items[i];
		const char *label = legend_label(t, it);
		int need = 2 + ws_width(label, strlen(label)) + 2;
		int rest = (int)(t->nitems - i - 1);

		snprintf(more, sizeof more, "+%d more: s", rest);
		/* Room for this one, and for the count of the others if any remain. */
		if (x + need + (rest > 0 ? (int)strlen(more) : 0) > w && shown > 0)
			break;
		wmove(stdscr, y, x);
		tui_color_set(stdscr, swatch_look(t, it));
		waddstr(stdscr, t->utf8 ? "\u25a0" : "#");
		tui_color_set(stdscr, look);
		waddch(stdscr, ' ');
		x += 2 + tui_put_cut(stdscr, label, w - x - 2) + 2;
	}
	if (first + shown < t->nitems && x < w) {
		snprintf(more, sizeof more, "+%zu more: s", t->nitems - first - shown);
		tui_color_set(stdscr, (struct ws_look){ look.fg, look.bg, look.attrs | WS_ATTR_DIM });
		wmove(stdscr, y, x);
		tui_put_cut(stdscr, more, w - x);
	}
}

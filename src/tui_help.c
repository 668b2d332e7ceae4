/*
 * tui_help: the help overlay, every key from the key table's help lines,
 * in a framed box in the middle of the screen.  The box fits the screen
 * at any size: descriptions wrap at spaces (a word wider than the room
 * is cut with an ellipsis), and at narrow widths each key stands on its
 * own row above its description.  Everything under the box, and a
 * column and row around it, is cleared.  While it is up, the scrolling
 * keys (j k, arrows, Space b, g G) scroll it; any other key closes it.
 */
#include "config.h"

#include <string.h>

#include "whosaid/width.h"
#include "tui_int.h"

#define MAX_ROWS 512		/* rows of the wrapped list; more are dropped */
#define MIN_DESC_COLS 24	/* narrower than this beside the keys, keys go above */

/* One row of the list: an entry's key (or none) and a piece of its description. */
struct help_row {
	const char *key;	/* NULL on a continuation row */
	const char *desc;	/* the piece, not NUL-terminated */
	size_t len;
};

/* Where the box is and how its list is laid out. */
struct help_box {
	int x0, y0, w, h;	/* the frame, inclusive of its border */
	int keycols;		/* the key column beside descriptions, 0 when keys stand above */
	int desccols;		/* room for a description row */
	int list_rows;		/* rows of the list the box shows */
	int nrows;
	struct help_row rows[MAX_ROWS];
};

static int
widest(int column)
{
	int w = 0;

	for (size_t i = 0; tui_help_lines[i][0] != NULL; i++) {
		int n = ws_width(tui_help_lines[i][column], strlen(tui_help_lines[i][column]));
		if (n > w)
			w = n;
	}
	return w;
}

static void
add_row(struct help_box *b, const char *key, const char *desc, size_t len)
{
	if (b->nrows < MAX_ROWS)
		b->rows[b->nrows++] = (struct help_row){ key, desc, len };
}

/* The longest start of s[0, len) that fits cols and ends before a space, or the whole when it fits. */
static size_t
fitting_prefix(const char *s, size_t len, int cols)
{
	size_t best = 0;

	if (ws_width(s, len) <= cols)
		return len;
	for (size_t i = 1; i < len; i++)
		if (s[i] == ' ' && s[i - 1] != ' ' && ws_width(s, i) <= cols)
			best = i;
	return best;
}

/* Wrap description s into rows of b->desccols, the first carrying key. */
static void
add_entry(struct help_box *b, const char *key, const char *s)
{
	size_t len = strlen(s);

	if (b->keycols == 0) {
		add_row(b, key, "", 0);
		key = NULL;
	}
	do {
		size_t n = fitting_prefix(s, len, b->desccols);
		if (n == 0)	/* one word wider than the room: the row cuts it */
			for (n = 1; n < len && s[n] != ' '; n++)
				;
		add_row(b, key, s, n);
		key = NULL;
		while (n < len && s[n] == ' ')
			n++;
		s += n;
		len -= n;
	} while (len > 0);
}

/* Lay the box out on t's screen. */
static void
layout(const struct tui *t, struct help_box *b)
{
	int keys = widest(0), descs = widest(1);
	int inner;

	b->w = keys + 2 + descs + 4;
	if (b->w > t->cols)
		b->w = t->cols;
	inner = b->w - 4;
	if (inner < 1)
		inner = 1;
	b->keycols = inner >= keys + 2 + MIN_DESC_COLS || inner >= keys + 2 + descs ? keys : 0;
	b->desccols = b->keycols ? inner - keys - 2 : inner - 2;
	if (b->desccols < 1)
		b->desccols = 1;
	b->nrows = 0;
	for (size_t i = 0; tui_help_lines[i][0] != NULL; i++)
		add_entry(b, tui_help_lines[i][0], tui_help_lines[i][1]);
	b->h = b->nrows + 3;	/* border, title, list, border */
	if (b->h > t->rows)
		b->h = t->rows;
	b->list_rows = b->h - 3 > 0 ? b->h - 3 : 0;
	b->x0 = (t->cols - b->w) / 2;
	b->y0 = (t->rows - b->h) / 2;
}

static int
max_top(const struct help_box *b)
{
	return b->nrows > b->list_rows ? b->nrows - b->list_rows : 0;
}

/* Keep the first row shown between the top and the last page. */
static void
clamp_top(struct tui *t, const struct help_box *b)
{
	if (t->help_top > max_top(b))
		t->help_top = max_top(b);
	if (t->help_top < 0)
		t->help_top = 0;
}

/* Draw s cut to cols, ending in an ellipsis when it is cut. */
static void
put_cut(const struct tui *t, const char *s, size_t len, int cols)
{
	if (ws_width(s, len) <= cols) {
		tui_put_text(stdscr, s, len, cols);
		return;
	}
	const char *dots = t->utf8 ? "\u2026" : "...";
	int room = cols - (t->utf8 ? 1 : 3);
	if (room < 0) {
		tui_put_str(stdscr, dots, cols);
		return;
	}
	tui_put_text(stdscr, s, len, room);
	waddstr(stdscr, dots);
}

/* Blank the box and a cell around it, as far as the screen goes. */
static void
clear_box(const struct tui *t, const struct help_box *b)
{
	int left = b->x0 > 0 ? b->x0 - 1 : 0, right = b->x0 + b->w < t->cols ? b->x0 + b->w : t->cols - 1;
	int top = b->y0 > 0 ? b->y0 - 1 : 0, bottom = b->y0 + b->h < t->rows ? b->y0 + b->h : t->rows - 1;

	for (int y = top; y <= bottom; y++) {
		wmove(stdscr, y, left);
		for (int x = left; x <= right; x++)
			waddch(stdscr, ' ');
	}
}

/* A horizontal border at row y, with label (may be "") in it. */
static void
hborder(const struct tui *t, const struct help_box *b, int y, const char *label)
{
	wmove(stdscr, y, b->x0);
	for (int x = 0; x < b->w; x++)
		waddstr(stdscr, t->utf8 ? "\u2500" : "-");
	if (label[0] != '\0' && b->w > 4) {
		wmove(stdscr, y, b->x0 + 2);
		tui_put_str(stdscr, label, b->w - 4);
	}
}

static void
draw_row(const struct tui *t, const struct help_box *b, const struct help_row *r, int y)
{
	int x = b->x0 + 2, inner = b->w - 4;

	if (inner < 1)
		return;
	if (r->key != NULL) {
		wmove(stdscr, y, x);
		put_cut(t, r->key, strlen(r->key), b->keycols ? b->keycols : inner);
	}
	if (r->len == 0)
		return;
	x += b->keycols ? b->keycols + 2 : 2;
	if (x >= b->x0 + b->w - 2)
		return;
	wmove(stdscr, y, x);
	put_cut(t, r->desc, r->len, b->x0 + b->w - 2 - x);
}

void
tui_help_draw(struct tui *t)
{
	static struct help_box b;	/* large: not on the stack */
	const char *below, *above;

	layout(t, &b);
	clamp_top(t, &b);
	tui_color_element(t, stdscr, WS_EL_HELP);
	clear_box(t, &b);
	if (b.h < 2 || b.w < 2)
		return;
	for (int y = 1; y < b.h - 1; y++) {
		mvwaddstr(stdscr, b.y0 + y, b.x0, t->utf8 ? "\u2502" : "|");
		mvwaddstr(stdscr, b.y0 + y, b.x0 + b.w - 1, t->utf8 ? "\u2502" : "|");
	}
	above = t->help_top > 0 ? (t->utf8 ? " \u2191 more above " : " ^ more above ") : "";
	below = t->help_top < max_top(&b) ? (t->utf8 ? " \u2193 more below " : " v more below ") : "";
	hborder(t, &b, b.y0, above);
	hborder(t, &b, b.y0 + b.h - 1, below);
	tui_color_element(t, stdscr, WS_EL_PANEL_HEADING);
	if (b.h > 2 && b.w > 4) {
		wmove(stdscr, b.y0 + 1, b.x0 + 2);
		const char *title = "whosaid keys: j k Space b g G scroll, other keys close";
		put_cut(t, title, strlen(title), b.w - 4);
	}
	tui_color_element(t, stdscr, WS_EL_HELP);
	for (int i = 0; i < b.list_rows && t->help_top + i < b.nrows; i++)
		draw_row(t, &b, &b.rows[t->help_top + i], b.y0 + 2 + i);
}

int
tui_help_key(struct tui *t, int k)
{
	static struct help_box b;
	int page;

	layout(t, &b);
	page = b.list_rows > 1 ? b.list_rows - 1 : 1;
	switch (tui_key_action(k)) {
	case TUI_LINE_DOWN: t->help_top += 1; break;
	case TUI_LINE_UP: t->help_top -= 1; break;
	case TUI_PAGE_DOWN: t->help_top += page; break;
	case TUI_PAGE_UP: t->help_top -= page; break;
	case TUI_TOP: t->help_top = 0; break;
	case TUI_BOTTOM: t->help_top = max_top(&b); break;
	default: return 0;
	}
	clamp_top(t, &b);
	return 1;
}

/*
 * tui_help: the help overlay, every key from the key table's help lines,
 * in a box in the middle of the screen.  Any key closes it.
 */
#include "config.h"

#include <string.h>

#include "tui_int.h"

#define KEY_COLS 20

void
tui_help_draw(struct tui *t)
{
	size_t n = 0;
	int w = 0, h, x0, y0;

	for (; tui_help_lines[n][0] != NULL; n++) {
		int len = KEY_COLS + 2 + (int)strlen(tui_help_lines[n][1]);
		if (len > w)
			w = len;
	}
	w += 4;
	h = (int)n + 4;
	if (w > t->cols)
		w = t->cols;
	if (h > t->rows)
		h = t->rows;
	x0 = (t->cols - w) / 2;
	y0 = (t->rows - h) / 2;
	tui_color_element(t, stdscr, WS_EL_HELP);
	for (int y = 0; y < h; y++) {
		wmove(stdscr, y0 + y, x0);
		for (int x = 0; x < w; x++)
			waddch(stdscr, ' ');
	}
	wmove(stdscr, y0, x0 + 2);
	tui_color_element(t, stdscr, WS_EL_PANEL_HEADING);
	tui_put_str(stdscr, "whosaid keys (any key closes)", w - 4);
	tui_color_element(t, stdscr, WS_EL_HELP);
	for (size_t i = 0; i < n && (int)i + 2 < h - 1; i++) {
		wmove(stdscr, y0 + 2 + (int)i, x0 + 2);
		tui_put_str(stdscr, tui_help_lines[i][0], KEY_COLS < w - 4 ? KEY_COLS : w - 4);
		if (w - 4 > KEY_COLS + 2) {
			wmove(stdscr, y0 + 2 + (int)i, x0 + 2 + KEY_COLS + 2);
			tui_put_str(stdscr, tui_help_lines[i][1], w - 4 - KEY_COLS - 2);
		}
	}
}

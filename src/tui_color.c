/*
 * tui_color: looks (theme.h) turned into curses attributes.
 *
 * Colour pairs are handed out on first use: a scheme has few distinct
 * foreground and background couples, far fewer than any terminal's
 * COLOR_PAIRS.
 */
#include "config.h"

#include <stdlib.h>

#include "tui_int.h"

#define MAX_PAIRS 512

static struct {
	int fg, bg;
} pairs[MAX_PAIRS];
static int npairs;

int
tui_color_depth(void)
{
	if (!has_colors() || COLOR_PAIRS < 2)
		return WS_DEPTH_MONO;
	{
		const char *no_color = getenv("NO_COLOR");
		if (no_color != NULL && no_color[0] != '\0')
			return WS_DEPTH_MONO;
	}
	if (COLORS >= 256)
		return WS_DEPTH_256;
	if (COLORS >= 16)
		return WS_DEPTH_16;
	if (COLORS >= 8)
		return WS_DEPTH_8;
	return WS_DEPTH_MONO;
}

/* The pair for fg on bg, made when first asked for; 0 when none is left. */
static short
pair_for(int fg, int bg)
{
	if (fg < 0 && bg < 0)
		return 0;
	for (int i = 0; i < npairs; i++)
		if (pairs[i].fg == fg && pairs[i].bg == bg)
			return (short)(i + 1);
	if (npairs == MAX_PAIRS || npairs + 1 >= COLOR_PAIRS)
		return 0;
	if (init_pair((short)(npairs + 1), (short)fg, (short)bg) == ERR)
		return 0;
	pairs[npairs].fg = fg;
	pairs[npairs].bg = bg;
	return (short)++npairs;
}

void
tui_color_set(WINDOW *w, struct ws_look look)
{
	static const struct {
		unsigned attr;
		attr_t curses;
	} attrs[] = {
		{ WS_ATTR_BOLD, A_BOLD }, { WS_ATTR_DIM, A_DIM }, { WS_ATTR_ITALIC, A_ITALIC },
		{ WS_ATTR_UNDERLINE, A_UNDERLINE }, { WS_ATTR_REVERSE, A_REVERSE },
		{ WS_ATTR_BLINK, A_BLINK },
	};
	attr_t a = A_NORMAL;
	short pair = 0;

	for (size_t i = 0; i < sizeof attrs / sizeof attrs[0]; i++)
		if (look.attrs & attrs[i].attr)
			a |= attrs[i].curses;
	if (has_colors() && COLOR_PAIRS > 1 && (look.fg >= 0 || look.bg >= 0))
		pair = pair_for(look.fg < COLORS ? look.fg : -1, look.bg < COLORS ? look.bg : -1);
	wattr_set(w, a, pair, NULL);
}

void
tui_color_style(struct tui *t, WINDOW *w, uint32_t style)
{
	tui_color_set(w, ws_scheme_look(t->scheme, style));
}

void
tui_color_element(struct tui *t, WINDOW *w, enum ws_element el)
{
	tui_color_set(w, ws_scheme_element(t->scheme, el));
}

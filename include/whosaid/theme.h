/*
 * theme: the colours and attributes the screen and the exports give each
 * style (style.h), read from a line-based theme file.
 *
 *	# comment
 *	background dark|light
 *	color ELEMENT FG BG [ATTR...]
 *	mono ELEMENT ATTR...
 *	source "OUTLET NAME" FG [BG] [ATTR...]
 *	palette COLOR...
 *	vision protanopia|deuteranopia...
 *
 * A colour is a name (red, bright-blue, grey...), a number 0-255 or
 * #rrggbb; "default" is the terminal's own.  Attributes are bold, dim,
 * italic, underline, reverse, blink and none.  `background` says what
 * the terminal's default background is expected to be, so that colours
 * can be kept away from it.  `palette` lists the colours given to the
 * outlets the theme does not name.  `vision` says whose eyes the colours
 * must stay apart for as well: as a protanope or a deuteranope sees them
 * (simulated as Machado, Oliveira and Fernandes, 2009, full severity).
 *
 * A theme is applied to one article as a scheme: each outlet of its
 * analysis gets a look (named in the theme, or a palette colour chosen
 * from a hash of its name, so the same outlet gets the same colour from
 * run to run, never that of the text or the background), and every
 * colour is brought down to what the output can show.
 */
#ifndef WHOSAID_THEME_H
#define WHOSAID_THEME_H

#include <stddef.h>
#include <stdint.h>
#include "whosaid/analyze.h"
#include "whosaid/error.h"

/*
 * A colour: WS_COLOR_DEFAULT, an index 0-255 (0-15 are the terminal's
 * named colours), or WS_COLOR_RGB | 0xrrggbb.
 */
#define WS_COLOR_DEFAULT (-1)
#define WS_COLOR_RGB 0x1000000
#define WS_COLOR_IS_RGB(c) ((c) >= 0 && ((c) & WS_COLOR_RGB))

/* Colour depths a scheme can be brought down to. */
#define WS_DEPTH_MONO 0
#define WS_DEPTH_8 8
#define WS_DEPTH_16 16
#define WS_DEPTH_256 256
#define WS_DEPTH_RGB 0x1000000

/* Attributes (ws_look.attrs). */
enum {
	WS_ATTR_BOLD = 1 << 0,
	WS_ATTR_DIM = 1 << 1,
	WS_ATTR_ITALIC = 1 << 2,
	WS_ATTR_UNDERLINE = 1 << 3,
	WS_ATTR_REVERSE = 1 << 4,
	WS_ATTR_BLINK = 1 << 5,
};

/* The parts of the screen and of the article a theme colours. */
enum ws_element {
	WS_EL_TEXT,		/* unattributed text: its background is the page's */
	WS_EL_TITLE,
	WS_EL_HEADING,
	WS_EL_BLOCKQUOTE,
	WS_EL_QUOTE_BAR,	/* the bar beside a block quote */
	WS_EL_DIRECT,		/* added to a direct quotation */
	WS_EL_CUE,		/* added to the reporting words */
	WS_EL_BY,		/* added to the words that credit a claim */
	WS_EL_PERSON,		/* a claim credited to a person and no outlet */
	WS_EL_NO_ONE,		/* a claim credited to no one named: no person, no outlet */
	WS_EL_MATCH,		/* a search match */
	WS_EL_SELECTED,		/* added to the selected claim */
	WS_EL_UNATTRIBUTED,	/* an assertion credited to no one */
	WS_EL_DIMMED,		/* a claim outside the filter */
	WS_EL_STATUS,		/* the status line */
	WS_EL_PANEL,		/* the side panel */
	WS_EL_PANEL_HEADING,
	WS_EL_CURSOR,		/* the panel's cursor line */
	WS_EL_MINIMAP,		/* the minimap strip */
	WS_EL_MINIMAP_VIEW,	/* the part of the strip that is on screen */
	WS_EL_HELP,		/* the help overlay */
	WS_EL_MESSAGE,		/* messages and prompts */
	WS_EL_COUNT
};

/* What a piece of text looks like. */
struct ws_look {
	int fg, bg;		/* colours, see above */
	unsigned attrs;		/* WS_ATTR_* */
};

struct ws_theme;
struct ws_scheme;

/* The name of an element in theme files ("text", "quote-bar"), or NULL. */
const char *ws_element_name(enum ws_element el);

/*
 * Parse a theme from memory.  `name` is used in messages, which read
 * "NAME:LINE: what is wrong".  The caller frees *out with ws_theme_free().
 */
int ws_theme_parse(const char *name, const char *buf, size_t len,
		   struct ws_theme **out, struct ws_error *err);

/*
 * Open a theme by name or path.  A `spec` containing '/' or ending in
 * ".theme" is a file; otherwise it names a theme in
 * $XDG_CONFIG_HOME/whosaid/themes/NAME.theme, or one of the themes
 * compiled into the program (the files of themes/).  A NULL spec means
 * the `theme` setting of $XDG_CONFIG_HOME/whosaid/config, else "dark".
 * The caller frees *out with ws_theme_free().
 */
int ws_theme_open(const char *spec, struct ws_theme **out, struct ws_error *err);

/*
 * The theme named by the user's config file, in *name (the caller frees
 * it), or NULL when there is no config file or it names none.
 */
int ws_theme_config_default(char **name, struct ws_error *err);

/* Names of the compiled-in themes, NULL-terminated (static). */
const char *const *ws_theme_builtin_names(void);

/* Whether the theme is for a dark background. */
int ws_theme_is_dark(const struct ws_theme *th);

void ws_theme_free(struct ws_theme *th);

/*
 * How far apart two colours (0xrrggbb) look: the distance of their OKLab
 * coordinates (0 the same, 1 black from white), as `vision` sees them.
 */
enum ws_vision {
	WS_VISION_NORMAL,
	WS_VISION_PROTANOPIA,
	WS_VISION_DEUTERANOPIA,
	WS_VISION_COUNT
};
double ws_color_distance(long rgb1, long rgb2, enum ws_vision vision);

/*
 * The least distance the colours of a scheme keep between outlets, and
 * from the text, background, person and selection colours: claims a
 * reader tells apart at a glance (a just noticeable difference is about
 * 0.02; xterm's green and yellow, the closest of the 8 colours that a
 * scheme uses, are 0.16 apart).
 */
#define WS_COLOR_FLOOR 0.15

/* Whether the theme asks for colours kept apart for `vision` as well. */
int ws_theme_has_vision(const struct ws_theme *th, enum ws_vision vision);

/* A colour brought down to `depth` colours (WS_DEPTH_*) by nearest match. */
int ws_color_reduce(int color, int depth);

/* The RGB value of a colour (0xrrggbb), or -1 for WS_COLOR_DEFAULT. */
long ws_color_rgb(int color);

/*
 * Apply a theme to an article's analysis (an may be NULL) for an output
 * of `depth` colours; WS_DEPTH_MONO gives looks made of attributes only,
 * which still tell the outlets apart.  Borrows th and an, which must
 * outlive the scheme; free it with ws_scheme_free().
 */
struct ws_scheme *ws_scheme_new(const struct ws_theme *th, const struct ws_analysis *an,
				int depth);

/*
 * The RGB value (0xrrggbb) a colour of the scheme is drawn in, the
 * terminal's default colours taken as the theme's background implies
 * (is_bg: as a background).
 */
long ws_scheme_rgb(const struct ws_scheme *sc, int color, int is_bg);

/* The look of an element. */
struct ws_look ws_scheme_element(const struct ws_scheme *sc, enum ws_element el);

/* The look of the claims reported by outlet `outlet` of the analysis. */
struct ws_look ws_scheme_outlet(const struct ws_scheme *sc, size_t outlet);

/*
 * The look of text with style `style` (style.h): the block's look, the
 * colour of the claim's outlet (or of a person alone, or of no one
 * named), then the overlays
 * (direct, cue, by, unattributed, dimmed, match, selected).
 */
struct ws_look ws_scheme_look(const struct ws_scheme *sc, uint32_t style);

/*
 * The colour distances worked out to make sc: a constant per outlet of
 * its article (the candidate colours, a few hundred), plus a constant,
 * however many outlets there are (issue 16; tests/test_colours.c).
 */
size_t ws_scheme_work(const struct ws_scheme *sc);

void ws_scheme_free(struct ws_scheme *sc);

#endif

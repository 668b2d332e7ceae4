/*
 * theme: theme files parsed, colours brought down to what a terminal can
 * show, and a theme applied to an article's outlets.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "whosaid/style.h"
#include "whosaid/theme.h"
#include "whosaid/xmalloc.h"
#include "embed.h"

#define THEME_MAX_BYTES (1 << 20)
#define THEME_MAX_SOURCES 256
#define THEME_MAX_PALETTE 64
#define LINE_MAX_WORDS 16

/* The compiled-in themes (theme_data.c, embedded from themes/). */
extern const struct ws_embedded ws_theme_builtins[];
extern const char *const ws_theme_builtins_names[];

struct theme_source {
	char *name;
	struct ws_look look;
};

struct ws_theme {
	int dark;
	struct ws_look color[WS_EL_COUNT];
	unsigned mono[WS_EL_COUNT];
	struct theme_source *sources;
	size_t nsources;
	int palette[THEME_MAX_PALETTE];
	size_t npalette;
	unsigned visions;	/* 1 << WS_VISION_*: whose eyes colours stay apart for */
};

struct ws_scheme {
	const struct ws_theme *th;
	const struct ws_analysis *an;
	int depth;
	struct ws_look el[WS_EL_COUNT];
	struct ws_look *outlets;	/* one per outlet of an (owned) */
	size_t noutlets;
	size_t work;			/* colour distances worked out: ws_scheme_work() */
};

static const char *const element_names[WS_EL_COUNT] = {
	[WS_EL_TEXT] = "text",
	[WS_EL_TITLE] = "title",
	[WS_EL_HEADING] = "heading",
	[WS_EL_BLOCKQUOTE] = "blockquote",
	[WS_EL_QUOTE_BAR] = "quote-bar",
	[WS_EL_DIRECT] = "direct",
	[WS_EL_CUE] = "cue",
	[WS_EL_BY] = "by",
	[WS_EL_PERSON] = "person",
	[WS_EL_NO_ONE] = "no-one",
	[WS_EL_MATCH] = "match",
	[WS_EL_SELECTED] = "selected",
	[WS_EL_UNATTRIBUTED] = "unattributed",
	[WS_EL_DIMMED] = "dimmed",
	[WS_EL_STATUS] = "status",
	[WS_EL_PANEL] = "panel",
	[WS_EL_PANEL_HEADING] = "panel-heading",
	[WS_EL_CURSOR] = "cursor",
	[WS_EL_MINIMAP] = "minimap",
	[WS_EL_MINIMAP_VIEW] = "minimap-view",
	[WS_EL_HELP] = "help",
	[WS_EL_MESSAGE] = "message",
};

/*
 * What an element looks like when a theme does not say: attributes only,
 * so that any terminal shows them.  The monochrome defaults are the same.
 */
static const unsigned element_default_attrs[WS_EL_COUNT] = {
	[WS_EL_TITLE] = WS_ATTR_BOLD,
	[WS_EL_HEADING] = WS_ATTR_BOLD,
	[WS_EL_QUOTE_BAR] = WS_ATTR_DIM,
	[WS_EL_DIRECT] = WS_ATTR_BOLD,
	[WS_EL_CUE] = WS_ATTR_UNDERLINE,
	[WS_EL_BY] = WS_ATTR_BOLD | WS_ATTR_UNDERLINE,
	[WS_EL_PERSON] = WS_ATTR_ITALIC,
	[WS_EL_NO_ONE] = WS_ATTR_ITALIC,
	[WS_EL_MATCH] = WS_ATTR_REVERSE | WS_ATTR_BOLD,
	[WS_EL_SELECTED] = WS_ATTR_REVERSE,
	[WS_EL_UNATTRIBUTED] = WS_ATTR_UNDERLINE,
	[WS_EL_DIMMED] = WS_ATTR_DIM,
	[WS_EL_STATUS] = WS_ATTR_REVERSE,
	[WS_EL_PANEL_HEADING] = WS_ATTR_BOLD,
	[WS_EL_CURSOR] = WS_ATTR_REVERSE,
	[WS_EL_MINIMAP_VIEW] = WS_ATTR_REVERSE,
	[WS_EL_MESSAGE] = WS_ATTR_BOLD,
};

/*
 * Without colour, outlets take these attributes in the order the article
 * names them.  Plain text has none of them, so a claim always stands out;
 * none is reversed, as the selection is, so no claim looks selected.
 */
static const unsigned mono_outlet_attrs[] = {
	WS_ATTR_UNDERLINE,
	WS_ATTR_DIM | WS_ATTR_UNDERLINE,
	WS_ATTR_ITALIC | WS_ATTR_UNDERLINE,
	WS_ATTR_DIM,
	WS_ATTR_BOLD | WS_ATTR_UNDERLINE,
	WS_ATTR_DIM | WS_ATTR_ITALIC,
};

static const struct {
	const char *name;
	unsigned attr;
} attr_names[] = {
	{ "bold", WS_ATTR_BOLD }, { "dim", WS_ATTR_DIM }, { "italic", WS_ATTR_ITALIC },
	{ "underline", WS_ATTR_UNDERLINE }, { "reverse", WS_ATTR_REVERSE },
	{ "blink", WS_ATTR_BLINK }, { "none", 0 },
};

static const char *const color_names[16] = {
	"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
	"bright-black", "bright-red", "bright-green", "bright-yellow",
	"bright-blue", "bright-magenta", "bright-cyan", "bright-white",
};

/* xterm's values for the 16 named colours, which most terminals keep close to. */
static const long ansi_rgb[16] = {
	0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
	0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
};

/* The palette for unnamed outlets when a theme gives none. */
static const int default_palette_dark[] = {
	WS_COLOR_RGB | 0xe6a23c, WS_COLOR_RGB | 0x5fafff, WS_COLOR_RGB | 0xd787d7,
	WS_COLOR_RGB | 0x87d787, WS_COLOR_RGB | 0xff8787, WS_COLOR_RGB | 0x5fd7d7,
	WS_COLOR_RGB | 0xd7d75f, WS_COLOR_RGB | 0xaf87ff, WS_COLOR_RGB | 0xffaf5f,
	WS_COLOR_RGB | 0x87afd7,
};
static const int default_palette_light[] = {
	WS_COLOR_RGB | 0xaf5f00, WS_COLOR_RGB | 0x005faf, WS_COLOR_RGB | 0x870087,
	WS_COLOR_RGB | 0x008700, WS_COLOR_RGB | 0xaf0000, WS_COLOR_RGB | 0x008787,
	WS_COLOR_RGB | 0x5f5f00, WS_COLOR_RGB | 0x5f00af, WS_COLOR_RGB | 0xaf5f5f,
	WS_COLOR_RGB | 0x005f5f,
};

const char *
ws_element_name(enum ws_element el)
{
	if ((unsigned)el >= WS_EL_COUNT)
		return NULL;
	return element_names[el];
}

const char *const *
ws_theme_builtin_names(void)
{
	return ws_theme_builtins_names;
}

int
ws_theme_is_dark(const struct ws_theme *th)
{
	return th->dark;
}

int
ws_theme_has_vision(const struct ws_theme *th, enum ws_vision vision)
{
	return vision == WS_VISION_NORMAL || (th->visions >> vision & 1u);
}

/* Colours. */

/* The RGB value of index i of the xterm 256-colour palette. */
static long
index_rgb(int i)
{
	static const int cube[6] = { 0x00, 0x5f, 0x87, 0xaf, 0xd7, 0xff };

	if (i < 16)
		return ansi_rgb[i];
	if (i < 232) {
		i -= 16;
		return (long)cube[i / 36] << 16 | (long)cube[i / 6 % 6] << 8 | cube[i % 6];
	}
	i = 8 + (i - 232) * 10;
	return (long)i << 16 | (long)i << 8 | i;
}

long
ws_color_rgb(int color)
{
	if (color < 0)
		return -1;
	if (color & WS_COLOR_RGB)
		return color & 0xffffff;
	return index_rgb(color & 0xff);
}

/*
 * Squared distance between two colours, weighted roughly as the eye
 * weighs red, green and blue, so that "nearest" looks nearest.
 */
static long
rgb_distance(long a, long b)
{
	long dr = ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
	long dg = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
	long db = (a & 0xff) - (b & 0xff);

	return 3 * dr * dr + 4 * dg * dg + 2 * db * db;
}

/* An sRGB channel (0-255) as linear light. */
static double
linear(long c)
{
	double v = (double)c / 255.0;

	return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

/*
 * How a protanope and a deuteranope see linear RGB: the matrices of
 * Machado, Oliveira and Fernandes (2009) at full severity.
 */
static const double vision_matrix[WS_VISION_COUNT][3][3] = {
	[WS_VISION_NORMAL] = { { 1, 0, 0 }, { 0, 1, 0 }, { 0, 0, 1 } },
	[WS_VISION_PROTANOPIA] = { { 0.152286, 1.052583, -0.204868 },
				   { 0.114503, 0.786281, 0.099216 },
				   { -0.003882, -0.048116, 1.051998 } },
	[WS_VISION_DEUTERANOPIA] = { { 0.367322, 0.860646, -0.227968 },
				     { 0.280085, 0.672501, 0.047413 },
				     { -0.011820, 0.042940, 0.968881 } },
};

/* The OKLab coordinates (Björn Ottosson, 2020) of rgb as `vision` sees it. */
static void
oklab(long rgb, enum ws_vision vision, double lab[3])
{
	const double (*m)[3] = vision_matrix[(unsigned)vision < WS_VISION_COUNT ? vision : 0];
	double in[3] = { linear(rgb >> 16 & 0xff), linear(rgb >> 8 & 0xff), linear(rgb & 0xff) };
	double c[3], l, md, sh;

	for (int i = 0; i < 3; i++) {
		c[i] = m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2];
		c[i] = c[i] < 0 ? 0 : c[i] > 1 ? 1 : c[i];
	}
	l = cbrt(0.4122214708 * c[0] + 0.5363325363 * c[1] + 0.0514459929 * c[2]);
	md = cbrt(0.2119034982 * c[0] + 0.6806995451 * c[1] + 0.1073969566 * c[2]);
	sh = cbrt(0.0883024619 * c[0] + 0.2817188376 * c[1] + 0.6299787005 * c[2]);
	lab[0] = 0.2104542553 * l + 0.7936177850 * md - 0.0040720468 * sh;
	lab[1] = 1.9779984951 * l - 2.4285922050 * md + 0.4505937099 * sh;
	lab[2] = 0.0259040371 * l + 0.7827717662 * md - 0.8086757660 * sh;
}

double
ws_color_distance(long rgb1, long rgb2, enum ws_vision vision)
{
	double a[3], b[3];

	oklab(rgb1, vision, a);
	oklab(rgb2, vision, b);
	return sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) +
		    (a[2] - b[2]) * (a[2] - b[2]));
}

/* The index in [first, last) whose colour is nearest rgb. */
static int
nearest_index(long rgb, int first, int last)
{
	long best_d = -1;
	int best = first;

	for (int i = first; i < last; i++) {
		long d = rgb_distance(rgb, index_rgb(i));
		if (best_d < 0 || d < best_d) {
			best_d = d;
			best = i;
		}
	}
	return best;
}

/*
 * Bring a colour down to a depth.  The 256-colour palette's first 16
 * entries are left out of the search for RGB colours: terminals redefine
 * them, while the cube and the greys are fixed.
 */
int
ws_color_reduce(int color, int depth)
{
	if (color < 0 || depth >= WS_DEPTH_RGB)
		return color;
	if (depth < WS_DEPTH_8)
		return WS_COLOR_DEFAULT;
	if (!(color & WS_COLOR_RGB) && color < depth)
		return color;
	if (depth >= WS_DEPTH_256)
		return nearest_index(ws_color_rgb(color), 16, 256);
	if (depth >= WS_DEPTH_16)
		return nearest_index(ws_color_rgb(color), 0, 16);
	if (!(color & WS_COLOR_RGB) && color < 16)
		return color - 8;
	return nearest_index(ws_color_rgb(color), 0, 8);
}

/* Parsing. */

struct parser {
	const char *name;
	unsigned lineno;
	struct ws_error *err;
};

static int parse_error(struct parser *p, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int
parse_error(struct parser *p, const char *fmt, ...)
{
	char what[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof what, fmt, ap);
	va_end(ap);
	return ws_error_set(p->err, "%s:%u: %s", p->name, p->lineno, what);
}

static int
hex_digit(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = tolower(c);
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* A colour word; returns -2 when it is not one. */
static int
color_from_word(const char *w)
{
	char *end;
	long n;

	if (strcasecmp(w, "default") == 0)
		return WS_COLOR_DEFAULT;
	if (w[0] == '#') {
		long rgb = 0;

		if (strlen(w) != 7)
			return -2;
		for (int i = 1; i < 7; i++) {
			int d = hex_digit((unsigned char)w[i]);
			if (d < 0)
				return -2;
			rgb = rgb << 4 | d;
		}
		return WS_COLOR_RGB | (int)rgb;
	}
	if (isdigit((unsigned char)w[0])) {
		errno = 0;
		n = strtol(w, &end, 10);
		if (errno != 0 || *end != '\0' || n > 255)
			return -2;
		return (int)n;
	}
	for (int i = 0; i < 16; i++) {
		const char *cn = color_names[i];
		/* bright-red, brightred */
		if (strcasecmp(w, cn) == 0 ||
		    (i >= 8 && strncasecmp(w, "bright", 6) == 0 && strcasecmp(w + 6, cn + 7) == 0))
			return i;
	}
	if (strcasecmp(w, "grey") == 0 || strcasecmp(w, "gray") == 0)
		return 8;
	return -2;
}

static int
parse_color(struct parser *p, const char *w, int *out)
{
	int c = color_from_word(w);

	if (c == -2)
		return parse_error(p, "'%s' is not a colour (a name, 0-255, #rrggbb or default)", w);
	*out = c;
	return 0;
}

static int
parse_attrs(struct parser *p, char **words, size_t n, unsigned *out)
{
	*out = 0;
	for (size_t i = 0; i < n; i++) {
		size_t j;

		for (j = 0; j < sizeof attr_names / sizeof attr_names[0]; j++)
			if (strcasecmp(words[i], attr_names[j].name) == 0)
				break;
		if (j == sizeof attr_names / sizeof attr_names[0])
			return parse_error(p, "unknown attribute '%s' (bold, dim, italic, underline, reverse, blink, none)",
					   words[i]);
		*out |= attr_names[j].attr;
	}
	return 0;
}

static int
parse_element(struct parser *p, const char *w, enum ws_element *out)
{
	for (int i = 0; i < WS_EL_COUNT; i++)
		if (strcasecmp(w, element_names[i]) == 0) {
			*out = (enum ws_element)i;
			return 0;
		}
	return parse_error(p, "unknown element '%s'", w);
}

/*
 * Split a line into words in place: white space separates them, a
 * double-quoted word may contain spaces, and '#' at the start of a word
 * that is not a colour begins a comment.
 */
static int
split_line(struct parser *p, char *line, char **words, size_t *nwords)
{
	char *s = line;

	*nwords = 0;
	for (;;) {
		while (*s == ' ' || *s == '\t' || *s == '\r')
			s++;
		if (*s == '\0')
			return 0;
		if (*s == '#' && hex_digit((unsigned char)s[1]) < 0)
			return 0;
		if (*nwords == LINE_MAX_WORDS)
			return parse_error(p, "%s", "too many words on the line");
		if (*s == '"') {
			char *end = strchr(s + 1, '"');
			if (end == NULL)
				return parse_error(p, "%s", "unterminated quotation");
			*end = '\0';
			words[(*nwords)++] = s + 1;
			s = end + 1;
			if (*s != '\0' && *s != ' ' && *s != '\t')
				return parse_error(p, "%s", "a quoted name must be followed by a space");
			continue;
		}
		words[(*nwords)++] = s;
		while (*s != '\0' && *s != ' ' && *s != '\t' && *s != '\r')
			s++;
		if (*s != '\0')
			*s++ = '\0';
	}
}

static int
parse_color_line(struct parser *p, struct ws_theme *th, char **w, size_t n)
{
	enum ws_element el = WS_EL_TEXT;
	struct ws_look look;

	if (n < 4)
		return parse_error(p, "%s", "usage: color ELEMENT FG BG [ATTR...]");
	if (parse_element(p, w[1], &el) < 0 || parse_color(p, w[2], &look.fg) < 0 ||
	    parse_color(p, w[3], &look.bg) < 0 || parse_attrs(p, w + 4, n - 4, &look.attrs) < 0)
		return -1;
	th->color[el] = look;
	return 0;
}

static int
parse_mono_line(struct parser *p, struct ws_theme *th, char **w, size_t n)
{
	enum ws_element el = WS_EL_TEXT;

	if (n < 3)
		return parse_error(p, "%s", "usage: mono ELEMENT ATTR...");
	if (parse_element(p, w[1], &el) < 0)
		return -1;
	return parse_attrs(p, w + 2, n - 2, &th->mono[el]);
}

static int
parse_source_line(struct parser *p, struct ws_theme *th, char **w, size_t n)
{
	struct theme_source src;
	size_t attrs_from = 3;

	if (n < 3 || w[1][0] == '\0')
		return parse_error(p, "%s", "usage: source \"OUTLET NAME\" FG [BG] [ATTR...]");
	if (th->nsources == THEME_MAX_SOURCES)
		return parse_error(p, "%s", "too many sources");
	if (parse_color(p, w[2], &src.look.fg) < 0)
		return -1;
	src.look.bg = WS_COLOR_DEFAULT;
	if (n > 3 && color_from_word(w[3]) != -2) {
		src.look.bg = color_from_word(w[3]);
		attrs_from = 4;
	}
	if (parse_attrs(p, w + attrs_from, n - attrs_from, &src.look.attrs) < 0)
		return -1;
	src.name = xstrdup(w[1]);
	if (th->sources == NULL)
		th->sources = xcalloc(THEME_MAX_SOURCES, sizeof *th->sources);
	th->sources[th->nsources++] = src;
	return 0;
}

static int
parse_palette_line(struct parser *p, struct ws_theme *th, char **w, size_t n)
{
	if (n < 2)
		return parse_error(p, "%s", "usage: palette COLOR...");
	th->npalette = 0;
	for (size_t i = 1; i < n; i++) {
		int c = WS_COLOR_DEFAULT;

		if (parse_color(p, w[i], &c) < 0)
			return -1;
		if (c == WS_COLOR_DEFAULT)
			return parse_error(p, "%s", "the palette cannot hold 'default'");
		th->palette[th->npalette++] = c;
	}
	return 0;
}

static int
parse_background_line(struct parser *p, struct ws_theme *th, char **w, size_t n)
{
	if (n == 2 && strcasecmp(w[1], "dark") == 0)
		th->dark = 1;
	else if (n == 2 && strcasecmp(w[1], "light") == 0)
		th->dark = 0;
	else
		return parse_error(p, "%s", "usage: background dark|light");
	return 0;
}

static int
parse_vision_line(struct parser *p, struct ws_theme *th, char **w, size_t n)
{
	if (n < 2)
		return parse_error(p, "%s", "usage: vision protanopia|deuteranopia...");
	for (size_t i = 1; i < n; i++) {
		if (strcasecmp(w[i], "protanopia") == 0)
			th->visions |= 1u << WS_VISION_PROTANOPIA;
		else if (strcasecmp(w[i], "deuteranopia") == 0)
			th->visions |= 1u << WS_VISION_DEUTERANOPIA;
		else
			return parse_error(p, "unknown vision '%s' (protanopia, deuteranopia)", w[i]);
	}
	return 0;
}

static int
parse_line(struct parser *p, struct ws_theme *th, char *line)
{
	static const struct {
		const char *command;
		int (*parse)(struct parser *, struct ws_theme *, char **, size_t);
	} commands[] = {
		{ "color", parse_color_line }, { "colour", parse_color_line },
		{ "mono", parse_mono_line }, { "source", parse_source_line },
		{ "palette", parse_palette_line }, { "background", parse_background_line },
		{ "vision", parse_vision_line },
	};
	char *words[LINE_MAX_WORDS];
	size_t n;

	if (split_line(p, line, words, &n) < 0)
		return -1;
	if (n == 0)
		return 0;
	for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
		if (strcmp(words[0], commands[i].command) == 0)
			return commands[i].parse(p, th, words, n);
	return parse_error(p, "unknown command '%s' (color, mono, source, palette, background, vision)",
			   words[0]);
}

static struct ws_theme *
theme_new(void)
{
	struct ws_theme *th = xcalloc(1, sizeof *th);

	th->dark = 1;
	for (int i = 0; i < WS_EL_COUNT; i++) {
		th->color[i].fg = th->color[i].bg = WS_COLOR_DEFAULT;
		th->color[i].attrs = element_default_attrs[i];
		th->mono[i] = element_default_attrs[i];
	}
	/* Without colour, reverse alone would not show on an outlet that is reversed. */
	th->mono[WS_EL_SELECTED] |= WS_ATTR_BOLD;
	/* ... and italic alone is a person's: no one named is dimmed and underlined as well. */
	th->mono[WS_EL_NO_ONE] |= WS_ATTR_DIM | WS_ATTR_UNDERLINE;
	return th;
}

int
ws_theme_parse(const char *name, const char *buf, size_t len, struct ws_theme **out,
	       struct ws_error *err)
{
	struct parser p = { name, 0, err };
	struct ws_theme *th;
	char line[1024];

	*out = NULL;
	th = theme_new();
	for (size_t pos = 0; pos < len;) {
		const char *nl = memchr(buf + pos, '\n', len - pos);
		size_t end = nl != NULL ? (size_t)(nl - buf) : len;

		p.lineno++;
		if (end - pos >= sizeof line || memchr(buf + pos, '\0', end - pos) != NULL) {
			parse_error(&p, "%s", end - pos >= sizeof line ? "line too long" : "NUL byte");
			ws_theme_free(th);
			return -1;
		}
		memcpy(line, buf + pos, end - pos);
		line[end - pos] = '\0';
		if (parse_line(&p, th, line) < 0) {
			ws_theme_free(th);
			return -1;
		}
		pos = end + 1;
	}
	*out = th;
	return 0;
}

void
ws_theme_free(struct ws_theme *th)
{
	if (th == NULL)
		return;
	for (size_t i = 0; i < th->nsources; i++)
		free(th->sources[i].name);
	free(th->sources);
	free(th);
}

/* Finding themes. */

/* Read a small file whole into *buf (NUL-terminated; the caller frees it). */
static int
read_small_file(const char *path, char **buf, size_t *len, struct ws_error *err)
{
	FILE *fp = fopen(path, "rb");
	char *b;
	size_t n;

	if (fp == NULL)
		return ws_error_set(err, "cannot open %s: %s", path, strerror(errno));
	b = xmalloc(THEME_MAX_BYTES + 1);
	n = fread(b, 1, THEME_MAX_BYTES + 1, fp);
	if (ferror(fp) || n > THEME_MAX_BYTES) {
		int e = errno;
		free(b);
		fclose(fp);
		if (n > THEME_MAX_BYTES)
			return ws_error_set(err, "%s: too large for a theme", path);
		return ws_error_set(err, "cannot read %s: %s", path, strerror(e));
	}
	fclose(fp);
	b[n] = '\0';
	*buf = b;
	*len = n;
	return 0;
}

/* $XDG_CONFIG_HOME/whosaid/REST, or ~/.config/whosaid/REST; 0 if neither is set. */
static int
config_path(char *buf, size_t size, const char *rest)
{
	const char *xdg = getenv("XDG_CONFIG_HOME");
	const char *home = getenv("HOME");
	int n;

	if (xdg != NULL && xdg[0] == '/')
		n = snprintf(buf, size, "%s/whosaid/%s", xdg, rest);
	else if (home != NULL && home[0] != '\0')
		n = snprintf(buf, size, "%s/.config/whosaid/%s", home, rest);
	else
		return 0;
	return n > 0 && (size_t)n < size;
}

static int
theme_open_file(const char *path, struct ws_theme **out, struct ws_error *err)
{
	char *buf;
	size_t len;
	int rc;

	if (read_small_file(path, &buf, &len, err) < 0)
		return -1;
	rc = ws_theme_parse(path, buf, len, out, err);
	free(buf);
	return rc;
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

static int
unknown_theme(const char *spec, struct ws_error *err)
{
	char names[256] = "";
	const char *const *b = ws_theme_builtin_names();

	for (size_t i = 0; b[i] != NULL; i++) {
		if (i > 0)
			strncat(names, ", ", sizeof names - strlen(names) - 1);
		strncat(names, b[i], sizeof names - strlen(names) - 1);
	}
	return ws_error_set(err, "unknown theme '%s' (%s, or a file)", spec, names);
}

int
ws_theme_open(const char *spec, struct ws_theme **out, struct ws_error *err)
{
	char path[4096], rel[1024];
	char *configured = NULL;
	int rc;

	*out = NULL;
	if (spec == NULL) {
		if (ws_theme_config_default(&configured, err) < 0)
			return -1;
		spec = configured != NULL ? configured : "dark";
	}
	if (strchr(spec, '/') != NULL || ends_with(spec, ".theme")) {
		rc = theme_open_file(spec, out, err);
	} else if (snprintf(rel, sizeof rel, "themes/%s.theme", spec) < (int)sizeof rel &&
		   config_path(path, sizeof path, rel) && access(path, R_OK) == 0) {
		rc = theme_open_file(path, out, err);
	} else {
		rc = unknown_theme(spec, err);
		for (size_t i = 0; ws_theme_builtins[i].name != NULL; i++)
			if (strcmp(ws_theme_builtins[i].name, spec) == 0) {
				rc = ws_theme_parse(spec, (const char *)ws_theme_builtins[i].bytes,
						    ws_theme_builtins[i].size, out, err);
				break;
			}
	}
	free(configured);
	return rc;
}

int
ws_theme_config_default(char **name, struct ws_error *err)
{
	char path[4096], *buf, *line, *next;
	size_t len;
	unsigned lineno = 0;
	int rc = 0;

	*name = NULL;
	if (!config_path(path, sizeof path, "config") || access(path, F_OK) != 0)
		return 0;
	if (read_small_file(path, &buf, &len, err) < 0)
		return -1;
	/* Other settings may share the file; only `theme` is read here. */
	for (line = buf; line != NULL && rc == 0; line = next) {
		char *w, *v;
		size_t vlen;

		lineno++;
		next = strchr(line, '\n');
		if (next != NULL)
			*next++ = '\0';
		w = line + strspn(line, " \t\r");
		if (strncmp(w, "theme", 5) != 0 || (w[5] != ' ' && w[5] != '\t' && w[5] != '\0'))
			continue;
		v = w + 5 + strspn(w + 5, " \t");
		vlen = strcspn(v, " \t\r");
		if (vlen == 0 || (v[vlen + strspn(v + vlen, " \t\r")] != '\0' &&
				  v[vlen + strspn(v + vlen, " \t\r")] != '#')) {
			rc = ws_error_set(err, "%s:%u: usage: theme NAME", path, lineno);
		} else {
			free(*name);
			*name = xstrndup(v, vlen);
		}
	}
	free(buf);
	if (rc < 0) {
		free(*name);
		*name = NULL;
	}
	return rc;
}

/* Schemes. */

static unsigned long
name_hash(const char *s)
{
	unsigned long h = 2166136261u;

	for (; *s != '\0'; s++) {
		h ^= (unsigned char)tolower((unsigned char)*s);
		h *= 16777619u;
	}
	return h & 0xffffffffu;
}

/* "Associated Press" and "associated-press" name the same outlet. */
static int
same_outlet_name(const char *a, const char *b)
{
	for (;; a++, b++) {
		int ca = tolower((unsigned char)*a), cb = tolower((unsigned char)*b);

		if (ca == ' ')
			ca = '-';
		if (cb == ' ')
			cb = '-';
		if (ca != cb)
			return 0;
		if (ca == '\0')
			return 1;
	}
}

static const struct theme_source *
theme_find_source(const struct ws_theme *th, const struct ws_outlet *o)
{
	for (size_t i = 0; i < th->nsources; i++)
		if ((o->name != NULL && same_outlet_name(th->sources[i].name, o->name)) ||
		    (o->id != NULL && same_outlet_name(th->sources[i].name, o->id)))
			return &th->sources[i];
	return NULL;
}

static struct ws_look
look_reduce(struct ws_look l, int depth)
{
	l.fg = ws_color_reduce(l.fg, depth);
	l.bg = ws_color_reduce(l.bg, depth);
	return l;
}

/* The colour a default stands for, for keeping palette colours away from it. */
static long
assumed_rgb(int color, int is_bg, int dark)
{
	if (color >= 0)
		return ws_color_rgb(color);
	if (is_bg)
		return dark ? 0x000000 : 0xffffff;
	return dark ? 0xd0d0d0 : 0x000000;
}

/*
 * Colours far apart.  A scheme's choices are made among candidates (the
 * theme's palette, the default palette, the terminal's own 16, from 256
 * colours on the colour cube, and last the named sources'), brought down to the
 * depth; each must keep WS_COLOR_FLOOR from the colours a claim is read
 * against (the reserved ones: text, background, person, selection) and
 * from the outlets that chose before it, as every vision the theme names
 * sees them.  Each colour's OKLab coordinates are worked out once.
 */
#define MAX_CANDIDATES (2 * THEME_MAX_PALETTE + THEME_MAX_SOURCES + 16 + 216)
#define MAX_RESERVED 4

/* A colour and how each vision the theme names sees it. */
struct seen {
	int color;
	double lab[WS_VISION_COUNT][3];
};

struct colour_room {
	const struct ws_theme *th;
	struct seen reserved[MAX_RESERVED];
	size_t nreserved;
	struct seen cand[MAX_CANDIDATES];	/* colours at the scheme's depth, each once */
	size_t ncand;
	size_t npal;				/* the first npal are the palette's */
	size_t work;				/* calls of apart() */
};

long
ws_scheme_rgb(const struct ws_scheme *sc, int color, int is_bg)
{
	int text = is_bg ? sc->el[WS_EL_TEXT].bg : sc->el[WS_EL_TEXT].fg;

	return assumed_rgb(color >= 0 ? color : text, is_bg, sc->th->dark);
}

static struct seen
seen_rgb(const struct ws_theme *th, int color, long rgb)
{
	struct seen c = { .color = color };

	for (int v = 0; v < WS_VISION_COUNT; v++)
		if (ws_theme_has_vision(th, (enum ws_vision)v))
			oklab(rgb, (enum ws_vision)v, c.lab[v]);
	return c;
}

/* The least distance between two colours, for every vision the theme names. */
static double
apart(const struct ws_theme *th, const struct seen *a, const struct seen *b)
{
	double d = 4;

	for (int v = 0; v < WS_VISION_COUNT; v++) {
		const double *x = a->lab[v], *y = b->lab[v];
		double dv;

		if (!ws_theme_has_vision(th, (enum ws_vision)v))
			continue;
		dv = sqrt((x[0] - y[0]) * (x[0] - y[0]) + (x[1] - y[1]) * (x[1] - y[1]) +
			  (x[2] - y[2]) * (x[2] - y[2]));
		d = dv < d ? dv : d;
	}
	return d;
}

/* The least distance from c to the reserved colours and to taken[0, ntaken). */
static double
clearance(struct colour_room *r, const struct seen *c, const struct seen *taken, size_t ntaken)
{
	double d = 4;

	r->work += r->nreserved + ntaken;
	for (size_t i = 0; i < r->nreserved; i++) {
		double di = apart(r->th, c, &r->reserved[i]);
		d = di < d ? di : d;
	}
	for (size_t i = 0; i < ntaken; i++) {
		double di = apart(r->th, c, &taken[i]);
		d = di < d ? di : d;
	}
	return d;
}

static void
add_candidates(struct colour_room *r, const int *colours, size_t n, int depth)
{
	for (size_t i = 0; i < n && r->ncand < MAX_CANDIDATES; i++) {
		int c = ws_color_reduce(colours[i], depth);
		size_t j;

		for (j = 0; j < r->ncand && r->cand[j].color != c; j++)
			;
		if (c >= 0 && j == r->ncand)
			r->cand[r->ncand++] = seen_rgb(r->th, c, ws_color_rgb(c));
	}
}

/* The candidates, in order of preference: palette, default palette, the terminal's, named sources. */
static void
room_candidates(const struct ws_scheme *sc, struct colour_room *r)
{
	const struct ws_theme *th = sc->th;
	static const int ansi[16] = { 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14, 0, 7, 8, 15 };
	const int *def = th->dark ? default_palette_dark : default_palette_light;
	size_t ndef = th->dark ? sizeof default_palette_dark / sizeof default_palette_dark[0]
			       : sizeof default_palette_light / sizeof default_palette_light[0];

	r->ncand = 0;
	if (th->npalette > 0)
		add_candidates(r, th->palette, th->npalette, sc->depth);
	else
		add_candidates(r, def, ndef, sc->depth);
	r->npal = r->ncand;
	add_candidates(r, def, ndef, sc->depth);
	add_candidates(r, ansi, sc->depth >= WS_DEPTH_16 ? 16 : 8, sc->depth);
	if (sc->depth >= WS_DEPTH_256)
		for (int i = 16; i < 232; i++)
			add_candidates(r, &i, 1, sc->depth);
	/* Last, the colours of named outlets: Reuters should not look like AP elsewhere. */
	for (size_t i = 0; i < th->nsources; i++)
		add_candidates(r, &th->sources[i].look.fg, 1, sc->depth);
}

static void
reserve(const struct ws_scheme *sc, struct colour_room *r, int color, int is_bg)
{
	r->reserved[r->nreserved++] = seen_rgb(r->th, color, ws_scheme_rgb(sc, color, is_bg));
}

/*
 * The person colour, brought down, may land on the text's (xterm's 8
 * colours make a lilac white): then the candidate nearest the theme's
 * person colour that keeps clear of text, background and selection.
 */
static void
place_person(struct ws_scheme *sc, struct colour_room *r)
{
	struct seen want, person;
	double best_d = 4;

	if (sc->th->color[WS_EL_PERSON].fg < 0)
		return;
	want = seen_rgb(r->th, 0, ws_color_rgb(sc->th->color[WS_EL_PERSON].fg));
	person = seen_rgb(r->th, 0, ws_scheme_rgb(sc, sc->el[WS_EL_PERSON].fg, 0));
	if (clearance(r, &person, NULL, 0) >= WS_COLOR_FLOOR)
		return;
	for (size_t i = 0; i < r->ncand; i++) {
		double d = apart(r->th, &r->cand[i], &want);

		if (clearance(r, &r->cand[i], NULL, 0) >= WS_COLOR_FLOOR && d < best_d) {
			best_d = d;
			sc->el[WS_EL_PERSON].fg = r->cand[i].color;
		}
	}
}

/* What claims are read against: the text and its background, the selection, the person colour. */
static void
room_reserve(struct ws_scheme *sc, struct colour_room *r)
{
	const struct ws_look *sel = &sc->el[WS_EL_SELECTED];

	r->nreserved = 0;
	reserve(sc, r, WS_COLOR_DEFAULT, 0);
	reserve(sc, r, WS_COLOR_DEFAULT, 1);
	/* A selection without colours is the text reversed: the text's colour, reserved already. */
	if (sel->bg >= 0)
		reserve(sc, r, sel->bg, 1);
	else if (sel->fg >= 0)
		reserve(sc, r, sel->fg, 0);
	place_person(sc, r);
	if (sc->el[WS_EL_PERSON].fg >= 0)
		reserve(sc, r, sc->el[WS_EL_PERSON].fg, 0);
}

/*
 * The outlets the theme names choose first, so that they keep their
 * colours; then those with the most claims; the article's order among
 * equals.
 */
struct ranked {
	size_t claims, outlet;
};

/* Most claims first, then the article's order: a sort that is stable by construction. */
static int
ranked_cmp(const void *a, const void *b)
{
	const struct ranked *x = a, *y = b;

	if (x->claims != y->claims)
		return x->claims > y->claims ? -1 : 1;
	return (x->outlet > y->outlet) - (x->outlet < y->outlet);
}

static size_t *
choosing_order(const struct ws_scheme *sc)
{
	size_t *order = xreallocarray(NULL, sc->noutlets + 1, sizeof *order);
	struct ranked *rank = xcalloc(sc->noutlets + 1, sizeof *rank);

	for (size_t i = 0; i < sc->noutlets; i++)
		rank[i].outlet = i;
	for (size_t i = 0; i < sc->an->nclaims; i++)
		if (sc->an->claims[i].outlet < sc->noutlets)
			rank[sc->an->claims[i].outlet].claims++;
	for (size_t i = 0; i < sc->noutlets; i++)
		if (theme_find_source(sc->th, &sc->an->outlets[i]) != NULL)
			rank[i].claims += sc->an->nclaims + 1;
	/* Sorted, not inserted one by one: that cost the square of a page of outlets. */
	qsort(rank, sc->noutlets, sizeof *rank, ranked_cmp);
	for (size_t i = 0; i < sc->noutlets; i++)
		order[i] = rank[i].outlet;
	free(rank);
	return order;
}

/*
 * Each candidate's clearance (clearance()) from the reserved colours
 * alone and from the colours taken so far as well, kept up to date as
 * outlets take colours: a choice then costs one look at each candidate,
 * not a distance to every outlet before it, which cost the square of a
 * page of outlets (thousands of "told X News" took minutes).
 */
struct clearances {
	double *reserved, *taken;	/* per candidate */
};

static void
clearances_init(struct clearances *cl, struct colour_room *r)
{
	cl->reserved = xreallocarray(NULL, r->ncand + 1, sizeof *cl->reserved);
	cl->taken = xreallocarray(NULL, r->ncand + 1, sizeof *cl->taken);
	for (size_t i = 0; i < r->ncand; i++)
		cl->reserved[i] = cl->taken[i] = clearance(r, &r->cand[i], NULL, 0);
}

/* Colour c is taken: the candidates near it have less room. */
static void
clearances_take(struct clearances *cl, struct colour_room *r, const struct seen *c)
{
	r->work += r->ncand;
	for (size_t i = 0; i < r->ncand; i++) {
		double d = apart(r->th, &r->cand[i], c);

		if (d < cl->taken[i])
			cl->taken[i] = d;
	}
}

static void
clearances_free(struct clearances *cl)
{
	free(cl->reserved);
	free(cl->taken);
}

/*
 * The candidate outlet o takes: the first of its preferences that keeps
 * the floor (its named colour, then the candidates from the hash of its
 * name on), else the one farthest from the rest, clear of the reserved
 * colours first.  The index of a candidate, or -1 for the named colour.
 */
static long
choose(struct colour_room *r, const struct clearances *cl, const struct ws_outlet *out,
       const struct seen *named, const struct seen *taken, size_t ntaken)
{
	size_t first = name_hash(out->id != NULL ? out->id : out->name != NULL ? out->name : "");
	long best = 0;
	double best_d = -1;

	/* A named colour: a few outlets (those the theme names), so measured afresh. */
	if (named != NULL && clearance(r, named, taken, ntaken) >= WS_COLOR_FLOOR)
		return -1;
	first = r->npal > 0 ? first % r->npal : 0;
	r->work += r->ncand;
	for (size_t k = 0; k < r->ncand; k++) {
		size_t i = k < r->npal ? (first + k) % r->npal : k;
		double d = cl->taken[i], reserved = cl->reserved[i];

		if (d >= WS_COLOR_FLOOR)
			return (long)i;
		/* Out of room: sharing another outlet's colour is better than the text's. */
		d += 10 * (reserved < WS_COLOR_FLOOR ? reserved : WS_COLOR_FLOOR);
		if (d > best_d) {
			best_d = d;
			best = (long)i;
		}
	}
	return best;
}

/* Each outlet's colour, kept apart from the others' and from what claims are read against. */
static void
assign_colours(struct ws_scheme *sc, struct colour_room *r)
{
	size_t *order = choosing_order(sc);
	struct seen *taken = xreallocarray(NULL, sc->noutlets + 1, sizeof *taken);
	const struct theme_source **taken_by = xreallocarray(NULL, sc->noutlets + 1, sizeof *taken_by);
	size_t ntaken = 0;
	struct clearances cl;

	clearances_init(&cl, r);
	for (size_t k = 0; k < sc->noutlets; k++) {
		size_t o = order[k], same = 0;
		const struct theme_source *src = theme_find_source(sc->th, &sc->an->outlets[o]);
		struct ws_look l = src != NULL ? look_reduce(src->look, sc->depth)
					       : (struct ws_look){ WS_COLOR_DEFAULT, WS_COLOR_DEFAULT, 0 };
		struct seen named = seen_rgb(sc->th, l.fg, ws_scheme_rgb(sc, l.fg, 0));
		long pick;

		/*
		 * Two outlets the theme names as one ("AP", "Associated Press")
		 * share its colour.  Only for an outlet the theme names: a few.
		 */
		while (src != NULL && same < ntaken && taken_by[same] != src)
			same++;
		if (src != NULL && same < ntaken) {
			l.fg = taken[same].color;
		} else if (r->ncand == 0 && src == NULL) {
			l.attrs |= WS_ATTR_UNDERLINE;	/* no colour at all to give */
		} else {
			pick = choose(r, &cl, &sc->an->outlets[o], src != NULL && l.fg >= 0 ? &named : NULL,
				      taken, ntaken);
			l.fg = pick < 0 ? l.fg : r->cand[pick].color;
		}
		if (l.fg >= 0) {
			taken_by[ntaken] = src;
			taken[ntaken] = seen_rgb(sc->th, l.fg, ws_color_rgb(l.fg));
			clearances_take(&cl, r, &taken[ntaken++]);
		}
		sc->outlets[o] = l;
	}
	clearances_free(&cl);
	free(order);
	free(taken);
	free(taken_by);
}

/*
 * The colour of the claims credited to no one named comes last, so that
 * it costs the outlets no room: the theme's, else the candidate nearest
 * it, that keeps the floor from what claims are read against (the person
 * colour among them), from every outlet's colour and from the grey of
 * the claims a filter dims (or it would look filtered out); else none: those
 * claims are then the text's colour, told from it by the element's
 * attributes (italic in the bundled themes).
 */
static void
place_no_one(struct ws_scheme *sc, struct colour_room *r)
{
	struct ws_look *el = &sc->el[WS_EL_NO_ONE];
	struct seen *taken = xreallocarray(NULL, sc->noutlets + 2, sizeof *taken), mine, want;
	int dimmed = sc->el[WS_EL_DIMMED].fg;
	size_t ntaken = 0;
	double best_d = 4;

	if (dimmed >= 0)
		taken[ntaken++] = seen_rgb(r->th, dimmed, ws_color_rgb(dimmed));
	for (size_t i = 0; i < sc->noutlets; i++)
		if (sc->outlets[i].fg >= 0)
			taken[ntaken++] = seen_rgb(r->th, sc->outlets[i].fg,
						   ws_color_rgb(sc->outlets[i].fg));
	mine = seen_rgb(r->th, el->fg, ws_scheme_rgb(sc, el->fg, 0));
	if (el->fg >= 0 && clearance(r, &mine, taken, ntaken) < WS_COLOR_FLOOR) {
		want = seen_rgb(r->th, 0, ws_color_rgb(sc->th->color[WS_EL_NO_ONE].fg));
		el->fg = WS_COLOR_DEFAULT;
		/* Once a scheme: every candidate against every outlet, a constant per outlet. */
		for (size_t i = 0; i < r->ncand; i++) {
			double d = apart(r->th, &r->cand[i], &want);

			if (d < best_d && clearance(r, &r->cand[i], taken, ntaken) >= WS_COLOR_FLOOR) {
				best_d = d;
				el->fg = r->cand[i].color;
			}
		}
	}
	free(taken);
}

/* The colours of a scheme that has some: the person's placed, then the outlets', then no one's. */
static void
scheme_colours(struct ws_scheme *sc)
{
	struct colour_room *r = xcalloc(1, sizeof *r);

	r->th = sc->th;
	room_candidates(sc, r);
	room_reserve(sc, r);
	if (sc->noutlets > 0)
		assign_colours(sc, r);
	place_no_one(sc, r);
	sc->work = r->work;
	free(r);
}

static void
scheme_mono_outlets(struct ws_scheme *sc)
{
	for (size_t i = 0; i < sc->noutlets; i++) {
		sc->outlets[i].fg = sc->outlets[i].bg = WS_COLOR_DEFAULT;
		sc->outlets[i].attrs = mono_outlet_attrs[i % (sizeof mono_outlet_attrs /
							     sizeof mono_outlet_attrs[0])];
	}
}

struct ws_scheme *
ws_scheme_new(const struct ws_theme *th, const struct ws_analysis *an, int depth)
{
	struct ws_scheme *sc = xcalloc(1, sizeof *sc);

	sc->th = th;
	sc->an = an;
	sc->depth = depth;
	for (int i = 0; i < WS_EL_COUNT; i++) {
		if (depth == WS_DEPTH_MONO)
			sc->el[i] = (struct ws_look){ WS_COLOR_DEFAULT, WS_COLOR_DEFAULT, th->mono[i] };
		else
			sc->el[i] = look_reduce(th->color[i], depth);
	}
	if (an != NULL && an->noutlets > 0) {
		sc->outlets = xcalloc(an->noutlets, sizeof *sc->outlets);
		sc->noutlets = an->noutlets;
	}
	if (depth == WS_DEPTH_MONO)
		scheme_mono_outlets(sc);
	else
		scheme_colours(sc);
	return sc;
}

size_t
ws_scheme_work(const struct ws_scheme *sc)
{
	return sc->work;
}

void
ws_scheme_free(struct ws_scheme *sc)
{
	if (sc == NULL)
		return;
	free(sc->outlets);
	free(sc);
}

struct ws_look
ws_scheme_element(const struct ws_scheme *sc, enum ws_element el)
{
	return sc->el[(unsigned)el < WS_EL_COUNT ? el : WS_EL_TEXT];
}

struct ws_look
ws_scheme_outlet(const struct ws_scheme *sc, size_t outlet)
{
	if (outlet >= sc->noutlets)
		return sc->el[WS_EL_PERSON];
	return sc->outlets[outlet];
}

/* Lay `top` over `l`: its colours where it has some, its attributes added. */
static void
overlay(struct ws_look *l, const struct ws_look *top)
{
	if (top->fg != WS_COLOR_DEFAULT)
		l->fg = top->fg;
	if (top->bg != WS_COLOR_DEFAULT)
		l->bg = top->bg;
	l->attrs |= top->attrs;
}

struct ws_look
ws_scheme_look(const struct ws_scheme *sc, uint32_t style)
{
	static const struct {
		unsigned flag;
		enum ws_element el;
	} overlays[] = {
		{ WS_STY_DIRECT, WS_EL_DIRECT }, { WS_STY_CUE, WS_EL_CUE }, { WS_STY_BY, WS_EL_BY },
		{ WS_STY_UNATTRIBUTED, WS_EL_UNATTRIBUTED }, { WS_STY_DIMMED, WS_EL_DIMMED },
		{ WS_STY_MATCH, WS_EL_MATCH }, { WS_STY_SELECTED, WS_EL_SELECTED },
	};
	unsigned flags = WS_STY_FLAGS(style);
	size_t claim = WS_STY_CLAIM(style);
	struct ws_look l = sc->el[WS_EL_TEXT];

	if (flags & WS_STY_TITLE)
		l = sc->el[WS_EL_TITLE];
	else if (flags & WS_STY_HEADING)
		l = sc->el[WS_EL_HEADING];
	else if (flags & WS_STY_BLOCKQUOTE)
		l = sc->el[WS_EL_BLOCKQUOTE];
	if (claim != WS_NONE && !(flags & WS_STY_DIMMED) && sc->an != NULL &&
	    claim < sc->an->nclaims) {
		const struct ws_claim *c = &sc->an->claims[claim];
		struct ws_look cl = c->outlet != WS_NONE   ? ws_scheme_outlet(sc, c->outlet)
				    : c->speaker != WS_NONE ? sc->el[WS_EL_PERSON]
							    : sc->el[WS_EL_NO_ONE];
		overlay(&l, &cl);
	}
	for (size_t i = 0; i < sizeof overlays / sizeof overlays[0]; i++)
		if (flags & overlays[i].flag)
			overlay(&l, &sc->el[overlays[i].el]);
	return l;
}

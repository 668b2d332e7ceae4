/*
 * fuzz_theme: theme files of arbitrary bytes.  A theme that parses gives,
 * at every colour depth, colours that depth can show and outlet colours
 * that stay away from the text's; one that does not parse says
 * "fuzz.theme:LINE: what is wrong" in one line that a terminal can show
 * without acting on (a theme's words end up in the message).
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/theme.h"
#include "fuzz.h"

static const int depths[] = {
	WS_DEPTH_MONO, WS_DEPTH_8, WS_DEPTH_16, WS_DEPTH_256, WS_DEPTH_RGB,
};

static void
check_color(int c, int depth, const char *what)
{
	int valid;

	if (c == WS_COLOR_DEFAULT)
		return;
	switch (depth) {
	case WS_DEPTH_MONO:
		valid = 0;
		break;
	case WS_DEPTH_RGB:
		valid = (c >= 0 && c < 256) || (WS_COLOR_IS_RGB(c) && c <= (WS_COLOR_RGB | 0xffffff));
		break;
	default:
		valid = c >= 0 && c < depth;
	}
	if (!valid)
		fuzz_fail("%s: colour %#x at depth %d", what, (unsigned)c, depth);
}

static void
check_look(struct ws_look look, int depth, const char *what)
{
	check_color(look.fg, depth, what);
	check_color(look.bg, depth, what);
	if (look.attrs & ~0x3fu)
		fuzz_fail("%s: attributes %#x", what, look.attrs);
}

/* An analysis with outlets and no claims, for the scheme to colour. */
static struct ws_analysis *
outlets(void)
{
	static struct ws_outlet o[12];
	static char names[12][32];
	static struct ws_analysis an;
	static const char *const known[] = { "Politico", "Associated Press", "Xinhua" };

	if (an.noutlets == 0) {
		for (size_t i = 0; i < 12; i++) {
			if (i < 3)
				snprintf(names[i], sizeof names[i], "%s", known[i]);
			else
				snprintf(names[i], sizeof names[i], "Outlet %zu", i);
			o[i].id = o[i].name = names[i];
		}
		an.outlets = o;
		an.noutlets = 12;
	}
	return &an;
}

static void
check_error(const char *msg)
{
	const char *p = msg + strlen("fuzz.theme:");

	if (strncmp(msg, "fuzz.theme:", strlen("fuzz.theme:")) != 0 || !isdigit((unsigned char)*p))
		fuzz_fail("theme error without FILE:LINE: '%s'", msg);
	fuzz_check_terminal_safe(msg, strlen(msg), 0);
	if (strchr(msg, '\n') != NULL)
		fuzz_fail("theme error of more than one line");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ws_theme *th;
	struct ws_error err;

	err.msg[0] = '\0';
	if (ws_theme_parse("fuzz.theme", (const char *)data, size, &th, &err) < 0) {
		check_error(err.msg);
		return 0;
	}
	for (size_t d = 0; d < sizeof depths / sizeof depths[0]; d++) {
		struct ws_scheme *sc = ws_scheme_new(th, outlets(), depths[d]);
		struct ws_look text;

		if (sc == NULL)
			fuzz_fail("no scheme at depth %d", depths[d]);
		for (int el = 0; el < WS_EL_COUNT; el++)
			check_look(ws_scheme_element(sc, (enum ws_element)el), depths[d], "element");
		text = ws_scheme_element(sc, WS_EL_TEXT);
		for (size_t o = 0; o < outlets()->noutlets; o++) {
			struct ws_look look = ws_scheme_outlet(sc, o);

			check_look(look, depths[d], "outlet");
			/* "Outlet N" is in no theme: it gets a colour of the palette. */
			if (o >= 3 && look.fg == text.fg && look.bg == text.bg &&
			    look.attrs == text.attrs)
				fuzz_fail("outlet %zu looks like the text at depth %d", o, depths[d]);
		}
		for (uint32_t st = 0; st < (1u << 10); st += 7)
			check_look(ws_scheme_look(sc, WS_STY_MAKE(st, st % 13)), depths[d], "style");
		ws_scheme_free(sc);
	}
	ws_theme_free(th);
	return 0;
}

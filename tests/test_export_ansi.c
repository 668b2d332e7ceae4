/* The ANSI export: the text export's lines, with SGR colours and nothing raw. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/export.h"
#include "whosaid/style.h"
#include "whosaid/theme.h"
#include "export_fixture.h"

static int depth = WS_DEPTH_256;

static int
ansi(FILE *fp, const struct ws_article *art, const struct ws_view *view, int width,
     const void *theme)
{
	return ws_export_ansi(fp, art, view, width, theme, depth, NULL);
}

static int
text(FILE *fp, const struct ws_article *art, const struct ws_view *view, int width,
     const void *unused)
{
	struct ws_article plain = *art;

	plain.an = NULL;	/* the lines alone: ANSI shows claims by colour, not marks */
	return ws_export_text(fp, &plain, NULL, width, NULL);
}

static const char *const reuters[] = { "Reuters", NULL };
static const char *const veld[] = { "Tom Veld", NULL };
static const char ferry[] =
	"Ferries Stop\n\n"
	"“Fares rise,” said Tom Veld, according to Reuters, as the ferries stopped at dawn "
	"and the harbour was quiet all day.\n\n"
	"Escapes: \x1b[31mred\x1b]0;title\x07 and C1 \xc2\x9b here.\n";
static const struct fixture_claim ferry_claim = {
	"Fares rise,", "said", "Tom Veld", WS_CLAIM_DIRECT, 0, 0,
};

static struct ws_theme *
dark_theme(void)
{
	static const char theme[] =
		"background dark\n"
		"color text default default\n"
		"source \"Reuters\" #ff8700\n";
	struct ws_theme *th;

	assert_int_equal(ws_theme_parse("test", theme, strlen(theme), &th, NULL), 0);
	return th;
}

/* out with every SGR sequence ("ESC [ digits and ; m") taken out, in place. */
static char *
strip_sgr(char *out)
{
	char *w = out;

	for (char *r = out; *r != '\0';) {
		if (r[0] == '\x1b' && r[1] == '[') {
			char *p = r + 2;

			while ((*p >= '0' && *p <= '9') || *p == ';')
				p++;
			if (*p == 'm') {
				r = p + 1;
				continue;
			}
		}
		*w++ = *r++;
	}
	*w = '\0';
	return out;
}

struct exports {
	char *ansi, *text;
};

static struct exports
export_both(int width, struct ws_theme *th)
{
	struct ws_article *art = fixture_article(ferry, reuters, veld, &ferry_claim, 1);
	struct exports e = {
		fixture_capture(ansi, art, width, th),
		fixture_capture(text, art, width, NULL),
	};

	fixture_free(art);
	return e;
}

static void
test_the_lines_are_those_of_the_text_export(void **state)
{
	struct ws_theme *th = dark_theme();
	struct exports e = export_both(30, th);
	size_t n = strlen(e.text);

	/* The article line for line, then the legend. */
	strip_sgr(e.ansi);
	assert_memory_equal(e.ansi, e.text, n);
	assert_string_equal(e.ansi + n, "\nLegend\n------\n\nReuters — 1 claim\n\n"
			    "“a quotation” — the words as\nspoken\n\n"
			    "said — the words that report\n\nOkafor — the words that credit\n");
	free(e.ansi);
	free(e.text);
	ws_theme_free(th);
}

static void
test_no_escape_from_the_article_is_written_raw(void **state)
{
	struct ws_theme *th = dark_theme();
	struct exports e = export_both(80, th);
	char *plain = strip_sgr(e.ansi);

	/* Once our own SGR sequences are gone, no ESC, BEL or C1 control is left. */
	assert_null(strchr(plain, '\x1b'));
	assert_null(strchr(plain, '\x07'));
	assert_null(strstr(plain, "\xc2\x9b"));
	assert_non_null(strstr(plain, "^[[31mred^[]0;title^G"));
	free(e.ansi);
	free(e.text);
	ws_theme_free(th);
}

static void
test_a_claim_has_its_outlets_colour_and_each_line_ends_plain(void **state)
{
	struct ws_theme *th = dark_theme();
	struct exports e = export_both(80, th);
	char *line;

	/* #ff8700 is 208 in the 256-colour cube. */
	assert_non_null(strstr(e.ansi, "38;5;208"));
	/* The last SGR of every line is a reset: what follows it is plain. */
	for (line = strtok(e.ansi, "\n"); line != NULL; line = strtok(NULL, "\n"))
		if (strrchr(line, '\x1b') != NULL)
			assert_memory_equal(strrchr(line, '\x1b'), "\x1b[0m", 4);
	free(e.ansi);
	free(e.text);
	ws_theme_free(th);
}

static void
test_the_legend_shows_each_outlet_in_its_claims_look(void **state)
{
	struct ws_theme *th = dark_theme();
	struct exports e = export_both(80, th);
	const char *legend = strstr(e.ansi, "Legend");

	assert_non_null(legend);
	/* Reuters's orange (#ff8700, 208), then plain text for the count. */
	assert_non_null(strstr(legend, "38;5;208mReuters\x1b[0m — 1 claim\n"));
	free(e.ansi);
	free(e.text);
	ws_theme_free(th);
}

static void
test_sixteen_colours_use_the_basic_sgr_codes(void **state)
{
	struct ws_theme *th = dark_theme();
	struct exports e;

	depth = WS_DEPTH_16;
	e = export_both(80, th);
	depth = WS_DEPTH_256;
	assert_null(strstr(e.ansi, "38;5;"));
	assert_null(strstr(e.ansi, "38;2;"));
	free(e.ansi);
	free(e.text);
	ws_theme_free(th);
}

static void
test_mono_depth_tells_claims_apart_with_attributes_only(void **state)
{
	struct ws_theme *th = dark_theme();
	struct exports e;

	depth = WS_DEPTH_MONO;
	e = export_both(80, th);
	depth = WS_DEPTH_256;
	assert_null(strstr(e.ansi, "38;"));
	assert_non_null(strchr(e.ansi, '\x1b'));
	free(e.ansi);
	free(e.text);
	ws_theme_free(th);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_the_lines_are_those_of_the_text_export),
		cmocka_unit_test(test_no_escape_from_the_article_is_written_raw),
		cmocka_unit_test(test_a_claim_has_its_outlets_colour_and_each_line_ends_plain),
		cmocka_unit_test(test_the_legend_shows_each_outlet_in_its_claims_look),
		cmocka_unit_test(test_sixteen_colours_use_the_basic_sgr_codes),
		cmocka_unit_test(test_mono_depth_tells_claims_apart_with_attributes_only),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

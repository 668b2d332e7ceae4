/* Themes: parsing, errors, colour reduction and the colours of outlets. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "whosaid/style.h"
#include "whosaid/theme.h"

static struct ws_theme *
parse_ok(const char *text)
{
	struct ws_theme *th = NULL;
	struct ws_error err;

	if (ws_theme_parse("t.theme", text, strlen(text), &th, &err) < 0)
		fail_msg("unexpected error: %s", err.msg);
	return th;
}

/* Parse text that must fail; returns the message. */
static const char *
parse_error(const char *text)
{
	static struct ws_error err;
	struct ws_theme *th = NULL;

	assert_int_equal(ws_theme_parse("t.theme", text, strlen(text), &th, &err), -1);
	assert_null(th);
	return err.msg;
}

/* An analysis with outlets of these names (and no claims). */
static struct ws_analysis *
outlets_named(const char *const *names, size_t n)
{
	struct ws_analysis *an = calloc(1, sizeof *an);

	an->outlets = calloc(n, sizeof *an->outlets);
	an->noutlets = n;
	for (size_t i = 0; i < n; i++) {
		an->outlets[i].name = (char *)names[i];
		an->outlets[i].id = NULL;
	}
	return an;
}

static void
free_outlets(struct ws_analysis *an)
{
	free(an->outlets);
	free(an);
}

static void
test_every_bundled_theme_parses(void **state)
{
	const char *const *names = ws_theme_builtin_names();
	const char *want[] = { "dark", "light", "high-contrast", "colour-blind" };

	for (size_t w = 0; w < sizeof want / sizeof want[0]; w++) {
		struct ws_theme *th = NULL;
		struct ws_error err;
		int found = 0;

		for (size_t i = 0; names[i] != NULL; i++)
			found |= strcmp(names[i], want[w]) == 0;
		assert_true(found);
		if (ws_theme_open(want[w], &th, &err) < 0)
			fail_msg("%s: %s", want[w], err.msg);
		ws_theme_free(th);
	}
}

static void
test_bundled_themes_give_politico_ap_and_xinhua_distinct_named_colours(void **state)
{
	const char *const outlets[] = { "Politico", "Associated Press", "Xinhua" };
	const char *const *names = ws_theme_builtin_names();
	const int depths[] = { WS_DEPTH_RGB, WS_DEPTH_256, WS_DEPTH_16, WS_DEPTH_8 };

	for (size_t i = 0; names[i] != NULL; i++) {
		struct ws_analysis *an = outlets_named(outlets, 3);
		struct ws_theme *th;

		assert_int_equal(ws_theme_open(names[i], &th, NULL), 0);
		for (size_t d = 0; d < sizeof depths / sizeof depths[0]; d++) {
			struct ws_scheme *sc = ws_scheme_new(th, an, depths[d]);
			struct ws_look text = ws_scheme_element(sc, WS_EL_TEXT);
			int fg[3];

			for (int k = 0; k < 3; k++) {
				fg[k] = ws_scheme_outlet(sc, (size_t)k).fg;
				assert_int_not_equal(fg[k], WS_COLOR_DEFAULT);
				assert_int_not_equal(fg[k], text.fg);
			}
			if (fg[0] == fg[1] || fg[1] == fg[2] || fg[0] == fg[2])
				fail_msg("theme %s, depth %d: outlets share a colour", names[i], depths[d]);
			ws_scheme_free(sc);
		}
		ws_theme_free(th);
		free_outlets(an);
	}
}

static void
test_colours_by_name_number_rgb_and_default(void **state)
{
	struct ws_theme *th = parse_ok(
		"color text red default\n"
		"color title 208 bright-blue bold\n"
		"color heading #00ff80 default underline italic\n");
	struct ws_scheme *sc = ws_scheme_new(th, NULL, WS_DEPTH_RGB);
	struct ws_look l;

	l = ws_scheme_element(sc, WS_EL_TEXT);
	assert_int_equal(l.fg, 1);
	assert_int_equal(l.bg, WS_COLOR_DEFAULT);
	l = ws_scheme_element(sc, WS_EL_TITLE);
	assert_int_equal(l.fg, 208);
	assert_int_equal(l.bg, 12);
	assert_int_equal(l.attrs, WS_ATTR_BOLD);
	l = ws_scheme_element(sc, WS_EL_HEADING);
	assert_int_equal(l.fg, WS_COLOR_RGB | 0x00ff80);
	assert_int_equal(l.attrs, WS_ATTR_UNDERLINE | WS_ATTR_ITALIC);
	ws_scheme_free(sc);
	ws_theme_free(th);
}

static void
test_comments_and_blank_lines_are_ignored(void **state)
{
	struct ws_theme *th = parse_ok(
		"# a theme\n"
		"\n"
		"   # indented comment\n"
		"color text #ff0000 default  # trailing comment\n");
	struct ws_scheme *sc = ws_scheme_new(th, NULL, WS_DEPTH_RGB);

	assert_int_equal(ws_scheme_element(sc, WS_EL_TEXT).fg, WS_COLOR_RGB | 0xff0000);
	ws_scheme_free(sc);
	ws_theme_free(th);
}

static void
test_malformed_lines_name_the_theme_and_line(void **state)
{
	assert_string_equal(parse_error("# ok\ncolor nosuch red default\n"),
			    "t.theme:2: unknown element 'nosuch'");
	assert_string_equal(parse_error("color text crimsonish default\n"),
			    "t.theme:1: 'crimsonish' is not a colour (a name, 0-255, #rrggbb or default)");
	assert_string_equal(parse_error("\n\ncolor text 256 default\n"),
			    "t.theme:3: '256' is not a colour (a name, 0-255, #rrggbb or default)");
	assert_string_equal(parse_error("color text #12345 default\n"),
			    "t.theme:1: '#12345' is not a colour (a name, 0-255, #rrggbb or default)");
	assert_non_null(strstr(parse_error("color text red default sparkly\n"),
			       "t.theme:1: unknown attribute 'sparkly'"));
	assert_string_equal(parse_error("color text red\n"),
			    "t.theme:1: usage: color ELEMENT FG BG [ATTR...]");
	assert_string_equal(parse_error("source \"Politico red\n"),
			    "t.theme:1: unterminated quotation");
	assert_non_null(strstr(parse_error("colour-me text red default\n"),
			       "t.theme:1: unknown command 'colour-me'"));
	assert_string_equal(parse_error("mono text\n"), "t.theme:1: usage: mono ELEMENT ATTR...");
	assert_string_equal(parse_error("background grey\n"),
			    "t.theme:1: usage: background dark|light");
}

static void
test_rgb_is_brought_down_to_256_16_and_8_colours_by_nearest_match(void **state)
{
	int red = WS_COLOR_RGB | 0xff0000;

	assert_int_equal(ws_color_reduce(red, WS_DEPTH_RGB), red);
	assert_int_equal(ws_color_reduce(red, WS_DEPTH_256), 196);
	assert_int_equal(ws_color_reduce(red, WS_DEPTH_16), 9);
	assert_int_equal(ws_color_reduce(red, WS_DEPTH_8), 1);
	assert_int_equal(ws_color_reduce(WS_COLOR_RGB | 0x808080, WS_DEPTH_256), 244);
	assert_int_equal(ws_color_reduce(WS_COLOR_RGB | 0x5f87af, WS_DEPTH_256), 67);
	/* Indexed colours beyond the depth are matched through their RGB value. */
	assert_int_equal(ws_color_reduce(21, WS_DEPTH_16), 4);
	assert_int_equal(ws_color_reduce(WS_COLOR_RGB | 0x5c5cf0, WS_DEPTH_16), 12);
	assert_int_equal(ws_color_reduce(12, WS_DEPTH_8), 4);
	assert_int_equal(ws_color_reduce(3, WS_DEPTH_8), 3);
	assert_int_equal(ws_color_reduce(WS_COLOR_DEFAULT, WS_DEPTH_8), WS_COLOR_DEFAULT);
	assert_int_equal(ws_color_reduce(red, WS_DEPTH_MONO), WS_COLOR_DEFAULT);
}

static void
test_named_source_matches_outlet_name_or_id_case_insensitively(void **state)
{
	struct ws_theme *th = parse_ok("source \"associated press\" #123456 default bold\n");
	struct ws_analysis *an = outlets_named((const char *const[]){ "Associated Press", "AP2" }, 2);
	struct ws_scheme *sc;

	an->outlets[1].id = (char *)"associated-press";
	sc = ws_scheme_new(th, an, WS_DEPTH_RGB);
	assert_int_equal(ws_scheme_outlet(sc, 0).fg, WS_COLOR_RGB | 0x123456);
	assert_int_equal(ws_scheme_outlet(sc, 0).attrs, WS_ATTR_BOLD);
	assert_int_equal(ws_scheme_outlet(sc, 1).fg, WS_COLOR_RGB | 0x123456);
	ws_scheme_free(sc);
	ws_theme_free(th);
	free_outlets(an);
}

static void
test_unnamed_outlet_keeps_its_palette_colour_from_run_to_run(void **state)
{
	struct ws_theme *th = parse_ok("palette red green blue yellow magenta cyan\n");
	struct ws_analysis *alone = outlets_named((const char *const[]){ "Reuters" }, 1);
	struct ws_analysis *first = outlets_named(
		(const char *const[]){ "Reuters", "Le Monde", "Al Jazeera" }, 3);
	struct ws_scheme *a = ws_scheme_new(th, alone, WS_DEPTH_256);
	struct ws_scheme *b = ws_scheme_new(th, first, WS_DEPTH_256);
	struct ws_scheme *again = ws_scheme_new(th, alone, WS_DEPTH_256);

	assert_int_equal(ws_scheme_outlet(a, 0).fg, ws_scheme_outlet(b, 0).fg);
	assert_int_equal(ws_scheme_outlet(a, 0).fg, ws_scheme_outlet(again, 0).fg);
	ws_scheme_free(a);
	ws_scheme_free(b);
	ws_scheme_free(again);
	free_outlets(alone);
	free_outlets(first);
	ws_theme_free(th);
}

static void
test_unnamed_outlets_get_distinct_colours_never_text_or_background(void **state)
{
	struct ws_theme *th = parse_ok(
		"color text white black\n"
		"palette white black #ff0000 #00ff00 #0000ff #ffff00 #00ffff #080808 #f0f0f0\n");
	const char *const names[] = { "Reuters", "Le Monde", "Al Jazeera", "BBC", "TASS" };
	struct ws_analysis *an = outlets_named(names, 5);
	struct ws_scheme *sc = ws_scheme_new(th, an, WS_DEPTH_256);
	long white = ws_color_reduce(7, WS_DEPTH_256), black = ws_color_reduce(0, WS_DEPTH_256);

	for (size_t i = 0; i < 5; i++) {
		int fg = ws_scheme_outlet(sc, i).fg;
		long rgb = ws_color_rgb(fg);

		assert_int_not_equal(fg, white);
		assert_int_not_equal(fg, black);
		/* Nor anything that merely looks like them. */
		assert_true(rgb != 0x080808 && rgb != 0xeeeeee && rgb != 0xffffff && rgb != 0x000000);
		for (size_t j = 0; j < i; j++)
			assert_int_not_equal(fg, ws_scheme_outlet(sc, j).fg);
	}
	ws_scheme_free(sc);
	free_outlets(an);
	ws_theme_free(th);
}

static void
test_default_palette_avoids_the_background_of_a_light_theme(void **state)
{
	struct ws_theme *th = parse_ok("background light\n");
	const char *const names[] = { "Reuters", "Le Monde", "Al Jazeera", "BBC", "TASS", "NHK" };
	struct ws_analysis *an = outlets_named(names, 6);
	struct ws_scheme *sc = ws_scheme_new(th, an, WS_DEPTH_8);

	for (size_t i = 0; i < 6; i++) {
		int fg = ws_scheme_outlet(sc, i).fg;
		assert_true(fg >= 0 && fg < 8);
		assert_int_not_equal(fg, 7);	/* white on a light background */
	}
	ws_scheme_free(sc);
	free_outlets(an);
	ws_theme_free(th);
}

static void
test_monochrome_tells_outlets_apart_with_attributes_only(void **state)
{
	struct ws_theme *th;
	const char *const names[] = { "Politico", "Associated Press", "Xinhua", "Reuters" };
	struct ws_analysis *an = outlets_named(names, 4);
	struct ws_scheme *sc;

	assert_int_equal(ws_theme_open("dark", &th, NULL), 0);
	sc = ws_scheme_new(th, an, WS_DEPTH_MONO);
	for (size_t i = 0; i < 4; i++) {
		struct ws_look l = ws_scheme_outlet(sc, i);

		assert_int_equal(l.fg, WS_COLOR_DEFAULT);
		assert_int_equal(l.bg, WS_COLOR_DEFAULT);
		assert_int_not_equal(l.attrs, 0);
		for (size_t j = 0; j < i; j++)
			assert_int_not_equal(l.attrs, ws_scheme_outlet(sc, j).attrs);
	}
	assert_int_equal(ws_scheme_element(sc, WS_EL_TEXT).attrs, 0);
	/* The selected claim changes how any outlet looks, reversed ones too. */
	for (size_t i = 0; i < 4; i++) {
		unsigned a = ws_scheme_outlet(sc, i).attrs;
		assert_int_not_equal(a | ws_scheme_element(sc, WS_EL_SELECTED).attrs, a);
	}
	ws_scheme_free(sc);
	free_outlets(an);
	ws_theme_free(th);
}

static void
test_look_layers_block_claim_and_overlays(void **state)
{
	struct ws_theme *th = parse_ok(
		"color title white default bold\n"
		"color person magenta default\n"
		"color direct default default italic\n"
		"color dimmed grey default\n"
		"color selected default default reverse\n"
		"color match black yellow\n"
		"source \"Politico\" red\n");
	struct ws_analysis *an = outlets_named((const char *const[]){ "Politico" }, 1);
	struct ws_claim claims[2] = {
		{ .speaker = WS_NONE, .outlet = 0 },
		{ .speaker = 0, .outlet = WS_NONE },
	};
	struct ws_scheme *sc;
	struct ws_look l;

	an->claims = claims;
	an->nclaims = 2;
	sc = ws_scheme_new(th, an, WS_DEPTH_256);
	l = ws_scheme_look(sc, WS_STY_MAKE(WS_STY_TITLE, 0));
	assert_int_equal(l.fg, 1);
	assert_true(l.attrs & WS_ATTR_BOLD);
	l = ws_scheme_look(sc, WS_STY_MAKE(WS_STY_DIRECT, 1));
	assert_int_equal(l.fg, 5);
	assert_int_equal(l.attrs, WS_ATTR_ITALIC);
	l = ws_scheme_look(sc, WS_STY_MAKE(WS_STY_DIMMED, 0));
	assert_int_equal(l.fg, 8);
	l = ws_scheme_look(sc, WS_STY_MAKE(WS_STY_SELECTED, 0));
	assert_int_equal(l.fg, 1);
	assert_true(l.attrs & WS_ATTR_REVERSE);
	l = ws_scheme_look(sc, WS_STY_MATCH);
	assert_int_equal(l.fg, 0);
	assert_int_equal(l.bg, 3);
	l = ws_scheme_look(sc, 0);
	assert_int_equal(l.fg, WS_COLOR_DEFAULT);
	ws_scheme_free(sc);
	an->claims = NULL;
	free_outlets(an);
	ws_theme_free(th);
}

static void
test_no_one_is_an_element_of_its_own(void **state)
{
	struct ws_theme *th = parse_ok(
		"color person magenta default\n"
		"color no-one cyan default italic\n"
		"mono person italic\n"
		"mono no-one underline dim\n");
	struct ws_analysis *an = outlets_named((const char *const[]){ "Politico" }, 1);
	struct ws_claim claims[2] = {
		{ .speaker = 0, .outlet = WS_NONE },
		{ .speaker = WS_NONE, .outlet = WS_NONE },
	};
	struct ws_scheme *sc;
	struct ws_look l;

	(void)state;
	assert_string_equal(ws_element_name(WS_EL_NO_ONE), "no-one");
	an->claims = claims;
	an->nclaims = 2;
	sc = ws_scheme_new(th, an, WS_DEPTH_256);
	l = ws_scheme_look(sc, WS_STY_MAKE(0, 0));
	assert_int_equal(l.fg, 5);
	assert_int_equal(l.attrs, 0);
	l = ws_scheme_look(sc, WS_STY_MAKE(0, 1));
	assert_int_equal(l.fg, 6);
	assert_int_equal(l.attrs, WS_ATTR_ITALIC);
	ws_scheme_free(sc);
	sc = ws_scheme_new(th, an, WS_DEPTH_MONO);
	assert_int_equal(ws_scheme_look(sc, WS_STY_MAKE(0, 0)).attrs, WS_ATTR_ITALIC);
	assert_int_equal(ws_scheme_look(sc, WS_STY_MAKE(0, 1)).attrs, WS_ATTR_UNDERLINE | WS_ATTR_DIM);
	ws_scheme_free(sc);
	an->claims = NULL;
	free_outlets(an);
	ws_theme_free(th);
}

/* A theme that does not name it: no one named in italics, and without colour dimmed and underlined too. */
static void
test_no_one_defaults_differ_from_a_person_alone(void **state)
{
	struct ws_theme *th = parse_ok("color person magenta default\n");
	struct ws_scheme *sc;

	(void)state;
	sc = ws_scheme_new(th, NULL, WS_DEPTH_256);
	assert_int_equal(ws_scheme_element(sc, WS_EL_NO_ONE).fg, WS_COLOR_DEFAULT);
	assert_int_equal(ws_scheme_element(sc, WS_EL_NO_ONE).attrs, WS_ATTR_ITALIC);
	ws_scheme_free(sc);
	sc = ws_scheme_new(th, NULL, WS_DEPTH_MONO);
	assert_int_not_equal(ws_scheme_element(sc, WS_EL_NO_ONE).attrs,
			     ws_scheme_element(sc, WS_EL_PERSON).attrs);
	ws_scheme_free(sc);
	ws_theme_free(th);
}

static char config_dir[] = "/tmp/ws-theme-XXXXXX";

static void
write_file(const char *rel, const char *content)
{
	char path[512];
	FILE *fp;

	snprintf(path, sizeof path, "%s/%s", config_dir, rel);
	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs(content, fp);
	fclose(fp);
}

static void
test_default_theme_comes_from_the_config_file(void **state)
{
	struct ws_theme *th;
	char *name;

	write_file("whosaid/config", "# my settings\nwrap yes\ntheme light  # for the day\n");
	assert_int_equal(ws_theme_config_default(&name, NULL), 0);
	assert_string_equal(name, "light");
	free(name);
	assert_int_equal(ws_theme_open(NULL, &th, NULL), 0);
	assert_false(ws_theme_is_dark(th));
	ws_theme_free(th);
}

static void
test_without_a_config_file_the_default_is_dark(void **state)
{
	struct ws_theme *th;
	char path[512];

	snprintf(path, sizeof path, "%s/whosaid/config", config_dir);
	unlink(path);
	assert_int_equal(ws_theme_open(NULL, &th, NULL), 0);
	assert_true(ws_theme_is_dark(th));
	ws_theme_free(th);
}

static void
test_malformed_config_line_is_an_error(void **state)
{
	struct ws_error err;
	char *name;

	write_file("whosaid/config", "theme\n");
	assert_int_equal(ws_theme_config_default(&name, &err), -1);
	assert_non_null(strstr(err.msg, "config:1: usage: theme NAME"));
	write_file("whosaid/config", "\n");
}

static void
test_user_themes_and_paths_are_found(void **state)
{
	struct ws_theme *th;
	struct ws_error err;
	char path[512];

	write_file("whosaid/themes/mine.theme", "background light\n");
	assert_int_equal(ws_theme_open("mine", &th, &err), 0);
	assert_false(ws_theme_is_dark(th));
	ws_theme_free(th);
	snprintf(path, sizeof path, "%s/whosaid/themes/mine.theme", config_dir);
	assert_int_equal(ws_theme_open(path, &th, &err), 0);
	ws_theme_free(th);
	write_file("whosaid/themes/broken.theme", "color text red\n");
	assert_int_equal(ws_theme_open("broken", &th, &err), -1);
	assert_non_null(strstr(err.msg, "broken.theme:1: usage: color"));
}

static void
test_unknown_theme_lists_the_bundled_ones(void **state)
{
	struct ws_theme *th;
	struct ws_error err;

	assert_int_equal(ws_theme_open("plaid", &th, &err), -1);
	assert_non_null(strstr(err.msg, "unknown theme 'plaid' (dark, "));
	assert_int_equal(ws_theme_open("/nonexistent/x.theme", &th, &err), -1);
	assert_non_null(strstr(err.msg, "cannot open /nonexistent/x.theme"));
}

static int
setup_config(void **state)
{
	char path[512];

	if (mkdtemp(config_dir) == NULL)
		return -1;
	snprintf(path, sizeof path, "%s/whosaid", config_dir);
	mkdir(path, 0700);
	snprintf(path, sizeof path, "%s/whosaid/themes", config_dir);
	mkdir(path, 0700);
	setenv("XDG_CONFIG_HOME", config_dir, 1);
	return 0;
}

static int
teardown_config(void **state)
{
	char cmd[600];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", config_dir);
	return system(cmd) == 0 ? 0 : -1;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_bundled_theme_parses),
		cmocka_unit_test(test_bundled_themes_give_politico_ap_and_xinhua_distinct_named_colours),
		cmocka_unit_test(test_colours_by_name_number_rgb_and_default),
		cmocka_unit_test(test_comments_and_blank_lines_are_ignored),
		cmocka_unit_test(test_malformed_lines_name_the_theme_and_line),
		cmocka_unit_test(test_rgb_is_brought_down_to_256_16_and_8_colours_by_nearest_match),
		cmocka_unit_test(test_named_source_matches_outlet_name_or_id_case_insensitively),
		cmocka_unit_test(test_unnamed_outlet_keeps_its_palette_colour_from_run_to_run),
		cmocka_unit_test(test_unnamed_outlets_get_distinct_colours_never_text_or_background),
		cmocka_unit_test(test_default_palette_avoids_the_background_of_a_light_theme),
		cmocka_unit_test(test_monochrome_tells_outlets_apart_with_attributes_only),
		cmocka_unit_test(test_no_one_is_an_element_of_its_own),
		cmocka_unit_test(test_no_one_defaults_differ_from_a_person_alone),
		cmocka_unit_test(test_look_layers_block_claim_and_overlays),
		cmocka_unit_test(test_default_theme_comes_from_the_config_file),
		cmocka_unit_test(test_without_a_config_file_the_default_is_dark),
		cmocka_unit_test(test_malformed_config_line_is_an_error),
		cmocka_unit_test(test_user_themes_and_paths_are_found),
		cmocka_unit_test(test_unknown_theme_lists_the_bundled_ones),
	};

	setenv("XDG_CONFIG_HOME", "/nonexistent-whosaid-config", 1);
	return cmocka_run_group_tests(tests, setup_config, teardown_config);
}

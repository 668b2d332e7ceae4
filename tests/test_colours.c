/*
 * Colours far apart: for every bundled theme and every depth (8, 16, 256
 * colours and truecolor), the outlets of an article are at least
 * WS_COLOR_FLOOR apart in OKLab from each other and from the body text,
 * the background, the person colour, the colour of no one named and the
 * selection, and no one named's colour (when it has one: else italics)
 * from the text, background, person and selection; the colour-blind
 * theme also as a protanope and a deuteranope see them.  No one named
 * never looks like a person alone.  Without colour, no claim looks
 * selected.  The distances are printed, theme by theme.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/style.h"
#include "whosaid/theme.h"

/*
 * A page citing the three outlets the themes name, then outlets none
 * names (Reuters and Bloomberg were three lilacs once): as many as the
 * depth is asked to tell apart.
 */
static const char *const outlet_names[] = {
	"Politico", "Associated Press", "Xinhua", "Reuters", "Bloomberg", "Kyodo", "BBC", "Yonhap",
};

/*
 * Outlets each depth tells apart by colour alone, to most eyes and to a
 * protanope's and a deuteranope's: xterm's 8 colours hold only three that
 * stay apart for all three eyes besides text and background (red, green
 * and blue: every set of them was tried), the 16 only four, and the
 * person colour takes one of them; from 256 colours, six outlets.
 */
static const struct {
	int depth;
	const char *name;
	size_t outlets, colour_blind;
} depths[] = {
	{ WS_DEPTH_8, "8", 3, 2 },
	{ WS_DEPTH_16, "16", 5, 3 },
	{ WS_DEPTH_256, "256", 8, 6 },
	{ WS_DEPTH_RGB, "truecolor", 8, 6 },
};

static struct ws_analysis *
article(size_t n)
{
	struct ws_analysis *an = calloc(1, sizeof *an);

	an->outlets = calloc(n, sizeof *an->outlets);
	an->noutlets = n;
	for (size_t i = 0; i < n; i++)
		an->outlets[i].name = (char *)outlet_names[i];
	return an;
}

static void
article_free(struct ws_analysis *an)
{
	free(an->outlets);
	free(an);
}

static void
test_distance_is_oklab(void **state)
{
	(void)state;
	/* Black to white is OKLab's whole lightness; references from Ottosson's formulas. */
	assert_true(fabs(ws_color_distance(0x000000, 0xffffff, WS_VISION_NORMAL) - 1.0) < 0.001);
	assert_true(fabs(ws_color_distance(0xcd0000, 0x000000, WS_VISION_NORMAL) - 0.576) < 0.002);
	assert_true(ws_color_distance(0x123456, 0x123456, WS_VISION_NORMAL) == 0);
	/* Red and green, far apart to most eyes, come close to a protanope's and a deuteranope's. */
	assert_true(ws_color_distance(0xd55e00, 0x009e73, WS_VISION_NORMAL) > 0.2);
	assert_true(ws_color_distance(0xff0000, 0x808000, WS_VISION_PROTANOPIA) <
		    ws_color_distance(0xff0000, 0x808000, WS_VISION_NORMAL) / 2);
	assert_true(ws_color_distance(0xff0000, 0x808000, WS_VISION_DEUTERANOPIA) <
		    ws_color_distance(0xff0000, 0x808000, WS_VISION_NORMAL) / 2);
}

/* The least distance between a and b for the visions given. */
static double
apart(long a, long b, const enum ws_vision *v, size_t nv)
{
	double d = 2;

	for (size_t i = 0; i < nv; i++) {
		double di = ws_color_distance(a, b, v[i]);
		d = di < d ? di : d;
	}
	return d;
}

/* The least distance the scheme keeps; names the pair that comes closest. */
static double
scheme_min_distance(const struct ws_scheme *sc, size_t n, const enum ws_vision *v, size_t nv,
		    char *worst, size_t size)
{
	struct ws_look sel = ws_scheme_element(sc, WS_EL_SELECTED);
	struct ws_look no_one = ws_scheme_element(sc, WS_EL_NO_ONE);
	const struct {
		const char *what;
		long rgb;
	} against[] = {
		{ "text", ws_scheme_rgb(sc, WS_COLOR_DEFAULT, 0) },
		{ "background", ws_scheme_rgb(sc, WS_COLOR_DEFAULT, 1) },
		{ "person", ws_scheme_rgb(sc, ws_scheme_element(sc, WS_EL_PERSON).fg, 0) },
		{ "selection", sel.bg >= 0 ? ws_scheme_rgb(sc, sel.bg, 1)
					   : ws_scheme_rgb(sc, sel.fg, 0) },
		{ "no one named colour", ws_scheme_rgb(sc, no_one.fg, 0) },
	};
	double least = 2;

	for (size_t i = 0; i < n; i++) {
		long rgb = ws_scheme_rgb(sc, ws_scheme_outlet(sc, i).fg, 0);

		for (size_t k = 0; k < sizeof against / sizeof against[0]; k++) {
			double d = apart(rgb, against[k].rgb, v, nv);
			if (d < least) {
				least = d;
				snprintf(worst, size, "%s (#%06lx) and the %s (#%06lx)", outlet_names[i],
					 rgb, against[k].what, against[k].rgb);
			}
		}
		for (size_t j = 0; j < i; j++) {
			long other = ws_scheme_rgb(sc, ws_scheme_outlet(sc, j).fg, 0);
			double d = apart(rgb, other, v, nv);
			if (d < least) {
				least = d;
				snprintf(worst, size, "%s (#%06lx) and %s (#%06lx)", outlet_names[i], rgb,
					 outlet_names[j], other);
			}
		}
	}
	/* The person colour itself against the text and background. */
	for (size_t k = 0; k < 2; k++) {
		double d = apart(against[2].rgb, against[k].rgb, v, nv);
		if (d < least) {
			least = d;
			snprintf(worst, size, "the person colour (#%06lx) and the %s", against[2].rgb,
				 against[k].what);
		}
	}
	/* No one named's colour against the text, background, person and selection; without one, italics. */
	for (size_t k = 0; no_one.fg >= 0 && k < 4; k++) {
		double d = apart(against[4].rgb, against[k].rgb, v, nv);
		if (d < least) {
			least = d;
			snprintf(worst, size, "the no one named colour (#%06lx) and the %s",
				 against[4].rgb, against[k].what);
		}
	}
	if (no_one.fg < 0 && !(no_one.attrs & WS_ATTR_ITALIC)) {
		least = 0;
		snprintf(worst, size, "no one named: the text's colour, not in italics");
	}
	return least;
}

static void
test_every_theme_and_depth_keeps_outlets_apart(void **state)
{
	const char *const *themes = ws_theme_builtin_names();
	const enum ws_vision all[] = { WS_VISION_NORMAL, WS_VISION_PROTANOPIA,
				       WS_VISION_DEUTERANOPIA };
	int failed = 0;

	(void)state;
	printf("# least OKLab distance (floor %.2f) among outlets, text, background, person, "
	       "no one named, selection\n", WS_COLOR_FLOOR);
	for (size_t t = 0; themes[t] != NULL; t++) {
		struct ws_theme *th;
		struct ws_error err;
		/* The colour-blind theme is judged by the eyes it is for as well. */
		size_t nv = strcmp(themes[t], "colour-blind") == 0 ? 3 : 1;

		assert_int_equal(ws_theme_open(themes[t], &th, &err), 0);
		if (nv == 3) {
			assert_true(ws_theme_has_vision(th, WS_VISION_PROTANOPIA));
			assert_true(ws_theme_has_vision(th, WS_VISION_DEUTERANOPIA));
		}
		for (size_t d = 0; d < sizeof depths / sizeof depths[0]; d++) {
			struct ws_analysis *an = article(nv == 3 ? depths[d].colour_blind : depths[d].outlets);
			struct ws_scheme *sc = ws_scheme_new(th, an, depths[d].depth);
			char worst[160] = "";
			double least;

			assert_non_null(sc);
			least = scheme_min_distance(sc, an->noutlets, all, nv, worst, sizeof worst);
			printf("# %-13s %-9s %zu outlets: %.3f  %s%s (no one named: #%06lx)\n", themes[t],
			       depths[d].name, an->noutlets, least, least < WS_COLOR_FLOOR ? "TOO CLOSE: " : "",
			       worst, ws_scheme_rgb(sc, ws_scheme_element(sc, WS_EL_NO_ONE).fg, 0));
			failed |= least < WS_COLOR_FLOOR;
			ws_scheme_free(sc);
			article_free(an);
		}
		ws_theme_free(th);
	}
	assert_false(failed);
}

static void
test_reuters_bloomberg_and_a_person_are_three_colours_not_three_lilacs(void **state)
{
	struct ws_theme *th;
	struct ws_error err;
	struct ws_analysis *an = calloc(1, sizeof *an);
	static struct ws_outlet two[] = { { .name = (char *)"Reuters" }, { .name = (char *)"Bloomberg" } };
	const enum ws_vision normal = WS_VISION_NORMAL;
	struct ws_scheme *sc;
	char worst[160];

	(void)state;
	an->outlets = two;
	an->noutlets = 2;
	assert_int_equal(ws_theme_open("dark", &th, &err), 0);
	sc = ws_scheme_new(th, an, WS_DEPTH_256);
	assert_true(scheme_min_distance(sc, 2, &normal, 1, worst, sizeof worst) >= WS_COLOR_FLOOR);
	ws_scheme_free(sc);
	ws_theme_free(th);
	free(an);
}

static void
test_person_claims_on_8_colours_are_not_the_text_colour(void **state)
{
	const char *const *themes = ws_theme_builtin_names();

	(void)state;
	for (size_t t = 0; themes[t] != NULL; t++) {
		struct ws_theme *th;
		struct ws_error err;
		struct ws_scheme *sc;
		long person, text;

		assert_int_equal(ws_theme_open(themes[t], &th, &err), 0);
		sc = ws_scheme_new(th, NULL, WS_DEPTH_8);
		person = ws_scheme_rgb(sc, ws_scheme_element(sc, WS_EL_PERSON).fg, 0);
		text = ws_scheme_rgb(sc, WS_COLOR_DEFAULT, 0);
		assert_true(ws_color_distance(person, text, WS_VISION_NORMAL) >= WS_COLOR_FLOOR);
		ws_scheme_free(sc);
		ws_theme_free(th);
	}
}

/*
 * An article of n outlets, none the themes name (made, owned by the
 * caller), the first ones credited with claims, more the later: the
 * order they choose in is not the article's.
 */
static struct ws_analysis *
many_outlets(size_t n)
{
	struct ws_analysis *an = calloc(1, sizeof *an);

	an->outlets = calloc(n, sizeof *an->outlets);
	an->noutlets = n;
	an->claims = calloc(n, sizeof *an->claims);
	for (size_t i = 0; i < n; i++) {
		char name[32];

		snprintf(name, sizeof name, "Outlet %zu", i);
		an->outlets[i].name = strdup(name);
		an->outlets[i].id = strdup(name);
		an->claims[an->nclaims].outlet = i / 2;	/* outlet i / 2 gets a claim more */
		an->claims[an->nclaims++].speaker = WS_NONE;
	}
	return an;
}

static void
many_outlets_free(struct ws_analysis *an)
{
	for (size_t i = 0; i < an->noutlets; i++) {
		free(an->outlets[i].name);
		free(an->outlets[i].id);
	}
	free(an->outlets);
	free(an->claims);
	free(an);
}

/*
 * Colours for a page of thousands of outlets cost a constant per outlet
 * (issue 16): each outlet measured against every colour taken before it
 * cost the square of their number, minutes for a page of 15,000.
 */
static void
test_colours_cost_a_constant_per_outlet(void **state)
{
	const char *const *themes = ws_theme_builtin_names();

	(void)state;
	for (size_t t = 0; themes[t] != NULL; t++) {
		struct ws_theme *th;
		struct ws_error err;

		assert_int_equal(ws_theme_open(themes[t], &th, &err), 0);
		for (size_t d = 0; d < sizeof depths / sizeof depths[0]; d++) {
			struct ws_analysis *small = many_outlets(400), *large = many_outlets(800);
			struct ws_scheme *a = ws_scheme_new(th, small, depths[d].depth);
			struct ws_scheme *b = ws_scheme_new(th, large, depths[d].depth);
			double ws = (double)ws_scheme_work(a), wl = (double)ws_scheme_work(b);

			printf("# %-13s %-9s colour distances per outlet: %.0f (400), %.0f (800)\n",
			       themes[t], depths[d].name, ws / 400, wl / 800);
			assert_true(wl <= 2.1 * ws);
			assert_true(wl <= 1000.0 * 800);	/* a few hundred candidates */
			ws_scheme_free(a);
			ws_scheme_free(b);
			many_outlets_free(small);
			many_outlets_free(large);
		}
		ws_theme_free(th);
	}
}

/* Without colour: no claim's look, with any of its marks, is a selected claim's look. */
static void
test_without_colour_no_claim_looks_selected(void **state)
{
	const char *const *themes = ws_theme_builtin_names();
	const unsigned marks[] = { 0, WS_STY_DIRECT, WS_STY_CUE, WS_STY_BY,
				   WS_STY_DIRECT | WS_STY_CUE };

	(void)state;
	for (size_t t = 0; themes[t] != NULL; t++) {
		struct ws_theme *th;
		struct ws_error err;
		struct ws_analysis *an = article(8);
		struct ws_claim claims[10];
		struct ws_scheme *sc;

		/* A claim per outlet, one of a person only, one of no one named. */
		for (size_t i = 0; i < 10; i++)
			claims[i] = (struct ws_claim){ .outlet = i < 8 ? i : WS_NONE,
						       .speaker = i < 9 ? 0 : WS_NONE };
		an->claims = claims;
		an->nclaims = 10;
		assert_int_equal(ws_theme_open(themes[t], &th, &err), 0);
		sc = ws_scheme_new(th, an, WS_DEPTH_MONO);
		for (size_t a = 0; a < 10; a++)
			for (size_t b = 0; b < 10; b++)
				for (size_t m = 0; m < sizeof marks / sizeof marks[0]; m++)
					for (size_t n = 0; n < sizeof marks / sizeof marks[0]; n++) {
						struct ws_look plain = ws_scheme_look(sc, WS_STY_MAKE(marks[m], a));
						struct ws_look sel = ws_scheme_look(sc, WS_STY_MAKE(marks[n] | WS_STY_SELECTED, b));

						if (plain.attrs == sel.attrs)
							fail_msg("%s: claim %zu looks as claim %zu selected", themes[t], a, b);
					}
		ws_scheme_free(sc);
		ws_theme_free(th);
		an->claims = NULL;
		article_free(an);
	}
}

/*
 * A claim of no one named never looks like a claim of a person alone, nor
 * like an outlet's: at every depth, colours at least the floor apart, or
 * other attributes.
 */
static void
test_no_one_named_looks_unlike_a_person_alone_at_every_depth(void **state)
{
	const char *const *themes = ws_theme_builtin_names();
	const int all_depths[] = { WS_DEPTH_MONO, WS_DEPTH_8, WS_DEPTH_16, WS_DEPTH_256, WS_DEPTH_RGB };

	(void)state;
	for (size_t t = 0; themes[t] != NULL; t++) {
		struct ws_theme *th;
		struct ws_error err;

		assert_int_equal(ws_theme_open(themes[t], &th, &err), 0);
		for (size_t d = 0; d < sizeof all_depths / sizeof all_depths[0]; d++) {
			struct ws_analysis *an = article(3);
			struct ws_claim claims[5] = {
				{ .outlet = 0, .speaker = WS_NONE }, { .outlet = 1, .speaker = 0 },
				{ .outlet = 2, .speaker = WS_NONE }, { .outlet = WS_NONE, .speaker = 0 },
				{ .outlet = WS_NONE, .speaker = WS_NONE },
			};
			struct ws_scheme *sc;
			struct ws_look no_one;

			an->claims = claims;
			an->nclaims = 5;
			sc = ws_scheme_new(th, an, all_depths[d]);
			no_one = ws_scheme_look(sc, WS_STY_MAKE(0, 4));
			for (size_t c = 0; c < 4; c++) {
				struct ws_look other = ws_scheme_look(sc, WS_STY_MAKE(0, c));
				double apart_by = ws_color_distance(ws_scheme_rgb(sc, no_one.fg, 0),
								    ws_scheme_rgb(sc, other.fg, 0),
								    WS_VISION_NORMAL);

				if (apart_by < WS_COLOR_FLOOR && no_one.attrs == other.attrs)
					fail_msg("%s at depth %d: no one named looks as claim %zu", themes[t],
						 all_depths[d], c);
			}
			ws_scheme_free(sc);
			an->claims = NULL;
			article_free(an);
		}
		ws_theme_free(th);
	}
}

static void
test_vision_lines_are_parsed_and_checked(void **state)
{
	const char *ok = "vision protanopia deuteranopia\n", *bad = "vision tritanopia\n";
	struct ws_theme *th = NULL;
	struct ws_error err;

	(void)state;
	assert_int_equal(ws_theme_parse("t.theme", ok, strlen(ok), &th, &err), 0);
	assert_true(ws_theme_has_vision(th, WS_VISION_PROTANOPIA));
	assert_true(ws_theme_has_vision(th, WS_VISION_DEUTERANOPIA));
	ws_theme_free(th);
	assert_int_equal(ws_theme_parse("t.theme", bad, strlen(bad), &th, &err), -1);
	assert_non_null(strstr(err.msg, "t.theme:1: unknown vision 'tritanopia'"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_distance_is_oklab),
		cmocka_unit_test(test_every_theme_and_depth_keeps_outlets_apart),
		cmocka_unit_test(test_reuters_bloomberg_and_a_person_are_three_colours_not_three_lilacs),
		cmocka_unit_test(test_person_claims_on_8_colours_are_not_the_text_colour),
		cmocka_unit_test(test_colours_cost_a_constant_per_outlet),
		cmocka_unit_test(test_without_colour_no_claim_looks_selected),
		cmocka_unit_test(test_no_one_named_looks_unlike_a_person_alone_at_every_depth),
		cmocka_unit_test(test_vision_lines_are_parsed_and_checked),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

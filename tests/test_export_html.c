/* The HTML export: blocks, claims with anchors and tooltips, legend, escaping. */
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
#include "export_contrast.h"
#include "export_fixture.h"

static int
html(FILE *fp, const struct ws_article *art, const struct ws_view *view, int width,
     const void *theme)
{
	return ws_export_html(fp, art, view, width, theme, NULL);
}

static const char *const reuters[] = { "Reuters", NULL };
static const char *const veld[] = { "Tom Veld", NULL };

/* The HTML page of `text` with `claims`, at width 80, with theme th (may be NULL). */
static char *
page(const char *text, const struct fixture_claim *claims, size_t nclaims,
     const struct ws_theme *th)
{
	struct ws_article *art = fixture_article(text, reuters, veld, claims, nclaims);
	char *out = fixture_capture(html, art, 80, th);

	fixture_free(art);
	return out;
}

static const char ferry[] = "“Fares rise,” said Tom Veld, according to Reuters.\n";
static const struct fixture_claim ferry_claim = {
	"Fares rise,", "said", "Tom Veld", WS_CLAIM_DIRECT, 0, 0,
};

static void
test_a_claim_is_a_span_with_its_outlet_class_anchor_and_tooltip(void **state)
{
	char *out = page(ferry, &ferry_claim, 1, NULL);

	assert_non_null(strstr(out,
		"<span class=\"claim s0 direct quoted\" id=\"claim-1\" tabindex=\"0\" "
		"aria-describedby=\"credit-1\" data-claim=\"1\" "
		"title=\"Reuters \xe2\x96\xb8 Tom Veld \xe2\x96\xb8 said\">"));
	/* Its credit in words, after the article, for screen readers and without styles. */
	assert_non_null(strstr(out,
		"<li id=\"credit-1\" value=\"1\"><a href=\"#claim-1\">Reuters \xe2\x96\xb8 Tom Veld "
		"\xe2\x96\xb8 said</a> \xe2\x80\x94 \xe2\x80\x9c" "Fares rise\xe2\x80\x9d</li>"));
	free(out);
}

static void
test_cue_and_speaker_are_marked_inside_the_claim(void **state)
{
	char *out = page(ferry, &ferry_claim, 1, NULL);

	assert_non_null(strstr(out, "<span class=\"cue\">said</span>"));
	assert_non_null(strstr(out, "<span class=\"by\">Tom Veld</span>"));
	free(out);
}

/* How many times `what` is in `s`. */
static int
count(const char *s, const char *what)
{
	int n = 0;

	for (const char *p = strstr(s, what); p != NULL; p = strstr(p + 1, what))
		n++;
	return n;
}

static void
test_a_claim_in_pieces_is_one_element_with_the_words_between(void **state)
{
	static const char text[] = "Tom Veld said on Monday that the fares would rise.\n";
	static const struct fixture_claim claim = {
		"the fares would rise", "said", "Tom Veld", WS_CLAIM_INDIRECT, 0, WS_NONE,
	};
	char *out = page(text, &claim, 1, NULL);

	assert_int_equal(count(out, "data-claim=\"1\""), 1);
	assert_int_equal(count(out, "id=\"claim-1\""), 1);
	/* A claim credited to a person and no outlet has the person's colour class. */
	assert_non_null(strstr(out, "<span class=\"claim person\" id=\"claim-1\""));
	assert_non_null(strstr(out, "\"><span class=\"by\">Tom Veld</span> <span class=\"cue\">said</span>"
				    " on Monday that the fares would rise</span>.</p>"));
	free(out);
}

static void
test_quotations_sharing_a_cue_are_elements_in_their_order(void **state)
{
	static const char text[] = "\xe2\x80\x9c" "Fares rise,\xe2\x80\x9d he said. "
		"\xe2\x80\x9cTolls too.\xe2\x80\x9d \xe2\x80\x9c" "And parking.\xe2\x80\x9d\n";
	static const struct fixture_claim claims[] = {
		{ "\xe2\x80\x9c" "Fares rise,\xe2\x80\x9d", "said", "he", WS_CLAIM_DIRECT, 0, WS_NONE },
		{ "\xe2\x80\x9cTolls too.\xe2\x80\x9d", "said", "he", WS_CLAIM_DIRECT, 0, WS_NONE },
		{ "\xe2\x80\x9c" "And parking.\xe2\x80\x9d", "said", "he", WS_CLAIM_DIRECT, 0, WS_NONE },
	};
	char *out = page(text, claims, 3, NULL);
	char *one = strstr(out, "id=\"claim-1\""), *two = strstr(out, "id=\"claim-2\"");
	char *three = strstr(out, "id=\"claim-3\"");

	/* "he said" goes with the quotation it follows, the nearest. */
	assert_non_null(one);
	assert_non_null(two);
	assert_non_null(three);
	assert_true(one < two && two < three);
	assert_non_null(strstr(one, "<span class=\"by\">he</span> <span class=\"cue\">said</span></span>"));
	for (int n = 1; n <= 3; n++) {
		char attr[32];

		snprintf(attr, sizeof attr, "data-claim=\"%d\"", n);
		assert_int_equal(count(out, attr), 1);
	}
	free(out);
}

static void
test_a_claim_inside_another_is_an_element_inside_its_element(void **state)
{
	static const char text[] = "Ana Ruiz warned that fares would rise, according to two aides.\n";
	static const struct fixture_claim claims[] = {
		{ "Ana Ruiz warned that fares would rise", "according to", "two aides",
		  WS_CLAIM_INDIRECT, WS_NONE, WS_NONE },
		{ "fares would rise", "warned", "Ana Ruiz", WS_CLAIM_INDIRECT, 0, WS_NONE },
	};
	char *out = page(text, claims, 2, NULL);
	char *outer = strstr(out, "<span class=\"claim anon\" id=\"claim-1\"");
	char *inner = strstr(out, "<span class=\"claim person\" id=\"claim-2\"");

	assert_non_null(outer);
	assert_non_null(inner);
	assert_true(outer < inner);
	assert_non_null(strstr(inner, "would rise</span>, <span class=\"cue\">according to</span> "
				      "<span class=\"by\">two aides</span></span>.</p>"));
	assert_int_equal(count(out, "data-claim=\"1\""), 1);
	assert_int_equal(count(out, "data-claim=\"2\""), 1);
	free(out);
}

static void
test_an_outlet_that_reports_is_named_once_in_its_credit(void **state)
{
	static const char text[] = "The fares would rise, Reuters reported.\n";
	static const struct fixture_claim claim = {
		"The fares would rise", "reported", "Reuters", WS_CLAIM_INDIRECT, WS_NONE, 0,
	};
	char *out = page(text, &claim, 1, NULL);

	assert_non_null(strstr(out, "<a href=\"#claim-1\">Reuters \xe2\x96\xb8 reported</a>"));
	assert_null(strstr(out, "Reuters \xe2\x96\xb8 Reuters"));
	free(out);
}

static void
test_a_claim_shows_its_credit_on_focus_and_hover(void **state)
{
	char *out = page(ferry, &ferry_claim, 1, NULL);

	/* The title, in a line at the foot of the window; hidden from screen readers, who have aria-describedby. */
	assert_non_null(strstr(out, ".claim:focus::after,.claim:hover::after{content:attr(title);content:attr(title) / \"\";"
				    "position:fixed;"));
	assert_non_null(strstr(out, ".keys,.claim::after{display:none!important}"));
	free(out);
}

/*
 * "Tom Veld, the ferry master, said:" a paragraph before his quotation:
 * the paragraph holds the claim's credit and cue but none of its words,
 * and its element still stays open over the words between them.
 */
static void
test_a_credit_a_paragraph_before_its_quotation_is_one_element(void **state)
{
	static const char text[] =
		"Tom Veld, the ferry master, said:\n\n\xe2\x80\x9c" "The fares rise today.\xe2\x80\x9d\n";
	static const struct fixture_claim claim = {
		"\xe2\x80\x9c" "The fares rise today.\xe2\x80\x9d", "said", "Tom Veld",
		WS_CLAIM_DIRECT, 0, WS_NONE,
	};
	char *out = page(text, &claim, 1, NULL);

	assert_non_null(strstr(out, "<span class=\"by\">Tom Veld</span>, the ferry master, "
				    "<span class=\"cue\">said</span></span>:</p>"));
	assert_int_equal(count(out, "<span class=\"by\">"), 1);
	free(out);
}

static void
test_a_quotation_across_paragraphs_is_one_claim_in_each(void **state)
{
	static const char text[] =
		"Ferries Stop\n\n\xe2\x80\x9c" "The fares rise today, said Tom Veld.\n\n"
		"\xe2\x80\x9c" "And again in May.\xe2\x80\x9d\n";
	static const struct fixture_claim claim = {
		"The fares rise today, said Tom Veld.\n\n\xe2\x80\x9c" "And again in May.",
		"", "", WS_CLAIM_DIRECT, 0, 0,
	};
	char *out = page(text, &claim, 1, NULL);
	char *first = strstr(out, "<p>\xe2\x80\x9c<span class=\"claim s0 direct quoted\" id=\"claim-1\" tabindex=\"0\"");
	char *second = strstr(out, "<p><span class=\"claim s0 direct quoted\" data-claim=\"1\"");

	assert_non_null(first);
	assert_non_null(second);
	assert_true(second > first);
	free(out);
}

static void
test_markup_in_the_article_is_shown_as_text(void **state)
{
	static const char text[] =
		"Title <script>alert(1)</script>\n\n"
		"It said </style> and \"onmouseover=alert(2) and &amp; too.\n";
	char *out = page(text, NULL, 0, NULL);

	assert_non_null(strstr(out, "&lt;script&gt;alert(1)&lt;/script&gt;"));
	assert_non_null(strstr(out, "&lt;/style&gt;"));
	assert_non_null(strstr(out, "&quot;onmouseover=alert(2)"));
	assert_non_null(strstr(out, "&amp;amp; too."));
	assert_null(strstr(out, "<script>alert"));
	assert_null(strstr(out, "</style> and"));
	free(out);
}

static void
test_control_characters_are_placeholders(void **state)
{
	static const char text[] = "Red \x1b[31malert\x07 here.\n";
	char *out = page(text, NULL, 0, NULL);

	assert_null(strchr(out, '\x1b'));
	assert_null(strchr(out, '\x07'));
	assert_non_null(strstr(out, "Red <span class=\"ctl\">^[</span>[31malert<span class=\"ctl\">^G</span> here."));
	free(out);
}

static void
test_blocks_become_headings_paragraphs_and_block_quotes(void **state)
{
	static const char text[] =
		"Ferries Stop at Dawn\n\nThe ferries stopped today.\n\nWhat Comes Next\n\n"
		"> A quoted passage from the notice.\n";
	char *out = page(text, NULL, 0, NULL);

	assert_non_null(strstr(out, "<h1>Ferries Stop at Dawn</h1>"));
	assert_non_null(strstr(out, "<p>The ferries stopped today.</p>"));
	assert_non_null(strstr(out, "<h2>What Comes Next</h2>"));
	assert_non_null(strstr(out, "<blockquote><p>A quoted passage from the notice.</p></blockquote>"));
	assert_non_null(strstr(out, "<title>Ferries Stop at Dawn \xe2\x80\x94 who said what</title>"));
	free(out);
}

static void
test_lines_the_layout_broke_are_joined_for_the_browser(void **state)
{
	static const char text[] =
		"Ferries Stop\n\nThe ferries stopped at dawn and the harbour\nwas quiet all day.\n";
	struct ws_article *art = fixture_article(text, NULL, NULL, NULL, 0);
	struct ws_layout *lay = fixture_layout(art, 12);
	char *out = fixture_capture(html, art, 12, NULL);

	assert_true(lay->nlines > 3);
	assert_non_null(strstr(out, "<p>The ferries stopped at dawn and the harbour was quiet all day.</p>"));
	free(out);
	ws_layout_free(lay);
	fixture_free(art);
}

static void
test_the_legend_lists_outlets_with_counts_and_links(void **state)
{
	char *out = page(ferry, &ferry_claim, 1, NULL);

	assert_non_null(strstr(out, "<li><span class=\"swatch s0\" aria-hidden=\"true\">\xe2\x96\xa0</span> "
				    "<a href=\"#claim-1\">Reuters</a> <span class=\"count\">1</span> "
				    "<span class=\"share\">100%</span></li>"));
	assert_non_null(strstr(out, "<section id=\"speakers\">"));
	assert_non_null(strstr(out, "<a href=\"#claim-1\">Tom Veld</a>"));
	free(out);
}

static void
test_names_are_escaped_in_the_panel_and_the_tooltips(void **state)
{
	static const char *const evil[] = { "<b>Evil</b> & \"Co\"", NULL };
	struct ws_article *art = fixture_article(ferry, evil, veld, &ferry_claim, 1);
	char *out = fixture_capture(html, art, 80, NULL);

	assert_null(strstr(out, "<b>Evil"));
	assert_non_null(strstr(out, "title=\"&lt;b&gt;Evil&lt;/b&gt; &amp; &quot;Co&quot; \xe2\x96\xb8"));
	assert_non_null(strstr(out, ">&lt;b&gt;Evil&lt;/b&gt; &amp; &quot;Co&quot;</a>"));
	free(out);
	fixture_free(art);
}

static void
test_a_theme_gives_each_outlet_its_colour(void **state)
{
	static const char theme[] =
		"background dark\n"
		"color text #d0d0d0 #101010\n"
		"source \"Reuters\" #ff8700\n";
	struct ws_theme *th;
	char *out;

	assert_int_equal(ws_theme_parse("test", theme, strlen(theme), &th, NULL), 0);
	out = page(ferry, &ferry_claim, 1, th);
	assert_non_null(strstr(out, ".s0{color:#ff8700"));
	assert_non_null(strstr(out, "body,.claim::after{background:#101010;color:#d0d0d0}"));
	assert_non_null(strstr(out, ":root{color-scheme:dark}"));
	/* One theme given: no scheme of the browser's takes its place. */
	assert_null(strstr(out, "prefers-color-scheme"));
	free(out);
	ws_theme_free(th);
}

/* The dark scheme's theme for html_schemes(). */
static const struct ws_theme *dark_scheme;

static int
html_schemes(FILE *fp, const struct ws_article *art, const struct ws_view *view, int width,
	     const void *light)
{
	return ws_export_html_schemes(fp, art, view, width, light, dark_scheme, NULL);
}

static void
test_two_themes_give_a_light_page_with_a_dark_scheme(void **state)
{
	static const char light[] = "background light\nsource \"Reuters\" #d70000\n";
	static const char dark[] = "background dark\nsource \"Reuters\" #ff5f5f\n";
	struct ws_article *art = fixture_article(ferry, reuters, veld, &ferry_claim, 1);
	struct ws_theme *lt, *dt;
	char *out;
	const char *media;

	assert_int_equal(ws_theme_parse("light", light, strlen(light), &lt, NULL), 0);
	assert_int_equal(ws_theme_parse("dark", dark, strlen(dark), &dt, NULL), 0);

	dark_scheme = dt;
	out = fixture_capture(html_schemes, art, 80, lt);
	fixture_free(art);
	media = strstr(out, "@media screen and (prefers-color-scheme:dark){\n:root{color-scheme:dark}\n");
	assert_non_null(media);
	/* Light first, outside the media query; #d70000 is darkened to stay 4.5:1 on its tint. */
	assert_non_null(strstr(out, ":root{color-scheme:light}"));
	assert_true(strstr(out, ":root{color-scheme:light}") < media);
	assert_true(strstr(out, ".s0{color:#c60000;background:#c6000024;") < media);
	assert_non_null(strstr(media, ".s0{color:#ff5f5f;background:#ff5f5f24;"));
	assert_non_null(strstr(media, "body,.claim::after{background:#121212;color:#d0d0d0}"));
	free(out);
	ws_theme_free(lt);
	ws_theme_free(dt);
}

static void
test_contrast_is_measured_as_wcag_does(void **state)
{
	assert_true(ws_contrast(0x000000, 0xffffff) > 20.99);
	assert_true(ws_contrast(0xffffff, 0x000000) > 20.99);
	assert_true(ws_contrast(0x777777, 0x777777) < 1.0001);
	/* #767676 on white is the classic 4.54:1; #777777 just misses it. */
	assert_true(ws_contrast(0x767676, 0xffffff) >= 4.5);
	assert_true(ws_contrast(0x777777, 0xffffff) < 4.5);
	assert_int_equal(ws_blend(0xff0000, 0x0000ff, 0.5), 0x800080);
}

static void
test_a_colour_too_faint_is_moved_until_it_is_readable(void **state)
{
	long white = 0xffffff, black = 0x000000, grey = 0x9e9e9e, yellow = 0xffd700;
	long both[] = { 0xffffff, 0xffd7d7 };

	/* Readable already: left as it is. */
	assert_int_equal(ws_readable(0x1c1c1c, &white, 1, 0, 4.5), 0x1c1c1c);
	/* Too faint on white: darker; on black: lighter; each just past the ratio. */
	assert_true(ws_contrast(ws_readable(grey, &white, 1, 0, 4.5), white) >= 4.5);
	assert_true(ws_readable(grey, &white, 1, 0, 4.5) < grey);
	assert_true(ws_contrast(ws_readable(0x303030, &black, 1, 0, 4.5), black) >= 4.5);
	/* Xinhua's yellow on white, and on a tint of itself. */
	assert_true(ws_contrast(ws_readable(yellow, &white, 1, 0.14, 4.5), white) >= 4.5);
	assert_true(ws_contrast(ws_readable(yellow, &white, 1, 0.14, 4.5),
				ws_blend(ws_readable(yellow, &white, 1, 0.14, 4.5), white, 0.14)) >= 4.5);
	/* Against every background given. */
	assert_true(ws_contrast(ws_readable(0xd70000, both, 2, 0, 4.5), both[1]) >= 4.5);
}

static void
test_a_light_theme_makes_a_light_page(void **state)
{
	static const char theme[] = "background light\ncolor text default default\n";
	struct ws_theme *th;
	char *out;

	assert_int_equal(ws_theme_parse("test", theme, strlen(theme), &th, NULL), 0);
	out = page(ferry, &ferry_claim, 1, th);
	assert_non_null(strstr(out, ":root{color-scheme:light}"));
	free(out);
	ws_theme_free(th);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_claim_is_a_span_with_its_outlet_class_anchor_and_tooltip),
		cmocka_unit_test(test_cue_and_speaker_are_marked_inside_the_claim),
		cmocka_unit_test(test_a_claim_in_pieces_is_one_element_with_the_words_between),
		cmocka_unit_test(test_quotations_sharing_a_cue_are_elements_in_their_order),
		cmocka_unit_test(test_a_claim_inside_another_is_an_element_inside_its_element),
		cmocka_unit_test(test_an_outlet_that_reports_is_named_once_in_its_credit),
		cmocka_unit_test(test_a_claim_shows_its_credit_on_focus_and_hover),
		cmocka_unit_test(test_a_credit_a_paragraph_before_its_quotation_is_one_element),
		cmocka_unit_test(test_a_quotation_across_paragraphs_is_one_claim_in_each),
		cmocka_unit_test(test_markup_in_the_article_is_shown_as_text),
		cmocka_unit_test(test_control_characters_are_placeholders),
		cmocka_unit_test(test_blocks_become_headings_paragraphs_and_block_quotes),
		cmocka_unit_test(test_lines_the_layout_broke_are_joined_for_the_browser),
		cmocka_unit_test(test_the_legend_lists_outlets_with_counts_and_links),
		cmocka_unit_test(test_names_are_escaped_in_the_panel_and_the_tooltips),
		cmocka_unit_test(test_a_theme_gives_each_outlet_its_colour),
		cmocka_unit_test(test_a_light_theme_makes_a_light_page),
		cmocka_unit_test(test_two_themes_give_a_light_page_with_a_dark_scheme),
		cmocka_unit_test(test_contrast_is_measured_as_wcag_does),
		cmocka_unit_test(test_a_colour_too_faint_is_moved_until_it_is_readable),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

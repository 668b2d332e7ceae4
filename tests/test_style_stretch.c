/*
 * The styler: an article's styles made a stretch at a time are the
 * article's styles cut to each stretch, whatever the stretches, the view
 * and where the claims' words lie; and it holds the claims near the
 * stretch, not every claim.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/article.h"
#include "whosaid/style.h"

/* Text of our own: short quotations one after another, reported speech, a frame, a long quotation. */
static char *
article_text(size_t repeats)
{
	static const char *const pieces[] = {
		"According to the Harbour Gazette, the port will open on Monday. ",
		"\"A,\" he said. ",
		"Al Ruiz said \"a\". ",
		"\"The cranes are ready and the tug is ready,\" said Tom Cole, who added that "
		"the pier would be rebuilt by spring. ",
		"Officials said the ferry would run twice a day, according to a statement. ",
		"The harbour has twelve cranes and one tug.\n\n",
		"\"We will go.\n\n\"We will stay, and Ana Ruiz said the tug is ready,\" Tom Cole said. ",
		"> \"Quoted,\" she said in a block quote.\n\n",
	};
	size_t n = sizeof pieces / sizeof *pieces, len = 0, cap = 1;
	char *s;

	for (size_t r = 0; r < repeats; r++)
		cap += strlen(pieces[r * 7 % n]);
	s = malloc(cap);
	assert_non_null(s);
	for (size_t r = 0; r < repeats; r++) {
		const char *p = pieces[r * 7 % n];

		memcpy(s + len, p, strlen(p));
		len += strlen(p);
	}
	s[len] = '\0';
	return s;
}

static struct ws_article *
analysed(const char *text)
{
	struct ws_article *art;
	struct ws_error err;

	assert_int_equal(ws_article_from_bytes("t.txt", text, strlen(text), WS_FORMAT_TEXT, 0, &art,
					       &err), 0);
	assert_int_equal(ws_article_analyze(art, NULL, &err), 0);
	assert_non_null(art->an);
	assert_true(art->an->nclaims > 10);
	return art;
}

/*
 * Give every third claim the first claim's cue as its outlet's words,
 * and every fifth a credit far after its content: words far from their
 * content, which the analysis makes rarely and the styler lists apart.
 */
static void
scatter_credits(struct ws_analysis *an, size_t len)
{
	for (size_t i = 0; i < an->nclaims; i++) {
		struct ws_claim *c = &an->claims[i];

		if (i % 3 == 0)
			c->via = an->claims[0].cue;
		if (i % 5 == 0 && c->content.end + 9000 + 4 < len) {
			c->by.start = c->content.end + 9000;
			c->by.end = c->by.start + 4;
		}
	}
}

/* The spans of [start, end) must be whole's cut to it. */
static void
assert_cut(const struct ws_style_span *whole, size_t nwhole, const struct ws_style_span *part,
	   size_t npart, size_t start, size_t end)
{
	size_t k = 0;

	for (size_t i = 0; i < nwhole; i++) {
		size_t a = whole[i].start > start ? whole[i].start : start;
		size_t b = whole[i].end < end ? whole[i].end : end;

		if (a >= b)
			continue;
		assert_true(k < npart);
		assert_int_equal(part[k].start, a);
		assert_int_equal(part[k].end, b);
		assert_int_equal(part[k].style, whole[i].style);
		k++;
	}
	assert_int_equal(k, npart);
}

/*
 * Walk the article in stretches of `step` bytes, going back now and
 * then as a layout does to the start of a line (never before `keep`);
 * returns the most claims a stretch was styled from.
 */
static size_t
walk(const struct ws_article *art, const struct ws_view *view, size_t step)
{
	const size_t len = art->text->len;
	struct ws_style_span *whole;
	struct ws_styler *st = ws_styler_new(art->doc, art->an, view);
	size_t nwhole, keep = 0, start = 0, most = 0, calls = 0;

	ws_style_build(art->doc, art->an, view, &whole, &nwhole);
	while (start < len) {
		size_t end = start + step < len ? start + step : len, n;
		const struct ws_style_span *part = ws_styler_range(st, start, end, keep, &n);
		const uint32_t *claims;
		size_t nclaims = ws_styler_claims(st, &claims);

		assert_cut(whole, nwhole, part, n, start, end);
		for (size_t k = 1; k < nclaims; k++)
			assert_true(claims[k - 1] < claims[k]);
		if (nclaims > most)
			most = nclaims;
		/* Every third stretch, back to halfway into the last one; the next never before it. */
		if (++calls % 3 == 0 && end - start > 1) {
			start += (end - start) / 2;
			keep = start;
		} else {
			keep = start;
			start = end;
		}
	}
	ws_styler_free(st);
	free(whole);
	return most;
}

static void
walk_views(const struct ws_article *art, size_t step)
{
	struct ws_view view;
	struct ws_span matches[2];

	ws_view_init(&view);
	walk(art, &view, step);
	view.via = 1;
	walk(art, &view, step);
	view.speaker = 0;
	view.selected = art->an->nclaims / 2;
	walk(art, &view, step);
	view.leave_out = 1;
	walk(art, &view, step);
	ws_view_init(&view);
	view.unattributed = 1;
	matches[0] = (struct ws_span){ 10, 30 };
	matches[1] = (struct ws_span){ 200, 260 };
	view.matches = matches;
	view.nmatches = 2;
	walk(art, &view, step);
}

static void
test_stretches_are_the_article_cut_whatever_their_size(void **state)
{
	char *text = article_text(400);
	struct ws_article *art = analysed(text);

	(void)state;
	walk_views(art, 1);
	walk_views(art, 37);
	walk_views(art, 700);
	walk_views(art, 100000);
	ws_article_free(art);
	free(text);
}

static void
test_credits_far_from_their_content_are_styled_in_every_stretch(void **state)
{
	char *text = article_text(400);
	struct ws_article *art = analysed(text);

	(void)state;
	scatter_credits(art->an, art->text->len);
	walk_views(art, 37);
	walk_views(art, 5000);
	ws_article_free(art);
	free(text);
}

/*
 * One quotation carried on over hundreds of paragraphs, a claim a piece,
 * all sharing the cue and credit of the first: each piece is styled as
 * in the article, the shared words by the last piece, whatever the
 * stretch, the filter or the claim selected.
 */
static void
test_pieces_sharing_a_far_credit_are_styled_as_in_the_article(void **state)
{
	size_t n = 600, len = 0;
	char *text = malloc(n * 40 + 64);
	struct ws_article *art;

	(void)state;
	len += (size_t)sprintf(text, "Ana Ruiz, the harbour master, said: \u201cWe will go.\n\n");
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(text + len, "\u201cThe pier %zu will be rebuilt.\n\n", i);
	sprintf(text + len, "\u201cNow.\u201d\n");
	art = analysed(text);
	assert_true(art->an->claims[art->an->nclaims - 1].cue.end < 100);
	walk_views(art, 37);
	walk_views(art, 2000);
	ws_article_free(art);
	free(text);
}

/* A paragraph of thousands of claims: each stretch is styled from the claims near it. */
static void
test_a_stretch_is_styled_from_the_claims_near_it(void **state)
{
	char *text = article_text(6000);
	struct ws_article *art = analysed(text);
	struct ws_view view;

	(void)state;
	assert_true(art->an->nclaims > 3000);
	ws_view_init(&view);
	assert_true(walk(art, &view, 64) < 400);
	ws_article_free(art);
	free(text);
}

static void
test_no_analysis_styles_the_blocks_alone(void **state)
{
	const char *text = "# Heading\n\nBody text.\n\n> A block quote.\n";
	struct ws_article *art;
	struct ws_styler *st;
	struct ws_error err;
	struct ws_view view;
	size_t n;
	const struct ws_style_span *sp;

	(void)state;
	assert_int_equal(ws_article_from_bytes("t.md", text, strlen(text), WS_FORMAT_MARKDOWN, 0,
					       &art, &err), 0);
	ws_view_init(&view);
	st = ws_styler_new(art->doc, NULL, &view);
	sp = ws_styler_range(st, 0, art->text->len, 0, &n);
	assert_true(n >= 2);
	assert_true(WS_STY_FLAGS(sp[0].style) & (WS_STY_TITLE | WS_STY_HEADING));
	assert_true(WS_STY_FLAGS(sp[n - 1].style) & WS_STY_BLOCKQUOTE);
	ws_styler_free(st);
	ws_article_free(art);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stretches_are_the_article_cut_whatever_their_size),
		cmocka_unit_test(test_credits_far_from_their_content_are_styled_in_every_stretch),
		cmocka_unit_test(test_pieces_sharing_a_far_credit_are_styled_as_in_the_article),
		cmocka_unit_test(test_a_stretch_is_styled_from_the_claims_near_it),
		cmocka_unit_test(test_no_analysis_styles_the_blocks_alone),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* The layout engine: lines that fit, breaks where UAX #14 allows, every byte once. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unigbrk.h>
#include <unilbrk.h>

#include "whosaid/export.h"
#include "whosaid/layout.h"
#include "whosaid/width.h"

/*
 * A document built by hand, as segment would: blocks are separated by a
 * blank line; a block whose first line starts with "= " is the title,
 * "# " a heading, "> " a block quote (every line's "> " is left out of
 * its span), anything else a paragraph.
 */
struct fixture {
	struct ws_text text;
	struct ws_doc doc;
};

static struct fixture fx;

/* The block of lines [first, n) of lines[], if any, added to fx.doc. */
static void
add_block(enum ws_block_kind kind, const struct ws_span *lines, size_t first, size_t n)
{
	if (n > first)
		ws_doc_add_block(&fx.doc, kind, lines + first, n - first);
}

static struct ws_doc *
doc_of(const char *src)
{
	size_t len = strlen(src), pos = 0, n = 0, first = 0;
	struct ws_span lines[256];
	enum ws_block_kind kind = WS_BLOCK_PARAGRAPH;
	int in_block = 0;

	free(fx.text.s);
	ws_doc_free_arrays(&fx.doc);
	memset(&fx, 0, sizeof fx);
	fx.text.s = strdup(src);
	fx.text.len = len;
	fx.doc.text = &fx.text;
	while (pos < len) {
		const char *nl = memchr(src + pos, '\n', len - pos);
		size_t end = nl != NULL ? (size_t)(nl - src) : len, start = pos;

		pos = end + 1;
		if (end == start) {
			add_block(kind, lines, first, n);
			first = n;
			in_block = 0;
			continue;
		}
		if (!in_block) {
			in_block = 1;
			kind = WS_BLOCK_PARAGRAPH;
			if (strncmp(src + start, "= ", 2) == 0)
				kind = WS_BLOCK_TITLE;
			else if (strncmp(src + start, "# ", 2) == 0)
				kind = WS_BLOCK_HEADING;
			else if (strncmp(src + start, "> ", 2) == 0)
				kind = WS_BLOCK_QUOTE;
			if (kind != WS_BLOCK_PARAGRAPH)
				start += 2;
		} else if (kind == WS_BLOCK_QUOTE && strncmp(src + start, "> ", 2) == 0) {
			start += 2;
		}
		assert_true(n < sizeof lines / sizeof *lines);
		lines[n].start = (uint32_t)start;
		lines[n].end = (uint32_t)end;
		n++;
	}
	add_block(kind, lines, first, n);
	return &fx.doc;
}

static struct ws_layout *
layout_of(const char *src, int width)
{
	struct ws_layout *lay;
	struct ws_error err;

	assert_int_equal(ws_layout_doc(doc_of(src), NULL, 0, width, &lay, &err), 0);
	return lay;
}

/* Every byte of a source line outside white space is in exactly one run. */
static void
assert_covered_once(const char *s, const unsigned char *count, struct ws_span line, int width)
{
	struct ws_clusters it;
	struct ws_cell cell;

	ws_clusters_init(&it, s, line.end, line.start);
	while (ws_clusters_next(&it, &cell)) {
		if (cell.flags & WS_CELL_SPACE)
			continue;
		for (size_t b = cell.start; b < cell.end; b++) {
			if (count[b] != 1) {
				fprintf(stderr, "byte %zu of \"%s\" covered %d times at width %d\n",
					b, s, count[b], width);
				fail();
			}
		}
	}
}

/*
 * What a layout draws, as one string (caller frees): the text export of
 * doc at the layout's width, which lays it out the same way (without
 * styles, as every layout drawn here is).
 */
static char *
render(const struct ws_doc *doc, const struct ws_layout *lay)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *fp = open_memstream(&buf, &size);
	struct ws_error err;

	struct ws_article art = { .text = (struct ws_text *)doc->text, .doc = (struct ws_doc *)doc };

	assert_non_null(fp);
	assert_int_equal(ws_export_text(fp, &art, NULL, lay->width, &err), 0);
	fclose(fp);
	return buf;
}

static void
assert_rendered(const struct ws_layout *lay, const char *want)
{
	char *got = render(&fx.doc, lay);

	assert_string_equal(got, want);
	free(got);
}

static void
assert_layout(const char *src, int width, const char *want)
{
	struct ws_layout *lay = layout_of(src, width);
	char *got = render(&fx.doc, lay);

	assert_string_equal(got, want);
	free(got);
	ws_layout_free(lay);
}

/* Every run starts and ends where a grapheme cluster does, in the whole text (UAX #29). */
static void
assert_runs_keep_clusters_whole(const struct ws_doc *doc, const struct ws_layout *lay)
{
	char *breaks = malloc(doc->text->len + 1);

	assert_non_null(breaks);
	u8_grapheme_breaks((const uint8_t *)doc->text->s, doc->text->len, breaks);
	breaks[0] = 1;
	breaks[doc->text->len] = 1;
	for (size_t r = 0; r < lay->nruns; r++) {
		if (!breaks[lay->runs[r].start] || !breaks[lay->runs[r].end]) {
			fprintf(stderr, "run [%zu, %zu) of \"%s\" splits a cluster at width %d\n",
				lay->runs[r].start, lay->runs[r].end, doc->text->s, lay->width);
			fail();
		}
	}
	free(breaks);
}

/*
 * The invariants: no line wider than the width, columns that add up,
 * runs in order covering each non-blank byte of the blocks' lines once,
 * and drawn lines (measured again) within the width.
 */
static void
check_invariants(const struct ws_doc *doc, const struct ws_layout *lay, int width)
{
	const char *s = doc->text->s;
	unsigned char *count = calloc(doc->text->len + 1, 1);
	size_t last_end = 0;
	char *drawn, *line;

	for (size_t i = 0; i < lay->nlines; i++) {
		const struct ws_line *l = &lay->lines[i];
		int cols = l->indent + ((l->flags & WS_LINE_HYPHEN) != 0);

		assert_true(l->cols <= width);
		for (size_t r = l->first_run; r < l->first_run + l->nruns; r++) {
			const struct ws_run *run = &lay->runs[r];

			assert_true(run->start >= last_end);
			assert_true(run->end > run->start);
			last_end = run->end;
			cols += run->cols;
			if (run->flags & WS_RUN_JOIN) {
				assert_int_equal(run->cols, 1);
				continue;
			}
			if (!(run->flags & WS_RUN_CLIPPED))
				assert_int_equal(run->cols, ws_width(s + run->start, run->end - run->start));
			for (size_t b = run->start; b < run->end; b++)
				count[b]++;
		}
		if (l->flags & WS_LINE_RULE)
			assert_int_equal(l->nruns, 0);
		else
			assert_int_equal(cols, l->cols);
	}
	for (size_t b = 0; b < doc->nblocks; b++) {
		const struct ws_block bl = ws_doc_block(doc, b);

		for (size_t k = 0; k < bl.nlines; k++)
			assert_covered_once(s, count, ws_block_line(doc, &bl, k), width);
	}
	free(count);
	assert_runs_keep_clusters_whole(doc, lay);

	drawn = render(doc, lay);
	for (line = strtok(drawn, "\n"); line != NULL; line = strtok(NULL, "\n"))
		assert_true(ws_width(line, strlen(line)) <= width);
	free(drawn);
}

static void
test_ascii_wraps_at_spaces(void **state)
{
	assert_layout("The quick brown fox jumps over the lazy dog.", 15,
		      "The quick brown\nfox jumps over\nthe lazy dog.\n");
	assert_layout("The quick brown fox jumps over the lazy dog.", 80,
		      "The quick brown fox jumps over the lazy dog.\n");
}

static void
test_source_lines_are_joined_by_one_space(void **state)
{
	struct ws_layout *lay = layout_of("one two\nthree   \nfour", 80);

	assert_rendered(lay, "one two three four\n");
	assert_int_equal(lay->nlines, 1);
	assert_int_equal(lay->nruns, 5);
	assert_true(lay->runs[1].flags & WS_RUN_JOIN);
	assert_int_equal(lay->runs[1].start, 7);
	assert_int_equal(lay->runs[3].start, 13);	/* the blanks after "three" join too */
	ws_layout_free(lay);
	/* A break at a join drops it. */
	assert_layout("one two\nthree", 7, "one two\nthree\n");
}

static void
test_cjk_breaks_between_ideographs(void **state)
{
	assert_layout("東京で会議が開かれた。", 10, "東京で会議\nが開かれ\nた。\n");
}

static void
test_cjk_closing_punctuation_stays_with_its_word(void **state)
{
	/* UAX #14 keeps 。 on the line before: the line ends a character early. */
	assert_layout("東京で会議が開かれた。", 12, "東京で会議が\n開かれた。\n");
}

static void
test_combining_marks_stay_with_their_letter(void **state)
{
	/* "éééé" decomposed, at width 2: two letters a line, marks kept. */
	assert_layout("e\xcc\x81" "e\xcc\x81" "e\xcc\x81" "e\xcc\x81", 2,
		      "e\xcc\x81" "e\xcc\x81\n" "e\xcc\x81" "e\xcc\x81\n");
}

static void
test_zwj_family_is_never_split(void **state)
{
	const char *fam = "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7";
	char src[128], want[128];

	snprintf(src, sizeof src, "%s%s%s", fam, fam, fam);
	snprintf(want, sizeof want, "%s\n%s\n%s\n", fam, fam, fam);
	assert_layout(src, 3, want);
	snprintf(want, sizeof want, "%s%s\n%s\n", fam, fam, fam);
	assert_layout(src, 4, want);
}

static void
test_flags_are_never_split(void **state)
{
	assert_layout("\xf0\x9f\x87\xab\xf0\x9f\x87\xb7\xf0\x9f\x87\xa9\xf0\x9f\x87\xaa", 3,
		      "\xf0\x9f\x87\xab\xf0\x9f\x87\xb7\n\xf0\x9f\x87\xa9\xf0\x9f\x87\xaa\n");
}

static void
test_skin_tones_stay_on_their_emoji(void **state)
{
	assert_layout("ok \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbf", 4,
		      "ok\n\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbf\n");
}

/*
 * A run of emoji with no space in it, mixing flags, ZWJ sequences and
 * skin tones (issue 15, item 6): at width 37 its second line came out
 * 19 clusters, 38 columns wide.
 */
static void
test_emoji_run_never_overflows(void **state)
{
	static const char src[] = "= Title\n\n"
		"\xf0\x9f\x87\xba\xf0\x9f\x87\xb8\xf0\x9f\x8c\x8d\xf0\x9f\x8c\x8d"
		"\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd\xe2\x9c\x85\xf0\x9f\x87\xa8\xf0"
		"\x9f\x87\xb3\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80"
		"\x8d\xf0\x9f\x91\xa7\xf0\x9f\x8c\x8d\xf0\x9f\x8f\xb3\xef\xb8\x8f"
		"\xe2\x80\x8d\xf0\x9f\x8c\x88\xf0\x9f\x8f\xb3\xef\xb8\x8f\xe2\x80"
		"\x8d\xf0\x9f\x8c\x88\xf0\x9f\x8c\x8d\xf0\x9f\x99\x8f\xf0\x9f\x8f"
		"\xbb\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd\xf0\x9f\x8c\x8d\xf0\x9f\x87"
		"\xa8\xf0\x9f\x87\xb3\xf0\x9f\x8c\x8d\xf0\x9f\x8f\xb3\xef\xb8\x8f"
		"\xe2\x80\x8d\xf0\x9f\x8c\x88\xf0\x9f\x8c\x8d\xf0\x9f\x87\xa8\xf0"
		"\x9f\x87\xb3\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd\xf0\x9f\x91\xa8\xe2"
		"\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7\xe2\x9c\x85"
		"\xf0\x9f\x8c\x8d\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2"
		"\x80\x8d\xf0\x9f\x91\xa7\xf0\x9f\x99\x8f\xf0\x9f\x8f\xbb\xf0\x9f"
		"\x91\x8d\xf0\x9f\x8f\xbd\xf0\x9f\x99\x8f\xf0\x9f\x8f\xbb\xf0\x9f"
		"\x87\xa8\xf0\x9f\x87\xb3\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd\xf0\x9f"
		"\x99\x8f\xf0\x9f\x8f\xbb\xf0\x9f\x87\xa8\xf0\x9f\x87\xb3\xf0\x9f"
		"\x87\xa8\xf0\x9f\x87\xb3\xe2\x9c\x85\xf0\x9f\x87\xba\xf0\x9f\x87"
		"\xb8\xf0\x9f\x87\xba\xf0\x9f\x87\xb8\xf0\x9f\x8f\xb3\xef\xb8\x8f"
		"\xe2\x80\x8d\xf0\x9f\x8c\x88\xe2\x9c\x85";
	struct ws_doc *doc = doc_of(src);

	for (int width = 1; width <= 120; width++) {
		struct ws_layout *lay;
		struct ws_error err;

		assert_int_equal(ws_layout_doc(doc, NULL, 0, width, &lay, &err), 0);
		check_invariants(doc, lay, width);
		ws_layout_free(lay);
	}
}

static void
test_no_break_space_never_breaks(void **state)
{
	assert_layout("at 9\xc2\xa0" "a.m. sharp", 8, "at\n9\xc2\xa0" "a.m.\nsharp\n");
	assert_layout("at 9 a.m. sharp", 8, "at 9\na.m.\nsharp\n");
}

static void
test_soft_hyphen_breaks_with_a_drawn_hyphen(void **state)
{
	struct ws_layout *lay = layout_of("an extra\xc2\xad" "ordinary day", 10);

	assert_rendered(lay, "an extra-\nordinary\nday\n");
	assert_true(lay->lines[0].flags & WS_LINE_HYPHEN);
	assert_int_equal(lay->lines[0].cols, 9);
	ws_layout_free(lay);
	/* Where it does not break, it is not drawn. */
	assert_layout("an extra\xc2\xad" "ordinary day", 80, "an extraordinary day\n");
}

static void
test_soft_hyphen_break_leaves_room_for_the_hyphen(void **state)
{
	assert_layout("extra\xc2\xad" "ordinary", 5, "extra\nordin\nary\n");
}

static void
test_urls_break_after_slashes(void **state)
{
	assert_layout("See https://example.org/news/2026/harbour-strike for more.", 20,
		      "See https://\nexample.org/\nnews/2026/harbour-\nstrike for more.\n");
}

static void
test_word_longer_than_the_line_breaks_between_clusters(void **state)
{
	assert_layout("Supercalifragilistic word", 8, "Supercal\nifragili\nstic\nword\n");
}

static void
test_width_one_and_two(void **state)
{
	assert_layout("ab cd", 1, "a\nb\nc\nd\n");
	assert_layout("ab cd", 2, "ab\ncd\n");
	assert_layout("日本", 2, "日\n本\n");
}

static void
test_cluster_wider_than_the_line_is_clipped(void **state)
{
	struct ws_layout *lay = layout_of("日本", 1);

	assert_rendered(lay, "?\n?\n");
	assert_true(lay->runs[0].flags & WS_RUN_CLIPPED);
	assert_int_equal(lay->runs[0].cols, 1);
	ws_layout_free(lay);
	assert_layout("a\xe2\x80\xae" "b", 4, "a\n<U+2\nb\n");
}

/*
 * U+0600 ARABIC NUMBER SIGN is a Prepend: it makes one cluster with the
 * character after it, a blank too (UAX #29 GB9b).  Such a blank at the
 * end of a source line is part of that cluster, not white space to trim
 * before the next line joins: "ab\u0600 " keeps its blank in its run.
 */
static void
test_blank_after_a_prepend_stays_in_its_cluster(void **state)
{
	struct ws_layout *lay = layout_of("ab\xd8\x80 \ncd", 80);
	struct ws_doc *doc;

	assert_int_equal(lay->nruns, 3);
	assert_int_equal(lay->runs[0].start, 0);
	assert_int_equal(lay->runs[0].end, 5);	/* the blank after U+0600 included */
	assert_true(lay->runs[1].flags & WS_RUN_JOIN);
	ws_layout_free(lay);
	doc = doc_of("ab\xd8\x80 \ncd\n\n\xd8\x80 x\xd8\x80 \t\xd8\x80 \nyz \xd8\x80 ");
	for (int width = 1; width <= 12; width++) {
		struct ws_error err;

		assert_int_equal(ws_layout_doc(doc, NULL, 0, width, &lay, &err), 0);
		check_invariants(doc, lay, width);
		ws_layout_free(lay);
	}
}

/*
 * A Prepend does not hold a control after it (UAX #29 GB5): "\u06DD\t"
 * is two clusters, and the tab is white space a line may end with, not
 * a column past the width (fuzz_layout: a line of 3 columns in 2).
 */
static void
test_tab_after_a_prepend_is_white_space(void **state)
{
	struct ws_doc *doc = doc_of("x\n\n\x01\xdb\x9d\tb\n\nab\xdb\x9d\t\tcd \xd8\x80\t");

	for (int width = 1; width <= 12; width++) {
		struct ws_layout *lay;
		struct ws_error err;

		assert_int_equal(ws_layout_doc(doc, NULL, 0, width, &lay, &err), 0);
		check_invariants(doc, lay, width);
		for (size_t i = 0; i < lay->nlines; i++)
			assert_true(lay->lines[i].cols <= (width < WS_LAYOUT_MIN_WIDTH ? WS_LAYOUT_MIN_WIDTH : width));
		ws_layout_free(lay);
	}
	(void)state;
}

static void
test_controls_show_as_placeholders(void **state)
{
	assert_layout("red \x1b[31malert\x7f and \xc2\x85 and \xe2\x80\xae" "evil", 80,
		      "red ^[[31malert^? and <U+0085>\nand <U+202E>evil\n");
}

static void
test_mandatory_break_inside_a_line(void **state)
{
	assert_layout("first\xe2\x80\xa8second", 80, "first\nsecond\n");
}

static void
test_blocks_are_separated_by_a_blank_line(void **state)
{
	struct ws_layout *lay = layout_of("= A Title\n\nFirst para.\n\nSecond para.", 80);

	assert_rendered(lay,
			    "A Title\n=======\n\nFirst para.\n\nSecond para.\n");
	assert_int_equal(lay->nlines, 6);
	assert_true(lay->lines[1].flags & WS_LINE_RULE);
	assert_int_equal(lay->lines[1].cols, 7);
	assert_true(lay->lines[2].flags & WS_LINE_BLANK);
	assert_int_equal(lay->lines[2].block, 1);
	assert_int_equal(lay->lines[2].first_run, lay->lines[3].first_run);
	assert_true(lay->lines[3].flags & WS_LINE_BLOCK_START);
	ws_layout_free(lay);
}

static void
test_title_and_headings_carry_their_style(void **state)
{
	struct ws_layout *lay = layout_of("= Title here\n\n# A heading\n\nText.", 80);

	assert_true(lay->runs[0].style & WS_STY_TITLE);
	assert_true(lay->runs[1].style & WS_STY_HEADING);
	assert_int_equal(WS_STY_FLAGS(lay->runs[2].style), 0);
	assert_rendered(lay,
			    "Title here\n==========\n\nA heading\n---------\n\nText.\n");
	ws_layout_free(lay);
}

static void
test_block_quotes_are_indented_with_a_bar(void **state)
{
	struct ws_layout *lay = layout_of("Before.\n\n> quoted words that\n> wrap here\n\nAfter.", 14);

	assert_rendered(lay,
			    "Before.\n\n> quoted words\n> that wrap\n> here\n\nAfter.\n");
	assert_int_equal(lay->lines[2].indent, WS_LAYOUT_QUOTE_INDENT);
	assert_true(lay->lines[2].flags & WS_LINE_QUOTE_BAR);
	assert_true(lay->runs[lay->lines[2].first_run].style & WS_STY_BLOCKQUOTE);
	ws_layout_free(lay);
	/* Too narrow for an indent. */
	assert_layout("> quoted", 6, "quoted\n");
}

static void
test_runs_split_at_style_boundaries(void **state)
{
	struct ws_doc *doc = doc_of("He said \"go now\" today.");
	struct ws_style_span styles[] = { { 3, 7, WS_STY_CUE }, { 8, 16, WS_STY_DIRECT } };
	struct ws_layout *lay;
	struct ws_error err;

	assert_int_equal(ws_layout_doc(doc, styles, 2, 80, &lay, &err), 0);
	assert_int_equal(lay->nruns, 5);
	assert_int_equal(lay->runs[1].start, 3);
	assert_int_equal(lay->runs[1].end, 7);
	assert_int_equal(lay->runs[1].style, WS_STY_CUE);
	assert_int_equal(lay->runs[3].style, WS_STY_DIRECT);
	assert_int_equal(lay->runs[3].cols, 8);
	ws_layout_free(lay);
	/* Broken across lines, a styled range keeps its style on both. */
	assert_int_equal(ws_layout_doc(doc, styles, 2, 12, &lay, &err), 0);
	assert_int_equal(lay->nlines, 2);
	assert_int_equal(lay->runs[lay->lines[1].first_run].style, WS_STY_DIRECT);
	ws_layout_free(lay);
}

static void
test_widths_10_80_200(void **state)
{
	const char *src = "Officials said the talks would resume on Monday.";

	assert_layout(src, 10, "Officials\nsaid the\ntalks\nwould\nresume on\nMonday.\n");
	assert_layout(src, 80, "Officials said the talks would resume on Monday.\n");
	assert_layout(src, 200, "Officials said the talks would resume on Monday.\n");
}

static void
test_blocks_laid_out_one_by_one_match_the_whole(void **state)
{
	struct ws_doc *doc = doc_of("= T\n\nOne two.\n\n> three\n\nfour five six");
	struct ws_layout *whole = layout_of("= T\n\nOne two.\n\n> three\n\nfour five six", 12);
	struct ws_layout *lay = ws_layout_new(12);
	struct ws_error err;
	size_t line = 0;

	for (size_t b = 0; b < doc->nblocks; b++) {
		ws_layout_clear(lay);
		assert_int_equal(ws_layout_block(lay, doc, b, NULL, 0, &err), 0);
		for (size_t i = 0; i < lay->nlines; i++, line++) {
			assert_int_equal(lay->lines[i].cols, whole->lines[line].cols);
			assert_int_equal(lay->lines[i].flags, whole->lines[line].flags);
		}
	}
	assert_int_equal(line, whole->nlines);
	ws_layout_free(lay);
	ws_layout_free(whole);
}

static const char *const property_texts[] = {
	"= Harbour talks stall as strike enters second week\n\n"
	"# \xe2\x80\x98More Time\xe2\x80\x99\n\n"
	"The union\xe2\x80\x99s leader, Maria Okafor, told reporters on Tuesday that \xe2\x80\x9cno one\n"
	"is going back to work\xe2\x80\x9d until the port authority puts a written offer on the\n"
	"table \xe2\x80\x94 a demand the authority called \xe2\x80\x9cunrealistic.\xe2\x80\x9d\n\n"
	"> We are not asking for the moon, she said.\n"
	"> We are asking for a contract.\n\n"
	"Details: https://example.org/news/2026/11/harbour-strike?ref=front&lang=en (archived).",

	"\xe6\x9d\xb1\xe4\xba\xac\xe3\x81\xa7\xe9\x96\x8b\xe3\x81\x8b\xe3\x82\x8c\xe3\x81\x9f"
	"\xe4\xbc\x9a\xe8\xad\xb0\xe3\x81\xa7\xe3\x80\x81\xe5\xa4\xa7\xe8\x87\xa3\xe3\x81\xaf"
	"\xe3\x80\x8c\xe5\x90\x88\xe6\x84\x8f\xe3\x81\xaf\xe8\xbf\x91\xe3\x81\x84\xe3\x80\x8d"
	"\xe3\x81\xa8\xe8\xbf\xb0\xe3\x81\xb9\xe3\x81\x9f\xe3\x80\x82 Reuters reported it too.",

	"Fans cheered \xf0\x9f\x8e\x89\xf0\x9f\x8e\x89 as the family "
	"\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7\xe2\x80\x8d\xf0\x9f\x91\xa6"
	" waved flags \xf0\x9f\x87\xab\xf0\x9f\x87\xb7\xf0\x9f\x87\xa9\xf0\x9f\x87\xaa\xf0\x9f\x87\xaf\xf0\x9f\x87\xb5"
	" and thumbs \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbf; \xe2\x98\xba\xef\xb8\x8f ok.",

	"Caf\xc3\xa9 e\xcc\x81le\xcc\x81phant na\xc3\xafve Z\xcc\x8d\xcc\x8e\xcc\x84\xcc\x85" "algo text "
	"extra\xc2\xad" "ordinarily\xc2\xad" "long\xc2\xad" "word 9\xc2\xa0" "a.m. 10\xc2\xa0" "km "
	"Supercalifragilisticexpialidocious-and-then-some.",

	"ctl \x01\x02\x1b[0m\x7f \xc2\x80\xc2\x9f \xe2\x80\xaa\xe2\x80\xae\xe2\x81\xa6\xe2\x81\xa9 "
	"tab\there line\xe2\x80\xa8sep \xe3\x80\x80wide\xe3\x80\x80space \xef\xbf\xbd bad",

	"a\nb\nc\n\n>  x\n>\n> y\n\nlast",
};

static void
test_every_line_fits_and_runs_cover_the_text_once(void **state)
{
	for (size_t t = 0; t < sizeof property_texts / sizeof property_texts[0]; t++) {
		struct ws_doc *doc = doc_of(property_texts[t]);

		for (int width = 1; width <= 200; width++) {
			struct ws_layout *lay;
			struct ws_error err;

			assert_int_equal(ws_layout_doc(doc, NULL, 0, width, &lay, &err), 0);
			check_invariants(doc, lay, width);
			ws_layout_free(lay);
		}
	}
}

/* The property test's own PRNG (xorshift32), so that its texts never change. */
static uint32_t
prng_next(uint32_t *state)
{
	uint32_t x = *state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return *state = x;
}

/*
 * Clusters of every kind the layout must keep whole: flags, ZWJ
 * sequences, emoji with a skin tone or VS16, CJK, letters with combining
 * marks, and ordinary words.
 */
static const char *const random_clusters[] = {
	"\xf0\x9f\x87\xba\xf0\x9f\x87\xb8",	/* flag US */
	"\xf0\x9f\x87\xa8\xf0\x9f\x87\xb3",	/* flag CN */
	"\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7",	/* family */
	"\xf0\x9f\x8f\xb3\xef\xb8\x8f\xe2\x80\x8d\xf0\x9f\x8c\x88",	/* rainbow flag */
	"\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd",	/* thumbs up, medium skin tone */
	"\xf0\x9f\x99\x8f\xf0\x9f\x8f\xbb",	/* folded hands, light skin tone */
	"\xe2\x9c\x8c\xef\xb8\x8f",		/* victory hand, VS16 */
	"\xf0\x9f\x8c\x8d",			/* globe */
	"\xe2\x9c\x85",				/* check mark */
	"\xe6\xbc\xa2", "\xe5\xad\x97", "\xe3\x80\x82",	/* CJK, ideographic full stop */
	"e\xcc\x81", "a\xcc\x8a\xcc\xa3",	/* combining marks */
	"said", "the", "minister", "Okafor", "\xe2\x80\x9cno\xe2\x80\x9d",
	" ", " ", "\n",
};

/*
 * Random mixes of those clusters, some with no space at all (long
 * stretches of emoji), laid out at every width from 1 to 120: no line is
 * wider than the width (layout.h: a cluster wider than the line gets a
 * clipped line of its own, so this holds without exception), and the
 * lines hold every byte that is not white space at a break, in order.
 */
static void
test_random_cluster_mixes_always_fit(void **state)
{
	uint32_t seed = 0x2545f491;
	const size_t nkinds = sizeof random_clusters / sizeof random_clusters[0];
	char src[4096];

	for (int t = 0; t < 24; t++) {
		size_t len = 0, nclusters = 20 + prng_next(&seed) % 100;
		int spaces = t % 3 != 0;	/* a third of the texts have none */
		struct ws_doc *doc;

		len += (size_t)snprintf(src, sizeof src, "= Title\n\n");
		for (size_t i = 0; i < nclusters; i++) {
			const char *c;

			do
				c = random_clusters[prng_next(&seed) % nkinds];
			while (!spaces && (unsigned char)c[0] < 0x80);
			if (c[0] == '\n' && src[len - 1] == '\n')
				continue;	/* a blank line would end the block */
			assert_true(len + strlen(c) < sizeof src);
			memcpy(src + len, c, strlen(c));
			len += strlen(c);
		}
		src[len] = '\0';
		doc = doc_of(src);
		for (int width = 1; width <= 120; width++) {
			struct ws_layout *lay;
			struct ws_error err;

			assert_int_equal(ws_layout_doc(doc, NULL, 0, width, &lay, &err), 0);
			check_invariants(doc, lay, width);
			ws_layout_free(lay);
		}
	}
}

/*
 * The greedy rule with break opportunities computed once over the whole
 * paragraph: the line starts the layout must find with its short windows.
 */
static size_t
reference_line_starts(const char *s, size_t n, int width, size_t *starts, size_t max)
{
	char *lb = malloc(n + 1), *gb = malloc(n + 1);
	size_t nstarts = 0, pos = 0;

	u8_possible_linebreaks((const uint8_t *)s, n, "UTF-8", lb);
	u8_grapheme_breaks((const uint8_t *)s, n, gb);
	while (pos < n && s[pos] == ' ')
		pos++;
	while (pos < n && nstarts < max) {
		size_t p = pos, brk = (size_t)-1, next;
		int cols = 0, pending = 0;

		starts[nstarts++] = pos;
		for (;;) {
			struct ws_cell cell;
			size_t e;

			if (p == n) {
				next = n;
				break;
			}
			e = p + ws_cluster_end(s + p, n - p, 0);
			if (p > pos && (lb[p] == UC_BREAK_POSSIBLE) && gb[p] &&
			    !(strchr(".,:;", s[p - 1]) && isalpha((unsigned char)s[p])))
				brk = p;
			ws_cell_make(s, p, e, &cell);
			if (cell.flags & WS_CELL_SPACE) {
				pending += cell.cols;
			} else if (cols + pending + cell.cols <= width) {
				cols += pending + cell.cols;
				pending = 0;
			} else {
				next = brk != (size_t)-1 ? brk : p > pos ? p : e;
				break;
			}
			p = e;
		}
		pos = next;
		while (pos < n && s[pos] == ' ')
			pos++;
	}
	free(lb);
	free(gb);
	return nstarts;
}

static void
test_short_windows_break_where_the_whole_paragraph_would(void **state)
{
	static const char *texts[] = {
		"The port authority\xe2\x80\x99s chief executive, Daniel Hughes, said that the "
		"offer on the table was \xe2\x80\x9c" "fair and final.\xe2\x80\x9d He told the "
		"Associated Press (AP) that pay had risen 3.5% since Oct. 2 \xe2\x80\x94 twice.",
		"See https://example.org/news/2026/11/harbour-strike?ref=front&lang=en, or "
		"call +1 (555) 010-2030; prices: $3.50, \xe2\x82\xac" "4, 12:30 p.m., e.g. today.",
		"\xe6\x9d\xb1\xe4\xba\xac\xe3\x81\xa7\xe4\xbc\x9a\xe8\xad\xb0\xe3\x80\x82"
		"\xe3\x80\x8c\xe5\x90\x88\xe6\x84\x8f\xe3\x80\x8d\xe3\x81\xa8 Li said "
		"(\xe6\x9d\x8e\xe6\x96\x87\xe5\x86\x9b) \xf0\x9f\x87\xaf\xf0\x9f\x87\xb5 ok "
		"\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 "
		"na\xc3\xafve caf\xc3\xa9 9\xc2\xa0" "a.m. well-known re-elected \xd9\x8a\xd9\x88\xd8\xb3\xd9\x81.",
		/* spaces inside brackets and quotes: LB14-LB17 look back past them */
		"He said ( quietly ) that \" this \" and \xe2\x80\x9c that \xe2\x80\x9d were [ 3 ] of "
		"them , yes ! and ? so \xe2\x80\x94 dash \xe2\x80\x94 and 10 % or $ 5 end ) ( a",
	};

	for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
		struct ws_doc *doc = doc_of(texts[t]);
		size_t n = strlen(texts[t]), want[512];

		for (int width = 1; width <= 120; width++) {
			size_t nwant = reference_line_starts(texts[t], n, width, want, 512);
			struct ws_layout *lay;
			struct ws_error err;

			assert_int_equal(ws_layout_doc(doc, NULL, 0, width, &lay, &err), 0);
			assert_int_equal(lay->nlines, nwant);
			for (size_t i = 0; i < nwant; i++)
				if (lay->runs[lay->lines[i].first_run].start != want[i]) {
					fprintf(stderr, "width %d, line %zu starts at %zu, not %zu\n",
						width, i, lay->runs[lay->lines[i].first_run].start,
						want[i]);
					fail();
				}
			ws_layout_free(lay);
		}
	}
}

/* Each line of lay, with its runs (their bytes moved by `shift`), as a line of numbers on fp. */
static void
print_lines_at(FILE *fp, const struct ws_layout *lay, size_t shift)
{
	for (size_t i = 0; i < lay->nlines; i++) {
		const struct ws_line *line = &lay->lines[i];

		fprintf(fp, "%zu %d %d %u:", line->block, line->indent, line->cols, line->flags);
		for (size_t r = line->first_run; r < line->first_run + line->nruns; r++)
			fprintf(fp, " %zu-%zu/%u/%d/%u", lay->runs[r].start + shift,
				lay->runs[r].end + shift, (unsigned)lay->runs[r].style, lay->runs[r].cols,
				lay->runs[r].flags);
		fputc('\n', fp);
	}
}

static void
print_lines(FILE *fp, const struct ws_layout *lay)
{
	print_lines_at(fp, lay, 0);
}

static int
write_lines(void *arg, const struct ws_layout *lay, struct ws_error *err)
{
	print_lines(arg, lay);
	return 0;
}

static void
test_a_long_paragraph_streams_the_same_lines(void **state)
{
	size_t n = 200000;
	char *src = malloc(n + 1), *whole, *streamed = NULL;
	size_t size = 0;
	struct ws_layout *lay;
	struct ws_error err;
	FILE *fp;

	for (size_t i = 0; i < n; i++)
		src[i] = "lorem ipsum dolor sit amet, consectetur "[i % 40];
	src[n] = 0;
	lay = layout_of(src, 10);
	assert_true(lay->nlines > 2 * WS_LAYOUT_STREAM_LINES);
	fp = open_memstream(&whole, &size);
	print_lines(fp, lay);
	fclose(fp);
	ws_layout_free(lay);

	fp = open_memstream(&streamed, &size);
	lay = ws_layout_new(10);
	ws_layout_stream(lay, write_lines, fp);
	assert_int_equal(ws_layout_block(lay, &fx.doc, 0, NULL, 0, &err), 0);
	assert_true(lay->nlines <= WS_LAYOUT_STREAM_LINES);
	print_lines(fp, lay);
	fclose(fp);
	assert_string_equal(streamed, whole);
	ws_layout_free(lay);
	free(streamed);
	free(whole);
	free(src);
}

/* The lines written so far, and that no batch held more runs than the bound and a line. */
static int
write_lines_checked(void *arg, const struct ws_layout *lay, struct ws_error *err)
{
	(void)err;
	assert_true(lay->nruns < WS_LAYOUT_STREAM_RUNS + 1000);
	print_lines(arg, lay);
	return 0;
}

/*
 * A long paragraph of short styled pieces ("ab cd ef …", a style a
 * word, as a page of short claims is) on wide lines: a few hundred
 * lines hold hundreds of thousands of runs, and the stream hands them
 * over by the runs' bound, not only by the lines'.
 */
static void
test_a_paragraph_of_many_runs_streams_by_runs(void **state)
{
	size_t n = 300000, nstyles = n / 3;
	char *src = malloc(n + 1), *whole, *streamed = NULL;
	struct ws_style_span *styles = calloc(nstyles, sizeof *styles);
	size_t size = 0, batches = 0;
	struct ws_layout *lay;
	struct ws_error err;
	FILE *fp;

	(void)state;
	for (size_t i = 0; i < n; i++)
		src[i] = i % 3 == 2 ? ' ' : (char)('a' + i % 26);
	src[n] = 0;
	for (size_t k = 0; k < nstyles; k++)
		styles[k] = (struct ws_style_span){ (uint32_t)(3 * k), (uint32_t)(3 * k + 2),
						    (uint32_t)(1 + k % 2) };
	doc_of(src);
	lay = ws_layout_new(900);
	assert_int_equal(ws_layout_block(lay, &fx.doc, 0, styles, nstyles, &err), 0);
	assert_true(lay->nlines < WS_LAYOUT_STREAM_LINES);
	assert_true(lay->nruns > 4 * WS_LAYOUT_STREAM_RUNS);
	fp = open_memstream(&whole, &size);
	print_lines(fp, lay);
	fclose(fp);
	ws_layout_free(lay);

	fp = open_memstream(&streamed, &size);
	lay = ws_layout_new(900);
	ws_layout_stream(lay, write_lines_checked, fp);
	assert_int_equal(ws_layout_block(lay, &fx.doc, 0, styles, nstyles, &err), 0);
	assert_true(lay->nruns < WS_LAYOUT_STREAM_RUNS + 1000);
	batches = lay->nlines;
	print_lines(fp, lay);
	fclose(fp);
	assert_true(batches > 0);
	assert_string_equal(streamed, whole);
	ws_layout_free(lay);
	free(streamed);
	free(whole);
	free(styles);
	free(src);
}

/* A feed that cuts a whole block's styles into stretches, and checks what the layout promises. */
struct cut_feed {
	const struct ws_style_span *styles;
	size_t nstyles, stretch, keep, calls;
	struct ws_style_span *out;
};

static const struct ws_style_span *
cut_styles(void *arg, size_t start, size_t keep, size_t *end, size_t *n)
{
	struct cut_feed *f = arg;

	assert_true(keep <= start);
	assert_true(keep >= f->keep);
	f->keep = keep;
	f->calls++;
	*end = start + f->stretch;
	*n = 0;
	free(f->out);
	f->out = calloc(f->nstyles + 1, sizeof *f->out);
	for (size_t i = 0; i < f->nstyles; i++) {
		size_t a = f->styles[i].start > start ? f->styles[i].start : start;
		size_t b = f->styles[i].end < *end ? f->styles[i].end : *end;

		if (a < b)
			f->out[(*n)++] = (struct ws_style_span){ (uint32_t)a, (uint32_t)b,
								 f->styles[i].style };
	}
	return f->out;
}

/*
 * Styles fed a few bytes at a time lay out the same lines as the
 * block's styles given at once: a quotation whose style runs over a
 * line's end, a word longer than the line, a hyphen, CJK and marks.
 */
static void
test_styles_fed_in_stretches_lay_out_the_same_lines(void **state)
{
	const char *src = "Tom said \xe2\x80\x9cthe harbour will open on Monday\xe2\x80\x9d and "
			  "supercalifragilisticexpialidocious ones \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e "
			  "extra\xc2\xad" "ordinary cafe\xcc\x81s, then more\nwords on the next line.";
	struct ws_style_span styles[64];
	size_t nstyles = 0, len = strlen(src);
	static const size_t stretches[] = { 1, 3, 7, 40, 1000 };
	static const int widths[] = { 1, 5, 12, 33, 80 };

	(void)state;
	for (size_t i = 0; i + 3 < len && nstyles < 64; i += 5)
		styles[nstyles++] = (struct ws_style_span){ (uint32_t)i, (uint32_t)(i + 3 + i % 4),
							    (uint32_t)(1 + i % 3) };
	for (size_t k = 1; k < nstyles; k++)
		if (styles[k].start < styles[k - 1].end)
			styles[k].start = styles[k - 1].end;
	for (size_t wi = 0; wi < sizeof widths / sizeof *widths; wi++) {
		for (size_t si = 0; si < sizeof stretches / sizeof *stretches; si++) {
			struct cut_feed feed = { styles, nstyles, stretches[si], 0, 0, NULL };
			struct ws_layout *whole = ws_layout_new(widths[wi]), *fed = ws_layout_new(widths[wi]);
			char *a = NULL, *b = NULL;
			size_t na = 0, nb = 0;
			struct ws_error err;
			FILE *fp;

			doc_of(src);
			assert_int_equal(ws_layout_block(whole, &fx.doc, 0, styles, nstyles, &err), 0);
			assert_int_equal(ws_layout_block_fed(fed, &fx.doc, 0, cut_styles, &feed, &err), 0);
			fp = open_memstream(&a, &na);
			print_lines(fp, whole);
			fclose(fp);
			fp = open_memstream(&b, &nb);
			print_lines(fp, fed);
			fclose(fp);
			assert_string_equal(b, a);
			assert_true(feed.calls > 0);
			if (stretches[si] < 10)
				assert_true(feed.calls > 10);
			free(a);
			free(b);
			free(feed.out);
			ws_layout_free(whole);
			ws_layout_free(fed);
		}
	}
}

/* Where a part's lines go: the file, and the part's first byte in the whole text. */
struct part_sink {
	FILE *fp;
	size_t shift;
};

static int
write_part_lines(void *arg, const struct ws_layout *lay, struct ws_error *err)
{
	struct part_sink *sink = arg;

	(void)err;
	print_lines_at(sink->fp, lay, sink->shift);
	return 0;
}

/*
 * Block 0 of fx.doc laid out in parts of about `stretch` bytes, each a
 * doc of its own text (as the text export's marked copy is made), on fp;
 * returns how many parts it took.
 */
static size_t
layout_in_parts(FILE *fp, int width, size_t stretch, int stream)
{
	const char *s = fx.text.s;
	struct ws_block blk = ws_doc_block(&fx.doc, 0);
	size_t src = blk.span.start, end = blk.span.end, parts = 0, size = stretch;
	struct ws_layout *lay = ws_layout_new(width);
	struct part_sink sink = { fp, 0 };
	int first = 1;

	if (stream)
		ws_layout_stream(lay, write_part_lines, &sink);
	for (;;) {
		size_t e = src + size < end ? src + size : end, nlines = 0;
		struct ws_span lines[64];
		struct ws_text text;
		struct ws_doc doc;
		struct ws_layout_part part = { first, e == end, 0, 0 };
		struct ws_error err;

		while (e < end && ((unsigned char)s[e] & 0xc0) == 0x80)
			e++;
		part.last = e == end;
		/* The part's text, and the block's lines cut to it. */
		memset(&doc, 0, sizeof doc);
		text.s = strndup(s + src, e - src);
		text.len = e - src;
		doc.text = &text;
		for (size_t k = 0; k < blk.nlines; k++) {
			struct ws_span l = ws_block_line(&fx.doc, &blk, k);
			size_t a = l.start > src ? l.start : src, b = l.end < e ? l.end : e;

			if (a < b || (a == b && k + 1 == blk.nlines && nlines == 0)) {
				assert_true(nlines < 64);
				lines[nlines].start = (uint32_t)(a - src);
				lines[nlines].end = (uint32_t)(b - src);
				nlines++;
			}
		}
		ws_doc_add_block(&doc, blk.kind, lines, nlines);
		sink.shift = src;
		ws_layout_clear(lay);
		assert_int_equal(ws_layout_part(lay, &doc, 0, &part, &err), 0);
		print_lines_at(fp, lay, src);
		ws_doc_free_arrays(&doc);
		free(text.s);
		parts++;
		if (part.last)
			break;
		if (!part.progress) {
			size *= 2;
			continue;
		}
		assert_true(part.resume > 0);
		src += part.resume;
		first = 0;
		size = stretch;
	}
	ws_layout_free(lay);
	return parts;
}

/*
 * A block laid out in parts, each in a doc of its own, gives the lines
 * of the whole: words, a word longer than the line, CJK, a combining
 * mark, a soft hyphen, source lines joined; in a paragraph, a block
 * quote (the indent) and a heading (the rule as wide as its widest
 * line); streamed or not.
 */
static void
test_a_block_laid_out_in_parts_gives_the_same_lines(void **state)
{
	static const char *const kinds[] = { "", "> ", "# " };
	static const char words[] =
		"Tom said the harbour will open on Monday and "
		"supercalifragilisticexpialidocious ones \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"
		"\xe6\x97\xa5\xe6\x9c\xac extra\xc2\xad" "ordinary cafe\xcc\x81s [12] [/12] end. ";
	static const size_t stretches[] = { 8, 50, 333, 5000 };
	static const int widths[] = { 1, 7, 30, 80 };

	(void)state;
	for (size_t ki = 0; ki < sizeof kinds / sizeof *kinds; ki++) {
		char src[16384];
		size_t len = 0;

		len += (size_t)snprintf(src + len, sizeof src - len, "%s", kinds[ki]);
		for (int r = 0; r < 70; r++) {
			len += (size_t)snprintf(src + len, sizeof src - len, "%s", words + r % 17);
			if (r % 7 == 6)
				len += (size_t)snprintf(src + len, sizeof src - len, "\n%s", ki == 1 ? "> " : "");
		}
		for (size_t wi = 0; wi < sizeof widths / sizeof *widths; wi++) {
			char *whole = NULL;
			size_t size = 0;
			FILE *fp;
			struct ws_layout *lay;

			doc_of(src);
			fp = open_memstream(&whole, &size);
			lay = ws_layout_new(widths[wi]);
			{
				struct ws_error err;

				assert_int_equal(ws_layout_block(lay, &fx.doc, 0, NULL, 0, &err), 0);
			}
			print_lines(fp, lay);
			fclose(fp);
			ws_layout_free(lay);
			for (size_t si = 0; si < sizeof stretches / sizeof *stretches; si++) {
				for (int stream = 0; stream < 2; stream++) {
					char *parted = NULL;
					size_t psize = 0, nparts;

					fp = open_memstream(&parted, &psize);
					nparts = layout_in_parts(fp, widths[wi], stretches[si], stream);
					fclose(fp);
					assert_string_equal(parted, whole);
					if (stretches[si] < 100)
						assert_true(nparts > 3);
					free(parted);
				}
			}
			free(whole);
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ascii_wraps_at_spaces),
		cmocka_unit_test(test_source_lines_are_joined_by_one_space),
		cmocka_unit_test(test_cjk_breaks_between_ideographs),
		cmocka_unit_test(test_cjk_closing_punctuation_stays_with_its_word),
		cmocka_unit_test(test_combining_marks_stay_with_their_letter),
		cmocka_unit_test(test_zwj_family_is_never_split),
		cmocka_unit_test(test_flags_are_never_split),
		cmocka_unit_test(test_skin_tones_stay_on_their_emoji),
		cmocka_unit_test(test_emoji_run_never_overflows),
		cmocka_unit_test(test_no_break_space_never_breaks),
		cmocka_unit_test(test_soft_hyphen_breaks_with_a_drawn_hyphen),
		cmocka_unit_test(test_soft_hyphen_break_leaves_room_for_the_hyphen),
		cmocka_unit_test(test_urls_break_after_slashes),
		cmocka_unit_test(test_word_longer_than_the_line_breaks_between_clusters),
		cmocka_unit_test(test_width_one_and_two),
		cmocka_unit_test(test_cluster_wider_than_the_line_is_clipped),
		cmocka_unit_test(test_blank_after_a_prepend_stays_in_its_cluster),
		cmocka_unit_test(test_tab_after_a_prepend_is_white_space),
		cmocka_unit_test(test_controls_show_as_placeholders),
		cmocka_unit_test(test_mandatory_break_inside_a_line),
		cmocka_unit_test(test_blocks_are_separated_by_a_blank_line),
		cmocka_unit_test(test_title_and_headings_carry_their_style),
		cmocka_unit_test(test_block_quotes_are_indented_with_a_bar),
		cmocka_unit_test(test_runs_split_at_style_boundaries),
		cmocka_unit_test(test_widths_10_80_200),
		cmocka_unit_test(test_blocks_laid_out_one_by_one_match_the_whole),
		cmocka_unit_test(test_every_line_fits_and_runs_cover_the_text_once),
		cmocka_unit_test(test_random_cluster_mixes_always_fit),
		cmocka_unit_test(test_short_windows_break_where_the_whole_paragraph_would),
		cmocka_unit_test(test_a_long_paragraph_streams_the_same_lines),
		cmocka_unit_test(test_a_paragraph_of_many_runs_streams_by_runs),
		cmocka_unit_test(test_styles_fed_in_stretches_lay_out_the_same_lines),
		cmocka_unit_test(test_a_block_laid_out_in_parts_gives_the_same_lines),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	free(fx.text.s);
	ws_doc_free_arrays(&fx.doc);
	return rc;
}

/* The width rule: how many columns each kind of cluster takes, and what is drawn. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include <unigbrk.h>

#include "whosaid/width.h"

/* The one cell of a string that is a single cluster (draw may point into it: no copies). */
static struct ws_cell *
cell_of(const char *s)
{
	static struct ws_cell cell;
	size_t len = strlen(s);

	assert_int_equal(ws_cluster_end(s, len, 0), len);
	ws_cell_make(s, 0, len, &cell);
	return &cell;
}

/* Number of clusters in s. */
static int
clusters(const char *s)
{
	struct ws_clusters it;
	struct ws_cell cell;
	int n = 0;

	ws_clusters_init(&it, s, strlen(s), 0);
	while (ws_clusters_next(&it, &cell))
		n++;
	return n;
}

static void
test_ascii_is_one_column_per_character(void **state)
{
	assert_int_equal(ws_width("Hello, world!", 13), 13);
	assert_int_equal(ws_width("", 0), 0);
	assert_int_equal(clusters("abc def"), 7);
}

static void
test_cjk_is_two_columns(void **state)
{
	assert_int_equal(ws_width("日本語", strlen("日本語")), 6);
	assert_int_equal(ws_width("東京 Tokyo", strlen("東京 Tokyo")), 10);
	assert_int_equal(cell_of("ｱ")->cols, 1);	/* halfwidth katakana */
	assert_int_equal(cell_of("Ａ")->cols, 2);	/* fullwidth A */
}

static void
test_combining_marks_add_nothing(void **state)
{
	const char *s = "e\xcc\x81" "a\xcc\x88\xcc\xa3";	/* é, ạ̈ decomposed */

	assert_int_equal(clusters(s), 2);
	assert_int_equal(ws_width(s, strlen(s)), 2);
	assert_int_equal(ws_cluster_end(s, strlen(s), 0), 3);
}

static void
test_zwj_family_is_one_cluster_of_two_columns(void **state)
{
	/* man ZWJ woman ZWJ girl ZWJ boy */
	const char *s = "\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d"
			"\xf0\x9f\x91\xa7\xe2\x80\x8d\xf0\x9f\x91\xa6";

	assert_int_equal(cell_of(s)->cols, 2);
	assert_int_equal(clusters(s), 1);
}

static void
test_flags_are_pairs_of_regional_indicators(void **state)
{
	const char *two = "\xf0\x9f\x87\xab\xf0\x9f\x87\xb7\xf0\x9f\x87\xaf\xf0\x9f\x87\xb5"; /* FR JP */
	const char *odd = "\xf0\x9f\x87\xab\xf0\x9f\x87\xb7\xf0\x9f\x87\xaf";		/* FR J */

	assert_int_equal(clusters(two), 2);
	assert_int_equal(ws_width(two, strlen(two)), 4);
	assert_int_equal(clusters(odd), 2);
	assert_int_equal(ws_width(odd, strlen(odd)), 3);	/* a lone indicator is narrow */
}

static void
test_skin_tone_modifier_joins_its_emoji(void **state)
{
	assert_int_equal(cell_of("\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd")->cols, 2);	/* thumbs up, medium */
	assert_int_equal(cell_of("\xf0\x9f\x91\x8b\xf0\x9f\x8f\xbf")->cols, 2);	/* waving hand, dark */
}

static void
test_vs16_makes_emoji_presentation_wide(void **state)
{
	assert_int_equal(cell_of("\xe2\x98\xba")->cols, 1);		/* ☺ text style */
	assert_int_equal(cell_of("\xe2\x98\xba\xef\xb8\x8f")->cols, 2);	/* ☺ + VS16 */
	assert_int_equal(cell_of("1\xef\xb8\x8f\xe2\x83\xa3")->cols, 2);	/* keycap 1 */
	assert_int_equal(cell_of("\xf0\x9f\x98\x80")->cols, 2);		/* 😀 */
}

static void
test_hangul_jamo_make_one_wide_cluster(void **state)
{
	assert_int_equal(cell_of("\xe1\x84\x80\xe1\x85\xa1")->cols, 2);	/* L + V */
}

static void
test_no_break_space_is_drawn_as_itself(void **state)
{
	struct ws_cell *c = cell_of("\xc2\xa0");

	assert_int_equal(c->cols, 1);
	assert_false(c->flags & WS_CELL_SPACE);
}

static void
test_soft_hyphen_is_invisible(void **state)
{
	struct ws_cell *c = cell_of("\xc2\xad");

	assert_int_equal(c->cols, 0);
	assert_int_equal(c->draw_len, 0);
	assert_true(c->flags & WS_CELL_SOFT_HYPHEN);
}

static void
test_replacement_character_is_marked_invalid(void **state)
{
	struct ws_cell *c = cell_of("\xef\xbf\xbd");

	assert_int_equal(c->cols, 1);
	assert_true(c->flags & WS_CELL_INVALID);
}

static void
test_tab_newline_and_wide_spaces_draw_as_one_space(void **state)
{
	const char *spaces[] = { "\t", "\n", " ", "\xe3\x80\x80", "\xe2\x80\x83", "\xe2\x80\xa8" };

	for (size_t i = 0; i < sizeof spaces / sizeof spaces[0]; i++) {
		struct ws_cell *c = cell_of(spaces[i]);
		assert_true(c->flags & WS_CELL_SPACE);
		assert_int_equal(c->cols, 1);
		assert_int_equal(c->draw_len, 1);
		assert_memory_equal(c->draw, " ", 1);
	}
}

static void
test_every_c0_control_and_del_is_a_caret_placeholder(void **state)
{
	for (int c = 0; c < 0x80; c++) {
		char s[2] = { (char)c, 0 }, want[3] = { '^', (char)(c == 0x7f ? '?' : c + 0x40), 0 };
		struct ws_cell cell;

		if ((c >= 0x20 && c < 0x7f) || c == '\t' || c == '\n' || c == '\r')
			continue;
		ws_cell_make(s, 0, 1, &cell);
		assert_true(cell.flags & WS_CELL_PLACEHOLDER);
		assert_int_equal(cell.cols, 2);
		assert_int_equal(cell.draw_len, 2);
		assert_memory_equal(cell.draw, want, 2);
	}
	assert_int_equal(ws_width("a\x1b[31mb", 7), 8);	/* ^[ [31m */
}

static void
test_every_c1_control_is_a_code_point_placeholder(void **state)
{
	for (unsigned c = 0x80; c < 0xa0; c++) {
		char s[3] = { (char)(0xc0 | (c >> 6)), (char)(0x80 | (c & 0x3f)), 0 }, want[16];
		struct ws_cell cell;

		snprintf(want, sizeof want, "<U+%04X>", c);
		ws_cell_make(s, 0, 2, &cell);
		assert_true(cell.flags & WS_CELL_PLACEHOLDER);
		assert_int_equal(cell.cols, 8);
		assert_int_equal(cell.draw_len, 8);
		assert_memory_equal(cell.draw, want, 8);
	}
}

static void
test_every_bidi_control_is_a_code_point_placeholder(void **state)
{
	static const unsigned bidi[] = { 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
					 0x2066, 0x2067, 0x2068, 0x2069 };

	for (size_t i = 0; i < sizeof bidi / sizeof bidi[0]; i++) {
		unsigned c = bidi[i];
		char s[8], want[16];
		struct ws_cell cell;

		snprintf(s, sizeof s, "x%c%c%cy", (char)(0xe0 | (c >> 12)),
			 (char)(0x80 | ((c >> 6) & 0x3f)), (char)(0x80 | (c & 0x3f)));
		snprintf(want, sizeof want, "<U+%04X>", c);
		assert_int_equal(ws_cluster_end(s, 5, 1), 4);	/* a cluster of its own */
		ws_cell_make(s, 1, 4, &cell);
		assert_true(cell.flags & WS_CELL_PLACEHOLDER);
		assert_string_equal(cell.draw, want);
		assert_int_equal(ws_width(s, 5), 10);
	}
}

static void
test_clipping_keeps_a_cell_within_its_columns(void **state)
{
	struct ws_cell *c = cell_of("\xe2\x80\xae");	/* U+202E */

	ws_cell_clip(c, 3);
	assert_int_equal(c->cols, 3);
	assert_int_equal(c->draw_len, 3);
	assert_memory_equal(c->draw, "<U+", 3);
	c = cell_of("日");
	ws_cell_clip(c, 1);
	assert_int_equal(c->cols, 1);
	assert_int_equal(c->draw_len, 1);
	assert_memory_equal(c->draw, "?", 1);
	c = cell_of("a");
	ws_cell_clip(c, 1);
	assert_memory_equal(c->draw, "a", 1);
}

static void
test_trailing_white_space_is_trimmed(void **state)
{
	const char *s = "ab \t\xe3\x80\x80 ";

	assert_int_equal(ws_trim_space_end(s, 0, strlen(s)), 2);
	assert_int_equal(ws_trim_space_end("a\xc2\xa0", 0, 3), 3);	/* NBSP stays */
	assert_int_equal(ws_trim_space_end("   ", 1, 3), 1);
}

static void
test_a_thousand_combining_marks_are_one_cluster(void **state)
{
	char s[1 + 2 * 1000 + 2];
	size_t n = 0;

	s[n++] = 'a';
	for (int i = 0; i < 1000; i++) {
		s[n++] = (char)0xcc;
		s[n++] = (char)0x81;
	}
	s[n++] = 'b';
	s[n] = 0;
	assert_int_equal(ws_cluster_end(s, n, 0), n - 1);
	assert_int_equal(ws_width(s, n), 2);
	assert_int_equal(clusters(s), 2);
}

/* The walk finds exactly the clusters u8_grapheme_breaks finds on the whole text. */
static void
test_cluster_walk_agrees_with_libunistring(void **state)
{
	static const char *texts[] = {
		"Plain ASCII, with punctuation: (a) \"b\" 'c'.",
		"Le ministre a d\xc3\xa9" "clar\xc3\xa9 \xe2\x80\x9cnon\xe2\x80\x9d \xe2\x80\x94 point.",
		"\xe4\xb8\xad\xe6\x96\x87\xe6\x96\xb0\xe9\x97\xbb, e\xcc\x81t\xc3\xa9 \xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd!",
		"\xf0\x9f\x87\xab\xf0\x9f\x87\xb7\xf0\x9f\x87\xa9\xf0\x9f\x87\xaa\xf0\x9f\x87\xaf x",
		"\xf0\x9f\x91\xa8\xe2\x80\x8d\xf0\x9f\x91\xa9\xe2\x80\x8d\xf0\x9f\x91\xa7 family #\xef\xb8\x8f\xe2\x83\xa3",
		"\xe0\xa4\xa8\xe0\xa4\xae\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa5\x87 \xe0\xb8\x81\xe0\xb8\xb3",
		/* Hangul jamo L V T, a syllable and T, Prepend before a letter, CR LF */
		"\xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8 \xea\xb0\x80\xe1\x86\xa8 \xd8\x80" "1 x\r\ny",
		/* ZWJ and VS16 after letters, a lone ZWJ, emoji after emoji, RI after a letter */
		"a\xe2\x80\x8d" "b \xe2\x80\x8d \xf0\x9f\x98\x80\xf0\x9f\x98\x80 x\xf0\x9f\x87\xab\xf0\x9f\x87\xb7y"
		" \xe2\x9d\xa4\xef\xb8\x8f\xe2\x80\x8d\xf0\x9f\x94\xa5 \xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0",
	};

	for (size_t t = 0; t < sizeof texts / sizeof texts[0]; t++) {
		const char *s = texts[t];
		size_t n = strlen(s);
		char brk[256];
		struct ws_clusters it;
		struct ws_cell cell;
		size_t pos = 0;

		u8_grapheme_breaks((const uint8_t *)s, n, brk);
		ws_clusters_init(&it, s, n, 0);
		while (ws_clusters_next(&it, &cell)) {
			assert_int_equal(cell.start, pos);
			for (size_t i = pos + 1; i < cell.end; i++)
				assert_int_equal(brk[i], 0);
			if (cell.end < n)
				assert_int_equal(brk[cell.end], 1);
			pos = cell.end;
		}
		assert_int_equal(pos, n);
	}
}

/*
 * Stretches with no ASCII in them, longer than the walk's window of
 * grapheme breaks, shifted byte by byte so that a window ends inside
 * every part of a flag and of a ZWJ sequence: the walk still finds the
 * clusters of the whole text (a flag's second regional indicator once
 * paired with the next flag).
 */
static void
test_cluster_walk_agrees_across_window_ends(void **state)
{
	static const char *units[] = {
		"\xf0\x9f\x87\xa8\xf0\x9f\x87\xb3",	/* flag CN */
		"\xf0\x9f\x8f\xb3\xef\xb8\x8f\xe2\x80\x8d\xf0\x9f\x8c\x88",	/* rainbow flag */
		"\xf0\x9f\x91\x8d\xf0\x9f\x8f\xbd",	/* thumbs up, skin tone */
	};
	char s[1024], brk[1024];

	for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
		for (size_t shift = 0; shift < 16; shift++) {
			size_t n = 0, pos = 0;
			struct ws_clusters it;
			struct ws_cell cell;

			for (size_t k = 0; k < shift; k++)	/* shift by 2-byte letters, and one 3-byte */
				n += (size_t)snprintf(s + n, sizeof s - n, k % 4 == 3 ? "\xe4\xb8\xad" : "\xc3\xa9");
			while (n + strlen(units[u]) < 600)
				n += (size_t)snprintf(s + n, sizeof s - n, "%s", units[u]);
			u8_grapheme_breaks((const uint8_t *)s, n, brk);
			ws_clusters_init(&it, s, n, 0);
			while (ws_clusters_next(&it, &cell)) {
				assert_int_equal(cell.start, pos);
				for (size_t i = pos + 1; i < cell.end; i++)
					assert_int_equal(brk[i], 0);
				if (cell.end < n)
					assert_int_equal(brk[cell.end], 1);
				pos = cell.end;
			}
			assert_int_equal(pos, n);
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ascii_is_one_column_per_character),
		cmocka_unit_test(test_cjk_is_two_columns),
		cmocka_unit_test(test_combining_marks_add_nothing),
		cmocka_unit_test(test_zwj_family_is_one_cluster_of_two_columns),
		cmocka_unit_test(test_flags_are_pairs_of_regional_indicators),
		cmocka_unit_test(test_skin_tone_modifier_joins_its_emoji),
		cmocka_unit_test(test_vs16_makes_emoji_presentation_wide),
		cmocka_unit_test(test_hangul_jamo_make_one_wide_cluster),
		cmocka_unit_test(test_no_break_space_is_drawn_as_itself),
		cmocka_unit_test(test_soft_hyphen_is_invisible),
		cmocka_unit_test(test_replacement_character_is_marked_invalid),
		cmocka_unit_test(test_tab_newline_and_wide_spaces_draw_as_one_space),
		cmocka_unit_test(test_every_c0_control_and_del_is_a_caret_placeholder),
		cmocka_unit_test(test_every_c1_control_is_a_code_point_placeholder),
		cmocka_unit_test(test_every_bidi_control_is_a_code_point_placeholder),
		cmocka_unit_test(test_clipping_keeps_a_cell_within_its_columns),
		cmocka_unit_test(test_trailing_white_space_is_trimmed),
		cmocka_unit_test(test_a_thousand_combining_marks_are_one_cluster),
		cmocka_unit_test(test_cluster_walk_agrees_with_libunistring),
		cmocka_unit_test(test_cluster_walk_agrees_across_window_ends),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/* Extracting the article from Markdown: blocks stay blocks, markup goes. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "whosaid/extract.h"

static struct ws_extract *
extract_n(const char *md, size_t len)
{
	struct ws_extract *ex = NULL;
	struct ws_error err = { "" };

	if (ws_extract_markdown(md, len, &ex, &err) < 0)
		fail_msg("extraction failed: %s", err.msg);
	assert_non_null(ex);
	assert_int_equal(strlen(ex->text), ex->len);
	return ex;
}

static void
assert_md(const char *md, const char *want)
{
	struct ws_extract *ex = extract_n(md, strlen(md));

	assert_string_equal(ex->text, want);
	ws_extract_free(ex);
}

static void
test_opening_h1_is_the_title_and_other_headings_stay_blocks(void **state)
{
	struct ws_extract *ex;
	static const char md[] = "# Dam repairs begin\n\nWork started on Monday.\n\n## Cost\n\n"
	    "It will cost a lot.\n";

	(void)state;
	ex = extract_n(md, sizeof md - 1);
	assert_string_equal(ex->title, "Dam repairs begin");
	assert_string_equal(ex->text,
	    "Dam repairs begin\n\nWork started on Monday.\n\nCost\n\nIt will cost a lot.\n");
	ws_extract_free(ex);
	/* An <h1> after the first paragraph is only a heading. */
	assert_md("Intro line.\n\nSetext heading\n==============\n\nBody.\n",
	    "Intro line.\n\nSetext heading\n\nBody.\n");
}

static void
test_emphasis_becomes_plain_text_and_links_keep_their_text(void **state)
{
	(void)state;
	assert_md("The *mayor* said **no** to the ~~plan~~ in [a letter](https://x.example/l \"t\") "
	    "and <https://y.example>; see `code` and ![a photo of the mayor](m.jpg).\n",
	    "The mayor said no to the plan in a letter and https://y.example; see code and .\n");
}

static void
test_block_quotes_become_lines_starting_with_a_marker(void **state)
{
	(void)state;
	assert_md("She wrote:\n\n> We will not\n> give up.\n>\n> Never.\n>\n> > Nested.\n\nAfter.\n",
	    "She wrote:\n\n> We will not give up.\n\n> Never.\n\n> > Nested.\n\nAfter.\n");
}

static void
test_hard_breaks_break_the_line_and_soft_breaks_join(void **state)
{
	(void)state;
	assert_md("One line  \nnext line\\\nthird\nsoft joined\n", "One line\nnext line\nthird soft joined\n");
}

static void
test_html_blocks_and_inline_html_are_dropped(void **state)
{
	(void)state;
	assert_md("<div class=\"ad\">\n<p>Buy now</p>\n</div>\n\nA <span>plain</span> word.<!-- c -->\n",
	    "A plain word.\n");
}

static void
test_code_blocks_lists_and_tables_are_paragraphs(void **state)
{
	(void)state;
	assert_md("```\nfenced  code\nsecond line\n```\n\n    indented code\n\n"
	    "- first item\n- second item\n\n1. numbered\n\n"
	    "| a | b |\n|---|---|\n| c | d |\n",
	    "fenced code second line\n\nindented code\n\nfirst item\n\nsecond item\n\nnumbered\n\n"
	    "a b\n\nc d\n");
}

static void
test_entities_are_decoded(void **state)
{
	(void)state;
	assert_md("Fish &amp; chips &pound;5 &#8212; &#x201C;ok&#x201D; &#0; &bogus;\n",
	    "Fish & chips \xc2\xa3" "5 \xe2\x80\x94 \xe2\x80\x9cok\xe2\x80\x9d \xef\xbf\xbd &bogus;\n");
}

static void
test_front_matter_gives_title_author_and_date(void **state)
{
	struct ws_extract *ex;
	static const char md[] =
	    "---\n"
	    "title: \"Council backs night market\"\n"
	    "author: By Rhea Moss\n"
	    "date: 2026-05-01T10:00:00Z\n"
	    "publisher: 'Town Crier'\n"
	    "tags: [a, b]\n"
	    "---\n"
	    "# Council backs night market\n"
	    "\n"
	    "The council voted for it.\n";

	(void)state;
	ex = extract_n(md, sizeof md - 1);
	assert_string_equal(ex->title, "Council backs night market");
	assert_string_equal(ex->byline, "Rhea Moss");
	assert_string_equal(ex->date, "2026-05-01");
	assert_string_equal(ex->publisher, "Town Crier");
	assert_string_equal(ex->text,
	    "Council backs night market\n\nBy Rhea Moss \xc2\xb7 2026-05-01\n\n"
	    "The council voted for it.\n");
	ws_extract_free(ex);
	/* a thematic break that never closes is not front matter */
	assert_md("---\ntext after a rule\n", "text after a rule\n");
}

static void
test_nul_bytes_become_replacement_characters(void **state)
{
	static const char md[] = "a\0b `c\0d`\n";
	struct ws_extract *ex;

	(void)state;
	ex = extract_n(md, sizeof md - 1);
	assert_string_equal(ex->text, "a\xef\xbf\xbd" "b c\xef\xbf\xbd" "d\n");
	ws_extract_free(ex);
}

/* md4c 0.4.8 reported a run ending past this file (found by fuzzing). */
static void
test_a_file_md4c_overruns_is_read_within_its_bounds(void **state)
{
	static const char md[] =
	    "\x23\x20\x54\x0a\x1a\x3e\x20\x71\x23\xfd\xfd\x21\x5d\x0a\x0a\x2a\x61\x2a"
	    "\x71\x0a\x0a\x2a\x61\x2a\x20\x5b\x62\x41\x5d\xcb\x0c\x5d\x5d\x28\x63\x28"
	    "\x7c\x20\x64\x20\x21\x5d\x0c\x21\x5d\x0c\x5d\x28\x2e\x2e\x01\x09\x29\x32"
	    "\x21\x5b\x64\x2e\x0c\x5d\x28\x65\xff\xff\xff\xff\x3a";
	char *copy = malloc(sizeof md - 1);
	struct ws_extract *ex;

	(void)state;
	assert_non_null(copy);
	memcpy(copy, md, sizeof md - 1);	/* exactly as long, for ASan */
	ex = extract_n(copy, sizeof md - 1);
	ws_extract_free(ex);
	free(copy);
}

static void
test_empty_input_gives_empty_text(void **state)
{
	struct ws_extract *ex;

	(void)state;
	ex = extract_n("", 0);
	assert_int_equal(ex->len, 0);
	ws_extract_free(ex);
	ex = extract_n("<!-- only a comment -->\n", 24);
	assert_int_equal(ex->len, 0);
	ws_extract_free(ex);
}

static void
test_50000_deep_quotes_and_lists_do_not_crash(void **state)
{
	size_t n = 50000;
	char *md = malloc(2 * n + 16);
	struct ws_extract *ex;

	(void)state;
	assert_non_null(md);
	for (size_t i = 0; i < n; i++)
		md[2 * i] = '>', md[2 * i + 1] = ' ';
	strcpy(md + 2 * n, "deep\n");
	ex = extract_n(md, strlen(md));
	assert_non_null(strstr(ex->text, "deep"));
	ws_extract_free(ex);
	for (size_t i = 0; i < n; i++)
		md[2 * i] = '[', md[2 * i + 1] = '*';
	strcpy(md + 2 * n, "x\n");
	ex = extract_n(md, strlen(md));
	ws_extract_free(ex);
	free(md);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_opening_h1_is_the_title_and_other_headings_stay_blocks),
		cmocka_unit_test(test_emphasis_becomes_plain_text_and_links_keep_their_text),
		cmocka_unit_test(test_block_quotes_become_lines_starting_with_a_marker),
		cmocka_unit_test(test_hard_breaks_break_the_line_and_soft_breaks_join),
		cmocka_unit_test(test_html_blocks_and_inline_html_are_dropped),
		cmocka_unit_test(test_code_blocks_lists_and_tables_are_paragraphs),
		cmocka_unit_test(test_entities_are_decoded),
		cmocka_unit_test(test_front_matter_gives_title_author_and_date),
		cmocka_unit_test(test_nul_bytes_become_replacement_characters),
		cmocka_unit_test(test_a_file_md4c_overruns_is_read_within_its_bounds),
		cmocka_unit_test(test_empty_input_gives_empty_text),
		cmocka_unit_test(test_50000_deep_quotes_and_lists_do_not_crash),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

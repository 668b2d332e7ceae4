/*
 * The segmentation of the shared reference article, pinned.  The article
 * is read from $WS_SHARED and never copied here: the test checks counts,
 * kinds and the first words of a few sentences.  SKIP (77) without it.
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
#include <unistd.h>

#include "whosaid/segment.h"

#define SKIP_STATUS 77

static char path[4096];
static struct ws_text *text;
static struct ws_doc *doc;

static int
setup(void **state)
{
	struct ws_error err;

	if (ws_text_load(path, 0, &text, &err) < 0 ||
	    ws_segment(text, NULL, &doc, &err) < 0) {
		fprintf(stderr, "%s\n", err.msg);
		return -1;
	}
	return 0;
}

static int
teardown(void **state)
{
	ws_doc_free(doc);
	ws_text_free(text);
	return 0;
}

static int
starts_with(struct ws_span sp, const char *prefix)
{
	size_t n = strlen(prefix);

	return sp.end - sp.start >= n && memcmp(text->s + sp.start, prefix, n) == 0;
}

static size_t
count_kind(enum ws_block_kind kind)
{
	size_t i, n = 0;

	for (i = 0; i < doc->nblocks; i++)
		n += ws_doc_block_kind(doc, i) == kind;
	return n;
}

static void
first_line_is_the_title(void **state)
{
	assert_int_equal(ws_doc_block_kind(doc, 0), WS_BLOCK_TITLE);
	assert_true(starts_with(ws_doc_block_span(doc, 0), "John Kerry Discloses"));
	assert_int_equal(count_kind(WS_BLOCK_TITLE), 1);
}

static void
two_headings_in_their_places(void **state)
{
	assert_int_equal(count_kind(WS_BLOCK_HEADING), 2);
	assert_int_equal(ws_doc_block_kind(doc, 3), WS_BLOCK_HEADING);
	assert_true(starts_with(ws_doc_block_span(doc, 3), "‘More"));
	assert_int_equal(ws_doc_block_kind(doc, 9), WS_BLOCK_HEADING);
	assert_true(starts_with(ws_doc_block_span(doc, 9), "Lowest"));
}

static void
eleven_paragraphs_and_no_quotes(void **state)
{
	assert_int_equal(doc->nblocks, 14);
	assert_int_equal(count_kind(WS_BLOCK_PARAGRAPH), 11);
	assert_int_equal(count_kind(WS_BLOCK_QUOTE), 0);
	assert_int_equal(doc->nlines, 14);
}

static void
fifteen_sentences(void **state)
{
	assert_int_equal(doc->nsentences, 15);
}

static void
one_paragraph_has_two_sentences(void **state)
{
	const struct ws_block bl = ws_doc_block(doc, 5);

	assert_int_equal(bl.nsentences, 2);
	assert_true(starts_with(ws_sentence_span(doc, bl.first_sentence), "The outlet"));
	assert_true(starts_with(ws_sentence_span(doc, bl.first_sentence + 1), "This is"));
}

static void
us_abbreviation_does_not_split(void **state)
{
	/* "... on the basis of U.S. commitment ..." and "... to the U.S. ever since ..." */
	assert_int_equal(ws_doc_block(doc, 7).nsentences, 1);
	assert_int_equal(ws_doc_block(doc, 13).nsentences, 1);
	assert_true(starts_with(ws_sentence_span(doc, 14), "No top-ranking"));
}

static void
every_sentence_of_a_paragraph_ends_with_a_full_stop(void **state)
{
	size_t i;

	for (i = 0; i < doc->nsentences; i++) {
		if (ws_doc_block_kind(doc, ws_sentence_block(doc, i)) != WS_BLOCK_PARAGRAPH)
			continue;
		assert_int_equal(text->s[ws_sentence_end(doc, i) - 1], '.');
	}
}

static void
tokens_are_pinned(void **state)
{
	assert_int_equal(doc->ntokens, 392);
}

int
main(void)
{
	const char *shared = getenv("WS_SHARED");
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(first_line_is_the_title),
		cmocka_unit_test(two_headings_in_their_places),
		cmocka_unit_test(eleven_paragraphs_and_no_quotes),
		cmocka_unit_test(fifteen_sentences),
		cmocka_unit_test(one_paragraph_has_two_sentences),
		cmocka_unit_test(us_abbreviation_does_not_split),
		cmocka_unit_test(every_sentence_of_a_paragraph_ends_with_a_full_stop),
		cmocka_unit_test(tokens_are_pinned),
	};

	if (shared == NULL || *shared == '\0')
		return SKIP_STATUS;
	snprintf(path, sizeof path, "%s/articles/kerry-china.txt", shared);
	if (access(path, R_OK) != 0)
		return SKIP_STATUS;
	return cmocka_run_group_tests(tests, setup, teardown);
}

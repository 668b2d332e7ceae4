/*
 * The shortcuts taken for speed give the results of the long way:
 * blocks-only segmentation finds the blocks and lines of the full one.
 * Texts are written for these tests.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "whosaid/segment.h"

static void
assert_same_blocks(const char *s)
{
	struct ws_error err;
	struct ws_text *text;
	struct ws_doc *full, *blocks;

	assert_int_equal(ws_text_from_bytes("t", s, strlen(s), 0, &text, &err), 0);
	assert_int_equal(ws_segment(text, &full, &err), 0);
	assert_int_equal(ws_segment_blocks(text, &blocks, &err), 0);
	assert_int_equal(blocks->nblocks, full->nblocks);
	assert_int_equal(blocks->nlines, full->nlines);
	assert_int_equal(blocks->nsentences, 0);
	assert_int_equal(blocks->ntokens, 0);
	for (size_t i = 0; i < full->nblocks; i++) {
		assert_int_equal(blocks->blocks[i].kind, full->blocks[i].kind);
		assert_int_equal(blocks->blocks[i].span.start, full->blocks[i].span.start);
		assert_int_equal(blocks->blocks[i].span.end, full->blocks[i].span.end);
		assert_int_equal(blocks->blocks[i].first_line, full->blocks[i].first_line);
		assert_int_equal(blocks->blocks[i].nlines, full->blocks[i].nlines);
		assert_int_equal(blocks->blocks[i].nsentences, 0);
	}
	for (size_t i = 0; i < full->nlines; i++) {
		assert_int_equal(blocks->lines[i].start, full->lines[i].start);
		assert_int_equal(blocks->lines[i].end, full->lines[i].end);
	}
	ws_doc_free(full);
	ws_doc_free(blocks);
	ws_text_free(text);
}

static void
blocks_only_segmentation_finds_the_same_blocks_and_lines(void **state)
{
	(void)state;
	assert_same_blocks("");
	assert_same_blocks("\n\n  \n");
	assert_same_blocks("Ferry Fares Rise Again\n\nBy Ana Ruiz\n\n"
	    "The operator said on Monday that fares\nwould rise by 4%.\n\n"
	    "> “We had no choice,” its chair said.\n> Critics disagreed.\n\n"
	    "What Comes Next\n\nA vote is due in May.\n");
	assert_same_blocks("One line per paragraph.\nAnother one, “quoted”.\nA third.");
	assert_same_blocks("\xef\xbb\xbfTitle\r\n\r\nBody text\r\nwrapped.\r\n");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(blocks_only_segmentation_finds_the_same_blocks_and_lines),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

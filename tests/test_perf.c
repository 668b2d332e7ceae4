/*
 * The shortcuts taken for speed give the results of the long way:
 * blocks-only segmentation finds the blocks and lines of the full one;
 * word lists looked up by key answer as a scan of the list does.  Texts
 * are written for these tests.
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "whosaid/segment.h"
#include "analyze_int.h"

static void
assert_same_blocks(const char *s)
{
	struct ws_error err;
	struct ws_text *text;
	struct ws_doc *full, *blocks;

	assert_int_equal(ws_text_from_bytes("t", s, strlen(s), 0, &text, &err), 0);
	assert_int_equal(ws_segment(text, NULL, &full, &err), 0);
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

static const char *const short_words[] = { "a", "an", "the", "of", "said", NULL };
static const char *const long_words[] = {
	"although", "because", "afterwards", "yesterday", "the", NULL,
};

/* Whether token k is one of `words`, by the long way. */
static int
scanned(const struct an_ctx *ctx, size_t k, const char *const *words)
{
	size_t len;
	const char *t = an_text(ctx, k, &len);

	if (!(ctx->tok[k].flags & WS_TOK_WORD))
		return 0;
	for (; *words != NULL; words++)
		if (strlen(*words) == len && strncasecmp(t, *words, len) == 0)
			return 1;
	return 0;
}

static void
word_lists_by_key_answer_as_a_scan(void **state)
{
	const char *s = "The mayor SAID, at 9 a.m. (an hour early), that \"the\" "
	    "Theatre of Although would open ALTHOUGH nobody said a word; "
	    "the.the an’ A. Said Yesterday afterwards: “the”.";
	struct ws_error err;
	struct ws_text *text;
	struct ws_doc *doc;
	struct an_ctx ctx;

	(void)state;
	assert_int_equal(ws_text_from_bytes("t", s, strlen(s), 0, &text, &err), 0);
	assert_int_equal(ws_segment(text, NULL, &doc, &err), 0);
	memset(&ctx, 0, sizeof ctx);
	ctx.s = text->s;
	ctx.tok = doc->tokens;
	ctx.ntok = doc->ntokens;
	ctx.ti = calloc(doc->ntokens, sizeof *ctx.ti);
	ctx.wordlists = calloc(1, sizeof *ctx.wordlists);
	assert_non_null(ctx.ti);
	assert_non_null(ctx.wordlists);
	for (size_t k = 0; k < ctx.ntok; k++) {
		size_t len;
		const char *t = an_text(&ctx, k, &len);

		ctx.ti[k].key = (ctx.tok[k].flags & WS_TOK_WORD) ? lex_key(t, len) : 0;
	}
	for (size_t k = 0; k < ctx.ntok; k++) {
		assert_int_equal(an_in_list(&ctx, k, short_words), scanned(&ctx, k, short_words));
		assert_int_equal(an_in_list(&ctx, k, long_words), scanned(&ctx, k, long_words));
	}
	assert_int_equal(an_in_list(&ctx, ctx.ntok, short_words), 0);
	an_wordlists_free(ctx.wordlists);
	ctx.wordlists = NULL;		/* out of memory for tables: the lists are scanned */
	for (size_t k = 0; k < ctx.ntok; k++)
		assert_int_equal(an_in_list(&ctx, k, short_words), scanned(&ctx, k, short_words));
	free(ctx.ti);
	ws_doc_free(doc);
	ws_text_free(text);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(blocks_only_segmentation_finds_the_same_blocks_and_lines),
		cmocka_unit_test(word_lists_by_key_answer_as_a_scan),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

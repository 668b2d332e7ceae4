/*
 * The shortcuts taken for speed give the results of the long way:
 * blocks-only segmentation finds the blocks and lines of the full one;
 * a token's word kinds, looked up once, answer as a scan of their words.  Texts
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

static const char *const articles[] = { "a", "an", "the", NULL };
static const char *const forms_of_say[] = { "say", "says", "said", NULL };

/*
 * Whether token k is one of `words`, by the long way: the whole token, in
 * any case, unless a non-ASCII byte is glued to its end ("the”").
 */
static int
scanned(const struct an_ctx *ctx, size_t k, const char *const *words)
{
	size_t len, end = ws_token_end(&ctx->tok[k]);
	const char *t = an_text(ctx, k, &len);

	if (!ws_token_is(&ctx->tok[k], WS_TOK_WORD) || (unsigned char)ctx->s[end] >= 0x80)
		return 0;
	for (; *words != NULL; words++)
		if (strlen(*words) == len && strncasecmp(t, *words, len) == 0)
			return 1;
	return 0;
}

static void
word_kinds_looked_up_once_answer_as_a_scan(void **state)
{
	const char *s = "The mayor SAID, at 9 a.m. (an hour early), that \"the\" "
	    "Theatre of Although would open ALTHOUGH nobody said a word; "
	    "the.the an’ A. Said Yesterday afterwards: “the” says.";
	struct ws_error err;
	struct ws_lexicon *lex;
	struct ws_text *text;
	struct ws_doc *doc;
	struct an_ctx ctx;
	struct ws_analysis an = { 0 };
	size_t glued = 0;

	(void)state;
	assert_int_equal(ws_lexicon_builtin(&lex, &err), 0);
	assert_int_equal(ws_text_from_bytes("t", s, strlen(s), 0, &text, &err), 0);
	assert_int_equal(ws_segment(text, lex, &doc, &err), 0);
	memset(&ctx, 0, sizeof ctx);
	ctx.lex = lex;
	ctx.an = &an;
	ctx.s = text->s;
	ctx.tok = doc->tokens;
	ctx.ntok = doc->ntokens;
	ctx.ti = calloc(doc->ntokens, sizeof *ctx.ti);
	assert_non_null(ctx.ti);
	/* Repeated words ("the", "said" in three cases) are read from the memo. */
	ctx.memo = calloc((size_t)AN_MEMO_WAYS << AN_MEMO_BITS, sizeof *ctx.memo);
	assert_non_null(ctx.memo);
	an_scan_tokens(&ctx);
	for (size_t k = 0; k < ctx.ntok; k++) {
		assert_int_equal(tok_has(&ctx, k, W_ARTICLE), scanned(&ctx, k, articles));
		assert_int_equal(tok_has(&ctx, k, W_VERB_SAY), scanned(&ctx, k, forms_of_say));
		glued += (unsigned char)ctx.s[ws_token_end(&ctx.tok[k])] >= 0x80 &&
			 ws_token_len(&ctx.tok[k]) == 3 && strncmp(an_text(&ctx, k, &(size_t){0}), "the", 3) == 0;
	}
	assert_int_equal(glued, 1);		/* "the”": no article */
	assert_false(tok_has(&ctx, ctx.ntok, W_ARTICLE));
	free(ctx.ti);
	free(ctx.memo);
	ws_doc_free(doc);
	ws_text_free(text);
	ws_lexicon_free(lex);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(blocks_only_segmentation_finds_the_same_blocks_and_lines),
		cmocka_unit_test(word_kinds_looked_up_once_answer_as_a_scan),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

/*
 * The shortcuts taken for speed give the results of the long way:
 * blocks-only segmentation finds the blocks and lines of the full one;
 * a token's word kinds, looked up once, answer as a scan of their words;
 * claims sorted by merging their runs come in a stable sort's order; a
 * search from a guess finds what the search from scratch finds.
 * Texts are written for these tests.
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

#include "whosaid/search.h"
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
		const struct ws_block a = ws_doc_block(blocks, i), b = ws_doc_block(full, i);

		assert_int_equal(a.kind, b.kind);
		assert_int_equal(a.span.start, b.span.start);
		assert_int_equal(a.span.end, b.span.end);
		assert_int_equal(a.nlines, b.nlines);
		assert_int_equal(a.nsentences, 0);
		for (size_t k = 0; k < a.nlines; k++) {
			assert_int_equal(ws_block_line(blocks, &a, k).start, ws_block_line(full, &b, k).start);
			assert_int_equal(ws_block_line(blocks, &a, k).end, ws_block_line(full, &b, k).end);
		}
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

static int
at_most(const void *element, size_t x)
{
	return *(const unsigned *)element <= x;
}

/*
 * A search from a guess (ws_search_from) answers as the search from
 * scratch, from every guess, on arrays of every length up to 70 with runs
 * of equal values, for values below, between, on and above theirs.
 */
static void
search_from_a_guess_answers_as_from_scratch(void **state)
{
	unsigned a[70];

	(void)state;
	for (size_t n = 0; n <= 70; n++) {
		for (size_t i = 0; i < n; i++)
			a[i] = (unsigned)(2 * i - i % 3);	/* in order, some equal */
		for (size_t x = 0; x <= 2 * n + 2; x++)
			for (size_t from = 0; from <= n + 2; from++)
				assert_int_equal(ws_search_from(a, n, sizeof *a, x, at_most, from),
						 ws_search(a, n, sizeof *a, x, at_most));
	}
}

/* The long way: an insertion sort, stable. */
static void
insertion_sorted(struct ws_claim *c, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct ws_claim x = c[i];
		size_t j = i;

		for (; j > 0 && (c[j - 1].content.start > x.content.start ||
				 (c[j - 1].content.start == x.content.start &&
				  c[j - 1].cue.start > x.cue.start)); j--)
			c[j] = c[j - 1];
		c[j] = x;
	}
}

/*
 * Claims sorted by merging the runs they come in give the order of a
 * stable sort: by content start, then cue start, and claims equal in
 * both in the order they came (told apart here by content.end).  Runs
 * of every shape: in order with a tail added after, reversed, in pieces,
 * keys drawn from a few values so that ties are many, and runs of 10
 * that overlap the next by 2 (sentences, whose merges move only that).
 */
static void
claims_sorted_by_runs_as_a_stable_sort(void **state)
{
	enum { N = 300 };
	static struct ws_claim got[N], want[N];
	uint64_t r = 7;

	(void)state;
	for (int shape = 0; shape < 5; shape++) {
		for (size_t n = 0; n <= N; n += 37) {
			for (size_t i = 0; i < n; i++) {
				uint32_t key;

				r = r * 6364136223846793005ull + 1442695040888963407ull;
				key = (uint32_t)(r >> 33);
				switch (shape) {
				case 0: key = i < n - n / 5 ? (uint32_t)i : key % (uint32_t)n; break;
				case 1: key = (uint32_t)(n - i); break;
				case 2: key = (uint32_t)(i % 23); break;
				case 3: key = (uint32_t)(i / 10 * 8 + i % 10); break;
				default: key %= 5; break;
				}
				memset(&got[i], 0, sizeof got[i]);
				got[i].content.start = key;
				got[i].cue.start = (uint32_t)(r >> 40) % 3;
				got[i].content.end = (uint32_t)i;
			}
			memcpy(want, got, n * sizeof *got);
			insertion_sorted(want, n);
			an_sort_claims(got, n);
			for (size_t i = 0; i < n; i++) {
				assert_int_equal(got[i].content.start, want[i].content.start);
				assert_int_equal(got[i].cue.start, want[i].cue.start);
				assert_int_equal(got[i].content.end, want[i].content.end);
			}
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(blocks_only_segmentation_finds_the_same_blocks_and_lines),
		cmocka_unit_test(word_kinds_looked_up_once_answer_as_a_scan),
		cmocka_unit_test(claims_sorted_by_runs_as_a_stable_sort),
		cmocka_unit_test(search_from_a_guess_answers_as_from_scratch),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

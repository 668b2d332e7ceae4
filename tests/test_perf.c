/*
 * The shortcuts taken for speed give the results of the long way:
 * blocks-only segmentation finds the blocks and lines of the full one;
 * the lexicon's lookup by first two words finds what its whole chains do.
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
#include "analyze_int.h"

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

/*
 * At each word of s, the entries that match along the whole chain of
 * the word and among lex_lookup's candidates are the same, in order.
 */
static size_t
assert_lookup_matches_chain(const struct ws_lexicon *lex, const char *s)
{
	size_t len = strlen(s), found = 0;

	for (size_t pos = 0; pos < len; pos++) {
		const struct lex_entry *e, *const *c;
		uint64_t key;
		size_t n = 0;

		if (pos > 0 && s[pos - 1] != ' ' && s[pos - 1] != '\n')
			continue;
		key = lex_key(s + pos, strcspn(s + pos, " \n"));
		c = lex_lookup(lex, key, s, len, pos);
		for (e = lex_chain(lex, key); e != NULL; e = e->next) {
			size_t m = lex_match(e, s, len, pos);

			if (m == 0)
				continue;
			while (*c != NULL && lex_match(*c, s, len, pos) == 0)
				c++;
			if (*c != e)
				fail_msg("at \"%.20s\": \"%s\" is not a candidate", s + pos, e->phrase);
			c++;
			n++;
		}
		while (*c != NULL)
			if (lex_match(*c++, s, len, pos) != 0)
				fail_msg("at \"%.20s\": a candidate the chain does not match", s + pos);
		found += n;
	}
	return found;
}

static void
lexicon_lookup_by_two_words_finds_what_the_chain_does(void **state)
{
	struct ws_lexicon *lex;
	struct ws_error err;
	char spaced[4200];

	(void)state;
	assert_int_equal(ws_lexicon_builtin(&lex, &err), 0);
	assert_true(assert_lookup_matches_chain(lex, "The New York Times said the agency told "
	    "the\nAssociated Press that the Times and THE WASHINGTON POST, the paper and "
	    "the news agency, according to Reuters, had the New York Post wrong. He said; "
	    "she told them and they added, per the ministry, the The the") > 5);
	assert_lookup_matches_chain(lex, "the");
	assert_lookup_matches_chain(lex, "said the");
	/* The second word far away: every entry of the first is a candidate. */
	memset(spaced, ' ', sizeof spaced);
	memcpy(spaced, "the", 3);
	strcpy(spaced + sizeof spaced - 20, "New York Times");
	assert_true(assert_lookup_matches_chain(lex, spaced) > 0);
	ws_lexicon_free(lex);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(blocks_only_segmentation_finds_the_same_blocks_and_lines),
		cmocka_unit_test(lexicon_lookup_by_two_words_finds_what_the_chain_does),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

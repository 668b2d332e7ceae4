/*
 * Segmentation: blocks, lines, sentences and tokens of short texts written
 * for these tests.
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

#include <uniwbrk.h>

#include "whosaid/segment.h"

static struct ws_lexicon *lex;	/* the built-in one, made at the first seg() */
static struct ws_text *text;
static struct ws_doc *doc;

/* Segment `s`; the result stays in `text` and `doc` until teardown. */
static void
seg(const char *s)
{
	struct ws_error err;

	ws_doc_free(doc);
	ws_text_free(text);
	if (lex == NULL)
		assert_int_equal(ws_lexicon_builtin(&lex, &err), 0);
	assert_int_equal(ws_text_from_bytes("t", s, strlen(s), 0, &text, &err), 0);
	assert_int_equal(ws_segment(text, lex, &doc, &err), 0);
}

/* The lines of all blocks of the doc at hand, in order (at most max). */
static size_t
all_lines(struct ws_span *lines, size_t max)
{
	size_t n = 0;

	for (size_t b = 0; b < doc->nblocks; b++) {
		const struct ws_block bl = ws_doc_block(doc, b);

		for (size_t k = 0; k < bl.nlines; k++) {
			assert_true(n < max);
			lines[n++] = ws_block_line(doc, &bl, k);
		}
	}
	assert_int_equal(n, doc->nlines);
	return n;
}

/* Line k of block b of the doc at hand. */
static struct ws_span
line_of(size_t b, size_t k)
{
	const struct ws_block bl = ws_doc_block(doc, b);

	assert_true(k < bl.nlines);
	return ws_block_line(doc, &bl, k);
}

static int
teardown(void **state)
{
	ws_lexicon_free(lex);
	lex = NULL;
	ws_doc_free(doc);
	ws_text_free(text);
	doc = NULL;
	text = NULL;
	return 0;
}

static void
assert_span(struct ws_span sp, const char *want)
{
	size_t n = strlen(want);

	if (sp.end - sp.start != n || memcmp(text->s + sp.start, want, n) != 0)
		fail_msg("got \"%.*s\", want \"%s\"", (int)(sp.end - sp.start),
			 text->s + sp.start, want);
}

/* The sentences of the whole text, in order, NULL-terminated. */
static void
assert_sentences(const char *first, ...)
{
	va_list ap;
	const char *want;
	size_t i = 0;

	va_start(ap, first);
	for (want = first; want != NULL; want = va_arg(ap, const char *)) {
		if (i >= doc->nsentences)
			fail_msg("only %zu sentences; missing \"%s\"", i, want);
		assert_span(ws_sentence_span(doc, i), want);
		i++;
	}
	va_end(ap);
	assert_int_equal(doc->nsentences, i);
}

/* The token that is exactly `word` (the n-th such, from 0). */
static const struct ws_token *
token(const char *word, int nth)
{
	size_t i, n = strlen(word);

	for (i = 0; i < doc->ntokens; i++) {
		struct ws_span sp = ws_token_span(&doc->tokens[i]);

		if (sp.end - sp.start == n &&
		    memcmp(text->s + sp.start, word, n) == 0 && nth-- == 0)
			return &doc->tokens[i];
	}
	fail_msg("no token \"%s\"", word);
	return NULL;
}

#define QUOTE_FLAGS (WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE | \
	WS_TOK_SINGLE_QUOTE | WS_TOK_APOSTROPHE)

static unsigned
quote_flags(const char *word, int nth)
{
	return ws_token_flags(token(word, nth)) & QUOTE_FLAGS;
}

/* ---- blocks ---- */

static void
title_is_a_headline_first_line(void **state)
{
	seg("Port Strike Enters Third Week\n\nDockworkers voted on Monday.\n");
	assert_int_equal(doc->nblocks, 2);
	assert_int_equal(ws_doc_block_kind(doc, 0), WS_BLOCK_TITLE);
	assert_span(ws_doc_block_span(doc, 0), "Port Strike Enters Third Week");
	assert_int_equal(ws_doc_block_kind(doc, 1), WS_BLOCK_PARAGRAPH);
}

static void
first_line_ending_with_a_full_stop_is_no_title(void **state)
{
	seg("Dockworkers voted on Monday.\n\nThey walked out.\n");
	assert_int_equal(ws_doc_block_kind(doc, 0), WS_BLOCK_PARAGRAPH);
}

static void
title_case_first_line_is_a_title_despite_its_full_stop(void **state)
{
	seg("Mayor Calls Port Talks a Waste of Time.\n\nShe said so.\n");
	assert_int_equal(ws_doc_block_kind(doc, 0), WS_BLOCK_TITLE);
	seg("Dockworkers voted on Monday, Reuters said.\n\nThey walked out.\n");
	assert_int_equal(ws_doc_block_kind(doc, 0), WS_BLOCK_PARAGRAPH);
}

static void
title_may_end_with_a_question_mark(void **state)
{
	seg("Will the Port Reopen?\n\nNobody knows.\n");
	assert_int_equal(ws_doc_block_kind(doc, 0), WS_BLOCK_TITLE);
}

static void
long_first_line_is_no_title(void **state)
{
	seg("The dockworkers of the port voted on Monday to stay out for a third "
	    "week while the authority said that its offer was final and that it "
	    "would not be changed whatever the union said or did\n\nNext.\n");
	assert_int_equal(ws_doc_block_kind(doc, 0), WS_BLOCK_PARAGRAPH);
}

static void
headings_are_short_lines_without_closing_punctuation(void **state)
{
	seg("A Title\n\nFirst paragraph.\n\n‘Quiet Days’\n\nSecond one.\n\n"
	    "Lowest Tides\n\nThird one.\n\nNot a heading.\n\nLast.\n");
	assert_int_equal(doc->nblocks, 8);
	assert_int_equal(ws_doc_block_kind(doc, 2), WS_BLOCK_HEADING);
	assert_span(ws_doc_block_span(doc, 2), "‘Quiet Days’");
	assert_int_equal(ws_doc_block_kind(doc, 4), WS_BLOCK_HEADING);
	assert_int_equal(ws_doc_block_kind(doc, 6), WS_BLOCK_PARAGRAPH);
}

static void
short_line_ending_a_quote_with_a_stop_is_no_heading(void **state)
{
	seg("A Title\n\nFirst.\n\n“We won.”\n\nThen.\n");
	assert_int_equal(ws_doc_block_kind(doc, 2), WS_BLOCK_PARAGRAPH);
}

static void
last_line_is_no_heading(void **state)
{
	seg("A Title\n\nFirst paragraph.\n\nReporting by Ana Ruiz\n");
	assert_int_equal(ws_doc_block_kind(doc, 2), WS_BLOCK_PARAGRAPH);
}

static void
lowercase_line_is_no_heading(void **state)
{
	seg("A Title\n\nFirst.\n\nand then some\n\nLast.\n");
	assert_int_equal(ws_doc_block_kind(doc, 2), WS_BLOCK_PARAGRAPH);
}

static void
short_exclamation_is_no_heading(void **state)
{
	seg("A Title\n\nFirst.\n\nNobody Came!\n\nThen.\n");
	assert_int_equal(ws_doc_block_kind(doc, 2), WS_BLOCK_PARAGRAPH);
}

static void
bylines_and_datelines_are_no_headings(void **state)
{
	seg("A Title\n\nBy Ana Ruiz\n\nOSAKA, Japan (Reuters) —\n\nText.\n");
	assert_int_equal(ws_doc_block_kind(doc, 0), WS_BLOCK_TITLE);
	assert_int_equal(ws_doc_block_kind(doc, 1), WS_BLOCK_PARAGRAPH);
	assert_int_equal(ws_doc_block_kind(doc, 2), WS_BLOCK_PARAGRAPH);
}

static void
hard_wrapped_lines_join_into_one_paragraph(void **state)
{
	seg("The mayor said the\n  port would reopen\nsoon.\n\nNext one.\n");
	assert_int_equal(doc->nblocks, 2);
	assert_int_equal(ws_doc_block(doc, 0).nlines, 3);
	assert_span(line_of(0, 0), "The mayor said the");
	assert_span(line_of(0, 1), "port would reopen");
	assert_span(ws_doc_block_span(doc, 0), "The mayor said the\n  port would reopen\nsoon.");
	assert_sentences("The mayor said the\n  port would reopen\nsoon.",
			 "Next one.", NULL);
}

static void
blocks_of_one_line_and_of_several_read_back_their_lines(void **state)
{
	seg("One.\n\nTwo\nlines.\n\nThree.\n\nFour\n  more\nlines.\n\nFive.\n");
	assert_int_equal(doc->nblocks, 5);
	assert_int_equal(doc->nlines, 8);
	assert_int_equal(ws_doc_block(doc, 0).nlines, 1);
	assert_span(line_of(0, 0), "One.");
	assert_span(line_of(1, 0), "Two");
	assert_span(line_of(1, 1), "lines.");
	assert_span(line_of(2, 0), "Three.");
	assert_int_equal(ws_doc_block(doc, 3).nlines, 3);
	assert_span(line_of(3, 1), "more");
	assert_span(line_of(3, 2), "lines.");
	assert_span(line_of(4, 0), "Five.");
	for (size_t b = 0; b < 5; b++) {
		assert_int_equal(ws_doc_block(doc, b).first_sentence, b);
		assert_int_equal(ws_doc_block(doc, b).nsentences, 1);
		assert_int_equal(ws_sentence_block(doc, b), b);
	}
}

/*
 * A paragraph every 3 bytes ("a\n\n"): the doc keeps 19 bytes of each
 * (a block's span and kind, a sentence's first token, a token), which
 * holds whosaid's peak memory under 8 times such a text (issue 17).
 */
static void
one_letter_paragraphs_cost_19_bytes_each(void **state)
{
	enum { N = 5000 };
	char *s = malloc(3 * N + 1);

	for (size_t i = 0; i < N; i++)
		memcpy(s + 3 * i, "a\n\n", 3);
	s[3 * N] = '\0';
	seg(s);
	assert_int_equal(doc->nblocks, N);
	assert_int_equal(doc->nsentences, N);
	assert_true(ws_doc_bytes(doc) <= 19 * N + 4);
	for (size_t b = 0; b < N; b += 997) {
		const struct ws_block bl = ws_doc_block(doc, b);

		assert_int_equal(bl.nlines, 1);
		assert_int_equal(bl.span.start, 3 * b);
		assert_span(line_of(b, 0), "a");
		assert_int_equal(bl.nsentences, 1);
		assert_int_equal(ws_sentence_ntokens(doc, bl.first_sentence), 1);
	}
	free(s);
}

static void
text_without_blank_lines_has_a_paragraph_per_line(void **state)
{
	seg("Short Title\nThe mayor spoke.\nShe left.\n");
	assert_int_equal(doc->nblocks, 3);
	for (size_t i = 0; i < 3; i++)
		assert_int_equal(ws_doc_block_kind(doc, i), WS_BLOCK_PARAGRAPH);
}

static void
block_quote_lines_lose_their_markers(void **state)
{
	seg("She posted:\n\n> Day two 🌊 of talks.\n>   Still going.\n\nAfter.\n");
	assert_int_equal(doc->nblocks, 3);
	assert_int_equal(ws_doc_block_kind(doc, 1), WS_BLOCK_QUOTE);
	assert_int_equal(ws_doc_block(doc, 1).nlines, 2);
	assert_span(line_of(1, 0), "Day two 🌊 of talks.");
	assert_span(line_of(1, 1), "Still going.");
}

static void
nested_quote_markers_are_stripped(void **state)
{
	seg("> > deep\n");
	assert_int_equal(ws_doc_block_kind(doc, 0), WS_BLOCK_QUOTE);
	assert_span(line_of(0, 0), "deep");
}

static void
quote_lines_next_to_text_are_their_own_block(void **state)
{
	seg("He wrote:\n> Come home.\nThat was all.\n\nEnd.\n");
	assert_int_equal(doc->nblocks, 4);
	assert_int_equal(ws_doc_block_kind(doc, 1), WS_BLOCK_QUOTE);
	assert_int_equal(ws_doc_block_kind(doc, 2), WS_BLOCK_PARAGRAPH);
}

static void
crlf_text_segments_like_lf_text(void **state)
{
	seg("A Title\r\n\r\nOne line\r\nand more.\r\n\r\nTwo.\r\n");
	assert_int_equal(doc->nblocks, 3);
	assert_int_equal(ws_doc_block_kind(doc, 0), WS_BLOCK_TITLE);
	assert_int_equal(ws_doc_block(doc, 1).nlines, 2);
}

static void
empty_and_blank_texts_have_no_blocks(void **state)
{
	seg("");
	assert_int_equal(doc->nblocks, 0);
	assert_int_equal(doc->nsentences, 0);
	seg("\n  \n\t\n");
	assert_int_equal(doc->nblocks, 0);
}

/* ---- sentences ---- */

static void
full_stops_question_and_exclamation_marks_end_sentences(void **state)
{
	seg("It rained. Did it stop? No! It went on.");
	assert_sentences("It rained.", "Did it stop?", "No!", "It went on.", NULL);
}

static void
titles_before_names_do_not_end_sentences(void **state)
{
	seg("Mr. Hughes met Mrs. Okafor, Ms. Nair and Dr. Cho. Sen. Reyes, "
	    "Rep. Lee, Gov. Park, Gen. Ito and Lt. Ross came too. They left.");
	assert_sentences("Mr. Hughes met Mrs. Okafor, Ms. Nair and Dr. Cho.",
	    "Sen. Reyes, Rep. Lee, Gov. Park, Gen. Ito and Lt. Ross came too.",
	    "They left.", NULL);
}

static void
dotted_abbreviations_end_sentences_only_before_a_sentence_start(void **state)
{
	seg("She flew to the U.S. on Monday. Talks with the U.K. Foreign "
	    "Office began. He stayed in the U.S. The talks failed.");
	assert_sentences("She flew to the U.S. on Monday.",
	    "Talks with the U.K. Foreign Office began.",
	    "He stayed in the U.S.", "The talks failed.", NULL);
}

static void
company_and_name_suffixes(void **state)
{
	seg("Baxter Inc. Chairman Al Lowe, Acme Corp. and Bob Smith Jr. spoke. "
	    "He works at Acme Inc. The firm said so. St. Louis voted.");
	assert_sentences(
	    "Baxter Inc. Chairman Al Lowe, Acme Corp. and Bob Smith Jr. spoke.",
	    "He works at Acme Inc.", "The firm said so.", "St. Louis voted.",
	    NULL);
}

/* The first and last words of each (sorted) list are found. */
static void
word_lists_are_searched_end_to_end(void **state)
{
	seg("Adm. Cole and Supt. Ward met on Apr. 3 and Sept. 4 in Mobile, "
	    "Ala. You know it. Then came Wyo. A storm hit.");
	assert_sentences(
	    "Adm. Cole and Supt. Ward met on Apr. 3 and Sept. 4 in Mobile, Ala.",
	    "You know it.", "Then came Wyo.", "A storm hit.", NULL);
}

static void
months_and_numbers(void **state)
{
	seg("It began on Jan. 5 and ended on Sept. 11. It was No. 3 on the "
	    "list. Dec. 24 was quiet.");
	assert_sentences("It began on Jan. 5 and ended on Sept. 11.",
	    "It was No. 3 on the list.", "Dec. 24 was quiet.", NULL);
}

static void
initials_do_not_end_sentences(void **state)
{
	seg("J. K. Rowling wrote it. She was pleased. Rep. Ana C. \"Annie\" "
	    "Ruiz agreed.");
	assert_sentences("J. K. Rowling wrote it.", "She was pleased.",
	    "Rep. Ana C. \"Annie\" Ruiz agreed.", NULL);
}

static void
plural_titles_and_states_do_not_end_sentences(void **state)
{
	seg("Sens. Ruiz and Cho spoke. EASTMERE, Calif. - The port shut. "
	    "She moved to Salem, Ore. The port closed.");
	assert_sentences("Sens. Ruiz and Cho spoke.",
	    "EASTMERE, Calif. - The port shut.",
	    "She moved to Salem, Ore.", "The port closed.", NULL);
}

static void
decimals_and_times_do_not_end_sentences(void **state)
{
	seg("Prices rose 3.5 percent by 9:30 a.m. on Friday. Then they fell.");
	assert_sentences("Prices rose 3.5 percent by 9:30 a.m. on Friday.",
	    "Then they fell.", NULL);
}

static void
times_end_sentences_before_a_sentence_start(void **state)
{
	seg("The vote closed at 6 p.m. The count began.");
	assert_sentences("The vote closed at 6 p.m.", "The count began.", NULL);
}

static void
ellipses(void **state)
{
	seg("He paused... and went on. Then… Silence. Wait . . . what?");
	assert_sentences("He paused... and went on.", "Then…", "Silence.",
	    "Wait . . . what?", NULL);
}

static void
closing_quotes_and_brackets_belong_to_the_sentence(void **state)
{
	seg("“It is over.” She left. (He stayed.) They met ‘at noon.’ "
	    "\"Fine.\" Done.");
	assert_sentences("“It is over.”", "She left.", "(He stayed.)",
	    "They met ‘at noon.’", "\"Fine.\"", "Done.", NULL);
}

static void
question_in_a_quote_before_its_speaker_stays(void **state)
{
	seg("“Why now?” he asked. “Because!” she said.");
	assert_sentences("“Why now?” he asked.", "“Because!” she said.", NULL);
}

static void
no_space_no_sentence_end(void **state)
{
	seg("See example.com or v2.0.1 today.Really.");
	assert_int_equal(doc->nsentences, 1);
}

static void
cjk_full_stops_end_sentences_without_space(void **state)
{
	seg("我们愿意合作。他们同意了！好吗？");
	assert_sentences("我们愿意合作。", "他们同意了！", "好吗？", NULL);
}

static void
sentences_do_not_cross_blocks(void **state)
{
	seg("No stop here\n\nOr here\n\nBut here.\n");
	assert_int_equal(doc->nsentences, 3);
	for (size_t i = 0; i < 3; i++) {
		assert_int_equal(ws_sentence_block(doc, i), i);
		assert_int_equal(ws_doc_block(doc, i).first_sentence, i);
		assert_int_equal(ws_doc_block(doc, i).nsentences, 1);
	}
}

static void
sentence_at_finds_by_offset(void **state)
{
	seg("One two. Three four.\n\nFive.");
	assert_int_equal(ws_doc_sentence_at(doc, 0), 0);
	assert_int_equal(ws_doc_sentence_at(doc, 7), 0);
	assert_int_equal(ws_doc_sentence_at(doc, 8), doc->nsentences);	/* space */
	assert_int_equal(ws_doc_sentence_at(doc, 9), 1);
	assert_int_equal(ws_doc_sentence_at(doc, 22), 2);
	assert_int_equal(ws_doc_sentence_at(doc, 99), doc->nsentences);
}

/* From any hint, ws_doc_sentence_at_from() answers as ws_doc_sentence_at(). */
static void
sentence_at_from_a_hint_answers_as_from_scratch(void **state)
{
	seg("One two. Three four.\n\nFive.  Six seven!\n\n\nEight.");
	assert_int_equal(doc->nsentences, 5);
	for (size_t off = 0; off <= doc->text->len + 2; off++)
		for (size_t from = 0; from <= doc->nsentences; from++) {
			size_t hint = from;

			assert_int_equal(ws_doc_sentence_at_from(doc, off, &hint),
					 ws_doc_sentence_at(doc, off));
			assert_int_equal(hint, ws_doc_sentences_starting_by(doc, off, 0));
		}
}

/* ---- tokens ---- */

static void
tokens_are_words_and_marks_without_space(void **state)
{
	seg("Kerry said, “no.”");
	assert_int_equal(doc->ntokens, 7);
	assert_span(ws_token_span(&doc->tokens[0]), "Kerry");
	assert_span(ws_token_span(&doc->tokens[2]), ",");
	assert_span(ws_token_span(&doc->tokens[3]), "“");
	assert_span(ws_token_span(&doc->tokens[6]), "”");
	assert_int_equal(ws_sentence_first_token(doc, 0), 0);
	assert_int_equal(ws_sentence_ntokens(doc, 0), 7);
}

static void
word_flags(void **state)
{
	seg("Kerry met NASA and AP staff in 2019, ok 3.5 É x");
	assert_int_equal(ws_token_flags(token("Kerry", 0)),
	    WS_TOK_WORD | WS_TOK_CAP | WS_TOK_LINE_START);
	assert_int_equal(ws_token_flags(token("NASA", 0)),
	    WS_TOK_WORD | WS_TOK_CAP | WS_TOK_ALLCAPS);
	assert_int_equal(ws_token_flags(token("AP", 0)),
	    WS_TOK_WORD | WS_TOK_CAP | WS_TOK_ALLCAPS);
	assert_int_equal(ws_token_flags(token("met", 0)), WS_TOK_WORD);
	assert_int_equal(ws_token_flags(token("2019", 0)), WS_TOK_WORD | WS_TOK_NUMBER);
	assert_int_equal(ws_token_flags(token("3.5", 0)), WS_TOK_WORD | WS_TOK_NUMBER);
	assert_int_equal(ws_token_flags(token(",", 0)), WS_TOK_PUNCT);
	assert_int_equal(ws_token_flags(token("É", 0)), WS_TOK_WORD | WS_TOK_CAP);
}

static void
words_keep_inner_apostrophes_and_dots(void **state)
{
	seg("don’t can't U.S. e.g. Xi’s world's");
	token("don’t", 0);
	token("can't", 0);
	token("U.S", 0);
	token("e.g", 0);
	token("Xi’s", 0);
	token("world's", 0);
}

static void
curly_quotes_open_and_close(void **state)
{
	seg("“Yes,” she said, ‘maybe’ «oui» 「是」");
	assert_int_equal(quote_flags("“", 0), WS_TOK_OPEN_QUOTE);
	assert_int_equal(quote_flags("”", 0), WS_TOK_CLOSE_QUOTE);
	assert_int_equal(quote_flags("‘", 0), WS_TOK_OPEN_QUOTE | WS_TOK_SINGLE_QUOTE);
	assert_int_equal(quote_flags("’", 0), WS_TOK_CLOSE_QUOTE | WS_TOK_SINGLE_QUOTE);
	assert_int_equal(quote_flags("«", 0), WS_TOK_OPEN_QUOTE);
	assert_int_equal(quote_flags("»", 0), WS_TOK_CLOSE_QUOTE);
	assert_int_equal(quote_flags("「", 0), WS_TOK_OPEN_QUOTE);
	assert_int_equal(quote_flags("」", 0), WS_TOK_CLOSE_QUOTE);
	assert_true(ws_token_is(token("“", 0), WS_TOK_PUNCT));
}

static void
straight_quotes_are_decided_by_context(void **state)
{
	seg("He said \"yes\" and \"no.\" Then: \"Go\"! And \" odd \" ends");
	assert_int_equal(quote_flags("\"", 0), WS_TOK_OPEN_QUOTE);
	assert_int_equal(quote_flags("\"", 1), WS_TOK_CLOSE_QUOTE);
	assert_int_equal(quote_flags("\"", 2), WS_TOK_OPEN_QUOTE);
	assert_int_equal(quote_flags("\"", 3), WS_TOK_CLOSE_QUOTE);
	assert_int_equal(quote_flags("\"", 4), WS_TOK_OPEN_QUOTE);
	assert_int_equal(quote_flags("\"", 5), WS_TOK_CLOSE_QUOTE);
	/* Spaces on both sides: the count of open quotes decides. */
	assert_int_equal(quote_flags("\"", 6), WS_TOK_OPEN_QUOTE);
	assert_int_equal(quote_flags("\"", 7), WS_TOK_CLOSE_QUOTE);
}

static void
inch_marks_are_no_quotes(void **state)
{
	seg("He is 6'3\" tall, and \"9\" is a quote.");
	assert_int_equal(quote_flags("\"", 0), 0);
	assert_int_equal(quote_flags("\"", 1), WS_TOK_OPEN_QUOTE);
	assert_int_equal(quote_flags("\"", 2), WS_TOK_CLOSE_QUOTE);
}

static void
straight_single_quotes(void **state)
{
	seg("She said 'fine' and the '90s ended");
	assert_int_equal(quote_flags("'", 0), WS_TOK_OPEN_QUOTE | WS_TOK_SINGLE_QUOTE);
	assert_int_equal(quote_flags("'", 1), WS_TOK_CLOSE_QUOTE | WS_TOK_SINGLE_QUOTE);
	assert_int_equal(quote_flags("'", 2), WS_TOK_APOSTROPHE);
}

static void
apostrophes_differ_from_closing_single_quotes(void **state)
{
	seg("The parents’ vote in the ’90s, ’em all, and ‘More Time’ now.");
	assert_int_equal(quote_flags("’", 0), WS_TOK_APOSTROPHE);	/* parents’ */
	assert_int_equal(quote_flags("’", 1), WS_TOK_APOSTROPHE);	/* ’90s */
	assert_int_equal(quote_flags("’", 2), WS_TOK_APOSTROPHE);	/* ’em */
	assert_int_equal(quote_flags("‘", 0), WS_TOK_OPEN_QUOTE | WS_TOK_SINGLE_QUOTE);
	assert_int_equal(quote_flags("’", 3), WS_TOK_CLOSE_QUOTE | WS_TOK_SINGLE_QUOTE);
}

static void
quote_state_does_not_leak_across_blocks(void **state)
{
	seg("He said ‘never\n\nThe parents’ choice.");
	assert_int_equal(quote_flags("’", 0), WS_TOK_APOSTROPHE);
}

static void
line_start_marks_the_first_token_of_each_line(void **state)
{
	seg("“One two\nthree four\n\n> five\n");
	assert_true(ws_token_is(token("“", 0), WS_TOK_LINE_START));
	assert_false(ws_token_is(token("One", 0), WS_TOK_LINE_START));
	assert_true(ws_token_is(token("three", 0), WS_TOK_LINE_START));
	assert_false(ws_token_is(token("four", 0), WS_TOK_LINE_START));
	assert_true(ws_token_is(token("five", 0), WS_TOK_LINE_START));
}

static void
emoji_sequences_are_single_tokens(void **state)
{
	seg("Family 👨‍👩‍👧 flag 🇯🇵🇫🇷 wave 🌊 done");
	token("👨‍👩‍👧", 0);
	token("🇯🇵", 0);
	token("🇫🇷", 0);
	assert_true(ws_token_is(token("🌊", 0), WS_TOK_PUNCT));
}

static void
unicode_spaces_are_not_tokens(void **state)
{
	seg("a\xc2\xa0" "b\xe3\x80\x80" "c\xe2\x80\xa8" "d");
	assert_int_equal(doc->ntokens, 4);
}

/* Every token lies in its sentence, every sentence in its block, in order. */
static void
spans_nest_and_are_ordered(void **state)
{
	size_t i, j;

	seg("Title Here\n\n“A quote,” he said. Mr. X left… Then\nmore ‘x’ "
	    "words.\n\n> quoted 中文。 text\n\nEnd 🇯🇵.\n");
	for (i = 0; i < doc->nsentences; i++) {
		const struct ws_sentence sen = ws_doc_sentence(doc, i), *se = &sen;
		struct ws_span sp = ws_sentence_span(doc, i), bsp = ws_doc_block_span(doc, se->block);

		assert_true(sp.start >= bsp.start);
		assert_true(sp.end <= bsp.end);
		if (i > 0)
			assert_true(sp.start >= ws_sentence_end(doc, i - 1));
		for (j = se->first_token; j < se->first_token + se->ntokens; j++) {
			assert_true(ws_token_start(&doc->tokens[j]) >= sp.start);
			assert_true(ws_token_end(&doc->tokens[j]) <= sp.end);
			assert_true(ws_token_start(&doc->tokens[j]) < ws_token_end(&doc->tokens[j]));
		}
		if (i + 1 < doc->nsentences)
			assert_int_equal(se->first_token + se->ntokens,
			    ws_sentence_first_token(doc, i + 1));
	}
	assert_int_equal(ws_sentence_first_token(doc, doc->nsentences - 1) +
	    ws_sentence_ntokens(doc, doc->nsentences - 1), doc->ntokens);
}

/*
 * The tokens are libunistring's word-break segments of each piece (a run
 * between ASCII white space), whatever path found them: random texts
 * from pieces that stress the ASCII fast path and its hand-over.
 */
static void
tokens_match_libunistring_word_breaks(void **state)
{
	static const char *const atoms[] = {
		"a", "Bc", "don", "t", "7", "42", ".", ",", ":", ";", "'", "\"",
		"_", "-", "(", ")", "?", "!", " ", " ", "\t", "\n", "“", "”",
		"‘", "’", "—", "–", "…", "é", "中", "🌊", "👨‍👩‍👧", "🇯🇵",
		"e\xcc\x81", "\xe2\x80\x8d", "U.S", "3.5", "x’s", "’90s", "_’_",
		"1’2", "a’1",
	};
	enum { NATOMS = sizeof atoms / sizeof atoms[0] };
	char buf[512], brk[512];
	struct ws_span lines[64];
	unsigned seed = 12345;
	size_t round, n, i, l, t, p, q, nl;

	for (round = 0; round < 3000; round++) {
		buf[0] = '\0';
		for (n = 0; n < 24; n++) {
			seed = seed * 1103515245 + 12345;
			strcat(buf, atoms[(seed >> 16) % NATOMS]);
		}
		seg(buf);
		t = 0;
		nl = all_lines(lines, sizeof lines / sizeof *lines);
		for (l = 0; l < nl; l++) {
			for (p = lines[l].start; p < lines[l].end; p = q) {
				while (p < lines[l].end && strchr(" \t", buf[p]) != NULL)
					p++;
				for (q = p; q < lines[l].end && strchr(" \t", buf[q]) == NULL; q++)
					;
				if (q == p)
					continue;
				u8_wordbreaks((const uint8_t *)buf + p, q - p, brk);
				for (i = p; i < q; ) {
					size_t e = i + 1;

					while (e < q && !brk[e - p])
						e++;
					if (t >= doc->ntokens || ws_token_start(&doc->tokens[t]) != i ||
					    ws_token_end(&doc->tokens[t]) != e)
						fail_msg("round %zu: token %zu is not [%zu, %zu) in \"%s\"",
							 round, t, i, e, buf);
					t++;
					i = e;
				}
			}
		}
		assert_int_equal(doc->ntokens, t);
	}
}

/*
 * Deep nesting and an unclosed quote are just more tokens, in sentences
 * of at most WS_SENTENCE_MAX_TOKENS.
 */
static void
deep_and_unclosed_quotes_segment(void **state)
{
	enum { N = 10000 };
	char *s = malloc(N * 6 + 16), *p = s;
	size_t i;

	for (i = 0; i < N; i++)
		p += sprintf(p, i % 2 ? "‘" : "“");
	strcpy(p, "x.");
	seg(s);
	assert_int_equal(doc->ntokens, N + 2);
	/* With no stop, a sentence ends every WS_SENTENCE_MAX_TOKENS tokens. */
	assert_int_equal(doc->nsentences,
			 (N + 2 + WS_SENTENCE_MAX_TOKENS - 1) / WS_SENTENCE_MAX_TOKENS);
	assert_int_equal(ws_sentence_first_token(doc, 1), WS_SENTENCE_MAX_TOKENS);
	free(s);
}

/*
 * A run of one mark more than three long is one token, of no quotation
 * role ("\"\"\"\"", "!!!!!"); three ("...") stay three.
 */
static void
runs_of_one_mark_are_one_token(void **state)
{
	seg("Wait... \"\"\"\" no!!!!!\n");
	assert_int_equal(doc->ntokens, 7);
	assert_int_equal(ws_token_len(&doc->tokens[3]), 1);
	assert_int_equal(ws_token_len(&doc->tokens[4]), 4);
	assert_true(ws_token_is(&doc->tokens[4], WS_TOK_PUNCT));
	assert_false(ws_token_is(&doc->tokens[4], WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE));
	assert_int_equal(ws_token_len(&doc->tokens[6]), 5);
}

/*
 * A text that opens with a mark has no token before it to join: no
 * pointer is made to the token before the first (the sanitizers' build
 * failed on it).
 */
static void
text_opening_with_a_mark(void **state)
{
	seg("-- The ferry left.\n");
	assert_int_equal(doc->ntokens, 6);
	assert_int_equal(ws_token_len(&doc->tokens[0]), 1);
	assert_true(ws_token_is(&doc->tokens[0], WS_TOK_PUNCT));
}

/*
 * A token's start, length and flags are packed in 6 bytes: each reads
 * back as it was made at its largest, whatever the others hold.
 */
static void
token_fields_read_back_at_their_limits(void **state)
{
	size_t last = WS_TEXT_MAX_BYTES - 1;
	unsigned all = (1u << WS_TOKEN_FLAG_BITS) - 1;
	struct ws_token full = ws_token_make(last, WS_TOKEN_MAX_LEN, all);
	struct ws_token empty = ws_token_make(0, 1, 0);
	struct ws_token quote = ws_token_make(last, 1, WS_TOK_PUNCT | WS_TOK_CLOSE_QUOTE);

	(void)state;
	assert_int_equal(sizeof full, 6);
	assert_int_equal(ws_token_start(&full), last);
	assert_int_equal(ws_token_len(&full), WS_TOKEN_MAX_LEN);
	assert_int_equal(ws_token_end(&full), last + WS_TOKEN_MAX_LEN);
	assert_int_equal(ws_token_flags(&full), all);
	assert_true(ws_token_is(&full, WS_TOK_WORD) && ws_token_is(&full, WS_TOK_LINE_START));
	assert_int_equal(ws_token_start(&empty), 0);
	assert_int_equal(ws_token_len(&empty), 1);
	assert_int_equal(ws_token_flags(&empty), 0);
	assert_false(ws_token_is(&empty, all));
	assert_int_equal(ws_token_flags(&quote), WS_TOK_PUNCT | WS_TOK_CLOSE_QUOTE);
	assert_true(ws_token_is(&quote, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE));
	assert_false(ws_token_is(&quote, WS_TOK_WORD | WS_TOK_OPEN_QUOTE));
}

/*
 * A word longer than a token can hold (WS_TOKEN_MAX_LEN bytes) is cut
 * into tokens that follow each other; only the first starts the word.
 */
static void
giant_ascii_word_is_cut_into_tokens(void **state)
{
	size_t n = 2 * (size_t)WS_TOKEN_MAX_LEN + 10;
	char *s = malloc(n + 16);

	memcpy(s, "He said ", 8);
	memset(s + 8, 'a', n);
	s[8] = 'A';
	strcpy(s + 8 + n, ".");
	seg(s);
	assert_int_equal(doc->ntokens, 6);
	assert_int_equal(ws_token_start(&doc->tokens[2]), 8);
	assert_int_equal(ws_token_len(&doc->tokens[2]), WS_TOKEN_MAX_LEN);
	assert_int_equal(ws_token_flags(&doc->tokens[2]), WS_TOK_WORD | WS_TOK_CAP);
	assert_int_equal(ws_token_start(&doc->tokens[3]), 8 + WS_TOKEN_MAX_LEN);
	assert_int_equal(ws_token_len(&doc->tokens[3]), WS_TOKEN_MAX_LEN);
	assert_int_equal(ws_token_flags(&doc->tokens[3]), WS_TOK_WORD);
	assert_int_equal(ws_token_len(&doc->tokens[4]), 10);
	assert_int_equal(ws_token_end(&doc->tokens[4]), 8 + n);
	assert_int_equal(doc->nsentences, 1);
	free(s);
}

/* Cuts in a giant word of two-byte letters fall between characters. */
static void
giant_word_is_cut_between_characters(void **state)
{
	size_t nchars = (size_t)WS_TOKEN_MAX_LEN, i, end = 0;
	char *s = malloc(2 * nchars + 1);

	for (i = 0; i < nchars; i++)
		memcpy(s + 2 * i, "é", 2);
	s[2 * nchars] = '\0';
	seg(s);
	assert_int_equal(doc->ntokens, 3);	/* 2 x (MAX - 1) bytes, and 2 */
	for (i = 0; i < doc->ntokens; i++) {
		assert_int_equal(ws_token_start(&doc->tokens[i]), end);
		assert_int_equal(ws_token_len(&doc->tokens[i]) % 2, 0);
		end = ws_token_end(&doc->tokens[i]);
	}
	assert_int_equal(end, 2 * nchars);
	free(s);
}

static void
quote_marker_joined_to_the_next_character_is_text(void **state)
{
	/* ">" then a zero-width joiner is one grapheme cluster: text, not a marker. */
	seg("Title\n\n>\u200d\U0001F467 on the coast.\n");
	assert_int_equal(ws_doc_block_kind(doc, 1), WS_BLOCK_PARAGRAPH);
	assert_span(line_of(1, 0), ">\u200d\U0001F467 on the coast.");
}

static void
space_carrying_a_combining_mark_is_not_trimmed(void **state)
{
	seg(" \u0301x marks the spot.\n");
	assert_span(line_of(0, 0), " \u0301x marks the spot.");
}

static void
space_held_by_a_prepend_is_not_trimmed(void **state)
{
	/* U+0600 is a Prepend: "\u0600 " is one cluster (UAX #29 GB9b), which a line ends whole. */
	seg("Title\n\nTwo \u0600 \nlines.\n");
	assert_span(line_of(1, 0), "Two \u0600 ");
	assert_span(ws_doc_block_span(doc, 1), "Two \u0600 \nlines.");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(title_is_a_headline_first_line),
		cmocka_unit_test(first_line_ending_with_a_full_stop_is_no_title),
		cmocka_unit_test(title_case_first_line_is_a_title_despite_its_full_stop),
		cmocka_unit_test(title_may_end_with_a_question_mark),
		cmocka_unit_test(long_first_line_is_no_title),
		cmocka_unit_test(headings_are_short_lines_without_closing_punctuation),
		cmocka_unit_test(short_line_ending_a_quote_with_a_stop_is_no_heading),
		cmocka_unit_test(last_line_is_no_heading),
		cmocka_unit_test(lowercase_line_is_no_heading),
		cmocka_unit_test(short_exclamation_is_no_heading),
		cmocka_unit_test(bylines_and_datelines_are_no_headings),
		cmocka_unit_test(hard_wrapped_lines_join_into_one_paragraph),
		cmocka_unit_test(blocks_of_one_line_and_of_several_read_back_their_lines),
		cmocka_unit_test(one_letter_paragraphs_cost_19_bytes_each),
		cmocka_unit_test(text_without_blank_lines_has_a_paragraph_per_line),
		cmocka_unit_test(block_quote_lines_lose_their_markers),
		cmocka_unit_test(nested_quote_markers_are_stripped),
		cmocka_unit_test(quote_lines_next_to_text_are_their_own_block),
		cmocka_unit_test(crlf_text_segments_like_lf_text),
		cmocka_unit_test(empty_and_blank_texts_have_no_blocks),
		cmocka_unit_test(full_stops_question_and_exclamation_marks_end_sentences),
		cmocka_unit_test(titles_before_names_do_not_end_sentences),
		cmocka_unit_test(dotted_abbreviations_end_sentences_only_before_a_sentence_start),
		cmocka_unit_test(company_and_name_suffixes),
		cmocka_unit_test(word_lists_are_searched_end_to_end),
		cmocka_unit_test(months_and_numbers),
		cmocka_unit_test(initials_do_not_end_sentences),
		cmocka_unit_test(plural_titles_and_states_do_not_end_sentences),
		cmocka_unit_test(decimals_and_times_do_not_end_sentences),
		cmocka_unit_test(times_end_sentences_before_a_sentence_start),
		cmocka_unit_test(ellipses),
		cmocka_unit_test(closing_quotes_and_brackets_belong_to_the_sentence),
		cmocka_unit_test(question_in_a_quote_before_its_speaker_stays),
		cmocka_unit_test(no_space_no_sentence_end),
		cmocka_unit_test(cjk_full_stops_end_sentences_without_space),
		cmocka_unit_test(sentences_do_not_cross_blocks),
		cmocka_unit_test(sentence_at_finds_by_offset),
		cmocka_unit_test(sentence_at_from_a_hint_answers_as_from_scratch),
		cmocka_unit_test(tokens_are_words_and_marks_without_space),
		cmocka_unit_test(word_flags),
		cmocka_unit_test(words_keep_inner_apostrophes_and_dots),
		cmocka_unit_test(curly_quotes_open_and_close),
		cmocka_unit_test(straight_quotes_are_decided_by_context),
		cmocka_unit_test(inch_marks_are_no_quotes),
		cmocka_unit_test(straight_single_quotes),
		cmocka_unit_test(apostrophes_differ_from_closing_single_quotes),
		cmocka_unit_test(quote_state_does_not_leak_across_blocks),
		cmocka_unit_test(line_start_marks_the_first_token_of_each_line),
		cmocka_unit_test(emoji_sequences_are_single_tokens),
		cmocka_unit_test(unicode_spaces_are_not_tokens),
		cmocka_unit_test(spans_nest_and_are_ordered),
		cmocka_unit_test(tokens_match_libunistring_word_breaks),
		cmocka_unit_test(deep_and_unclosed_quotes_segment),
		cmocka_unit_test(runs_of_one_mark_are_one_token),
		cmocka_unit_test(text_opening_with_a_mark),
		cmocka_unit_test(token_fields_read_back_at_their_limits),
		cmocka_unit_test(giant_ascii_word_is_cut_into_tokens),
		cmocka_unit_test(giant_word_is_cut_between_characters),
		cmocka_unit_test(quote_marker_joined_to_the_next_character_is_text),
		cmocka_unit_test(space_carrying_a_combining_mark_is_not_trimmed),
		cmocka_unit_test(space_held_by_a_prepend_is_not_trimmed),
	};

	return cmocka_run_group_tests(tests, NULL, teardown);
}

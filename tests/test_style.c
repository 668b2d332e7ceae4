/* Style: an analysis and a view turned into styled byte ranges. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/style.h"

/*
 * A document built by hand, as the segmenter would: blocks separated by
 * blank lines (kinds given), sentences ending at '.' or '?' followed by a
 * space or the block's end, tokens that are words or single marks, '"'
 * opening after a space and closing otherwise.
 */
struct fixture {
	struct ws_text text;
	struct ws_doc doc;
	struct ws_analysis an;
	struct ws_outlet outlets[2];
	struct ws_person people[2];
	struct ws_claim claims[4];
	struct ws_style_span *spans;
	size_t nspans;
};

static void
add_token(struct ws_doc *doc, size_t start, size_t end, unsigned flags)
{
	doc->tokens = realloc(doc->tokens, (doc->ntokens + 1) * sizeof *doc->tokens);
	doc->tokens[doc->ntokens++] = ws_token_make(start, end - start, flags);
}

/*
 * The tokens from first_token to the last one made are a sentence: its
 * first token, and the tokens' end after it (segment.h's private
 * layout, which no builder of the engine's makes outside a text).
 */
static void
add_sentence(struct ws_doc *doc, size_t first_token)
{
	doc->sentences_ = realloc(doc->sentences_, (doc->nsentences + 2) * sizeof *doc->sentences_);
	doc->sentences_[doc->nsentences++] = (uint32_t)first_token;
	doc->sentences_[doc->nsentences] = (uint32_t)doc->ntokens;
}

static void
segment_block(struct ws_doc *doc, const char *s, size_t start, size_t end)
{
	size_t sent_start = start, sent_tok = doc->ntokens;

	for (size_t i = start; i < end;) {
		if (s[i] == ' ') {
			i++;
			continue;
		}
		if (isalnum((unsigned char)s[i])) {
			size_t j = i;
			while (j < end && (isalnum((unsigned char)s[j]) || s[j] == '\''))
				j++;
			add_token(doc, i, j, WS_TOK_WORD | (isupper((unsigned char)s[i]) ? WS_TOK_CAP : 0));
			i = j;
			continue;
		}
		if (s[i] == '"')
			add_token(doc, i, i + 1, WS_TOK_PUNCT |
				  (i == start || s[i - 1] == ' ' ? WS_TOK_OPEN_QUOTE : WS_TOK_CLOSE_QUOTE));
		else
			add_token(doc, i, i + 1, WS_TOK_PUNCT);
		i++;
		if ((s[i - 1] == '.' || s[i - 1] == '?') && (i == end || s[i] == ' ' ||
		    (s[i] == '"' && (i + 1 == end || s[i + 1] == ' ')))) {
			if (i < end && s[i] == '"')
				add_token(doc, i, i + 1, WS_TOK_PUNCT | WS_TOK_CLOSE_QUOTE), i++;
			add_sentence(doc, sent_tok);
			while (i < end && s[i] == ' ')
				i++;
			sent_start = i;
			sent_tok = doc->ntokens;
		}
	}
	if (sent_start < end)
		add_sentence(doc, sent_tok);
}

static void
fixture_init(struct fixture *f, const char *s, const enum ws_block_kind *kinds)
{
	size_t start = 0, len = strlen(s);

	memset(f, 0, sizeof *f);
	f->text.s = (char *)s;
	f->text.len = len;
	f->doc.text = &f->text;
	while (start < len) {
		const char *sep = strstr(s + start, "\n\n");
		size_t end = sep != NULL ? (size_t)(sep - s) : len;
		struct ws_span span = { (uint32_t)start, (uint32_t)end };

		ws_doc_add_block(&f->doc, kinds[f->doc.nblocks], &span, 1);
		segment_block(&f->doc, s, start, end);
		start = end + 2;
	}
	f->an.outlets = f->outlets;
	f->an.people = f->people;
	f->an.claims = f->claims;
	f->outlets[0].name = (char *)"Politico";
	f->outlets[1].name = (char *)"Xinhua";
	f->people[0].name = (char *)"Ana Ruiz";
	f->people[1].name = (char *)"Tom Cole";
}

static struct ws_span
span_of(const char *s, const char *needle)
{
	const char *p = strstr(s, needle);

	assert_non_null(p);
	return (struct ws_span){ (size_t)(p - s), (size_t)(p - s) + strlen(needle) };
}

static void
add_claim(struct fixture *f, enum ws_claim_kind kind, const char *content, const char *cue,
	  const char *by, size_t speaker, size_t outlet)
{
	struct ws_claim *c = &f->claims[f->an.nclaims++];

	c->kind = kind;
	c->content = span_of(f->text.s, content);
	c->cue = cue != NULL ? span_of(f->text.s, cue) : (struct ws_span){ 0, 0 };
	c->by = by != NULL ? span_of(f->text.s, by) : (struct ws_span){ 0, 0 };
	c->speaker = speaker;
	c->outlet = outlet;
	f->an.noutlets = 2;
	f->an.npeople = 2;
}

static void
build(struct fixture *f, const struct ws_view *view)
{
	free(f->spans);
	ws_style_build(&f->doc, &f->an, view, &f->spans, &f->nspans);
}

/* The style of the byte at the start of `needle`'s n-th occurrence (0 when unstyled). */
static uint32_t
style_at(const struct fixture *f, const char *needle)
{
	size_t off = span_of(f->text.s, needle).start;

	for (size_t i = 0; i < f->nspans; i++)
		if (f->spans[i].start <= off && off < f->spans[i].end)
			return f->spans[i].style;
	return 0;
}

static void
assert_spans_sorted_and_disjoint(const struct fixture *f)
{
	for (size_t i = 0; i < f->nspans; i++) {
		assert_true(f->spans[i].start < f->spans[i].end);
		if (i > 0) {
			assert_true(f->spans[i - 1].end <= f->spans[i].start);
			/* Neighbours with the same style are merged. */
			assert_false(f->spans[i - 1].end == f->spans[i].start &&
				     f->spans[i - 1].style == f->spans[i].style);
		}
	}
}

static void
fixture_free(struct fixture *f)
{
	free(f->spans);
	ws_doc_free_arrays(&f->doc);
}

static const enum ws_block_kind paragraphs[] = {
	WS_BLOCK_PARAGRAPH, WS_BLOCK_PARAGRAPH, WS_BLOCK_PARAGRAPH, WS_BLOCK_PARAGRAPH,
};

static const char two_claims[] =
	"Ports will close on Monday, Ana Ruiz said, according to Politico.\n\n"
	"\"We are ready,\" Tom Cole told Xinhua. The harbour has twelve cranes and one tug.";

static void
setup_two_claims(struct fixture *f)
{
	fixture_init(f, two_claims, paragraphs);
	add_claim(f, WS_CLAIM_INDIRECT, "Ports will close on Monday", "said", "Ana Ruiz", 0, 0);
	add_claim(f, WS_CLAIM_DIRECT, "\"We are ready,\"", "told", "Tom Cole", 1, 1);
}

static void
test_claim_content_cue_and_credit_carry_the_claim_index(void **state)
{
	struct fixture f;
	struct ws_view view;

	setup_two_claims(&f);
	ws_view_init(&view);
	build(&f, &view);
	assert_spans_sorted_and_disjoint(&f);
	assert_int_equal(style_at(&f, "Ports"), WS_STY_MAKE(0, 0));
	assert_int_equal(style_at(&f, "Monday"), WS_STY_MAKE(0, 0));
	assert_int_equal(style_at(&f, "said"), WS_STY_MAKE(WS_STY_CUE, 0));
	assert_int_equal(style_at(&f, "Ana"), WS_STY_MAKE(WS_STY_BY, 0));
	assert_int_equal(style_at(&f, "told"), WS_STY_MAKE(WS_STY_CUE, 1));
	assert_int_equal(style_at(&f, "Tom"), WS_STY_MAKE(WS_STY_BY, 1));
	/* The comma between content and credit belongs to no claim. */
	assert_int_equal(style_at(&f, ", Ana"), 0);
	assert_int_equal(style_at(&f, "The harbour"), 0);
	fixture_free(&f);
}

static void
test_direct_quotation_is_marked_direct(void **state)
{
	struct fixture f;
	struct ws_view view;

	setup_two_claims(&f);
	ws_view_init(&view);
	build(&f, &view);
	assert_int_equal(style_at(&f, "We are"), WS_STY_MAKE(WS_STY_DIRECT, 1));
	assert_int_equal(style_at(&f, "\"We"), WS_STY_MAKE(WS_STY_DIRECT, 1));
	assert_int_equal(WS_STY_FLAGS(style_at(&f, "Ports")) & WS_STY_DIRECT, 0);
	fixture_free(&f);
}

static void
test_only_the_quoted_part_of_a_mixed_claim_is_direct(void **state)
{
	static const char text[] = "Ana Ruiz said the strike was \"a last resort\" for the union.";
	struct fixture f;
	struct ws_view view;

	fixture_init(&f, text, paragraphs);
	add_claim(&f, WS_CLAIM_MIXED, "the strike was \"a last resort\" for the union", "said",
		  "Ana Ruiz", 0, WS_NONE);
	ws_view_init(&view);
	build(&f, &view);
	assert_int_equal(style_at(&f, "strike"), WS_STY_MAKE(0, 0));
	assert_int_equal(style_at(&f, "last"), WS_STY_MAKE(WS_STY_DIRECT, 0));
	assert_int_equal(style_at(&f, "\"a last"), WS_STY_MAKE(WS_STY_DIRECT, 0));
	assert_int_equal(style_at(&f, "for the"), WS_STY_MAKE(0, 0));
	assert_spans_sorted_and_disjoint(&f);
	fixture_free(&f);
}

static void
test_selected_claim_is_marked_in_content_cue_and_credit(void **state)
{
	struct fixture f;
	struct ws_view view;

	setup_two_claims(&f);
	ws_view_init(&view);
	view.selected = 1;
	build(&f, &view);
	assert_int_equal(style_at(&f, "ready"), WS_STY_MAKE(WS_STY_DIRECT | WS_STY_SELECTED, 1));
	assert_int_equal(style_at(&f, "told"), WS_STY_MAKE(WS_STY_CUE | WS_STY_SELECTED, 1));
	assert_int_equal(style_at(&f, "Tom"), WS_STY_MAKE(WS_STY_BY | WS_STY_SELECTED, 1));
	assert_int_equal(style_at(&f, "Ports"), WS_STY_MAKE(0, 0));
	fixture_free(&f);
}

/* "Politico reports Ana Ruiz said …": the frame's words are the claim's via. */
static void
test_via_is_marked_as_credit_only_when_the_view_asks(void **state)
{
	static const char text[] = "Politico reports Ana Ruiz said ports will close on Monday.";
	struct fixture f;
	struct ws_view view;

	fixture_init(&f, text, paragraphs);
	add_claim(&f, WS_CLAIM_INDIRECT, "ports will close on Monday", "said", "Ana Ruiz", 0, 0);
	f.claims[0].via = span_of(text, "Politico reports");
	ws_view_init(&view);
	build(&f, &view);
	assert_int_equal(style_at(&f, "Politico"), 0);
	view.via = 1;
	build(&f, &view);
	assert_int_equal(style_at(&f, "Politico"), WS_STY_MAKE(WS_STY_BY, 0));
	assert_int_equal(style_at(&f, "reports"), WS_STY_MAKE(WS_STY_BY, 0));
	assert_int_equal(style_at(&f, "Ana"), WS_STY_MAKE(WS_STY_BY, 0));
	assert_int_equal(style_at(&f, "said"), WS_STY_MAKE(WS_STY_CUE, 0));
	assert_spans_sorted_and_disjoint(&f);
	fixture_free(&f);
}

static void
test_filter_by_speaker_dims_the_other_claims(void **state)
{
	struct fixture f;
	struct ws_view view;

	setup_two_claims(&f);
	ws_view_init(&view);
	view.speaker = 1;
	build(&f, &view);
	assert_int_equal(style_at(&f, "Ports"), WS_STY_MAKE(WS_STY_DIMMED, 0));
	assert_int_equal(style_at(&f, "said"), WS_STY_MAKE(WS_STY_DIMMED | WS_STY_CUE, 0));
	assert_int_equal(style_at(&f, "ready"), WS_STY_MAKE(WS_STY_DIRECT, 1));
	assert_false(ws_view_has_claim(&view, &f.an, 0));
	assert_true(ws_view_has_claim(&view, &f.an, 1));
	fixture_free(&f);
}

static void
test_filter_by_outlet_dims_the_other_claims(void **state)
{
	struct fixture f;
	struct ws_view view;

	setup_two_claims(&f);
	ws_view_init(&view);
	view.outlet = 0;
	build(&f, &view);
	assert_int_equal(style_at(&f, "Ports"), WS_STY_MAKE(0, 0));
	assert_int_equal(style_at(&f, "ready"), WS_STY_MAKE(WS_STY_DIRECT | WS_STY_DIMMED, 1));
	assert_false(ws_view_has_claim(&view, &f.an, 5));
	fixture_free(&f);
}

static void
test_search_matches_are_marked_inside_and_outside_claims(void **state)
{
	struct fixture f;
	struct ws_view view;
	struct ws_span matches[2];

	setup_two_claims(&f);
	matches[0] = span_of(two_claims, "close");
	matches[1] = span_of(two_claims, "cranes");
	ws_view_init(&view);
	view.matches = matches;
	view.nmatches = 2;
	build(&f, &view);
	assert_int_equal(style_at(&f, "close"), WS_STY_MAKE(WS_STY_MATCH, 0));
	assert_int_equal(style_at(&f, "will"), WS_STY_MAKE(0, 0));
	assert_int_equal(style_at(&f, "on Monday"), WS_STY_MAKE(0, 0));
	assert_int_equal(style_at(&f, "cranes"), WS_STY_MATCH);
	assert_spans_sorted_and_disjoint(&f);
	fixture_free(&f);
}

static void
test_fact_checker_view_marks_assertions_credited_to_no_one(void **state)
{
	struct fixture f;
	struct ws_view view;

	setup_two_claims(&f);
	ws_view_init(&view);
	build(&f, &view);
	assert_int_equal(style_at(&f, "The harbour"), 0);
	view.unattributed = 1;
	build(&f, &view);
	assert_int_equal(style_at(&f, "The harbour"), WS_STY_UNATTRIBUTED);
	assert_int_equal(style_at(&f, "tug"), WS_STY_UNATTRIBUTED);
	assert_int_equal(WS_STY_FLAGS(style_at(&f, "Ports")) & WS_STY_UNATTRIBUTED, 0);
	assert_true(ws_sentence_unattributed(&f.doc, &f.an, 2));
	assert_false(ws_sentence_unattributed(&f.doc, &f.an, 0));
	assert_false(ws_sentence_unattributed(&f.doc, &f.an, 1));
	fixture_free(&f);
}

static void
test_own_voice_count_is_the_unattributed_sentences(void **state)
{
	struct fixture f;
	size_t count, expected = 0;

	setup_two_claims(&f);
	for (size_t s = 0; s < f.doc.nsentences; s++)
		expected += (size_t)ws_sentence_unattributed(&f.doc, &f.an, s);
	count = ws_unattributed_count(&f.doc, &f.an);
	assert_int_equal(count, 1);
	assert_int_equal(count, expected);
	/* With no analysis, every assertion is the article's own. */
	assert_int_equal(ws_unattributed_count(&f.doc, NULL), 3);
	fixture_free(&f);
}

static void
test_questions_titles_and_short_sentences_are_not_assertions(void **state)
{
	static const enum ws_block_kind kinds[] = { WS_BLOCK_TITLE, WS_BLOCK_PARAGRAPH };
	static const char text[] =
		"Harbour strike enters its second week today\n\n"
		"Will the ports open on Monday at all? Unclear. The union has two thousand members.";
	struct fixture f;
	struct ws_view view;

	fixture_init(&f, text, kinds);
	ws_view_init(&view);
	view.unattributed = 1;
	build(&f, &view);
	assert_int_equal(style_at(&f, "Harbour"), WS_STY_TITLE);
	assert_int_equal(style_at(&f, "Will"), 0);
	assert_int_equal(style_at(&f, "Unclear"), 0);
	assert_int_equal(style_at(&f, "The union"), WS_STY_UNATTRIBUTED);
	fixture_free(&f);
}

static void
test_claims_in_a_title_carry_the_title_flag(void **state)
{
	static const enum ws_block_kind kinds[] = { WS_BLOCK_TITLE, WS_BLOCK_PARAGRAPH };
	static const char text[] = "Strike will end soon, Ruiz says\n\nThe body.";
	struct fixture f;
	struct ws_view view;

	fixture_init(&f, text, kinds);
	add_claim(&f, WS_CLAIM_INDIRECT, "Strike will end soon", "says", "Ruiz", 0, WS_NONE);
	ws_view_init(&view);
	build(&f, &view);
	assert_int_equal(style_at(&f, "will"), WS_STY_MAKE(WS_STY_TITLE, 0));
	assert_int_equal(style_at(&f, "says"), WS_STY_MAKE(WS_STY_TITLE | WS_STY_CUE, 0));
	assert_int_equal(style_at(&f, ", Ruiz"), WS_STY_TITLE);
	assert_int_equal(style_at(&f, "The body"), 0);
	fixture_free(&f);
}

static void
test_inner_claim_wins_where_claims_nest(void **state)
{
	static const char text[] = "Ana Ruiz said Tom Cole told her the port would close.";
	struct fixture f;
	struct ws_view view;

	fixture_init(&f, text, paragraphs);
	add_claim(&f, WS_CLAIM_INDIRECT, "Tom Cole told her the port would close", "said",
		  "Ana Ruiz", 0, WS_NONE);
	add_claim(&f, WS_CLAIM_INDIRECT, "the port would close", "told", "Tom Cole", 1, WS_NONE);
	ws_view_init(&view);
	build(&f, &view);
	assert_int_equal(style_at(&f, "Tom"), WS_STY_MAKE(WS_STY_BY, 1));
	assert_int_equal(style_at(&f, "her"), WS_STY_MAKE(0, 0));
	assert_int_equal(style_at(&f, "port"), WS_STY_MAKE(0, 1));
	assert_spans_sorted_and_disjoint(&f);
	fixture_free(&f);
}

#define MANY_CLAIMS 48
#define MANY_BYTES 256
#define SPREAD 256	/* claims MANY_CLAIMS apart: the style's map of claims files them in one place */

/*
 * The claim each byte shows, as the sweep used to find it: marks in the
 * order mark_claims() adds them (content, cue, credit of each claim of
 * ids[0..n), in order), their ends and starts by place, ends first, then
 * by mark; a start pushes its claim, an end removes the latest open mark
 * of its claim, wherever it is; the top of the stack styles the bytes up
 * to the next place where a mark starts or ends (none after the last).
 */
static void
claims_shown(const struct ws_claim *claims, const size_t *ids, size_t nids,
	     size_t shown[MANY_BYTES])
{
	size_t stack[3 * MANY_CLAIMS], n = 0, last = 0;

	for (size_t pos = 0; pos <= MANY_BYTES; pos++) {
		for (int start = 0; start <= 1; start++)
			for (size_t k = 0; k < nids; k++) {
				const struct ws_claim *c = &claims[ids[k]];
				const struct ws_span parts[3] = { c->content, c->cue, c->by };

				for (int p = 0; p < 3; p++) {
					if (parts[p].start >= parts[p].end ||
					    (start ? parts[p].start : parts[p].end) != pos)
						continue;
					last = pos;
					if (start) {
						stack[n++] = ids[k];
						continue;
					}
					for (size_t j = n; j-- > 0;)
						if (stack[j] == ids[k]) {
							memmove(stack + j, stack + j + 1, (n - j - 1) * sizeof *stack);
							n--;
							break;
						}
				}
			}
		if (pos < MANY_BYTES)
			shown[pos] = n > 0 ? stack[n - 1] : WS_NONE;
	}
	for (size_t pos = last; pos < MANY_BYTES; pos++)
		shown[pos] = WS_NONE;
}

/* A span of up to `units` of 8 bytes from a random place (maybe empty). */
static struct ws_span
random_span(uint64_t *r, unsigned units)
{
	uint32_t at, len;

	*r = *r * 6364136223846793005ull + 1442695040888963407ull;
	at = (uint32_t)(*r >> 33) % (MANY_BYTES / 8) * 8;
	len = (uint32_t)(*r >> 45) % (units + 1) * 8;
	if (at + len > MANY_BYTES)
		len = MANY_BYTES - at;
	return (struct ws_span){ at, at + len };
}

/*
 * Claims whose spans start and end at a few places, so that many marks
 * open and close at once and out of order (a claim's pieces share its
 * cue and credit), long ones (many open at once) and short ones (gaps
 * between them), numbered one after the other or SPREAD apart: each
 * byte shows the claim the old sweep found.
 */
static void
test_each_byte_shows_the_latest_open_claim_of_many_at_one_place(void **state)
{
	static char text[MANY_BYTES + 1];
	static struct ws_claim claims[(MANY_CLAIMS + 1) * SPREAD];
	size_t shown[MANY_BYTES], ids[MANY_CLAIMS];
	struct fixture f;
	struct ws_view view;
	uint64_t r = 11;

	memset(text, 'a', MANY_BYTES);
	for (size_t i = 0; i < (MANY_CLAIMS + 1) * SPREAD; i++) {
		claims[i].kind = WS_CLAIM_INDIRECT;
		claims[i].speaker = claims[i].outlet = WS_NONE;
	}
	for (int round = 0; round < 200; round++) {
		size_t n = 4 + (size_t)round % 20 * 2, spread = round % 4 < 2 ? 1 : SPREAD;
		unsigned units = round % 2 == 0 ? 24 : 3;

		fixture_init(&f, text, paragraphs);
		for (size_t k = 0; k < n; k++) {
			/* SPREAD apart, or near that: a few places of the map, and their neighbours. */
			struct ws_claim *c = &claims[ids[k] = k * spread + (spread > 1 ? k % 5 : 0)];

			c->content = random_span(&r, units);
			c->cue = random_span(&r, units);
			/* Every third claim has the first's cue for credit, as a claim's pieces share theirs. */
			c->by = k % 3 == 0 ? claims[0].cue : random_span(&r, units);
		}
		f.an.claims = claims;
		f.an.nclaims = ids[n - 1] + 1;
		ws_view_init(&view);
		build(&f, &view);
		claims_shown(claims, ids, n, shown);
		for (size_t at = 0; at < MANY_BYTES; at++) {
			size_t got = WS_NONE;

			for (size_t i = 0; i < f.nspans; i++)
				if (f.spans[i].start <= at && at < f.spans[i].end &&
				    (f.spans[i].style >> WS_STY_FLAG_BITS) != 0)
					got = WS_STY_CLAIM(f.spans[i].style);
			assert_int_equal(got, shown[at]);
		}
		assert_spans_sorted_and_disjoint(&f);
		fixture_free(&f);
		for (size_t k = 0; k < n; k++)
			claims[ids[k]].content = claims[ids[k]].cue = claims[ids[k]].by = (struct ws_span){ 0, 0 };
	}
}

static void
test_no_analysis_leaves_body_text_unstyled(void **state)
{
	struct fixture f;
	struct ws_view view;

	fixture_init(&f, two_claims, paragraphs);
	ws_view_init(&view);
	ws_style_build(&f.doc, NULL, &view, &f.spans, &f.nspans);
	assert_int_equal(f.nspans, 0);
	assert_null(f.spans);
	fixture_free(&f);
}

static void
test_a_range_gets_the_whole_article_spans_cut_to_it(void **state)
{
	struct fixture f;
	struct ws_view view;
	struct ws_style_span *part;
	struct ws_span matches[1];
	size_t npart, k = 0;
	const uint32_t only_second[] = { 1 };
	struct ws_span block = { 0, 0 };

	setup_two_claims(&f);
	matches[0] = span_of(two_claims, "cranes");
	ws_view_init(&view);
	view.matches = matches;
	view.nmatches = 1;
	view.unattributed = 1;
	view.selected = 1;
	build(&f, &view);
	/* From inside the second claim's quotation to the end of its paragraph. */
	block.start = span_of(two_claims, "are ready").start;
	block.end = ws_doc_block_span(&f.doc, 1).end;
	ws_style_build_range(&f.doc, &f.an, &view, block.start, block.end, only_second, 1, &part,
			     &npart);
	for (size_t i = 0; i < f.nspans; i++) {
		size_t start = f.spans[i].start > block.start ? f.spans[i].start : block.start;
		size_t end = f.spans[i].end < block.end ? f.spans[i].end : block.end;

		if (start >= end)
			continue;
		assert_true(k < npart);
		assert_int_equal(part[k].start, start);
		assert_int_equal(part[k].end, end);
		assert_int_equal(part[k].style, f.spans[i].style);
		k++;
	}
	assert_int_equal(k, npart);
	free(part);
	fixture_free(&f);
}

/*
 * A quotation carried over three paragraphs, its pieces sharing one cue
 * and credit in the first, and a claim whose content runs from the
 * third paragraph into the fourth, under another claim's.
 */
static const char carried[] =
	"Ana Ruiz said the port would open, and added:\n\n"
	"\"We will go.\n\n"
	"\"We will stay, and Tom Cole said the tug is\n\n"
	"ready.\" The harbour has twelve cranes and one tug.";

static void
setup_carried(struct fixture *f)
{
	struct ws_span across;

	fixture_init(f, carried, paragraphs);
	add_claim(f, WS_CLAIM_INDIRECT, "the port would open", "said", "Ana Ruiz", 0, WS_NONE);
	add_claim(f, WS_CLAIM_DIRECT, "\"We will go.", "added", "Ana Ruiz", 0, WS_NONE);
	add_claim(f, WS_CLAIM_DIRECT, "\"We will stay", "added", "Ana Ruiz", 0, WS_NONE);
	add_claim(f, WS_CLAIM_INDIRECT, "the tug is", "said the tug", "Tom Cole", 1, WS_NONE);
	/* Ana Ruiz's last piece holds Tom Cole's claim and crosses into the fourth block. */
	across = span_of(carried, "\"We will stay");
	across.end = span_of(carried, "ready.\"").end;
	f->claims[2].content = across;
	f->claims[2].cue = span_of(carried, "added");
	f->claims[3].cue = span_of(carried, "said the tug");
	f->claims[3].cue.end = f->claims[3].cue.start + 4;
}

static void
assert_block_lists(const struct ws_block_claims *bc, size_t b, const uint32_t *want, size_t n)
{
	const uint32_t *got;

	assert_int_equal(ws_block_claims_of(bc, b, &got), n);
	for (size_t k = 0; k < n; k++)
		assert_int_equal(got[k], want[k]);
}

static void
test_a_claim_is_listed_in_each_block_its_words_touch(void **state)
{
	static const uint32_t first[] = { 0, 1, 2 }, second[] = { 1 }, third[] = { 2, 3 },
			      fourth[] = { 2 };
	struct ws_block_claims bc;
	struct fixture f;

	setup_carried(&f);
	ws_block_claims_build(&f.doc, &f.an, &bc);
	/* The pieces are listed where their cue and credit are, and where their words are. */
	assert_block_lists(&bc, 0, first, 3);
	assert_block_lists(&bc, 1, second, 1);
	assert_block_lists(&bc, 2, third, 2);
	assert_block_lists(&bc, 3, fourth, 1);
	assert_block_lists(&bc, 4, NULL, 0);
	ws_block_claims_free(&bc);
	/* No analysis, no claims; an index not built lists none either. */
	ws_block_claims_build(&f.doc, NULL, &bc);
	assert_block_lists(&bc, 0, NULL, 0);
	ws_block_claims_free(&bc);
	assert_block_lists(&bc, 0, NULL, 0);
	fixture_free(&f);
}

/* Every block's own styles are the article's cut to it, under the view. */
static void
assert_blocks_styled_as_the_article(struct fixture *f, const struct ws_view *view)
{
	struct ws_block_claims bc;

	build(f, view);
	ws_block_claims_build(&f->doc, &f->an, &bc);
	for (size_t b = 0; b < f->doc.nblocks; b++) {
		struct ws_span block = ws_doc_block_span(&f->doc, b);
		struct ws_style_span *part;
		size_t npart, k = 0;

		ws_style_build_block(&f->doc, &f->an, view, &bc, b, &part, &npart);
		for (size_t i = 0; i < f->nspans; i++) {
			size_t start = f->spans[i].start > block.start ? f->spans[i].start : block.start;
			size_t end = f->spans[i].end < block.end ? f->spans[i].end : block.end;

			if (start >= end)
				continue;
			assert_true(k < npart);
			assert_int_equal(part[k].start, start);
			assert_int_equal(part[k].end, end);
			assert_int_equal(part[k].style, f->spans[i].style);
			k++;
		}
		assert_int_equal(k, npart);
		free(part);
	}
	ws_block_claims_free(&bc);
}

static void
test_a_block_styled_alone_is_styled_as_in_the_article(void **state)
{
	struct ws_span matches[2];
	struct ws_view view;
	struct fixture f;

	setup_carried(&f);
	ws_view_init(&view);
	assert_blocks_styled_as_the_article(&f, &view);
	/* The claim that crosses into the fourth block keeps its index there. */
	assert_int_equal(WS_STY_CLAIM(style_at(&f, "ready.")), 2);
	matches[0] = span_of(carried, "go.");
	matches[1] = span_of(carried, "tug is\n\nready");
	view.matches = matches;
	view.nmatches = 2;
	view.unattributed = 1;
	view.selected = 2;
	view.speaker = 1;
	view.via = 1;
	assert_blocks_styled_as_the_article(&f, &view);
	fixture_free(&f);
}

static void
test_claims_a_filter_leaves_out_get_no_style_at_all(void **state)
{
	struct ws_view view;
	struct fixture f;

	setup_two_claims(&f);
	ws_view_init(&view);
	view.speaker = 1;
	view.leave_out = 1;
	build(&f, &view);
	/* Not dimmed: not there (the command line's text and ANSI exports). */
	assert_int_equal(style_at(&f, "Ports"), 0);
	assert_int_equal(style_at(&f, "said"), 0);
	assert_int_equal(style_at(&f, "ready"), WS_STY_MAKE(WS_STY_DIRECT, 1));
	assert_int_equal(style_at(&f, "told"), WS_STY_MAKE(WS_STY_CUE, 1));
	assert_blocks_styled_as_the_article(&f, &view);
	fixture_free(&f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_claim_content_cue_and_credit_carry_the_claim_index),
		cmocka_unit_test(test_direct_quotation_is_marked_direct),
		cmocka_unit_test(test_only_the_quoted_part_of_a_mixed_claim_is_direct),
		cmocka_unit_test(test_selected_claim_is_marked_in_content_cue_and_credit),
		cmocka_unit_test(test_via_is_marked_as_credit_only_when_the_view_asks),
		cmocka_unit_test(test_filter_by_speaker_dims_the_other_claims),
		cmocka_unit_test(test_filter_by_outlet_dims_the_other_claims),
		cmocka_unit_test(test_claims_a_filter_leaves_out_get_no_style_at_all),
		cmocka_unit_test(test_a_claim_is_listed_in_each_block_its_words_touch),
		cmocka_unit_test(test_a_block_styled_alone_is_styled_as_in_the_article),
		cmocka_unit_test(test_search_matches_are_marked_inside_and_outside_claims),
		cmocka_unit_test(test_fact_checker_view_marks_assertions_credited_to_no_one),
		cmocka_unit_test(test_own_voice_count_is_the_unattributed_sentences),
		cmocka_unit_test(test_questions_titles_and_short_sentences_are_not_assertions),
		cmocka_unit_test(test_claims_in_a_title_carry_the_title_flag),
		cmocka_unit_test(test_inner_claim_wins_where_claims_nest),
		cmocka_unit_test(test_each_byte_shows_the_latest_open_claim_of_many_at_one_place),
		cmocka_unit_test(test_no_analysis_leaves_body_text_unstyled),
		cmocka_unit_test(test_a_range_gets_the_whole_article_spans_cut_to_it),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

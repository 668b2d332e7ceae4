/*
 * The learned layer's feature set and decoding (learn_features.c,
 * learn_apply.c): the rules' reading of each token (stacking), the gold
 * labels, the sequences, and claims from tags.  The texts are our own.
 */
#include "analyze_helpers.h"

#include "learn_features.h"
#include "learn_helpers.h"

/* The index in doc->tokens of the first token that is `word`. */
static size_t
token_of(const char *word)
{
	for (size_t t = 0; t < doc->ntokens; t++)
		if (ws_token_len(&doc->tokens[t]) == strlen(word) &&
		    memcmp(text->s + ws_token_start(&doc->tokens[t]), word, ws_token_len(&doc->tokens[t])) == 0)
			return t;
	fail_msg("no token '%s'", word);
	return 0;
}

/* The byte span of the first occurrence of `s` in the text. */
static struct ws_gold_part
part_of(const char *s)
{
	const char *at = strstr(text->s, s);
	struct ws_gold_part p;

	assert_non_null(at);
	p.start = (uint32_t)(at - text->s);
	p.end = p.start + (uint32_t)strlen(s);
	return p;
}

static uint8_t *
rule_marks(void)
{
	uint8_t *rule = calloc(doc->ntokens + 1, 1);

	assert_non_null(rule);
	lf_mark_rules(doc, an, rule);
	return rule;
}

static void
test_rule_cue_content_and_credit_set_their_marks(void **state)
{
	uint8_t *rule;

	(void)state;
	analyze("The harbour bridge will reopen in May, the mayor said on Tuesday.\n");
	rule = rule_marks();
	assert_true(rule[token_of("said")] & LF_RULE_CUE);
	assert_false(rule[token_of("said")] & LF_RULE_CONTENT);
	assert_true(rule[token_of("mayor")] & LF_RULE_BY);
	assert_true(rule[token_of("The")] & LF_RULE_FIRST);
	assert_true(rule[token_of("bridge")] & LF_RULE_CONTENT);
	assert_false(rule[token_of("bridge")] & (LF_RULE_FIRST | LF_RULE_LAST | LF_RULE_CUE));
	assert_true(rule[token_of("May")] & LF_RULE_LAST);
	assert_int_equal(rule[token_of("Tuesday")], 0);
	free(rule);
}

static void
test_quoted_claim_is_marked_direct(void **state)
{
	uint8_t *rule;

	(void)state;
	analyze("\u201cWe will rebuild the pier,\u201d Amara Diallo said.\n");
	rule = rule_marks();
	assert_true(rule[token_of("rebuild")] & LF_RULE_DIRECT);
	assert_true(rule[token_of("Diallo")] & LF_RULE_MENTION);
	free(rule);
}

/* Each sequence's features, concatenated, with the first token of each. */
struct collected {
	uint32_t feats[4096];
	size_t nfeats;
	size_t first[64], ntokens[64];
	size_t nseqs;
	uint8_t labels[1024];
	size_t nlabels;
};

static int
collect(void *ctx, struct ws_seq *seq, size_t first)
{
	struct collected *c = ctx;

	assert_true(c->nseqs < 64);
	c->first[c->nseqs] = first;
	c->ntokens[c->nseqs++] = seq->ntokens;
	for (size_t i = 0; i < seq->nfeats && c->nfeats < 4096; i++)
		c->feats[c->nfeats++] = seq->feats[i];
	for (size_t i = 0; i < seq->ntokens && c->nlabels < 1024; i++)
		c->labels[c->nlabels++] = seq->labels[i];
	return 0;
}

static void
sequences(const struct ws_analysis *with, const struct ws_gold *gold, struct collected *c)
{
	struct ws_seq seq;

	memset(c, 0, sizeof *c);
	ws_seq_init(&seq);
	assert_int_equal(lf_sequences(doc, with, gold, &seq, collect, c, NULL), 0);
	ws_seq_free(&seq);
}

static void
test_rules_reading_changes_the_features(void **state)
{
	static struct collected with, without;
	struct ws_analysis none = { 0 };
	struct ws_gold nogold = { 0 };

	(void)state;
	analyze("The harbour bridge will reopen in May, the mayor said on Tuesday.\n");
	/* gold (empty) so that the sequence is made even without the rules' reading */
	sequences(an, &nogold, &with);
	sequences(&none, &nogold, &without);
	assert_int_equal(with.nseqs, 1);
	assert_int_equal(without.nseqs, 1);
	assert_int_equal(with.nfeats, without.nfeats);
	assert_memory_not_equal(with.feats, without.feats, with.nfeats * sizeof *with.feats);
}

static void
test_nothing_to_stack_on_is_not_tagged(void **state)
{
	static struct collected c;

	(void)state;
	analyze("The harbour bridge will reopen in May.\n\nThe mayor said the work is done.\n");
	sequences(an, NULL, &c);
	assert_int_equal(c.nseqs, 1);
	assert_int_equal(c.first[0], token_of("mayor") - 1);
}

static void
test_gold_spans_become_labels(void **state)
{
	static struct collected c;
	struct ws_gold_part content, source, cue;
	struct ws_gold_attribution a = { &source, &cue, &content, 1, 1, 1 };
	struct ws_gold gold = { &a, 1 };
	size_t first;

	(void)state;
	analyze("The harbour bridge will reopen in May, the mayor said.\n");
	content = part_of("The harbour bridge will reopen in May");
	source = part_of("the mayor");
	cue = part_of("said");
	sequences(an, &gold, &c);
	first = c.first[0];
	assert_int_equal(c.labels[token_of("The") - first], LF_B_CONTENT);
	assert_int_equal(c.labels[token_of("bridge") - first], LF_I_CONTENT);
	assert_int_equal(c.labels[token_of("May") - first], LF_I_CONTENT);
	assert_int_equal(c.labels[token_of(",") - first], LF_O);
	assert_int_equal(c.labels[token_of("the") - first], LF_B_SOURCE);
	assert_int_equal(c.labels[token_of("mayor") - first], LF_I_SOURCE);
	assert_int_equal(c.labels[token_of("said") - first], LF_B_CUE);
	assert_int_equal(c.labels[token_of(".") - first], LF_O);
}

static void
test_split_content_goes_on_inside(void **state)
{
	static struct collected c;
	struct ws_gold_part content[2], source, cue;
	struct ws_gold_attribution a = { &source, &cue, content, 1, 1, 2 };
	struct ws_gold gold = { &a, 1 };
	size_t first;

	(void)state;
	analyze("The bridge, the mayor said, will reopen in May.\n");
	content[0] = part_of("The bridge");
	content[1] = part_of("will reopen in May");
	source = part_of("the mayor");
	cue = part_of("said");
	sequences(an, &gold, &c);
	first = c.first[0];
	assert_int_equal(c.labels[token_of("The") - first], LF_B_CONTENT);
	assert_int_equal(c.labels[token_of("will") - first], LF_I_CONTENT);
	assert_int_equal(c.labels[token_of("said") - first], LF_B_CUE);
}

static void
test_long_paragraph_is_cut_between_sentences(void **state)
{
	static struct collected c;
	static char buf[16384];
	struct ws_gold nogold = { 0 };
	size_t n = 0, total = 0;

	(void)state;
	for (int i = 0; i < 60; i++)
		n += (size_t)snprintf(buf + n, sizeof buf - n,
				      "The ferry to the island left at %d and came back late. ", i);
	buf[n - 1] = '\n';
	analyze(buf);
	assert_int_equal(doc->nblocks, 1);
	sequences(an, &nogold, &c);
	assert_true(c.nseqs > 1);
	for (size_t s = 0; s < c.nseqs; s++) {
		assert_true(c.ntokens[s] <= LF_MAX_SEQ);
		assert_int_equal(c.first[s], total);
		total += c.ntokens[s];
	}
	assert_int_equal(total, doc->ntokens);
}

/*
 * A model (all feature weights 0) whose transitions alone decide: all
 * O, or one content from the first token to the last.
 */
static struct ws_model *
transition_model(int whole_content, uint8_t **bytes)
{
	int16_t trans[(1 + LF_NLABELS) * LF_NLABELS];
	static int8_t weights[TOY_BUCKETS * LF_NLABELS];
	struct ws_model *model;
	size_t n;

	memset(trans, 0, sizeof trans);
	if (whole_content) {
		trans[LF_B_CONTENT] = 100;				/* start -> B */
		trans[(1 + LF_B_CONTENT) * LF_NLABELS + LF_I_CONTENT] = 100;	/* B -> I */
		trans[(1 + LF_I_CONTENT) * LF_NLABELS + LF_I_CONTENT] = 100;	/* I -> I */
	} else {
		for (unsigned p = 0; p <= LF_NLABELS; p++)
			trans[p * LF_NLABELS + LF_O] = 100;
	}
	*bytes = hand_model(LF_NLABELS, trans, weights, &n);
	assert_int_equal(ws_model_from_bytes(*bytes, n, "test", TOY_FEATSET, &model, NULL), 0);
	return model;
}

static void
test_rules_claims_stay_when_the_tagger_finds_none(void **state)
{
	uint8_t *bytes;
	struct ws_model *model = transition_model(0, &bytes);

	(void)state;
	analyze("The harbour bridge will reopen in May, the mayor said.\n");
	assert_int_equal(an->nclaims, 1);
	assert_int_equal(ws_learn_apply(model, doc, an, NULL), 0);
	assert_int_equal(an->nclaims, 1);
	assert_true(span_is(an->claims[0].content,
			    "The harbour bridge will reopen in May"));
	ws_model_free(model);
	free(bytes);
}

static void
test_claim_ends_where_the_tagger_ends_it(void **state)
{
	uint8_t *bytes;
	struct ws_model *model = transition_model(1, &bytes);
	struct ws_claim before;

	(void)state;
	analyze("The mayor said the bridge will reopen in May and the pier in June.\n");
	assert_int_equal(an->nclaims, 1);
	before = an->claims[0];
	assert_int_equal(ws_learn_apply(model, doc, an, NULL), 0);
	assert_int_equal(an->nclaims, 1);
	assert_int_equal(an->claims[0].content.start, before.content.start);
	assert_int_equal(an->claims[0].content.end, ws_token_start(&doc->tokens[doc->ntokens - 1]) + 1);
	assert_int_equal(an->claims[0].cue.start, before.cue.start);
	assert_int_equal(an->claims[0].speaker, before.speaker);
	ws_model_free(model);
	free(bytes);
}

#define WORD_BUCKETS (1u << 16)

/* A word and the label a hand-made model gives it. */
struct word_label {
	const char *word;
	unsigned label;
};

/*
 * A model by hand over LF_NLABELS labels and WORD_BUCKETS buckets: each
 * word of words pulls hard to its label, and the transitions make a
 * source, a cue, an O ("that") and then one content to the end.
 */
static struct ws_model *
word_model(const struct word_label *words, size_t n, uint8_t **bytes)
{
	const unsigned L = LF_NLABELS;
	size_t at = (32 + 2u * (1 + L) * L + 63) / 64 * 64, size = at + (size_t)WORD_BUCKETS * L + 8;
	static const unsigned chain[][2] = {
		{ LF_B_SOURCE, LF_I_SOURCE }, { LF_B_SOURCE, LF_B_CUE }, { LF_I_SOURCE, LF_B_CUE },
		{ LF_B_CUE, LF_O }, { LF_O, LF_B_CONTENT }, { LF_B_CONTENT, LF_I_CONTENT },
		{ LF_I_CONTENT, LF_I_CONTENT },
	};
	struct ws_model *model;
	uint8_t *b = calloc(1, size);

	assert_non_null(b);
	memcpy(b, "WSMODEL", 8);
	put32(b + 8, WS_MODEL_FORMAT);
	put32(b + 12, TOY_FEATSET);
	put32(b + 16, L);
	put32(b + 20, WORD_BUCKETS);
	for (size_t i = 0; i < sizeof chain / sizeof chain[0]; i++)
		b[32 + 2 * ((1 + chain[i][0]) * L + chain[i][1])] = 50;
	for (size_t i = 0; i < n; i++)
		b[at + (lf_word_feature(words[i].word) & (WORD_BUCKETS - 1)) * L + words[i].label] = 100;
	reseal(b, size);
	assert_int_equal(ws_model_from_bytes(b, size, "test", TOY_FEATSET, &model, NULL), 0);
	*bytes = b;
	return model;
}

static const struct word_label sighed[] = {
	{ "Sarah", LF_B_SOURCE }, { "Okafor", LF_I_SOURCE }, { "Our", LF_B_SOURCE },
	{ "clerk", LF_I_SOURCE }, { "sighed", LF_B_CUE }, { "that", LF_O },
};

static void
test_new_claim_credited_to_a_person_named(void **state)
{
	uint8_t *bytes;
	struct ws_model *model = word_model(sighed, sizeof sighed / sizeof sighed[0], &bytes);
	const struct ws_claim *c;

	(void)state;
	analyze("Sarah Okafor sighed that the ferry timetable was far too slow for the island.\n");
	assert_int_equal(an->nclaims, 0);
	assert_true(an->npeople >= 1);
	assert_int_equal(ws_learn_apply(model, doc, an, NULL), 0);
	assert_int_equal(an->nclaims, 1);
	c = &an->claims[0];
	assert_true(span_is(c->content,
			    "the ferry timetable was far too slow for the island."));
	assert_true(span_is(c->cue, "sighed"));
	assert_true(span_is(c->by, "Sarah Okafor"));
	assert_int_not_equal(c->speaker, WS_NONE);
	assert_string_equal(an->people[c->speaker].name, "Sarah Okafor");
	assert_int_equal(an->people[c->speaker].nclaims, 1);
	ws_model_free(model);
	free(bytes);
}

static void
test_new_claim_credited_to_nobody_known_is_dropped(void **state)
{
	uint8_t *bytes;
	struct ws_model *model = word_model(sighed, sizeof sighed / sizeof sighed[0], &bytes);

	(void)state;
	/* a quotation mark, so that the paragraph is tagged at all */
	analyze("Our clerk sighed that the ferry timetable was \u201cfar too slow\u201d for the island.\n");
	assert_int_equal(an->nclaims, 0);
	assert_int_equal(ws_learn_apply(model, doc, an, NULL), 0);
	assert_int_equal(an->nclaims, 0);
	ws_model_free(model);
	free(bytes);
}

static void
test_content_inside_a_rules_claim_is_no_new_claim(void **state)
{
	uint8_t *bytes;
	struct ws_model *model = word_model(sighed, sizeof sighed / sizeof sighed[0], &bytes);
	struct ws_claim before;

	(void)state;
	analyze("Officials said that Sarah Okafor, the harbour master of the eastern island, "
		"sighed that it was far too slow.\n");
	assert_int_equal(an->nclaims, 1);
	before = an->claims[0];
	assert_int_equal(ws_learn_apply(model, doc, an, NULL), 0);
	assert_int_equal(an->nclaims, 1);
	assert_int_equal(an->claims[0].content.start, before.content.start);
	assert_int_equal(an->claims[0].cue.start, before.cue.start);
	ws_model_free(model);
	free(bytes);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rule_cue_content_and_credit_set_their_marks),
		cmocka_unit_test(test_quoted_claim_is_marked_direct),
		cmocka_unit_test(test_rules_reading_changes_the_features),
		cmocka_unit_test(test_nothing_to_stack_on_is_not_tagged),
		cmocka_unit_test(test_gold_spans_become_labels),
		cmocka_unit_test(test_split_content_goes_on_inside),
		cmocka_unit_test(test_long_paragraph_is_cut_between_sentences),
		cmocka_unit_test(test_rules_claims_stay_when_the_tagger_finds_none),
		cmocka_unit_test(test_claim_ends_where_the_tagger_ends_it),
		cmocka_unit_test(test_new_claim_credited_to_a_person_named),
		cmocka_unit_test(test_new_claim_credited_to_nobody_known_is_dropped),
		cmocka_unit_test(test_content_inside_a_rules_claim_is_no_new_claim),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

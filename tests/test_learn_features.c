/*
 * The learned layer's feature set and decoding (learn_features.c,
 * learn_apply.c): the rules' reading of each token (stacking), the
 * choices made for each claim of the rules, the gold cuts as labels, and
 * the claims' bounds from the choices.  The texts are our own.
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
		    memcmp(text->s + ws_token_start(&doc->tokens[t]), word, strlen(word)) == 0)
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

/* One gold attribution of the text analysed, by its words (static: the next call reuses it). */
static const struct ws_gold *
one_gold(const char *content, const char *source, const char *cue)
{
	static struct ws_gold_part c, so, cu;
	static struct ws_gold_attribution a = { &so, &cu, &c, 1, 1, 1 };
	static struct ws_gold gold = { &a, 1 };

	c = part_of(content);
	so = part_of(source);
	cu = part_of(cue);
	return &gold;
}

static void
test_rule_cue_and_credit_set_their_marks(void **state)
{
	uint8_t *rule;

	(void)state;
	analyze("The harbour bridge will reopen in May, the mayor said on Tuesday.\n");
	rule = calloc(doc->ntokens + 1, 1);
	assert_non_null(rule);
	lf_mark_rules(doc, an, rule);
	assert_int_equal(rule[token_of("said")], LF_RULE_CUE);
	assert_int_equal(rule[token_of("mayor")], LF_RULE_BY);
	assert_int_equal(rule[token_of("bridge")], 0);
	assert_int_equal(rule[token_of("Tuesday")], 0);
	free(rule);
}

/*
 * Each choice made about a claim: what it decides, its candidates,
 * labels and features; and the cue decisions' candidates and gold.
 */
struct collected {
	struct lf_choice choice[8];
	size_t ntokens[8], chosen[8];
	uint32_t feats[8][2048];
	size_t nfeats[8];
	size_t n;
	size_t cue[64];
	uint8_t cue_gold[64];
	size_t ncues;
};

static int
collect(void *ctx, struct ws_seq *seq, const struct lf_choice *ch)
{
	struct collected *c = ctx;

	assert_true(seq->choice);
	if (ch->what == LF_CUE) {
		assert_int_equal(seq->ntokens, 2);
		assert_true(c->ncues < 64);
		c->cue[c->ncues] = ch->first;
		c->cue_gold[c->ncues++] = seq->labels[1];
		return 0;
	}
	assert_true(c->n < 8);
	c->choice[c->n] = *ch;
	c->ntokens[c->n] = seq->ntokens;
	c->chosen[c->n] = WS_NONE;
	for (size_t i = 0; i < seq->ntokens; i++)
		if (seq->labels[i] == LF_CHOSEN)
			c->chosen[c->n] = lf_candidate(ch, i);
	assert_true(seq->nfeats <= 2048);
	memcpy(c->feats[c->n], seq->feats, seq->nfeats * sizeof *seq->feats);
	c->nfeats[c->n++] = seq->nfeats;
	return 0;
}

static void
choices(const struct ws_analysis *with, const struct ws_gold *gold, struct collected *c)
{
	struct ws_seq seq;

	memset(c, 0, sizeof *c);
	ws_seq_init(&seq);
	assert_int_equal(lf_sequences(doc, with, gold, &seq, collect, c), 0);
	ws_seq_free(&seq);
}

/* Whether token t is among the candidates of choice i. */
static int
candidate(const struct collected *c, size_t i, size_t t)
{
	return t >= c->choice[i].first && t < c->choice[i].first + c->ntokens[i];
}

static void
test_each_claim_chooses_its_end_then_its_start(void **state)
{
	static struct collected c;

	(void)state;
	analyze("The mayor said the bridge will reopen in May and the pier in June.\n");
	assert_int_equal(an->nclaims, 1);
	choices(an, NULL, &c);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.choice[0].what, LF_END);
	assert_int_equal(c.choice[1].what, LF_START);
	assert_int_equal(c.choice[0].claim, 0);
	/* the rules' own cut is a candidate of each */
	assert_true(candidate(&c, 0, token_of("June")));
	assert_true(candidate(&c, 0, token_of("May")));
	assert_true(candidate(&c, 1, token_of("the")));
	assert_true(candidate(&c, 1, token_of("said")));
	/* with no gold, nothing is chosen, and the rules' cut comes first */
	assert_int_equal(c.chosen[0], WS_NONE);
	assert_true(c.choice[0].rule_first);
	assert_int_equal(lf_candidate(&c.choice[0], 0), token_of("June"));
	assert_int_equal(lf_candidate(&c.choice[1], 0), token_of("the"));
}

static void
test_candidates_stay_in_the_sentence(void **state)
{
	static struct collected c;
	size_t second;

	(void)state;
	analyze("The ferry was late again. The mayor said the bridge will reopen in May. "
		"The pier stays shut.\n");
	assert_int_equal(an->nclaims, 1);
	choices(an, NULL, &c);
	assert_int_equal(c.n, 2);
	second = token_of("mayor") - 1;
	for (size_t i = 0; i < 2; i++) {
		assert_true(c.choice[i].first >= second);
		assert_true(c.choice[i].first + c.ntokens[i] <= token_of("pier") - 1);
	}
	/* a start never past the rules' end */
	assert_true(c.choice[1].first + c.ntokens[1] <= token_of("May") + 1);
}

static void
test_gold_cuts_are_the_chosen_candidates(void **state)
{
	static struct collected c;

	(void)state;
	analyze("The mayor said the bridge will reopen in May and the pier in June.\n");
	choices(an, one_gold("the bridge will reopen in May", "The mayor", "said"), &c);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.chosen[0], token_of("May"));
	assert_int_equal(c.chosen[1], token_of("the"));
	assert_false(c.choice[0].rule_first);
}

static void
test_gold_that_is_left_out(void **state)
{
	static struct collected c;

	(void)state;
	analyze("The mayor said that the bridge will reopen in May.\n");
	choices(an, one_gold("that the bridge will reopen in May", "The mayor", "said"), &c);
	assert_int_equal(c.n, 2);
	assert_int_equal(c.chosen[1], token_of("bridge") - 1);
}

static void
test_gold_of_another_cue_teaches_nothing(void **state)
{
	static struct collected c;

	(void)state;
	analyze("The mayor said the bridge will reopen in May, as the engineers hope.\n");
	choices(an, one_gold("the bridge will reopen in May", "the engineers", "hope"), &c);
	assert_int_equal(c.n, 0);
	assert_true(c.ncues > 0);
}

/* Whether the cue decisions hold token t, and with which gold. */
static int
cue_gold_of(const struct collected *c, size_t t)
{
	for (size_t i = 0; i < c->ncues; i++)
		if (c->cue[i] == t)
			return c->cue_gold[i];
	return -1;
}

static void
test_gold_cue_heads_are_the_cues_to_learn(void **state)
{
	static struct collected c;

	(void)state;
	analyze("The harbour master has grumbled that the ferry is late.\n");
	choices(an, one_gold("the ferry is late", "The harbour master", "has grumbled"), &c);
	/* the head of "has grumbled" is "grumbled", not the auxiliary */
	assert_int_equal(cue_gold_of(&c, token_of("grumbled")), 1);
	assert_int_equal(cue_gold_of(&c, token_of("has")), 0);
	assert_int_equal(cue_gold_of(&c, token_of("ferry")), 0);
	/* short words and names are no candidates */
	assert_int_equal(cue_gold_of(&c, token_of("is")), -1);
	assert_int_equal(cue_gold_of(&c, token_of("The")), 0);	/* opening its sentence */
	/* without gold, no cue decisions: the analysis makes them (ws_learn_cues) */
	choices(an, NULL, &c);
	assert_int_equal(c.ncues, 0);
}

static void
test_rules_reading_changes_the_features(void **state)
{
	static struct collected with, without;
	struct ws_analysis other;
	struct ws_claim claim;

	(void)state;
	analyze("The harbour bridge will reopen in May, the mayor said on Tuesday.\n");
	assert_int_equal(an->nclaims, 1);
	choices(an, NULL, &with);
	/* the same claim with no cue: the features of the same candidates differ */
	other = *an;
	claim = an->claims[0];
	claim.cue.start = claim.cue.end = 0;
	other.claims = &claim;
	choices(&other, NULL, &without);
	assert_int_equal(with.n, 2);
	assert_int_equal(without.n, 2);
	assert_int_equal(with.nfeats[0], without.nfeats[0]);
	assert_memory_not_equal(with.feats[0], without.feats[0],
				with.nfeats[0] * sizeof *with.feats[0]);
}

#define WORD_BUCKETS (1u << 16)

/*
 * A model by hand over LF_NLABELS labels and WORD_BUCKETS buckets, of
 * scale 1: the feature `pull` (unless 0) pulls hard to LF_CHOSEN.
 */
static struct ws_model *
pull_model(uint32_t pull, uint8_t **bytes)
{
	const unsigned L = LF_NLABELS;
	size_t at, size;
	struct ws_model *model;
	uint8_t *b = blank_model(L, WORD_BUCKETS, &at, &size);

	put32(b + 24, 0x3f800000u);	/* scale 1 */
	if (pull != 0)
		b[at + (pull & (WORD_BUCKETS - 1)) * L + LF_CHOSEN] = 100;
	reseal(b, size);
	assert_int_equal(ws_model_from_bytes(b, size, "test", TOY_FEATSET, &model, NULL), 0);
	*bytes = b;
	return model;
}

/*
 * A model like pull_model()'s whose every weight is drawn from seed, in
 * -60 .. 60: all features count, and most choices move off the rules' cut.
 */
static struct ws_model *
noise_model(uint64_t seed, uint8_t **bytes)
{
	const unsigned L = LF_NLABELS;
	size_t at, size;
	struct ws_model *model;
	uint8_t *b = blank_model(L, WORD_BUCKETS, &at, &size);

	put32(b + 24, 0x3f800000u);	/* scale 1 */
	for (size_t i = 0; i < (size_t)WORD_BUCKETS * L; i++)
		b[at + i] = (uint8_t)(int8_t)((int)(toy_random(&seed) % 121) - 60);
	reseal(b, size);
	assert_int_equal(ws_model_from_bytes(b, size, "test", TOY_FEATSET, &model, NULL), 0);
	*bytes = b;
	return model;
}

/* A text of several claims with quotations, commas and cues on both sides. */
static const char noisy_text[] =
	"Port Strike Talks Stall\n\n"
	"The harbour bridge will reopen in May, the mayor said on Tuesday, but the pier "
	"will stay shut until June.\n\n"
	"\u201cWe are not going back to work,\u201d said Ama Owusu, who leads the dockers, "
	"\u201cuntil the authority puts a written offer on the table.\u201d\n\n"
	"According to the port authority, the cranes cost less than the strike, and the "
	"talks, which resumed on Monday, could end this week, Owusu told reporters.\n\n"
	"The minister grumbled that the ferry timetable was far too slow and said the "
	"council had ignored the warnings of the pilots.\n";

/* The token chosen for each choice, decided from its sequence by ws_model_tag(). */
struct tagged {
	const struct ws_model *model;
	size_t chosen[64];
	size_t n, moved;
};

static int
tag_each(void *ctx, struct ws_seq *seq, const struct lf_choice *ch)
{
	struct tagged *tg = ctx;
	size_t i = 0;

	assert_int_equal(ws_model_tag(tg->model, seq, NULL), 0);
	while (i + 1 < seq->ntokens && seq->labels[i] != LF_CHOSEN)
		i++;
	assert_true(tg->n < 64);
	tg->chosen[tg->n++] = lf_candidate(ch, i);
	tg->moved += lf_candidate(ch, i) != ch->rule;
	return 0;
}

static void
chosen_at_once(void *ctx, const struct lf_choice *ch, size_t token)
{
	struct tagged *tg = ctx;

	(void)ch;
	assert_true(tg->n < 64);
	tg->chosen[tg->n++] = token;
}

/*
 * Applying the model decides each choice at once from the features'
 * margins (lf_choose()), without the sequences the trainer learns from:
 * it chooses what ws_model_tag() chooses from those sequences, for every
 * choice, whatever the weights.
 */
static void
test_choices_at_once_are_the_sequences_choices(void **state)
{
	static uint32_t words[512];
	size_t moved = 0;

	(void)state;
	analyze(noisy_text);
	assert_true(an->nclaims >= 4);
	assert_true(doc->ntokens <= 512);
	for (uint64_t seed = 1; seed <= 8; seed++) {
		uint8_t *bytes;
		struct ws_model *model = noise_model(seed, &bytes);
		struct tagged from_seqs = { model, { 0 }, 0, 0 }, at_once = { model, { 0 }, 0, 0 };
		struct ws_seq seq;

		ws_seq_init(&seq);
		assert_int_equal(lf_sequences(doc, an, NULL, &seq, tag_each, &from_seqs), 0);
		ws_seq_free(&seq);
		lf_choose(doc, an, model, NULL, chosen_at_once, &at_once);
		assert_int_equal(at_once.n, from_seqs.n);
		assert_int_equal(at_once.n, 2 * an->nclaims);
		for (size_t i = 0; i < at_once.n; i++)
			assert_int_equal(at_once.chosen[i], from_seqs.chosen[i]);
		/* the same with the words made before (as the analysis makes them) */
		lf_words(doc, 0, doc->ntokens, words);
		at_once.n = 0;
		lf_choose(doc, an, model, words, chosen_at_once, &at_once);
		assert_int_equal(at_once.n, from_seqs.n);
		for (size_t i = 0; i < at_once.n; i++)
			assert_int_equal(at_once.chosen[i], from_seqs.chosen[i]);
		moved += from_seqs.moved;
		ws_model_free(model);
		free(bytes);
	}
	/* the weights matter: most cuts moved */
	assert_true(moved > 8 * an->nclaims);
}

/* The cue decisions' margins ("yes" less "no"), by candidate token. */
struct cue_margins {
	const struct ws_model *model;
	int32_t margin[512];
	uint8_t candidate[512];
};

static int
cue_margin_each(void *ctx, struct ws_seq *seq, const struct lf_choice *ch)
{
	struct cue_margins *cm = ctx;

	if (ch->what != LF_CUE)
		return 0;
	assert_true(ch->first < 512);
	cm->candidate[ch->first] = 1;
	cm->margin[ch->first] = ws_model_margin(cm->model, seq->feats + seq->first[1],
						ws_seq_nfeats(seq, 1)) -
				ws_model_margin(cm->model, seq->feats, ws_seq_nfeats(seq, 0));
	return 0;
}

/*
 * The analysis's learned cues (ws_learn_cues()) are the trainer's cue
 * decisions: a candidate is a cue when its features' margin over "no"
 * is above LF_CUE_MARGIN, whatever the weights.
 */
static void
test_learned_cues_are_the_decisions_margins(void **state)
{
	static struct cue_margins cm;
	size_t cues = 0, not = 0;

	(void)state;
	analyze(noisy_text);
	assert_true(doc->ntokens < 512);
	for (uint64_t seed = 1; seed <= 8; seed++) {
		uint8_t *bytes, is_cue[WS_SENTENCE_MAX_TOKENS];
		struct ws_model *model = noise_model(seed, &bytes);
		struct ws_seq seq;

		memset(&cm, 0, sizeof cm);
		cm.model = model;
		ws_seq_init(&seq);
		assert_int_equal(lf_sequences(doc, an, one_gold("the cranes cost less than the strike",
								"the port authority", "According to"),
					      &seq, cue_margin_each, &cm), 0);
		ws_seq_free(&seq);
		for (size_t se = 0; se < doc->nsentences; se++) {
			size_t lo = ws_sentence_first_token(doc, se), n = ws_sentence_ntokens(doc, se);

			memset(is_cue, 1, n);
			assert_int_equal(ws_learn_cues(model, doc, se, is_cue, NULL), 0);
			for (size_t k = 0; k < n; k++) {
				enum ws_block_kind kind = ws_doc_block_kind(doc, ws_sentence_block(doc, se));

				/* the trainer learns no cue of a title or heading; the analysis reads them */
				if (kind == WS_BLOCK_TITLE || kind == WS_BLOCK_HEADING)
					continue;
				if (!cm.candidate[lo + k]) {
					assert_int_equal(is_cue[k], 0);
					continue;
				}
				assert_int_equal(is_cue[k], cm.margin[lo + k] > (int32_t)LF_CUE_MARGIN);
				cues += is_cue[k];
				not += !is_cue[k];
			}
		}
		ws_model_free(model);
		free(bytes);
	}
	assert_true(cues > 0 && not > 0);
}

/*
 * A word's feature is the hash of its first 24 bytes with the ASCII
 * capitals lower-cased (template 2, "the word", as the feature set of
 * version 5 defines it), whatever its length; other bytes stay as they
 * are, those next to 'A' .. 'Z' and those whose low seven bits are
 * capitals too.
 */
static void
test_word_feature_is_the_lower_cased_words_hash(void **state)
{
	static const char *const words[] = {
		"said", "SAID", "Said", "x", "Owusu-Ansah", "internationalisation",
		"Counter-Revolutionaries-Of-Old", "Z\xc3\xbcrich", "@[`{AZaz", "\xc1\xda\xc1\xda\xc1Q",
	};

	(void)state;
	for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
		unsigned char low[24];
		size_t n = strlen(words[i]) < 24 ? strlen(words[i]) : 24;

		for (size_t j = 0; j < n; j++) {
			unsigned char c = (unsigned char)words[i][j];

			low[j] = c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
		}
		assert_int_equal(lf_word_feature(words[i]), ws_feat_hash(2, low, n) | 1);
	}
	assert_int_equal(lf_word_feature("SAID"), lf_word_feature("said"));
	assert_int_not_equal(lf_word_feature("\xc1"), lf_word_feature("\xe1"));
}

/* A model that ends contents with `word`, or keeps every cut (NULL). */
static struct ws_model *
end_model(const char *word, uint8_t **bytes)
{
	return pull_model(word != NULL ? lf_end_word_feature(word) : 0, bytes);
}

/*
 * A learned cue is read by the rules: "grumbled" is in no word list, a
 * model that reads it as a cue makes the rules find its subject and
 * content, and a model that does not leaves the sentence without claim.
 */
static void
test_learned_cue_is_read_by_the_rules(void **state)
{
	uint8_t *b;
	struct ws_model *model = pull_model(lf_cue_word_feature("grumbled"), &b);
	struct ws_lexicon *with;
	struct ws_error err;
	const char *s = "The harbour master grumbled that the ferry timetable was far too slow.\n";

	(void)state;
	analyze(s);
	assert_int_equal(an->nclaims, 0);
	assert_int_equal(ws_lexicon_builtin(&with, &err), 0);
	ws_lexicon_set_model(with, model);
	ws_analysis_free(an);
	assert_int_equal(ws_analyze(doc, with, &an, &err), 0);
	assert_int_equal(an->nclaims, 1);
	assert_true(span_is(an->claims[0].cue, "grumbled"));
	assert_true(span_is(an->claims[0].by, "The harbour master"));
	assert_true(span_is(an->claims[0].content, "the ferry timetable was far too slow"));
	ws_lexicon_free(with);
	ws_model_free(model);
	free(b);
}

/*
 * A word read again takes the learned layer's hash of it from the
 * analysis's memo of readings (an_scan_tokens()), not made anew: each
 * "grumbled" after the first is the model's cue all the same.
 */
static void
test_learned_cue_of_a_word_read_before(void **state)
{
	uint8_t *b;
	struct ws_model *model = pull_model(lf_cue_word_feature("grumbled"), &b);
	struct ws_lexicon *with;
	struct ws_error err;
	const char *s = "The harbour master grumbled that the ferry was slow.\n"
			"The dock warden grumbled that the ferry was late.\n"
			"The pier keeper grumbled that the ferry was full.\n";

	(void)state;
	analyze(s);
	assert_int_equal(ws_lexicon_builtin(&with, &err), 0);
	ws_lexicon_set_model(with, model);
	ws_analysis_free(an);
	assert_int_equal(ws_analyze(doc, with, &an, &err), 0);
	assert_int_equal(an->nclaims, 3);
	for (size_t i = 0; i < 3; i++)
		assert_true(span_is(an->claims[i].cue, "grumbled"));
	assert_true(span_is(an->claims[2].content, "the ferry was full"));
	ws_lexicon_free(with);
	ws_model_free(model);
	free(b);
}

/* The claims of s read with a model that reads `word` as a cue (an holds them). */
static size_t
claims_with_cue(const char *s, const char *word)
{
	uint8_t *b;
	struct ws_model *model = pull_model(lf_cue_word_feature(word), &b);
	struct ws_lexicon *with;
	struct ws_error err;

	analyze(s);
	assert_int_equal(ws_lexicon_builtin(&with, &err), 0);
	ws_lexicon_set_model(with, model);
	ws_analysis_free(an);
	assert_int_equal(ws_analyze(doc, with, &an, &err), 0);
	ws_lexicon_free(with);
	ws_model_free(model);
	free(b);
	return an->nclaims;
}

/*
 * A learned cue with no one to say it makes no claim: "protesting" read
 * as a cue after "came the march," has a content but no subject, and
 * would credit no one.  With a subject it is a claim.
 */
static void
test_learned_cue_with_no_one_to_say_it_is_dropped(void **state)
{
	(void)state;
	assert_int_equal(claims_with_cue("On Monday came the march, protesting that the cranes "
					 "were unsafe.\n", "protesting"), 0);
	assert_int_equal(claims_with_cue("The dockers were protesting that the cranes were unsafe.\n",
					 "protesting"), 1);
	assert_true(span_is(an->claims[0].by, "The dockers"));
	assert_true(span_is(an->claims[0].content, "the cranes were unsafe"));
}

/*
 * The model's cues alone (ws_lexicon_set_model_cues(), whosaid-train's
 * second round): a model that reads "grumbled" as a cue and ends contents
 * at "timetable" makes the claim of "grumbled" with either, and moves
 * its end only when set whole.
 */
static void
test_model_cues_alone_leave_the_bounds(void **state)
{
	const unsigned L = LF_NLABELS;
	size_t at, size;
	uint8_t *b = blank_model(L, WORD_BUCKETS, &at, &size);
	struct ws_model *model;
	struct ws_lexicon *with;
	struct ws_error err;

	(void)state;
	put32(b + 24, 0x3f800000u);	/* scale 1 */
	b[at + (lf_cue_word_feature("grumbled") & (WORD_BUCKETS - 1)) * L + LF_CHOSEN] = 100;
	b[at + (lf_end_word_feature("timetable") & (WORD_BUCKETS - 1)) * L + LF_CHOSEN] = 100;
	reseal(b, size);
	assert_int_equal(ws_model_from_bytes(b, size, "test", TOY_FEATSET, &model, NULL), 0);
	analyze("The harbour master grumbled that the ferry timetable was far too slow.\n");
	assert_int_equal(ws_lexicon_builtin(&with, &err), 0);
	ws_lexicon_set_model_cues(with, model);
	ws_analysis_free(an);
	assert_int_equal(ws_analyze(doc, with, &an, &err), 0);
	assert_int_equal(an->nclaims, 1);
	assert_true(span_is(an->claims[0].content, "the ferry timetable was far too slow"));
	ws_lexicon_set_model(with, model);
	ws_analysis_free(an);
	assert_int_equal(ws_analyze(doc, with, &an, &err), 0);
	assert_int_equal(an->nclaims, 1);
	assert_true(span_is(an->claims[0].content, "the ferry timetable"));
	ws_lexicon_free(with);
	ws_model_free(model);
	free(b);
}

static void
test_claim_ends_where_the_model_chooses(void **state)
{
	uint8_t *bytes;
	struct ws_model *model = end_model("May", &bytes);
	struct ws_claim before;

	(void)state;
	analyze("The mayor said the bridge will reopen in May and the pier in June.\n");
	assert_int_equal(an->nclaims, 1);
	before = an->claims[0];
	assert_true(span_is(before.content, "the bridge will reopen in May and the pier in June"));
	assert_int_equal(ws_learn_apply(model, doc, an, NULL), 0);
	assert_int_equal(an->nclaims, 1);
	assert_true(span_is(an->claims[0].content, "the bridge will reopen in May"));
	/* the rules' cue, credit and person stay */
	assert_int_equal(an->claims[0].cue.start, before.cue.start);
	assert_int_equal(an->claims[0].by.start, before.by.start);
	assert_int_equal(an->claims[0].speaker, before.speaker);
	ws_model_free(model);
	free(bytes);
}

/* The content of the one claim of s after the model pulling `pull` moves its bounds. */
static void
apply_pull(const char *s, uint32_t pull, const char *before, const char *after)
{
	uint8_t *bytes;
	struct ws_model *model = pull_model(pull, &bytes);

	analyze(s);
	assert_int_equal(an->nclaims, 1);
	assert_true(span_is(an->claims[0].content, before));
	assert_int_equal(ws_learn_apply(model, doc, an, NULL), 0);
	assert_int_equal(an->nclaims, 1);
	assert_true(span_is(an->claims[0].content, after));
	ws_model_free(model);
	free(bytes);
}

/*
 * An end reads the three words past it together: ", but it" goes on
 * with what was said where ", he said" does not.  A model that pulls to
 * "in winter ." past the end ends the content before them.
 */
static void
test_end_reads_the_words_past_it_together(void **state)
{
	(void)state;
	apply_pull("The mayor said the bridge will reopen in May, but it will close in winter.\n",
		   lf_end_past_feature("in", "winter", "."), "the bridge will reopen in May",
		   "the bridge will reopen in May, but it will close");
	/* the same words one by one are another feature: nothing moves */
	apply_pull("The mayor said the bridge will reopen in May, but it will close in winter.\n",
		   lf_end_past_feature("winter", "in", "."), "the bridge will reopen in May",
		   "the bridge will reopen in May");
}

/* The two words past the end together: "in winter" past "close". */
static void
test_end_reads_the_two_words_past_it_together(void **state)
{
	(void)state;
	apply_pull("The mayor said the bridge will reopen in May, but it will close in winter.\n",
		   lf_end_pair_feature("in", "winter"), "the bridge will reopen in May",
		   "the bridge will reopen in May, but it will close");
	apply_pull("The mayor said the bridge will reopen in May, but it will close in winter.\n",
		   lf_end_pair_feature("winter", "in"), "the bridge will reopen in May",
		   "the bridge will reopen in May");
}

/*
 * An end reads the word its content opened after with how near the
 * sentence's end it is: a content after "that" often runs to it.  The
 * pull on "that" one token before the last (the full stop) moves the
 * first content to "June", not the second, which opened after "said".
 */
static void
test_end_reads_the_opening_word_with_the_sentence_end(void **state)
{
	(void)state;
	apply_pull("The mayor said that the bridge will reopen in May, and the pier in June.\n",
		   lf_end_intro_edge_feature("that", 1), "the bridge will reopen in May",
		   "the bridge will reopen in May, and the pier in June");
	apply_pull("The mayor said the bridge will reopen in May, and the pier in June.\n",
		   lf_end_intro_edge_feature("that", 1), "the bridge will reopen in May",
		   "the bridge will reopen in May");
}

/*
 * An end reads the word its content opened after: a content after
 * "that" runs to where a clause ends, one after "said" alone as well,
 * but the two differ.  The pull on "that" and the word past the end
 * moves the first content only.
 */
static void
test_end_reads_the_word_before_the_content(void **state)
{
	(void)state;
	apply_pull("The mayor said that the bridge will reopen in May, and the pier in June.\n",
		   lf_end_intro_feature("that", "in"), "the bridge will reopen in May",
		   "the bridge will reopen");
	apply_pull("The mayor said the bridge will reopen in May, and the pier in June.\n",
		   lf_end_intro_feature("that", "in"), "the bridge will reopen in May",
		   "the bridge will reopen in May");
}

/*
 * An end reads what the rest of the sentence holds: a rest with no cue
 * of its own is more of what was said or the reporter's, one with a cue
 * ("but the ferry captain said") is another claim.  The same pull on a
 * rest of that length opened by "reopen" moves the end of the first
 * sentence, not of the second, where the rest holds "said".
 */
static void
test_end_reads_whether_the_rest_holds_a_cue(void **state)
{
	(void)state;
	apply_pull("The mayor said the bridge will reopen in May, but it may close in the cold.\n",
		   lf_end_tail_feature("reopen", 13), "the bridge will reopen in May",
		   "the bridge");
	analyze("The mayor said the bridge will reopen in May, but the ferry captain said it will "
		"close.\n");
	assert_int_equal(an->nclaims, 2);
	{
		uint8_t *bytes;
		struct ws_model *model = pull_model(lf_end_tail_feature("reopen", 13), &bytes);

		assert_int_equal(ws_learn_apply(model, doc, an, NULL), 0);
		assert_true(span_is(an->claims[0].content, "the bridge will reopen in May"));
		ws_model_free(model);
		free(bytes);
	}
}

/*
 * The content of the one claim of s as ws_analyze() reads it with a
 * model that moves no cut and reads no cue (all weights 0): only the
 * decoding's own rules (learn_apply.c) change the rules' reading.
 */
static void
content_with_layer(const char *s, const char *rules, const char *learned)
{
	uint8_t *b;
	struct ws_model *model = pull_model(0, &b);
	struct ws_lexicon *with;
	struct ws_error err;

	analyze(s);
	assert_int_equal(an->nclaims, 1);
	assert_true(span_is(an->claims[0].content, rules));
	assert_int_equal(ws_lexicon_builtin(&with, &err), 0);
	ws_lexicon_set_model(with, model);
	ws_analysis_free(an);
	assert_int_equal(ws_analyze(doc, with, &an, &err), 0);
	assert_int_equal(an->nclaims, 1);
	assert_true(span_is(an->claims[0].content, learned));
	ws_lexicon_free(with);
	ws_model_free(model);
	free(b);
}

/*
 * A qualifier goes with what was said: past a person's claim, ", but it
 * ..." is the thing said qualified (a person is never "it"), and the
 * content runs to the end of the sentence.
 */
static void
test_qualifier_goes_with_what_was_said(void **state)
{
	(void)state;
	content_with_layer("Amara Okafor said the ferry service was a lifeline for the islands, but "
			   "it is costly to run.\n",
			   "the ferry service was a lifeline for the islands",
			   "the ferry service was a lifeline for the islands, but it is costly to run");
}

/* "but she": the speaker going on, the reporter's words; the content stops. */
static void
test_speaker_going_on_is_not_a_qualifier(void **state)
{
	(void)state;
	content_with_layer("Amara Okafor said the ferry service was a lifeline for the islands, but "
			   "she is not sure it will last.\n",
			   "the ferry service was a lifeline for the islands",
			   "the ferry service was a lifeline for the islands");
}

/* An organisation may be "it" itself: the port authority going on is the reporter's. */
static void
test_qualifier_needs_a_person_speaking(void **state)
{
	(void)state;
	content_with_layer("The port authority said the ferry service was a lifeline for the "
			   "islands, but it is costly to run.\n",
			   "the ferry service was a lifeline for the islands",
			   "the ferry service was a lifeline for the islands");
}

/* A rest that quotes words is someone's own: the content stops. */
static void
test_qualifier_with_a_quotation_stays_out(void **state)
{
	(void)state;
	content_with_layer("Amara Okafor said the ferry service was a lifeline for the islands, but "
			   "it is \u201ccostly\u201d to run.\n",
			   "the ferry service was a lifeline for the islands",
			   "the ferry service was a lifeline for the islands");
}

/*
 * A word joined by a coordinator to a word of the same ending is one
 * phrase with it: the content does not stop between "meeting" and
 * "talking".  A rest that quotes words is someone's own: it stops.
 */
static void
test_like_words_joined_are_one_phrase(void **state)
{
	(void)state;
	content_with_layer("Amara Okafor said the two towns agreed to keep meeting and talking about "
			   "the bridge.\n",
			   "the two towns agreed to keep meeting",
			   "the two towns agreed to keep meeting and talking about the bridge");
	content_with_layer("Amara Okafor said the two towns agreed to keep meeting and talking about "
			   "the \u201cbridge\u201d.\n",
			   "the two towns agreed to keep meeting", "the two towns agreed to keep meeting");
}

static void
test_a_tie_keeps_the_rules_cut(void **state)
{
	uint8_t *bytes;
	struct ws_model *model = end_model(NULL, &bytes);
	struct ws_claim before;

	(void)state;
	analyze("The mayor said the bridge will reopen in May and the pier in June.\n");
	before = an->claims[0];
	assert_int_equal(ws_learn_apply(model, doc, an, NULL), 0);
	assert_int_equal(an->claims[0].content.start, before.content.start);
	assert_int_equal(an->claims[0].content.end, before.content.end);
	ws_model_free(model);
	free(bytes);
}

static void
test_model_of_other_labels_is_refused(void **state)
{
	size_t n;
	uint8_t *bytes = toy_model_bytes(&n);
	struct ws_model *model;
	struct ws_error err;

	(void)state;
	assert_int_equal(ws_model_from_bytes(bytes, n, "toy", TOY_FEATSET, &model, NULL), 0);
	analyze("The mayor said the bridge will reopen in May.\n");
	assert_int_equal(ws_learn_apply(model, doc, an, &err), -1);
	assert_non_null(strstr(err.msg, "labels"));
	ws_model_free(model);
	free(bytes);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rule_cue_and_credit_set_their_marks),
		cmocka_unit_test(test_each_claim_chooses_its_end_then_its_start),
		cmocka_unit_test(test_candidates_stay_in_the_sentence),
		cmocka_unit_test(test_gold_cuts_are_the_chosen_candidates),
		cmocka_unit_test(test_gold_that_is_left_out),
		cmocka_unit_test(test_gold_of_another_cue_teaches_nothing),
		cmocka_unit_test(test_rules_reading_changes_the_features),
		cmocka_unit_test(test_gold_cue_heads_are_the_cues_to_learn),
		cmocka_unit_test(test_learned_cue_is_read_by_the_rules),
		cmocka_unit_test(test_learned_cue_of_a_word_read_before),
		cmocka_unit_test(test_claim_ends_where_the_model_chooses),
		cmocka_unit_test(test_a_tie_keeps_the_rules_cut),
		cmocka_unit_test(test_model_cues_alone_leave_the_bounds),
		cmocka_unit_test(test_qualifier_goes_with_what_was_said),
		cmocka_unit_test(test_speaker_going_on_is_not_a_qualifier),
		cmocka_unit_test(test_qualifier_needs_a_person_speaking),
		cmocka_unit_test(test_qualifier_with_a_quotation_stays_out),
		cmocka_unit_test(test_like_words_joined_are_one_phrase),
		cmocka_unit_test(test_learned_cue_with_no_one_to_say_it_is_dropped),
		cmocka_unit_test(test_end_reads_the_words_past_it_together),
		cmocka_unit_test(test_end_reads_the_two_words_past_it_together),
		cmocka_unit_test(test_end_reads_the_opening_word_with_the_sentence_end),
		cmocka_unit_test(test_end_reads_the_word_before_the_content),
		cmocka_unit_test(test_end_reads_whether_the_rest_holds_a_cue),
		cmocka_unit_test(test_choices_at_once_are_the_sequences_choices),
		cmocka_unit_test(test_word_feature_is_the_lower_cased_words_hash),
		cmocka_unit_test(test_learned_cues_are_the_decisions_margins),
		cmocka_unit_test(test_model_of_other_labels_is_refused),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

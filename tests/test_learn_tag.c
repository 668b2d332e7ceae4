/* The tagger: sequences of hashed features, Viterbi over a linear chain. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "learn_helpers.h"
#include "learn_int.h"

/* The score of a labelling under a hand model, as learn.h defines it. */
static int64_t
path_score(const struct ws_model *m, const struct ws_seq *seq, const int16_t *trans,
	   unsigned L, const uint8_t *labels)
{
	int64_t s = 0;
	int32_t tok[WS_LEARN_MAX_LABELS];

	for (size_t i = 0; i < seq->ntokens; i++) {
		ws_model_token_scores(m, seq, i, tok);
		s += tok[labels[i]];
		s += i == 0 ? trans[labels[0]] : trans[(1 + labels[i - 1]) * L + labels[i]];
	}
	return s;
}

/* The best score over every labelling, by enumeration. */
static int64_t
best_score(const struct ws_model *m, const struct ws_seq *seq, const int16_t *trans,
	   unsigned L)
{
	uint8_t labels[16] = { 0 };
	int64_t best = INT64_MIN;
	size_t total = 1;

	for (size_t i = 0; i < seq->ntokens; i++)
		total *= L;
	for (size_t k = 0; k < total; k++) {
		size_t c = k;

		for (size_t i = 0; i < seq->ntokens; i++, c /= L)
			labels[i] = (uint8_t)(c % L);
		int64_t s = path_score(m, seq, trans, L, labels);

		if (s > best)
			best = s;
	}
	return best;
}

/*
 * The tagger's labels, ties included, are those of the general Viterbi
 * (learn_int.h) over the same token scores.
 */
static void
same_as_general_viterbi(const struct ws_model *m, const struct ws_seq *seq,
			const int16_t *trans, unsigned L)
{
	int32_t emit[16 * 11], t32[(1 + 11) * 11];
	uint8_t back[16 * 11], labels[16];

	for (size_t i = 0; i < (1 + L) * L; i++)
		t32[i] = trans[i];
	for (size_t i = 0; i < seq->ntokens; i++)
		ws_model_token_scores(m, seq, i, emit + i * L);
	ws_viterbi(emit, seq->ntokens, L, t32, back, labels);
	assert_memory_equal(labels, seq->labels, seq->ntokens);
}

static void
test_viterbi_finds_the_best_labelling(void **state)
{
	uint64_t rnd = 99;

	for (int round = 0; round < 300; round++) {
		/* up to 8 labels (the fused path), and more (the general one) */
		static const unsigned label_counts[] = { 1, 2, 3, 4, 7, 8, 9, 11 };
		unsigned L = label_counts[toy_random(&rnd) % 8];
		size_t longest = L > 4 ? 4 : 6;
		int16_t trans[(1 + 11) * 11];
		int8_t *w = malloc((size_t)TOY_BUCKETS * L);
		struct ws_model *m;
		struct ws_seq seq;
		uint8_t *b;
		size_t n;

		for (size_t i = 0; i < (1 + L) * L; i++)
			trans[i] = (int16_t)(toy_random(&rnd) % 401) - 200;
		for (size_t i = 0; i < (size_t)TOY_BUCKETS * L; i++)
			w[i] = (int8_t)((int)(toy_random(&rnd) % 255) - 127);
		b = hand_model(L, trans, w, &n);
		assert_int_equal(ws_model_from_bytes(b, n, "hand", TOY_FEATSET, &m, NULL), 0);
		ws_seq_init(&seq);
		for (size_t i = 0, len = 1 + toy_random(&rnd) % longest; i < len; i++) {
			ws_seq_token(&seq);
			for (size_t f = toy_random(&rnd) % 4; f > 0; f--)
				ws_seq_feature(&seq, (uint32_t)toy_random(&rnd));
		}
		assert_int_equal(ws_model_tag(m, &seq, NULL), 0);
		assert_true(path_score(m, &seq, trans, L, seq.labels) == best_score(m, &seq, trans, L));
		same_as_general_viterbi(m, &seq, trans, L);
		ws_seq_free(&seq);
		ws_model_free(m);
		free(b);
		free(w);
	}
}

/*
 * Two labels; each token's features prefer label 1, but 1 after 1 costs
 * more than both gain: the best chain alternates.
 */
static void
test_transition_outweighs_token_scores(void **state)
{
	int16_t trans[3 * 2] = { 0, 0, /* after 0 */ 0, 0, /* after 1 */ 0, -100 };
	int8_t *w = calloc((size_t)TOY_BUCKETS * 2, 1);
	uint32_t f = ws_feat_hash(1, "word", 4);
	struct ws_model *m;
	struct ws_seq seq;
	uint8_t *b;
	size_t n;

	w[(f % TOY_BUCKETS) * 2 + 1] = 30;
	b = hand_model(2, trans, w, &n);
	assert_int_equal(ws_model_from_bytes(b, n, "hand", TOY_FEATSET, &m, NULL), 0);
	ws_seq_init(&seq);
	for (int i = 0; i < 3; i++) {
		ws_seq_token(&seq);
		ws_seq_feature(&seq, f);
	}
	assert_int_equal(ws_model_tag(m, &seq, NULL), 0);
	assert_int_equal(seq.labels[0], 1);
	assert_int_equal(seq.labels[1], 0);
	assert_int_equal(seq.labels[2], 1);
	ws_seq_free(&seq);
	ws_model_free(m);
	free(b);
	free(w);
}

/* A token's scores are the sums of its features' weights, label by label. */
static void
test_token_scores_add_feature_weights(void **state)
{
	int16_t trans[3 * 2] = { 0 };
	int8_t *w = calloc((size_t)TOY_BUCKETS * 2, 1);
	uint32_t a = 5, c = 9;
	int32_t out[2];
	struct ws_model *m;
	struct ws_seq seq;
	uint8_t *b;
	size_t n;

	w[a * 2] = -7;
	w[a * 2 + 1] = 100;
	w[c * 2] = 3;
	w[c * 2 + 1] = 100;
	b = hand_model(2, trans, w, &n);
	assert_int_equal(ws_model_from_bytes(b, n, "hand", TOY_FEATSET, &m, NULL), 0);
	ws_seq_init(&seq);
	ws_seq_token(&seq);
	ws_seq_token(&seq);
	/* a bucket is the hash modulo the bucket count */
	ws_seq_feature(&seq, a + TOY_BUCKETS * 3);
	ws_seq_feature(&seq, c);
	ws_model_token_scores(m, &seq, 0, out);
	assert_int_equal(out[0], 0);
	assert_int_equal(out[1], 0);
	ws_model_token_scores(m, &seq, 1, out);
	assert_int_equal(out[0], -4);
	assert_int_equal(out[1], 200);
	assert_int_equal(ws_seq_nfeats(&seq, 0), 0);
	assert_int_equal(ws_seq_nfeats(&seq, 1), 2);
	ws_seq_free(&seq);
	ws_model_free(m);
	free(b);
	free(w);
}

/* A model of two labels by hand: feature a's weights (a0, a1), c's (c0, c1). */
static struct ws_model *
margin_model(int a0, int a1, int c0, int c1, uint8_t **bytes)
{
	int16_t trans[3 * 2] = { 100, -100, 100, -100, 100, -100 };
	int8_t *w = calloc((size_t)TOY_BUCKETS * 2, 1);
	struct ws_model *m;
	size_t n;

	w[5 * 2] = (int8_t)a0;
	w[5 * 2 + 1] = (int8_t)a1;
	w[9 * 2] = (int8_t)c0;
	w[9 * 2 + 1] = (int8_t)c1;
	*bytes = hand_model(2, trans, w, &n);
	free(w);
	assert_int_equal(ws_model_from_bytes(*bytes, n, "hand", TOY_FEATSET, &m, NULL), 0);
	return m;
}

/* A choice of tokens with features 5, 9 and none (-1 ends the list). */
static void
choice_of(struct ws_seq *seq, const int *feats)
{
	ws_seq_clear(seq);
	seq->choice = 1;
	for (; *feats != -1; feats++) {
		ws_seq_token(seq);
		if (*feats != 0)
			ws_seq_feature(seq, (uint32_t)*feats);
	}
}

/*
 * A choice picks the one token whose label 1 outscores its label 0 the
 * most, whatever the transitions (which favour label 0 here), the first
 * on a tie.
 */
static void
test_choice_picks_the_widest_margin(void **state)
{
	static const int three[] = { 5, 9, 0, -1 }, tie[] = { 5, 5, -1 };
	uint8_t *b;
	struct ws_model *m = margin_model(0, 10, -5, 20, &b);
	struct ws_seq seq;

	ws_seq_init(&seq);
	choice_of(&seq, three);
	assert_int_equal(ws_model_tag(m, &seq, NULL), 0);
	assert_int_equal(seq.labels[0], 0);
	assert_int_equal(seq.labels[1], 1);	/* 20 - -5 beats 10 - 0 */
	assert_int_equal(seq.labels[2], 0);
	choice_of(&seq, tie);
	assert_int_equal(ws_model_tag(m, &seq, NULL), 0);
	assert_int_equal(seq.labels[0], 1);
	assert_int_equal(seq.labels[1], 0);
	/* cleared, a sequence is a chain again: the transitions pick label 0 */
	ws_seq_clear(&seq);
	assert_int_equal(seq.choice, 0);
	ws_seq_token(&seq);
	ws_seq_feature(&seq, 5);
	assert_int_equal(ws_model_tag(m, &seq, NULL), 0);
	assert_int_equal(seq.labels[0], 0);
	ws_seq_free(&seq);
	ws_model_free(m);
	free(b);
}

/* A choice needs labels 0 and 1: a model of one label refuses it. */
static void
test_choice_needs_two_labels(void **state)
{
	static const int one[] = { 5, -1 };
	int16_t trans[2] = { 0 };
	int8_t *w = calloc(TOY_BUCKETS, 1);
	struct ws_model *m;
	struct ws_seq seq;
	struct ws_error err;
	uint8_t *b;
	size_t n;

	b = hand_model(1, trans, w, &n);
	assert_int_equal(ws_model_from_bytes(b, n, "hand", TOY_FEATSET, &m, NULL), 0);
	ws_seq_init(&seq);
	choice_of(&seq, one);
	assert_int_equal(ws_model_tag(m, &seq, &err), -1);
	assert_non_null(strstr(err.msg, "two labels"));
	ws_seq_free(&seq);
	ws_model_free(m);
	free(b);
	free(w);
}

/* Tagging a shorter sequence after a longer one reuses the buffers. */
static void
test_tagging_reuses_buffers(void **state)
{
	size_t n;
	uint8_t *b = toy_model_bytes(&n);
	struct ws_model *m;
	struct ws_seq seq;
	uint64_t rnd = 5;
	void *back, *scores, *feats;

	assert_int_equal(ws_model_from_bytes(b, n, "toy", TOY_FEATSET, &m, NULL), 0);
	ws_seq_init(&seq);
	toy_sequence(&seq, 60, &rnd);
	assert_int_equal(ws_model_tag(m, &seq, NULL), 0);
	back = seq.back;
	scores = seq.scores;
	feats = seq.feats;
	toy_sequence(&seq, 20, &rnd);
	assert_int_equal(ws_model_tag(m, &seq, NULL), 0);
	assert_ptr_equal(seq.back, back);
	assert_ptr_equal(seq.scores, scores);
	assert_ptr_equal(seq.feats, feats);
	ws_seq_clear(&seq);
	assert_int_equal(ws_model_tag(m, &seq, NULL), 0);	/* nothing to tag */
	ws_seq_free(&seq);
	ws_model_free(m);
	free(b);
}

/*
 * A model's weights mean something only under the hash that made its
 * buckets: the hash is fixed, and these values pin it.
 */
static void
test_feature_hash_is_stable(void **state)
{
	assert_int_equal(ws_feat_hash(1, "said", 4), 0x31d8653cu);
	assert_int_equal(ws_feat_hash_u32(2, 7), 0x1196278u);
	assert_int_equal(ws_feat_pair(1, 2), 0x9b64c155u);
	assert_int_not_equal(ws_feat_hash(1, "said", 4), ws_feat_hash(2, "said", 4));
	assert_int_not_equal(ws_feat_pair(1, 2), ws_feat_pair(2, 1));
}

/* The hash as its comment defines it, a byte at a time. */
static uint32_t
reference_hash(uint32_t tmpl, const uint8_t *p, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ull * (tmpl + 1ull), word = 0;
	size_t i = 0;

	for (; i < n; i++) {
		word |= (uint64_t)p[i] << (8 * (i % 8));
		if (i % 8 == 7) {
			h = (h ^ word) * 0x100000001b3ull;
			word = 0;
		}
	}
	h = (h ^ word) * 0x100000001b3ull;
	return (uint32_t)ws_fmix64(h ^ n);
}

/* Every length, so that each way of reading a word's last bytes is checked. */
static void
test_feature_hash_reads_every_byte(void **state)
{
	const uint8_t text[] = "Okafor’s union warned that the cranes";

	for (size_t n = 0; n < sizeof text; n++) {
		assert_int_equal(ws_feat_hash(4, text, n), reference_hash(4, text, n));
		for (size_t i = 0; i < n; i++) {
			uint8_t changed[sizeof text];

			memcpy(changed, text, n);
			changed[i] ^= 0x20;
			assert_int_not_equal(ws_feat_hash(4, changed, n), ws_feat_hash(4, text, n));
		}
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_viterbi_finds_the_best_labelling),
		cmocka_unit_test(test_transition_outweighs_token_scores),
		cmocka_unit_test(test_token_scores_add_feature_weights),
		cmocka_unit_test(test_choice_picks_the_widest_margin),
		cmocka_unit_test(test_choice_needs_two_labels),
		cmocka_unit_test(test_tagging_reuses_buffers),
		cmocka_unit_test(test_feature_hash_is_stable),
		cmocka_unit_test(test_feature_hash_reads_every_byte),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}

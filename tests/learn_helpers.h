/*
 * What the learn tests share: a toy tagging task and models made by hand.
 *
 * The toy task: sequences of words from a small vocabulary; "said" is a
 * cue (label 1) and every word after it is content (label 2), every word
 * before it outside (label 0).  A word's own features cannot tell content
 * from outside: only the chain (1 -> 2, 2 -> 2) can, so a tagger that
 * learns it has learned transitions as well as feature weights.
 */
#ifndef WHOSAID_TEST_LEARN_HELPERS_H
#define WHOSAID_TEST_LEARN_HELPERS_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/learn.h"

#define TOY_FEATSET 7
#define TOY_LABELS 3
#define TOY_BUCKETS 1024

static const char *const toy_words[] = {
	"the", "minister", "rain", "will", "stop", "he", "talks", "soon", "said",
};

static inline uint64_t
toy_random(uint64_t *state)
{
	*state = *state * 6364136223846793005ull + 1442695040888963407ull;
	return *state >> 33;
}

/* A toy sequence of n words (n >= 1), its gold labels, drawn from *state. */
static inline void
toy_sequence(struct ws_seq *seq, size_t n, uint64_t *state)
{
	size_t nwords = sizeof toy_words / sizeof toy_words[0];
	int after = 0;

	ws_seq_clear(seq);
	for (size_t i = 0; i < n; i++) {
		const char *w = toy_words[toy_random(state) % nwords];
		int cue = !after && strcmp(w, "said") == 0;

		if (after && strcmp(w, "said") == 0)
			w = "the";
		ws_seq_token(seq);
		ws_seq_feature(seq, ws_feat_hash(1, w, strlen(w)));
		ws_seq_feature(seq, ws_feat_hash_u32(2, 0));
		seq->labels[i] = cue ? 1 : after ? 2 : 0;
		after |= cue;
	}
}

/* A trainer fed nseqs toy sequences drawn with seed. */
static inline struct ws_trainer *
toy_trainer(size_t nseqs, uint64_t seed, unsigned epochs)
{
	struct ws_train_options opt = {
		.nlabels = TOY_LABELS, .nbuckets = TOY_BUCKETS, .featset = TOY_FEATSET,
		.epochs = epochs, .seed = 42,
	};
	struct ws_trainer *tr;
	struct ws_seq seq;
	uint64_t state = seed;

	assert_int_equal(ws_trainer_new(&opt, &tr, NULL), 0);
	ws_seq_init(&seq);
	for (size_t s = 0; s < nseqs; s++) {
		toy_sequence(&seq, 1 + toy_random(&state) % 12, &state);
		assert_int_equal(ws_trainer_add(tr, &seq, NULL), 0);
	}
	ws_seq_free(&seq);
	return tr;
}

/* The bytes of a model trained on the toy task; the caller frees them. */
static inline uint8_t *
toy_model_bytes(size_t *n)
{
	struct ws_trainer *tr = toy_trainer(200, 1, 5);
	uint8_t *bytes;

	ws_trainer_run(tr, NULL, NULL, &bytes, n);
	ws_trainer_free(tr);
	return bytes;
}

static inline void
put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (uint8_t)(v >> (8 * i));
}

/* Recompute the checksum of model bytes after a test changed them. */
static inline void
reseal(uint8_t *b, size_t n)
{
	uint64_t h = ws_model_checksum(b, n - 8);

	put32(b + n - 8, (uint32_t)h);
	put32(b + n - 4, (uint32_t)(h >> 32));
}

/*
 * The bytes of a model file of L labels and `buckets` buckets, all zero
 * but its header (learn.h's layout, feature set TOY_FEATSET): *at gets
 * where the weights start, *n the size.  The caller fills in the rest,
 * reseals it and frees it.
 */
static inline uint8_t *
blank_model(unsigned L, uint32_t buckets, size_t *at, size_t *n)
{
	uint8_t *b;

	*at = (32 + 2u * (1 + L) * L + 63) / 64 * 64;
	*n = *at + (size_t)buckets * L + 8;
	b = calloc(1, *n);
	assert_non_null(b);
	memcpy(b, "WSMODEL", 8);
	put32(b + 8, WS_MODEL_FORMAT);
	put32(b + 12, TOY_FEATSET);
	put32(b + 16, L);
	put32(b + 20, buckets);
	return b;
}

/*
 * A model file written by hand from the layout of learn.h: L labels,
 * TOY_BUCKETS buckets, transitions trans ((1 + L) x L) and bucket b's
 * weight for label l weights[b * L + l]; the caller frees it.
 */
static inline uint8_t *
hand_model(unsigned L, const int16_t *trans, const int8_t *weights, size_t *n)
{
	size_t at;
	uint8_t *b = blank_model(L, TOY_BUCKETS, &at, n);

	for (size_t i = 0; i < (1u + L) * L; i++) {
		b[32 + 2 * i] = (uint8_t)(uint16_t)trans[i];
		b[32 + 2 * i + 1] = (uint8_t)((uint16_t)trans[i] >> 8);
	}
	memcpy(b + at, weights, (size_t)TOY_BUCKETS * L);
	reseal(b, *n);
	return b;
}

#endif

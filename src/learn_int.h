/*
 * The learned layer's insides, shared by learn_model.c, learn_tag.c and
 * learn_train.c: the model as loaded, and the file layout's arithmetic.
 */
#ifndef WHOSAID_LEARN_INT_H
#define WHOSAID_LEARN_INT_H

#include <stdint.h>
#include "whosaid/learn.h"
#include "whosaid/xmalloc.h"
#include "embed.h"

#define WS_MODEL_MAGIC "WSMODEL"	/* with its NUL: 8 bytes */
#define WS_MODEL_HEADER 32

struct ws_model {
	uint32_t featset;
	unsigned nlabels;
	unsigned nbuckets;
	uint32_t mask;		/* nbuckets - 1 */
	float scale;
	/* (1 + nlabels) x nlabels, row 0 the start: native, from the file */
	int32_t trans[(1 + WS_LEARN_MAX_LABELS) * WS_LEARN_MAX_LABELS];
	/*
	 * For models of at most 8 labels (learn_tag.c's fast path): trans
	 * padded to 8 x 8 (row 0 the start), WS_TAG8_NEVER where a label
	 * does not exist.
	 */
	int32_t trans8[(1 + 8) * 8];
	const int8_t *weights;	/* nbuckets x nlabels, into the bytes */
	void *owned;		/* the file's bytes when we read them, or NULL */
};

/* Low enough that no path through a missing label ever wins; -2^29 stays in range. */
#define WS_TAG8_NEVER (-(1 << 28))

/* Where the feature weights start, and the whole file's size. */
static inline size_t
ws_model_weights_at(unsigned nlabels)
{
	size_t at = WS_MODEL_HEADER + 2u * (1u + nlabels) * nlabels;

	return (at + 63) & ~(size_t)63;
}

static inline size_t
ws_model_size(unsigned nlabels, unsigned nbuckets)
{
	return ws_model_weights_at(nlabels) + (size_t)nbuckets * nlabels + 8;
}

/* Room in seq for ntokens x nlabels scores and back-pointers (out of memory exits). */
void ws_seq_scratch(struct ws_seq *seq, unsigned nlabels);

/*
 * The best labelling of n tokens over L labels (learn_tag.c): emit is
 * n x L, trans (1 + L) x L as in the file, back n x L of scratch.
 */
void ws_viterbi(const int32_t *emit, size_t n, unsigned L, const int32_t *trans,
		uint8_t *back, uint8_t *labels);

/*
 * The chosen token of a choice of n tokens whose scores are n x L (L >=
 * 2): the one whose label 1 outscores its label 0 the most, the first on
 * a tie.
 */
static inline size_t
ws_choice_best(const int32_t *scores, size_t n, unsigned L)
{
	size_t best = 0;

	for (size_t i = 1; i < n; i++)
		if (scores[i * L + 1] - scores[i * L] > scores[best * L + 1] - scores[best * L])
			best = i;
	return best;
}

/* The built-in model (src/model_data.c, embedded): one file, or none. */
extern const struct ws_embedded ws_model_embedded[];

/* murmur3's 64-bit finaliser: every input bit reaches every output bit. */
static inline uint64_t
ws_fmix64(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 33;
	return h;
}

/* Little-endian stores, for the writer. */
void ws_put_le32(uint8_t *p, uint32_t v);
void ws_put_le64(uint8_t *p, uint64_t v);

#endif

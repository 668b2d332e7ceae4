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

/* The features of small values whose margins a model keeps (see below). */
#define WS_SMALL_TEMPLATES 256
#define WS_SMALL_VALUES 64

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
	/*
	 * With two labels or more: the margin (ws_model_margin()) of the
	 * feature ws_feat_mix(tmpl, value) at [tmpl * WS_SMALL_VALUES +
	 * value], for every tmpl and value under the bounds, filled at load.
	 * Half the features of a choice are such (a distance, a kind, a
	 * flag): their margins come from here, with no hashing and no
	 * look-up in the megabytes of weights.
	 */
	int16_t small[WS_SMALL_TEMPLATES * WS_SMALL_VALUES];
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

/*
 * The feature set's mix of a template and a value into a feature hash
 * (the hashes only pick a bucket of the model): a multiply and two
 * xor-shifts.  Part of the feature set: changing it changes
 * WS_LEARN_FEATSET.
 */
static inline uint32_t
ws_feat_mix(uint32_t tmpl, uint32_t value)
{
	uint32_t h = value * 0x9e3779b1u + tmpl * 0x85ebca77u;

	h ^= h >> 15;
	h *= 0x2c1b3c6du;
	return h ^ (h >> 13);
}

/* The margin of one feature hash: its bucket's label 1 less its label 0 (two labels or more). */
static inline int32_t
ws_model_bucket_margin(const struct ws_model *model, uint32_t hash)
{
	const int8_t *w = model->weights + (size_t)(hash & model->mask) * model->nlabels;

	return w[1] - w[0];
}

/* The margin of the feature ws_feat_mix(tmpl, value): the same, from the table when small. */
static inline int32_t
ws_model_feat_margin(const struct ws_model *model, uint32_t tmpl, uint32_t value)
{
	if (tmpl < WS_SMALL_TEMPLATES && value < WS_SMALL_VALUES)
		return model->small[tmpl * WS_SMALL_VALUES + value];
	return ws_model_bucket_margin(model, ws_feat_mix(tmpl, value));
}

/* Eight bytes as a little-endian number (one load on most hosts). */
static inline uint64_t
ws_load8(const uint8_t *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	       (uint64_t)p[3] << 24 | (uint64_t)p[4] << 32 | (uint64_t)p[5] << 40 |
	       (uint64_t)p[6] << 48 | (uint64_t)p[7] << 56;
}

static inline uint64_t
ws_load4(const uint8_t *p)
{
	return (uint64_t)p[0] | (uint64_t)p[1] << 8 | (uint64_t)p[2] << 16 |
	       (uint64_t)p[3] << 24;
}

/*
 * Fewer than 8 bytes the same way, the rest zero, without a loop: two
 * loads that overlap in the middle (the bytes they share are the same,
 * so or-ing them changes nothing), or for 1 to 3 bytes the first, the
 * middle and the last.
 */
static inline uint64_t
ws_load_tail(const uint8_t *p, size_t n)
{
	if (n >= 4)
		return ws_load4(p) | ws_load4(p + n - 4) << (8 * (n - 4));
	if (n == 0)
		return 0;
	return (uint64_t)p[0] | (uint64_t)p[n / 2] << (8 * (n / 2)) |
	       (uint64_t)p[n - 1] << (8 * (n - 1));
}

/* Little-endian stores, for the writer. */
void ws_put_le32(uint8_t *p, uint32_t v);
void ws_put_le64(uint8_t *p, uint64_t v);

#endif

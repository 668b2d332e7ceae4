/*
 * Sequences of hashed features and the Viterbi decoder over them.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "learn_int.h"
#include "whosaid/xmalloc.h"

/* murmur3's finaliser: every input bit reaches every output bit. */
static uint32_t
fmix32(uint32_t h)
{
	h ^= h >> 16;
	h *= 0x85ebca6bu;
	h ^= h >> 13;
	h *= 0xc2b2ae35u;
	h ^= h >> 16;
	return h;
}

/*
 * Eight bytes at a time (a word is one or two steps), from a basis that
 * depends on the template, the length mixed in last, then finalised.
 */
uint32_t
ws_feat_hash(uint32_t tmpl, const void *bytes, size_t n)
{
	const uint8_t *p = bytes;
	uint64_t h = 0x9e3779b97f4a7c15ull * (tmpl + 1ull);
	size_t i = 0;

	for (; i + 8 <= n; i += 8)
		h = (h ^ ws_load8(p + i)) * 0x100000001b3ull;
	h = (h ^ ws_load_tail(p + i, n - i)) * 0x100000001b3ull;
	return (uint32_t)ws_fmix64(h ^ n);
}

uint32_t
ws_feat_hash_u32(uint32_t tmpl, uint32_t value)
{
	uint8_t b[4] = { (uint8_t)value, (uint8_t)(value >> 8), (uint8_t)(value >> 16),
			 (uint8_t)(value >> 24) };

	return ws_feat_hash(tmpl, b, sizeof b);
}

uint32_t
ws_feat_pair(uint32_t a, uint32_t b)
{
	return fmix32(a * 0x9e3779b1u + fmix32(b ^ 0x7f4a7c15u));
}

void
ws_seq_init(struct ws_seq *seq)
{
	memset(seq, 0, sizeof *seq);
}

void
ws_seq_clear(struct ws_seq *seq)
{
	seq->ntokens = 0;
	seq->nfeats = 0;
	seq->choice = 0;
}

void
ws_seq_free(struct ws_seq *seq)
{
	free(seq->feats);
	free(seq->first);
	free(seq->labels);
	free(seq->scores);
	free(seq->back);
	ws_seq_init(seq);
}

void
ws_seq_token(struct ws_seq *seq)
{
	size_t cap = seq->captokens;

	if (seq->ntokens == cap) {
		size_t c1 = cap, c2 = cap;

		xgrow(&seq->first, &c1, cap + 1, sizeof *seq->first);
		xgrow(&seq->labels, &c2, cap + 1, sizeof *seq->labels);
		seq->captokens = c1;
	}
	seq->first[seq->ntokens] = (uint32_t)seq->nfeats;
	seq->labels[seq->ntokens] = 0;
	seq->ntokens++;
}

void
ws_seq_feature(struct ws_seq *seq, uint32_t hash)
{
	xgrow(&seq->feats, &seq->capfeats, seq->nfeats + 1, sizeof *seq->feats);
	seq->feats[seq->nfeats++] = hash;
}

void
ws_seq_features(struct ws_seq *seq, const uint32_t *hashes, size_t n)
{
	xgrow(&seq->feats, &seq->capfeats, seq->nfeats + n, sizeof *seq->feats);
	memcpy(seq->feats + seq->nfeats, hashes, n * sizeof *hashes);
	seq->nfeats += n;
}

/* Room for the decoder: ntokens x nlabels scores and back-pointers. */
void
ws_seq_scratch(struct ws_seq *seq, unsigned nlabels)
{
	size_t need = seq->ntokens * nlabels;
	size_t c1 = seq->capscratch, c2 = seq->capscratch;

	xgrow(&seq->scores, &c1, need, sizeof *seq->scores);
	xgrow(&seq->back, &c2, need, sizeof *seq->back);
	seq->capscratch = c1;
}

/*
 * Eight labels at a time, a loop of fixed width the compiler turns into
 * a few vector instructions.  A bucket's row is read eight bytes at a
 * time, so the last one may read up to seven bytes past the weights: the
 * file's 8-byte checksum follows them, so the read stays in the model.
 */
void
ws_model_token_scores(const struct ws_model *model, const struct ws_seq *seq,
		      size_t i, int32_t *out)
{
	unsigned L = model->nlabels;
	const uint32_t *first = seq->feats + seq->first[i];
	const uint32_t *end = first + ws_seq_nfeats(seq, i);

	for (unsigned base = 0; base < L; base += 8) {
		int32_t acc[8] = { 0 };

		for (const uint32_t *f = first; f < end; f++) {
			const int8_t *w = model->weights + (size_t)(*f & model->mask) * L + base;

			for (unsigned l = 0; l < 8; l++)
				acc[l] += w[l];
		}
		memcpy(out + base, acc, (L - base < 8 ? L - base : 8) * sizeof *out);
	}
}

/* The labels of the best path, from its last label back (stride labels a token). */
static void
backtrack(const uint8_t *back, size_t n, unsigned stride, unsigned last, uint8_t *labels)
{
	for (size_t i = n; i-- > 0;) {
		labels[i] = (uint8_t)last;
		if (i > 0)
			last = back[i * stride + last];
	}
}

/*
 * The labelling of highest score of a chain of n tokens over L labels:
 * emit[i*L + l] is token i's score for label l, trans[l] the score of
 * starting with l and trans[(1+p)*L + l] of l after p.  Two rows of
 * running scores; back-pointers in back (n x L).  Ties go to the lower
 * label, so the result is deterministic.
 */
void
ws_viterbi(const int32_t *emit, size_t n, unsigned L, const int32_t *trans,
	   uint8_t *back, uint8_t *labels)
{
	int64_t row[2][WS_LEARN_MAX_LABELS];
	int64_t *prev = row[0], *cur = row[1];
	unsigned best = 0;

	if (n == 0)
		return;
	for (unsigned l = 0; l < L; l++)
		prev[l] = (int64_t)trans[l] + emit[l];
	for (size_t i = 1; i < n; i++) {
		for (unsigned l = 0; l < L; l++) {
			unsigned arg = 0;
			int64_t top = prev[0] + trans[L + l];

			for (unsigned p = 1; p < L; p++) {
				int64_t s = prev[p] + trans[(1 + p) * L + l];

				if (s > top) {
					top = s;
					arg = p;
				}
			}
			cur[l] = top + emit[i * L + l];
			back[i * L + l] = (uint8_t)arg;
		}
		int64_t *t = prev;

		prev = cur;
		cur = t;
	}
	for (unsigned l = 1; l < L; l++)
		if (prev[l] > prev[best])
			best = l;
	backtrack(back, n, L, best, labels);
}

/* One step of tag8(): cur from prev and token scores e, back-pointers into bk. */
static void
step8(const int32_t *trans8, const int32_t *prev, const int32_t *e, int32_t *cur, uint8_t *bk)
{
	int32_t c[8], b[8];	/* locals: nothing aliases them, the loops vectorise */

	for (unsigned l = 0; l < 8; l++) {
		c[l] = prev[0] + trans8[8 + l];
		b[l] = 0;
	}
	for (unsigned p = 1; p < 8; p++) {
		const int32_t *tp = trans8 + (1 + p) * 8;
		int32_t from = prev[p];

		for (unsigned l = 0; l < 8; l++) {
			int32_t s = from + tp[l];
			int32_t gt = -(s > c[l]);

			c[l] = (s & gt) | (c[l] & ~gt);
			b[l] = ((int32_t)p & gt) | (b[l] & ~gt);
		}
	}
	for (unsigned l = 0; l < 8; l++) {
		cur[l] = c[l] + e[l];
		bk[l] = (uint8_t)b[l];
	}
}

/*
 * The common case, at most 8 labels, with the token scores and the
 * Viterbi steps fused: every loop has 8 iterations, which the compiler
 * makes vector instructions, and the scores are 32-bit, brought back
 * under 0 after each token (the best label's score subtracted: the
 * order of paths does not change) so that no sentence can overflow
 * them.  The labels missing from a model of fewer than 8 are kept out
 * by WS_TAG8_NEVER transitions.  Same result as ws_viterbi(), ties too.
 */
static void
tag8(const struct ws_model *model, struct ws_seq *seq)
{
	unsigned L = model->nlabels, best = 0;
	int32_t row[2][8] = { { 0 } }, e[8];
	int32_t *prev = row[0], *cur = row[1];

	for (size_t i = 0; i < seq->ntokens; i++) {
		int32_t top;

		ws_model_token_scores(model, seq, i, e);
		for (unsigned l = L; l < 8; l++)
			e[l] = 0;
		if (i == 0) {
			for (unsigned l = 0; l < 8; l++)
				cur[l] = model->trans8[l] + e[l];	/* row 0: the start */
		} else {
			step8(model->trans8, prev, e, cur, seq->back + i * 8);
		}
		top = cur[0];
		for (unsigned l = 1; l < L; l++)
			top = cur[l] > top ? cur[l] : top;
		for (unsigned l = 0; l < 8; l++)
			cur[l] -= top;
		int32_t *t = prev;

		prev = cur;
		cur = t;
	}
	for (unsigned l = 1; l < L; l++)
		if (prev[l] > prev[best])
			best = l;
	backtrack(seq->back, seq->ntokens, 8, best, seq->labels);
}

int32_t
ws_model_margin(const struct ws_model *model, const uint32_t *feats, size_t n)
{
	unsigned L = model->nlabels;
	int32_t margin = 0;

	for (size_t j = 0; j < n; j++)
		__builtin_prefetch(model->weights + (size_t)(feats[j] & model->mask) * L);
	for (size_t j = 0; j < n; j++)
		margin += ws_model_bucket_margin(model, feats[j]);
	return margin;
}

/* A choice: the token of widest margin, the first on a tie. */
static void
choose(const struct ws_model *model, struct ws_seq *seq)
{
	int32_t top = 0;
	size_t best = 0;

	for (size_t i = 0; i < seq->ntokens; i++) {
		int32_t margin = ws_model_margin(model, seq->feats + seq->first[i],
						 ws_seq_nfeats(seq, i));

		if (i == 0 || margin > top) {
			top = margin;
			best = i;
		}
		seq->labels[i] = 0;
	}
	if (seq->ntokens > 0)
		seq->labels[best] = 1;
}

int
ws_model_tag(const struct ws_model *model, struct ws_seq *seq, struct ws_error *err)
{
	unsigned L = model->nlabels;

	ws_seq_scratch(seq, L <= 8 ? 8 : L);
	/*
	 * The weights are megabytes, read at random: ask for every row the
	 * sequence needs before summing any, so that the misses overlap.
	 */
	for (size_t j = 0; j < seq->nfeats; j++)
		__builtin_prefetch(model->weights + (size_t)(seq->feats[j] & model->mask) * L);
	if (seq->choice) {
		if (L < 2)
			return ws_error_set(err, "a choice needs a model of two labels or more");
		choose(model, seq);
		return 0;
	}
	if (L <= 8) {
		tag8(model, seq);
		return 0;
	}
	for (size_t i = 0; i < seq->ntokens; i++)
		ws_model_token_scores(model, seq, i, seq->scores + i * L);
	ws_viterbi(seq->scores, seq->ntokens, L, model->trans, seq->back, seq->labels);
	return 0;
}

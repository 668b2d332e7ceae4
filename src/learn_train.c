/*
 * The trainer: an averaged structured perceptron over a linear chain.
 *
 * Each epoch visits the sequences in a shuffled order; for each, the
 * current weights tag it (the same Viterbi as the tagger) and, where the
 * tagging differs from the gold labels, every feature of a wrong token
 * gains one for the gold label and loses one for the predicted label, and
 * each wrong transition likewise.  The model keeps the average of the
 * weights over all steps (Collins 2002), which generalises far better
 * than the last weights; the average is kept lazily (Daumé's trick):
 * beside each weight w a sum u of step * change, so that the average is
 * w - u / steps, computed once at the end.
 *
 * A choice (learn.h) is learned the same way with its own decoding: the
 * chosen token's features gain one for label 1 and lose one for label 0,
 * the token chosen wrongly the reverse, and no transition moves.
 *
 * Everything is integer until the average, and the average is computed
 * in IEEE double in a fixed order: the same sequences and options give
 * the same file on every platform.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "learn_int.h"
#include "whosaid/xmalloc.h"

struct ws_trainer {
	struct ws_train_options opt;
	unsigned L;
	/* the sequences, packed: sequence s is tokens seq_first[s] .. seq_first[s+1] */
	uint32_t *seq_first;
	uint8_t *seq_choice;	/* sequence s is a choice */
	size_t nseqs, capseqs, capchoice;
	/* token t's features are feats[tok_first[t] .. tok_first[t+1]), bucket numbers */
	uint32_t *tok_first;
	uint8_t *gold;
	size_t ntokens, captokens;
	uint32_t *feats;
	size_t nfeats, capfeats;
	/* weights and their step-weighted sums (see above) */
	int32_t *w;		/* nbuckets x L */
	int64_t *u;
	int32_t trans[(1 + WS_LEARN_MAX_LABELS) * WS_LEARN_MAX_LABELS];
	int64_t trans_u[(1 + WS_LEARN_MAX_LABELS) * WS_LEARN_MAX_LABELS];
	int64_t step;
};

static int
check_options(const struct ws_train_options *opt, struct ws_error *err)
{
	if (opt->nlabels < 1 || opt->nlabels > WS_LEARN_MAX_LABELS)
		return ws_error_set(err, "labels: %u is not in 1..%u", opt->nlabels,
				    WS_LEARN_MAX_LABELS);
	if (opt->nbuckets < WS_MODEL_MIN_BUCKETS || opt->nbuckets > WS_MODEL_MAX_BUCKETS ||
	    (opt->nbuckets & (opt->nbuckets - 1)) != 0)
		return ws_error_set(err, "buckets: %u is not a power of two in %u..%u",
				    opt->nbuckets, WS_MODEL_MIN_BUCKETS, WS_MODEL_MAX_BUCKETS);
	if (ws_model_size(opt->nlabels, opt->nbuckets) > WS_MODEL_MAX_BYTES)
		return ws_error_set(err, "buckets: %u buckets of %u labels make a model over %u bytes",
				    opt->nbuckets, opt->nlabels, WS_MODEL_MAX_BYTES);
	if (opt->epochs < 1)
		return ws_error_set(err, "epochs: at least 1");
	return 0;
}

int
ws_trainer_new(const struct ws_train_options *opt, struct ws_trainer **out,
	       struct ws_error *err)
{
	struct ws_trainer *tr;

	*out = NULL;
	if (check_options(opt, err) < 0)
		return -1;
	tr = xcalloc(1, sizeof *tr);
	tr->opt = *opt;
	tr->L = opt->nlabels;
	tr->w = xcalloc((size_t)opt->nbuckets * tr->L, sizeof *tr->w);
	tr->u = xcalloc((size_t)opt->nbuckets * tr->L, sizeof *tr->u);
	*out = tr;
	return 0;
}

void
ws_trainer_free(struct ws_trainer *tr)
{
	if (tr == NULL)
		return;
	free(tr->seq_first);
	free(tr->seq_choice);
	free(tr->tok_first);
	free(tr->gold);
	free(tr->feats);
	free(tr->w);
	free(tr->u);
	free(tr);
}

size_t
ws_trainer_nseqs(const struct ws_trainer *tr)
{
	return tr->nseqs;
}

size_t
ws_trainer_ntokens(const struct ws_trainer *tr)
{
	return tr->ntokens;
}

/* Room for one more sequence of n tokens and nf features. */
static void
make_room(struct ws_trainer *tr, size_t n, size_t nf)
{
	size_t ct = tr->captokens, cg = tr->captokens;

	xgrow(&tr->seq_first, &tr->capseqs, tr->nseqs + 2, sizeof *tr->seq_first);
	xgrow(&tr->seq_choice, &tr->capchoice, tr->nseqs + 2, sizeof *tr->seq_choice);
	xgrow(&tr->tok_first, &ct, tr->ntokens + n + 1, sizeof *tr->tok_first);
	xgrow(&tr->gold, &cg, tr->ntokens + n + 1, sizeof *tr->gold);
	tr->captokens = ct < cg ? ct : cg;
	xgrow(&tr->feats, &tr->capfeats, tr->nfeats + nf, sizeof *tr->feats);
}

int
ws_trainer_add(struct ws_trainer *tr, const struct ws_seq *seq, struct ws_error *err)
{
	uint32_t mask = tr->opt.nbuckets - 1;
	size_t chosen = 0;

	if (seq->ntokens == 0)
		return 0;
	if (tr->nfeats + seq->nfeats >= UINT32_MAX || tr->ntokens + seq->ntokens >= UINT32_MAX)
		return ws_error_set(err, "training corpus too large");
	make_room(tr, seq->ntokens, seq->nfeats);
	for (size_t i = 0; i < seq->ntokens; i++) {
		if (seq->labels[i] >= tr->L)
			return ws_error_set(err, "gold label %u out of range (%u labels)",
					    seq->labels[i], tr->L);
		chosen += seq->labels[i] == 1;
	}
	if (seq->choice && (tr->L < 2 || chosen != 1))
		return ws_error_set(err, "a choice must choose one token, and needs two labels");
	tr->seq_choice[tr->nseqs] = seq->choice != 0;
	tr->seq_first[tr->nseqs] = (uint32_t)tr->ntokens;
	for (size_t i = 0; i < seq->ntokens; i++) {
		tr->tok_first[tr->ntokens + i] = (uint32_t)(tr->nfeats + seq->first[i]);
		tr->gold[tr->ntokens + i] = seq->labels[i];
	}
	for (size_t j = 0; j < seq->nfeats; j++)
		tr->feats[tr->nfeats + j] = seq->feats[j] & mask;
	tr->ntokens += seq->ntokens;
	tr->nfeats += seq->nfeats;
	tr->nseqs++;
	tr->seq_first[tr->nseqs] = (uint32_t)tr->ntokens;
	tr->tok_first[tr->ntokens] = (uint32_t)tr->nfeats;
	return 0;
}

/* splitmix64: a tiny PRNG of fixed definition, so shuffles never vary. */
static uint64_t
next_random(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ull);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/* Fisher-Yates, with a multiply-shift for the range (Lemire). */
static void
shuffle(uint32_t *order, size_t n, uint64_t *state)
{
	for (size_t i = n; i > 1; i--) {
		size_t j = (size_t)(((next_random(state) >> 32) * (uint64_t)i) >> 32);
		uint32_t t = order[i - 1];

		order[i - 1] = order[j];
		order[j] = t;
	}
}

/* Token t's score for each label under the current weights. */
static void
token_scores(const struct ws_trainer *tr, size_t t, int32_t *out)
{
	unsigned L = tr->L;

	memset(out, 0, L * sizeof *out);
	for (uint32_t j = tr->tok_first[t]; j < tr->tok_first[t + 1]; j++) {
		const int32_t *w = tr->w + (size_t)tr->feats[j] * L;

		for (unsigned l = 0; l < L; l++)
			out[l] += w[l];
	}
}

/* Add d to a weight and step * d to its sum. */
static void
bump(int32_t *w, int64_t *u, size_t i, int d, int64_t step)
{
	w[i] += d;
	u[i] += step * d;
}

/* Token t's features gain one for label g and lose one for label p. */
static void
update_features(struct ws_trainer *tr, size_t t, unsigned g, unsigned p)
{
	for (uint32_t j = tr->tok_first[t]; j < tr->tok_first[t + 1]; j++) {
		size_t b = (size_t)tr->feats[j] * tr->L;

		bump(tr->w, tr->u, b + g, 1, tr->step);
		bump(tr->w, tr->u, b + p, -1, tr->step);
	}
}

/* The perceptron's update for one token and its incoming transition. */
static void
update_token(struct ws_trainer *tr, size_t t, size_t i, const uint8_t *pred,
	     const uint8_t *gold)
{
	unsigned L = tr->L;
	size_t tg = i == 0 ? gold[i] : (1u + gold[i - 1]) * L + gold[i];
	size_t tp = i == 0 ? pred[i] : (1u + pred[i - 1]) * L + pred[i];

	if (tg != tp) {
		bump(tr->trans, tr->trans_u, tg, 1, tr->step);
		bump(tr->trans, tr->trans_u, tp, -1, tr->step);
	}
	if (gold[i] != pred[i])
		update_features(tr, t, gold[i], pred[i]);
}

/* Tag sequence s with the current weights, update; tokens tagged wrong. */
static size_t
learn_one(struct ws_trainer *tr, size_t s, struct ws_seq *scratch)
{
	size_t t0 = tr->seq_first[s], n = tr->seq_first[s + 1] - t0;
	const uint8_t *gold = tr->gold + t0;
	size_t nwrong = 0;

	for (size_t i = 0; i < n; i++)
		token_scores(tr, t0 + i, scratch->scores + i * tr->L);
	if (tr->seq_choice[s]) {
		/* a choice: one wrong when the chosen token is not the gold one */
		memset(scratch->labels, 0, n);
		scratch->labels[ws_choice_best(scratch->scores, n, tr->L)] = 1;
		for (size_t i = 0; i < n; i++)
			if (scratch->labels[i] != gold[i]) {
				update_features(tr, t0 + i, gold[i], scratch->labels[i]);
				nwrong = 1;
			}
		tr->step++;
		return nwrong;
	}
	ws_viterbi(scratch->scores, n, tr->L, tr->trans, scratch->back, scratch->labels);
	for (size_t i = 0; i < n; i++) {
		nwrong += scratch->labels[i] != gold[i];
		update_token(tr, t0 + i, i, scratch->labels, gold);
	}
	tr->step++;
	return nwrong;
}

/* The scratch sequence: labels and decoder room for the longest sequence. */
static void
scratch_for(const struct ws_trainer *tr, struct ws_seq *scratch)
{
	size_t longest = 0;

	for (size_t s = 0; s < tr->nseqs; s++)
		if (tr->seq_first[s + 1] - tr->seq_first[s] > longest)
			longest = tr->seq_first[s + 1] - tr->seq_first[s];
	scratch->labels = xmalloc(longest + 1);
	scratch->ntokens = longest;
	ws_seq_scratch(scratch, tr->L);
}

/* The averaged weight i: w - u / step. */
static double
average(const int32_t *w, const int64_t *u, size_t i, int64_t step)
{
	return (double)w[i] - (double)u[i] / (double)step;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/*
 * The scale of the quantisation: the 99.9th percentile of the feature
 * weights' magnitudes maps to 127, and the few larger ones are clipped.
 * Taking the largest instead lets one outlier round most weights to 0.
 */
static double
choose_scale(const struct ws_trainer *tr)
{
	size_t n = (size_t)tr->opt.nbuckets * tr->L, k = 0;
	double *mag = xreallocarray(NULL, n, sizeof *mag);
	double scale;

	for (size_t i = 0; i < n; i++) {
		double a = average(tr->w, tr->u, i, tr->step);

		a = a < 0 ? -a : a;

		if (a > 0)
			mag[k++] = a;
	}
	qsort(mag, k, sizeof *mag, cmp_double);
	scale = k == 0 ? 1.0 : 127.0 / mag[k - 1 - (k - 1) / 1000];
	free(mag);
	return scale;
}

static long
quantise(double v, double scale, long limit)
{
	double x = v * scale;
	long q = x >= 0 ? (long)(x + 0.5) : -(long)(-x + 0.5);

	return q > limit ? limit : q < -limit ? -limit : q;
}

/* The model file's bytes (layout in learn.h). */
static void
write_model(const struct ws_trainer *tr, double scale, uint8_t **bytes, size_t *n)
{
	unsigned L = tr->L;
	size_t size = ws_model_size(L, tr->opt.nbuckets);
	size_t at = ws_model_weights_at(L);
	float fscale = (float)scale;
	uint32_t scale_bits;
	uint8_t *b = xcalloc(1, size);

	memcpy(b, WS_MODEL_MAGIC, 8);
	ws_put_le32(b + 8, WS_MODEL_FORMAT);
	ws_put_le32(b + 12, tr->opt.featset);
	ws_put_le32(b + 16, L);
	ws_put_le32(b + 20, tr->opt.nbuckets);
	memcpy(&scale_bits, &fscale, sizeof scale_bits);
	ws_put_le32(b + 24, scale_bits);
	for (size_t i = 0; i < (1u + L) * L; i++) {
		uint16_t q = (uint16_t)(int16_t)quantise(average(tr->trans, tr->trans_u, i, tr->step),
							 scale, INT16_MAX);

		b[WS_MODEL_HEADER + 2 * i] = (uint8_t)q;
		b[WS_MODEL_HEADER + 2 * i + 1] = (uint8_t)(q >> 8);
	}
	for (size_t i = 0; i < (size_t)tr->opt.nbuckets * L; i++)
		b[at + i] = (uint8_t)(int8_t)quantise(average(tr->w, tr->u, i, tr->step),
						      scale, 127);
	ws_put_le64(b + size - 8, ws_model_checksum(b, size - 8));
	*bytes = b;
	*n = size;
}

void
ws_trainer_run(struct ws_trainer *tr,
	       void (*progress)(void *ctx, unsigned epoch, size_t nwrong),
	       void *ctx, uint8_t **bytes, size_t *n)
{
	uint64_t state = tr->opt.seed;
	uint32_t *order = xreallocarray(NULL, tr->nseqs + 1, sizeof *order);
	struct ws_seq scratch;

	*bytes = NULL;
	*n = 0;
	ws_seq_init(&scratch);
	scratch_for(tr, &scratch);
	for (size_t s = 0; s < tr->nseqs; s++)
		order[s] = (uint32_t)s;
	tr->step = 1;
	for (unsigned e = 1; e <= tr->opt.epochs; e++) {
		size_t nwrong = 0;

		shuffle(order, tr->nseqs, &state);
		for (size_t s = 0; s < tr->nseqs; s++)
			nwrong += learn_one(tr, order[s], &scratch);
		if (progress != NULL)
			progress(ctx, e, nwrong);
	}
	write_model(tr, choose_scale(tr), bytes, n);
	free(order);
	ws_seq_free(&scratch);
}

/*
 * The learned layer applied (learn.h): tag the document's sequences with
 * the model and turn the tags into claims.
 *
 * A placeholder decoding until the feature set's own lands: each run of
 * content tags (B-CONTENT, then I-CONTENT) that no claim of the rules
 * overlaps becomes an indirect claim, its cue the sentence's first run of
 * cue tags.  The claims stay sorted by content start.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "whosaid/analyze.h"
#include "whosaid/learn.h"
#include "whosaid/segment.h"

enum { TAG_B_CUE = 3, TAG_I_CUE = 4, TAG_B_CONTENT = 5, TAG_I_CONTENT = 6 };

struct apply {
	const struct ws_model *model;
	const struct ws_doc *doc;
	struct ws_analysis *an;
	size_t nrule;		/* the rules' claims: an->claims[0 .. nrule) */
	size_t sentence;	/* the sequence being decoded */
	uint8_t *in_rule;	/* per token: inside a rule claim's content */
	size_t cap;
	struct ws_error *err;
};

/* Mark the tokens that overlap a rule claim's content (one pass). */
static void
mark_rule_claims(struct apply *ap)
{
	const struct ws_doc *doc = ap->doc;

	for (size_t i = 0; i < ap->nrule; i++) {
		struct ws_span32 c = ap->an->claims[i].content;

		for (size_t t = ws_token_ending_after(doc->tokens, doc->ntokens, c.start);
		     t < doc->ntokens && doc->tokens[t].start < c.end; t++)
			ap->in_rule[t] = 1;
	}
}

static int
overlaps_rule_claim(const struct apply *ap, size_t from, size_t to)
{
	for (size_t t = from; t < to; t++)
		if (ap->in_rule[t])
			return 1;
	return 0;
}

/* The span of the run of tags b (then b + 1) starting at token i, and its end. */
static size_t
run_of(const struct ws_doc *doc, const struct ws_seq *seq, size_t first, size_t i,
       unsigned b, struct ws_span32 *sp)
{
	size_t j = i + 1;

	while (j < seq->ntokens && seq->labels[j] == b + 1)
		j++;
	sp->start = doc->tokens[first + i].start;
	sp->end = (uint32_t)ws_token_end(&doc->tokens[first + j - 1]);
	return j;
}

static int
add_claim(struct apply *ap, struct ws_span32 content, struct ws_span32 cue)
{
	struct ws_claim *c;

	if (ap->an->nclaims == ap->cap) {
		size_t cap = ap->cap ? 2 * ap->cap : 16;
		void *p = realloc(ap->an->claims, cap * sizeof *ap->an->claims);

		if (p == NULL)
			return ws_error_set(ap->err, "out of memory");
		ap->an->claims = p;
		ap->cap = cap;
	}
	c = &ap->an->claims[ap->an->nclaims++];
	memset(c, 0, sizeof *c);
	c->content = content;
	c->kind = WS_CLAIM_INDIRECT;
	c->cue = cue;
	c->speaker = c->outlet = WS_NONE;
	return 0;
}

static int
decode(void *ctx, struct ws_seq *seq)
{
	struct apply *ap = ctx;
	const struct ws_doc *doc = ap->doc;
	size_t first = doc->sentences[ap->sentence++].first_token;
	struct ws_span32 cue = { 0, 0 }, content;

	if (ws_model_tag(ap->model, seq, ap->err) < 0)
		return -1;
	for (size_t i = 0; i < seq->ntokens; i++) {
		if (seq->labels[i] == TAG_B_CUE && cue.end == 0) {
			run_of(doc, seq, first, i, TAG_B_CUE, &cue);
			break;
		}
	}
	for (size_t i = 0; i < seq->ntokens;) {
		if (seq->labels[i] != TAG_B_CONTENT) {
			i++;
			continue;
		}
		size_t end = run_of(doc, seq, first, i, TAG_B_CONTENT, &content);

		if (!overlaps_rule_claim(ap, first + i, first + end) &&
		    add_claim(ap, content, cue) < 0)
			return -1;
		i = end;
	}
	return 0;
}

/*
 * The rules' claims and the new ones are each sorted by content start
 * (sentences come in order): merged, the rules' first on a tie, so that
 * the rules' claims keep their order among themselves.
 */
static int
merge_claims(struct ws_analysis *an, size_t nrule, struct ws_error *err)
{
	struct ws_claim *out = malloc((an->nclaims + 1) * sizeof *out);
	size_t i = 0, j = nrule, k = 0;

	if (out == NULL)
		return ws_error_set(err, "out of memory");
	while (i < nrule || j < an->nclaims) {
		if (j == an->nclaims ||
		    (i < nrule && an->claims[i].content.start <= an->claims[j].content.start))
			out[k++] = an->claims[i++];
		else
			out[k++] = an->claims[j++];
	}
	free(an->claims);
	an->claims = out;
	return 0;
}

/* One sequence per sentence, in order (learn_features.c). */
int
ws_learn_apply(const struct ws_model *model, const struct ws_doc *doc,
	       struct ws_analysis *an, struct ws_error *err)
{
	struct apply ap = { model, doc, an, an->nclaims, 0, NULL, an->nclaims, err };
	struct ws_seq seq;
	int rc;

	if (ws_model_nlabels(model) != ws_learn_nlabels)
		return ws_error_set(err, "the model has %u labels, the feature set %u",
				    ws_model_nlabels(model), ws_learn_nlabels);
	ap.in_rule = calloc(doc->ntokens + 1, 1);
	if (ap.in_rule == NULL)
		return ws_error_set(err, "out of memory");
	mark_rule_claims(&ap);
	ws_seq_init(&seq);
	rc = ws_learn_sequences(doc, an, NULL, &seq, decode, &ap, err);
	ws_seq_free(&seq);
	free(ap.in_rule);
	if (rc == 0 && an->nclaims > ap.nrule)
		rc = merge_claims(an, ap.nrule, err);
	return rc;
}

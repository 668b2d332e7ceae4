/*
 * The learned layer applied (learn.h): each claim of the rules starts
 * and ends where the model chooses (learn_features.c).
 *
 * Only the content's bounds move: the rules' cue, credit, person and
 * outlet stay, for the rules find them right on 95 of 100 matched
 * claims.  An end is chosen among the tokens around the rules' end, a
 * start around the rules' start, both from the rules' reading; a start
 * chosen past the chosen end leaves the rules' start.  Then the claims
 * are sorted by content start again.
 */
#include "config.h"

#include <stdlib.h>

#include "analyze_int.h"
#include "learn_features.h"

struct apply {
	const struct ws_doc *doc;
	struct ws_span *bounds;	/* per claim: the chosen bounds, from the rules' */
};

static void
chosen(void *ctx, const struct lf_choice *ch, size_t token)
{
	struct apply *ap = ctx;
	const struct ws_token *tok = &ap->doc->tokens[token];

	if (ch->what == LF_END)
		ap->bounds[ch->claim].end = (uint32_t)ws_token_end(tok);
	else
		ap->bounds[ch->claim].start = ws_token_start(tok);
}

int
ws_learn_apply(const struct ws_model *model, const struct ws_doc *doc,
	       struct ws_analysis *an, struct ws_error *err)
{
	return lf_apply(model, doc, an, NULL, err);
}

int
lf_apply(const struct ws_model *model, const struct ws_doc *doc, struct ws_analysis *an,
	 const uint32_t *words, struct ws_error *err)
{
	struct apply ap = { doc, NULL };

	if (ws_model_nlabels(model) != ws_learn_nlabels)
		return ws_error_set(err, "the model has %u labels, the feature set %u",
				    ws_model_nlabels(model), ws_learn_nlabels);
	if (an->nclaims == 0)
		return 0;
	ap.bounds = xreallocarray(NULL, an->nclaims, sizeof *ap.bounds);
	for (size_t i = 0; i < an->nclaims; i++)
		ap.bounds[i] = an->claims[i].content;
	lf_choose(doc, an, model, words, chosen, &ap);
	for (size_t i = 0; i < an->nclaims; i++) {
		struct ws_span *c = &an->claims[i].content, b = ap.bounds[i];

		if (b.end > c->start)
			c->end = b.end;
		if (b.start < c->end)
			c->start = b.start;
	}
	an_sort_claims(an->claims, an->nclaims);
	free(ap.bounds);
	return 0;
}

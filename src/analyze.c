/*
 * analyze: the driver of the attribution engine.
 *
 * The stages, each in its own file:
 *
 *	analyze_quotes.c	quotations over the whole document, first
 *	analyze_mentions.c	outlets and people named in a sentence
 *	analyze_cues.c		cues and the claims they introduce (the readers)
 *	analyze_subject.c	noun phrases: the words that credit a claim
 *	analyze_content.c	where a claim's content starts and ends
 *	analyze_resolve.c	pronouns, surnames, "the outlet", frames such as
 *				"according to X, Y said", floating quotations
 *
 * Sentences are read in order, once; the later stages look back only
 * through bounded recency lists.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "analyze_int.h"
#include "whosaid/learn.h"

int
an_grow(void *arrp, size_t *cap, size_t n, size_t size)
{
	void **arr = arrp;
	size_t ncap;
	void *p;

	if (n < *cap)
		return 0;
	ncap = *cap ? *cap * 2 : 16;
	while (ncap <= n)
		ncap *= 2;
	if ((p = realloc(*arr, ncap * size)) == NULL)
		return -1;
	*arr = p;
	*cap = ncap;
	return 0;
}

/* The first sentence token that ends after byte off (ntok if none). */
size_t
an_tok_at(const struct an_ctx *ctx, size_t off)
{
	return ws_token_ending_after(ctx->tok, ctx->ntok, off);
}

static int
by_content(const void *a, const void *b)
{
	const struct ws_claim *x = a, *y = b;

	if (x->content.start != y->content.start)
		return x->content.start < y->content.start ? -1 : 1;
	return x->cue.start < y->cue.start ? -1 : x->cue.start > y->cue.start;
}

/*
 * Claims come nearly in order (claims of one sentence may swap places),
 * so an insertion sort orders them in linear time, without the copy of
 * them all that glibc's qsort() makes.  Past a budget of moves the order
 * was not near, and qsort() finishes the work.  Both sorts are stable,
 * so the order is the same whichever ran.
 */
void
an_sort_claims(struct ws_claim *c, size_t n)
{
	size_t budget = 8 * n + 64;

	for (size_t i = 1; i < n; i++) {
		struct ws_claim x = c[i];
		size_t j = i;

		for (; j > 0 && by_content(&c[j - 1], &x) > 0; j--) {
			if (budget-- == 0) {
				c[j] = x;
				qsort(c, n, sizeof *c, by_content);
				return;
			}
			c[j] = c[j - 1];
		}
		c[j] = x;
	}
}

static const struct ws_person *id_people;

static int
by_id(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	int c = strcmp(id_people[x].id, id_people[y].id);

	return c != 0 ? c : (x < y ? -1 : x > y);
}

/*
 * Give every person a unique id, the slug of their name: "john-kerry",
 * and "john-kerry-2" for a second person of that name.
 */
static int
assign_ids(struct ws_analysis *an)
{
	size_t *order;

	for (size_t i = 0; i < an->npeople; i++) {
		free(an->people[i].id);
		an->people[i].id = ws_slug(an->people[i].name, strlen(an->people[i].name));
		if (an->people[i].id == NULL)
			return -1;
	}
	if (an->npeople < 2)
		return 0;
	if ((order = malloc(an->npeople * sizeof *order)) == NULL)
		return -1;
	for (size_t i = 0; i < an->npeople; i++)
		order[i] = i;
	id_people = an->people;
	qsort(order, an->npeople, sizeof *order, by_id);
	for (size_t i = 1, n = 1, run = order[0]; i < an->npeople; i++) {
		struct ws_person *p = &an->people[order[i]];
		size_t len = strlen(p->id) + 24;
		char *id;

		if (strcmp(an->people[run].id, p->id) != 0) {
			run = order[i];
			n = 1;
			continue;
		}
		if ((id = malloc(len)) == NULL) {
			free(order);
			return -1;
		}
		snprintf(id, len, "%s-%zu", p->id, ++n);
		free(p->id);
		p->id = id;
	}
	free(order);
	return 0;
}

static int
analyze_sentence(struct an_ctx *ctx, size_t i)
{
	const struct ws_sentence *se = &ctx->doc->sentences[i];

	ctx->sent = i;
	ctx->tok = ctx->doc->tokens + se->first_token;
	ctx->ntok = se->ntokens;
	ctx->nsc = 0;
	if (an_grow(&ctx->ti, &ctx->ti_cap, ctx->ntok, sizeof *ctx->ti) < 0)
		return -1;
	an_quotes_of_sentence(ctx, se->first_token, se->first_token + se->ntokens);
	an_scan_tokens(ctx);
	ctx->titlecase = an_title_case(ctx);
	if (an_find_mentions(ctx) < 0 || an_find_claims(ctx) < 0 ||
	    an_resolve_claims(ctx) < 0 || an_float_quotes(ctx, 0) < 0)
		return -1;
	return 0;
}

static void
ctx_free(struct an_ctx *ctx)
{
	free(ctx->pinfo);
	free(ctx->outlet_of);
	free(ctx->quotes);
	free(ctx->ti);
	free(ctx->sc);
	free(ctx->name_keys);
	free(ctx->name_people);
}

int
ws_analyze(const struct ws_doc *doc, const struct ws_lexicon *lex,
	   struct ws_analysis **out, struct ws_error *err)
{
	return ws_analyze_cancellable(doc, lex, NULL, out, err);
}

int
ws_analyze_cancellable(const struct ws_doc *doc, const struct ws_lexicon *lex,
		       const atomic_int *cancel, struct ws_analysis **out,
		       struct ws_error *err)
{
	struct ws_lexicon *own = NULL;
	struct an_ctx ctx;
	int rc = -1;

	*out = NULL;
	if (lex == NULL) {
		if (ws_lexicon_builtin(&own, err) < 0)
			return -1;
		lex = own;
	}
	memset(&ctx, 0, sizeof ctx);
	ctx.doc = doc;
	ctx.s = doc->text->s;
	ctx.len = doc->text->len;
	ctx.lex = lex;
	ctx.last_speaker = ctx.last_outlet = ctx.last_subject = WS_NONE;
	ctx.last_claim_block = WS_NONE;
	ctx.an = calloc(1, sizeof *ctx.an);
	ctx.outlet_of = malloc((lex->noutlets + 1) * sizeof *ctx.outlet_of);
	if (ctx.an == NULL || ctx.outlet_of == NULL)
		goto oom;
	for (size_t i = 0; i < lex->noutlets; i++)
		ctx.outlet_of[i] = WS_NONE;
	if (an_find_quotes(&ctx) < 0)
		goto oom;
	for (size_t i = 0; i < doc->nsentences; i++) {
		if (cancel != NULL && atomic_load_explicit(cancel, memory_order_relaxed)) {
			ws_error_set(err, "cancelled");
			goto done;
		}
		if (analyze_sentence(&ctx, i) < 0)
			goto oom;
	}
	if (an_float_quotes(&ctx, 1) < 0 || assign_ids(ctx.an) < 0)
		goto oom;
	an_sort_claims(ctx.an->claims, ctx.an->nclaims);
	if (lex->model != NULL && ws_learn_apply(lex->model, doc, ctx.an, err) < 0)
		goto done;
	*out = ctx.an;
	ctx.an = NULL;
	rc = 0;
	goto done;
oom:
	ws_error_set(err, "out of memory");
done:
	ws_analysis_free(ctx.an);
	ctx_free(&ctx);
	ws_lexicon_free(own);
	return rc;
}

void
ws_analysis_free(struct ws_analysis *an)
{
	if (an == NULL)
		return;
	for (size_t i = 0; i < an->noutlets; i++) {
		free(an->outlets[i].id);
		free(an->outlets[i].name);
		free(an->outlets[i].mentions);
	}
	for (size_t i = 0; i < an->npeople; i++) {
		free(an->people[i].id);
		free(an->people[i].name);
		free(an->people[i].role);
		free(an->people[i].mentions);
	}
	free(an->outlets);
	free(an->people);
	free(an->claims);
	free(an);
}

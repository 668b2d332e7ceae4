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
 *	analyze_split.c		claims cut into the quotations a reader sees, last
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
#include "learn_features.h"

/* The first sentence token that ends after byte off (ntok if none). */
size_t
an_tok_at(const struct an_ctx *ctx, size_t off)
{
	size_t k = ws_search_from(ctx->tok, ctx->ntok, sizeof *ctx->tok, off, ws_token_ends_by,
				  ctx->guess->tok);

	ctx->guess->tok = k;
	return k;
}

static int
by_content(const void *a, const void *b)
{
	const struct ws_claim *x = a, *y = b;

	if (x->content.start != y->content.start)
		return x->content.start < y->content.start ? -1 : 1;
	return x->cue.start < y->cue.start ? -1 : x->cue.start > y->cue.start;
}

/* The end of the run of claims in order that starts at a. */
static size_t
run_end(const struct ws_claim *c, size_t n, size_t a)
{
	while (++a < n && by_content(&c[a - 1], &c[a]) <= 0)
		;
	return a;
}

/*
 * Merge the runs in order [a, m) and [m, b) of c in place.  Only their
 * overlap moves: the left run's claims up to the right run's first stay
 * where they are, and so do the right run's claims from the left run's
 * last on (a sentence's claims overlap the next sentence's by one or
 * two).  Of what is left, the shorter run is copied into *tmp (grown as
 * needed) first; on a tie the left run's claim comes first, so the
 * merge is stable.  The scans for the overlap cost what its merge does.
 */
static void
merge_runs(struct ws_claim *c, size_t a, size_t m, size_t b, struct ws_claim **tmp, size_t *cap)
{
	while (a < m && by_content(&c[a], &c[m]) <= 0)
		a++;
	while (b > m && by_content(&c[b - 1], &c[m - 1]) >= 0)
		b--;
	if (a == m || b == m)
		return;
	if (m - a <= b - m) {
		/* the left run aside, then forward: the smaller of the two heads */
		size_t i = 0, j = m, k = a, n = m - a;

		xgrow(tmp, cap, n, sizeof **tmp);
		memcpy(*tmp, c + a, n * sizeof *c);
		while (i < n)
			c[k++] = j < b && by_content(&c[j], &(*tmp)[i]) < 0 ? c[j++] : (*tmp)[i++];
	} else {
		/* the right run aside, then backward: the larger of the two tails */
		size_t i = m, j = b - m, k = b;

		xgrow(tmp, cap, j, sizeof **tmp);
		memcpy(*tmp, c + m, j * sizeof *c);
		while (j > 0)
			c[--k] = i > a && by_content(&(*tmp)[j - 1], &c[i - 1]) < 0 ? c[--i] : (*tmp)[--j];
	}
}

/*
 * A stable sort by content start that takes the runs already in order
 * as they come and merges them pairwise, pass after pass, until one is
 * left: the claims of a sentence come in order, and those another stage
 * adds come after them.  The runs' ends are found once (ends[r]: the
 * end of run r, the start of run r + 1).
 */
void
an_sort_claims(struct ws_claim *c, size_t n)
{
	struct ws_claim *tmp = NULL;
	size_t *ends = NULL, nruns = 0, ends_cap = 0, cap = 0;

	for (size_t a = 0; a < n; a = ends[nruns++]) {
		xgrow(&ends, &ends_cap, nruns + 1, sizeof *ends);
		ends[nruns] = run_end(c, n, a);
	}
	while (nruns > 1) {
		size_t kept = 0;

		for (size_t r = 0; r < nruns; r += 2) {
			if (r + 1 < nruns)
				merge_runs(c, r > 0 ? ends[r - 1] : 0, ends[r], ends[r + 1], &tmp, &cap);
			ends[kept++] = ends[r + 1 < nruns ? r + 1 : r];
		}
		nruns = kept;
	}
	free(ends);
	free(tmp);
}

/* A person's place in the people array, sorted by id. */
struct id_order {
	const char *id;
	size_t person;
};

static int
by_id(const void *a, const void *b)
{
	const struct id_order *x = a, *y = b;
	int c = strcmp(x->id, y->id);

	return c != 0 ? c : (x->person < y->person ? -1 : x->person > y->person);
}

/*
 * Give every person a unique id, the slug of their name: "john-kerry",
 * and "john-kerry-2" for a second person of that name.
 */
static void
assign_ids(struct ws_analysis *an)
{
	struct id_order *order;

	for (size_t i = 0; i < an->npeople; i++) {
		free(an->people[i].id);
		an->people[i].id = ws_slug(an->people[i].name, strlen(an->people[i].name));
	}
	if (an->npeople < 2)
		return;
	order = xreallocarray(NULL, an->npeople, sizeof *order);
	for (size_t i = 0; i < an->npeople; i++)
		order[i] = (struct id_order){ an->people[i].id, i };
	qsort(order, an->npeople, sizeof *order, by_id);
	for (size_t i = 1, n = 1, run = order[0].person; i < an->npeople; i++) {
		struct ws_person *p = &an->people[order[i].person];
		size_t len = strlen(p->id) + 24;
		char *id;

		if (strcmp(an->people[run].id, p->id) != 0) {
			run = order[i].person;
			n = 1;
			continue;
		}
		id = xmalloc(len);
		snprintf(id, len, "%s-%zu", p->id, ++n);
		free(p->id);
		p->id = id;
	}
	free(order);
}

/*
 * The model's cues (learn.h) where the word lists read none: the words
 * a reporter reports with that no list holds ("grumbled", "conceded").
 * Each becomes a cue of stance, read by the same rules as the listed
 * ones, which find its subject and its content or drop it.
 */
static const struct lex_entry learned_cue = { .kind = LEX_CUE, .cls = CUE_STANCE };
static const struct lex_entry learned_cue_ing = {
	.kind = LEX_CUE, .cls = CUE_STANCE, .flags = LEXF_ING,
};

static void
learned_cues(struct an_ctx *ctx)
{
	size_t first = ws_sentence_first_token(ctx->doc, ctx->sent);

	xgrow(&ctx->learned, &ctx->learned_cap, ctx->ntok + 1, 1);
	for (size_t k = 0; k < ctx->ntok; k++)
		ctx->learned[k] = ctx->ti[k].cue == NULL && !ctx->ti[k].in_name &&
				  !ctx->ti[k].pronoun && wk_empty(ctx->ti[k].words) &&
				  ctx->ti[k].outlet == NULL && ctx->ti[k].title == NULL;
	/*
	 * the sentence's words, read again by the choices (lf_apply()): those
	 * an_scan_tokens() took from its memo are there, the others made now
	 */
	lf_fill_words(ctx->doc, first, first + ctx->ntok, ctx->words + first);
	lf_learn_cues(ctx->lex->model, ctx->doc, ctx->sent, ctx->words + first, ctx->learned);
	for (size_t k = 0; k < ctx->ntok; k++) {
		size_t len = ws_token_len(&ctx->tok[k]);

		if (!ctx->learned[k])
			continue;
		ctx->ti[k].cue = an_ends_ing(ctx->s + tok_start(ctx, k), len, 5) ?
				 &learned_cue_ing : &learned_cue;
		ctx->ti[k].cue_end = (uint32_t)k + 1;
	}
}

/*
 * A learned cue with no one to say it is no report: "the vote was
 * widely seen as a rebuke" has a word the model reads as a cue but no
 * subject, and the claim it would make credits no one.  The claims of
 * the sentence from claim `from` on whose cue is learned and whose
 * credit the rules found nowhere are dropped.
 */
static void
drop_unsaid(struct an_ctx *ctx, size_t from)
{
	struct ws_analysis *an = ctx->an;
	size_t kept = from;

	for (size_t i = from; i < an->nclaims; i++) {
		const struct ws_claim *c = &an->claims[i];
		size_t k = c->cue.end > c->cue.start ? an_tok_at(ctx, c->cue.start) : WS_NONE;

		if (k != WS_NONE && k < ctx->ntok && ctx->learned[k] && c->by.end <= c->by.start) {
			if (c->speaker != WS_NONE)
				an->people[c->speaker].nclaims--;
			if (c->outlet != WS_NONE)
				an->outlets[c->outlet].nclaims--;
			continue;
		}
		an->claims[kept++] = an->claims[i];
	}
	an->nclaims = kept;
}

/*
 * The block of the sentence at work, walked to from the last one's: the
 * sentences come in order, so the walk visits each block once.
 */
static void
next_block(struct an_ctx *ctx)
{
	const struct ws_doc *doc = ctx->doc;
	size_t b = ctx->sent == 0 ? 0 : ctx->sent_block, start = ws_sentence_start(doc, ctx->sent);

	while (ws_doc_block_span(doc, b).end <= start)
		b++;
	if (ctx->sent == 0 || b != ctx->sent_block)
		ctx->blk = ws_doc_block(doc, b);
	ctx->sent_block = b;
}

/*
 * The sentence's first comma and first word, which the mentions ask of
 * ("Citing two officials, Le Monde reported", "After beating Laura
 * Kessler, she said") as well as the claims: found before either.
 */
static void
sentence_opening(struct an_ctx *ctx)
{
	ctx->first_comma = WS_NONE;
	for (size_t j = 0; j < ctx->ntok && ctx->first_comma == WS_NONE; j++)
		if (an_tok_punct(ctx, j, ','))
			ctx->first_comma = j;
	for (ctx->first_word = 0; ctx->first_word < ctx->ntok && !tok_is(ctx, ctx->first_word, WS_TOK_WORD);
	     ctx->first_word++)
		;
}

static void
analyze_sentence(struct an_ctx *ctx, size_t i)
{
	size_t first = ws_sentence_first_token(ctx->doc, i), n0;

	ctx->sent = i;
	next_block(ctx);
	ctx->tok = ctx->doc->tokens + first;
	ctx->ntok = ws_sentence_ntokens(ctx->doc, i);
	ctx->nsc = 0;
	xgrow(&ctx->ti, &ctx->ti_cap, ctx->ntok + 1, sizeof *ctx->ti);
	an_quotes_of_sentence(ctx, first, first + ctx->ntok);
	an_scan_tokens(ctx);
	sentence_opening(ctx);
	ctx->titlecase = an_title_case(ctx);
	an_find_mentions(ctx);
	if (ctx->lex->model != NULL)
		learned_cues(ctx);
	n0 = ctx->an->nclaims;
	an_find_claims(ctx);
	an_resolve_claims(ctx);
	if (ctx->lex->model != NULL)
		drop_unsaid(ctx, n0);
	an_float_quotes(ctx, 0);
}

static void
ctx_free(struct an_ctx *ctx)
{
	free(ctx->pinfo);
	free(ctx->outlet_of);
	free(ctx->outlet_nouns);
	free(ctx->quotes);
	free(ctx->sq_at);
	free(ctx->intros);
	free(ctx->ti);
	free(ctx->memo);
	free(ctx->sc);
	free(ctx->names.keys);
	free(ctx->names.vals);
	free(ctx->given.keys);
	free(ctx->given.vals);
	free(ctx->middle.keys);
	free(ctx->middle.vals);
	free(ctx->outlet_ids.keys);
	free(ctx->outlet_ids.vals);
	free(ctx->learned);
	free(ctx->words);
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
	if (lex->model != NULL && ws_model_nlabels(lex->model) != ws_learn_nlabels) {
		ws_lexicon_free(own);
		return ws_error_set(err, "the model has %u labels, the feature set %u",
				    ws_model_nlabels(lex->model), ws_learn_nlabels);
	}
	memset(&ctx, 0, sizeof ctx);
	ctx.doc = doc;
	ctx.s = doc->text->s;
	ctx.len = doc->text->len;
	ctx.lex = lex;
	ctx.guess = &ctx.guess_store;
	ctx.surname = &ctx.surname_store;
	ctx.surname_store.sent = WS_NONE;
	ctx.last_speaker = ctx.last_outlet = ctx.last_subject = WS_NONE;
	ctx.last_claim_block = WS_NONE;
	ctx.an = xcalloc(1, sizeof *ctx.an);
	ctx.memo = xcalloc((size_t)AN_MEMO_WAYS << AN_MEMO_BITS, sizeof *ctx.memo);
	if (lex->model != NULL)
		ctx.words = xcalloc(doc->ntokens + 1, sizeof *ctx.words);	/* 0: not made yet */
	ctx.outlet_of = xreallocarray(NULL, lex->noutlets + 1, sizeof *ctx.outlet_of);
	for (size_t i = 0; i < lex->noutlets; i++)
		ctx.outlet_of[i] = WS_NONE;
	an_find_quotes(&ctx);
	for (size_t i = 0; i < doc->nsentences; i++) {
		if (cancel != NULL && atomic_load_explicit(cancel, memory_order_relaxed)) {
			ws_error_set(err, "cancelled");
			goto done;
		}
		analyze_sentence(&ctx, i);
	}
	an_float_quotes(&ctx, 1);
	an_resolve_cataphora(&ctx);
	an_split_claims(&ctx);
	assign_ids(ctx.an);
	an_sort_claims(ctx.an->claims, ctx.an->nclaims);
	if (lex->model != NULL && !lex->model_cues_only && lf_apply(lex->model, doc, ctx.an, lex, ctx.words, err) < 0)
		goto done;
	/* What doubling left unused goes back before the exports allocate. */
	xshrink(&ctx.an->claims, ctx.an->nclaims, sizeof *ctx.an->claims);
	xshrink(&ctx.an->people, ctx.an->npeople, sizeof *ctx.an->people);
	xshrink(&ctx.an->outlets, ctx.an->noutlets, sizeof *ctx.an->outlets);
	*out = ctx.an;
	ctx.an = NULL;
	rc = 0;
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

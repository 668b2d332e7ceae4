/*
 * Quotations, over the whole document, in one pass.
 *
 * A quotation opens at a token the segmenter flagged as an opening mark
 * and closes at the next closing mark of the same kind (double or
 * single); marks of the other kind inside it are nested quotations and
 * are left alone.  A paragraph that ends inside a quotation continues it
 * when the next paragraph opens with a mark of the same kind (the
 * convention for a quotation of several paragraphs); otherwise the
 * quotation ends with its paragraph.  An opening mark inside an open
 * quotation of the same kind in the same paragraph ends the first one
 * unclosed.  No quotation is ever reopened or searched for backwards, so
 * a stray mark costs nothing and the pass is linear.
 */
#include "config.h"

#include <stdlib.h>

#include "analyze_int.h"

struct quote_state {
	size_t skip;		/* the second mark of a "''" pair */
	size_t open;		/* doc token of the opening mark, or WS_NONE */
	size_t last;		/* last token seen inside it */
	size_t nwords;
	int single;
};

static void
emit(struct an_ctx *ctx, struct quote_state *st, size_t close, int closed)
{
	struct an_quote *q;

	/* Two marks side by side ("") quote nothing: none is kept. */
	if (closed && close == st->open + 1) {
		st->open = WS_NONE;
		return;
	}
	/* By a sixteenth past a megabyte: a page of short quotations has one every few bytes. */
	xgrow_by(&ctx->quotes, &ctx->quotes_cap, ctx->nquotes + 1, sizeof *ctx->quotes, 4);
	q = &ctx->quotes[ctx->nquotes++];
	q->open = st->open;
	q->close = close;
	q->nwords = st->nwords < AN_QUOTE_WORDS_MAX ? st->nwords : AN_QUOTE_WORDS_MAX;
	q->closed = closed != 0;
	q->single = st->single != 0;
	q->used = 0;
	st->open = WS_NONE;
}

/* For ws_search: is the intro's quotation before quotation off? */
static int
intro_before(const void *intro, size_t off)
{
	return ((const struct an_intro *)intro)->quote < off;
}

/*
 * Quotations are introduced sentence after sentence, so in their order:
 * the new one goes last, or replaces the last (the same quotation again).
 */
void
an_set_intro(struct an_ctx *ctx, const struct an_quote *q, struct ws_span by, size_t person)
{
	uint32_t quote = (uint32_t)(q - ctx->quotes);
	size_t i = ws_search(ctx->intros, ctx->nintros, sizeof *ctx->intros, quote, intro_before);

	if (i == ctx->nintros || ctx->intros[i].quote != quote) {
		xgrow(&ctx->intros, &ctx->intros_cap, ctx->nintros + 1, sizeof *ctx->intros);
		memmove(ctx->intros + i + 1, ctx->intros + i, (ctx->nintros - i) * sizeof *ctx->intros);
		ctx->nintros++;
	}
	ctx->intros[i] = (struct an_intro){ quote,
		person == WS_NONE ? AN_NO_PERSON : (uint32_t)person, by };
}

const struct an_intro *
an_intro_of(const struct an_ctx *ctx, const struct an_quote *q)
{
	uint32_t quote = (uint32_t)(q - ctx->quotes);
	size_t i = ws_search(ctx->intros, ctx->nintros, sizeof *ctx->intros, quote, intro_before);

	return i < ctx->nintros && ctx->intros[i].quote == quote ? &ctx->intros[i] : NULL;
}

/* Is doc token k the first of two straight single marks, "''" (a double one in some archives)? */
static int
mark_pair(const struct an_ctx *ctx, size_t k)
{
	const struct ws_token *t = ctx->doc->tokens;

	return k + 1 < ctx->doc->ntokens && an_mark_is(ctx, &t[k], '\'') &&
	       ws_token_end(&t[k]) == ws_token_start(&t[k + 1]) && an_mark_is(ctx, &t[k + 1], '\'');
}

static void
quote_token(struct an_ctx *ctx, struct quote_state *st, size_t k, int block_start)
{
	unsigned f = ws_token_flags(&ctx->doc->tokens[k]);
	int single = (f & WS_TOK_SINGLE_QUOTE) != 0;

	if (k == st->skip)
		return;
	if (mark_pair(ctx, k)) {
		/* "''": open when none is, close an open double one. */
		st->skip = k + 1;
		f = st->open == WS_NONE || st->single ? WS_TOK_OPEN_QUOTE : WS_TOK_CLOSE_QUOTE;
		single = 0;
		if (f == WS_TOK_CLOSE_QUOTE && !block_start) {
			emit(ctx, st, k + 1, 1);
			return;
		}
	}

	if (st->open != WS_NONE && block_start) {
		if ((f & WS_TOK_OPEN_QUOTE) && single == st->single) {
			st->last = k;
			return;	/* the quotation goes on in this paragraph */
		}
		emit(ctx, st, st->last, 0);
	}
	if (st->open == WS_NONE) {
		if (f & WS_TOK_OPEN_QUOTE) {
			st->open = st->last = k;
			st->nwords = 0;
			st->single = single;
		}
		return;
	}
	if ((f & WS_TOK_CLOSE_QUOTE) && single == st->single) {
		emit(ctx, st, k, 1);
		return;
	}
	if ((f & WS_TOK_OPEN_QUOTE) && single == st->single) {
		emit(ctx, st, st->last, 0);
		st->open = st->last = k;
		st->nwords = 0;
		st->single = single;
		return;
	}
	if (f & WS_TOK_WORD)
		st->nwords++;
	st->last = k;
}

void
an_find_quotes(struct an_ctx *ctx)
{
	const struct ws_doc *doc = ctx->doc;
	struct quote_state st = { WS_NONE, WS_NONE, 0, 0, 0 };

	/* The tokens in order, and the blocks beside them: a block's first opens it. */
	for (size_t t = 0, b = 0, block_end = 0; t < doc->ntokens; t++) {
		int block_start = ws_token_start(&doc->tokens[t]) >= block_end;

		if (block_start) {
			while (ws_doc_block_span(doc, b).end <= ws_token_start(&doc->tokens[t]))
				b++;
			block_end = ws_doc_block_span(doc, b).end;
		}
		quote_token(ctx, &st, t, block_start);
	}
	if (st.open != WS_NONE)
		emit(ctx, &st, st.last, 0);
}

/*
 * Find the quotations that touch the sentence at work, from a cursor
 * that only moves forward: most questions are about them.  Which one
 * holds each of the sentence's tokens is written down at once
 * (ctx->sq_at), in one pass over both: the rules ask it of the same
 * tokens again and again, and in a sentence of a thousand tokens and
 * hundreds of quotations a search cost more than the rest of a claim.
 */
void
an_quotes_of_sentence(struct an_ctx *ctx, size_t first, size_t end)
{
	size_t i;

	while (ctx->qcur < ctx->nquotes && ctx->quotes[ctx->qcur].close < first)
		ctx->qcur++;
	ctx->sq_first = ctx->qcur;
	for (ctx->sq_end = ctx->qcur; ctx->sq_end < ctx->nquotes &&
	     ctx->quotes[ctx->sq_end].open < end; ctx->sq_end++)
		;
	ctx->sq_tok_first = first;
	ctx->sq_tok_end = end;
	xgrow(&ctx->sq_at, &ctx->sq_at_cap, end - first + 1, sizeof *ctx->sq_at);
	/* As an_quote_at() searches: the first quotation not closed before d, if it opened by d. */
	i = ctx->sq_first;
	for (size_t d = first; d < end; d++) {
		while (i < ctx->sq_end && ctx->quotes[i].close < d)
			i++;
		ctx->sq_at[d - first] = i < ctx->sq_end && ctx->quotes[i].open <= d ? (uint32_t)i : AN_NO_QUOTE;
	}
}

/* For ws_search: does the quotation close before doc token doc_tok? */
static int
closes_before(const void *quote, size_t doc_tok)
{
	return ((const struct an_quote *)quote)->close < doc_tok;
}

/* For ws_search_index_from: does quotation i end by byte off? */
static int
quote_ends_by(const void *ctx, size_t i, size_t off)
{
	const struct an_ctx *c = ctx;

	return an_quote_end(c, &c->quotes[i]) <= off;
}

/*
 * The first quotation that does not end by byte off, searched from
 * `from` (the split asks in text order), with the quotations' ends read
 * from their tokens.
 */
size_t
an_quote_after(const struct an_ctx *ctx, size_t from, size_t off)
{
	return ws_search_index_from(ctx->nquotes, off, quote_ends_by, ctx, from);
}

/*
 * The quotation that token doc_tok is part of (marks included), or NULL.
 * Quotations come in text order and never overlap: the first that does
 * not close before the token holds it if it opened by then.
 */
const struct an_quote *
an_quote_at(const struct an_ctx *ctx, size_t doc_tok)
{
	size_t lo = 0, hi = ctx->nquotes, i;

	if (doc_tok >= ctx->sq_tok_first && doc_tok < ctx->sq_tok_end) {
		i = ctx->sq_at[doc_tok - ctx->sq_tok_first];
		return i == AN_NO_QUOTE ? NULL : &ctx->quotes[i];
	}
	if (lo >= hi)
		return NULL;
	i = ctx->guess->quote;
	i = lo + ws_search_from(ctx->quotes + lo, hi - lo, sizeof *ctx->quotes, doc_tok, closes_before,
				i >= lo && i < hi ? i - lo : 0);
	ctx->guess->quote = i;
	return i < hi && ctx->quotes[i].open <= doc_tok ? &ctx->quotes[i] : NULL;
}

/*
 * an_is_quote_mark() of a mark (analyze_int.h): does sentence token k
 * open (WS_TOK_OPEN_QUOTE) or close (WS_TOK_CLOSE_QUOTE) a quotation
 * found above?  A stray mark does neither.
 */
int
an_quote_mark_is(const struct an_ctx *ctx, size_t k, unsigned which)
{
	size_t d;
	const struct an_quote *q;

	d = ws_sentence_first_token(ctx->doc, ctx->sent) + k;
	if ((q = an_quote_at(ctx, d)) == NULL)
		return 0;
	return ((which & WS_TOK_OPEN_QUOTE) && q->open == d) ||
	       ((which & WS_TOK_CLOSE_QUOTE) && (q->close == d || (q->close == d + 1 && q->closed &&
							       ctx->s[tok_start(ctx, k)] == '\'')));
}

/* The quotation whose mark is sentence token k, or NULL. */
const struct an_quote *
an_quote_of(const struct an_ctx *ctx, size_t k)
{
	return an_quote_at(ctx, ws_sentence_first_token(ctx->doc, ctx->sent) + k);
}

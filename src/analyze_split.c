/*
 * A claim as a reader sees it: one highlighted quotation each.
 *
 * The cue readers find a speaker's turn as one content: "“We are
 * ready,” Okafor said, “and we will not wait.”", or a quotation that
 * runs over three paragraphs.  A reader sees two quotations in the
 * first, three paragraphs in the second, and whosaid counts them so: a
 * claim is what a reader sees highlighted (PolNeAR annotates the same
 * turn as one attribution whose content is in pieces).  This last stage
 * cuts such a content into its pieces, each with the cue, the words that
 * credit it, the speaker and the outlet of the whole:
 *
 *   - at its tag: the claim's own cue and subject inside its content,
 *     after a quotation that closes and before one that opens ("“…,”
 *     Okafor said. “…”", "“…,” said Okafor, who runs the port, “…”");
 *   - at a paragraph break inside a quotation, where the next paragraph
 *     opens with a mark that carries the quotation on ("“… three
 *     years.¶“Now the patience is over.”").
 *
 * Reported speech broken by its tag ("The port, Okafor said, will stay
 * shut") stays one claim: no quotation is seen there, one clause is.
 */
#include "config.h"

#include "analyze_int.h"
#include "whosaid/search.h"


/*
 * "“We are ready,” Okafor said, “and we will not wait.”": the claim's
 * cue and the words that credit it lie inside its content, between a
 * quotation that closed and the next one.  The content before the tag
 * into *before, after it into *after; 0 when there is no such tag.
 */
static int
cut_at_tag(const struct an_ctx *ctx, size_t from, const struct ws_claim *c,
	   struct ws_span *before, struct ws_span *after)
{
	size_t tag_start = c->cue.start, tag_end = c->cue.end, i;
	const struct an_quote *q1, *q2;

	if (c->cue.end <= c->cue.start)
		return 0;
	if (c->by.end > c->by.start) {
		tag_start = c->by.start < tag_start ? c->by.start : tag_start;
		tag_end = c->by.end > tag_end ? c->by.end : tag_end;
	}
	if (tag_start <= c->content.start || tag_end >= c->content.end)
		return 0;
	/* q1 closes before the tag; q2, the next, opens after it (not around it). */
	i = an_quote_after(ctx, from, tag_start);
	if (i == 0 || i >= ctx->nquotes)
		return 0;
	q1 = &ctx->quotes[i - 1];
	q2 = &ctx->quotes[i];
	if (!q1->closed || an_quote_end(ctx, q1) <= c->content.start ||
	    an_quote_start(ctx, q2) < tag_end || an_quote_start(ctx, q2) >= c->content.end)
		return 0;
	before->start = c->content.start;
	before->end = an_quote_end(ctx, q1);
	after->start = an_quote_start(ctx, q2);
	after->end = c->content.end;
	return 1;
}

/*
 * The end of the first paragraph of span sp when a quotation carries on
 * into the next one, reopened by its mark ("… three years.¶“Now …”"),
 * or 0 when sp is one paragraph or goes on otherwise.  *next gets where
 * the next paragraph starts.  The sentence of sp is looked for from
 * *hint (ws_doc_sentence_at_from()): the claims come nearly in order.
 */
static size_t
paragraph_cut(const struct an_ctx *ctx, struct ws_span sp, size_t *next, size_t *hint)
{
	const struct ws_doc *doc = ctx->doc;
	size_t se = ws_doc_sentence_at_from(doc, sp.start, hint), b;
	struct ws_block nb;
	const struct ws_token *first;

	if (se >= doc->nsentences || (b = ws_sentence_block(doc, se)) + 1 >= doc->nblocks ||
	    ws_doc_block_span(doc, b).end >= sp.end)
		return 0;
	nb = ws_doc_block(doc, b + 1);
	if (nb.nsentences == 0 || nb.span.start >= sp.end)
		return 0;
	first = &doc->tokens[ws_sentence_first_token(doc, nb.first_sentence)];
	if (!ws_token_is(first, WS_TOK_OPEN_QUOTE) || ws_token_start(first) >= sp.end)
		return 0;
	*next = ws_token_start(first);
	return ws_doc_block_span(doc, b).end;
}

/* Is span sp inside one quotation?  (from: as an_quote_after's) */
static int
within_quote(const struct an_ctx *ctx, size_t from, struct ws_span sp)
{
	size_t i = an_quote_after(ctx, from, sp.start);

	return i < ctx->nquotes && an_quote_start(ctx, &ctx->quotes[i]) <= sp.start &&
	    sp.end <= an_quote_end(ctx, &ctx->quotes[i]);
}

/*
 * A piece of claim `whole`, with content sp: it takes the place of claim
 * i of the analysis when first, else it is added at the end (the claims
 * are sorted afterwards).  Quotations before `from` end before the claim.
 */
static void
add_piece(struct an_ctx *ctx, size_t from, const struct ws_claim *whole, size_t i,
	  struct ws_span sp, int first)
{
	struct ws_analysis *an = ctx->an;
	struct ws_claim *c;

	if (!first) {
		xgrow_gently(&an->claims, &ctx->claims_cap, an->nclaims + 1, sizeof *an->claims);
		i = an->nclaims++;
		if (whole->speaker != WS_NONE)
			an->people[whole->speaker].nclaims++;
		if (whole->outlet != WS_NONE)
			an->outlets[whole->outlet].nclaims++;
	}
	c = &an->claims[i];
	*c = *whole;
	c->content = sp;
	if (within_quote(ctx, from, sp))
		c->kind = WS_CLAIM_DIRECT;
}

/* Span sp of claim `whole` (claim i) cut at the paragraphs a quotation runs over. */
static void
add_paragraphs(struct an_ctx *ctx, size_t from, const struct ws_claim *whole, size_t i,
	       struct ws_span sp, int first, size_t *hint)
{
	size_t end, next;

	while ((end = paragraph_cut(ctx, sp, &next, hint)) != 0) {
		add_piece(ctx, from, whole, i, (struct ws_span){ sp.start, (uint32_t)end }, first);
		first = 0;
		sp.start = (uint32_t)next;
	}
	add_piece(ctx, from, whole, i, sp, first);
}

/*
 * Claims come about in text order: the quotations that end before one
 * are found from where those of the claim before left off.
 */
void
an_split_claims(struct an_ctx *ctx)
{
	size_t from = 0, hint = 0;

	for (size_t i = 0, n = ctx->an->nclaims; i < n; i++) {
		struct ws_claim c = ctx->an->claims[i];
		struct ws_span before, after;

		ctx->an->work++;
		from = an_quote_after(ctx, from, c.content.start);
		if (cut_at_tag(ctx, from, &c, &before, &after)) {
			add_paragraphs(ctx, from, &c, i, before, 1, &hint);
			add_paragraphs(ctx, from, &c, i, after, 0, &hint);
		} else {
			add_paragraphs(ctx, from, &c, i, c.content, 1, &hint);
		}
	}
}

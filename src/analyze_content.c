/*
 * Where the content of a claim begins and ends, in the sentence at work.
 *
 * Read forward, a content starts after the cue once "that", the hearer
 * of "told" and adjuncts such as "in a statement" or "on Tuesday" are
 * skipped, and it runs to the end of the sentence or to the first cut:
 * "and" or "but" opening a new predicate, ", adding that …", ",
 * according to …", the comma that ends an introductory clause.  The cuts
 * are found once a sentence (an_find_cuts).  Read backward, it ends at
 * the comma, dash or closing mark before the subject and starts where
 * the sentence does or after the claim before it.  A quotation carries
 * a content past its sentence: back to where it opened, or on into the
 * next sentences that open with a mark.
 */
#include "config.h"

#include <string.h>

#include "analyze_int.h"

#define SKIP_MAX 14
#define HEARER_MAX 12	/* tokens of a hearer in capitals: "told Deputy Mayor Ana Ruiz" */
#define QUOTE_BACK_MAX 25
#define NEXT_QUOTES_MAX 3

/* Sentence token after the hearer of "told": "told reporters", "told CNN", "told him". */
static size_t
skip_hearer(const struct an_ctx *ctx, size_t c)
{
	if (c >= ctx->ntok)
		return c;
	if (ctx->ti[c].pronoun || tok_has(ctx, c, W_ANY(W_PRON_FIRST_OBJECT, W_PRON_SECOND)))
		return c + 1;
	if (ctx->ti[c].in_name || tok_is(ctx, c, WS_TOK_CAP)) {
		size_t c0 = c;

		/* A name, HEARER_MAX tokens at most: "Told Ana Told Ana …" walked the run from every cue. */
		while (c < ctx->ntok && c < c0 + HEARER_MAX && (ctx->ti[c].in_name ||
		       (tok_is(ctx, c, WS_TOK_CAP) && tok_is(ctx, c, WS_TOK_WORD))))
			c++;
		return c;
	}
	if (tok_has(ctx, c, W_DETERMINER)) {
		size_t j = c + 1;

		/* "told the BBC the port was shut": an outlet's name is all of the hearer. */
		if (ctx->ti[c].outlet != NULL && ctx->ti[c].outlet_end > c)
			return ctx->ti[c].outlet_end;
		if (j < ctx->ntok && ctx->ti[j].outlet != NULL && ctx->ti[j].outlet_end > j)
			return ctx->ti[j].outlet_end;
		/* "told the committee the plan had failed": the hearer ends before an article. */
		while (j < ctx->ntok && j < c + 4 && tok_is(ctx, j, WS_TOK_WORD) &&
		       !an_is_cue(ctx, j) && !tok_has(ctx, j, W_ANY(W_COMPLEMENTIZER, W_ARTICLE)))
			j++;
		return j;
	}
	if (tok_is(ctx, c, WS_TOK_WORD) && !tok_has(ctx, c, W_COMPLEMENTIZER))
		return c + 1;	/* "told reporters" */
	return c;
}

/* A "that" (or colon) ahead within SKIP_MAX tokens before anything else happens. */
static size_t
that_ahead(const struct an_ctx *ctx, size_t c)
{
	for (size_t j = c; j < ctx->ntok && j < c + SKIP_MAX; j++) {
		if (tok_has(ctx, j, W_COMPLEMENTIZER) || an_tok_punct(ctx, j, ':'))
			return j;
		/* A cue word after a determiner is a noun: "in a note to clients that". */
		if (an_is_end_punct(ctx, j) || (an_is_cue(ctx, j) && !(j > c && tok_has(ctx, j - 1, W_DETERMINER))) ||
		    an_is_quote_mark(ctx, j, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			break;
	}
	return WS_NONE;
}

/*
 * Does a new predicate of the same subject start at k, after "and" or
 * "but" ("said X but would not say Y", "said X and thinks Y")?  The
 * content of the first cue ends there.  A verb that is no cue ("said she
 * was undecided and was uneasy") is the content's own, unless "but" and
 * a negation turn it into the speaker's refusal ("Police said the crash
 * happened in heavy rain but did not release the names"; "said the plan
 * failed and did not help" keeps its "and").
 */
static int
new_predicate(const struct an_ctx *ctx, size_t k)
{
	size_t k0 = k;
	int negated = 0;

	for (int n = 0; n < 3 && k < ctx->ntok && !tok_is(ctx, k, WS_TOK_CAP) &&
	     ctx->ti[k].cue != NULL && ctx->ti[k].cue->kind == LEX_AUX; n++) {
		negated |= tok_has(ctx, k, W_NEGATION);
		k++;	/* "but would not say" */
	}
	if (k < ctx->ntok && an_is_adverb(ctx, k))
		k++;	/* "and specifically mentioned" */
	if (k >= ctx->ntok || !tok_is(ctx, k, WS_TOK_WORD) || tok_is(ctx, k, WS_TOK_CAP))
		return 0;
	if (negated && k0 > 0 && tok_has(ctx, k0 - 1, W_COORDINATOR_CONTRAST))
		return 1;	/* "but did not release" */
	if (an_is_cue(ctx, k) && (ctx->ti[k].cue->flags & LEXF_BASE) && k == k0)
		return 0;	/* "said they are worried and want …": the content's own verb */
	if (an_is_cue(ctx, k) && ctx->ti[k].cue->cls == CUE_BELIEF && tok_has(ctx, k, W_BE))
		return 0;	/* "said the storm had grown and was expected to …": a raising passive, its own */
	return an_is_cue(ctx, k);
}

/* A speech event from k on: a determiner, up to three words, an event noun. */
static int
event_ahead(const struct an_ctx *ctx, size_t k)
{
	if (!tok_has(ctx, k, W_DETERMINER))
		return 0;
	for (size_t j = k + 1; j < ctx->ntok && j < k + 5; j++) {
		if (tok_has(ctx, j, W_SPEECH_EVENT))
			return j + 1 >= ctx->ntok || !tok_is(ctx, j + 1, WS_TOK_WORD) ||
			       tok_has(ctx, j + 1, W_ANY(W_PREP_SUBJECT, W_PREPOSITION, W_WHEN));
		if (!tok_is(ctx, j, WS_TOK_WORD) && !an_tok_punct(ctx, j, '-') &&
		    !tok_is(ctx, j, WS_TOK_APOSTROPHE))
			return 0;
		if (tok_has(ctx, j, W_CONJUNCTION) || an_is_cue(ctx, j))
			return 0;
	}
	return 0;
}

int
an_past_verb(const struct an_ctx *ctx, size_t k)
{
	size_t len;
	const char *t;

	if (k < ctx->ntok && an_is_adverb(ctx, k))
		k++;
	if (k >= ctx->ntok || !tok_is(ctx, k, WS_TOK_WORD) || tok_is(ctx, k, WS_TOK_CAP))
		return 0;
	t = an_text(ctx, k, &len);
	return an_ends_ed(t, len, 5);
}

/*
 * Does a clause with a subject of its own start at k, after ", and"
 * ("…, and he is even paying for lunch", "…, and the mayor agreed")?
 */
static int
new_subject(const struct an_ctx *ctx, size_t k)
{
	if (k >= ctx->ntok || !tok_is(ctx, k, WS_TOK_WORD))
		return 0;
	return ctx->ti[k].pronoun || tok_has(ctx, k, W_ANY(W_PRON_FIRST, W_PRON_NEUTER, W_DETERMINER)) ||
	       (tok_is(ctx, k, WS_TOK_CAP) && ctx->ti[k].in_name);
}

/*
 * Does the clause from j close with a comma and the sentence go on, as
 * an aside inside the content ("the ferries, which are old, would stop")?
 */
static int
aside_closes(const struct an_ctx *ctx, size_t j)
{
	for (size_t i = j + 1; i < ctx->ntok && i < j + AN_APPOS_MAX; i++) {
		if (an_is_end_punct(ctx, i) || an_is_quote_mark(ctx, i, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			return 0;
		if (an_tok_punct(ctx, i, ','))
			return i + 1 < ctx->ntok && tok_is(ctx, i + 1, WS_TOK_WORD) &&
			       !tok_is(ctx, i + 1, WS_TOK_CAP) && !an_is_cue(ctx, i + 1) &&
			       !ctx->ti[i + 1].pronoun;
	}
	return 0;
}

size_t
an_comma_behind(const struct an_ctx *ctx, size_t j)
{
	if (j == 0)
		return WS_NONE;
	if (an_tok_punct(ctx, j - 1, ','))
		return j - 1;
	if (j >= 2 && an_tok_punct(ctx, j - 2, ',') && an_is_quote_mark(ctx, j - 1, WS_TOK_CLOSE_QUOTE))
		return j;
	return WS_NONE;
}

/*
 * Where a content running through sentence token j must end: before "and"
 * or "but" starting a new predicate, before ", adding that …", ",
 * according to …" and ", X said.".  WS_NONE when it may go on.
 */
static size_t
cut_at(const struct an_ctx *ctx, size_t j)
{
	size_t comma;

	/* Most tokens: neither kind asked first, and no comma or mark before (what the rest needs). */
	if (!wk_any(ctx->ti[j].words, W_ANY(W_COORDINATOR, W_PREP_EVENT)) &&
	    (j == 0 || (!an_mark_is(ctx, &ctx->tok[j - 1], ',') &&
			!ws_token_is(&ctx->tok[j - 1], WS_TOK_CLOSE_QUOTE))))
		return WS_NONE;
	if (tok_has(ctx, j, W_COORDINATOR) && new_predicate(ctx, j + 1))
		return j;
	if (tok_has(ctx, j, W_PREP_EVENT) && event_ahead(ctx, j + 1))
		return j;
	if ((comma = an_comma_behind(ctx, j)) == WS_NONE)
		return WS_NONE;
	if (tok_has(ctx, j, W_COORDINATOR) && (new_subject(ctx, j + 1) || an_past_verb(ctx, j + 1)))
		return comma;
	if (tok_has(ctx, j, W_CLAUSE_OPENER) && !aside_closes(ctx, j))
		return comma;
	if ((an_is_cue(ctx, j) && ((ctx->ti[j].cue->flags & LEXF_ING) ||
				ctx->ti[j].cue->cls == CUE_ACCORDING)) ||
	    (an_is_cue(ctx, j + 1) && (ctx->ti[j].pronoun || ctx->ti[j].in_name) &&
	     an_is_end_punct(ctx, j + 2)))
		return comma;
	return WS_NONE;
}

size_t
an_opening_subordinator(const struct an_ctx *ctx, size_t limit)
{
	size_t a = 0;

	while (a < limit && (tok_has(ctx, a, W_CONNECTIVE) || an_tok_punct(ctx, a, ',') ||
			     an_is_quote_mark(ctx, a, WS_TOK_OPEN_QUOTE)))
		a++;
	return a < limit && tok_has(ctx, a, W_SUBORDINATOR) ? a : WS_NONE;
}

/*
 * The comma that ends a sentence's introductory clause ("When Okafor
 * said the port was closed, the ships left"): a content inside it ends
 * there.  WS_NONE when the sentence opens with none.
 */
static size_t
intro_clause_end(const struct an_ctx *ctx)
{
	size_t a = an_opening_subordinator(ctx, ctx->ntok);

	if (a == WS_NONE)
		return WS_NONE;
	for (size_t j = a + 1; j < ctx->ntok; j++) {
		if (an_tok_punct(ctx, j, ','))
			return j;
		if (an_is_quote_mark(ctx, j, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE) || an_is_dash(ctx, j))
			return WS_NONE;
	}
	return WS_NONE;
}

/*
 * Most cue words a content holds ("Okafor said Ruiz told her that …"
 * holds one); past that many it ends before the next one, and a content
 * read backward starts after the one before.  Contents nest ("A told B
 * that C told D that …", "…, according to X, according to Y"), and
 * without a bound a sentence of such clauses made contents whose bytes
 * grew with the square of its length (issue 16).  Real sentences stay
 * far below it: in PolNeAR's train set no claim's content holds more
 * than 6 other claims' cues, and the bound changes no claim of the
 * corpora, the articles or the examples.
 */
#define CONTENT_CUES_MAX 8

/*
 * Each token's next cut, computed once a sentence from right to left, so
 * that finding where a content ends costs nothing however many cues a
 * long sentence holds.  The cues seen last, a ring of CONTENT_CUES_MAX + 1,
 * give the cue that a content through here must end before; read from
 * left to right, the cue that a content ending here must start after
 * (an_tok.content_from).
 */
void
an_find_cuts(struct an_ctx *ctx)
{
	uint32_t next = (uint32_t)ctx->ntok;
	size_t intro = intro_clause_end(ctx);
	size_t cues[CONTENT_CUES_MAX + 1], ncues = 0;

	for (size_t j = ctx->ntok; j-- > 0;) {
		size_t e = j == intro ? j : cut_at(ctx, j);

		if (an_is_cue(ctx, j))
			cues[ncues++ % (CONTENT_CUES_MAX + 1)] = j;
		/* The oldest of the ring: CONTENT_CUES_MAX cues after the first from here. */
		if (ncues > CONTENT_CUES_MAX && cues[ncues % (CONTENT_CUES_MAX + 1)] < next)
			next = (uint32_t)cues[ncues % (CONTENT_CUES_MAX + 1)];
		if (e != WS_NONE && e < next)
			next = (uint32_t)e;
		ctx->ti[j].next_cut = next;
	}
	ncues = 0;
	for (size_t j = 0; j < ctx->ntok; j++) {
		size_t from = 0;

		if (ncues > CONTENT_CUES_MAX) {
			from = ctx->ti[cues[ncues % (CONTENT_CUES_MAX + 1)]].cue_end;
			if (from > j)
				from = j;
		}
		ctx->ti[j].content_from = (uint32_t)from;
		if (an_is_cue(ctx, j))
			cues[ncues++ % (CONTENT_CUES_MAX + 1)] = j;
	}
}

/* The last sentence token of the content from c on, before end punctuation. */
size_t
an_content_end(const struct an_ctx *ctx, size_t c)
{
	size_t e = c + 1 < ctx->ntok ? ctx->ti[c + 1].next_cut : ctx->ntok;

	while (e > c && (an_is_end_punct(ctx, e - 1) || an_tok_punct(ctx, e - 1, ',') ||
			 an_tok_punct(ctx, e - 1, ':')))
		e--;
	return e;
}

/*
 * The quotation marks of the sentence at work that belong to a
 * quotation, counted from its start (an_tok.marks), so that an_kind_of
 * learns how many a content holds without walking it: contents that
 * nest ("X said Y said Z said …") would walk the sentence once each.
 */
void
an_count_marks(struct an_ctx *ctx)
{
	size_t first = ws_sentence_first_token(ctx->doc, ctx->sent);
	uint32_t n = 0;

	for (size_t k = 0; k < ctx->ntok; k++) {
		if (tok_is(ctx, k, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE) &&
		    an_quote_at(ctx, first + k) != NULL)
			n++;
		ctx->ti[k].marks = n;
	}
}

/* How many marks of quotations sentence tokens [a, b) hold. */
static uint32_t
marks_in(const struct an_ctx *ctx, size_t a, size_t b)
{
	if (a >= b)
		return 0;
	return ctx->ti[b - 1].marks - (a > 0 ? ctx->ti[a - 1].marks : 0);
}

/*
 * Kind of a content span: direct when it runs from an opening mark to a
 * closing one (a quotation split by its cue included), mixed when it
 * holds a quotation, else indirect.  The marks are those of the tokens
 * wholly inside the content, [a, b).  Quotations never overlap, so only
 * the one holding token a can start where the content does, and only
 * the one holding token b - 1 can end where it ends: each is asked
 * whether it has a mark inside, and the work does not grow with the
 * content.
 */
enum ws_claim_kind
an_kind_of(const struct an_ctx *ctx, struct ws_span c)
{
	size_t first = ws_sentence_first_token(ctx->doc, ctx->sent);
	size_t a = an_tok_at(ctx, c.start);
	/* The content's end, searched from its start: a search of the whole sentence mispredicts ten halvings. */
	size_t b = ws_search_from(ctx->tok, ctx->ntok, sizeof *ctx->tok, c.end, ws_token_ends_by, a);
	const struct an_quote *q;
	int starts = 0, ends = 0, any = 0;

	ctx->an->work++;
	if (a < ctx->ntok && tok_start(ctx, a) < c.start)
		a++;
	if (marks_in(ctx, a, b) > 0) {
		any = 1;
		if ((q = an_quote_at(ctx, first + a)) != NULL && an_quote_start(ctx, q) == c.start)
			starts = marks_in(ctx, a, q->close + 1 - first < b ? q->close + 1 - first : b) > 0;
		if ((q = an_quote_at(ctx, first + b - 1)) != NULL && an_quote_end(ctx, q) == c.end)
			ends = marks_in(ctx, q->open > first + a ? q->open - first : a, b) > 0;
	}
	/* A quotation that began in an earlier sentence or ends in a later one. */
	if ((q = an_quote_at(ctx, first)) != NULL && an_quote_start(ctx, q) <= c.start &&
	    an_quote_end(ctx, q) >= c.start) {
		any = 1;
		starts |= an_quote_start(ctx, q) == c.start;
		ends |= an_quote_end(ctx, q) == c.end;
	}
	if ((starts && ends) || c.start >= tok_end(ctx, ctx->ntok - 1))
		return WS_CLAIM_DIRECT;
	return any ? WS_CLAIM_MIXED : WS_CLAIM_INDIRECT;
}

/* Content is the quotation at sentence token k (an opening mark), maybe continued. */
struct ws_span
an_quote_content(const struct an_ctx *ctx, size_t k)
{
	const struct an_quote *q = an_quote_of(ctx, k);
	struct ws_span sp = { 0, 0 };

	if (q != NULL) {
		sp.start = an_quote_start(ctx, q);
		sp.end = an_quote_end(ctx, q);
	}
	return sp;
}

/* Extend a backward content over "…,” X said, “…”": the quotation after the cue. */
void
an_continue_quote(const struct an_ctx *ctx, struct ws_span *content, size_t after)
{
	const struct an_quote *q;

	if (an_tok_punct(ctx, after, ','))
		after++;
	if (!an_is_quote_mark(ctx, after, WS_TOK_OPEN_QUOTE) || (q = an_quote_of(ctx, after)) == NULL ||
	    (after > 0 && tok_is(ctx, after - 1, WS_TOK_WORD)))	/* "said on “The Hour”" */
		return;
	content->end = an_quote_end(ctx, q);
}

/* Where the sentence that opens quotation q starts (within its paragraph). */
static size_t
sentence_start_of(const struct an_ctx *ctx, const struct an_quote *q)
{
	size_t i = ws_doc_sentence_at(ctx->doc, an_quote_start(ctx, q));

	if (i >= ctx->doc->nsentences || ws_sentence_block(ctx->doc, i) != ctx->sent_block)
		return an_quote_start(ctx, q);
	return ws_sentence_start(ctx->doc, i);
}

/* The content before sentence token bnd (a comma, dash or closing mark). */
#define DATELINE_MAX 10	/* tokens of "16:45 —", "NAIROBI (Reuters) —", "SAN JUAN, P.R. (AP) —" */

/*
 * The token after a dateline that opens the sentence ("NAIROBI
 * (Reuters) —", "YORK, England (AP) —", "PORTLAND, Ore. (AP) —"), or 0:
 * a place in capitals, after its comma the region in capitalised words
 * and abbreviations, an outlet in brackets, a dash.
 */
/*
 * Does block b open with words in capitals and a colon ("NEW DELHI:",
 * "HARBOUR MASTER:")?
 */
static int
caps_colon_block(const struct ws_doc *doc, size_t b)
{
	const struct ws_block bl = ws_doc_block(doc, b);
	struct ws_sentence se;
	size_t j;

	if (bl.nsentences == 0)
		return 0;
	se = ws_doc_sentence(doc, bl.first_sentence);
	for (j = 0; j < se.ntokens && j < DATELINE_MAX &&
	     ws_token_is(&doc->tokens[se.first_token + j], WS_TOK_ALLCAPS); j++)
		;
	return j > 0 && j < se.ntokens &&
	       ws_token_is(&doc->tokens[se.first_token + j], WS_TOK_PUNCT) &&
	       doc->text->s[ws_token_start(&doc->tokens[se.first_token + j])] == ':';
}

/*
 * "NEW DELHI: The corridor will not be completed …": a place in capitals
 * and a colon open the story (Indian and Pakistani papers' datelines).
 * Only in the first paragraph after the title, byline and date (blocks
 * of one sentence each, a few: a page of such paragraphs asked each of
 * them of all before it, the square of its length), and not when the
 * next paragraph opens the same way: "HARBOUR MASTER: …" paragraph after
 * paragraph is an interview's speakers (name_colon() in analyze_cues.c).
 */
#define DATELINE_BLOCK_MAX 6	/* blocks before the lede: title, standfirst, byline, date, credit */

static int
colon_dateline(const struct an_ctx *ctx, size_t colon)
{
	const struct ws_doc *doc = ctx->doc;
	size_t b = ctx->sent_block;

	if (colon == 0 || colon + 1 >= ctx->ntok || !tok_is(ctx, colon + 1, WS_TOK_CAP) ||
	    b > DATELINE_BLOCK_MAX || ws_doc_block_kind(doc, b) != WS_BLOCK_PARAGRAPH ||
	    ctx->sent != ctx->blk.first_sentence)
		return 0;
	/* a place: not a person's name or title ("PENCE:", "MINISTER:") */
	for (size_t j = 0; j < colon; j++)
		if (!tok_is(ctx, j, WS_TOK_ALLCAPS) || ctx->ti[j].person != WS_NONE || ctx->ti[j].title != NULL ||
		    an_known_surname(ctx, j))
			return 0;
	for (size_t i = 0; i < b; i++) {
		ctx->an->work++;
		if (ws_doc_block(doc, i).nsentences > 1)
			return 0;
	}
	return b + 1 >= doc->nblocks || !caps_colon_block(doc, b + 1);
}

size_t
an_dateline_end(const struct an_ctx *ctx)
{
	int region = 0;	/* after "CITY,": "England", "Ore.", "P.R." */

	for (size_t j = 0; j < ctx->ntok && j < DATELINE_MAX; j++) {
		if (j > 0 && an_is_dash(ctx, j))
			return j + 1;
		if (j > 0 && tok_is(ctx, j - 1, WS_TOK_ALLCAPS) && an_tok_punct(ctx, j, ':') &&
		    colon_dateline(ctx, j))
			return j + 1;
		if (!tok_is(ctx, j, WS_TOK_NUMBER | WS_TOK_ALLCAPS) && !an_tok_punct(ctx, j, ':') &&
		    !an_tok_punct(ctx, j, '(') && !an_tok_punct(ctx, j, ')') && !an_tok_punct(ctx, j, ',') &&
		    ctx->ti[j].outlet_at == WS_NONE &&
		    !(region && (tok_is(ctx, j, WS_TOK_CAP) || an_tok_punct(ctx, j, '.'))))
			return 0;
		if (an_tok_punct(ctx, j, ',') && j > 0 && tok_is(ctx, 0, WS_TOK_ALLCAPS))
			region = 1;
		if (an_tok_punct(ctx, j, '('))
			region = 0;
	}
	return 0;
}

int
an_content_back(const struct an_ctx *ctx, size_t bnd, struct ws_span *out)
{
	const struct an_quote *q;
	size_t first = ws_sentence_first_token(ctx->doc, ctx->sent), a = 0, e;

	if (bnd == WS_NONE || bnd == 0)
		return 0;
	if (an_tok_punct(ctx, bnd, ',') || an_is_dash(ctx, bnd)) {
		if (an_is_quote_mark(ctx, bnd - 1, WS_TOK_CLOSE_QUOTE))
			bnd--;
	} else if (!an_is_quote_mark(ctx, bnd, WS_TOK_CLOSE_QUOTE)) {
		return 0;
	}
	if (an_is_quote_mark(ctx, bnd, WS_TOK_CLOSE_QUOTE) && (q = an_quote_of(ctx, bnd)) != NULL) {
		out->start = an_quote_start(ctx, q);
		out->end = an_quote_end(ctx, q);
		/* "Teachers are “very pro-union,” Okafor said": the lead-in too. */
		if (q->open > first && tok_start(ctx, 0) < an_quote_start(ctx, q) &&
		    !an_is_quote_mark(ctx, 0, WS_TOK_OPEN_QUOTE) &&
		    ws_token_is(&ctx->doc->tokens[q->open - 1], WS_TOK_WORD))
			out->start = tok_start(ctx, 0);
		else if (q->open < first)
			out->start = sentence_start_of(ctx, q);
		return 1;
	}
	/* "NAIROBI — Kenya has asked …, Langat said": not the dateline. */
	a = an_dateline_end(ctx);
	if (a < ctx->ti[bnd].content_from)
		a = ctx->ti[bnd].content_from;
	/*
	 * "A, said X, B, said Y.": B's content starts after the claim before
	 * it, the last one read whose content lies before its cue and which
	 * ends by bnd.  Claims are read in the order of their cues, so the
	 * search stops at the first such claim from the end, and it looks
	 * no further back than CONTENT_CUES_MAX + 1 claims: their cues lie
	 * before content_from, where the content may start at the earliest.
	 * Weighing every claim cost the square of a sentence of "…, X said,
	 * …" clauses.
	 */
	for (size_t i = ctx->nsc, n = 0; i-- > 0 && n <= CONTENT_CUES_MAX; n++) {
		const struct an_claim *cl = &ctx->sc[i];
		size_t end = cl->by_end > cl->cue_end ? cl->by_end : cl->cue_end;

		ctx->an->work++;
		if (end <= bnd && cl->c.content.end <= cl->c.cue.start) {
			if (end > a)
				a = end;
			break;
		}
	}
	while (a < bnd && an_tok_punct(ctx, a, ','))
		a++;
	e = bnd;
	while (e > a && (an_tok_punct(ctx, e - 1, ',') || an_is_end_punct(ctx, e - 1)))
		e--;
	if (e <= a)
		return 0;
	out->start = tok_start(ctx, a);
	out->end = tok_end(ctx, e - 1);
	/*
	 * The sentence is the end of a quotation that began before it.  Not
	 * one that goes on past it: an unclosed quotation would otherwise give
	 * every cue in its paragraph the whole paragraph so far (quadratic).
	 */
	if ((q = an_quote_at(ctx, first)) != NULL && an_quote_start(ctx, q) < out->start &&
	    an_quote_end(ctx, q) <= ws_sentence_end(ctx->doc, ctx->sent))
		out->start = sentence_start_of(ctx, q);
	return 1;
}

/* After the cue: skip "that", the hearer, adjuncts.  Returns where the content may start. */
/* "about 20", "nearly 90", "at least 600": a quantity from sentence token c. */
static int
quantity_at(const struct an_ctx *ctx, size_t c)
{
	if (tok_has(ctx, c, W_PREPOSITION) && !tok_has(ctx, c, W_PREP_ABOUT) &&
	    tok_has(ctx, c + 1, W_PREP_ABOUT))
		c++;	/* "at least" */
	return tok_has(ctx, c, W_PREP_ABOUT) && c + 1 < ctx->ntok && tok_is(ctx, c + 1, WS_TOK_NUMBER);
}

/*
 * "reported on Wednesday, citing two people with knowledge of the talks,
 * that the family had approached a fund": the sources a report cites,
 * between commas, come before its "that".  The content's start after
 * it, or WS_NONE when the phrase at c is no such thing.
 */
#define CITED_MAX 16	/* words of "citing …," ("two people with direct knowledge of …") */

static size_t
past_citing(const struct an_ctx *ctx, size_t c)
{
	size_t j, t;

	if (!an_tok_punct(ctx, c, ',') || c + 1 >= ctx->ntok || !(ctx->ti[c + 1].outw & OUTW_CITES))
		return WS_NONE;
	for (j = c + 2; j < ctx->ntok && j < c + 2 + CITED_MAX; j++)
		if (an_tok_punct(ctx, j, ',') || an_is_end_punct(ctx, j))
			break;
	/* "that" right after it: not the "that" of a relative clause further on */
	t = j + 1;
	if (j >= ctx->ntok || !an_tok_punct(ctx, j, ',') || t >= ctx->ntok || !tok_has(ctx, t, W_COMPLEMENTIZER))
		return WS_NONE;
	return t + 1;
}

size_t
an_skip_after_cue(const struct an_ctx *ctx, size_t c, unsigned char cls)
{
	size_t t;

	if (cls == CUE_TELL) {
		if ((t = that_ahead(ctx, c)) != WS_NONE)
			return t + 1;
		c = skip_hearer(ctx, c);
	}
	for (;;) {
		while (c < ctx->ntok && tok_has(ctx, c, W_WHEN))
			c++;
		/* "on Saturday", "in March", "last week"; not "in The Lancet" */
		if (tok_has(ctx, c, W_PREP_DATE) && c + 1 < ctx->ntok &&
		    tok_has(ctx, c + 1, W_ANY(W_WHEN, W_NOT_NAME)) && !tok_has(ctx, c + 1, W_ARTICLE) &&
		    tok_is(ctx, c + 1, WS_TOK_CAP)) {
			c += 2;
			continue;
		}
		break;
	}
	if ((t = past_citing(ctx, c)) != WS_NONE)
		return t;
	if (tok_has(ctx, c, W_PREPOSITION) && (t = that_ahead(ctx, c)) != WS_NONE)
		return t + 1;
	if (tok_has(ctx, c, W_PREP_TO))
		return c;	/* "vowed to fight on" */
	if (quantity_at(ctx, c))
		return c;	/* "said about 20 people …", "said at least 600 households …" */
	if (tok_has(ctx, c, W_COMPLEMENTIZER) || an_tok_punct(ctx, c, ':'))
		return c + 1;
	if (tok_has(ctx, c, W_PREPOSITION)) {
		/*
		 * "said in a statement Tuesday." or "said in an interview, “…”";
		 * "said after the vote he would …": the content starts at "he".
		 */
		size_t j = c;

		while (j < ctx->ntok && j < c + SKIP_MAX && !an_tok_punct(ctx, j, ',') &&
		       !an_is_end_punct(ctx, j) && !an_is_quote_mark(ctx, j, WS_TOK_OPEN_QUOTE)) {
			if (j > c + 1 && j <= c + 5 && (ctx->ti[j].pronoun > 1 ||
							(tok_has(ctx, j, W_PRON_SUBJECT) && ctx->ti[j].pronoun) ||
							tok_has(ctx, j, W_PRON_FIRST)))
				return j;
			j++;
		}
		return j;
	}
	return c;
}

/*
 * A closing mark not far before sentence token `from`, with only the
 * words of a long subject between ("“…,” Texas-based analyst Dana Reyes
 * said"): returns it, or WS_NONE.
 */
size_t
an_quote_back(const struct an_ctx *ctx, size_t from)
{
	for (size_t i = from; i-- > 0 && i + QUOTE_BACK_MAX > from;) {
		if (an_is_quote_mark(ctx, i, WS_TOK_CLOSE_QUOTE))
			return i;
		if (an_is_cue(ctx, i) || an_is_quote_mark(ctx, i, WS_TOK_OPEN_QUOTE))
			break;
		/* "Rep." and "(D-Ore.)" are part of a subject; a full stop is not. */
		if (an_is_end_punct(ctx, i) && !(i > 0 && tok_end(ctx, i - 1) == tok_start(ctx, i) &&
					      tok_is(ctx, i - 1, WS_TOK_CAP) &&
					      ws_token_len(&ctx->tok[i - 1]) <= 4))
			break;
	}
	return WS_NONE;
}

/* Is b (before the subject) a boundary that a content can end at? */
int
an_is_boundary(const struct an_ctx *ctx, size_t b)
{
	return b != WS_NONE && (an_tok_punct(ctx, b, ',') || an_is_dash(ctx, b) ||
				an_is_quote_mark(ctx, b, WS_TOK_CLOSE_QUOTE));
}

int
an_quote_boundary(const struct an_ctx *ctx, size_t b)
{
	return b != WS_NONE && b > 0 && (an_is_quote_mark(ctx, b, WS_TOK_CLOSE_QUOTE) ||
	       (an_tok_punct(ctx, b, ',') && an_is_quote_mark(ctx, b - 1, WS_TOK_CLOSE_QUOTE)));
}

/*
 * Is the quotation that ends at boundary b a title in the middle of the
 * sentence ("on the “Morning Show,” Okafor said the …"), not a claim?
 */
int
an_title_back(const struct an_ctx *ctx, size_t b)
{
	const struct an_quote *q;

	if (!an_quote_boundary(ctx, b))
		return 0;
	if (an_tok_punct(ctx, b, ','))
		b--;
	q = an_quote_of(ctx, b);
	return q != NULL && q->nwords <= AN_TITLE_WORDS_MAX &&
	       q->open > ws_sentence_first_token(ctx->doc, ctx->sent) &&
	       ws_token_is(&ctx->doc->tokens[q->open - 1], WS_TOK_WORD) &&
	       an_quote_start(ctx, q) > tok_start(ctx, 0);
}

/*
 * Does quotation q carry a tag of its own: "“…,” he added." ends its words
 * with a comma, "“…?” she asked." with a mark and a lower-case word after.
 */
static int
tagged_quote(const struct an_ctx *ctx, const struct an_quote *q)
{
	const struct ws_token *tok = ctx->doc->tokens;
	size_t last = q->close - 1, after = q->close + 1;

	if (q->close == 0 || last <= q->open)
		return 0;
	if (an_mark_is(ctx, &tok[last], ','))
		return 1;
	return (an_mark_is(ctx, &tok[last], '?') || an_mark_is(ctx, &tok[last], '!')) &&
	       after < ctx->doc->ntokens && ws_token_is(&tok[after], WS_TOK_WORD) &&
	       !ws_token_is(&tok[after], WS_TOK_CAP);
}

/*
 * Is there more narration between a content and the quotation q after it
 * than quoted words in both ("“…,” said X, a scholar of … and one of the
 * authors of …. “…”")?  Then the quotation is a claim of its own: one
 * span over both would credit the narration to the speaker.
 */
static int
narration_between(const struct an_ctx *ctx, const struct ws_span *content,
		  const struct an_quote *q)
{
	uint32_t start = an_quote_start(ctx, q), end = an_quote_end(ctx, q);

	return start - content->end > (content->end - content->start) + (end - start);
}

/*
 * "“…,” Okafor said. “…”": the quotation goes on in the next sentences of
 * the paragraph that open with a quotation mark.
 */
void
an_next_quotes(const struct an_ctx *ctx, struct ws_span *content)
{
	const struct ws_doc *doc = ctx->doc;
	size_t block = ctx->sent_block, i = ctx->sent + 1;

	for (int n = 0; n < NEXT_QUOTES_MAX && i < doc->nsentences; n++) {
		const struct ws_sentence se = ws_doc_sentence(doc, i);
		const struct an_quote *q;

		if (se.block != block ||
		    !ws_token_is(&doc->tokens[se.first_token], WS_TOK_OPEN_QUOTE) ||
		    (q = an_quote_at(ctx, se.first_token)) == NULL || !q->closed ||
		    tagged_quote(ctx, q) || narration_between(ctx, content, q))
			return;
		content->end = an_quote_end(ctx, q);
		i = ws_doc_sentence_at(doc, ws_token_start(&doc->tokens[q->close])) + 1;
		/* Only when the quotation ends its sentence. */
		if (i - 1 >= doc->nsentences ||
		    ws_sentence_first_token(doc, i - 1) + ws_sentence_ntokens(doc, i - 1) > (size_t)q->close + 2)
			return;
	}
}

/*
 * No quotation mark from sentence token c to the end: "“…,” said Okafor,
 * the mayor, on Monday." leaves the next quotation to Okafor too.
 */
int
an_unquoted_rest(const struct an_ctx *ctx, size_t c)
{
	for (; c < ctx->ntok; c++)
		if (tok_is(ctx, c, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			return 0;
	return 1;
}

/*
 * "…, X said, the rest of it": the content goes on after the cue.  Not
 * into a clause of contrast ("as", "while"): "The port will close, Langat
 * said on Tuesday, as the government struggles" is the writer's aside
 * ("…, Clarke said, until it went bankrupt" is still Clarke's, and so is
 * what follows a content too short to be a clause: "And so, he said,
 * while his friends are horrified, …").
 */
#define ASIDE_AFTER_BYTES 12	/* "And so", "But then": no clause yet */

void
an_continue_clause(const struct an_ctx *ctx, struct ws_span *content, size_t c)
{
	size_t e;

	if (!an_tok_punct(ctx, c, ',') || c + 1 >= ctx->ntok || !tok_is(ctx, c + 1, WS_TOK_WORD) ||
	    (tok_has(ctx, c + 1, W_CONJ_CONTRAST) && content->end - content->start > ASIDE_AFTER_BYTES) ||
	    (an_is_cue(ctx, c + 1) && ((ctx->ti[c + 1].cue->flags & LEXF_ING) ||
				    ctx->ti[c + 1].cue->cls == CUE_ACCORDING)))
		return;
	e = an_content_end(ctx, c + 1);
	if (e > c + 1 && tok_end(ctx, e - 1) > content->end)
		content->end = tok_end(ctx, e - 1);
}

/*
 * Where a relative clause's content ends ("Obama, who endorsed her on
 * Thursday, is making his pitch"): at the comma the main clause's verb
 * follows, not at one inside a list ("from A, to B").  In [c, e), or e.
 */
size_t
an_relative_end(const struct an_ctx *ctx, size_t c, size_t e)
{
	for (size_t j = c; j + 1 < e; j++) {
		size_t n = j + 1;

		if (!an_tok_punct(ctx, j, ','))
			continue;
		if (tok_is(ctx, n, WS_TOK_WORD) && !tok_is(ctx, n, WS_TOK_CAP | WS_TOK_NUMBER) &&
		    !tok_has(ctx, n, W_ANY(W_PREPOSITION, W_DETERMINER, W_CONJUNCTION)) && !ctx->ti[n].pronoun)
			return j;
	}
	return e;
}

/* The first comma in [c, e), or e. */
size_t
an_comma_before(const struct an_ctx *ctx, size_t c, size_t e)
{
	for (size_t j = c; j < e; j++)
		if (an_tok_punct(ctx, j, ','))
			return j;
	return e;
}

/*
 * "“Enough!” Okafor said.": the mark ends a sentence of its own, so the
 * quotation that ends the sentence before is the content.
 */
int
an_exclaimed_back(const struct an_ctx *ctx, struct ws_span *out)
{
	const struct ws_doc *doc = ctx->doc;
	size_t first = ws_sentence_first_token(doc, ctx->sent);
	const struct an_quote *q;
	const struct ws_token *t;

	if (ctx->sent == 0 || first < 2 ||
	    ws_sentence_block(doc, ctx->sent - 1) != ctx->sent_block)
		return 0;
	t = &doc->tokens[first - 2];
	if (!ws_token_is(&doc->tokens[first - 1], WS_TOK_CLOSE_QUOTE) ||
	    (!an_mark_is(ctx, t, '!') && !an_mark_is(ctx, t, '?')) ||
	    (q = an_quote_at(ctx, first - 1)) == NULL || q->close != first - 1)
		return 0;
	out->start = an_quote_start(ctx, q);
	out->end = an_quote_end(ctx, q);
	return 1;
}

/*
 * From c on, after a cue (and the hearer of "told"), only the rest of the
 * narration ("in his filing", "to a crowd of 500") or a show's title
 * ("told ABC's “Morning Show.”"): the content is the one before.
 */
int
an_rest_is_narration(const struct an_ctx *ctx, size_t c)
{
	const struct an_quote *q;

	if (c >= ctx->ntok || an_is_end_punct(ctx, c))
		return 1;
	if (an_is_quote_mark(ctx, c, WS_TOK_OPEN_QUOTE))
		return c > 0 && tok_is(ctx, c - 1, WS_TOK_WORD) && (q = an_quote_of(ctx, c)) != NULL &&
		       q->nwords <= AN_TITLE_WORDS_MAX;
	for (size_t j = c; j < ctx->ntok && !an_is_end_punct(ctx, j); j++)
		if (j >= c + SKIP_MAX || an_is_cue(ctx, j) || tok_has(ctx, j, W_COMPLEMENTIZER) ||
		    an_tok_punct(ctx, j, ':') ||
		    an_is_quote_mark(ctx, j, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE) ||
		    (ctx->ti[j].cue != NULL && ctx->ti[j].cue->kind == LEX_AUX))
			return 0;
	return 1;
}

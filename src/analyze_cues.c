/*
 * Cues and the claims they introduce, one sentence at a time.
 *
 * A reporting verb ("said", "told", "warned") is read in one of two
 * directions.  Forward, the content follows it: "X said (that) ...",
 * "X told Y that ...", "X said: “...”".  Backward, it follows the content:
 * "..., X said." and "“...,” said X, “...”".  Which one is decided by
 * what comes after the cue once the hearer, "that" and adjuncts such as
 * "in a statement" or "on Tuesday" are skipped: more words or a quotation
 * read forward; the end of the sentence reads backward.
 *
 * The words that credit the claim (the "by" span) are the noun phrase
 * before the cue (auxiliaries such as "has also" skipped, an apposition
 * such as ", the ROLE," stepped over), or after it when inverted ("said
 * X").  "According to X" and "per X" credit the clause on either side of
 * them.
 */
#include "config.h"

#include <string.h>
#include <strings.h>

#include "analyze_int.h"

#define NP_MAX 8
#define SKIP_MAX 14
#define APPOS_MAX 16
/* Cues tried in one sentence (see an_find_claims). */
#define AN_SENTENCE_MAX_CUES 16

static const char *const stop_words[] = {
	"and", "but", "or", "because", "as", "when", "while", "if", "so", "than",
	"that", "where", "though", "although", "since", "after", "before", "then",
	"what", "how", "why", "whether", "until", "unless", "once", "nor", "yet", NULL,
};

static const char *const determiners[] = {
	"the", "a", "an", "this", "these", "those", "his", "her", "its", "their",
	"our", "my", "your", "some", "many", "most", "several", "both", "all", "no",
	"two", "three", "other", "another", "each", "every", "any", NULL,
};

static const char *const preps[] = {
	"in", "on", "at", "during", "to", "from", "via", "through", "after", "before",
	"with", "for", "while", "over", "on", "about", "late", "early", NULL,
};

static const char *const time_words[] = {
	"today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "night", "morning", "afternoon", "evening",
	"earlier", "later", "last", "this", "next", "week", "month", "year", "recently",
	"again", "also", "privately", "publicly", "repeatedly", "flatly", "simply",
	"afterward", "afterwards", "too", NULL,
};

static int
in_list(const struct an_ctx *ctx, size_t k, const char *const *list)
{
	size_t len;
	const char *t;

	if (k >= ctx->ntok || !(ctx->tok[k].flags & WS_TOK_WORD))
		return 0;
	t = an_text(ctx, k, &len);
	for (; *list != NULL; list++)
		if (strlen(*list) == len && strncasecmp(t, *list, len) == 0)
			return 1;
	return 0;
}

static int
is_cue(const struct an_ctx *ctx, size_t k)
{
	return k < ctx->ntok && ctx->ti[k].cue != NULL && ctx->ti[k].cue->kind == LEX_CUE;
}

static int
is_quote_mark(const struct an_ctx *ctx, size_t k, unsigned which)
{
	return k < ctx->ntok && (ctx->tok[k].flags & which);
}

static int
is_end_punct(const struct an_ctx *ctx, size_t k)
{
	return an_tok_punct(ctx, k, '.') || an_tok_punct(ctx, k, '!') ||
	       an_tok_punct(ctx, k, '?') || an_tok_punct(ctx, k, ';');
}

static int
is_dash(const struct an_ctx *ctx, size_t k)
{
	size_t len;
	const char *t;

	if (k >= ctx->ntok)
		return 0;
	t = an_text(ctx, k, &len);
	return (len == 3 && (memcmp(t, "\xe2\x80\x94", 3) == 0 || memcmp(t, "\xe2\x80\x93", 3) == 0)) ||
	       (len == 1 && *t == '-') || (len == 2 && memcmp(t, "--", 2) == 0);
}

/* The quotation whose mark is sentence token k, or NULL. */
static const struct an_quote *
quote_of(const struct an_ctx *ctx, size_t k)
{
	return an_quote_at(ctx, ctx->doc->sentences[ctx->sent].first_token + k);
}

/* Skip auxiliaries that end right before sentence token j+1 ("has also", "went on to"). */
static size_t
skip_aux_back(const struct an_ctx *ctx, size_t j)
{
	for (int found = 1; found && j != WS_NONE;) {
		found = 0;
		for (size_t d = 0; d < 3 && d <= j; d++) {
			const struct an_tok *ti = &ctx->ti[j - d];

			if (ti->cue != NULL && ti->cue->kind == LEX_AUX && ti->cue_end == j + 1) {
				j = j - d == 0 ? WS_NONE : j - d - 1;
				found = 1;
				break;
			}
		}
	}
	return j;
}

/*
 * Does the lower-case word at i describe the name after it ("the harbour
 * master Elena Vasquez"), rather than end a phrase before it ("in a
 * statement Okafor said")?  Yes when a determiner starts the phrase and
 * no preposition stands before that.
 */
static int
described_name(const struct an_ctx *ctx, size_t i)
{
	for (size_t n = 0; n < 4 && i != WS_NONE; n++, i = i == 0 ? WS_NONE : i - 1) {
		if (!(ctx->tok[i].flags & WS_TOK_WORD) || in_list(ctx, i, stop_words))
			return 0;
		if (in_list(ctx, i, determiners))
			return i == 0 || !in_list(ctx, i - 1, preps);
	}
	return 0;
}

/*
 * The noun phrase that ends at sentence token j (inclusive): the subject
 * of a cue.  Returns its first token, or WS_NONE.
 */
static size_t
np_back(const struct an_ctx *ctx, size_t j)
{
	size_t i = j, n = 0, first = WS_NONE;
	int caps = 0;

	for (; i != WS_NONE && n < NP_MAX; i = i == 0 ? WS_NONE : i - 1) {
		unsigned f = ctx->tok[i].flags;
		const struct an_tok *ti = &ctx->ti[i];

		if (!(f & WS_TOK_WORD)) {
			/* Initials and abbreviations ("U.S.", "Mr."), possessives. */
			if (n > 0 && (an_tok_punct(ctx, i, '.') || (f & WS_TOK_APOSTROPHE) ||
				      is_dash(ctx, i)) && i > 0 &&
			    ctx->tok[i - 1].span.end == ctx->tok[i].span.start &&
			    (ctx->tok[i - 1].flags & WS_TOK_WORD))
				continue;
			break;
		}
		if (n == 0 && (ti->pronoun || an_tok_is(ctx, i, "who") ||
			       an_tok_is(ctx, i, "which") || an_tok_is(ctx, i, "i") ||
			       an_tok_is(ctx, i, "we") || an_tok_is(ctx, i, "it")))
			return i;
		if (in_list(ctx, i, stop_words) || is_cue(ctx, i))
			break;
		if (ti->pronoun)
			break;
		if (in_list(ctx, i, determiners)) {
			first = i;
			break;
		}
		if (f & WS_TOK_CAP) {
			caps = 1;
		} else if (caps && ti->title == NULL && !ti->in_name &&
			   !an_tok_is(ctx, i, "of") && !an_tok_is(ctx, i, "for") &&
			   !described_name(ctx, i)) {
			break;	/* "in a statement Okafor said": the name is the subject */
		}
		first = i;
		n++;
	}
	if (first != WS_NONE && (an_tok_is(ctx, first, "of") || an_tok_is(ctx, first, "for")))
		first++;
	return first;
}

/* The noun phrase from sentence token k on ("said Okafor, the mayor"): returns its end. */
static size_t
np_forward(const struct an_ctx *ctx, size_t k)
{
	size_t j = k;

	if (k >= ctx->ntok || !(ctx->tok[k].flags & WS_TOK_WORD) || is_cue(ctx, k))
		return k;
	if (ctx->ti[k].pronoun)
		return k + 1;
	while (j < ctx->ntok && j < k + NP_MAX) {
		unsigned f = ctx->tok[j].flags;

		if (!(f & WS_TOK_WORD) && !(an_tok_punct(ctx, j, '.') && j + 1 < ctx->ntok &&
					    !is_end_punct(ctx, j + 1) && ctx->ti[j + 1].in_name))
			break;
		if (is_cue(ctx, j) || in_list(ctx, j, stop_words))
			break;
		j++;
	}
	return j;
}

/* Where the apposition before a cue starts: "X, the ROLE, said" has its comma at j. */
static size_t
apposition_back(const struct an_ctx *ctx, size_t j)
{
	size_t i;

	if (j < 2)
		return WS_NONE;
	for (i = j - 1; i > 0 && i + APPOS_MAX > j; i--) {
		if (an_tok_punct(ctx, i, ','))
			break;
		if (is_end_punct(ctx, i) || is_cue(ctx, i) ||
		    is_quote_mark(ctx, i, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			return WS_NONE;
	}
	if (!an_tok_punct(ctx, i, ',') || i == 0)
		return WS_NONE;
	if (!(ctx->tok[i - 1].flags & WS_TOK_WORD))
		return WS_NONE;
	return i;
}

/* Sentence token after the hearer of "told": "told reporters", "told CNN", "told him". */
static size_t
skip_hearer(const struct an_ctx *ctx, size_t c)
{
	if (c >= ctx->ntok)
		return c;
	if (ctx->ti[c].pronoun || an_tok_is(ctx, c, "me") || an_tok_is(ctx, c, "us") ||
	    an_tok_is(ctx, c, "you"))
		return c + 1;
	if (ctx->ti[c].in_name || (ctx->tok[c].flags & WS_TOK_CAP)) {
		while (c < ctx->ntok && (ctx->ti[c].in_name ||
		       ((ctx->tok[c].flags & WS_TOK_CAP) && (ctx->tok[c].flags & WS_TOK_WORD))))
			c++;
		return c;
	}
	if (in_list(ctx, c, determiners)) {
		size_t j = c + 1;

		while (j < ctx->ntok && j < c + 4 && (ctx->tok[j].flags & WS_TOK_WORD) &&
		       !is_cue(ctx, j) && !an_tok_is(ctx, j, "that"))
			j++;
		return j;
	}
	if ((ctx->tok[c].flags & WS_TOK_WORD) && !an_tok_is(ctx, c, "that"))
		return c + 1;	/* "told reporters" */
	return c;
}

/* A "that" (or colon) ahead within SKIP_MAX tokens before anything else happens. */
static size_t
that_ahead(const struct an_ctx *ctx, size_t c)
{
	for (size_t j = c; j < ctx->ntok && j < c + SKIP_MAX; j++) {
		if (an_tok_is(ctx, j, "that") || an_tok_punct(ctx, j, ':'))
			return j;
		if (is_end_punct(ctx, j) || is_cue(ctx, j) ||
		    is_quote_mark(ctx, j, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			break;
	}
	return WS_NONE;
}

/* The last sentence token of the content from c on, before end punctuation. */
static size_t
content_end(const struct an_ctx *ctx, size_t c)
{
	size_t e = ctx->ntok;

	for (size_t j = c + 1; j < ctx->ntok; j++) {
		if (!an_tok_punct(ctx, j - 1, ','))
			continue;
		/* ", adding that ...", ", according to ...": another claim starts. */
		if ((is_cue(ctx, j) && ((ctx->ti[j].cue->flags & LEXF_ING) ||
					ctx->ti[j].cue->cls == CUE_ACCORDING)) ||
		    (is_cue(ctx, j + 1) && (ctx->ti[j].pronoun || ctx->ti[j].in_name) &&
		     is_end_punct(ctx, j + 2))) {
			e = j - 1;
			break;
		}
	}
	while (e > c && (is_end_punct(ctx, e - 1) || an_tok_punct(ctx, e - 1, ',') ||
			 an_tok_punct(ctx, e - 1, ':')))
		e--;
	return e;
}

static void
set_span(struct ws_span *sp, const struct an_ctx *ctx, size_t a, size_t b)
{
	if (a >= b) {
		sp->start = sp->end = 0;
		return;
	}
	sp->start = ctx->tok[a].span.start;
	sp->end = ctx->tok[b - 1].span.end;
}

/*
 * Kind of a content span: direct when it runs from an opening mark to a
 * closing one (a quotation split by its cue included), mixed when it
 * holds a quotation, else indirect.
 */
static enum ws_claim_kind
kind_of(const struct an_ctx *ctx, struct ws_span c)
{
	size_t first = ctx->doc->sentences[ctx->sent].first_token;
	const struct an_quote *q;
	int starts = 0, ends = 0, any = 0;

	for (size_t k = 0; k < ctx->ntok; k++) {
		if (ctx->tok[k].span.start < c.start || ctx->tok[k].span.end > c.end ||
		    !(ctx->tok[k].flags & (WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE)) ||
		    (q = an_quote_at(ctx, first + k)) == NULL)
			continue;
		any = 1;
		starts |= q->start == c.start;
		ends |= q->end == c.end;
	}
	/* A quotation that began in an earlier sentence or ends in a later one. */
	if ((q = an_quote_at(ctx, first)) != NULL && q->start <= c.start && q->end >= c.start) {
		any = 1;
		starts |= q->start == c.start;
		ends |= q->end == c.end;
	}
	if (starts && ends)
		return WS_CLAIM_DIRECT;
	return any ? WS_CLAIM_MIXED : WS_CLAIM_INDIRECT;
}

static struct an_claim *
new_claim(struct an_ctx *ctx, size_t cue, size_t cue_end, unsigned char cls)
{
	struct an_claim *cl;

	if (an_grow(&ctx->sc, &ctx->sc_cap, ctx->nsc, sizeof *ctx->sc) < 0)
		return NULL;
	cl = &ctx->sc[ctx->nsc++];
	memset(cl, 0, sizeof *cl);
	cl->cue_tok = cue;
	cl->cue_end = cue_end;
	cl->cls = cls;
	cl->c.speaker = cl->c.outlet = WS_NONE;
	cl->by_tok = cl->by_end = 0;
	set_span(&cl->c.cue, ctx, cue, cue_end);
	return cl;
}

/* Content is the quotation at sentence token k (an opening mark), maybe continued. */
static struct ws_span
quote_content(const struct an_ctx *ctx, size_t k)
{
	const struct an_quote *q = quote_of(ctx, k);
	struct ws_span sp = { 0, 0 };

	if (q != NULL) {
		sp.start = q->start;
		sp.end = q->end;
	}
	return sp;
}

/* Extend a backward content over "…,” X said, “…”": the quotation after the cue. */
static void
continue_quote(const struct an_ctx *ctx, struct ws_span *content, size_t after)
{
	const struct an_quote *q;

	if (an_tok_punct(ctx, after, ','))
		after++;
	if (!is_quote_mark(ctx, after, WS_TOK_OPEN_QUOTE) || (q = quote_of(ctx, after)) == NULL)
		return;
	content->end = q->end;
}

/* The content before sentence token bnd (a comma, dash or closing mark). */
static int
content_back(const struct an_ctx *ctx, size_t bnd, struct ws_span *out)
{
	const struct an_quote *q;
	size_t first = ctx->doc->sentences[ctx->sent].first_token, a = 0, e;

	if (bnd == WS_NONE || bnd == 0)
		return 0;
	if (an_tok_punct(ctx, bnd, ',') || is_dash(ctx, bnd)) {
		if (is_quote_mark(ctx, bnd - 1, WS_TOK_CLOSE_QUOTE))
			bnd--;
	} else if (!is_quote_mark(ctx, bnd, WS_TOK_CLOSE_QUOTE)) {
		return 0;
	}
	if (is_quote_mark(ctx, bnd, WS_TOK_CLOSE_QUOTE) && (q = quote_of(ctx, bnd)) != NULL) {
		out->start = q->start;
		out->end = q->end;
		return 1;
	}
	e = bnd;
	while (e > a && (an_tok_punct(ctx, e - 1, ',') || is_end_punct(ctx, e - 1)))
		e--;
	if (e <= a)
		return 0;
	out->start = ctx->tok[a].span.start;
	out->end = ctx->tok[e - 1].span.end;
	/*
	 * The sentence is the end of a quotation that began before it.  Not
	 * one that goes on past it: an unclosed quotation would otherwise give
	 * every cue in its paragraph the whole paragraph so far (quadratic).
	 */
	if ((q = an_quote_at(ctx, first)) != NULL && q->start < out->start &&
	    q->end <= ctx->doc->sentences[ctx->sent].span.end)
		out->start = q->start;
	return 1;
}

/* "According to X, ...", "..., according to X.", "per X, ...". */
static int
according(struct an_ctx *ctx, size_t k)
{
	size_t ce = ctx->ti[k].cue_end, np_end = ce;
	const char *phrase = ctx->ti[k].cue->phrase;
	struct an_claim *cl;
	struct ws_span content;

	if (strcasecmp(phrase, "citing") == 0)
		return 0;
	if (strncasecmp(phrase, "per", 3) == 0) {
		/* Not "$5 per gallon". */
		if ((k > 0 && !an_tok_punct(ctx, k - 1, ',')) || ce >= ctx->ntok ||
		    !(ctx->tok[ce].flags & WS_TOK_WORD) || (ctx->tok[ce].flags & WS_TOK_NUMBER))
			return 0;
	}
	while (np_end < ctx->ntok && np_end < ce + APPOS_MAX && !an_tok_punct(ctx, np_end, ',') &&
	       !is_end_punct(ctx, np_end) && !is_quote_mark(ctx, np_end, WS_TOK_OPEN_QUOTE))
		np_end++;
	if (np_end == ce)
		return 0;
	if (k == 0 || (k == 1 && (ctx->tok[0].flags & WS_TOK_WORD))) {
		size_t c = np_end + 1, e;

		if (c >= ctx->ntok || !an_tok_punct(ctx, np_end, ','))
			return 0;
		e = content_end(ctx, c);
		if (e <= c)
			return 0;
		set_span(&content, ctx, c, e);
		if (is_quote_mark(ctx, c, WS_TOK_OPEN_QUOTE)) {
			struct ws_span q = quote_content(ctx, c);

			if (q.end > content.end)
				content.end = q.end;
		}
	} else {
		size_t bnd = k - 1;

		if (!content_back(ctx, an_tok_punct(ctx, bnd, ',') ? bnd : k, &content)) {
			struct ws_span sp;

			set_span(&sp, ctx, 0, k);
			content = sp;
			if (content.start == content.end)
				return 0;
		}
		if (an_tok_punct(ctx, np_end, ',') && np_end + 1 < ctx->ntok) {
			size_t e = content_end(ctx, np_end + 1);

			if (e > np_end + 1)
				content.end = ctx->tok[e - 1].span.end;
		}
	}
	if ((cl = new_claim(ctx, k, ce, CUE_ACCORDING)) == NULL)
		return -1;
	cl->c.content = content;
	cl->by_tok = ce;
	cl->by_end = np_end;
	set_span(&cl->c.by, ctx, ce, np_end);
	return 0;
}

/* Is sentence token k a verb here, not a noun ("the reported admission", "his claims")? */
static int
verb_here(const struct an_ctx *ctx, size_t k)
{
	if (ctx->ti[k].in_name)
		return 0;
	if (k > 0 && (in_list(ctx, k - 1, determiners) || an_tok_is(ctx, k - 1, "to")))
		return 0;
	if (k > 0 && (ctx->tok[k].flags & WS_TOK_CAP) &&
	    ctx->doc->blocks[ctx->doc->sentences[ctx->sent].block].kind == WS_BLOCK_PARAGRAPH &&
	    !is_quote_mark(ctx, k - 1, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
		return 0;
	return 1;
}

/* After the cue: skip "that", the hearer, adjuncts.  Returns where the content may start. */
static size_t
skip_after_cue(const struct an_ctx *ctx, size_t c, unsigned char cls)
{
	size_t t;

	if (cls == CUE_TELL) {
		if ((t = that_ahead(ctx, c)) != WS_NONE)
			return t + 1;
		c = skip_hearer(ctx, c);
	}
	while (c < ctx->ntok && in_list(ctx, c, time_words))
		c++;
	if (in_list(ctx, c, preps) && (t = that_ahead(ctx, c)) != WS_NONE)
		return t + 1;
	if (an_tok_is(ctx, c, "that") || an_tok_punct(ctx, c, ':'))
		return c + 1;
	if (in_list(ctx, c, preps)) {
		/* "said in a statement Tuesday." or "said in an interview, “…”" */
		size_t j = c;

		while (j < ctx->ntok && j < c + SKIP_MAX && !an_tok_punct(ctx, j, ',') &&
		       !is_end_punct(ctx, j) && !is_quote_mark(ctx, j, WS_TOK_OPEN_QUOTE))
			j++;
		return j;
	}
	return c;
}

static int
speech(struct an_ctx *ctx, size_t k)
{
	const struct lex_entry *cue = ctx->ti[k].cue;
	size_t ce = ctx->ti[k].cue_end, c, j, by = WS_NONE, by_end = WS_NONE, bnd = WS_NONE;
	struct ws_span content = { 0, 0 };
	struct an_claim *cl;
	int forward;

	if (!verb_here(ctx, k))
		return 0;
	/* The subject, before the cue. */
	j = k == 0 ? WS_NONE : skip_aux_back(ctx, k - 1);
	if (j != WS_NONE && an_tok_punct(ctx, j, ',') && !(cue->flags & LEXF_ING)) {
		size_t a = apposition_back(ctx, j);

		if (a != WS_NONE && (by = np_back(ctx, a - 1)) != WS_NONE) {
			by_end = a;
			bnd = by == 0 ? WS_NONE : by - 1;
		} else {
			bnd = j;	/* "…, said X" */
		}
	} else if (j != WS_NONE && is_quote_mark(ctx, j, WS_TOK_CLOSE_QUOTE)) {
		bnd = j;		/* "“…” said X" */
	} else if (j != WS_NONE && !(cue->flags & LEXF_ING)) {
		if ((by = np_back(ctx, j)) != WS_NONE) {
			by_end = j + 1;
			bnd = by == 0 ? WS_NONE : by - 1;
		}
	}
	c = skip_after_cue(ctx, ce, cue->cls);
	/* Which way does the content lie? */
	if (c >= ctx->ntok || is_end_punct(ctx, c)) {
		forward = 0;
	} else if (an_tok_punct(ctx, c, ',')) {
		struct ws_span back;

		/* "“…,” X said, “…”" reads back; "X said, “…”" forward. */
		forward = is_quote_mark(ctx, c + 1, WS_TOK_OPEN_QUOTE) && by != WS_NONE &&
			  !content_back(ctx, bnd, &back);
		if (forward)
			c++;
	} else if (by == WS_NONE && bnd != WS_NONE) {
		/* Inverted: "…,” said Okafor, the mayor." */
		size_t e = np_forward(ctx, c);

		forward = !(e > c && (e >= ctx->ntok || an_tok_punct(ctx, e, ',') ||
				      is_end_punct(ctx, e)));
		if (!forward) {
			by = c;
			by_end = e;
			c = e;
		}
	} else {
		forward = 1;
	}
	if (cue->flags & LEXF_ING) {
		/* ", adding that …": the subject is the main clause's. */
		if (!forward || k == 0 || !an_tok_punct(ctx, k - 1, ','))
			return 0;
		by = by_end = WS_NONE;
	}
	if (forward) {
		size_t e;

		if (c >= ctx->ntok)
			return 0;
		if (is_quote_mark(ctx, c, WS_TOK_OPEN_QUOTE)) {
			content = quote_content(ctx, c);
			e = content_end(ctx, c);
			if (e > c && ctx->tok[e - 1].span.end > content.end &&
			    !an_quote_at(ctx, ctx->doc->sentences[ctx->sent].first_token + e - 1))
				content.end = ctx->tok[e - 1].span.end;
		} else if (an_tok_punct(ctx, c - 1, ':') && c >= ctx->ntok) {
			return 0;
		} else {
			e = content_end(ctx, c);
			if (e <= c)
				return 0;
			set_span(&content, ctx, c, e);
			/* A quotation that runs on past this sentence. */
			for (size_t i = c; i < e; i++) {
				const struct an_quote *q;

				if (is_quote_mark(ctx, i, WS_TOK_OPEN_QUOTE) &&
				    (q = quote_of(ctx, i)) != NULL && q->end > content.end)
					content.end = q->end;
			}
		}
	} else {
		if (!content_back(ctx, bnd, &content))
			return 0;
		continue_quote(ctx, &content, c);
	}
	if (content.end <= content.start)
		return 0;
	if ((cl = new_claim(ctx, k, ce, cue->cls)) == NULL)
		return -1;
	cl->c.content = content;
	if (by != WS_NONE && by_end != WS_NONE && by < by_end) {
		cl->by_tok = by;
		cl->by_end = by_end;
		set_span(&cl->c.by, ctx, by, by_end);
	}
	return 0;
}

/* "X said:" ending a paragraph, the quotation in the next one. */
static int
colon_intro(struct an_ctx *ctx)
{
	const struct ws_doc *doc = ctx->doc;
	size_t n = ctx->ntok, next = ctx->sent + 1;
	const struct an_quote *q;
	size_t k, by;
	struct an_claim *cl;

	if (n < 3 || !an_tok_punct(ctx, n - 1, ':') || next >= doc->nsentences ||
	    doc->sentences[next].ntokens == 0)
		return 0;
	if (!(doc->tokens[doc->sentences[next].first_token].flags & WS_TOK_OPEN_QUOTE) ||
	    (q = an_quote_at(ctx, doc->sentences[next].first_token)) == NULL)
		return 0;
	for (k = n - 2; k > 0 && !is_cue(ctx, k); k--)
		;
	if (!is_cue(ctx, k) || ctx->ti[k].cue_end + 4 < n || k == 0)
		return 0;
	if ((by = np_back(ctx, skip_aux_back(ctx, k - 1))) == WS_NONE)
		return 0;
	if ((cl = new_claim(ctx, k, ctx->ti[k].cue_end, ctx->ti[k].cue->cls)) == NULL)
		return -1;
	cl->c.content.start = q->start;
	cl->c.content.end = q->end;
	cl->c.kind = WS_CLAIM_DIRECT;
	cl->by_tok = by;
	cl->by_end = skip_aux_back(ctx, k - 1) + 1;
	set_span(&cl->c.by, ctx, cl->by_tok, cl->by_end);
	return 0;
}

int
an_find_claims(struct an_ctx *ctx)
{
	size_t k = 0, tried = 0;

	while (k < ctx->ntok) {
		const struct lex_entry *cue = ctx->ti[k].cue;
		size_t n = ctx->nsc;
		int rc = 0;

		if (cue == NULL || cue->kind != LEX_CUE || ctx->ti[k].in_name) {
			k++;
			continue;
		}
		/*
		 * Each cue looks through the whole sentence: past a few dozen, a
		 * "sentence" is not prose, and going on would be quadratic.
		 */
		if (++tried > AN_SENTENCE_MAX_CUES)
			break;
		switch (cue->cls) {
		case CUE_ACCORDING:
			rc = according(ctx, k);
			break;
		case CUE_SPEECH:
		case CUE_TELL:
			rc = speech(ctx, k);
			break;
		default:
			break;
		}
		if (rc < 0)
			return -1;
		k = ctx->nsc > n ? ctx->ti[k].cue_end : k + 1;
	}
	if (ctx->nsc == 0)
		return colon_intro(ctx);
	for (size_t i = 0; i < ctx->nsc; i++)
		ctx->sc[i].c.kind = kind_of(ctx, ctx->sc[i].c.content);
	return 0;
}

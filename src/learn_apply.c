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
	return lf_apply(model, doc, an, NULL, NULL, err);
}

/* Has token t of doc a word of the lexicon's kinds `kinds`? */
static int
word_has(const struct ws_doc *doc, const struct ws_lexicon *lex, size_t t, wk_set kinds)
{
	const struct ws_token *tok = &doc->tokens[t];

	return ws_token_is(tok, WS_TOK_WORD) &&
	       wk_any(lex_word_kinds(lex, doc->text->s + ws_token_start(tok), ws_token_len(tok)), kinds);
}

/*
 * Whether tokens [a, hi) of doc are free of the rules' reading: no cue or
 * credit of a claim (rule), no quotation mark, no content of a claim
 * starting there (claims sorted by content start).
 */
static int
nobody_else(const struct ws_doc *doc, const struct ws_analysis *an, const uint8_t *rule,
	    size_t a, size_t hi)
{
	uint32_t from = ws_token_start(&doc->tokens[a]), to = ws_token_end(&doc->tokens[hi - 1]);
	size_t lo = 0, hi_claim = an->nclaims;

	for (size_t t = a; t < hi; t++)
		if (rule[t] || ws_token_is(&doc->tokens[t], WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			return 0;
	/* the first claim whose content starts at or after from */
	while (lo < hi_claim) {
		size_t mid = lo + (hi_claim - lo) / 2;

		if (an->claims[mid].content.start < from)
			lo = mid + 1;
		else
			hi_claim = mid;
	}
	return lo == an->nclaims || an->claims[lo].content.start >= to;
}

/*
 * Whether tokens a and b are words of the same ending (their last three
 * letters, of four or more): "meeting and talking", "cut or delayed".
 */
static int
like_words(const struct ws_doc *doc, size_t a, size_t b)
{
	const struct ws_token *ta = &doc->tokens[a], *tb = &doc->tokens[b];
	const char *s = doc->text->s;
	size_t ea = ws_token_start(ta) + ws_token_len(ta), eb = ws_token_start(tb) + ws_token_len(tb);

	if (!ws_token_is(ta, WS_TOK_WORD) || !ws_token_is(tb, WS_TOK_WORD) ||
	    ws_token_len(ta) < 4 || ws_token_len(tb) < 4)
		return 0;
	for (size_t i = 1; i <= 3; i++)
		if ((s[ea - i] | 0x20) != (s[eb - i] | 0x20))
			return 0;
	return 1;
}

/*
 * Where a reported content cannot end: before the rest of its own
 * phrase or its qualifier, when that rest runs to the end of the
 * sentence and holds no one else's words (no claim, cue, credit or
 * quotation: nobody_else()).  Token t ends the content; the rest is
 * [t + 1, hi).
 *
 * - A word joined by a coordinator to a word of the same ending is one
 *   phrase with it: "the two nations committed to continue meeting and
 *   talking about climate issues" does not stop at "meeting".
 * - A qualifier goes with what was said: "Han told Kerry that dealing
 *   with climate change was crucial to their cooperation, but it is
 *   contingent on mutual respect."  Past a person's claim, a clause
 *   joined by a coordinator whose subject is "it" is not the speaker
 *   going on (a person is never "it": "…, but he declined to say when"
 *   is the reporter's) but the thing said being qualified.  PolNeAR's
 *   annotators split on it (as many such clauses in as out); a reader
 *   keeps the qualification with the claim.
 */
static int
runs_on(const struct ws_doc *doc, const struct ws_lexicon *lex, const struct ws_claim *c,
	size_t t, size_t hi)
{
	const struct ws_token *after = &doc->tokens[t + 1];

	if (word_has(doc, lex, t + 1, W_COORDINATOR))
		return like_words(doc, t, t + 2);
	return c->speaker != WS_NONE && ws_token_is(after, WS_TOK_PUNCT) &&
	       doc->text->s[ws_token_start(after)] == ',' && t + 3 < hi &&
	       word_has(doc, lex, t + 2, W_COORDINATOR) && word_has(doc, lex, t + 3, W_PRON_NEUTER);
}

/*
 * The end of claim c's content once it runs on over its phrase or
 * qualifier (runs_on()).  hint[0] and hint[1]: where the last claim's
 * token and sentence were found (the claims come by content start, so
 * each search from there is short).
 */
static uint32_t
phrase_end(const struct ws_doc *doc, const struct ws_lexicon *lex,
	   const struct ws_analysis *an, const uint8_t *rule, const struct ws_claim *c,
	   size_t hint[2])
{
	size_t t, se, hi;

	if (c->kind == WS_CLAIM_DIRECT || c->content.end <= c->content.start)
		return c->content.end;
	t = hint[0] = ws_search_from(doc->tokens, doc->ntokens, sizeof *doc->tokens,
				     c->content.end - 1, ws_token_ends_by, hint[0]);
	se = ws_doc_sentence_at_from(doc, c->content.end - 1, &hint[1]);
	if (t >= doc->ntokens || se >= doc->nsentences)
		return c->content.end;
	hi = ws_sentence_first_token(doc, se) + ws_sentence_ntokens(doc, se);
	/* the sentence's closing mark stays out */
	if (hi > t + 3 && ws_token_is(&doc->tokens[hi - 1], WS_TOK_PUNCT))
		hi--;
	if (hi <= t + 2 || !runs_on(doc, lex, c, t, hi) || !nobody_else(doc, an, rule, t + 1, hi))
		return c->content.end;
	return (uint32_t)ws_token_end(&doc->tokens[hi - 1]);
}

/*
 * Each claim's content runs on over its phrase or qualifier
 * (phrase_end()); rule: the rules' reading of every token
 * (lf_mark_rules()).
 */
static void
qualifiers(const struct ws_doc *doc, const struct ws_lexicon *lex, struct ws_analysis *an,
	   const uint8_t *rule)
{
	size_t hint[2] = { 0, 0 };

	for (size_t i = 0; i < an->nclaims; i++)
		an->claims[i].content.end = phrase_end(doc, lex, an, rule, &an->claims[i], hint);
}

int
lf_apply(const struct ws_model *model, const struct ws_doc *doc, struct ws_analysis *an,
	 const struct ws_lexicon *lex, const uint32_t *words, struct ws_error *err)
{
	struct apply ap = { doc, NULL };
	uint8_t *rule;

	if (ws_model_nlabels(model) != ws_learn_nlabels)
		return ws_error_set(err, "the model has %u labels, the feature set %u",
				    ws_model_nlabels(model), ws_learn_nlabels);
	if (an->nclaims == 0)
		return 0;
	ap.bounds = xreallocarray(NULL, an->nclaims, sizeof *ap.bounds);
	for (size_t i = 0; i < an->nclaims; i++)
		ap.bounds[i] = an->claims[i].content;
	/* the cues and credits the choices and the qualifiers read: contents move, they do not */
	rule = xcalloc(doc->ntokens + 1, 1);
	lf_mark_rules(doc, an, rule);
	lf_choose_marked(doc, an, model, words, rule, chosen, &ap);
	for (size_t i = 0; i < an->nclaims; i++) {
		struct ws_span *c = &an->claims[i].content, b = ap.bounds[i];

		if (b.end > c->start)
			c->end = b.end;
		if (b.start < c->end)
			c->start = b.start;
	}
	an_sort_claims(an->claims, an->nclaims);
	free(ap.bounds);
	if (lex != NULL)
		qualifiers(doc, lex, an, rule);
	free(rule);
	return 0;
}

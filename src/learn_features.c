/*
 * The feature set (learn.h): how a segmented, rule-analysed document
 * becomes sequences of hashed features, and gold attributions labels.
 *
 * One sequence per sentence, empty ones too, in order.
 *
 * A placeholder that makes the whole path work end to end (trainer,
 * model, tagger, program) until the stacking features land: one sequence
 * per sentence; per token its word, shape, suffix, its neighbours' words,
 * and the rules' reading of it (inside a claim's content, cue or credit).
 * Labels: BIO for source, cue and content, one span kind per token (the
 * content wins where spans overlap, then the cue).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "whosaid/analyze.h"
#include "whosaid/learn.h"
#include "whosaid/segment.h"

enum {
	LABEL_O,
	LABEL_B_SOURCE, LABEL_I_SOURCE,
	LABEL_B_CUE, LABEL_I_CUE,
	LABEL_B_CONTENT, LABEL_I_CONTENT,
	LABEL_COUNT
};

const uint32_t ws_learn_featset = 1;
const unsigned ws_learn_nlabels = LABEL_COUNT;

/* Feature templates: the first argument of ws_feat_hash(). */
enum {
	F_BIAS = 1, F_WORD, F_SHAPE, F_SUFFIX, F_PREV, F_NEXT, F_PREV2, F_NEXT2,
	F_RULE, F_RULE_WORD,
};

/* The rules' reading of a token, from the claims (stacking). */
enum { RULE_NONE, RULE_CONTENT, RULE_CUE, RULE_BY };

struct sentence_walk {
	const struct ws_doc *doc;
	uint8_t *rule;		/* per token of the document */
	uint8_t *gold;		/* per token, or NULL */
};

/* A token's word, lower-cased (ASCII), at most 32 bytes, into buf. */
static size_t
lower_word(const struct ws_doc *doc, size_t t, char *buf)
{
	const struct ws_token *tok = &doc->tokens[t];
	size_t n = tok->len < 32 ? tok->len : 32;

	for (size_t i = 0; i < n; i++) {
		char c = doc->text->s[tok->start + i];

		buf[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	return n;
}

/* Xx, x, X, d, or the mark itself: what a token looks like. */
static uint32_t
shape(const struct ws_token *tok)
{
	if (tok->flags & WS_TOK_ALLCAPS)
		return 'X';
	if (tok->flags & WS_TOK_CAP)
		return 'C';
	if (tok->flags & WS_TOK_NUMBER)
		return 'd';
	if (tok->flags & (WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
		return tok->flags & WS_TOK_OPEN_QUOTE ? '<' : '>';
	if (tok->flags & WS_TOK_PUNCT)
		return '.';
	return 'x';
}

/* Token t's word hashed under template tmpl, or "none" past the sentence. */
static uint32_t
word_feature(const struct ws_doc *doc, uint32_t tmpl, size_t t, size_t lo, size_t hi, int d)
{
	char buf[32];

	if ((d < 0 && t < lo + (size_t)-d) || (d > 0 && t + (size_t)d >= hi))
		return ws_feat_hash_u32(tmpl, 0);
	return ws_feat_hash(tmpl, buf, lower_word(doc, t + (size_t)(ptrdiff_t)d, buf));
}

static int
token_features(const struct sentence_walk *w, size_t t, size_t lo, size_t hi,
	       struct ws_seq *seq, struct ws_error *err)
{
	const struct ws_token *tok = &w->doc->tokens[t];
	char buf[32];
	size_t n = lower_word(w->doc, t, buf);
	uint32_t word = ws_feat_hash(F_WORD, buf, n);
	uint32_t rule = ws_feat_hash_u32(F_RULE, w->rule[t]);
	uint32_t f[] = {
		ws_feat_hash_u32(F_BIAS, 0),
		word,
		ws_feat_hash_u32(F_SHAPE, shape(tok)),
		ws_feat_hash(F_SUFFIX, buf + (n > 3 ? n - 3 : 0), n > 3 ? 3 : n),
		word_feature(w->doc, F_PREV, t, lo, hi, -1),
		word_feature(w->doc, F_NEXT, t, lo, hi, 1),
		word_feature(w->doc, F_PREV2, t, lo, hi, -2),
		word_feature(w->doc, F_NEXT2, t, lo, hi, 2),
		rule,
		ws_feat_pair(rule, word),
	};

	if (ws_seq_token(seq, err) < 0)
		return -1;
	for (size_t i = 0; i < sizeof f / sizeof f[0]; i++)
		if (ws_seq_feature(seq, f[i], err) < 0)
			return -1;
	return 0;
}

/* Mark kind on the tokens that start inside [start, end). */
static void
mark(const struct ws_doc *doc, uint8_t *marks, uint32_t start, uint32_t end, uint8_t kind)
{
	for (size_t t = ws_token_ending_after(doc->tokens, doc->ntokens, start);
	     t < doc->ntokens && doc->tokens[t].start < end; t++)
		if (doc->tokens[t].start >= start && marks[t] == 0)
			marks[t] = kind;
}

static void
mark_rules(const struct ws_doc *doc, const struct ws_analysis *an, uint8_t *rule)
{
	for (size_t i = 0; i < an->nclaims; i++) {
		const struct ws_claim *c = &an->claims[i];

		mark(doc, rule, c->content.start, c->content.end, RULE_CONTENT);
		mark(doc, rule, c->cue.start, c->cue.end, RULE_CUE);
		mark(doc, rule, c->by.start, c->by.end, RULE_BY);
	}
}

/* Gold labels: B on a part's first token, I on the rest. */
static void
mark_parts(const struct ws_doc *doc, uint8_t *gold, const struct ws_gold_part *parts,
	   size_t nparts, uint8_t b)
{
	for (size_t p = 0; p < nparts; p++) {
		int first = 1;

		for (size_t t = ws_token_ending_after(doc->tokens, doc->ntokens, parts[p].start);
		     t < doc->ntokens && doc->tokens[t].start < parts[p].end; t++) {
			if (doc->tokens[t].start < parts[p].start || gold[t] != LABEL_O)
				continue;
			gold[t] = first ? b : (uint8_t)(b + 1);
			first = 0;
		}
	}
}

static void
mark_gold(const struct ws_doc *doc, const struct ws_gold *gold, uint8_t *labels)
{
	for (size_t i = 0; i < gold->nattributions; i++)
		mark_parts(doc, labels, gold->attributions[i].content,
			   gold->attributions[i].ncontent, LABEL_B_CONTENT);
	for (size_t i = 0; i < gold->nattributions; i++)
		mark_parts(doc, labels, gold->attributions[i].cue,
			   gold->attributions[i].ncue, LABEL_B_CUE);
	for (size_t i = 0; i < gold->nattributions; i++)
		mark_parts(doc, labels, gold->attributions[i].source,
			   gold->attributions[i].nsource, LABEL_B_SOURCE);
}

int
ws_learn_sequences(const struct ws_doc *doc, const struct ws_analysis *an,
		   const struct ws_gold *gold, struct ws_seq *seq,
		   int (*each_seq)(void *ctx, struct ws_seq *seq), void *ctx,
		   struct ws_error *err)
{
	struct sentence_walk w = { doc, calloc(doc->ntokens + 1, 1), NULL };
	int rc = 0;

	if (gold != NULL)
		w.gold = calloc(doc->ntokens + 1, 1);
	if (w.rule == NULL || (gold != NULL && w.gold == NULL)) {
		rc = ws_error_set(err, "out of memory");
		goto done;
	}
	mark_rules(doc, an, w.rule);
	if (gold != NULL)
		mark_gold(doc, gold, w.gold);
	for (size_t s = 0; s < doc->nsentences && rc == 0; s++) {
		size_t lo = doc->sentences[s].first_token, hi = lo + doc->sentences[s].ntokens;

		ws_seq_clear(seq);
		for (size_t t = lo; t < hi && rc == 0; t++) {
			rc = token_features(&w, t, lo, hi, seq, err);
			if (rc == 0 && w.gold != NULL)
				seq->labels[t - lo] = w.gold[t];
		}
		if (rc == 0)
			rc = each_seq(ctx, seq);
	}
done:
	free(w.rule);
	free(w.gold);
	return rc;
}

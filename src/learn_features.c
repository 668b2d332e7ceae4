/*
 * The feature set (learn.h): how a segmented, rule-analysed document
 * becomes sequences of hashed features, and gold attributions labels.
 *
 * One sequence per paragraph or block quote (titles and headings hold no
 * claims): a content may run over several sentences ("Rates will rise.
 * Then they will fall, she said."), and one sixth of the contents of
 * PolNeAR do, but seldom over a paragraph's end.
 *
 * A token's features are few and cheap (the analysis must stay fast):
 * its word lower-cased, its shape and suffix, the words and shapes of
 * its neighbours, and the rules' reading of it (stacking): whether a
 * rule read it as the first, inner or last token of a content, as a cue,
 * as the words that credit a claim, as a mention of a person or an
 * outlet; whether it is quoted; its place in the sentence (first tokens,
 * last tokens) and the paragraph; how far the nearest cue of the rules
 * and the nearest quotation mark are.  The tagger learns where the
 * rules are right, and the cues and boundaries they miss.
 *
 * Labels (learn_features.h): BIO for content, cue and source.  The
 * contents are labelled first, the longest first so that a claim inside
 * a claim keeps its own start, then the cues and sources over them.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "learn_features.h"
#include "whosaid/xmalloc.h"

const uint32_t ws_learn_featset = 3;
const unsigned ws_learn_nlabels = LF_NLABELS;

/* Feature templates: the first argument of feat() and ws_feat_hash(). */
enum {
	F_BIAS = 1, F_WORD, F_SHAPE, F_SUFFIX, F_PREV, F_NEXT, F_SHAPE_PREV, F_SHAPE_NEXT,
	F_RULE, F_RULE_WORD, F_ROLE, F_ROLE_WORD, F_PLACE, F_NEAR_CUE, F_CUE_SIDE,
};

/* What the features of one token are made of, computed once per token. */
struct lf_token {
	uint32_t word;		/* hash of the word lower-cased */
	uint32_t shape;		/* shape code (shape_of) */
	uint8_t content;	/* 0 outside a rule's content, 1 first, 2 inside, 3 last */
	uint8_t role;		/* cue, by, mention bits of the rules' reading */
	uint8_t quote;		/* 0 outside quotes, 1 inside, 2 an opening, 3 a closing mark */
	uint8_t place;		/* index in its sentence (up to 3), sentence in block (up to 2) */
	uint8_t to_end;		/* tokens to the sentence's end, up to 4 */
	uint8_t cue_side;	/* 1: a rule cue before it in its sentence, 2: one after */
	int32_t near_cue;	/* signed distance to the nearest rule cue, or NONE */
	int32_t near_quote;	/* the same to the nearest quotation mark */
};

/* Per call of lf_sequences(): scratch that grows to the longest block. */
struct lf_walk {
	const struct ws_doc *doc;
	uint8_t *rule;		/* per token of the document */
	uint8_t *gold;		/* per token of the document, or NULL */
	struct lf_token *tok;	/* per token of the sequence at work: LF_MAX_SEQ */
};

static const unsigned char fold[256] = {
#define R(c) ((c) >= 'A' && (c) <= 'Z' ? (c) + 32 : (c))
#define R4(c) R(c), R((c) + 1), R((c) + 2), R((c) + 3)
#define R16(c) R4(c), R4((c) + 4), R4((c) + 8), R4((c) + 12)
#define R64(c) R16(c), R16((c) + 16), R16((c) + 32), R16((c) + 48)
	R64(0), R64(64), R64(128), R64(192)
#undef R64
#undef R16
#undef R4
#undef R
};

/* A token's word lower-cased (ASCII), its first 24 bytes, hashed. */
static uint32_t
word_of(const char *s, const struct ws_token *tok, uint32_t *suffix)
{
	size_t n = ws_token_len(tok) < 24 ? ws_token_len(tok) : 24;
	unsigned char buf[24];

	for (size_t i = 0; i < n; i++)
		buf[i] = fold[(unsigned char)s[ws_token_start(tok) + i]];
	*suffix = ws_feat_hash(F_SUFFIX, buf + (n > 3 ? n - 3 : 0), n > 3 ? 3 : n);
	return ws_feat_hash(F_WORD, buf, n);
}

uint32_t
lf_word_feature(const char *word)
{
	struct ws_token tok = ws_token_make(0, strlen(word), 0);
	uint32_t suffix;

	return word_of(word, &tok, &suffix);
}

/*
 * What a token looks like: "Xx" (Kerry), "X" (NATO), "x", "d" (2015),
 * "x-" (a word of one or two letters: he, to), or for a mark the mark's
 * first byte, which tells a comma from a colon from a quotation mark.
 */
static uint32_t
shape_of(const char *s, const struct ws_token *tok)
{
	if (ws_token_is(tok, WS_TOK_ALLCAPS))
		return 'X';
	if (ws_token_is(tok, WS_TOK_CAP))
		return 'C';
	if (ws_token_is(tok, WS_TOK_NUMBER))
		return 'd';
	if (ws_token_is(tok, WS_TOK_PUNCT))
		return 0x100u | (unsigned char)s[ws_token_start(tok) + ws_token_len(tok) - 1];
	return ws_token_len(tok) <= 2 ? 'y' : 'x';
}

#define NONE INT32_MAX

/* A signed distance in tokens, as a bucket: -3 .. 3 exactly, then near, far, none. */
static uint32_t
bucket(int32_t d)
{
	if (d == NONE)
		return 99;
	if (d >= -3 && d <= 3)
		return (uint32_t)(d + 3);
	if (d >= -10 && d <= 10)
		return d < 0 ? 10 : 11;
	return d < 0 ? 20 : 21;
}

/* The nearer of two signed distances. */
static int32_t
nearer(int32_t a, int32_t b)
{
	if (a == NONE)
		return b;
	if (b == NONE)
		return a;
	return (a < 0 ? -a : a) <= (b < 0 ? -b : b) ? a : b;
}

/*
 * The first token that ends after off, looked for from *hint (the
 * spans come nearly in order, so the walk is short), by binary search
 * when it is far; *hint becomes it.
 */
static size_t
seek(const struct ws_doc *doc, size_t *hint, uint32_t off)
{
	const struct ws_token *tok = doc->tokens;
	size_t t = *hint < doc->ntokens ? *hint : doc->ntokens;

	for (int steps = 0; steps < 16; steps++) {
		if (t > 0 && ws_token_end(&tok[t - 1]) > off)
			t--;
		else if (t < doc->ntokens && ws_token_end(&tok[t]) <= off)
			t++;
		else
			return *hint = t;
	}
	return *hint = ws_token_ending_after(tok, doc->ntokens, off);
}

/*
 * Mark bits on the tokens that start inside [start, end); the first and
 * the last of them in *first and *last.  0 when there is none.
 */
static int
mark(const struct ws_doc *doc, size_t *hint, uint8_t *marks, uint32_t start, uint32_t end,
     uint8_t bits, size_t *first, size_t *last)
{
	int any = 0;

	if (end <= start)
		return 0;
	for (size_t t = seek(doc, hint, start); t < doc->ntokens && ws_token_start(&doc->tokens[t]) < end; t++) {
		if (ws_token_start(&doc->tokens[t]) < start)
			continue;
		marks[t] |= bits;
		if (!any)
			*first = t;
		*last = t;
		any = 1;
	}
	return any;
}

/* The first and the last token starting inside [start, end), or 0 if none. */
static int
token_range(const struct ws_doc *doc, uint32_t start, uint32_t end, size_t *first, size_t *last)
{
	size_t t = ws_token_ending_after(doc->tokens, doc->ntokens, start);

	if (t < doc->ntokens && ws_token_start(&doc->tokens[t]) < start)
		t++;
	if (t >= doc->ntokens || ws_token_start(&doc->tokens[t]) >= end)
		return 0;
	*first = t;
	*last = ws_token_ending_after(doc->tokens, doc->ntokens, end - 1);
	if (*last >= doc->ntokens || ws_token_start(&doc->tokens[*last]) >= end)
		(*last)--;
	return 1;
}

/* Mark the mentions of a person or an outlet. */
static void
mark_mentions(const struct ws_doc *doc, const struct ws_span *m, size_t n, uint8_t *rule)
{
	size_t hint = 0, first, last;

	for (size_t i = 0; i < n; i++)
		mark(doc, &hint, rule, m[i].start, m[i].end, LF_RULE_MENTION, &first, &last);
}

void
lf_mark_rules(const struct ws_doc *doc, const struct ws_analysis *an, uint8_t *rule)
{
	size_t hint = 0, first, last;

	for (size_t i = 0; i < an->nclaims; i++) {
		const struct ws_claim *c = &an->claims[i];

		if (mark(doc, &hint, rule, c->content.start, c->content.end,
			 LF_RULE_CONTENT | (c->kind == WS_CLAIM_DIRECT ? LF_RULE_DIRECT : 0),
			 &first, &last)) {
			rule[first] |= LF_RULE_FIRST;
			rule[last] |= LF_RULE_LAST;
		}
		mark(doc, &hint, rule, c->cue.start, c->cue.end, LF_RULE_CUE, &first, &last);
		mark(doc, &hint, rule, c->by.start, c->by.end, LF_RULE_BY, &first, &last);
	}
	for (size_t i = 0; i < an->npeople; i++)
		mark_mentions(doc, an->people[i].mentions, an->people[i].nmentions, rule);
	for (size_t i = 0; i < an->noutlets; i++)
		mark_mentions(doc, an->outlets[i].mentions, an->outlets[i].nmentions, rule);
}

/* Gold labels of one span kind: B on a first part's first token, I on the rest. */
static void
label_parts(const struct ws_doc *doc, uint8_t *gold, const struct ws_gold_part *parts,
	    size_t nparts, uint8_t b)
{
	for (size_t p = 0; p < nparts; p++) {
		size_t first, last;

		if (!token_range(doc, parts[p].start, parts[p].end, &first, &last))
			continue;
		for (size_t t = first; t <= last; t++)
			gold[t] = (uint8_t)(b + 1);
		if (p == 0 || b != LF_B_CONTENT)
			gold[first] = b;
	}
}

static size_t
content_length(const struct ws_gold_attribution *a)
{
	if (a->ncontent == 0)
		return 0;
	return a->content[a->ncontent - 1].end - a->content[0].start;
}

static int
by_length_down(const void *x, const void *y)
{
	size_t a = content_length(*(const struct ws_gold_attribution *const *)x);
	size_t b = content_length(*(const struct ws_gold_attribution *const *)y);

	return a < b ? 1 : a > b ? -1 : 0;
}

static void
label_gold(const struct ws_doc *doc, const struct ws_gold *gold, uint8_t *labels)
{
	const struct ws_gold_attribution **order;
	size_t n = gold->nattributions;

	order = xreallocarray(NULL, n + 1, sizeof *order);
	for (size_t i = 0; i < n; i++)
		order[i] = &gold->attributions[i];
	qsort(order, n, sizeof *order, by_length_down);
	for (size_t i = 0; i < n; i++)
		label_parts(doc, labels, order[i]->content, order[i]->ncontent, LF_B_CONTENT);
	for (size_t i = 0; i < n; i++) {
		label_parts(doc, labels, order[i]->cue, order[i]->ncue, LF_B_CUE);
		label_parts(doc, labels, order[i]->source, order[i]->nsource, LF_B_SOURCE);
	}
	free(order);
}

/* The quotation state of each token of the block. */
static void
read_quotes(const struct ws_token *tok, size_t n, struct lf_token *out)
{
	int inside = 0;

	for (size_t i = 0; i < n; i++) {
		if (ws_token_is(&tok[i], WS_TOK_OPEN_QUOTE)) {
			out[i].quote = 2;
			inside = 1;
		} else if (ws_token_is(&tok[i], WS_TOK_CLOSE_QUOTE)) {
			out[i].quote = 3;
			inside = 0;
		} else {
			out[i].quote = (uint8_t)inside;
		}
	}
}

/* Each token's distance to the nearest rule cue and quotation mark, both ways. */
static void
read_distances(struct lf_token *t, const uint8_t *rule, size_t n)
{
	int32_t cue = NONE, quote = NONE;

	for (size_t i = 0; i < n; i++) {
		int32_t at = (int32_t)i;

		if (rule[i] & LF_RULE_CUE)
			cue = at;
		if (t[i].quote >= 2)
			quote = at;
		t[i].near_cue = cue == NONE ? NONE : cue - at;
		t[i].near_quote = quote == NONE ? NONE : quote - at;
	}
	cue = quote = NONE;
	for (size_t i = n; i-- > 0;) {
		int32_t at = (int32_t)i;

		if (rule[i] & LF_RULE_CUE)
			cue = at;
		if (t[i].quote >= 2)
			quote = at;
		t[i].near_cue = nearer(t[i].near_cue, cue == NONE ? NONE : cue - at);
		t[i].near_quote = nearer(t[i].near_quote, quote == NONE ? NONE : quote - at);
	}
}

/*
 * The per-token reading of the sentences [s0, s1) of a block, whose
 * tokens are doc->tokens[lo .. hi) (a sentence longer than a whole
 * sequence is cut at hi).  k0 is the index of s0 in its block.
 */
static void
read_sentences(struct lf_walk *w, size_t s0, size_t s1, size_t k0, size_t lo, size_t hi)
{
	const struct ws_doc *doc = w->doc;
	const char *s = doc->text->s;

	for (size_t k = s0; k < s1; k++) {
		const struct ws_sentence *se = &doc->sentences[k];
		size_t end = (size_t)se->first_token + se->ntokens, n;
		uint8_t side = 0;

		if (end > hi)
			end = hi;
		n = end - se->first_token;
		for (size_t j = n; j-- > 0;) {
			w->tok[se->first_token + j - lo].cue_side = side;
			if (w->rule[se->first_token + j] & LF_RULE_CUE)
				side = 2;
		}
		side = 0;
		for (size_t j = 0; j < n; j++) {
			size_t t = se->first_token + j, place = k - s0 + k0;
			struct lf_token *x = &w->tok[t - lo];
			uint8_t r = w->rule[t];
			uint32_t suffix;

			x->word = word_of(s, &doc->tokens[t], &suffix);
			x->shape = shape_of(s, &doc->tokens[t]) ^ (suffix << 9);
			x->content = !(r & LF_RULE_CONTENT) ? 0 : (r & LF_RULE_FIRST) ? 1 :
				     (r & LF_RULE_LAST) ? 3 : 2;
			x->role = (uint8_t)((r & (LF_RULE_CUE | LF_RULE_BY | LF_RULE_MENTION |
						  LF_RULE_DIRECT)) >> 3);
			x->place = (uint8_t)((j < 3 ? j : 3) | (place < 2 ? place : 2) << 2);
			x->to_end = (uint8_t)(n - 1 - j < 4 ? n - 1 - j : 4);
			x->cue_side |= side;
			if (r & LF_RULE_CUE)
				side = 1;
		}
	}
	read_quotes(doc->tokens + lo, hi - lo, w->tok);
	read_distances(w->tok, w->rule + lo, hi - lo);
}

/*
 * A fast mix of a template and a value into a feature hash (the hashes
 * only pick a bucket of the model): a multiply and two xor-shifts.
 */
static inline uint32_t
feat(uint32_t tmpl, uint32_t value)
{
	uint32_t h = value * 0x9e3779b1u + tmpl * 0x85ebca77u;

	h ^= h >> 15;
	h *= 0x2c1b3c6du;
	return h ^ (h >> 13);
}

/* The shape without the suffix, and the suffix feature, from lf_token.shape. */
#define SHAPE(x) ((x).shape & 0x1ffu)

static int
token_features(const struct lf_token *t, size_t i, size_t n, struct ws_seq *seq,
	       struct ws_error *err)
{
	static const struct lf_token edge = { 0x5eed, 0x1ff, 4, 0, 0, 0, 0, 0, 0, 0 };
	const struct lf_token *x = &t[i];
	const struct lf_token *p = i > 0 ? &t[i - 1] : &edge, *q = i + 1 < n ? &t[i + 1] : &edge;
	uint32_t f[] = {
		feat(F_BIAS, 0),
		x->word,
		feat(F_SHAPE, SHAPE(*x)),
		feat(F_SUFFIX, x->shape >> 9),
		feat(F_PREV, p->word),
		feat(F_NEXT, q->word),
		feat(F_SHAPE_PREV, SHAPE(*p)),
		feat(F_SHAPE_NEXT, SHAPE(*q)),
		feat(F_RULE, (uint32_t)p->content << 4 | x->content << 2 | q->content),
		feat(F_RULE_WORD, x->word ^ x->content),
		feat(F_ROLE, (uint32_t)p->role << 8 | x->role << 4 | q->role),
		feat(F_ROLE_WORD, x->word ^ (uint32_t)x->role << 28),
		feat(F_PLACE, (uint32_t)x->place << 4 | x->to_end),
		feat(F_NEAR_CUE, bucket(x->near_cue) << 8 | bucket(x->near_quote)),
		feat(F_CUE_SIDE, (uint32_t)x->cue_side << 8 | x->quote << 4 | x->content),
	};

	if (ws_seq_token(seq, err) < 0)
		return -1;
	for (size_t k = 0; k < sizeof f / sizeof f[0]; k++)
		if (ws_seq_feature(seq, f[k], err) < 0)
			return -1;
	return 0;
}

/*
 * A sequence of the sentences [s0, s1) of a block, tokens doc->tokens[lo
 * .. hi), its first sentence the k0th of its block; handed to each_seq
 * unless the rules read nothing in it and it quotes nobody (nothing to
 * stack on: the tagger finds so few claims there that reading it is not
 * worth its time).
 */
static int
chunk_sequence(struct lf_walk *w, size_t s0, size_t s1, size_t k0, size_t lo, size_t hi,
	       struct ws_seq *seq, int (*each_seq)(void *ctx, struct ws_seq *seq, size_t first),
	       void *ctx, struct ws_error *err)
{
	int worth = w->gold != NULL;

	for (size_t t = lo; t < hi && !worth; t++)
		worth = w->rule[t] != 0 ||
			ws_token_is(&w->doc->tokens[t], WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE);
	if (!worth || hi <= lo)
		return 0;
	ws_seq_clear(seq);
	memset(w->tok, 0, (hi - lo) * sizeof *w->tok);
	read_sentences(w, s0, s1, k0, lo, hi);
	for (size_t i = 0; i < hi - lo; i++) {
		if (token_features(w->tok, i, hi - lo, seq, err) < 0)
			return -1;
		if (w->gold != NULL)
			seq->labels[i] = w->gold[lo + i];
	}
	return each_seq(ctx, seq, lo);
}

/*
 * A block in sequences of whole sentences of at most LF_MAX_SEQ tokens
 * (a longer sentence is a sequence of its own, cut), so that a text of
 * one paragraph never makes one sequence of all its tokens.
 */
static int
block_sequences(struct lf_walk *w, const struct ws_block *bl, struct ws_seq *seq,
		int (*each_seq)(void *ctx, struct ws_seq *seq, size_t first), void *ctx,
		struct ws_error *err)
{
	const struct ws_doc *doc = w->doc;
	size_t s0 = bl->first_sentence, end = s0 + bl->nsentences;

	if (bl->kind == WS_BLOCK_TITLE || bl->kind == WS_BLOCK_HEADING)
		return 0;
	while (s0 < end) {
		size_t lo = doc->sentences[s0].first_token, s1 = s0, hi = lo;

		while (s1 < end && (s1 == s0 || (size_t)doc->sentences[s1].first_token +
				    doc->sentences[s1].ntokens - lo <= LF_MAX_SEQ)) {
			hi = (size_t)doc->sentences[s1].first_token + doc->sentences[s1].ntokens;
			s1++;
		}
		if (hi - lo > LF_MAX_SEQ)
			hi = lo + LF_MAX_SEQ;
		if (chunk_sequence(w, s0, s1, s0 - bl->first_sentence, lo, hi, seq, each_seq,
				   ctx, err) != 0)
			return -1;
		s0 = s1;
	}
	return 0;
}

int
lf_sequences(const struct ws_doc *doc, const struct ws_analysis *an,
	     const struct ws_gold *gold, struct ws_seq *seq,
	     int (*each_seq)(void *ctx, struct ws_seq *seq, size_t first), void *ctx,
	     struct ws_error *err)
{
	struct lf_walk w = { doc, xcalloc(doc->ntokens + 1, 1), NULL,
			     xreallocarray(NULL, LF_MAX_SEQ, sizeof *w.tok) };
	int rc = 0;

	if (gold != NULL) {
		w.gold = xcalloc(doc->ntokens + 1, 1);
		label_gold(doc, gold, w.gold);
	}
	lf_mark_rules(doc, an, w.rule);
	for (size_t b = 0; b < doc->nblocks && rc == 0; b++)
		rc = block_sequences(&w, &doc->blocks[b], seq, each_seq, ctx, err);
	free(w.rule);
	free(w.gold);
	free(w.tok);
	return rc;
}

struct plain_walk {
	int (*each_seq)(void *ctx, struct ws_seq *seq);
	void *ctx;
};

static int
plain_seq(void *ctx, struct ws_seq *seq, size_t first)
{
	struct plain_walk *pw = ctx;

	(void)first;
	return pw->each_seq(pw->ctx, seq);
}

int
ws_learn_sequences(const struct ws_doc *doc, const struct ws_analysis *an,
		   const struct ws_gold *gold, struct ws_seq *seq,
		   int (*each_seq)(void *ctx, struct ws_seq *seq), void *ctx,
		   struct ws_error *err)
{
	struct plain_walk pw = { each_seq, ctx };

	return lf_sequences(doc, an, gold, seq, plain_seq, &pw, err);
}

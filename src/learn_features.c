/*
 * The feature set (learn.h): which words the rules should read as cues
 * though no list holds them (ws_learn_cues(), below), and where each
 * claim of the rules starts and ends, chosen among the tokens of its
 * sentences; the gold attributions as the right choices.
 *
 * The rules find most claims (their cue, credit and content) but cut a
 * content where a reader would not about one time in six: "dealing with
 * climate change was a crucial component of China-U.S. cooperation"
 * stops before ", but it is contingent on mutual respect"; "The park,
 * where demonstrators gathered, is near the stadium, which, Tompkins
 * said, is usually full" starts a clause too early.  A cut too short or
 * too long is a claim missed and a claim wrong at once.  So the learned
 * layer is stacked on the rules: for each claim of theirs it makes two
 * choices (learn.h), where the content ends and where it starts.
 *
 * The candidates of the end are the tokens from END_BACK before the
 * rules' last token of the content to END_AHEAD after it, in that
 * token's sentence; those of the start likewise around the rules' first
 * token, in its sentence, never past the rules' last.  The rules' own
 * cut is one of them, so the model learns when to keep it (and keeps
 * it on a tie).
 *
 * A candidate's features are few and cheap: the words at the cut (the
 * content's last word and the next two for an end; its first word and
 * the two before for a start), their shapes, how far the cut is from the
 * rules' (and that distance with the word past the cut: ", but" a few
 * words after the rules' end), the words past the cut read together
 * (", but it"), what the cut crosses on the way there (commas,
 * quotation marks, another claim's cue or credit), for an end the word
 * the content opened after ("that") and what the rest of the sentence
 * holds (tails()), where it stands to the claim's cue, the claim's kind
 * and the content's length.
 *
 * Labels: 1 on the chosen token, 0 on the others.  In training, the gold
 * content is the one that overlaps the rules' content most; a claim
 * whose gold cut is not among the candidates (or that no gold content
 * overlaps) teaches nothing.
 */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "learn_features.h"
#include "learn_int.h"
#include "whosaid/xmalloc.h"


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

/* For ws_search_from(): does the token end by byte off? */
static int
token_ends_by(const void *token, size_t off)
{
	return ws_token_end(token) <= off;
}

/*
 * The first token that ends after off, looked for from *hint (the
 * spans come nearly in order, so the search is short); *hint becomes it.
 */
static size_t
seek(const struct ws_doc *doc, size_t *hint, uint32_t off)
{
	return *hint = ws_search_from(doc->tokens, doc->ntokens, sizeof *doc->tokens, off,
				      token_ends_by, *hint);
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
	for (size_t t = seek(doc, hint, start);
	     t < doc->ntokens && ws_token_start(&doc->tokens[t]) < end; t++) {
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

/*
 * The first and the last token starting inside [start, end), or 0 if
 * none; looked for from *hint, which becomes the first.
 */
static int
token_range_from(const struct ws_doc *doc, size_t *hint, uint32_t start, uint32_t end,
		 size_t *first, size_t *last)
{
	size_t t = seek(doc, hint, start), h;

	if (t < doc->ntokens && ws_token_start(&doc->tokens[t]) < start)
		t++;
	if (t >= doc->ntokens || ws_token_start(&doc->tokens[t]) >= end)
		return 0;
	*first = h = t;
	*last = seek(doc, &h, end - 1);
	if (*last >= doc->ntokens || ws_token_start(&doc->tokens[*last]) >= end)
		(*last)--;
	return 1;
}

/* The same from scratch. */
static int
token_range(const struct ws_doc *doc, uint32_t start, uint32_t end, size_t *first, size_t *last)
{
	size_t hint = 0;

	return token_range_from(doc, &hint, start, end, first, last);
}

void
lf_mark_rules(const struct ws_doc *doc, const struct ws_analysis *an, uint8_t *rule)
{
	size_t hint = 0, first, last;

	for (size_t i = 0; i < an->nclaims; i++) {
		const struct ws_claim *c = &an->claims[i];

		mark(doc, &hint, rule, c->cue.start, c->cue.end, LF_RULE_CUE, &first, &last);
		mark(doc, &hint, rule, c->by.start, c->by.end, LF_RULE_BY, &first, &last);
	}
}

const uint32_t ws_learn_featset = 6;
const unsigned ws_learn_nlabels = LF_NLABELS;

/* How far from the rules' cut the candidates go, in tokens. */
#define END_BACK 12
#define END_AHEAD 20
#define START_BACK 20
#define START_AHEAD 12

/* Feature templates: the first argument of feat(); a start's are offset by F_START. */
enum {
	F_HASHED = 0,		/* not a template: the value is the feature's hash */
	F_BIAS = 1, F_WORD_IN, F_WORD_OUT, F_WORD_OUT2, F_SHAPES, F_REL, F_REL_WORD,
	F_CUE, F_QUOTES, F_KIND, F_LEN, F_CROSS, F_EDGE, F_WORD_IN_OUT,
	F_CUE_LEN, F_CUE_OUT, F_CUE_KEEP, F_OUT_PAIR, F_OUT_TRIPLE, F_INTRO_OUT, F_INTRO_EDGE, F_TAIL,
	F_START = 64,
	F_CUE_NO = 128, F_C_WORD, F_C_SUFFIX, F_C_PREV, F_C_PREV2, F_C_NEXT, F_C_NEXT2,
	F_C_SHAPES, F_C_PREV_WORD, F_C_WORD_NEXT, F_C_PLACE, F_C_QUOTED, F_C_SUFFIX_NEXT,
};

/* Per call of lf_sequences() or lf_choose(): scratch for the whole document. */
struct lf_walk {
	const struct ws_doc *doc;
	const struct ws_analysis *an;
	const uint8_t *rule;	/* per token: the rules' reading (lf_mark_rules) */
	uint8_t *own_rule;	/* rule, when the walk made it */
	const uint32_t *word;	/* per token: its word's hash (lf_words()) */
	uint32_t *own_word;	/* word, when the walk made it */
	const struct ws_gold *gold;	/* or NULL */
	uint8_t *head;		/* per token: the head of a gold cue (with gold) */
	struct ws_seq *seq;
	int (*each_seq)(void *ctx, struct ws_seq *seq, const struct lf_choice *choice);
	/* lf_choose(): each choice decided here by the model, no sequence built */
	const struct ws_model *model;
	void (*chosen)(void *ctx, const struct lf_choice *choice, size_t token);
	void *ctx;
	/* where the last claim's content, cue and sentence were found */
	size_t hint_content, hint_cue, hint_sentence;
	size_t tail_hi;		/* the end of the sentence of the end being chosen */
};

/*
 * Eight bytes with their ASCII capitals lower-cased, as fold[] does one:
 * a byte's high bit is set in ge_a when its low seven bits are 'A' or
 * more, in gt_z when they are past 'Z', and a byte of 0x80 or more is
 * left alone; 0x20 added to each capital.
 */
static inline uint64_t
fold8(uint64_t x)
{
	const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
	uint64_t low7 = x & ~high;
	uint64_t ge_a = low7 + ones * (0x80 - 'A'), gt_z = low7 + ones * (0x80 - 'Z' - 1);

	return x | (ge_a & ~gt_z & ~x & high) >> 2;
}

/*
 * A token's word lower-cased (ASCII), its first 24 bytes, hashed: what
 * ws_feat_hash(F_WORD_IN, the folded bytes) gives, folded and hashed
 * eight bytes at a time, the bytes read in place.
 */
static uint32_t
word_hash(const char *s, const struct ws_token *tok)
{
	const uint8_t *p = (const uint8_t *)s + ws_token_start(tok);
	size_t n = ws_token_len(tok) < 24 ? ws_token_len(tok) : 24, i = 0;
	uint64_t h = 0x9e3779b97f4a7c15ull * (F_WORD_IN + 1ull);

	for (; i + 8 <= n; i += 8)
		h = (h ^ fold8(ws_load8(p + i))) * 0x100000001b3ull;
	h = (h ^ fold8(ws_load_tail(p + i, n - i))) * 0x100000001b3ull;
	return (uint32_t)ws_fmix64(h ^ n) | 1;
}

uint32_t
lf_word_feature(const char *word)
{
	struct ws_token tok = ws_token_make(0, strlen(word), 0);

	return word_hash(word, &tok);
}

/*
 * What a token looks like: "Xx" (Kerry), "X" (NATO), "x", "d" (2015),
 * "x-" (a word of one or two letters: he, to), or for a mark the mark's
 * first byte, which tells a comma from a colon from a quotation mark.
 */
static inline uint32_t
shape_of(const char *s, const struct ws_token *tok)
{
	if (ws_token_is(tok, WS_TOK_OPEN_QUOTE))
		return 'Q';
	if (ws_token_is(tok, WS_TOK_CLOSE_QUOTE))
		return 'q';
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

/* The word of token t, or of the sentence's edge when t is outside [lo, hi). */
static inline uint32_t
word_at(const struct lf_walk *w, size_t t, size_t lo, size_t hi)
{
	return t < lo || t >= hi ? 0x5eed : w->word[t];
}

/* A signed distance in tokens, as a bucket: -4 .. 4 exactly, then near, far. */
static uint32_t
bucket(ptrdiff_t d)
{
	if (d >= -4 && d <= 4)
		return (uint32_t)(d + 4);
	if (d >= -10 && d <= 10)
		return d < 0 ? 10 : 11;
	return d < 0 ? 20 : 21;
}

/* A length in tokens, as a bucket. */
static uint32_t
length_bucket(size_t n)
{
	return n <= 4 ? (uint32_t)n : n <= 8 ? 5 : n <= 16 ? 6 : n <= 32 ? 7 : 8;
}

/* The fast mix of a template and a value (learn_int.h). */
static inline uint32_t
feat(uint32_t tmpl, uint32_t value)
{
	return ws_feat_mix(tmpl, value);
}

/*
 * A feature is a template and a value (or, F_HASHED, a value that is
 * already the feature's hash).  Each list of features below is written
 * once, as X(template, value) lines, and expanded twice: into hashes for
 * the trainer (HASH_INTO) and into the model's margins when applying
 * (MARGIN_OF), where a feature of small value costs a table read and no
 * hashing (ws_model_feat_margin(), learn_int.h).  The templates are
 * constants, so each expansion is straight code.
 */
static inline uint32_t
feat_hash(uint32_t tmpl, uint32_t value)
{
	return tmpl == F_HASHED ? value : feat(tmpl, value);
}

/*
 * ws_model_feat_margin() for a model of the feature set's two labels
 * (lf_choose() and lf_learn_cues() are given no other): a bucket's row
 * is two bytes, so finding it costs no multiplication by the model's
 * label count.
 */
static inline int32_t
feat_margin(const struct ws_model *model, uint32_t tmpl, uint32_t value)
{
	const int8_t *row;

	if (tmpl != F_HASHED && tmpl < WS_SMALL_TEMPLATES && value < WS_SMALL_VALUES)
		return model->small[tmpl * WS_SMALL_VALUES + value];
	row = model->weights + (size_t)((tmpl == F_HASHED ? value : feat(tmpl, value)) &
					model->mask) * LF_NLABELS;
	return row[LF_CHOSEN] - row[LF_NOT];
}

#define HASH_INTO(tmpl, value) f[n++] = feat_hash(tmpl, value);
#define MARGIN_OF(tmpl, value) margin += feat_margin(model, tmpl, value);

/* One claim of the rules, as its choices see it: token indices into doc->tokens. */
struct lf_claim {
	const struct ws_claim *c;
	size_t index;		/* in an->claims */
	size_t first, last;	/* the rules' content */
	size_t cue, cue_end;	/* the cue [cue, cue_end), or cue == cue_end when none */
	uint32_t cue_word;	/* the word of the cue's last token */
	uint32_t intro;		/* the word before the rules' content ("that", a quotation mark) */
	size_t lo, hi;		/* the candidates' sentence */
	int before_cue;		/* the content comes before its cue */
};

/* The most candidates of a choice. */
#define MAX_CANDIDATES (1 + (END_BACK + END_AHEAD > START_BACK + START_AHEAD ? \
			     END_BACK + END_AHEAD : START_BACK + START_AHEAD))

/* What token t adds to a cut's crossings: bits as crossings() writes them. */
static inline uint32_t
crossing(const struct lf_walk *w, size_t t, uint32_t acc)
{
	const struct ws_token *tok = &w->doc->tokens[t];

	if (ws_token_is(tok, WS_TOK_PUNCT) && w->doc->text->s[ws_token_start(tok)] == ',' &&
	    (acc & 3) < 3)
		acc++;
	if (ws_token_is(tok, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
		acc |= 4;
	if (w->rule[t] & (LF_RULE_CUE | LF_RULE_BY))
		acc |= 8;
	return acc;
}

/*
 * What the sentence holds past each candidate end t of [a, b], into
 * bits 16 and up of out[t - a]: 1 a cue or credit of the rules (the
 * rest is a claim of its own: ", the mayor said"), 2 a quotation mark,
 * and from bit 2 the rest's length bucketed.  A rest with neither, a
 * clause joined by "but" or "and", is often more of what was said
 * ("…cooperation, but it is contingent on mutual respect").
 */
static void
tails(const struct lf_walk *w, size_t a, size_t b, uint32_t *out)
{
	size_t hi = w->tail_hi, t;
	uint32_t acc = 0;

	for (t = hi; t-- > a;) {
		if (t <= b)
			out[t - a] |= (acc | length_bucket(hi - 1 - t) << 2) << 16;
		if (w->rule[t] & (LF_RULE_CUE | LF_RULE_BY))
			acc |= 1;
		if (ws_token_flags(&w->doc->tokens[t]) & (WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			acc |= 2;
	}
}

/*
 * What each candidate cut of [a, b] crosses on its way from the rules'
 * cut at r (a <= r <= b): commas (up to 3), 4 a quotation mark, 8 another
 * claim's cue or credit, 16 when the cut lies past the rules' one.  A
 * cut at candidate t of an end falls after t, of a start before it.
 */
static void
crossings(const struct lf_walk *w, enum lf_choice_kind what, size_t a, size_t b, size_t r,
	  uint32_t *out)
{
	uint32_t acc = 0;

	out[r - a] = 16;
	for (size_t t = r; t-- > a;) {
		acc = crossing(w, what == LF_END ? t + 1 : t, acc);
		out[t - a] = acc;
	}
	acc = 16;
	for (size_t t = r + 1; t <= b; t++) {
		acc = crossing(w, what == LF_END ? t : t - 1, acc);
		out[t - a] = acc;
	}
	if (what == LF_END)
		tails(w, a, b, out);
}

/* Where token t stands to the claim's cue: 0 before, 1 inside, 2 after, 3 no cue. */
static uint32_t
cue_place(const struct lf_claim *cl, size_t t)
{
	if (cl->cue == cl->cue_end)
		return 3;
	return t < cl->cue ? 0 : t < cl->cue_end ? 1 : 2;
}

/* The quotation marks of token t: open, close, or none. */
static uint32_t
quote_of(const struct lf_walk *w, size_t t, size_t lo, size_t hi)
{
	if (t < lo || t >= hi)
		return 3;
	return ws_token_is(&w->doc->tokens[t], WS_TOK_OPEN_QUOTE) ? 1 :
	       ws_token_is(&w->doc->tokens[t], WS_TOK_CLOSE_QUOTE) ? 2 : 0;
}

/*
 * Two or three words as one value: the clause past a cut (", but it"
 * goes on with what was said; ", he said" does not), read together.
 */
static inline uint32_t
words2(uint32_t a, uint32_t b)
{
	return a ^ b * 0x2c1b3c6du;
}

static inline uint32_t
words3(uint32_t a, uint32_t b, uint32_t c)
{
	return a ^ (b ^ c * 0x85ebca77u) * 0x2c1b3c6du;
}

/*
 * What the candidates of one choice read of the tokens around them, made
 * once for the choice: a token is read by up to three candidates (its
 * shape as one's own and as the next one's neighbour), and its shape,
 * quotation marks and place took as many instructions as the margins.
 * Index t + 2 - first for token t, from first - 2 to the last candidate
 * + 2; a token outside the sentence [lo, hi) reads as its edge.
 */
struct lf_window {
	size_t first;		/* the first candidate */
	uint32_t word[MAX_CANDIDATES + 4], shape[MAX_CANDIDATES + 4];
	uint8_t quote[MAX_CANDIDATES + 4], place[MAX_CANDIDATES + 4];
};

/* The window of candidates [a, b] of claim cl, whose sentence is [cl->lo, cl->hi). */
static void
fill_window(const struct lf_walk *w, const struct lf_claim *cl, size_t a, size_t b,
	    struct lf_window *win)
{
	win->first = a;
	for (size_t i = 0; i <= b - a + 4; i++) {
		size_t t = a + i - 2;	/* wraps below token 0: outside the sentence */

		win->place[i] = (uint8_t)(a + i >= 2 ? cue_place(cl, t) : 3);
		if (a + i >= 2 && t >= cl->lo && t < cl->hi) {
			win->word[i] = w->word[t];
			win->shape[i] = shape_of(w->doc->text->s, &w->doc->tokens[t]);
			win->quote[i] = (uint8_t)quote_of(w, t, cl->lo, cl->hi);
		} else {	/* as word_at(), shape and quote_of() read the edge */
			win->word[i] = 0x5eed;
			win->shape[i] = 0x1ff;
			win->quote[i] = 3;
		}
	}
}

/* The features of a candidate of a choice, at most: */
#define CHOICE_FEATURES 20

/* What the features of candidate t of a claim's choice read. */
struct lf_cand {
	size_t t, lo, hi;	/* the candidate, in the sentence [lo, hi) */
	uint32_t in, out;	/* the words inside and outside the cut */
	uint32_t rel, keep;	/* its distance from the rules' cut, bucketed; is it theirs */
	uint32_t cross;		/* what the cut crosses (crossings()) */
	uint32_t tail;		/* what the sentence holds past the cut (tails()) */
	const struct lf_window *win;	/* the choice's tokens */
};

/* Token t's word, shape, quotation marks and place to the cue, from the window. */
static inline uint32_t
win_word(const struct lf_cand *c, size_t t)
{
	return c->win->word[t + 2 - c->win->first];
}

static inline uint32_t
win_shape(const struct lf_cand *c, size_t t)
{
	return c->win->shape[t + 2 - c->win->first];
}

static inline uint32_t
win_quote(const struct lf_cand *c, size_t t)
{
	return c->win->quote[t + 2 - c->win->first];
}

static inline uint32_t
win_place(const struct lf_cand *c, size_t t)
{
	return c->win->place[t + 2 - c->win->first];
}

static inline void
end_cand(const struct lf_claim *cl, size_t t, uint32_t cross, const struct lf_window *win,
	 struct lf_cand *c)
{
	ptrdiff_t d = (ptrdiff_t)t - (ptrdiff_t)cl->last;

	c->win = win;
	c->t = t;
	c->lo = cl->lo;
	c->hi = cl->hi;
	c->in = win_word(c, t);
	c->out = win_word(c, t + 1);
	c->rel = bucket(d);
	c->keep = d == 0;
	c->cross = cross & 0xffff;
	c->tail = cross >> 16;
}

/* The features of ending the content with candidate c->t. */
#define END_FEATURES(X, w, cl, c) \
	X(F_BIAS, c->keep) \
	X(F_WORD_IN, c->in) \
	X(F_WORD_OUT, c->out) \
	X(F_WORD_OUT2, win_word(c, c->t + 2)) \
	X(F_SHAPES, win_shape(c, c->t) << 9 | win_shape(c, c->t + 1)) \
	X(F_REL, c->rel << 4 | cl->c->kind) \
	X(F_REL_WORD, c->out ^ c->rel * 0x9e3779b1u) \
	X(F_CUE, win_place(c, c->t) << 4 | win_place(c, c->t + 1) << 2 | \
		 (uint32_t)cl->before_cue << 1 | c->keep) \
	X(F_QUOTES, win_quote(c, c->t) << 2 | win_quote(c, c->t + 1)) \
	X(F_KIND, (uint32_t)cl->c->kind << 1 | c->keep) \
	X(F_LEN, length_bucket(c->t + 1 - cl->first) << 1 | c->keep) \
	X(F_CROSS, c->cross << 1 | c->keep) \
	X(F_EDGE, (uint32_t)(c->hi - 1 - c->t < 3 ? c->hi - 1 - c->t : 3)) \
	X(F_CUE_LEN, cl->cue_word ^ (length_bucket(c->t + 1 - cl->first) << 1 | c->keep)) \
	X(F_CUE_KEEP, cl->cue_word ^ c->rel) \
	X(F_OUT_PAIR, words2(c->out, win_word(c, c->t + 2))) \
	X(F_OUT_TRIPLE, words3(c->out, win_word(c, c->t + 2), \
			       word_at(w, c->t + 3, c->lo, c->hi))) \
	X(F_INTRO_OUT, words2(cl->intro, c->out)) \
	X(F_INTRO_EDGE, cl->intro ^ (uint32_t)(c->hi - 1 - c->t < 3 ? c->hi - 1 - c->t : 3)) \
	X(F_TAIL, words2(win_word(c, c->t + 2), c->tail))

static inline void
start_cand(const struct lf_claim *cl, size_t t, uint32_t cross, const struct lf_window *win,
	   struct lf_cand *c)
{
	ptrdiff_t d = (ptrdiff_t)t - (ptrdiff_t)cl->first;

	c->win = win;
	c->t = t;
	c->lo = cl->lo;
	c->hi = cl->hi;
	c->in = win_word(c, t);
	c->out = t > 0 ? win_word(c, t - 1) : 0x5eed;
	c->rel = bucket(d);
	c->keep = d == 0;
	c->cross = cross;
}

/* The features of starting the content with candidate c->t. */
#define START_FEATURES(X, w, cl, c) \
	X(F_START + F_BIAS, c->keep) \
	X(F_START + F_WORD_IN, c->in) \
	X(F_START + F_WORD_OUT, c->out) \
	X(F_START + F_WORD_OUT2, c->t > 1 ? win_word(c, c->t - 2) : 0x5eed) \
	X(F_START + F_SHAPES, (c->t > 0 ? win_shape(c, c->t - 1) : 0x1ff) << 9 | \
			      win_shape(c, c->t)) \
	X(F_START + F_REL, c->rel << 4 | cl->c->kind) \
	X(F_START + F_REL_WORD, c->out ^ c->rel * 0x9e3779b1u) \
	X(F_START + F_CUE, win_place(c, c->t) << 4 | \
			   (c->t > 0 ? win_place(c, c->t - 1) : 3) << 2 | \
			   (uint32_t)cl->before_cue << 1 | c->keep) \
	X(F_START + F_QUOTES, win_quote(c, c->t) << 2 | \
			      (c->t > 0 ? win_quote(c, c->t - 1) : 3)) \
	X(F_START + F_KIND, (uint32_t)cl->c->kind << 1 | c->keep) \
	X(F_START + F_LEN, length_bucket(cl->last + 1 - c->t) << 1 | c->keep) \
	X(F_START + F_CROSS, c->cross << 1 | c->keep) \
	X(F_START + F_EDGE, (uint32_t)(c->t - c->lo < 3 ? c->t - c->lo : 3)) \
	X(F_START + F_CUE_LEN, cl->cue_word ^ (length_bucket(cl->last + 1 - c->t) << 1 | c->keep)) \
	X(F_START + F_CUE_KEEP, cl->cue_word ^ c->rel) \
	X(F_START + F_OUT_PAIR, words2(c->out, c->t > 1 ? win_word(c, c->t - 2) : 0x5eed)) \
	X(F_START + F_OUT_TRIPLE, words3(c->out, c->t > 1 ? win_word(c, c->t - 2) : 0x5eed, \
					 c->t > 2 ? word_at(w, c->t - 3, c->lo, c->hi) : 0x5eed))

/* The features of candidate token t of choice ch into f (hashes); their count. */
static size_t
candidate_features(struct lf_walk *w, const struct lf_claim *cl, const struct lf_choice *ch,
		   size_t t, const uint32_t *cross, const struct lf_window *win, uint32_t *f)
{
	struct lf_cand cand, *c = &cand;
	size_t n = 0;

	if (ch->what == LF_END) {
		end_cand(cl, t, cross[t - ch->first], win, c);
		END_FEATURES(HASH_INTO, w, cl, c)
	} else {
		start_cand(cl, t, cross[t - ch->first], win, c);
		START_FEATURES(HASH_INTO, w, cl, c)
	}
	return n;
}

/* The margins of ending and of starting the content with candidate token t. */
static inline int32_t
end_margin(const struct lf_walk *w, const struct lf_claim *cl, size_t t, uint32_t cross,
	   const struct lf_window *win)
{
	const struct ws_model *model = w->model;
	struct lf_cand cand, *c = &cand;
	int32_t margin = 0;

	end_cand(cl, t, cross, win, c);
	END_FEATURES(MARGIN_OF, w, cl, c)
	return margin;
}

static inline int32_t
start_margin(const struct lf_walk *w, const struct lf_claim *cl, size_t t, uint32_t cross,
	     const struct lf_window *win)
{
	const struct ws_model *model = w->model;
	struct lf_cand cand, *c = &cand;
	int32_t margin = 0;

	start_cand(cl, t, cross, win, c);
	START_FEATURES(MARGIN_OF, w, cl, c)
	return margin;
}

/*
 * Choice ch of n candidates decided at once (lf_choose()): the same
 * features and the same ranking as ws_model_tag() of its sequence (the
 * widest margin, the first on a tie), without building the sequence.
 * The rules' cut comes first (lf_candidate()), then the others in order;
 * each kind of choice has its own loop, so that no candidate asks which.
 */
#define DECIDE(margin_of) do { \
		best = ch->rule; \
		top = margin_of(w, cl, best, cross[best - ch->first], win); \
		for (size_t t = ch->first; t < ch->first + n; t++) { \
			int32_t m; \
			if (t == ch->rule) \
				continue; \
			m = margin_of(w, cl, t, cross[t - ch->first], win); \
			if (m > top) { \
				top = m; \
				best = t; \
			} \
		} \
	} while (0)

static int
decide_now(struct lf_walk *w, const struct lf_claim *cl, const struct lf_choice *ch, size_t n,
	   const uint32_t *cross, const struct lf_window *win)
{
	int32_t top;
	size_t best;

	if (ch->what == LF_END)
		DECIDE(end_margin);
	else
		DECIDE(start_margin);
	w->chosen(w->ctx, ch, best);
	return 0;
}

uint32_t
lf_end_word_feature(const char *word)
{
	return feat(F_WORD_IN, lf_word_feature(word));
}

uint32_t
lf_end_past_feature(const char *w1, const char *w2, const char *w3)
{
	return feat(F_OUT_TRIPLE, words3(lf_word_feature(w1), lf_word_feature(w2), lf_word_feature(w3)));
}

uint32_t
lf_end_pair_feature(const char *w1, const char *w2)
{
	return feat(F_OUT_PAIR, words2(lf_word_feature(w1), lf_word_feature(w2)));
}

uint32_t
lf_end_intro_edge_feature(const char *intro, unsigned edge)
{
	return feat(F_INTRO_EDGE, lf_word_feature(intro) ^ edge);
}

uint32_t
lf_end_intro_feature(const char *intro, const char *out)
{
	return feat(F_INTRO_OUT, words2(lf_word_feature(intro), lf_word_feature(out)));
}

uint32_t
lf_end_tail_feature(const char *word, size_t n)
{
	return feat(F_TAIL, words2(lf_word_feature(word), length_bucket(n) << 2));
}

/*
 * The token range [*lo, *hi) of the sentence holding token t (as
 * ws_doc_sentence_at() finds it), looked for from sentence *hint, which
 * becomes the number of sentences that start by t.
 */
static void
sentence_of(const struct ws_doc *doc, size_t *hint, size_t t, size_t *lo, size_t *hi)
{
	uint32_t off = ws_token_start(&doc->tokens[t]);
	size_t se = *hint = ws_doc_sentences_starting_by(doc, off, *hint);

	if (se > 0 && off < ws_sentence_end(doc, se - 1))
		se--;
	else
		se = doc->nsentences;
	if (se >= doc->nsentences) {
		*lo = t;
		*hi = t + 1;
		return;
	}
	*lo = ws_sentence_first_token(doc, se);
	*hi = *lo + ws_sentence_ntokens(doc, se);
	if (t < *lo || t >= *hi) {
		*lo = t;
		*hi = t + 1;
	}
}

/* The bytes of a gold content that fall inside span sp. */
static uint32_t
gold_overlap(const struct ws_gold_attribution *a, struct ws_span sp)
{
	uint32_t n = 0;

	for (size_t p = 0; p < a->ncontent; p++) {
		uint32_t s = a->content[p].start > sp.start ? a->content[p].start : sp.start;
		uint32_t e = a->content[p].end < sp.end ? a->content[p].end : sp.end;

		n += e > s ? e - s : 0;
	}
	return n;
}

/* Whether a gold attribution's cue shares a byte with span sp. */
static int
same_cue(const struct ws_gold_attribution *a, struct ws_span sp)
{
	for (size_t p = 0; p < a->ncue; p++)
		if (a->cue[p].start < sp.end && sp.start < a->cue[p].end)
			return 1;
	return 0;
}

/*
 * The gold content of the claim: of the attributions with the claim's
 * cue, the one whose content overlaps the claim's the most; NULL when
 * none does (the claim is not one of the gold's, or its cue is another).
 */
static const struct ws_gold_attribution *
gold_of(const struct ws_gold *gold, const struct ws_claim *c)
{
	const struct ws_gold_attribution *best = NULL;
	uint32_t most = 0;

	for (size_t i = 0; i < gold->nattributions; i++) {
		const struct ws_gold_attribution *a = &gold->attributions[i];
		uint32_t ov = gold_overlap(a, c->content);

		if (ov > most && a->ncontent > 0 && same_cue(a, c->cue)) {
			most = ov;
			best = a;
		}
	}
	return best;
}

/* The last token starting before byte off, or WS_NONE. */
static size_t
last_before(const struct ws_doc *doc, uint32_t off)
{
	size_t t = ws_token_ending_after(doc->tokens, doc->ntokens, off);

	if (t < doc->ntokens && ws_token_start(&doc->tokens[t]) < off)
		return t;
	return t > 0 ? t - 1 : WS_NONE;
}

/* One choice: candidates [a, b] of claim cl, gold token g (WS_NONE: none or unknown). */
static int
choice(struct lf_walk *w, const struct lf_claim *cl, enum lf_choice_kind what, size_t a,
       size_t b, size_t g)
{
	size_t r = what == LF_END ? cl->last : cl->first;
	struct lf_choice ch = { cl->index, what, a, r, w->gold == NULL };
	uint32_t cross[MAX_CANDIDATES], f[CHOICE_FEATURES];
	struct lf_window win;

	if (w->gold != NULL && (g == WS_NONE || g < a || g > b))
		return 0;
	crossings(w, what, a, b, r, cross);
	fill_window(w, cl, a, b, &win);
	if (w->model != NULL)
		return decide_now(w, cl, &ch, b - a + 1, cross, &win);
	ws_seq_clear(w->seq);
	w->seq->choice = 1;
	for (size_t i = 0; i <= b - a; i++) {
		size_t t = lf_candidate(&ch, i);

		ws_seq_token(w->seq);
		ws_seq_features(w->seq, f, candidate_features(w, cl, &ch, t, cross, &win, f));
		if (t == g)
			w->seq->labels[i] = 1;
	}
	return w->each_seq(w->ctx, w->seq, &ch);
}

/* The claim's cue in tokens, and which side of it the content lies on. */
static void
claim_cue(struct lf_walk *w, struct lf_claim *cl)
{
	const struct ws_claim *c = cl->c;
	size_t f, l;

	cl->cue = cl->cue_end = 0;
	if (c->cue.end > c->cue.start &&
	    token_range_from(w->doc, &w->hint_cue, c->cue.start, c->cue.end, &f, &l)) {
		cl->cue = f;
		cl->cue_end = l + 1;
	}
	cl->before_cue = cl->cue_end > cl->cue && cl->last < cl->cue;
}

/* The two choices of the rules' claim i. */
static int
claim_choices(struct lf_walk *w, size_t i)
{
	const struct ws_doc *doc = w->doc;
	struct lf_claim cl = { .c = &w->an->claims[i], .index = i };
	const struct ws_gold_attribution *g = NULL;
	size_t gend = WS_NONE, gstart = WS_NONE, lo, hi, a, b;

	/* the claims come by content start: each is looked for from the last */
	if (!token_range_from(doc, &w->hint_content, cl.c->content.start, cl.c->content.end,
			      &cl.first, &cl.last))
		return 0;
	claim_cue(w, &cl);
	cl.cue_word = cl.cue_end > cl.cue ? word_at(w, cl.cue_end - 1, 0, doc->ntokens) : 0x5eed;
	cl.intro = cl.first > 0 ? word_at(w, cl.first - 1, 0, doc->ntokens) : 0x5eed;
	if (w->gold != NULL && (g = gold_of(w->gold, cl.c)) != NULL) {
		gend = last_before(doc, g->content[g->ncontent - 1].end);
		gstart = ws_token_ending_after(doc->tokens, doc->ntokens, g->content[0].start);
		/* "said that the port will close": whosaid's contents leave out the "that" */
		if (gstart < gend && word_at(w, gstart, 0, doc->ntokens) == lf_word_feature("that"))
			gstart++;
	}
	sentence_of(doc, &w->hint_sentence, cl.last, &lo, &hi);
	cl.lo = lo;
	cl.hi = hi;
	a = cl.last >= lo + END_BACK ? cl.last - END_BACK : lo;
	if (a < cl.first && cl.first >= lo)
		a = cl.first;
	b = cl.last + END_AHEAD < hi ? cl.last + END_AHEAD : hi - 1;
	w->tail_hi = hi;
	if (choice(w, &cl, LF_END, a, b, gend) != 0)
		return -1;
	sentence_of(doc, &w->hint_sentence, cl.first, &lo, &hi);
	cl.lo = lo;
	cl.hi = hi;
	a = cl.first >= lo + START_BACK ? cl.first - START_BACK : lo;
	b = cl.first + START_AHEAD < hi ? cl.first + START_AHEAD : hi - 1;
	if (b > cl.last)
		b = cl.last;
	return choice(w, &cl, LF_START, a, b, gstart);
}

/*
 * The learned cues.  A cue the word lists lack ("grumbled", "conceded",
 * "is raising questions about") is a token the model reads as one in its
 * context: a decision per candidate token, made as a choice between two
 * candidates, "no" (one feature, the bias of saying no) and the token
 * with its features: its word and last letters, the two words on each
 * side, the shapes next to it, the pairs of it and its neighbours, its
 * place in the sentence and whether it is quoted.  A candidate is a word
 * of three letters or more, in lower case or opening its sentence.  The
 * gold: the first word of a gold cue that is no auxiliary ("has said",
 * "is raising questions about": said, raising).
 */

/* The auxiliaries a cue may open with: not its head. */
static const char *const auxiliaries[] = {
	"has", "have", "had", "is", "was", "were", "are", "be", "been", "being", "will",
	"would", "could", "can", "may", "might", "should", "must", "did", "does", "do",
	"not", "also", "just", "still", "then", "later", "again", "once", "first",
	"repeatedly", "publicly", "previously", "recently", "reportedly", "already",
};

static int
cue_candidate(const struct ws_doc *doc, size_t t, size_t lo)
{
	const struct ws_token *tok = &doc->tokens[t];

	return ws_token_is(tok, WS_TOK_WORD) && !ws_token_is(tok, WS_TOK_NUMBER) &&
	       ws_token_len(tok) >= 3 && (t == lo || !ws_token_is(tok, WS_TOK_CAP));
}

/* The last three letters of a word, lower-cased, hashed. */
static uint32_t
suffix_of(const char *s, const struct ws_token *tok)
{
	size_t n = ws_token_len(tok) < 3 ? ws_token_len(tok) : 3;
	unsigned char buf[3];

	for (size_t i = 0; i < n; i++)
		buf[i] = fold[(unsigned char)s[ws_token_start(tok) + ws_token_len(tok) - n + i]];
	return ws_feat_hash(F_C_SUFFIX, buf, n);
}

uint32_t
lf_cue_word_feature(const char *word)
{
	return feat(F_C_WORD, lf_word_feature(word));
}

/* The word of sentence token t from the sentence's words, or the edge. */
static uint32_t
cue_word(const uint32_t *words, size_t lo, size_t hi, size_t t)
{
	return t < lo || t >= hi ? 0x5eed : words[t - lo];
}

/* What the features of cue candidate t of the sentence [lo, hi) read. */
struct lf_cue_cand {
	const char *s;		/* the text */
	const struct ws_token *tok;	/* the doc's tokens */
	const uint32_t *words;	/* the sentence's tokens' word hashes, from lo */
	size_t t, lo, hi;
	uint32_t w, prev, next, suffix;
	int quoted;		/* inside a quotation */
};

static inline void
cue_cand(const struct ws_doc *doc, const uint32_t *words, size_t lo, size_t hi, size_t t,
	 int quoted, struct lf_cue_cand *c)
{
	c->s = doc->text->s;
	c->tok = doc->tokens;
	c->words = words;
	c->t = t;
	c->lo = lo;
	c->hi = hi;
	c->w = words[t - lo];
	c->prev = cue_word(words, lo, hi, t - 1);
	c->next = cue_word(words, lo, hi, t + 1);
	c->suffix = suffix_of(c->s, &doc->tokens[t]);
	c->quoted = quoted;
}

/* The features of cue candidate c->t. */
#define CUE_FEATURES(X, c) \
	X(F_C_WORD, c->w) \
	X(F_HASHED, c->suffix) \
	X(F_C_PREV, c->prev) \
	X(F_C_PREV2, c->t >= c->lo + 2 ? c->words[c->t - 2 - c->lo] : 0x5eed) \
	X(F_C_NEXT, c->next) \
	X(F_C_NEXT2, cue_word(c->words, c->lo, c->hi, c->t + 2)) \
	X(F_C_SHAPES, (c->t > c->lo ? shape_of(c->s, &c->tok[c->t - 1]) : 0x1ff) << 9 | \
		      (c->t + 1 < c->hi ? shape_of(c->s, &c->tok[c->t + 1]) : 0x1ff)) \
	X(F_C_PREV_WORD, c->prev ^ c->w * 0x2c1b3c6du) \
	X(F_C_WORD_NEXT, c->w ^ c->next * 0x2c1b3c6du) \
	X(F_C_PLACE, (uint32_t)((c->t - c->lo < 3 ? c->t - c->lo : 3) << 2 | \
				(c->hi - 1 - c->t < 3 ? c->hi - 1 - c->t : 3))) \
	X(F_C_QUOTED, (uint32_t)c->quoted) \
	X(F_C_SUFFIX_NEXT, c->suffix ^ c->next * 0x2c1b3c6du)

#define CUE_NFEATURES 12

/* The margin of cue candidate t: that of its features' hashes. */
static int32_t
cue_margin(const struct ws_model *model, const struct ws_doc *doc, const uint32_t *words,
	   size_t lo, size_t hi, size_t t, int quoted)
{
	struct lf_cue_cand cand, *c = &cand;
	int32_t margin = 0;

	cue_cand(doc, words, lo, hi, t, quoted, c);
	CUE_FEATURES(MARGIN_OF, c)
	return margin;
}

/* Candidate t's decision as a choice, for the trainer: "no", then the token. */
static void
cue_decision(const struct ws_doc *doc, const uint32_t *words, size_t lo, size_t hi, size_t t,
	     int quoted, struct ws_seq *seq)
{
	struct lf_cue_cand cand, *c = &cand;
	uint32_t f[CUE_NFEATURES];
	size_t n = 0;

	cue_cand(doc, words, lo, hi, t, quoted, c);
	CUE_FEATURES(HASH_INTO, c)
	ws_seq_clear(seq);
	seq->choice = 1;
	ws_seq_token(seq);
	ws_seq_feature(seq, feat(F_CUE_NO, 0));
	ws_seq_token(seq);
	ws_seq_features(seq, f, n);
}

/* The word hashes of the sentence's tokens into *words (grown as needed). */
static void
sentence_words(const struct ws_doc *doc, size_t lo, size_t hi, uint32_t **words, size_t *cap)
{
	xgrow(words, cap, hi - lo + 1, sizeof **words);
	for (size_t t = lo; t < hi; t++)
		(*words)[t - lo] = word_hash(doc->text->s, &doc->tokens[t]);
}

/* The heads of the gold cues: head[t] = 1. */
static void
mark_heads(const struct ws_doc *doc, const struct ws_gold *gold, uint8_t *head)
{
	for (size_t i = 0; i < gold->nattributions; i++) {
		const struct ws_gold_attribution *a = &gold->attributions[i];
		size_t first, last;

		if (a->ncue == 0 || a->ncontent == 0 ||
		    !token_range(doc, a->cue[0].start, a->cue[0].end, &first, &last))
			continue;
		for (size_t t = first; t <= last; t++) {
			const struct ws_token *tok = &doc->tokens[t];
			int aux = 0;

			if (!ws_token_is(tok, WS_TOK_WORD))
				continue;
			for (size_t k = 0; k < sizeof auxiliaries / sizeof auxiliaries[0] && !aux; k++)
				aux = ws_token_len(tok) == strlen(auxiliaries[k]) &&
				      strncasecmp(doc->text->s + ws_token_start(tok), auxiliaries[k],
						  ws_token_len(tok)) == 0;
			if (!aux) {
				head[t] = 1;
				break;
			}
		}
	}
}

/* Whether a quotation is open before each token: quoted[t - lo]. */
static int
opens_quote(const struct ws_token *tok, int inside)
{
	if (ws_token_is(tok, WS_TOK_OPEN_QUOTE))
		return 1;
	if (ws_token_is(tok, WS_TOK_CLOSE_QUOTE))
		return 0;
	return inside;
}

/* The training decisions of every candidate of the document's paragraphs. */
static int
cue_sequences(struct lf_walk *w)
{
	const struct ws_doc *doc = w->doc;
	uint32_t *words = NULL;
	size_t cap = 0;
	int rc = 0;

	mark_heads(doc, w->gold, w->head);
	for (size_t se = 0; se < doc->nsentences && rc == 0; se++) {
		size_t lo = ws_sentence_first_token(doc, se), hi = lo + ws_sentence_ntokens(doc, se);
		enum ws_block_kind kind = ws_doc_block_kind(doc, ws_sentence_block(doc, se));
		int quoted = 0;

		if (kind == WS_BLOCK_TITLE || kind == WS_BLOCK_HEADING || hi <= lo)
			continue;
		sentence_words(doc, lo, hi, &words, &cap);
		for (size_t t = lo; t < hi && rc == 0; t++) {
			struct lf_choice ch = { 0, LF_CUE, t, t, 0 };

			quoted = opens_quote(&doc->tokens[t], quoted);
			if (!cue_candidate(doc, t, lo))
				continue;
			cue_decision(doc, words, lo, hi, t, quoted, w->seq);
			w->seq->labels[w->head[t] ? 1 : 0] = 1;
			rc = w->each_seq(w->ctx, w->seq, &ch);
		}
	}
	free(words);
	return rc;
}

void
lf_words(const struct ws_doc *doc, size_t lo, size_t hi, uint32_t *words)
{
	for (size_t t = lo; t < hi; t++)
		words[t - lo] = word_hash(doc->text->s, &doc->tokens[t]);
}

uint32_t
lf_word_of(const struct ws_doc *doc, size_t t)
{
	return word_hash(doc->text->s, &doc->tokens[t]);
}

void
lf_fill_words(const struct ws_doc *doc, size_t lo, size_t hi, uint32_t *words)
{
	for (size_t t = lo; t < hi; t++)
		if (words[t - lo] == 0)
			words[t - lo] = word_hash(doc->text->s, &doc->tokens[t]);
}

/* Whether one of the sentence's tokens [lo, hi) that is_cue marks may be a cue. */
static int
any_cue_candidate(const struct ws_doc *doc, size_t lo, size_t hi, const uint8_t *is_cue)
{
	for (size_t t = lo; t < hi; t++)
		if (is_cue[t - lo] && cue_candidate(doc, t, lo))
			return 1;
	return 0;
}

void
lf_learn_cues(const struct ws_model *model, const struct ws_doc *doc, size_t sentence,
	      const uint32_t *words, uint8_t *is_cue)
{
	size_t lo = ws_sentence_first_token(doc, sentence);
	size_t hi = lo + ws_sentence_ntokens(doc, sentence);
	int32_t need;
	int quoted = 0;

	if (!any_cue_candidate(doc, lo, hi, is_cue) || hi - lo > WS_SENTENCE_MAX_TOKENS) {
		memset(is_cue, 0, hi - lo);
		return;
	}
	need = (int32_t)(LF_CUE_MARGIN * ws_model_scale(model)) + feat_margin(model, F_CUE_NO, 0);
	for (size_t t = lo; t < hi; t++) {
		quoted = opens_quote(&doc->tokens[t], quoted);
		if (is_cue[t - lo] && cue_candidate(doc, t, lo))
			is_cue[t - lo] = cue_margin(model, doc, words, lo, hi, t, quoted) > need;
		else
			is_cue[t - lo] = 0;
	}
}

int
ws_learn_cues(const struct ws_model *model, const struct ws_doc *doc, size_t sentence,
	      uint8_t *is_cue, struct ws_error *err)
{
	size_t lo = ws_sentence_first_token(doc, sentence);
	size_t hi = lo + ws_sentence_ntokens(doc, sentence);
	uint32_t words[WS_SENTENCE_MAX_TOKENS + 1];

	if (ws_model_nlabels(model) != LF_NLABELS)
		return ws_error_set(err, "learned cues need a model of the feature set's %u labels",
				    LF_NLABELS);
	if (any_cue_candidate(doc, lo, hi, is_cue) && hi - lo <= WS_SENTENCE_MAX_TOKENS)
		lf_words(doc, lo, hi, words);
	lf_learn_cues(model, doc, sentence, words, is_cue);
	return 0;
}

/* Every claim's choices, then with gold the cue decisions; w's scratch freed. */
static int
walk(struct lf_walk *w)
{
	int rc = 0;

	if (w->rule == NULL) {
		w->rule = w->own_rule = xcalloc(w->doc->ntokens + 1, 1);
		lf_mark_rules(w->doc, w->an, w->own_rule);
	}
	/* every token's word and shape at once: nearly all are some candidate's */
	if (w->word == NULL) {
		w->word = w->own_word = xreallocarray(NULL, w->doc->ntokens + 1, sizeof *w->word);
		lf_words(w->doc, 0, w->doc->ntokens, w->own_word);
	}

	w->head = w->gold != NULL ? xcalloc(w->doc->ntokens + 1, 1) : NULL;
	for (size_t i = 0; i < w->an->nclaims && rc == 0; i++)
		rc = claim_choices(w, i);
	if (rc == 0 && w->gold != NULL)
		rc = cue_sequences(w);
	free(w->own_rule);
	free(w->own_word);
	free(w->head);
	return rc;
}

int
lf_sequences(const struct ws_doc *doc, const struct ws_analysis *an,
	     const struct ws_gold *gold, struct ws_seq *seq,
	     int (*each_seq)(void *ctx, struct ws_seq *seq, const struct lf_choice *choice),
	     void *ctx)
{
	struct lf_walk w = { .doc = doc, .an = an, .gold = gold, .seq = seq,
			     .each_seq = each_seq, .ctx = ctx };

	return walk(&w);
}

void
lf_choose(const struct ws_doc *doc, const struct ws_analysis *an, const struct ws_model *model,
	  const uint32_t *words,
	  void (*chosen)(void *ctx, const struct lf_choice *choice, size_t token), void *ctx)
{
	lf_choose_marked(doc, an, model, words, NULL, chosen, ctx);
}

void
lf_choose_marked(const struct ws_doc *doc, const struct ws_analysis *an,
		 const struct ws_model *model, const uint32_t *words, const uint8_t *rule,
		 void (*chosen)(void *ctx, const struct lf_choice *choice, size_t token), void *ctx)
{
	struct lf_walk w = { .doc = doc, .an = an, .word = words, .rule = rule, .model = model,
			     .chosen = chosen, .ctx = ctx };

	(void)walk(&w);
}

struct plain_walk {
	int (*each_seq)(void *ctx, struct ws_seq *seq);
	void *ctx;
};

static int
plain_seq(void *ctx, struct ws_seq *seq, const struct lf_choice *choice)
{
	struct plain_walk *pw = ctx;

	(void)choice;
	return pw->each_seq(pw->ctx, seq);
}

int
ws_learn_sequences(const struct ws_doc *doc, const struct ws_analysis *an,
		   const struct ws_gold *gold, struct ws_seq *seq,
		   int (*each_seq)(void *ctx, struct ws_seq *seq), void *ctx)
{
	struct plain_walk pw = { each_seq, ctx };

	return lf_sequences(doc, an, gold, seq, plain_seq, &pw);
}

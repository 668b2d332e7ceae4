/*
 * Mentions: the outlets and people a sentence names.
 *
 * Each token is looked up once in the lexicon (an_scan_tokens).  Outlets
 * are the lexicon's names, matched with their case.  A person is a run
 * of capitalised words that something vouches for: a title or honorific
 * before it ("Vice President Han Zheng", "Mr. Smith"), a known given name
 * ("Janet Yellen"), a family name that comes first ("Xi Jinping"), a
 * surname already known ("Kerry" after "John Kerry"), or a reporting cue
 * right after it ("Okafor said").  People are merged by surname: the
 * fullest form seen names the person, a different given name makes a
 * different person.  A role comes from the title, or from an apposition
 * ("John Kerry, the special climate envoy for the United States,").
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicase.h>
#include <unistr.h>

#include "analyze_int.h"
#include "learn_features.h"

/*
 * The bounds of the walks from a token, each what a real name or role
 * needs with room to spare, so that the work per token is a constant.
 */
#define NAME_MAX_WORDS 4	/* "Maria del Carmen Ortiz" counts three: particles do not count */
#define ROLE_MAX_TOKENS 16	/* "the special climate envoy for the United States" is 8 */
#define SUBJECT_MAX_TOKEN 12	/* where a sentence's subject may start: after an opener */
#define TITLES_IN_A_ROW 3	/* "Deputy Foreign Minister" */
#define SUBJECT_NAME_TOKENS 12	/* tokens of a name a cue vouches for */

/*
 * Record in ti what the entries of one chain that match at token k say:
 * the chain of its own word (the == 0), whose single words give the
 * token its kinds when `words`, or (the == 1) that of the word after
 * "the", whose first outlet starting with "the" is preferred to one
 * found before (*outlet_of_the: one was found, in this chain or a
 * longer one).
 */
static void
scan_chain(struct an_ctx *ctx, size_t k, size_t limit, const struct lex_entry *e, int the,
	   int words, int *outlet_of_the)
{
	struct an_tok *ti = &ctx->ti[k];
	size_t len = ws_token_len(&ctx->tok[k]);

	/* The entries of one chain, a few: the lexicon's that share a first word. */
	for (; e != NULL; e = e->next) {
		size_t m, j = k;

		if (the != ((e->flags & LEXF_THE) != 0))
			continue;
		if (e->kind == LEX_WORD) {
			if (words && lex_word_is(e, ctx->s + tok_start(ctx, k), len, 0))
				ti->words = wk_or(ti->words, e->words);
			continue;
		}
		if ((m = lex_match_token(e, ctx->s, limit, tok_start(ctx, k), len)) == 0)
			continue;
		/* To the token where the match ends: the words of one entry, LEX_MAX_WORDS at most. */
		while (j < ctx->ntok && tok_end(ctx, j) < m)
			j++;
		if (j >= ctx->ntok || tok_end(ctx, j) != m)
			continue;
		j++;
		switch (e->kind) {
		case LEX_OUTLET:
		case LEX_OUTLET_REF:
			if (ti->outlet == NULL || (the && !*outlet_of_the)) {
				ti->outlet = e;
				ti->outlet_end = (uint32_t)j;
				*outlet_of_the = the;
			}
			break;
		case LEX_CUE:
		case LEX_AUX:
			if (ti->cue == NULL) {
				ti->cue = e;
				ti->cue_end = (uint32_t)j;
			}
			break;
		case LEX_TITLE:
		case LEX_HONORIFIC:
			if (ti->title == NULL) {
				ti->title = e;
				ti->title_end = (uint32_t)j;
			}
			break;
		case LEX_ORG:
			if (j > ti->org_end)
				ti->org_end = (uint32_t)j;
			break;
		case LEX_PRONOUN:
			if (j == k + 1)
				ti->pronoun = (unsigned char)(1 + e->gender);
			break;
		case LEX_WORD:
			break;
		case LEX_OUTLET_WORD:
			/* Outlet words match in any case but their own: "News", not "news". */
			if (e->cls == OUTW_HEAD && !tok_is(ctx, k, WS_TOK_CAP))
				break;
			if (e->cls == OUTW_NOUN && j > ti->noun_end)
				ti->noun_end = (uint32_t)j;
			if (e->cls != OUTW_NOUN && j == k + 1)
				ti->outw |= e->cls;
			else if (e->cls == OUTW_NOUN)
				ti->outw |= OUTW_NOUN;
			break;
		}
	}
}

/*
 * Record what the entries that start at byte pos with the word of key
 * `key` say: their chains, those of the most words first.
 */
static void
scan_chains(struct an_ctx *ctx, size_t k, size_t limit, uint64_t key, size_t pos, int the,
	    int words)
{
	const struct lex_entry *chains[LEX_MAX_WORDS];
	size_t n = lex_chains(ctx->lex, key, ctx->s, pos, limit, chains);
	int outlet_of_the = 0;

	for (size_t i = 0; i < n; i++)
		scan_chain(ctx, k, limit, chains[i], the, words, &outlet_of_the);
}

/*
 * Most tokens are words met before ("the", "said", "Kerry"), and most
 * words' own reading needs nothing but their bytes: no entry goes on
 * from them to a next word, and their entries are single words no
 * longer than they are, which match the whole token or nothing.  Such a
 * reading is kept in ctx->memo, by a hash of the token's bytes, and a
 * later token of the same bytes, capital and end (a word boundary after
 * it or not) takes it from there: neither its key nor the lexicon's
 * chains are computed again.  The memo has two ways a slot (AN_MEMO_WAYS,
 * the newest first): a word whose slot another word took still has its
 * reading, so that two frequent words of one hash do not evict each
 * other at every turn.
 */

/*
 * Inline even where the compiler would rather call (GCC 12 made it a call
 * once scan_token() grew: 630,000 calls on 2 MB of examples, 1.4M
 * instructions a MB).
 */
#if defined(__GNUC__)
#define ALWAYS_INLINE __attribute__((always_inline))
#else
#define ALWAYS_INLINE
#endif

/* n < 8 bytes at p as a number, the rest zero; reads no byte past p + n. */
static inline ALWAYS_INLINE uint64_t
load_short(const unsigned char *p, size_t n)
{
	uint32_t a, b;

	if (n >= 4) {
		memcpy(&a, p, 4);
		memcpy(&b, p + n - 4, 4);
		return (uint64_t)a | (uint64_t)b << 32;
	}
	if (n == 0)
		return 0;
	return (uint64_t)p[0] | (uint64_t)p[n / 2] << 8 | (uint64_t)p[n - 1] << 16;
}

/* A hash of a token's bytes, capital and end, eight bytes a step. */
static uint32_t
bytes_hash(const char *t, size_t len, unsigned cap, int ends)
{
	const unsigned char *p = (const unsigned char *)t;
	uint64_t h = 0x9e3779b97f4a7c15ull ^ (cap | (unsigned)ends << 1 | (uint64_t)len << 2);
	uint64_t v;
	size_t i = 0;

	/* Each token's bytes once (scan_token()), eight a step. */
	for (; i + 8 <= len; i += 8) {
		memcpy(&v, p + i, 8);
		h = (h ^ v) * 0x100000001b3ull;
	}
	h = (h ^ load_short(p + i, len - i)) * 0xff51afd7ed558ccdull;
	return (uint32_t)(h >> 32 ^ h);
}

/* Whether the len bytes at a and b are the same, compared eight at a time. */
static inline int
same_bytes(const char *a, const char *b, size_t len)
{
	uint64_t x, y;
	size_t i = 0;

	/* A token's bytes, once a token (memo_holds()). */
	for (; i + 8 <= len; i += 8) {
		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		if (x != y)
			return 0;
	}
	return load_short((const unsigned char *)a + i, len - i) ==
	       load_short((const unsigned char *)b + i, len - i);
}

/* Is the reading of token k, of len bytes, from its own word made of its bytes alone? */
static int
reading_is_own(const struct an_ctx *ctx, size_t k, size_t len)
{
	const struct lex_entry *e;

	if (!lex_one_word(ctx->lex, ctx->ti[k].key, &e))
		return 0;
	for (; e != NULL; e = e->next)	/* the lexicon's entries of one word */
		if (!(e->flags & LEXF_THE) && e->kind != LEX_WORD &&
		    (!(e->flags & LEXF_ONEWORD) || e->len > len))
			return 0;
	return 1;
}

/* An end of a reading at token k made relative to it, for the memo; 0 (none) stays. */
static inline uint32_t
end_to_memo(uint32_t end, uint32_t k)
{
	return end != 0 ? end - k : 0;
}

static inline uint32_t
end_from_memo(uint32_t end, uint32_t k)
{
	return end != 0 ? end + k : 0;
}

/* The index into doc->tokens of sentence token k. */
static inline size_t
doc_index(const struct an_ctx *ctx, size_t k)
{
	return (size_t)(ctx->tok - ctx->doc->tokens) + k;
}

#define POSSESSIVE_OUTLET_WORDS 4	/* words of "New York Times’s" */

/*
 * The longest outlet of the lists that starts at sentence token j and
 * ends at byte `end` exactly, or NULL.
 */
static const struct lex_entry *
outlet_ending_at(struct an_ctx *ctx, size_t j, size_t end)
{
	const struct lex_entry *chains[LEX_MAX_WORDS];
	size_t pos = tok_start(ctx, j), n = end - pos;
	size_t nc = lex_chains(ctx->lex, lex_key(ctx->s + pos, n), ctx->s, pos, end, chains);

	for (size_t i = 0; i < nc; i++)	/* the longest first */
		for (const struct lex_entry *e = chains[i]; e != NULL; e = e->next)
			if (e->kind == LEX_OUTLET && !(e->flags & LEXF_THE) &&
			    lex_match_token(e, ctx->s, end, pos, ws_token_len(&ctx->tok[j]) < n ?
					    ws_token_len(&ctx->tok[j]) : n) == end)
				return e;
	return NULL;
}

/*
 * "CNN’s Dana Bash", "the BBC’s Newsnight", "Fox News’s Chris Wallace":
 * an outlet of the lists whose name ends with the possessive token k, of
 * len bytes.  A one-word entry matches a whole token, and a curly
 * apostrophe is a word's byte to the lexicon's key ("bbc’s"), so the
 * name is looked up again without its ending, from each of the few
 * capitalised words before it; only a possessive token pays for it.
 */
static void
possessive_outlet(struct an_ctx *ctx, size_t k, size_t len)
{
	const struct lex_entry *e;
	size_t n, j, first;

	if (len < 3 || ctx->ti[k].outlet != NULL || !tok_is(ctx, k, WS_TOK_CAP) ||
	    (n = an_name_len(ctx, k)) == len)
		return;
	/* the words of a name in capitals before it, a few */
	for (first = k; first > 0 && k - first + 1 < POSSESSIVE_OUTLET_WORDS &&
	     tok_is(ctx, first - 1, WS_TOK_CAP) && tok_is(ctx, first - 1, WS_TOK_WORD); first--)
		;
	/* not the end of a name: "Michael R. Bloomberg’s super PAC" */
	if (first > 0 && an_tok_punct(ctx, first - 1, '.'))
		return;
	for (j = first; j <= k; j++)
		if ((e = outlet_ending_at(ctx, j, tok_start(ctx, k) + n)) != NULL) {
			/* it starts the run of capitals: "Michael Bloomberg’s" is no outlet */
			if (j > first && !(j == first + 1 && tok_has(ctx, first, W_THE)))
				return;
			ctx->ti[j].outlet = e;
			ctx->ti[j].outlet_end = (uint32_t)k + 1;
			return;
		}
}

/* Keep token k's reading, made of its bytes alone, in memo slot m. */
static void
memo_keep(struct an_ctx *ctx, struct an_memo *m, uint32_t hash, size_t k, size_t len, int ends)
{
	m->tok = ctx->ti[k];
	m->tok.cue_end = end_to_memo(m->tok.cue_end, (uint32_t)k);
	m->tok.outlet_end = end_to_memo(m->tok.outlet_end, (uint32_t)k);
	m->tok.title_end = end_to_memo(m->tok.title_end, (uint32_t)k);
	m->tok.noun_end = end_to_memo(m->tok.noun_end, (uint32_t)k);
	m->tok.org_end = end_to_memo(m->tok.org_end, (uint32_t)k);
	m->hash = hash;
	m->start = tok_start(ctx, k);
	m->len = (uint32_t)len;
	m->cap = (unsigned char)tok_is(ctx, k, WS_TOK_CAP);
	m->ends = (unsigned char)ends;
	m->word = ctx->words != NULL ? lf_word_of(ctx->doc, doc_index(ctx, k)) : 0;
}

/* Whether memo slot m holds the reading of token k (bytes t, len). */
static inline int
memo_holds(const struct an_ctx *ctx, const struct an_memo *m, uint32_t hash, size_t k,
	   const char *t, size_t len, int ends)
{
	return m->tok.key != 0 && m->hash == hash && m->len == len && m->ends == ends &&
	       m->cap == tok_is(ctx, k, WS_TOK_CAP) && same_bytes(ctx->s + m->start, t, len);
}

/*
 * Look token k up: the entries that start with its word, whose single
 * words give the token its kinds; after "the" (an article-definite),
 * also those that start with the next word, whose entries that start
 * with "the" match here.
 */
static void
scan_token(struct an_ctx *ctx, size_t k, size_t limit)
{
	struct an_tok *ti = &ctx->ti[k];
	const struct an_tok blank = { .person = WS_NONE, .outlet_at = WS_NONE };
	struct an_memo *m, *hit;
	size_t len;
	const char *t = an_text(ctx, k, &len);
	uint32_t hash;
	int ends;

	if (!tok_is(ctx, k, WS_TOK_WORD)) {
		*ti = blank;
		return;
	}
	ends = lex_word_ends(ctx->s, limit, tok_start(ctx, k) + len, (unsigned char)t[len - 1]);
	hash = bytes_hash(t, len, tok_is(ctx, k, WS_TOK_CAP), ends);
	m = &ctx->memo[(hash & (((size_t)1 << AN_MEMO_BITS) - 1)) * AN_MEMO_WAYS];
	hit = memo_holds(ctx, &m[0], hash, k, t, len, ends) ? &m[0] :
	      memo_holds(ctx, &m[1], hash, k, t, len, ends) ? &m[1] : NULL;
	if (hit != NULL) {
		*ti = hit->tok;
		ti->cue_end = end_from_memo(ti->cue_end, (uint32_t)k);
		ti->outlet_end = end_from_memo(ti->outlet_end, (uint32_t)k);
		ti->title_end = end_from_memo(ti->title_end, (uint32_t)k);
		ti->noun_end = end_from_memo(ti->noun_end, (uint32_t)k);
		ti->org_end = end_from_memo(ti->org_end, (uint32_t)k);
		/* with a model, the word as its features hash it comes too (lf_fill_words()) */
		if (ctx->words != NULL)
			ctx->words[doc_index(ctx, k)] = hit->word;
	} else {
		*ti = blank;
		ti->key = lex_key(t, len);
		scan_chains(ctx, k, limit, ti->key, tok_start(ctx, k), 0, ends);
		if (reading_is_own(ctx, k, len)) {
			m[1] = m[0];
			memo_keep(ctx, &m[0], hash, k, len, ends);
			if (ctx->words != NULL)
				ctx->words[doc_index(ctx, k)] = m[0].word;
		}
	}
	if (t[len - 1] == 's')	/* "BBC’s", "CNN's": one byte says most tokens are not */
		possessive_outlet(ctx, k, len);
	if (k + 1 < ctx->ntok && wk_any(ti->words, W_THE)) {
		size_t nlen;
		const char *next = an_text(ctx, k + 1, &nlen);

		scan_chains(ctx, k, limit, lex_key(next, nlen), tok_start(ctx, k + 1), 1, 0);
	}
}

void
an_scan_tokens(struct an_ctx *ctx)
{
	size_t limit = ctx->ntok ? tok_end(ctx, ctx->ntok - 1) : 0;

	for (size_t k = 0; k < ctx->ntok; k++)
		scan_token(ctx, k, limit);
}

/*
 * A person's mentions grow by doubling up to MENTIONS_STEP, then by
 * MENTIONS_STEP at a time (a megabyte of spans): the one person of a
 * page of short quotations is named every few bytes, and a doubling
 * would reserve as much again as the mentions hold.  Past a megabyte,
 * realloc() grows without copying (src/xmalloc.c).
 */
#define MENTIONS_STEP ((size_t)1 << 17)

static void
add_span(struct ws_span **arr, size_t *n, size_t start, size_t end)
{
	/*
	 * The capacity follows from the count: no separate capacity to keep.
	 * It starts at one: most people of a page are named once, and each
	 * has an array of its own.
	 */
	if (*n == 0 || (*n < MENTIONS_STEP && (*n & (*n - 1)) == 0))
		*arr = xreallocarray(*arr, *n ? *n * 2 : 1, sizeof **arr);
	else if (*n % MENTIONS_STEP == 0)
		*arr = xreallocarray(*arr, *n + MENTIONS_STEP, sizeof **arr);
	(*arr)[*n].start = start;
	(*arr)[*n].end = end;
	(*n)++;
}

void
an_add_person_mention(struct an_ctx *ctx, size_t person, size_t start, size_t end)
{
	struct ws_person *p = &ctx->an->people[person];

	if (p->nmentions > 0 && p->mentions[p->nmentions - 1].start == start)
		return;
	add_span(&p->mentions, &p->nmentions, start, end);
}

void
an_touch_person(struct an_ctx *ctx, size_t person)
{
	size_t i, n = ctx->nrecent;

	for (i = 0; i < n && ctx->recent[i] != person; i++)
		;
	if (i == n && n < AN_RECENT)
		ctx->nrecent = ++n;
	if (i == n)
		i = n - 1;
	memmove(ctx->recent + 1, ctx->recent, i * sizeof ctx->recent[0]);
	ctx->recent[0] = person;
	ctx->pinfo[person].last_sentence = ctx->sent;
}

/* The index kept for key in map m, or WS_NONE; *work counts the slots looked at. */
static size_t
keymap_get(const struct an_keymap *m, uint64_t key, size_t *work)
{
	size_t mask = m->cap - 1;

	if (m->cap == 0)
		return WS_NONE;
	for (size_t i = (size_t)key & mask; m->keys[i] != 0; i = (i + 1) & mask) {
		(*work)++;
		if (m->keys[i] == key)
			return m->vals[i];
	}
	return WS_NONE;
}

/* The slot of key in keys[0..cap): its own, or the free one where it goes. */
static size_t
keymap_slot(const uint64_t *keys, size_t cap, uint64_t key)
{
	size_t i;

	for (i = (size_t)key & (cap - 1); keys[i] != 0 && keys[i] != key; i = (i + 1) & (cap - 1))
		;
	return i;
}

/* Keep val for key in map m (replacing what it held). */
static void
keymap_set(struct an_keymap *m, uint64_t key, size_t val)
{
	size_t i;

	/* Doubled when half full: a key is moved a constant number of times on average. */
	if ((m->used + 1) * 2 > m->cap) {
		size_t ncap = m->cap ? m->cap * 2 : 256;
		uint64_t *keys = xcalloc(ncap, sizeof *keys);
		size_t *vals = xreallocarray(NULL, ncap, sizeof *vals);

		for (size_t j = 0; j < m->cap; j++) {
			if (m->keys[j] == 0)
				continue;
			i = keymap_slot(keys, ncap, m->keys[j]);
			keys[i] = m->keys[j];
			vals[i] = m->vals[j];
		}
		free(m->keys);
		free(m->vals);
		m->keys = keys;
		m->vals = vals;
		m->cap = ncap;
	}
	i = keymap_slot(m->keys, m->cap, key);
	if (m->keys[i] == 0)
		m->used++;
	m->keys[i] = key;
	m->vals[i] = val;
}

/* The person whose surname has key `key`, or WS_NONE. */
size_t
an_person_by_surname(const struct an_ctx *ctx, uint64_t key)
{
	return keymap_get(&ctx->names, key, &ctx->an->work);
}

static void
name_set(struct an_ctx *ctx, uint64_t key, size_t person)
{
	keymap_set(&ctx->names, key, person);
}

/* The key of an outlet's id in ctx->outlet_ids: FNV-1a, never 0. */
static uint64_t
outlet_id_key(const char *id)
{
	uint64_t h = UINT64_C(14695981039346656037);

	for (const char *c = id; *c != '\0'; c++)
		h = (h ^ (unsigned char)*c) * UINT64_C(1099511628211);
	h ^= h >> 29;
	return h != 0 ? h : 1;
}

/*
 * The outlet of id `id`, or WS_NONE.  Two ids of one key (a 64-bit
 * hash: never met in practice) are told apart by a search of them all.
 */
static size_t
outlet_by_id(const struct an_ctx *ctx, const char *id)
{
	struct ws_analysis *an = ctx->an;
	size_t o = keymap_get(&ctx->outlet_ids, outlet_id_key(id), &an->work);

	if (o == WS_NONE || strcmp(an->outlets[o].id, id) == 0)
		return o;
	for (o = 0; o < an->noutlets; o++) {
		an->work++;
		if (strcmp(an->outlets[o].id, id) == 0)
			return o;
	}
	return WS_NONE;
}

/*
 * The bytes [start, end) as a new string, a name broken over lines on
 * one.  What callers copy is a mention's own bytes, once for it: a new
 * person's or outlet's name, a role (ROLE_MAX_TOKENS tokens), a name
 * compared with the one known (same_name(), ends_name()).
 */
/* The length of the double quotation mark at byte i (", “, ”, «, »), or 0. */
static size_t
double_quote_at(const struct an_ctx *ctx, size_t i, size_t end)
{
	const unsigned char *t = (const unsigned char *)ctx->s + i;

	if (t[0] == '"')
		return 1;
	if (i + 3 <= end && t[0] == 0xe2 && t[1] == 0x80 && (t[2] == 0x9c || t[2] == 0x9d))
		return 3;
	if (i + 2 <= end && t[0] == 0xc2 && (t[1] == 0xab || t[1] == 0xbb))
		return 2;
	return 0;
}

/*
 * A nickname in double quotation marks inside a name (nickname_end():
 * "Chinedu "Big Chi" Okeke", "José “Pepe” Álvarez") that starts at byte
 * i, before end: the byte after it and the space that follows, or i.  The
 * person's name is written without it.
 */
static size_t
nickname_bytes_end(const struct an_ctx *ctx, size_t i, size_t end)
{
	size_t n = double_quote_at(ctx, i, end);

	if (n == 0)
		return i;
	for (size_t j = i + n; j < end; j++) {
		size_t m = double_quote_at(ctx, j, end);

		if (m > 0) {
			j += m;
			while (j < end && ctx->s[j] == ' ')
				j++;
			return j;
		}
	}
	return i;
}

static char *
bytes_text(const struct an_ctx *ctx, size_t start, size_t end)
{
	char *out = xmalloc(end - start + 1), *o = out;

	for (size_t i = start; i < end; i++) {
		char c = ctx->s[i];
		size_t q = nickname_bytes_end(ctx, i, end);

		if (q > i) {	/* Chinedu "Big Chi" Okeke: Chinedu Okeke */
			i = q - 1;
			continue;
		}

		if (c == '\n' || c == '\t' || c == '\r')
			c = ' ';
		if (c == ' ' && o > out && o[-1] == ' ')
			continue;
		*o++ = c;
	}
	*o = '\0';
	return out;
}

/* The text of sentence tokens [a, b), possessive dropped, as a new string. */
static char *
span_text(const struct an_ctx *ctx, size_t a, size_t b)
{
	return bytes_text(ctx, tok_start(ctx, a), tok_start(ctx, b - 1) + an_name_len(ctx, b - 1));
}

/*
 * Initials: "F." and "R.J." (one token of capitals and inner periods),
 * followed by their own period; and a given name cut short so
 * (given-abbreviation): "Ma." of "Ma. Theresa", "Wm.".
 */
static inline int
is_initial(const struct an_ctx *ctx, size_t k)
{
	size_t len;
	const char *t = an_text(ctx, k, &len);

	if (len == 0 || len > 7 || !tok_is(ctx, k, WS_TOK_CAP) || !an_tok_punct(ctx, k + 1, '.') ||
	    tok_end(ctx, k) != tok_start(ctx, k + 1))
		return 0;
	if (wk_any(ctx->ti[k].words, W_GIVEN_ABBR))	/* with a name after it: not "Jack Ma." */
		return k + 2 < ctx->ntok && tok_is(ctx, k + 2, WS_TOK_CAP) && tok_is(ctx, k + 2, WS_TOK_WORD);
	for (size_t i = 0; i < len; i++)
		if (i % 2 == 0 ? !(t[i] >= 'A' && t[i] <= 'Z') : t[i] != '.')
			return 0;
	return len % 2 == 1;
}

/*
 * Does a capitalised word and "of", "on" or "for" come right before
 * sentence token j: "the Department of Transport", "the National
 * Institute on Aging", "the Centre for Policy Studies", a title's post
 * ("the Minister of Housing")?  Or a verb that
 * opens a campaign's name (org-opener): "Save Westmoor Births"?
 */
static int
in_body_name(const struct an_ctx *ctx, size_t j)
{
	return (j >= 2 && tok_has(ctx, j - 1, W_PREP_BODY) &&
		tok_is(ctx, j - 2, WS_TOK_CAP) && tok_is(ctx, j - 2, WS_TOK_WORD) &&
		(ctx->ti[j - 2].title == NULL || ctx->ti[j - 2].title_end == j - 1)) ||
	       (j >= 1 && tok_has(ctx, j - 1, W_ORG_OPENER) && tok_is(ctx, j - 1, WS_TOK_CAP));
}

#define BODY_NAME_TAIL 3	/* capitalised words after "of": "Civil Defense" of "the Office of Civil Defense" */

/*
 * Does the capitalised word at sentence token j end a body's name: "the
 * Office of Civil Defense", "the Department of Transport"?
 */
int
an_ends_body_name(const struct an_ctx *ctx, size_t j)
{
	for (size_t i = j, n = 0; n < BODY_NAME_TAIL && tok_is(ctx, i, WS_TOK_CAP) && tok_is(ctx, i, WS_TOK_WORD);
	     n++, i--) {
		if (in_body_name(ctx, i))
			return 1;
		if (i == 0)
			break;
	}
	return 0;
}

/*
 * Does "and" after a word of a body's name come right before sentence
 * token j: "the Department of Health and Social Care said"?  The cue
 * after it vouches for no one there; a name vouched for otherwise ("the
 * University of Bergen and Tomas Brandt, 52,") is still someone.
 */
int
an_body_name_goes_on(const struct an_ctx *ctx, size_t j)
{
	return j >= 4 && j < ctx->ntok && tok_is(ctx, j, WS_TOK_CAP) && tok_has(ctx, j - 1, W_COORDINATOR) &&
	       !tok_is(ctx, j - 1, WS_TOK_CAP) && tok_is(ctx, j - 2, WS_TOK_CAP) && in_body_name(ctx, j - 2) &&
	       ctx->ti[j].title == NULL && ctx->ti[j].person == WS_NONE &&
	       !wk_any(ctx->ti[j].words, W_ANY(W_GIVEN, W_NOT_NAME));	/* "… of Chicago and Professor Knittel" */
}

/* Does one space, no mark, part sentence tokens j and j + 1 ("HS Orka")? */
static int
joined_by_space(const struct an_ctx *ctx, size_t j)
{
	return j + 1 < ctx->ntok && tok_is(ctx, j, WS_TOK_WORD) &&
	       tok_end(ctx, j) + 1 == tok_start(ctx, j + 1);
}

#define HYPHEN_PART_MAX 5	/* letters of "hyun" in "Dong-hyun", not "founder" */

/*
 * A word of a name has at most this many parts joined by hyphens:
 * "Ocasio-Cortez" and "Dong-hyun" have two, a triple-barrelled name
 * ("Nkrumah-Acheampong-Boateng") three; six leaves room.  The bound is
 * what keeps the work linear: without it each token of a chain of
 * hyphenated capitals ("Port-Port-Port-…") walked the chain to its ends
 * again (issue 16).  A longer chain is cut after its sixth part.
 */
#define NAME_WORD_PARTS 6

/*
 * Does a hyphen after sentence token j go on with the same name?  A
 * capitalised part does ("Nkrumah-Acheampong", "Ocasio-Cortez"), and so
 * does a short lower-case syllable of a given name ("Choi Dong-hyun",
 * "Ye-jin Kim"), but not a compound ("Kenya-based", "Seoul-led",
 * "Co-founder").
 */
static inline int
hyphen_goes_on(const struct an_ctx *ctx, size_t j)
{
	size_t len;
	const char *t;

	if (!an_mark_inside(ctx, j + 1, '-') || !tok_is(ctx, j + 2, WS_TOK_WORD))
		return 0;
	if (tok_is(ctx, j + 2, WS_TOK_CAP))
		return 1;
	t = an_text(ctx, j + 2, &len);
	if (len < 2 || len > HYPHEN_PART_MAX || tok_is(ctx, j + 2, WS_TOK_NUMBER))
		return 0;
	if (an_ends_ed(t, len, 3) || an_ends_ing(t, len, 4))
		return 0;
	for (size_t i = 0; i < len; i++)
		if (!(t[i] >= 'a' && t[i] <= 'z'))
			return 0;
	return 1;
}

/* The last part of the word of a name from sentence token j ("Cortez" of "Ocasio-Cortez"). */
static size_t
word_last_part(const struct an_ctx *ctx, size_t j)
{
	for (size_t parts = 1; parts < NAME_WORD_PARTS && hyphen_goes_on(ctx, j); parts++)
		j += 2;
	return j;
}

/* A lower-case particle at sentence token j ("de", "van", "al"). */
static int
is_particle(const struct an_ctx *ctx, size_t j)
{
	return j < ctx->ntok && wk_any(ctx->ti[j].words, W_NAME_PARTICLE) &&
	       tok_is(ctx, j, WS_TOK_WORD) && !tok_is(ctx, j, WS_TOK_CAP);
}

#define PARTICLES_MAX 3	/* "van der", "de la", "bin": three leaves room */

/*
 * A particle written with a capital inside a name, where a name of its
 * own cannot start: "Tamim bin Hamad Al Thani", "Mohammed Bin Salman".
 * (At a name's start "Al" is a given name: "Al Gore said".)
 */
static int
is_capital_particle(const struct an_ctx *ctx, size_t j)
{
	return j + 1 < ctx->ntok && wk_any(ctx->ti[j].words, W_NAME_PARTICLE) &&
	       tok_is(ctx, j, WS_TOK_WORD) && tok_is(ctx, j, WS_TOK_CAP) &&
	       !tok_is(ctx, j, WS_TOK_ALLCAPS) && joined_by_space(ctx, j);
}

/*
 * "de la Fuente", "van der Berg", "al-Gohary": the particles from
 * sentence token j lead to the capitalised word this returns, or
 * WS_NONE.  Inside a name (`inside`), particles with a capital count
 * too.
 */
static inline size_t
particles_lead(const struct an_ctx *ctx, size_t j, int inside)
{
	size_t p = j;

	while (p < j + PARTICLES_MAX && (is_particle(ctx, p) || (inside && is_capital_particle(ctx, p))))
		p++;
	if (p == j)
		return WS_NONE;
	if (an_mark_inside(ctx, p, '-'))
		p++;	/* "al-Gohary", "el-Sisi" */
	if (p < ctx->ntok && tok_is(ctx, p, WS_TOK_WORD) && tok_is(ctx, p, WS_TOK_CAP) &&
	    ctx->ti[p].outlet == NULL && !ctx->ti[p].in_name && !wk_any(ctx->ti[p].words, W_NOT_NAME))
		return p;
	return WS_NONE;
}

#define NICKNAME_WORDS 3	/* "“The Rock”" is two */

/*
 * A nickname in quotation marks from sentence token j, with a name going
 * on after it ("José “Pepe” Álvarez", "Dwayne 'The Rock' Johnson"): the
 * token after its closing mark, or WS_NONE.
 */
static size_t
nickname_end(const struct an_ctx *ctx, size_t j)
{
	size_t e;

	if (j >= ctx->ntok || !tok_is(ctx, j, WS_TOK_OPEN_QUOTE))
		return WS_NONE;
	for (e = j + 1; e < ctx->ntok && e <= j + NICKNAME_WORDS; e++) {
		if (tok_is(ctx, e, WS_TOK_CLOSE_QUOTE))
			break;
		if (!tok_is(ctx, e, WS_TOK_WORD) || !tok_is(ctx, e, WS_TOK_CAP))
			return WS_NONE;
	}
	if (e == j + 1 || e >= ctx->ntok || !tok_is(ctx, e, WS_TOK_CLOSE_QUOTE) || e + 1 >= ctx->ntok ||
	    !tok_is(ctx, e + 1, WS_TOK_WORD) || !tok_is(ctx, e + 1, WS_TOK_CAP))
		return WS_NONE;
	return e + 1;
}

/* "Hope Mensah said": a given name that is a cue word too, before a capitalised word. */
static int
given_before_name(const struct an_ctx *ctx, size_t j)
{
	return !ctx->titlecase && wk_any(ctx->ti[j].words, W_GIVEN) && j + 1 < ctx->ntok &&
	       tok_is(ctx, j + 1, WS_TOK_CAP) && tok_is(ctx, j + 1, WS_TOK_WORD) &&
	       ctx->ti[j + 1].cue == NULL;
}

/* "Jr", "Sr", "III" at sentence token j, after a name. */
static int
is_suffix(const struct an_ctx *ctx, size_t j)
{
	return j < ctx->ntok && wk_any(ctx->ti[j].words, W_NAME_SUFFIX) && tok_is(ctx, j, WS_TOK_CAP);
}

/* The token after the suffix at sentence token j and its stop ("Jr."). */
static size_t
past_suffix(const struct an_ctx *ctx, size_t j)
{
	j++;
	if (an_tok_punct(ctx, j, '.') && tok_end(ctx, j - 1) == tok_start(ctx, j))
		j++;
	return j;
}

static int syllabic(const struct an_ctx *ctx, size_t j);

/*
 * The run of capitalised words from sentence token k that could be a
 * name: returns its end (exclusive); *words counts the words.  Initials
 * ("F.", "R.J."), hyphenated parts, particles ("de la") and a suffix
 * ("Jr.") are part of it, and are not counted as words.
 */
static size_t
name_run(const struct an_ctx *ctx, size_t k, size_t max, size_t *words, int *org)
{
	size_t j = k, p, first = WS_NONE;
	int org_first = 0, org_later = 0;

	*words = 0;
	/*
	 * At most `max` words, each of NAME_WORD_PARTS parts at most, with
	 * PARTICLES_MAX particles or a nickname of NICKNAME_WORDS before it:
	 * every turn counts a word or is followed by one.
	 */
	while (j < ctx->ntok && *words < max) {
		const struct an_tok *ti = &ctx->ti[j];
		unsigned f = ws_token_flags(&ctx->tok[j]);

		if ((*words > 0 || j == k) && (p = particles_lead(ctx, j, *words > 0)) != WS_NONE) {
			j = p;
			continue;
		}
		/* José "Pepe" Álvarez: a nickname in quotation marks inside a name. */
		if (*words > 0 && (p = nickname_end(ctx, j)) != WS_NONE) {
			j = p;
			continue;
		}
		if (*words >= 1 && is_suffix(ctx, j)) {
			j = past_suffix(ctx, j);
			break;
		}
		if (!(f & WS_TOK_WORD) || !(f & WS_TOK_CAP) || ti->outlet != NULL || ti->in_name ||
		    (ti->cue != NULL && ti->cue->kind == LEX_CUE && !given_before_name(ctx, j)))
			break;
		/* "Lake Charles Mayor Darnell Whitfield": a title before a name starts another. */
		if (*words > 0 && ti->title != NULL && ti->title_end < ctx->ntok &&
		    tok_is(ctx, ti->title_end, WS_TOK_CAP) && tok_is(ctx, ti->title_end, WS_TOK_WORD))
			break;
		/* "Jun-ho", "May-lin": a word of syllables is a name's, though "Jun" be a month. */
		if (wk_any(ti->words, W_NOT_NAME) &&
		    !wk_any(ti->words, W_GIVEN) && !syllabic(ctx, j))
			break;
		/* "UNHCR", "MEP", "SEOUL —": capitals throughout are no one's name. */
		if ((f & WS_TOK_ALLCAPS) && !is_initial(ctx, j))
			break;
		if (wk_any(ti->words, W_ORG)) {
			org_first |= *words == 0;
			org_later |= *words > 0;
		}
		/* "Save Westmoor Births": a campaign's name however long. */
		if (*words == 0 && wk_any(ti->words, W_ORG_OPENER))
			org_later = 1;
		if (*words == 0)
			first = j;
		(*words)++;
		if (is_initial(ctx, j)) {
			j += 2;
			continue;
		}
		/* "Al-Harthi", "Ocasio-Cortez", "Dong-hyun": one word. */
		j = word_last_part(ctx, j) + 1;
		if (an_name_len(ctx, j - 1) != ws_token_len(&ctx->tok[j - 1]))
			break;	/* a possessive ends the name */
	}
	/* "José Carlos Albuquerque de Mello Filho": a suffix after the last word counted. */
	if (*words == max && is_suffix(ctx, j) && an_name_len(ctx, j - 1) == ws_token_len(&ctx->tok[j - 1]))
		j = past_suffix(ctx, j);
	/*
	 * An organisation: "Hyde Park", "the Farm Union", "Board" alone; but
	 * a word of them may be a person's surname after a given name
	 * ("Danielle Street", "Grace Park", "Seo-yeon Park": a given name of
	 * syllables) and a family name before one ("Park Min-seo").
	 */
	*org = (org_later && !(*words == 2 && first != WS_NONE &&
			       (wk_any(ctx->ti[first].words, W_GIVEN) || syllabic(ctx, first)))) ||
	       (org_first && *words == 1);
	return j;
}

/*
 * The first token of the word of a name that starts at or before
 * sentence token j, at most NAME_WORD_PARTS parts back.
 */
static inline size_t
word_start(const struct an_ctx *ctx, size_t a, size_t j)
{
	for (size_t parts = 1; parts < NAME_WORD_PARTS && j >= a + 2 && an_mark_inside(ctx, j - 1, '-'); parts++)
		j -= 2;
	return j;
}

/* Does the word of a name at sentence token j have a lower-case part ("Soo-jin")? */
static int
syllabic(const struct an_ctx *ctx, size_t j)
{
	for (size_t parts = 1; parts < NAME_WORD_PARTS && hyphen_goes_on(ctx, j); parts++, j += 2)
		if (!tok_is(ctx, j + 2, WS_TOK_CAP))
			return 1;
	return 0;
}

/*
 * The first token of the surname of the name [a, b): its last word
 * before a suffix ("Massoud" of "Ahmad Shah Massoud Jr."), or the first
 * of two words when the family name comes first: "Xi Jinping", and a
 * Korean given name of two syllables joined by a hyphen after one word,
 * "Lee Soo-jin", "Choi Dong-hyun".
 */
static size_t
surname_of(const struct an_ctx *ctx, size_t a, size_t b)
{
	size_t e = b, s;

	if (e - a >= 3 && an_tok_punct(ctx, e - 1, '.') && is_suffix(ctx, e - 2))
		e -= 2;
	else if (e - a >= 2 && is_suffix(ctx, e - 1))
		e--;
	s = word_start(ctx, a, e - 1);
	if (s > a && word_start(ctx, a, s - 1) == a && tok_is(ctx, a, WS_TOK_CAP) &&
	    !is_initial(ctx, a) && syllabic(ctx, s) && !syllabic(ctx, a))
		return a;
	/* "Xi Jinping", "Nguyen Thi Lan": a family name of the list, no given name. */
	if (s > a && tok_is(ctx, a, WS_TOK_CAP) && word_start(ctx, a, a) == a &&
	    !hyphen_goes_on(ctx, a) && wk_any(ctx->ti[a].words, W_FAMILY_FIRST) &&
	    !wk_any(ctx->ti[a].words, W_GIVEN))
		return a;
	return s;
}

/* surname_of(), kept for the next question about the same name (ctx->surname). */
static size_t
surname_at(const struct an_ctx *ctx, size_t a, size_t b)
{
	struct an_surname *m = ctx->surname;

	if (m->sent != ctx->sent || m->a != a || m->b != b) {
		m->sent = ctx->sent;
		m->a = a;
		m->b = b;
		m->at = surname_of(ctx, a, b);
		m->keyed = 0;
	}
	return m->at;
}

/*
 * The key of name token s without a possessive: the key an_scan_tokens()
 * made of the whole token when there is none ("Kerry"), else made now
 * ("Kerry’s").
 */
static uint64_t
name_key(const struct an_ctx *ctx, size_t s)
{
	size_t len, n = an_name_len(ctx, s);
	const char *t = an_text(ctx, s, &len);

	return n == len && ctx->ti[s].key != 0 ? ctx->ti[s].key : lex_key(t, n);
}

#define CAPS_NAME_MAX 64	/* bytes of a name in capitals folded for its key */

/*
 * The key of name token s, written in capitals ("PETROVIĆ", "ØRSTED"),
 * as the name is keyed when written as names are: the first character as
 * it is, the rest in lower case.  The keys fold ASCII only (lex_key()),
 * so "PETROVIĆ" would miss "Petrović" by its last letter.
 */
static uint64_t
caps_name_key(const struct an_ctx *ctx, size_t s)
{
	size_t len, n = an_name_len(ctx, s), first, lower_len;
	const char *t = an_text(ctx, s, &len);
	uint8_t buf[2 * CAPS_NAME_MAX], *lower;
	ucs4_t c;
	int ascii = 1;

	for (size_t i = 0; i < n; i++)
		if ((unsigned char)t[i] >= 0x80)
			ascii = 0;
	if (ascii || n > CAPS_NAME_MAX || (first = (size_t)u8_mbtouc(&c, (const uint8_t *)t, n)) >= n)
		return name_key(ctx, s);
	memcpy(buf, t, first);
	lower_len = sizeof buf - first;
	lower = u8_tolower((const uint8_t *)t + first, n - first, NULL, NULL, buf + first, &lower_len);
	if (lower != buf + first) {	/* NULL, or a longer result than the buffer held */
		free(lower);
		return name_key(ctx, s);
	}
	return lex_key((const char *)buf, first + lower_len);
}

/* The person whose surname sentence token s is ("PENCE" after "Mike Pence"), or WS_NONE. */
size_t
an_surname_person(const struct an_ctx *ctx, size_t s)
{
	return an_person_by_surname(ctx, tok_is(ctx, s, WS_TOK_ALLCAPS) ? caps_name_key(ctx, s) :
					 name_key(ctx, s));
}

int
an_known_surname(const struct an_ctx *ctx, size_t s)
{
	return an_surname_person(ctx, s) != WS_NONE;
}

/*
 * The key of the surname of the name [a, b): "Kerry", "Xi", "Lee" of "Lee
 * Soo-jin", and "Gohary" of "al-Gohary": the name after a particle joined
 * by a hyphen, or "Saleh al-Dosari" and "Hani al-Gohary" would share the
 * key of "al", and "Gohary" would not name him again.
 */
static uint64_t
surname_key(const struct an_ctx *ctx, size_t a, size_t b)
{
	size_t s = surname_at(ctx, a, b);

	if (ctx->surname->keyed)
		return ctx->surname->key;
	if (s + 2 < b && wk_any(ctx->ti[s].words, W_NAME_PARTICLE) && an_mark_inside(ctx, s + 1, '-') &&
	    tok_is(ctx, s + 2, WS_TOK_WORD))
		s += 2;
	ctx->surname->key = name_key(ctx, s);
	ctx->surname->keyed = 1;
	return ctx->surname->key;
}

/* A capitalised particle opening a name at a sentence's start: "De la Fuente", "Van der Berg". */
static int
opening_particle(const struct an_ctx *ctx, size_t j)
{
	return wk_any(ctx->ti[j].words, W_NAME_PARTICLE) && j + 1 < ctx->ntok &&
	       (is_particle(ctx, j + 1) || (tok_is(ctx, j + 1, WS_TOK_CAP) && tok_is(ctx, j + 1, WS_TOK_WORD)));
}

/* Does the name [a, b) have a capitalised word besides its surname (not "von Albrecht")? */
static int
has_given_name(const struct an_ctx *ctx, size_t a, size_t b)
{
	size_t s = surname_at(ctx, a, b);

	/* A name's tokens: name_run() bounds them. */
	for (size_t j = a; j < b; j++)
		if (j != s && tok_is(ctx, j, WS_TOK_CAP) && tok_is(ctx, j, WS_TOK_WORD) &&
		    word_start(ctx, a, j) == j && !is_suffix(ctx, j) && !opening_particle(ctx, j))
			return 1;
	return 0;
}

/*
 * "Sebastián de la Fuente Ortiz": two surnames after the particles, the
 * father's first, and "de la Fuente" names the person again (so do
 * "Restrepo" of "Claudia Restrepo Gómez" and "Puigventós" of "Jordi
 * Puigventós i Casals").  Files that surname's key for
 * person p unless it names someone already.
 */
static int
father_key(const struct an_ctx *ctx, size_t a, size_t b, uint64_t *key)
{
	size_t s = surname_at(ctx, a, b), f;

	for (size_t j = a; j < s; j++) {
		if (!is_particle(ctx, j))
			continue;
		if ((f = particles_lead(ctx, j, 0)) == WS_NONE)
			return 0;
		if (f >= s) {
			/* "Jordi Puigventós i Casals": the father's surname is before "i". */
			if (j < a + 2 || !tok_is(ctx, j - 1, WS_TOK_CAP) || !tok_is(ctx, j - 1, WS_TOK_WORD))
				return 0;
			f = word_start(ctx, a, j - 1);
		}
		*key = name_key(ctx, f);
		return 1;
	}
	/*
	 * "Claudia Restrepo Gómez … Restrepo said", "Jhon Jairo Muñoz
	 * Cárdenas … Muñoz said": with no particles, the word before the
	 * surname, when a given name comes before it and it is no given name
	 * itself ("Mary Ann Smith"), may be the father's surname of two.
	 */
	if (s < a + 2 || s >= b || !tok_is(ctx, s - 1, WS_TOK_WORD) || !joined_by_space(ctx, s - 1))
		return 0;
	f = word_start(ctx, a, s - 1);
	if (f <= a || !tok_is(ctx, f, WS_TOK_CAP) || wk_any(ctx->ti[f].words, W_ANY(W_GIVEN, W_NOT_NAME)) ||
	    is_initial(ctx, f) || is_suffix(ctx, f) || is_capital_particle(ctx, f))
		return 0;
	*key = name_key(ctx, f);
	return 1;
}

static void
father_surname(struct an_ctx *ctx, size_t a, size_t b, size_t p)
{
	uint64_t key;

	if (father_key(ctx, a, b, &key) && an_person_by_surname(ctx, key) == WS_NONE)
		name_set(ctx, key, p);
}

#define BYLINE_MAX_TOKENS 16

/* Is the sentence at work a byline: "By" and names, "and", commas? */
static int
is_byline(const struct an_ctx *ctx)
{
	if (ctx->ntok < 2 || ctx->ntok > BYLINE_MAX_TOKENS || !tok_has(ctx, 0, W_PREP_AGENT) ||
	    !tok_is(ctx, 0, WS_TOK_CAP))
		return 0;
	for (size_t j = 1; j < ctx->ntok; j++)	/* BYLINE_MAX_TOKENS at most, as checked */
		if (!(tok_is(ctx, j, WS_TOK_CAP) || tok_has(ctx, j, W_COORDINATOR) || an_tok_punct(ctx, j, ',') ||
		      an_tok_punct(ctx, j, '.') || an_tok_punct(ctx, j, '-') || is_particle(ctx, j)))
			return 0;
	return 1;
}

#define CREDIT_WORDS_MAX 3	/* words before "by": "Additional reporting by" */

/*
 * Is the sentence at work a wire story's credit line, in parentheses:
 * "(Reporting by Ana Ruiz in Lima; Editing by Tom Berg)", "(Photo by
 * Ana Ruiz)"?  Its names are the staff's, no one of the article.
 */
static int
is_credit_line(const struct an_ctx *ctx)
{
	if (ctx->ntok < 4 || !an_tok_punct(ctx, 0, '(') ||
	    !(an_tok_punct(ctx, ctx->ntok - 1, ')') || an_tok_punct(ctx, ctx->ntok - 2, ')')))
		return 0;
	for (size_t j = 1; j < ctx->ntok && j <= CREDIT_WORDS_MAX + 1; j++) {
		if (j > 1 && tok_has(ctx, j, W_PREP_AGENT))
			return 1;
		if (!tok_is(ctx, j, WS_TOK_WORD))
			return 0;
	}
	return 0;
}

/*
 * Does the name [a, b) open its sentence as the subject of a verb in the
 * past ("Mara Quill arrived", "Ama Owusu-Ansah opened the count"), or as
 * someone a relative clause describes ("Henshaw, who has scored in four
 * matches, left")?
 */
static int
acts(const struct an_ctx *ctx, size_t a, size_t b)
{
	size_t len;
	const char *t;

	if (!(a == 0 || (a == 1 && tok_is(ctx, 0, WS_TOK_OPEN_QUOTE))) || b >= ctx->ntok)
		return 0;
	if (an_tok_punct(ctx, b, ',') && tok_has(ctx, b + 1, W_REL_PERSON))
		return 1;
	if (!tok_is(ctx, b, WS_TOK_WORD) || tok_is(ctx, b, WS_TOK_CAP))
		return 0;
	t = an_text(ctx, b, &len);
	return an_ends_ed(t, len, 4);
}

#define BODY_APPOS_WORDS 4	/* words before the body's noun: "the state regulator" */

/*
 * "Oxfam, the aid agency, said", "WorkSafe Victoria, the state regulator
 * that brought the charges, said": does an apposition at sentence token
 * b (its comma) have a body's noun (org) for its head, which ends it or
 * a relative clause or a preposition follows ("Maria Lopez, the agency
 * director," is headed by "director")?
 */
static int
body_apposition(const struct an_ctx *ctx, size_t b)
{
	if (b + 2 >= ctx->ntok || !an_tok_punct(ctx, b, ',') || !tok_has(ctx, b + 1, W_ARTICLE))
		return 0;
	for (size_t k = b + 2; k < ctx->ntok && k < b + 2 + BODY_APPOS_WORDS; k++) {
		if (!tok_is(ctx, k, WS_TOK_WORD) || tok_has(ctx, k, W_ANY(W_PREPOSITION, W_PREP_SUBJECT)))
			return 0;	/* "a spokeswoman for the commission": the head came before */
		/* The head ends the phrase: "the state regulator that …", not "the agency director". */
		if (!tok_is(ctx, k, WS_TOK_CAP) && tok_has(ctx, k, W_ORG) &&
		    (k + 1 >= ctx->ntok || !tok_is(ctx, k + 1, WS_TOK_WORD) ||
		     tok_has(ctx, k + 1, W_ANY(W_REL_PERSON, W_REL_THING, W_COMPLEMENTIZER, W_PREPOSITION))))
			return 1;
	}
	return 0;
}

/* Remember the body's name [a, b) under its last word: "Stanley said" names the bank later. */
static void
remember_org_name(struct an_ctx *ctx, size_t a, size_t b)
{
	ctx->org_keys[ctx->norg_keys++ % AN_CANDIDATES] = surname_key(ctx, a, b);
}

/*
 * The name of a company: remember the words before its first word of a
 * body ("Emerson Lowe" of "Emerson Lowe Group Inc."), by the key of
 * their surname, so that they name the company later too.
 */
static void
remember_org(struct an_ctx *ctx, size_t a, size_t b)
{
	size_t e = a + 1;

	/* A name's tokens: name_run() bounds them. */
	while (e < b && !tok_has(ctx, e, W_ORG))
		e++;
	if (e >= b)
		return;
	remember_org_name(ctx, a, e);
}

#define ORG_NAME_BEFORE 3	/* words of a body's name before a run in it: "Friends of the" */

/*
 * The end of a body's name shaped as a person's (org-name in
 * data/names.txt: "Morgan Stanley", "Eli Lilly", "Save the Children")
 * that covers a word of the run [a, b) of capitalised words, or WS_NONE
 * ("Doctors Without Borders": the run is "Without Borders", as "Doctors"
 * is a group's word).  The name is remembered as a body's.
 */
static size_t
org_name_in(struct an_ctx *ctx, size_t a, size_t b)
{
	/* A name's tokens (name_run() bounds them), and the words of one that opened before it. */
	for (size_t j = a > ORG_NAME_BEFORE ? a - ORG_NAME_BEFORE : 0; j < b; j++) {
		if (ctx->ti[j].org_end > (j > a ? j : a)) {
			remember_org_name(ctx, j, ctx->ti[j].org_end);
			return ctx->ti[j].org_end;
		}
	}
	return WS_NONE;
}

static int
is_org_name(const struct an_ctx *ctx, uint64_t key)
{
	size_t n = ctx->norg_keys < AN_CANDIDATES ? ctx->norg_keys : AN_CANDIDATES;

	for (size_t i = 0; i < n; i++)
		if (ctx->org_keys[i] == key)
			return 1;
	return 0;
}

/* Remember the name [a, b) that nothing vouched for yet, under its surname's key. */
static void
remember_candidate(struct an_ctx *ctx, uint64_t key, size_t a, size_t b, int subject)
{
	struct an_candidate *c = &ctx->cands[ctx->ncands++ % AN_CANDIDATES];

	c->subject = (unsigned char)subject;
	c->surname = key;
	c->sent = (uint32_t)ctx->sent;
	c->start = tok_start(ctx, a);
	c->end = tok_start(ctx, b - 1) + an_name_len(ctx, b - 1);
}

/* Remember the name [a, b) under its surname, and its father's surname if it has two. */
static void
remember_name(struct an_ctx *ctx, size_t a, size_t b)
{
	uint64_t father;

	remember_candidate(ctx, surname_key(ctx, a, b), a, b, acts(ctx, a, b));
	if (father_key(ctx, a, b, &father))
		remember_candidate(ctx, father, a, b, acts(ctx, a, b));
}

/* The latest candidate name with surname key `key`, or NULL. */
static const struct an_candidate *
candidate(const struct an_ctx *ctx, uint64_t key)
{
	size_t n = ctx->ncands < AN_CANDIDATES ? ctx->ncands : AN_CANDIDATES;

	for (size_t i = 0; i < n; i++) {
		const struct an_candidate *c = &ctx->cands[(ctx->ncands - 1 - i) % AN_CANDIDATES];

		if (c->surname == key)
			return c;
	}
	return NULL;
}

/*
 * "The coach sent on Ellis Young. … Young scored twice.": the surname of
 * a name nothing vouched for opens a sentence as the subject of a verb
 * in the past; the name becomes the latest candidate again, one that
 * acts, for a "he said" that follows.
 */
static void
recall_candidate(struct an_ctx *ctx, uint64_t key)
{
	const struct an_candidate *c = candidate(ctx, key);
	struct an_candidate *n;

	if (c == NULL)
		return;
	n = &ctx->cands[ctx->ncands++ % AN_CANDIDATES];
	if (n != c)
		*n = *c;
	n->subject = 1;
	n->sent = (uint32_t)ctx->sent;
}

/* A new person named by the bytes [start, end): returns its index, or WS_NONE. */
/* Does candidate c's name end with the name [a, b), in any case, from a word on? */
static int
candidate_ends_with(const struct an_ctx *ctx, const struct an_candidate *c, size_t a, size_t b)
{
	size_t start = tok_start(ctx, a), end = tok_start(ctx, b - 1) + an_name_len(ctx, b - 1);
	size_t n = end - start;

	return c->end - c->start > n && ctx->s[c->end - n - 1] == ' ' &&
	       strncasecmp(ctx->s + c->end - n, ctx->s + start, n) == 0;
}

static size_t
new_person(struct an_ctx *ctx, size_t start, size_t end, int given)
{
	struct ws_analysis *an = ctx->an;
	struct ws_person *p;
	size_t cap = ctx->people_cap;

	xgrow(&an->people, &ctx->people_cap, an->npeople + 1, sizeof *an->people);
	xgrow(&ctx->pinfo, &cap, an->npeople + 1, sizeof *ctx->pinfo);
	p = &an->people[an->npeople];
	memset(p, 0, sizeof *p);
	p->name = bytes_text(ctx, start, end);
	ctx->pinfo[an->npeople].has_given = (unsigned char)given;
	return an->npeople++;
}

#define CANDIDATE_SENTENCES 3

/*
 * "Mara Quill arrived. “We’re not leaving,” she said.": the person "she"
 * points at may be the name nothing vouched for in the last sentences,
 * when it came after sentence `after` (where the person the pronoun
 * would point at otherwise was named; WS_NONE: no one).  Returns WS_NONE
 * if there is none, or if the name is in this sentence in a participle
 * that opens it before the pronoun at sentence token k ("After beating
 * Laura Kessler, she said": not Kessler).
 */
size_t
an_candidate_person(struct an_ctx *ctx, size_t after, size_t k)
{
	const struct an_candidate *c;
	size_t p;

	if (ctx->ncands == 0)
		return WS_NONE;
	c = &ctx->cands[(ctx->ncands - 1) % AN_CANDIDATES];
	if (!c->subject || c->sent + CANDIDATE_SENTENCES < ctx->sent || c->sent > ctx->sent ||
	    (after != WS_NONE && c->sent <= after))
		return WS_NONE;
	if (c->sent == ctx->sent &&
	    an_in_participle_opener(ctx, an_tok_at(ctx, c->start), k))
		return WS_NONE;
	if ((p = an_person_by_surname(ctx, c->surname)) != WS_NONE)
		return p;
	p = new_person(ctx, c->start, c->end, 1);
	name_set(ctx, c->surname, p);
	add_span(&ctx->an->people[p].mentions, &ctx->an->people[p].nmentions, c->start, c->end);
	ctx->pinfo[p].surname = c->surname;
	return p;
}

/*
 * Is the name [a, b) `name`, as span_text() would write it?  Read in
 * place, as bytes_text() copies (a line break or a tab is a space, two
 * spaces one; a NUL ends the string): a person named again and again
 * costs no copy.
 */
static int
same_name(const struct an_ctx *ctx, const char *name, size_t a, size_t b)
{
	size_t end = tok_start(ctx, b - 1) + an_name_len(ctx, b - 1), j = 0;

	for (size_t i = tok_start(ctx, a); i < end; i++) {
		char c = ctx->s[i];

		if (c == '\n' || c == '\t' || c == '\r')
			c = ' ';
		if (c == ' ' && j > 0 && name[j - 1] == ' ')
			continue;
		if (c == '\0')
			break;
		if (name[j] != c)
			return 0;
		j++;
	}
	return name[j] == '\0';
}


/*
 * Does the name [a, b) end the full name `name`, from a word on and in
 * any case: "De la Fuente Ortiz" of "Sebastián de la Fuente Ortiz"?
 */
static int
ends_name(const struct an_ctx *ctx, const char *name, size_t a, size_t b)
{
	char *t = span_text(ctx, a, b);
	size_t n = strlen(name), m = strlen(t);
	int ends = m < n && name[n - m - 1] == ' ' && strcasecmp(name + n - m, t) == 0;

	free(t);
	return ends;
}

/*
 * The middle names of the name [a, b), whose given name opens it: "Mr
 * Faizal" after "Muhammad Faizal Abdul Rahman", "Ms Nurhaliza" after
 * "Siti Nurhaliza binti Hassan" (a Malay name is used by its personal
 * name, which need not come first).  Each capitalised word between the
 * given name and the surname, but particles, initials and suffixes;
 * looked up only after an honorific (find_person()).
 */
static void
middle_set(struct an_ctx *ctx, size_t a, size_t b, size_t p)
{
	size_t surname = surname_at(ctx, a, b);

	for (size_t j = word_last_part(ctx, a) + 1; j < surname && j < b; j = word_last_part(ctx, j) + 1) {
		uint64_t key;
		size_t q;

		if (!tok_is(ctx, j, WS_TOK_CAP) || !tok_is(ctx, j, WS_TOK_WORD) || is_particle(ctx, j) ||
		    is_initial(ctx, j) || is_suffix(ctx, j))
			continue;
		key = name_key(ctx, j);
		q = keymap_get(&ctx->middle, key, &ctx->an->work);
		keymap_set(&ctx->middle, key, q == WS_NONE || q == p ? p : AN_MANY_GIVEN);
	}
}

/*
 * "Hillary Clinton … Hillary said": remember the given name of the name
 * [a, b) of two words or more, for the person p; a second person of that
 * given name makes it no one's.  The given name is the first word, or
 * the last of a name family name first: "Nguyen Van Thanh … Thanh said"
 * (a Vietnamese name is shortened to its last word; a Chinese or Korean
 * one to its first, the surname, found as such).
 */
static void
given_set(struct an_ctx *ctx, size_t a, size_t b, size_t p)
{
	uint64_t key;
	size_t q, g = a;

	if (word_last_part(ctx, a) + 1 >= b || !has_given_name(ctx, a, b))
		return;
	if (surname_at(ctx, a, b) == a) {
		g = word_start(ctx, a, b - 1);
		if (g == a || !tok_is(ctx, g, WS_TOK_CAP) || is_suffix(ctx, g))
			return;
	}
	key = name_key(ctx, g);
	q = keymap_get(&ctx->given, key, &ctx->an->work);
	keymap_set(&ctx->given, key, q == WS_NONE || q == p ? p : AN_MANY_GIVEN);
	if (g == a)
		middle_set(ctx, a, b, p);
}

/*
 * The one person whose given name is the word at sentence token a,
 * AN_MANY_GIVEN when two people have it, or WS_NONE.
 */
static size_t
given_person(const struct an_ctx *ctx, size_t a)
{
	return keymap_get(&ctx->given, name_key(ctx, a), &ctx->an->work);
}

/* The one person with the middle name at token a, AN_MANY_GIVEN for two, or WS_NONE. */
static size_t
middle_person(const struct an_ctx *ctx, size_t a)
{
	return keymap_get(&ctx->middle, name_key(ctx, a), &ctx->an->work);
}

/*
 * The person named by sentence tokens [a, b): an existing one with that
 * surname, or a new one.
 */
static size_t
person_for(struct an_ctx *ctx, size_t a, size_t b)
{
	uint64_t key = surname_key(ctx, a, b);
	size_t p = an_person_by_surname(ctx, key);
	int given = has_given_name(ctx, a, b);

	if (p != WS_NONE && given) {
		struct ws_person *pe = &ctx->an->people[p];

		if (!ctx->pinfo[p].has_given) {
			/* "Biden", then "Joe Biden": the same person, named in full. */
			free(pe->name);
			pe->name = span_text(ctx, a, b);
			ctx->pinfo[p].has_given = 1;
		} else if (!same_name(ctx, pe->name, a, b) && !ends_name(ctx, pe->name, a, b)) {
			p = WS_NONE;	/* another person of that surname */
		}
	}
	/* "sat beside Aunty Beryl" after "Aunty Beryl Dutton": the one person of that given name. */
	if (p == WS_NONE && word_last_part(ctx, a) + 1 >= b && (p = given_person(ctx, a)) == AN_MANY_GIVEN)
		p = WS_NONE;
	if (p == WS_NONE) {
		const struct an_candidate *c = candidate(ctx, key);

		/* "Jorrit van der Berg scored. … Van der Berg said": the fuller name. */
		if (c != NULL && given && !candidate_ends_with(ctx, c, a, b))
			c = NULL;

		/* "Ama Owusu-Ansah opened the count. … Owusu-Ansah said": her full name, a mention too. */
		if (c != NULL) {
			p = new_person(ctx, c->start, c->end, 1);
			an_add_person_mention(ctx, p, c->start, c->end);
		} else
			p = new_person(ctx, tok_start(ctx, a),
				       tok_start(ctx, b - 1) + an_name_len(ctx, b - 1), given);
		ctx->pinfo[p].surname = key;
	}
	name_set(ctx, key, p);
	father_surname(ctx, a, b, p);
	given_set(ctx, a, b, p);
	return p;
}

/*
 * Does an age set off by commas follow the name that ends before
 * sentence token b ("Amaka Eze, 52, has mended nets")?  Only a person's
 * name takes one.
 */
static int
age_follows(const struct an_ctx *ctx, size_t b)
{
	return b + 2 < ctx->ntok && an_tok_punct(ctx, b, ',') && tok_is(ctx, b + 1, WS_TOK_NUMBER) &&
	       ws_token_len(&ctx->tok[b + 1]) <= 3 && an_tok_punct(ctx, b + 2, ',');
}

/*
 * Does the name at sentence token a follow a noun and a preposition that
 * ends a role's head (role-end): "a spokesman for", "aid workers in",
 * "Residents in", or another name and its preposition of belonging ("Tom
 * Lee with", "the Office of Civil Defense in")?  It names the one a
 * role serves, a place, or the body someone belongs to, not who speaks,
 * so the cue after it vouches for no one ("A spokesman for Tesla said",
 * "Aid workers in Gaza said", "Tom Lee with Fundstrat said").
 */
static int
served(const struct an_ctx *ctx, size_t a)
{
	return a >= 2 && tok_has(ctx, a - 1, W_ROLE_END) && !tok_is(ctx, a - 1, WS_TOK_CAP) &&
	       tok_is(ctx, a - 2, WS_TOK_WORD) &&
	       (!tok_is(ctx, a - 2, WS_TOK_CAP) || ctx->ti[a - 2].title != NULL ||
		an_affiliation(ctx, a - 1) || wk_any(ctx->ti[a - 2].words, W_NOT_NAME) ||
		an_ends_body_name(ctx, a - 2));	/* "The Office of Civil Defense in Central Visayas said" */
}

/* Is a speech cue the next thing after sentence token k (auxiliaries skipped)? */
static int
cue_follows(const struct an_ctx *ctx, size_t k)
{
	for (size_t n = 0; k < ctx->ntok && n < 4; n++) {
		const struct lex_entry *c = ctx->ti[k].cue;

		if (c == NULL)
			return 0;
		if (c->kind == LEX_CUE)
			return c->cls == CUE_SPEECH || c->cls == CUE_TELL;
		k = ctx->ti[k].cue_end;
	}
	return 0;
}

/*
 * A speech cue at sentence token k, or after a relative clause set off
 * by commas there: "Sutrisno, who like many Indonesians uses a single
 * name, said".
 */
static int
cue_follows_aside(const struct an_ctx *ctx, size_t k)
{
	if (k >= ctx->ntok || !tok_has(ctx, k, W_REL_PERSON))
		return cue_follows(ctx, k);
	for (size_t j = k + 1; j < ctx->ntok && j <= k + AN_RELATIVE_MAX; j++)
		if (an_tok_punct(ctx, j, ',') || an_is_end_punct(ctx, j))
			return an_tok_punct(ctx, j, ',') && cue_follows(ctx, j + 1);
	return 0;
}

static void
set_role(struct an_ctx *ctx, size_t person, size_t a, size_t b)
{
	struct ws_person *p = &ctx->an->people[person];

	if (p->role == NULL && a < b)
		p->role = span_text(ctx, a, b);
}

static int
relative_at(const struct an_ctx *ctx, size_t j)
{
	return tok_has(ctx, j, W_ANY(W_REL_PERSON, W_REL_THING, W_COMPLEMENTIZER));
}

/* "NAME, the ROLE," or "NAME, China's top diplomat,": the apposition after e. */
static void
apposition(struct an_ctx *ctx, size_t person, size_t e)
{
	size_t a = e + 1, j;
	int ok = 0;

	if (!an_tok_punct(ctx, e, ',') || a >= ctx->ntok)
		return;
	if (tok_has(ctx, a, W_ARTICLE)) {
		a++;
		ok = 1;
	}
	for (j = a; j < ctx->ntok && j < a + ROLE_MAX_TOKENS; j++) {
		size_t len;
		const char *t = an_text(ctx, j, &len);

		if (an_tok_punct(ctx, j, ',') || an_tok_punct(ctx, j, '.') ||
		    an_tok_punct(ctx, j, ';') || an_tok_punct(ctx, j, '('))
			break;
		if (tok_is(ctx, j, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
			return;
		if (ctx->ti[j].cue != NULL && ctx->ti[j].cue->kind == LEX_CUE &&
		    !tok_is(ctx, j, WS_TOK_CAP))
			return;
		/* "the French centrist MEP who steered the bill": the role ends before "who". */
		if (relative_at(ctx, j))
			break;
		if (ctx->ti[j].pronoun)
			return;
		if (j < a + 3 && an_name_len(ctx, j) != len)
			ok = 1;		/* "China's top diplomat" */
		if (j == a && ctx->ti[j].title != NULL)
			ok = 1;		/* "spokesman for the campaign" */
		(void)t;
	}
	if (ok && j > a && j < ctx->ntok && (j < a + ROLE_MAX_TOKENS || relative_at(ctx, j)))
		set_role(ctx, person, a, j);
}

/*
 * "Sadhbh Ní Dhubhghaill": a particle written with a capital, a word of
 * its own, inside the name [a, b) ("Shangri-La Dialogue" has none), or a
 * patronymic one ("Salim bin Musallam").
 */
static int
particle_inside(const struct an_ctx *ctx, size_t a, size_t b)
{
	for (size_t j = a + 1; j + 1 < b; j++)	/* a name's tokens, as name_run() bounds them */
		if ((is_capital_particle(ctx, j) || tok_has(ctx, j, W_PATRONYMIC)) && joined_by_space(ctx, j - 1))
			return 1;
	return 0;
}

/* Is sentence token a early in its sentence, before any cue: a subject? */
static int
opens_sentence(const struct an_ctx *ctx, size_t a)
{
	if (a > SUBJECT_MAX_TOKEN)
		return 0;
	for (size_t j = 0; j < a; j++)	/* SUBJECT_MAX_TOKEN at most, as checked */
		if (ctx->ti[j].cue != NULL && ctx->ti[j].cue->kind == LEX_CUE)
			return 0;
	return 1;
}

static void
mark_person(struct an_ctx *ctx, size_t person, size_t a, size_t b)
{
	/*
	 * A name inside a quotation is the speaker's words: neither the
	 * subject of the sentence nor someone "he" may point back at.
	 */
	int quoted = an_quote_at(ctx, ws_sentence_first_token(ctx->doc, ctx->sent) + a) != NULL;
	/*
	 * "Holloway spokesman Devin Achebe-Ross": a name that modifies a role
	 * (a possessive stays the topic: "Mr. Obama's bet is that … He says").
	 */
	int modifier = b < ctx->ntok && ctx->ti[b].title != NULL && !tok_is(ctx, b, WS_TOK_CAP);

	/* "After beating Laura Kessler, she said": the participle's object is not the subject. */
	if (opens_sentence(ctx, a) && ctx->last_subject_sent != ctx->sent + 1 && !quoted && !modifier &&
	    !an_in_participle_opener(ctx, a, ctx->ntok)) {
		ctx->last_subject = person;
		ctx->last_subject_sent = ctx->sent + 1;	/* 0: none yet */
	}
	for (size_t j = a; j < b; j++) {	/* a name's tokens, once: they are in_name after */
		ctx->ti[j].in_name = 1;
		ctx->ti[j].person = person;
	}
	if (!quoted)
		an_touch_person(ctx, person);
	an_add_person_mention(ctx, person, tok_start(ctx, a),
			      tok_start(ctx, b - 1) + an_name_len(ctx, b - 1));
}

static unsigned char
given_gender(const struct an_tok *ti)
{
	if (wk_any(ti->words, W_GIVEN_MALE))
		return WS_GENDER_MALE;
	if (wk_any(ti->words, W_GIVEN_FEMALE))
		return WS_GENDER_FEMALE;
	return WS_GENDER_UNKNOWN;
}

/*
 * "Bernadette O'Halloran, Liam's mother, sat …", "Kofi Mensah, her
 * husband, said": an apposition after the name [a, b) of one's kin, a
 * possessive before it.  Returns the kin's gender plus one (female or
 * male), or 0 when there is none.
 */
static int
kin_after(const struct an_ctx *ctx, size_t b)
{
	size_t k;

	if (b + 3 >= ctx->ntok || !an_tok_punct(ctx, b, ','))
		return 0;
	k = b + 1;
	/* "Liam's", "her", "the" */
	if (!(tok_is(ctx, k, WS_TOK_CAP) && an_name_len(ctx, k) != ws_token_len(&ctx->tok[k])) &&
	    !tok_has(ctx, k, W_DETERMINER))
		return 0;
	k++;
	if (k + 1 >= ctx->ntok || !an_tok_punct(ctx, k + 1, ','))
		return 0;
	if (tok_has(ctx, k, W_KIN_FEMALE))
		return 1 + WS_GENDER_FEMALE;
	if (tok_has(ctx, k, W_KIN_MALE))
		return 1 + WS_GENDER_MALE;
	return 0;
}

/*
 * Does a role in lower case open the phrase that ends before the comma
 * at sentence token c: "The spokesman for the Regional Indigenous Council
 * of Cauca, …", "The governor of Cauca, …"?  Back to the sentence's start
 * or a comma, ROLE_MAX_TOKENS at most.
 */
static int
role_opens(const struct an_ctx *ctx, size_t c)
{
	for (size_t i = c; i-- > 0 && i + ROLE_MAX_TOKENS > c && !an_tok_punct(ctx, i, ',');)
		if (ctx->ti[i].title != NULL && !tok_is(ctx, i, WS_TOK_CAP) && i > 0 && tok_has(ctx, i - 1, W_THE))
			return 1;
	return 0;
}

#define POST_BACK 8	/* tokens back to the title: "Minister of Housing and Urban Affairs" */

/*
 * Does a title's post end at sentence token j: "the Minister of Housing
 * and Urban Affairs", "Ambassador to China" (a body's word, a title
 * and its "of" or "to" a few tokens back)?
 */
static int
post_ends(const struct an_ctx *ctx, size_t j)
{
	if (!tok_has(ctx, j, W_ANY(W_ORG, W_POST)))
		return 0;
	for (size_t i = j; i-- > 0 && i + POST_BACK > j;)
		if (ctx->ti[i].title != NULL && ctx->ti[i].title_end < j &&
		    tok_has(ctx, ctx->ti[i].title_end, W_ANY(W_PREP_TO, W_PREP_SUBJECT)))
			return 1;
	return 0;
}

/*
 * "Japan's environment minister, Haruka Tanaka," — a name set off by
 * commas after a lower-case role (or a title's post: "the Minister of
 * Housing and Urban Affairs, Venkataraman Subramanian,") is a person's.
 */
static int
apposed_name(const struct an_ctx *ctx, size_t a, size_t b)
{
	if (a < 2 || !an_tok_punct(ctx, a - 1, ',') || b >= ctx->ntok)
		return 0;
	if (!an_tok_punct(ctx, b, ',') && !an_tok_punct(ctx, b, '(') && !an_tok_punct(ctx, b, '.'))
		return 0;
	for (size_t j = a; j < b; j++)	/* a name's tokens, as name_run() bounds them */
		if (wk_any(ctx->ti[j].words, W_ANY(W_NOT_NAME, W_ORG)))
			return 0;
	return tok_is(ctx, a - 2, WS_TOK_WORD) && !tok_is(ctx, a - 2, WS_TOK_NUMBER) &&
	       (!tok_is(ctx, a - 2, WS_TOK_CAP) || post_ends(ctx, a - 2) || role_opens(ctx, a - 1));
}

/*
 * The role before "ROLE, NAME,": back to the sentence start or a comma,
 * or to a determiner after a word that is no preposition ("met the
 * mayor, Ana Ruiz": the role is "mayor"; "a spokeswoman for the
 * ministry, Ana Ruiz" goes on past "for the").
 */
static void
role_before(struct an_ctx *ctx, size_t person, size_t a)
{
	size_t r = a - 1;

	while (r > 0 && a - r < ROLE_MAX_TOKENS && !an_tok_punct(ctx, r - 1, ',') &&
	       !tok_has(ctx, r - 1, W_COMPLEMENTIZER) &&
	       tok_is(ctx, r - 1, WS_TOK_WORD) && !(ctx->ti[r - 1].cue != NULL &&
							  ctx->ti[r - 1].cue->kind == LEX_CUE)) {
		r--;
		if (tok_has(ctx, r, W_DETERMINER) && r > 0 && tok_is(ctx, r - 1, WS_TOK_WORD) &&
		    !tok_has(ctx, r - 1, W_ANY(W_PREPOSITION, W_PREP_SUBJECT, W_PREP_OBJECT,
					       W_PREP_BEFORE_NOUN, W_DETERMINER)))
			break;
	}
	if (r < a - 1 && tok_has(ctx, r, W_DETERMINER))
		r++;	/* "the mayor", "Its chief financial officer": the role is the noun's */
	if (r < a - 1 && a - r < ROLE_MAX_TOKENS)
		set_role(ctx, person, r, a - 1);
}

/* Does sentence token a open the sentence, or a quotation in it? */
static int
sentence_initial(const struct an_ctx *ctx, size_t a)
{
	return a == 0 || tok_is(ctx, a - 1, WS_TOK_OPEN_QUOTE) || an_tok_punct(ctx, a - 1, ':');
}


/* Is the sentence at work a title or a heading? */
static int
in_headline(const struct an_ctx *ctx)
{
	enum ws_block_kind kind = ws_doc_block_kind(ctx->doc, ctx->sent_block);

	return kind == WS_BLOCK_TITLE || kind == WS_BLOCK_HEADING;
}

/*
 * "… a cross from Jorrit van der Berg. … Van der Berg, the Dutch wing
 * back, was quick to …": the surname of a name nothing vouched for opens
 * a sentence with an apposition that gives it a role; it is that
 * person's, named in full.
 */
static int
surname_introduced(const struct an_ctx *ctx, size_t a, size_t b, size_t words)
{
	return words <= 2 && sentence_initial(ctx, a) && an_tok_punct(ctx, b, ',') &&
	       tok_has(ctx, b + 1, W_ARTICLE) && candidate(ctx, surname_key(ctx, a, b)) != NULL;
}

/*
 * Does word j end as a plural of people by what they do ("Welders",
 * "Protesters", "Lobbyists", "Retirees", "Residents", "Demonstrators")?
 */
static int
plural_agent(const struct an_ctx *ctx, size_t j)
{
	static const char *const ends[] = { "ers", "ors", "ists", "ians", "ants", "ents", "ees" };
	size_t len;
	const char *t = an_text(ctx, j, &len);

	for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++) {
		size_t n = strlen(ends[i]);

		if (len > n + 3 && memcmp(t + len - n, ends[i], n) == 0)
			return 1;
	}
	return 0;
}

/*
 * "Welders marched on the town hall, demanding …": one capitalised word
 * opening the sentence, shaped as a plural of people by what they do, is
 * a group, not a person named by a surname, unless that surname was
 * introduced ("Ida Rivers … Rivers said") or a role follows ("Rivers,
 * the mayor, said").  The list of such words (not-name in data/words.txt)
 * holds the plurals of other shapes ("Fishermen", "Troops").
 */
static int
group_opens(const struct an_ctx *ctx, size_t r, size_t b)
{
	return r + 1 == b && (r == 0 || r == an_dateline_end(ctx) || sentence_initial(ctx, r)) &&
	       plural_agent(ctx, r) && !an_tok_punct(ctx, b, ',') &&
	       an_person_by_surname(ctx, surname_key(ctx, r, b)) == WS_NONE;
}

/*
 * Does the run of capitalised words that sentence token a starts go on
 * from a word before it?  The sentence's first word is capitalised by
 * its place, so a word of time there ("Yesterday Khin Maung Thet Naing
 * said") is none; any other is ("Port Talks Collapse Amid Rows": five
 * words, too many for a name, whose last four are no one's).
 */
static int
longer_run(const struct an_ctx *ctx, size_t a)
{
	return a > 0 && tok_is(ctx, a - 1, WS_TOK_CAP) && tok_is(ctx, a - 1, WS_TOK_WORD) &&
	       ctx->ti[a - 1].title == NULL && !ctx->ti[a - 1].in_name &&
	       !(a - 1 == 0 && tok_has(ctx, 0, W_ANY(W_TIME, W_ADVERBIAL)));
}

/*
 * "Video shows …", "Health worries …", "Keeps saying …": one word
 * capitalised by its place at the sentence's start, before a cue, is a
 * person's surname only when the article introduced it ("Ellis Young …
 * Young said"; one already known is vouched for as such).  People are
 * named in full first; a word of the language opens sentences.
 */
static int
lone_opening_word(const struct an_ctx *ctx, size_t a, size_t b, size_t words)
{
	return words == 1 && sentence_initial(ctx, a) && candidate(ctx, surname_key(ctx, a, b)) == NULL;
}

/*
 * "He’s claiming", "I’m saying", "They're": a word of no one's name (a
 * pronoun, not-name) with a contraction or a possessive glued to it.
 */
static int
contracted_not_name(const struct an_ctx *ctx, size_t j)
{
	size_t len, n;
	const char *t = an_text(ctx, j, &len);

	for (n = 0; n < len && t[n] != '\'' && !(n + 2 < len && memcmp(t + n, "\xe2\x80\x99", 3) == 0); n++)
		;
	return n > 0 && n < len && wk_any(lex_word_kinds(ctx->lex, t, n), W_NOT_NAME);
}

/* Does the name [a, b) start as the known person of its surname's name does? */
static int
opens_known_name(struct an_ctx *ctx, size_t a, size_t b)
{
	const char *name = ctx->an->people[an_person_by_surname(ctx, surname_key(ctx, a, b))].name;
	size_t len;
	const char *t = an_text(ctx, a, &len);

	return strncmp(name, t, len) == 0 && (name[len] == ' ' || name[len] == '-' || name[len] == '\0');
}

/* Where an honorific starts among the titles [k, a) ("Minister Shri", "spokesperson Ms."), else a. */
static size_t
honorific_in(const struct an_ctx *ctx, size_t k, size_t a)
{
	for (size_t j = k + 1; j < a; j++)	/* TITLES_IN_A_ROW and a post at most */
		if (ctx->ti[j].title != NULL && ctx->ti[j].title->kind == LEX_HONORIFIC)
			return j;
	return a;
}

/* Is the sentence at work in a heading of the article (not its title)? */
static int
in_heading(const struct an_ctx *ctx)
{
	const struct ws_doc *doc = ctx->doc;

	return ws_doc_block_kind(doc, ctx->sent_block) == WS_BLOCK_HEADING;
}

#define POST_WORDS 5	/* "of Housing and Urban Affairs" */

/*
 * After a capitalised title, at sentence token tb: its post's country or
 * portfolio, words of a body's name (org, post) and "and" after "of" or "to",
 * then the name: "Ambassador to China Chola Phiri", "Minister of Finance
 * Ken Ofori-Atta", "Minister of Housing and Urban Affairs Shri
 * Venkataraman Subramanian" (an honorific after it is stepped over too).
 * The post ends with its last body's word.  Returns where the name
 * starts, or tb when there is no post ("a spokesman for House Speaker
 * Paul Ryan", "chairman of America Rising" have none).
 */
static size_t
after_post(const struct an_ctx *ctx, size_t tb)
{
	size_t j, end = tb;

	if (tb + 2 >= ctx->ntok || !tok_has(ctx, tb, W_ANY(W_PREP_TO, W_PREP_SUBJECT)))
		return tb;
	for (j = tb + 1; j < ctx->ntok && j < tb + 1 + POST_WORDS; j++) {
		if (tok_is(ctx, j, WS_TOK_WORD) && tok_is(ctx, j, WS_TOK_CAP) && ctx->ti[j].title == NULL) {
			if (tok_has(ctx, j, W_ANY(W_ORG, W_POST)))
				end = j + 1;
		} else if (!(j > tb + 1 && tok_has(ctx, j, W_COORDINATOR) && !tok_is(ctx, j, WS_TOK_CAP))) {
			break;
		}
	}
	/* "CEO of Iraq and Afghanistan Veterans of America": a body's name goes on, no post. */
	if (end == tb || end >= ctx->ntok || (j < ctx->ntok && tok_has(ctx, j, W_PREP_BODY)))
		return tb;
	if (ctx->ti[end].title != NULL && ctx->ti[end].title->kind == LEX_HONORIFIC) {
		j = ctx->ti[end].title_end;
		end = j < ctx->ntok && an_tok_punct(ctx, j, '.') ? j + 1 : j;	/* "Dr." */
	}
	return end < ctx->ntok && tok_is(ctx, end, WS_TOK_CAP) && !tok_has(ctx, end, W_ANY(W_ORG, W_POST)) &&
	       ctx->ti[end].title == NULL ? end : tb;
}

#define BODY_NOUN_WORDS 3	/* words between a determiner and a body's noun: "the dockworkers’" */

/*
 * Does a determiner or a possessive open the phrase whose noun is
 * sentence token n: "the union", "the aid agency", "the dockworkers’
 * union", "Rotterdam’s union"?
 */
static int
determined_before(const struct an_ctx *ctx, size_t n)
{
	for (size_t j = n, words = 0; j-- > 0 && words <= BODY_NOUN_WORDS;) {
		if (tok_has(ctx, j, W_DETERMINER) || ws_token_is(&ctx->tok[j], WS_TOK_APOSTROPHE) ||
		    an_name_len(ctx, j) != ws_token_len(&ctx->tok[j]))
			return 1;	/* "the", "dockworkers’", "Rotterdam’s" */
		if (!tok_is(ctx, j, WS_TOK_WORD) || tok_is(ctx, j, WS_TOK_CAP))
			return 0;
		words++;
	}
	return 0;
}

/*
 * "the consortium, Cables del Valle de Aburrá,", "The union, Havenbond,":
 * a name set off by commas right after a body's noun in lower case
 * (body-noun) is the body's name.
 */
static int
body_before_apposition(const struct an_ctx *ctx, size_t a)
{
	size_t d;

	if (a < 3 || !an_tok_punct(ctx, a - 1, ',') || !tok_is(ctx, a - 2, WS_TOK_WORD) ||
	    tok_is(ctx, a - 2, WS_TOK_CAP) || !tok_has(ctx, a - 2, W_BODY_NOUN) ||
	    ctx->ti[a - 2].title != NULL || !determined_before(ctx, a - 2))
		return 0;
	/* not after a preposition: "A spokeswoman for the ministry, Olga Ivanova," renames her */
	for (d = a - 2; d > 0 && !tok_has(ctx, d, W_DETERMINER) && a - 2 - d <= BODY_NOUN_WORDS; d--)
		;
	return d == 0 || !tok_has(ctx, d - 1, W_ANY(W_PREPOSITION, W_PREP_SUBJECT, W_ROLE_END));
}

/*
 * A person named at sentence token k, maybe after a title: returns the
 * token after the mention, or k when there is none here.
 */
static size_t
find_person(struct an_ctx *ctx, size_t k)
{
	const struct lex_entry *title = ctx->ti[k].title;
	size_t a = k, b, words, p, tb = k;
	int org, known, vouched, family_first;
	unsigned char gender = WS_GENDER_UNKNOWN;

	if (title != NULL) {
		tb = ctx->ti[k].title_end;
		if (tb < ctx->ntok && an_tok_punct(ctx, tb, '.') && title->phrase[title->len - 1] != '.')
			tb++;	/* "Mr" "." */
		/* "Deputy Foreign Minister Gennady Barsukov": titles in a row are one. */
		for (int n = 0; n < TITLES_IN_A_ROW && tb < ctx->ntok && ctx->ti[tb].title != NULL &&
		     ctx->ti[tb].title_end > tb; n++)
			tb = ctx->ti[tb].title_end;
		if (tok_is(ctx, k, WS_TOK_CAP))
			tb = after_post(ctx, tb);
		if (tb < ctx->ntok && tok_is(ctx, tb, WS_TOK_CAP) &&
		    ctx->ti[tb].outlet == NULL)
			a = tb;
		else
			title = NULL;
	}
	/*
	 * "von Albrecht said": a particle opens a name that no capital word
	 * opened, and no particle before it ("la" of "de la Fuente" is none).
	 */
	if (!tok_is(ctx, a, WS_TOK_WORD) ||
	    (!tok_is(ctx, a, WS_TOK_CAP) &&
	     (particles_lead(ctx, a, 0) == WS_NONE || (a > 0 && is_particle(ctx, a - 1)) ||
	      (a > 0 && tok_is(ctx, a - 1, WS_TOK_CAP) && tok_is(ctx, a - 1, WS_TOK_WORD)))))
		return k;
	/* "Al-Harthi", "Hewlett-Packard": no name starts inside a capitalised hyphenated word ("pro-Jeb Bush" does). */
	if (a == k && a >= 2 && an_mark_inside(ctx, a - 1, '-') && tok_is(ctx, a - 2, WS_TOK_WORD) &&
	    tok_is(ctx, a - 2, WS_TOK_CAP))
		return k;
	/* "Morrow & Finch", "Baker & McKenzie": a name after "&" is a firm's. */
	if (a == k && a >= 2 && an_tok_punct(ctx, a - 1, '&') && tok_is(ctx, a - 2, WS_TOK_CAP)) {
		remember_org_name(ctx, a, name_run(ctx, a, NAME_MAX_WORDS, &words, &org));
		return k;
	}
	/* "Albuquerque Neto": a suffix after a capitalised word opens no name of its own. */
	if (a == k && a > 0 && is_suffix(ctx, a) && tok_is(ctx, a - 1, WS_TOK_CAP) &&
	    tok_is(ctx, a - 1, WS_TOK_WORD))
		return k;
	b = name_run(ctx, a, NAME_MAX_WORDS, &words, &org);
	if (words == 0)
		return k;
	/*
	 * "Grace Period", "Rose Ward": a heading's words are in title case,
	 * so a name there is a person's only if known or titled.
	 */
	if (title == NULL && in_heading(ctx) && an_person_by_surname(ctx, surname_key(ctx, a, b)) == WS_NONE)
		return k;
	/* "Chief Cabinet Secretary", "Deputy Health Secretary": a word between two titles is theirs. */
	if (title != NULL && words == 1 && b < ctx->ntok && ctx->ti[b].title != NULL && tok_is(ctx, b, WS_TOK_CAP))
		return k;
	/* "Major League Baseball", "General Assembly": a title's word opening a body's name. */
	if (title != NULL && wk_any(ctx->ti[a].words, W_ORG) &&
	    !wk_any(ctx->ti[a].words, W_ANY(W_GIVEN, W_FAMILY_FIRST)))
		return k;
	/* "the Department of Transport", "the Institute on Aging": a body's name goes on. */
	if (a == k && title == NULL && in_body_name(ctx, a))
		return k;
	/* "By Anna Lindqvist and Tom Berg": the byline names the writers, no one of the article. */
	if (is_byline(ctx) || is_credit_line(ctx))
		return k;
	/* "HS Orka said": a word after an acronym is the rest of a body's name. */
	if (a == k && title == NULL && a > 0 && words == 1 && tok_is(ctx, a - 1, WS_TOK_ALLCAPS) &&
	    joined_by_space(ctx, a - 1) && !is_initial(ctx, a - 1) && ctx->ti[a - 1].title == NULL &&
	    given_gender(&ctx->ti[a]) == WS_GENDER_UNKNOWN)
		return k;
	/* "Kim Ji-hoon Heads to Yokohama": in a headline, a verb is capitalised too. */
	if (ctx->titlecase && title == NULL && words > 2 &&
	    an_person_by_surname(ctx, surname_key(ctx, a, b)) == WS_NONE)
		b = name_run(ctx, a, 2, &words, &org);
	known = an_person_by_surname(ctx, surname_key(ctx, a, b)) != WS_NONE;
	/*
	 * "Chinese Vice Premier Meets Kazakh Deputy Prime Minister", "Whitcomb
	 * Holdout Puts Senate Farm Bill Deal in Doubt": in a title or heading
	 * in title case verbs and nouns are capitalised too, and the article
	 * names its people in its text: such a line makes no one new.
	 */
	if (!known && ctx->titlecase && in_headline(ctx))
		return k;
	/*
	 * "Hillary said" after "Hillary Clinton": the one person of that
	 * given name, before a speech cue; when two people have it ("Grace
	 * Park met Grace Mensah. Grace said"), no one, and no one new.  After
	 * an honorific too, when no one has it as a surname: "Aunty Beryl
	 * said" after "Aunty Beryl Dutton".
	 */
	if (!known && (title == NULL || title->kind == LEX_HONORIFIC) && words == 1 && cue_follows(ctx, b) &&
	    (p = given_person(ctx, a)) != WS_NONE) {
		if (p == AN_MANY_GIVEN)
			return k;
		mark_person(ctx, p, a, b);
		return b;
	}
	/*
	 * "Mr Faizal said" after "Muhammad Faizal Abdul Rahman": after an
	 * honorific, a word no one has as a given name or surname is the
	 * one person with that middle name; of two, no one new either.
	 */
	if (!known && title != NULL && title->kind == LEX_HONORIFIC && words == 1 &&
	    given_person(ctx, a) == WS_NONE && (p = middle_person(ctx, a)) != WS_NONE) {
		if (p == AN_MANY_GIVEN)
			return k;
		mark_person(ctx, p, a, b);
		return b;
	}
	/* "Morgan Stanley said", "Goldman Sachs analysts": a body, though shaped as a person. */
	if (org_name_in(ctx, a, b) != WS_NONE)
		return k;
	/*
	 * "The World Health Organization said", "the Red Cross,": a name
	 * right after "the" that ends a phrase is a body's or a place's, not
	 * a person's, which comes after a title or a role ("the Rev. Ana
	 * Ruiz", "the mayor, Ana Ruiz").  One that goes on as a noun's
	 * modifier is a person's still: "the Ana Ruiz campaign".
	 */
	if (title == NULL && !known && a == k && a > 0 && tok_has(ctx, a - 1, W_THE) &&
	    joined_by_space(ctx, a - 1) &&
	    (b >= ctx->ntok || !tok_is(ctx, b, WS_TOK_WORD) || ctx->ti[b].cue != NULL)) {
		remember_org_name(ctx, a, b);
		return k;
	}
	/*
	 * "The aid agency Oxfam said", "the group Harbour Watch,": a name
	 * that ends a phrase after a body's noun and its determiner is the
	 * body's ("we watch John Kerry's", "a group Barack Obama won" are
	 * none such).
	 */
	if (title == NULL && !known && a == k && a >= 2 && tok_has(ctx, a - 1, W_ORG) &&
	    tok_is(ctx, a - 1, WS_TOK_WORD) && !tok_is(ctx, a - 1, WS_TOK_CAP) &&
	    joined_by_space(ctx, a - 1) && determined_before(ctx, a - 1) &&
	    (b >= ctx->ntok || !tok_is(ctx, b, WS_TOK_WORD) || ctx->ti[b].cue != NULL)) {
		remember_org_name(ctx, a, b);
		return k;
	}
	/* "Park said" after "Park Min-seo": a known surname, though a park is a place. */
	if (org && !(known && words == 1)) {
		remember_org(ctx, a, b);
		return k;
	}

	/*
	 * "Though Trump said", "What Sanders wants": a word capitalised only
	 * because it opens the sentence is no given name of someone known.
	 */
	if (known && title == NULL && words >= 2 && sentence_initial(ctx, a) &&
	    !wk_any(ctx->ti[a].words, W_ANY(W_GIVEN, W_FAMILY_FIRST, W_NAME_PARTICLE)) &&
	    ctx->pinfo[an_person_by_surname(ctx, surname_key(ctx, a, b))].has_given) {
		a++;
		words--;
		k = a;
	}
	/* "Lee Soo-jin": Lee is the family name, no given name of a man. */
	family_first = words == 2 && surname_at(ctx, a, b) == a;
	/*
	 * "Kim" alone after "Kim Seo-yeon" is her surname, not the man's given
	 * name Kim; "Al Zadjali" after "Maryam bint Saif Al Zadjali" is no Al.
	 */
	gender = family_first || (known && (words == 1 || !opens_known_name(ctx, a, b))) ?
		 WS_GENDER_UNKNOWN : given_gender(&ctx->ti[a]);
	/*
	 * "Oxfam, the aid agency, said", "the consortium, Cables del Valle,
	 * had been paid": a name no given name opens, set off by a body's noun.
	 */
	if (title == NULL && !known && gender == WS_GENDER_UNKNOWN && !family_first &&
	    (body_apposition(ctx, b) || body_before_apposition(ctx, a))) {
		remember_org_name(ctx, a, b);
		return k;
	}
	if (gender == WS_GENDER_UNKNOWN && kin_after(ctx, b))
		gender = (unsigned char)(kin_after(ctx, b) - 1);
	vouched = title != NULL || (words >= 2 && words <= NAME_MAX_WORDS && apposed_name(ctx, a, b)) ||
		  (words >= 2 && words <= 3 && kin_after(ctx, b)) ||
		  /* "The striker, Tavinho, said": a mononym set off after its role. */
		  (words == 1 && apposed_name(ctx, a, b) && an_tok_punct(ctx, b, ',') &&
		   cue_follows_aside(ctx, b + 1)) ||
		  (words >= 2 && gender != WS_GENDER_UNKNOWN) || family_first ||
		  (words >= 2 && words <= 3 && particle_inside(ctx, a, b)) ||
		  surname_introduced(ctx, a, b, words) ||
		  (words == 2 && syllabic(ctx, a)) ||
		  (words >= 2 && words <= 3 && age_follows(ctx, b)) ||
		  (known && words <= 3) ||
		  ((words <= 3 || (words == NAME_MAX_WORDS && !longer_run(ctx, a))) &&
		   cue_follows(ctx, b) && !ctx->titlecase && !served(ctx, a) && !an_body_name_goes_on(ctx, a) &&
		   !wk_any(ctx->ti[a].words, W_NOT_NAME) && !group_opens(ctx, a, b) &&
		   !lone_opening_word(ctx, a, b, words));
	/* "Emerson Lowe Group Inc. … Emerson Lowe said": the company, no one; "John Lowe" is someone. */
	if (!known && title == NULL && gender == WS_GENDER_UNKNOWN && is_org_name(ctx, surname_key(ctx, a, b)))
		return k;
	/*
	 * "the Office of Professional Responsibility said", "Save Westmoor
	 * Births said": a run that starts inside a longer one of capitalised
	 * words (or after a body's word opening the sentence) is no one's
	 * name unless a given name or a known surname says so.
	 */
	if (vouched && a == k && k > 1 && title == NULL && !known && (gender == WS_GENDER_UNKNOWN || words == 1) &&
	    !family_first && tok_is(ctx, k - 1, WS_TOK_CAP) && tok_is(ctx, k - 1, WS_TOK_WORD) &&
	    ctx->ti[k - 1].title == NULL && !ctx->ti[k - 1].in_name)
		vouched = 0;
	if (!vouched) {
		if (words >= 2 && words <= 3 && !org && !ctx->titlecase)
			remember_name(ctx, a, b);
		else if (words == 1 && !org && acts(ctx, a, b))
			recall_candidate(ctx, surname_key(ctx, a, b));
		return k;
	}
	p = person_for(ctx, a, b);
	/*
	 * "Marie-Claire", "Hans-Peter": a given name of parts says its gender
	 * when its first and last parts say the same.  Otherwise the lists
	 * cannot tell ("Jan" alone is a woman's name in English, and
	 * "Jan-Willem", "Willem-Jan" are men's; "Jean-Marie" is a man's): no
	 * gender, and "he" or "she" may name the person.  The first part
	 * still vouched for the name above.
	 */
	if (!family_first && word_last_part(ctx, a) != a &&
	    given_gender(&ctx->ti[word_last_part(ctx, a)]) != gender)
		gender = WS_GENDER_UNKNOWN;
	if (title != NULL && title->gender != WS_GENDER_UNKNOWN)
		gender = title->gender;
	if (ctx->an->people[p].gender == WS_GENDER_UNKNOWN)
		ctx->an->people[p].gender = gender;
	if (title != NULL && title->kind == LEX_TITLE)
		set_role(ctx, p, k, honorific_in(ctx, k, a));
	if (title != NULL)	/* TITLES_IN_A_ROW titles of the lexicon */
		for (size_t j = k; j < a; j++)
			ctx->ti[j].in_name = 1;
	if (title == NULL && apposed_name(ctx, a, b))
		role_before(ctx, p, a);
	mark_person(ctx, p, a, b);
	apposition(ctx, p, b);
	return b;
}

/*
 * The subject of a cue ends with capitalised words no rule vouched for
 * ("Tomas Brandt, the union's negotiator, said"): the cue vouches for
 * them.  Returns the person, or WS_NONE.
 */
size_t
an_subject_person(struct an_ctx *ctx, size_t a, size_t b)
{
	size_t r = WS_NONE, p;

	if (an_name_len(ctx, b - 1) != ws_token_len(&ctx->tok[b - 1]))
		return WS_NONE;
	/*
	 * The first token from which a run of name words ends right at b:
	 * "Kwame Nkrumah-Acheampong", "R.J. Whitcomb", "Ahmad Shah Massoud
	 * Jr.", "Jorrit van der Berg".
	 */
	for (size_t j = b > a + SUBJECT_NAME_TOKENS ? b - SUBJECT_NAME_TOKENS : a; j < b && r == WS_NONE; j++) {
		const struct an_tok *ti = &ctx->ti[j];
		unsigned f = ws_token_flags(&ctx->tok[j]);
		size_t words, end;
		int org;

		if (!(f & WS_TOK_WORD) || ti->in_name || ti->outlet != NULL || ti->title != NULL ||
		    ti->pronoun || wk_any(ti->words, W_ORG) ||
		    (!(f & WS_TOK_CAP) && particles_lead(ctx, j, 0) == WS_NONE))
			continue;
		if (j > a && tok_is(ctx, j - 1, WS_TOK_WORD) &&
		    (tok_is(ctx, j - 1, WS_TOK_CAP) || is_particle(ctx, j - 1)) &&
		    ctx->ti[j - 1].title == NULL)
			continue;	/* not where the run of capitalised words starts */
		if (in_body_name(ctx, j) || an_body_name_goes_on(ctx, j) || ctx->titlecase)
			return WS_NONE;
		end = name_run(ctx, j, NAME_MAX_WORDS, &words, &org);
		if (end == b && words > 0 && !org)
			r = j;
	}
	/* "Hillary said", and "Grace said" of two Graces: a given name alone (find_person()). */
	if (r != WS_NONE && r + 1 == b && an_person_by_surname(ctx, surname_key(ctx, r, b)) == WS_NONE &&
	    (p = given_person(ctx, r)) != WS_NONE) {
		if (p == AN_MANY_GIVEN)
			return WS_NONE;
		mark_person(ctx, p, r, b);
		return p;
	}
	if (r == WS_NONE || is_org_name(ctx, surname_key(ctx, r, b)) || group_opens(ctx, r, b) ||
	    served(ctx, r) ||	/* "Protesters at the main camp in Mondomo said" */
	    (word_last_part(ctx, r) + 1 == b && lone_opening_word(ctx, r, b, 1) &&
	     an_person_by_surname(ctx, surname_key(ctx, r, b)) == WS_NONE &&
	     ((!cue_follows(ctx, b) && b < ctx->ntok && tok_is(ctx, b, WS_TOK_WORD)) ||
	      contracted_not_name(ctx, r))))
		return WS_NONE;	/* "Video shows …", "He’s claiming …"; not "Shefali said", "Rivers, the …" */
	p = person_for(ctx, r, b);
	mark_person(ctx, p, r, b);
	apposition(ctx, p, b);
	return p;
}

/* The noun of an outlet reference: "agency" of "the news agency". */
static const char *
ref_noun(const struct lex_entry *e)
{
	const char *noun = strrchr(e->phrase, ' ');

	return noun != NULL ? noun + 1 : e->phrase;
}

/*
 * Does the outlet's name hold the word w ("Agency" in "Middle East News
 * Agency"), in any case, between spaces?  Each word of the name is
 * weighed once: strcasestr() set up a search of its own for every name,
 * and a reference weighs up to NOUN_REF_OUTLETS of them.
 */
static int
name_holds(const char *name, const char *w)
{
	size_t n = strlen(w);

	for (const char *p = name;;) {
		const char *space = strchr(p, ' ');
		size_t len = space != NULL ? (size_t)(space - p) : strlen(p);

		if (len == n && strncasecmp(p, w, n) == 0)
			return 1;
		if (space == NULL)
			return 0;
		p = space + 1;
	}
}

#define NOUN_REF_SENTENCES 40	/* how far back "the agency" finds a News Agency */
#define NOUN_REF_OUTLETS 64	/* outlets "the agency" weighs, the latest first */

/*
 * The outlet whose name holds the noun of reference e ("the agency"
 * after the Middle East News Agency), or that was named after it ("the
 * broadcaster" after "the public broadcaster RÚV"), the one named last, within
 * NOUN_REF_SENTENCES sentences: the name says what kind of outlet it is,
 * so the reference reaches past other outlets and further back than
 * "the outlet" does.  WS_NONE when none.
 */
static size_t
outlet_named_by_noun(const struct an_ctx *ctx, const struct lex_entry *e)
{
	const char *noun = ref_noun(e);
	uint64_t key = lex_key(noun, strlen(noun));
	size_t first = ctx->sent > NOUN_REF_SENTENCES ? ctx->sent - NOUN_REF_SENTENCES : 0, best = WS_NONE;
	uint32_t from = ws_sentence_start(ctx->doc, first), last = 0;

	/*
	 * The outlets named first most lately, NOUN_REF_OUTLETS of them: a
	 * real article names a dozen, and a page of thousands must not make
	 * each reference look at them all (issue 16).
	 */
	for (size_t n = 0, i = ctx->an->noutlets; i-- > 0 && n < NOUN_REF_OUTLETS; n++) {
		const struct ws_outlet *o = &ctx->an->outlets[i];
		int named = i < ctx->outlet_nouns_cap && ctx->outlet_nouns[i] == key;

		ctx->an->work++;
		if (o->nmentions == 0 || o->mentions[o->nmentions - 1].end < from ||
		    o->mentions[o->nmentions - 1].end < last || !(named || name_holds(o->name, noun)))
			continue;
		best = i;
		last = o->mentions[o->nmentions - 1].end;
	}
	return best;
}

/*
 * Was the noun of the reference e at sentence token k ("the agency")
 * written for something else since the last outlet was named: "Reuters
 * reported … The UN refugee agency said … The agency added" is the UN's?
 *
 * The walk goes back over the document's tokens to the last mention of
 * `outlet`, within NOUN_REF_SENTENCES sentences (6 for the last outlet
 * named: find_outlet() asks only then), and stops at the first token
 * that is the noun.  So it is linear: a reference that finds no rival
 * becomes a mention, and the next walk for its noun stops there or at
 * its noun; one that finds a rival stops at the token of its noun
 * nearest before it, so two walks for the same noun never cross the
 * same token, and the lexicon has a few such nouns (13).  Nothing is cut
 * short: the bound is the span the rule is about.
 */
#define APPOS_NOUN_BYTES 64	/* ", a Cebu-based regional newspaper" */

static int
rival_since(const struct an_ctx *ctx, size_t k, const struct lex_entry *e, size_t outlet)
{
	const struct ws_outlet *o = &ctx->an->outlets[outlet];
	const char *noun = ref_noun(e);
	size_t since = o->nmentions > 0 ? o->mentions[o->nmentions - 1].end : 0;
	size_t d = ws_sentence_first_token(ctx->doc, ctx->sent) + k, n = strlen(noun);

	/* "Bandera Visayas, a Cebu-based newspaper,": the apposition's noun is the outlet's own. */
	size_t own = since < ctx->len && ctx->s[since] == ',' ? since + APPOS_NOUN_BYTES : since;

	while (d-- > 0 && ws_token_start(&ctx->doc->tokens[d]) >= since) {
		const struct ws_token *t = &ctx->doc->tokens[d];

		ctx->an->work++;
		if (ws_token_len(t) == n && strncasecmp(ctx->s + ws_token_start(t), noun, n) == 0 &&
		    ws_token_start(t) >= own)
			return 1;
	}
	return 0;
}

/* Outlet o is of the kind of the noun with key `key` ("agency"). */
static void
set_outlet_noun(struct an_ctx *ctx, size_t o, uint64_t key)
{
	if (o >= ctx->outlet_nouns_cap) {
		size_t cap = ctx->outlet_nouns_cap;

		xgrow(&ctx->outlet_nouns, &ctx->outlet_nouns_cap, o + 1, sizeof *ctx->outlet_nouns);
		memset(ctx->outlet_nouns + cap, 0, (ctx->outlet_nouns_cap - cap) * sizeof *ctx->outlet_nouns);
	}
	ctx->outlet_nouns[o] = key;
}

static size_t
outlet_index(struct an_ctx *ctx, size_t lexo)
{
	struct ws_analysis *an = ctx->an;
	struct ws_outlet *o;

	if (ctx->outlet_of[lexo] != WS_NONE)
		return ctx->outlet_of[lexo];
	xgrow(&an->outlets, &ctx->outlets_cap, an->noutlets + 1, sizeof *an->outlets);
	o = &an->outlets[an->noutlets];
	memset(o, 0, sizeof *o);
	o->id = xstrdup(ctx->lex->outlets[lexo].id);
	o->name = xstrdup(ctx->lex->outlets[lexo].name);
	ctx->outlet_of[lexo] = an->noutlets;
	keymap_set(&ctx->outlet_ids, outlet_id_key(o->id), an->noutlets);
	/* "Reuters … the agency": a news agency of the lists is what "the agency" names */
	if (ctx->lex->outlets[lexo].agency)
		set_outlet_noun(ctx, an->noutlets, lex_key("agency", 6));
	return an->noutlets++;
}

static size_t outlet_noun_before(const struct an_ctx *ctx, size_t k);
static void note_outlet_noun(struct an_ctx *ctx, size_t o, size_t n);

/*
 * An outlet named at k ("the Associated Press", "the outlet"): returns
 * the token after it.  A listed one after a noun that says what it is
 * ("the public broadcaster RÚV") keeps the noun, for "the broadcaster"
 * later, as an outlet known by context does.
 */
static size_t
find_outlet(struct an_ctx *ctx, size_t k)
{
	const struct lex_entry *e = ctx->ti[k].outlet;
	size_t end = ctx->ti[k].outlet_end, o, start = tok_start(ctx, k);
	struct ws_outlet *out;

	if (e->kind == LEX_OUTLET_REF) {
		/* "the broadcaster RÚV", "The Daily Star": a name follows, no reference. */
		if (end < ctx->ntok && tok_is(ctx, end, WS_TOK_CAP) && tok_is(ctx, end, WS_TOK_WORD))
			return k;
		if ((o = outlet_named_by_noun(ctx, e)) != WS_NONE) {
			if (rival_since(ctx, k, e, o))
				return k;
		} else if (ctx->last_outlet == WS_NONE || ctx->sent > ctx->last_outlet_sent + 6 ||
			   strcmp(ref_noun(e), "agency") == 0 ||	/* an aid agency is no news agency */
			   rival_since(ctx, k, e, ctx->last_outlet)) {
			return k;
		} else {
			o = ctx->last_outlet;
		}
	} else {
		size_t noun = outlet_noun_before(ctx, k);

		o = outlet_index(ctx, e->outlet);
		if (noun != WS_NONE)
			note_outlet_noun(ctx, o, noun);
	}
	if (k > 0 && e->kind == LEX_OUTLET && !(e->flags & LEXF_THE) && tok_has(ctx, k - 1, W_THE))
		start = tok_start(ctx, k - 1);
	out = &ctx->an->outlets[o];
	/* "the BBC’s": the name, not its possessive ending */
	add_span(&out->mentions, &out->nmentions, start, tok_start(ctx, end - 1) + an_name_len(ctx, end - 1));
	for (size_t j = k; j < end; j++) {	/* the words of a lexicon entry, once: in_name after */
		ctx->ti[j].in_name = 1;
		ctx->ti[j].outlet_at = o;
	}
	ctx->last_outlet = o;
	ctx->last_outlet_sent = ctx->sent;
	return end;
}

/*
 * Outlets no list holds, known by their context.  A name is an outlet's
 * after a noun that says so ("the public broadcaster RÚV", "the state
 * news agency Agerpres", "the news website mbl.is"); or when it has the
 * shape of one (a word such as News, Herald or TV in it, "The" opening it
 * in mid-sentence, an acronym, a web address) and it reports ("Punchbowl
 * News reported", "PTI reported", "Het Parool, citing …") or is told
 * ("told RNZ", "told The Advocate", "in an interview with STAT",
 * "reported by bdnews24.com").  Once named, the same words name it again.
 */
#define OUTLET_WORDS_MAX 5	/* "Middle East News Agency" is four */
#define ACRONYM_MAX 6

/*
 * Words of a web address that its dots part into tokens ("bdnews24.com",
 * "www.news24.co.za": a digit before a dot parts them): the longest an
 * outlet's has is three or four.  A longer chain ("1ab.1ab.1ab.…") is
 * no address; walking it from each of its words cost the square of its
 * length (issue 16), so the walk stops here.
 */
#define DOMAIN_WORDS_MAX 8

enum {
	OSHAPE_HEAD = 1 << 0,	/* "Punchbowl News" */
	OSHAPE_THE = 1 << 1,	/* "The Advocate" */
	OSHAPE_ACRONYM = 1 << 2,	/* "RNZ" */
	OSHAPE_DOMAIN = 1 << 3,	/* "bdnews24.com" */
	OSHAPE_PERSON = 1 << 4,	/* a given name or a title first: no outlet by shape */
	OSHAPE_OTHER = 1 << 5,	/* a word of a place, a body or a group */
};

/* Does sentence token k end with a dot and two or three letters ("mbl.is")? */
static inline int
tld_ends(const struct an_ctx *ctx, size_t k)
{
	size_t len;
	const char *t = an_text(ctx, k, &len);

	return len >= 5 && (t[len - 3] == '.' || t[len - 4] == '.');
}

/* A web address from sentence token k ("mbl.is", "bdnews24.com"): its end, or k. */
static size_t
domain_end(const struct an_ctx *ctx, size_t k)
{
	size_t len, j = k;
	const char *t = an_text(ctx, k, &len), *dot = memrchr(t, '.', len);

	if (!tok_is(ctx, k, WS_TOK_WORD))
		return k;
	if (dot != NULL && dot > t + 1 && t + len - dot - 1 >= 2 && t + len - dot - 1 <= 3) {
		for (const char *c = dot + 1; c < t + len; c++)
			if (!(*c >= 'a' && *c <= 'z'))
				return k;
		return k + 1;
	}
	for (size_t words = 1; an_mark_inside(ctx, j + 1, '.') && tok_is(ctx, j + 2, WS_TOK_WORD); words++) {
		if (words == DOMAIN_WORDS_MAX)
			return k;
		j += 2;
	}
	if (j == k || ws_token_len(&ctx->tok[k]) < 2)
		return k;
	t = an_text(ctx, j, &len);
	if (len < 2 || len > 3)
		return k;
	for (size_t i = 0; i < len; i++)
		if (!(t[i] >= 'a' && t[i] <= 'z'))
			return k;
	return j + 1;
}

/* Is sentence token j an acronym that could be an outlet's ("RNZ", not "UN")? */
static int
outlet_acronym(const struct an_ctx *ctx, size_t j)
{
	return tok_is(ctx, j, WS_TOK_ALLCAPS) && ws_token_len(&ctx->tok[j]) <= ACRONYM_MAX &&
	       !wk_any(ctx->ti[j].words, W_ANY(W_NOT_NAME, W_ORG)) && ctx->ti[j].title == NULL &&
	       !is_initial(ctx, j);
}

/*
 * The capitalised words from sentence token k that may name an outlet:
 * their end (k: none), and in *shape what they look like.
 */
static size_t
outlet_run(const struct an_ctx *ctx, size_t k, unsigned *shape)
{
	size_t j = k, words = 0, e;

	*shape = 0;
	if ((e = domain_end(ctx, k)) > k) {
		*shape = OSHAPE_DOMAIN;
		return e;
	}
	if (tok_has(ctx, k, W_THE) && tok_is(ctx, k, WS_TOK_CAP)) {
		*shape |= OSHAPE_THE;
		j++;
	}
	while (j < ctx->ntok && words < OUTLET_WORDS_MAX) {
		const struct an_tok *ti;
		unsigned f;

		/* "Agence de Presse Sénégalaise", "Diário de Notícias": a particle inside */
		if (words > 0 && j + 1 < ctx->ntok && !tok_is(ctx, j, WS_TOK_CAP) &&
		    tok_has(ctx, j, W_NAME_PARTICLE) && tok_is(ctx, j + 1, WS_TOK_CAP) &&
		    tok_is(ctx, j + 1, WS_TOK_WORD))
			j++;
		ti = &ctx->ti[j];
		f = ws_token_flags(&ctx->tok[j]);
		if (!(f & WS_TOK_WORD) || !(f & WS_TOK_CAP) || ti->in_name || ti->outlet != NULL ||
		    ti->pronoun || (ti->cue != NULL && ti->cue->kind == LEX_CUE && !(ti->outw & OUTW_HEAD)))
			break;
		if (words == 0 && (ti->title != NULL || wk_any(ti->words, W_GIVEN)))
			*shape |= OSHAPE_PERSON;
		if (ti->outw & OUTW_HEAD)
			*shape |= OSHAPE_HEAD;
		else if (wk_any(ti->words, W_ANY(W_NOT_NAME, W_ORG)))
			*shape |= OSHAPE_OTHER;
		if (words == 0 && outlet_acronym(ctx, j))
			*shape |= OSHAPE_ACRONYM;
		words++;
		for (size_t parts = 1; parts < NAME_WORD_PARTS && hyphen_goes_on(ctx, j); parts++) {
			j += 2;
			if (ctx->ti[j].outw & OUTW_HEAD)
				*shape |= OSHAPE_HEAD;	/* "WWL-TV" */
		}
		j++;
		if (an_name_len(ctx, j - 1) != ws_token_len(&ctx->tok[j - 1]))
			return k;	/* "The Herald's editor": someone of the outlet */
	}
	/* "a gas station Sunday night": a day or a month alone names no outlet. */
	if (words == 0 || (words == 1 && j == k + 1 && tok_has(ctx, k, W_ANY(W_WEEKDAY, W_MONTH))))
		return k;
	/*
	 * "KHCT 9", "Channel 4": call letters or an outlet's word, and a
	 * channel's number; "WTRC 10 News": and an outlet's word after it.
	 */
	if (j < ctx->ntok && tok_is(ctx, j, WS_TOK_NUMBER) && ws_token_len(&ctx->tok[j]) <= 2 &&
	    (outlet_acronym(ctx, j - 1) || (ctx->ti[j - 1].outw & OUTW_HEAD)) && joined_by_space(ctx, j - 1)) {
		j++;
		if (j < ctx->ntok && tok_is(ctx, j, WS_TOK_CAP) && (ctx->ti[j].outw & OUTW_HEAD) &&
		    ctx->ti[j].outlet == NULL && joined_by_space(ctx, j - 1)) {
			j++;
			words++;
			*shape |= OSHAPE_HEAD;
		}
	}
	if (words > 1 || (*shape & OSHAPE_HEAD))
		*shape &= ~(unsigned)OSHAPE_ACRONYM;
	return j;
}

/* A noun that introduces an outlet and ends right before sentence token k: its last token, or WS_NONE. */
static size_t
outlet_noun_before(const struct an_ctx *ctx, size_t k)
{
	for (size_t j = k > 3 ? k - 3 : 0; j < k; j++)
		if ((ctx->ti[j].outw & OUTW_NOUN) && ctx->ti[j].noun_end == k)
			return k - 1;
	return WS_NONE;
}

#define APPOS_NOUN_TOKENS 6	/* tokens before the noun: "a Cebu-based daily" */

/*
 * Does an apposition after the run that ends before sentence token e say
 * it is an outlet: "Bandera Visayas, a Cebu-based newspaper, reported",
 * "told KHCT 9, the Harbor City station, that", "Radio Udi, a community
 * station in Udi"?  The noun ends the apposition, or a phrase of a
 * preposition follows it.  Returns the noun's last token, or WS_NONE.
 */
static size_t
outlet_noun_after(const struct an_ctx *ctx, size_t e)
{
	if (e + 2 >= ctx->ntok || !an_tok_punct(ctx, e, ',') || !tok_has(ctx, e + 1, W_ARTICLE))
		return WS_NONE;
	for (size_t j = e + 2; j < ctx->ntok && j < e + 2 + APPOS_NOUN_TOKENS; j++) {
		size_t n = ctx->ti[j].noun_end;

		if (ctx->ti[j].outw & OUTW_NOUN)
			return n >= ctx->ntok || an_tok_punct(ctx, n, ',') || an_is_end_punct(ctx, n) ||
			       tok_has(ctx, n, W_PREPOSITION) ? n - 1 : WS_NONE;
		if ((!tok_is(ctx, j, WS_TOK_WORD) && !an_is_dash(ctx, j)) ||
		    tok_has(ctx, j, W_PREPOSITION))
			return WS_NONE;	/* "the reviews director at Publishers Weekly" is a person's */
	}
	return WS_NONE;
}

/*
 * "Semana magazine, citing …, reported", "told Kompas daily": the noun
 * right after the run [k, e), when the name with it reports or is told
 * something.  Returns the noun's last token, or WS_NONE.
 */
static int hearer_before(const struct an_ctx *ctx, size_t k);
static int reports_after(const struct an_ctx *ctx, size_t e);

static size_t
outlet_noun_next(const struct an_ctx *ctx, size_t k, size_t e)
{
	size_t n;

	if (e >= ctx->ntok || !(ctx->ti[e].outw & OUTW_NOUN) || tok_is(ctx, e, WS_TOK_CAP))
		return WS_NONE;
	n = ctx->ti[e].noun_end;
	return hearer_before(ctx, k) || reports_after(ctx, n) ? n - 1 : WS_NONE;
}

/*
 * Outlet o was named with the noun whose last word is sentence token n
 * ("the public broadcaster RÚV", "Bandera Visayas, a Cebu-based
 * newspaper,"): keep the noun's key, for "the broadcaster" later
 * (outlet_named_by_noun()).
 */
static void
note_outlet_noun(struct an_ctx *ctx, size_t o, size_t n)
{
	size_t len;
	const char *t = an_text(ctx, n, &len);

	set_outlet_noun(ctx, o, lex_key(t, len));
}

/*
 * "told X", "in an interview with X", "speaking to X", "reported by X",
 * and the passive of quoting: "was quoted by X as saying", "cited by X".
 * A lower-case "the" before the name is no part of it ("told the Valley
 * Herald").
 */
static int
hearer_before(const struct an_ctx *ctx, size_t k)
{
	if (k >= 1 && tok_has(ctx, k - 1, W_THE) && !tok_is(ctx, k - 1, WS_TOK_CAP))
		k--;
	if (k >= 1 && (ctx->ti[k - 1].outw & OUTW_HEARER))
		return 1;
	if (k < 2 || !tok_has(ctx, k - 1, W_ANY(W_PREP_TO, W_PREP_WITH, W_PREP_AGENT)))
		return 0;
	return (ctx->ti[k - 2].outw & OUTW_HEARER) ||
	       ((ctx->ti[k - 2].outw & OUTW_QUOTED) && tok_has(ctx, k - 1, W_PREP_AGENT));
}

/*
 * "according to GMA News", "according to the Yorkshire Post": the
 * attribution's cue (CUE_ACCORDING) ends right before sentence token k,
 * or before a lower-case "the" there.
 */
static int
according_before(const struct an_ctx *ctx, size_t k)
{
	if (k >= 1 && tok_has(ctx, k - 1, W_THE) && !tok_is(ctx, k - 1, WS_TOK_CAP))
		k--;
	for (size_t j = k >= 4 ? k - 4 : 0; j < k; j++) {
		const struct lex_entry *cue = ctx->ti[j].cue;

		if (cue != NULL && cue->kind == LEX_CUE && cue->cls == CUE_ACCORDING && ctx->ti[j].cue_end == k)
			return 1;
	}
	return 0;
}

/* "X reported", "X, citing …", "X (XYZ) reported", "X quoted": the run ending before e reports. */
static int
reports_after(const struct an_ctx *ctx, size_t e)
{
	if (e + 2 < ctx->ntok && an_tok_punct(ctx, e, '(') && an_tok_punct(ctx, e + 2, ')'))
		e += 3;
	if (e < ctx->ntok && an_tok_punct(ctx, e, ','))
		e++;
	return e < ctx->ntok && (ctx->ti[e].outw & (OUTW_REPORT | OUTW_QUOTED));
}

/* Does sentence token j report, as an outlet does ("reported", "published"), but not cite? */
static int
report_verb(const struct an_ctx *ctx, size_t j)
{
	unsigned w = ctx->ti[j].outw;

	return j < ctx->ntok && (w & OUTW_REPORT) && !(w & OUTW_CITES);
}

#define CITED_WORDS_MAX 16	/* words of "citing …," before the report */

/*
 * Does a phrase "citing …" open the sentence and end with the comma
 * before sentence token k ("Citing two officials, Le Monde reported")?
 */
static int
cited_before(const struct an_ctx *ctx, size_t k)
{
	size_t w = ctx->first_word;

	if (k < 2 || w >= k || k > w + CITED_WORDS_MAX + 2 || !(ctx->ti[w].outw & OUTW_CITES) ||
	    !an_tok_punct(ctx, k - 1, ','))
		return 0;
	for (size_t j = w + 1; j + 1 < k; j++)
		if (an_tok_punct(ctx, j, ','))
			return 0;
	return 1;
}

/*
 * "Punch, citing police sources, reported …", "Valor Econômico reported
 * on Wednesday, citing two people …", "Citing two officials, Le Monde
 * reported …": the run [k, e) reports, and cites (OUTW_CITES,
 * data/outlets.txt) in its own words.  Citing alone is no report
 * ("Salceda, citing data from the census, said …"), nor is a name inside
 * what is cited ("citing officials at the Ministry of … Tourism,
 * reported").
 */
static int
reports_citing(const struct an_ctx *ctx, size_t k, size_t e)
{
	size_t j = e;

	if (j < ctx->ntok && an_tok_punct(ctx, j, ','))
		j++;
	if (j < ctx->ntok && (ctx->ti[j].outw & OUTW_CITES)) {
		/* "Punch, citing police sources, reported" */
		for (size_t n = 0; j < ctx->ntok && n < CITED_WORDS_MAX && !an_tok_punct(ctx, j, ','); n++)
			j++;
		return report_verb(ctx, j + 1);
	}
	if (!report_verb(ctx, j))
		return 0;
	if (cited_before(ctx, k))
		return 1;
	/* "Valor Econômico reported on Wednesday, citing …" */
	for (size_t n = 0; ++j < ctx->ntok && n < CITED_WORDS_MAX && !an_is_end_punct(ctx, j); n++)
		if (ctx->ti[j].outw & OUTW_CITES)
			return 1;
	return 0;
}

/*
 * The first n bytes at byte `start`, at most 8 and none past the text,
 * as a number (the first in the low bits, zeros after the last).
 */
static uint64_t
head_at(const struct an_ctx *ctx, size_t start, size_t n)
{
	uint64_t h = 0;

	if (n > 8)
		n = 8;
	if (n > ctx->len - start)
		n = ctx->len - start;
	for (size_t i = 0; i < n; i++)
		h |= (uint64_t)(unsigned char)ctx->s[start + i] << (8 * i);
	return h;
}

/*
 * The outlet named by context before whose name is at sentence token k,
 * or WS_NONE; *end its end.  Each of the AN_CANDIDATES names weighs its
 * first 8 bytes against the token's first, and only a name that starts
 * alike is compared whole ("Qaaab News" after thirty-one "Qaa… News").
 */
static size_t
known_context_outlet(const struct an_ctx *ctx, size_t k, size_t *end)
{
	size_t at = tok_start(ctx, k);
	unsigned char first = (unsigned char)ctx->s[at];
	uint64_t head;

	/* Most tokens start with a byte no such name starts with: no search. */
	if (!(ctx->couts_first[first / 64] & (UINT64_C(1) << (first % 64))))
		return WS_NONE;
	head = head_at(ctx, at, 8);
	for (size_t i = 0; i < ctx->ncouts && i < AN_CANDIDATES; i++) {
		const struct an_context_outlet *c = &ctx->couts[i];
		size_t n = c->end - c->start, j = k;
		uint64_t mask = n >= 8 ? UINT64_MAX : (UINT64_C(1) << (8 * n)) - 1;

		ctx->an->work++;
		if ((head & mask) != c->head || at + n > ctx->len)
			continue;
		ctx->an->work += n / 8;
		if (memcmp(ctx->s + at, ctx->s + c->start, n) != 0)
			continue;
		/* The tokens of a name outlet_run() found: OUTLET_WORDS_MAX or DOMAIN_WORDS_MAX words. */
		while (j < ctx->ntok && tok_end(ctx, j) < at + n)
			j++;
		if (j < ctx->ntok && tok_end(ctx, j) == at + n) {
			*end = j + 1;
			return c->outlet;
		}
	}
	return WS_NONE;
}

/* A new outlet named by the bytes [start, end), or the one of that id. */
static size_t
add_context_outlet(struct an_ctx *ctx, size_t start, size_t end)
{
	struct ws_analysis *an = ctx->an;
	struct ws_outlet *o;
	size_t skip = end - start > 4 && strncasecmp(ctx->s + start, "the ", 4) == 0 ? 4 : 0;
	char *id = ws_slug(ctx->s + start + skip, end - start - skip);
	size_t known = outlet_by_id(ctx, id);

	/* By id through a map: a search of every outlet cost the square of a page of new ones. */
	if (known != WS_NONE) {
		free(id);
		return known;
	}
	xgrow(&an->outlets, &ctx->outlets_cap, an->noutlets + 1, sizeof *an->outlets);
	o = &an->outlets[an->noutlets];
	memset(o, 0, sizeof *o);
	o->id = id;
	o->name = bytes_text(ctx, start, end);
	keymap_set(&ctx->outlet_ids, outlet_id_key(id), an->noutlets);
	return an->noutlets++;
}

static void
remember_context_outlet(struct an_ctx *ctx, size_t o, size_t start, size_t end)
{
	struct an_context_outlet *c = &ctx->couts[ctx->ncouts++ % AN_CANDIDATES];

	c->outlet = o;
	c->start = (uint32_t)start;
	c->end = (uint32_t)end;
	c->head = head_at(ctx, start, end - start);
	ctx->couts_first[(unsigned char)ctx->s[start] / 64] |= UINT64_C(1) << ((unsigned char)ctx->s[start] % 64);
}

/* Mark sentence tokens [a, b) as a mention of outlet o. */
static void
mark_outlet(struct an_ctx *ctx, size_t o, size_t a, size_t b)
{
	struct ws_outlet *out = &ctx->an->outlets[o];

	add_span(&out->mentions, &out->nmentions, tok_start(ctx, a), tok_end(ctx, b - 1));
	for (size_t j = a; j < b; j++) {	/* a mention's tokens, once: in_name after */
		ctx->ti[j].in_name = 1;
		ctx->ti[j].outlet_at = o;
	}
	ctx->last_outlet = o;
	ctx->last_outlet_sent = ctx->sent;
}

/*
 * "told Faroese broadcaster Kringvarp Føroya", "Kenyan daily The
 * Standard": the run that ends before sentence token e is a modifier of
 * an outlet's noun that a name follows, and the name is the outlet.
 */
static int
modifies_named_outlet(const struct an_ctx *ctx, size_t e)
{
	size_t n;

	if (e >= ctx->ntok || !(ctx->ti[e].outw & OUTW_NOUN) || tok_is(ctx, e, WS_TOK_CAP))
		return 0;
	n = ctx->ti[e].noun_end;
	return n < ctx->ntok && tok_is(ctx, n, WS_TOK_CAP) && tok_is(ctx, n, WS_TOK_WORD);
}

/*
 * An outlet named by context at sentence token k: returns the token
 * after its mention, or k when there is none here.
 */
static size_t
find_context_outlet(struct an_ctx *ctx, size_t k)
{
	size_t e, o, start, noun;
	unsigned shape;
	int by_noun;

	if (ctx->ti[k].in_name || ctx->titlecase || !tok_is(ctx, k, WS_TOK_WORD))
		return k;
	/* Most words start no outlet's name: neither capitalised nor a web address. */
	if (!tok_is(ctx, k, WS_TOK_CAP) && !an_tok_punct(ctx, k + 1, '.') && !tld_ends(ctx, k))
		return k;
	if (ctx->ncouts == 0 || (o = known_context_outlet(ctx, k, &e)) == WS_NONE) {
		/* "Christian News Service": not from its second word. */
		if (k > 0 && tok_is(ctx, k - 1, WS_TOK_CAP) && tok_is(ctx, k - 1, WS_TOK_WORD))
			return k;
		if ((e = outlet_run(ctx, k, &shape)) == k || modifies_named_outlet(ctx, e))
			return k;
		noun = outlet_noun_before(ctx, k);
		if (noun == WS_NONE)
			noun = outlet_noun_after(ctx, e);
		/*
		 * not "The Apple outlet", "the Tesla station": a name as a
		 * noun's modifier; nor "French broadcaster BFMTV"
		 */
		if (noun == WS_NONE && !(shape & (OSHAPE_THE | OSHAPE_OTHER | OSHAPE_PERSON)) &&
		    !(k > 0 && tok_has(ctx, k - 1, W_ARTICLE)))
			noun = outlet_noun_next(ctx, k, e);
		by_noun = noun != WS_NONE && !(shape & OSHAPE_PERSON);
		if ((shape & OSHAPE_HEAD))
			shape &= ~(unsigned)OSHAPE_OTHER;	/* "Middle East News Agency" */
		if (!by_noun && ((shape & (OSHAPE_PERSON | OSHAPE_OTHER)) ||
				 (!(shape & (OSHAPE_HEAD | OSHAPE_THE | OSHAPE_ACRONYM | OSHAPE_DOMAIN)) &&
				  !reports_citing(ctx, k, e)) ||
				 !(hearer_before(ctx, k) || reports_after(ctx, e) ||
				   /* not an acronym: "according to the FBI" is a body's word */
				   (according_before(ctx, k) && (shape & (OSHAPE_HEAD | OSHAPE_DOMAIN)))) ||
				 ((shape & OSHAPE_THE) && !(shape & OSHAPE_HEAD) && !reports_after(ctx, e) &&
				  k == 0)))
			return k;
		start = tok_start(ctx, k);
		o = add_context_outlet(ctx, start, tok_end(ctx, e - 1));
		remember_context_outlet(ctx, o, start, tok_end(ctx, e - 1));
		if (by_noun)
			note_outlet_noun(ctx, o, noun);
	}
	mark_outlet(ctx, o, k, e);
	/* "the Middle East News Agency (MENA)": the acronym names it too. */
	if (e + 2 < ctx->ntok && an_tok_punct(ctx, e, '(') && an_tok_punct(ctx, e + 2, ')') &&
	    tok_is(ctx, e + 1, WS_TOK_ALLCAPS) && !ctx->ti[e + 1].in_name) {
		mark_outlet(ctx, o, e + 1, e + 2);
		remember_context_outlet(ctx, o, tok_start(ctx, e + 1), tok_end(ctx, e + 1));
		e += 3;
	}
	return e;
}

#define STATION_PLACE_WORDS 3	/* "BBC Radio Cumbria", "Times of Oman" */

/*
 * "BBC Radio Cumbria", "ABC Radio Melbourne", "the Times of Oman": a
 * listed outlet's name at sentence token k that goes on with an outlet's
 * word and a place, or with "of" and a place, names another outlet (a
 * local station, another paper), not the listed one.  Returns the end of
 * the longer name, or the listed one's end.
 */
static size_t
longer_outlet_end(const struct an_ctx *ctx, size_t k)
{
	size_t e = ctx->ti[k].outlet_end, j = e, words = 0;

	if (ctx->ti[k].outlet->kind != LEX_OUTLET || e + 1 >= ctx->ntok)
		return e;
	if ((ctx->ti[e].outw & OUTW_HEAD) && tok_is(ctx, e, WS_TOK_CAP) && ctx->ti[e].outlet == NULL)
		j = e + 1;	/* "Radio" */
	else if ((ctx->ti[e - 1].outw & OUTW_HEAD) && tok_has(ctx, e, W_PREP_SUBJECT) &&
		 !tok_is(ctx, e, WS_TOK_CAP))
		j = e + 1;	/* "of" after "Times" */
	else
		return e;
	/* "Radio Cumbria", "Radio 4": a place or a channel's number */
	for (; j < ctx->ntok && words < STATION_PLACE_WORDS && tok_is(ctx, j, WS_TOK_WORD) &&
	       (tok_is(ctx, j, WS_TOK_CAP) || (tok_is(ctx, j, WS_TOK_NUMBER) && ws_token_len(&ctx->tok[j]) <= 2)) &&
	       ctx->ti[j].outlet == NULL && ctx->ti[j].title == NULL &&
	       !an_is_cue(ctx, j) && !wk_any(ctx->ti[j].words, W_NOT_NAME); j++)
		words++;
	return words > 0 ? j : e;
}

/* The outlet named [k, e) by longer_outlet_end(): the token after it. */
static size_t
find_longer_outlet(struct an_ctx *ctx, size_t k, size_t e)
{
	size_t first = k, start, o;

	if (tok_has(ctx, k, W_THE) && !tok_is(ctx, k, WS_TOK_CAP))
		first = k + 1;	/* "told the Times of Oman": "the" is no part of the name */
	start = tok_start(ctx, first);
	o = add_context_outlet(ctx, start, tok_end(ctx, e - 1));
	remember_context_outlet(ctx, o, start, tok_end(ctx, e - 1));
	mark_outlet(ctx, o, first, e);
	return e;
}

void
an_find_mentions(struct an_ctx *ctx)
{
	size_t k = 0;

	/* Each token once: a mention found is stepped over whole. */
	while (k < ctx->ntok) {
		size_t next = k;

		/*
		 * Most tokens start no name, and neither reader below takes
		 * them: a mark no entry starts at, and a word in lower case
		 * that is neither a particle ("de la Fuente") nor the start of
		 * a web address ("mbl.is").
		 */
		if (ctx->ti[k].outlet == NULL && ctx->ti[k].title == NULL &&
		    (!ws_token_is(&ctx->tok[k], WS_TOK_WORD) ||
		     (!ws_token_is(&ctx->tok[k], WS_TOK_CAP) &&
		      !wk_any(ctx->ti[k].words, W_NAME_PARTICLE) && !an_tok_punct(ctx, k + 1, '.') &&
		      !tld_ends(ctx, k)))) {
			k++;
			continue;
		}
		if (ctx->ti[k].outlet != NULL) {
			size_t e = longer_outlet_end(ctx, k);

			next = e > ctx->ti[k].outlet_end ? find_longer_outlet(ctx, k, e) : find_outlet(ctx, k);
		}
		if (next == k && (next = find_context_outlet(ctx, k)) == k)
			next = find_person(ctx, k);
		k = next > k ? next : k + 1;
	}
}

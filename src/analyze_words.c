/*
 * Word lists: the stages ask, for many tokens, whether a token is one of
 * a short list of lower-case words (stop words, determiners,
 * prepositions).  Scanning a list costs a compare per word; instead each
 * list gets, the first time an analysis asks about it, a small table of
 * its words' lexicon keys, and a token's key (found once, when it is
 * looked up in the lexicon) finds its word in one or two probes.  A key
 * found is then checked against the word itself, so the answer is that
 * of the scan ("a.m" has the key of "a" but is not "a").  The tables
 * belong to the analysis at work (an_ctx.wordlists), made as the lists
 * are first asked about: a const ctx can still fill them.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "analyze_int.h"

/*
 * Slots of a list's table: a power of two, at least four times its
 * words, so that a word not in it (most) ends its probe at once.
 */
static size_t
table_size(size_t nwords)
{
	size_t n = 8;

	while (n < 4 * nwords)
		n *= 2;
	return n;
}

/* Where a list's table is looked for first: a hash of its address. */
static size_t
list_slot(const char *const *words)
{
	return (size_t)(((uint64_t)(uintptr_t)words * 0x9e3779b97f4a7c15ULL) >> 58) &
	       (AN_WORDLISTS - 1);
}

/* A list's table of keys; 0 when out of memory. */
static int
fill(struct an_wordlist *wl, const char *const *words)
{
	size_t n = 0;

	while (words[n] != NULL)
		n++;
	wl->mask = table_size(n) - 1;
	if ((wl->slots = calloc(wl->mask + 1, sizeof *wl->slots)) == NULL)
		return 0;
	for (size_t i = 0; i < n; i++) {
		uint64_t key = lex_key(words[i], strlen(words[i]));
		size_t j = (size_t)key & wl->mask;

		while (wl->slots[j].key != 0)
			j = (j + 1) & wl->mask;
		wl->slots[j].key = key;
		wl->slots[j].word = words[i];
	}
	wl->words = words;
	return 1;
}

/*
 * A new table for `words` in free slot i.  Out of line (it runs once a
 * list), so that the lookup stays small.
 */
static __attribute__((noinline)) const struct an_wordlist *
new_wordlist(struct an_wordlists *lists, size_t i, const char *const *words)
{
	if (lists->n + 1 >= AN_WORDLISTS / 2 || !fill(&lists->v[i], words))
		return NULL;
	lists->n++;
	return &lists->v[i];
}

/*
 * The table of `words`, made on first use.  NULL when out of memory or
 * out of room for tables: the caller scans the list then.
 */
static const struct an_wordlist *
wordlist(struct an_wordlists *lists, const char *const *words)
{
	size_t i;

	if (lists == NULL)
		return NULL;
	for (i = list_slot(words); lists->v[i].words != NULL; i = (i + 1) & (AN_WORDLISTS - 1))
		if (lists->v[i].words == words)
			return &lists->v[i];
	return new_wordlist(lists, i, words);
}

static int
scan(const char *t, size_t len, const char *const *words)
{
	for (; *words != NULL; words++)
		if (an_fold_is(t, len, *words))
			return 1;
	return 0;
}

/* an_in_list() for a word token k of the sentence. */
int
an_word_in_list(const struct an_ctx *ctx, size_t k, const char *const *words)
{
	const struct an_wordlist *wl;
	size_t len, j;
	const char *t;
	uint64_t key;

	t = an_text(ctx, k, &len);
	if ((wl = wordlist(ctx->wordlists, words)) == NULL)
		return scan(t, len, words);
	key = ctx->ti[k].key;
	for (j = (size_t)key & wl->mask; wl->slots[j].key != 0; j = (j + 1) & wl->mask)
		if (wl->slots[j].key == key && an_fold_is(t, len, wl->slots[j].word))
			return 1;
	return 0;
}

void
an_wordlists_free(struct an_wordlists *lists)
{
	if (lists == NULL)
		return;
	for (size_t i = 0; i < AN_WORDLISTS; i++)
		free(lists->v[i].slots);
	free(lists);
}

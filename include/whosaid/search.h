/*
 * One binary search for the whole program.
 *
 * Sorted arrays are everywhere here (tokens, sentences, blocks, style
 * spans, claims, matches, edits), and the question is always the same:
 * where does a property that holds for a prefix of the array stop
 * holding?  "The first span that ends after x" is the first element for
 * which `end <= x` is false.  ws_search answers it over n elements of
 * `size` bytes from base, given below(element, x): true on a prefix,
 * false after it.  It returns the index of the first element for which
 * below() is false, n if there is none.
 *
 * It is inline so that the compiler, seeing below() at the call, inlines
 * it: the search costs what a hand-written loop did.
 */
#ifndef WHOSAID_SEARCH_H
#define WHOSAID_SEARCH_H

#include <stddef.h>

static inline size_t
ws_search(const void *base, size_t n, size_t size, size_t x,
	  int (*below)(const void *element, size_t x))
{
	const char *p = base;
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (below(p + mid * size, x))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * The same answer found from a guess `from` (any index up to n): the
 * search gallops from it, forward or back, in steps that double, then
 * searches the stretch that holds the answer.  Questions asked in order
 * (the claims of a document, their contents' tokens) cost the log of
 * their distance to the last answer, not of n.
 */
static inline size_t
ws_search_from(const void *base, size_t n, size_t size, size_t x,
	       int (*below)(const void *element, size_t x), size_t from)
{
	const char *p = base;
	size_t lo, hi, step = 1;

	if (from > n)
		from = n;
	if (from < n && below(p + from * size, x)) {
		/* past from: every element before lo is below, hi may not be */
		lo = hi = from + 1;
		while (hi < n && below(p + hi * size, x)) {
			lo = hi + 1;
			hi = lo + step;
			step *= 2;
		}
		if (hi > n)
			hi = n;
	} else {
		/* at from or before: element hi is not below (or hi is n) */
		lo = hi = from;
		while (lo > 0) {
			size_t q = lo > step ? lo - step : 0;

			if (below(p + q * size, x)) {
				lo = q + 1;
				break;
			}
			lo = hi = q;
			step *= 2;
		}
	}
	return lo + ws_search(p + lo * size, hi - lo, size, x, below);
}

/*
 * ws_search() and ws_search_from() over indices, for arrays whose
 * elements' keys are derived (a sentence's span, from its tokens):
 * below(ctx, i, x) tells whether element i is below x.  ws_search_index
 * searches [lo, hi), of which every element before lo is below.
 */
static inline size_t
ws_search_index(size_t lo, size_t hi, size_t x,
		int (*below)(const void *ctx, size_t i, size_t x), const void *ctx)
{
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (below(ctx, mid, x))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static inline size_t
ws_search_index_from(size_t n, size_t x, int (*below)(const void *ctx, size_t i, size_t x),
		     const void *ctx, size_t from)
{
	size_t lo, hi, step = 1;

	if (from > n)
		from = n;
	if (from < n && below(ctx, from, x)) {
		lo = hi = from + 1;
		while (hi < n && below(ctx, hi, x)) {
			lo = hi + 1;
			hi = lo + step;
			step *= 2;
		}
		if (hi > n)
			hi = n;
	} else {
		lo = hi = from;
		while (lo > 0) {
			size_t q = lo > step ? lo - step : 0;

			if (below(ctx, q, x)) {
				lo = q + 1;
				break;
			}
			lo = hi = q;
			step *= 2;
		}
	}
	return ws_search_index(lo, hi, x, below, ctx);
}

#endif

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

#endif

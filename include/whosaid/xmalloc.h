/*
 * Allocation.
 *
 * Out of memory is not a condition a reader recovers from: these
 * functions never return NULL.  When the system refuses memory, or a
 * size overflows, they call the hook the front end set (the reader
 * restores the terminal there), then print "whosaid: out of memory" and
 * exit 1.  What they return is the caller's, freed with free().
 *
 * ws_error stays for the failures a reader can act on: I/O, parse
 * errors, input too large, binary input.
 */
#ifndef WHOSAID_XMALLOC_H
#define WHOSAID_XMALLOC_H

#include <stddef.h>

void *xmalloc(size_t size);				/* size bytes, uninitialised */
void *xcalloc(size_t n, size_t size);			/* n zeroed elements of size */
void *xreallocarray(void *p, size_t n, size_t size);	/* p resized to n elements of size */
char *xstrdup(const char *s);				/* a copy of s */
char *xstrndup(const char *s, size_t n);		/* a copy of at most n bytes of s */

/*
 * Make room in the array *arrp (of *cap elements of size bytes) for
 * need elements: when need > *cap, *cap grows by doubling, from 16
 * (xgrow_more()).  Inline, for most calls find the room there already.
 */
void xgrow_more(void *arrp, size_t *cap, size_t need, size_t size);

static inline void
xgrow(void *arrp, size_t *cap, size_t need, size_t size)
{
	if (need > *cap)
		xgrow_more(arrp, cap, need, size);
}

/*
 * As xgrow(), but by a quarter once the array is past a megabyte: for an
 * array that grows at the peak of memory and whose size no one can
 * guess beforehand (a doubling there would reserve as much again as it
 * holds).  Past that size it grows without being copied.
 */
void xgrow_gently(void *arrp, size_t *cap, size_t need, size_t size);

/*
 * As xgrow_gently(), but by cap >> shift past a megabyte (a quarter is
 * shift 2): for the doc's arrays, which are all at the peak together.
 */
void xgrow_by(void *arrp, size_t *cap, size_t need, size_t size, unsigned shift);

/*
 * Give back what the array *arrp does not use beyond its n elements of
 * size bytes (what doubling left, up to half): *arrp is reallocated to
 * n elements, its contents kept; nothing changes when n is 0.  For an
 * array that is done growing, before what comes next allocates.
 */
void xshrink(void *arrp, size_t n, size_t size);

/*
 * The hook called when memory runs out, before the message is printed
 * (NULL for none, the default).  It may not return: a test jumps out.
 */
void ws_set_oom_hook(void (*hook)(void));

/*
 * Settle the C library's allocation policy for large arrays (mapped on
 * their own, so that growing them neither copies nor leaves holes):
 * called once by main(), before anything is allocated.
 */
void ws_alloc_init(void);

/* Report running out of memory through the hook, print, exit 1. */
void ws_out_of_memory(void) __attribute__((noreturn));

#endif

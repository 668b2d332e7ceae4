#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef HAVE_MALLOC_H
#include <malloc.h>
#endif

#include "whosaid/xmalloc.h"

/* glibc's default: allocations this large are mapped on their own. */
#define MMAP_THRESHOLD (128 * 1024)

/*
 * glibc raises its mmap threshold to the size of each mapped block
 * freed, up to 32 MB: once the page's bytes or libxml2's tree are freed,
 * the doc's arrays (a few MB) grow in the heap instead, where each
 * doubling copies and leaves the old block as a hole the heap cannot
 * give back, and an 8 MB article's peak address space grew by a tenth.
 * Fixing the threshold keeps every large array mapped, grown in place by
 * mremap() and unmapped when freed.
 */
void
ws_alloc_init(void)
{
#if defined(HAVE_MALLOPT) && defined(M_MMAP_THRESHOLD)
	mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD);
#endif
}

static void (*oom_hook)(void);

void
ws_set_oom_hook(void (*hook)(void))
{
	oom_hook = hook;
}

void
ws_out_of_memory(void)
{
	if (oom_hook != NULL)
		oom_hook();
	fputs("whosaid: out of memory\n", stderr);
	exit(1);
}

void *
xmalloc(size_t size)
{
	void *p = malloc(size ? size : 1);

	if (p == NULL)
		ws_out_of_memory();
	return p;
}

/*
 * The product is checked here rather than left to calloc(): a sanitizer
 * reports an overflowing calloc() as an error of its own instead of
 * returning NULL.
 */
void *
xcalloc(size_t n, size_t size)
{
	void *p;

	if (n == 0 || size == 0)
		n = size = 1;
	if (n > SIZE_MAX / size || (p = calloc(n, size)) == NULL)
		ws_out_of_memory();
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	void *q;

	if (n == 0 || size == 0)
		n = size = 1;
	if (n > SIZE_MAX / size || (q = realloc(p, n * size)) == NULL)
		ws_out_of_memory();
	return q;
}

static char *
copy(const char *s, size_t len)
{
	char *d = xmalloc(len + 1);

	memcpy(d, s, len);
	d[len] = '\0';
	return d;
}

char *
xstrndup(const char *s, size_t n)
{
	return copy(s, strnlen(s, n));
}

char *
xstrdup(const char *s)
{
	return copy(s, strlen(s));
}

void
xgrow_more(void *arrp, size_t *cap, size_t need, size_t size)
{
	void **arr = arrp;
	size_t ncap;

	ncap = *cap ? *cap : 16;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			ws_out_of_memory();
		ncap *= 2;
	}
	*arr = xreallocarray(*arr, ncap, size);
	*cap = ncap;
}

/*
 * Past this size an array is mapped on its own (ws_alloc_init()), and
 * realloc() moves its pages instead of copying them.
 */
#define GENTLE_BYTES ((size_t)1 << 20)

void
xgrow_gently(void *arrp, size_t *cap, size_t need, size_t size)
{
	xgrow_by(arrp, cap, need, size, 2);
}

void
xgrow_by(void *arrp, size_t *cap, size_t need, size_t size, unsigned shift)
{
	void **arr = arrp;
	size_t ncap;

	if (need <= *cap)
		return;
	if (*cap < GENTLE_BYTES / size) {
		xgrow(arrp, cap, need, size);
		return;
	}
	ncap = *cap;
	while (ncap < need) {
		if (ncap > SIZE_MAX - (ncap >> shift))
			ws_out_of_memory();
		ncap += ncap >> shift;
	}
	*arr = xreallocarray(*arr, ncap, size);
	*cap = ncap;
}

void
xshrink(void *arrp, size_t n, size_t size)
{
	void **arr = arrp;

	if (n > 0)
		*arr = xreallocarray(*arr, n, size);
}

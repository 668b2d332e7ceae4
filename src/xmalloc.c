#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/xmalloc.h"

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
xgrow(void *arrp, size_t *cap, size_t need, size_t size)
{
	void **arr = arrp;
	size_t ncap;

	if (need <= *cap)
		return;
	ncap = *cap ? *cap : 16;
	while (ncap < need) {
		if (ncap > SIZE_MAX / 2)
			ws_out_of_memory();
		ncap *= 2;
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

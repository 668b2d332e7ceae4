/*
 * export_units: byte offsets in code points or UTF-16 units.
 *
 * One pass over the string records, every STEP bytes, where the next
 * character starts and how many units come before it; a lookup starts at
 * the checkpoint at or before its offset and counts the few characters
 * between.  A checkpoint sits on a character start, never inside one, so
 * the count from it decodes exactly as the whole string does.
 */
#include "config.h"

#include <stdlib.h>

#include "export_units.h"
#include "whosaid/text.h"
#include "whosaid/xmalloc.h"

#define STEP 128

/* Units of the character of `len` bytes that ws_utf8_next read. */
static size_t
char_units(enum ws_offset_unit unit, size_t len)
{
	return unit == WS_OFFSETS_UTF16 && len == 4 ? 2 : 1;
}

void
ws_units_init(struct ws_units *u, const char *s, size_t len, enum ws_offset_unit unit)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	size_t i = 0, units = 0;

	u->s = p;
	u->len = len;
	u->unit = unit;
	u->pos = u->count = NULL;
	u->nmarks = 0;
	if (unit == WS_OFFSETS_BYTES)
		return;
	u->nmarks = len / STEP + 1;
	u->pos = xreallocarray(NULL, u->nmarks, sizeof *u->pos);
	u->count = xreallocarray(NULL, u->nmarks, sizeof *u->count);
	for (size_t k = 0; k < u->nmarks; k++) {
		while (i < k * STEP) {
			size_t n = ws_utf8_next(p + i, end, NULL);

			units += char_units(unit, n);
			i += n;
		}
		u->pos[k] = i;
		u->count[k] = units;
	}
}

size_t
ws_units_of(const struct ws_units *u, size_t off)
{
	size_t k, i, units;

	if (u->unit == WS_OFFSETS_BYTES)
		return off;
	if (off > u->len)
		off = u->len;
	k = off / STEP;
	if (u->pos[k] > off)
		k--;		/* off is inside the character that crosses k * STEP */
	i = u->pos[k];
	units = u->count[k];
	while (i < off) {
		size_t n = ws_utf8_next(u->s + i, u->s + u->len, NULL);

		units += char_units(u->unit, n);
		i += n;
	}
	return units;
}

void
ws_units_free(struct ws_units *u)
{
	free(u->pos);
	free(u->count);
	u->pos = u->count = NULL;
}

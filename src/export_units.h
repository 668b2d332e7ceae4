/*
 * export_units: byte offsets counted again in the unit a program slices
 * its strings by (--offsets): bytes, code points (Python's str) or UTF-16
 * code units (JavaScript's String).  Private to the exporters.
 */
#ifndef WHOSAID_EXPORT_UNITS_H
#define WHOSAID_EXPORT_UNITS_H

#include <stddef.h>
#include "whosaid/export.h"

/*
 * A map from byte offsets of a string to its units.  Characters are read
 * as ws_utf8_next() reads them (an ill-formed sequence is one U+FFFD:
 * one code point, one UTF-16 unit; a character beyond U+FFFF is two
 * UTF-16 units).  Checkpoints every WS_UNITS_STEP bytes make a lookup a
 * short scan; for bytes the map is the identity and holds nothing.
 */
struct ws_units {
	const unsigned char *s;
	size_t len;
	enum ws_offset_unit unit;
	size_t *pos;			/* pos[k]: the first character start at or after k * STEP */
	size_t *count;			/* count[k]: the units before pos[k] */
	size_t nmarks;
};

/* Build the map of s[0, len) (borrowed: it must outlive the map). */
void ws_units_init(struct ws_units *u, const char *s, size_t len, enum ws_offset_unit unit);

/*
 * The units of the characters that start before byte offset `off` (len
 * and beyond: all of them).
 */
size_t ws_units_of(const struct ws_units *u, size_t off);

void ws_units_free(struct ws_units *u);

#endif

/*
 * load: an article's bytes, kept as read, and a clean copy to work on.
 *
 * Every later stage works on `s`, a copy of the input that is valid UTF-8:
 * a leading UTF-8 byte order mark is dropped, CRLF and lone CR become LF,
 * and invalid UTF-8 becomes U+FFFD, one for each maximal subpart of an
 * ill-formed sequence (as the WHATWG Encoding Standard and browsers do): a
 * truncated sequence (E2 82) is one U+FFFD, a byte that can start nothing
 * (80..BF alone, C0, C1, F5..FF) is one each, and overlong forms and
 * surrogates (C0 AF, ED A0 80) are one per byte.  Nothing else changes:
 * control characters, escapes and bidi controls stay in `s` and are
 * turned into visible placeholders only when drawn (see width.h).
 *
 * Offsets into `s` map back to offsets into `input` with
 * ws_text_input_offset(); the map is a short list of the places where the
 * two differ (one per CRLF and per repair), so it costs nothing on clean
 * text, and when nothing needed cleaning `s` is not even a copy.
 *
 * Input that looks binary is refused unless WS_LOAD_FORCE: a NUL byte, or
 * more than 30% (and at least 16) control bytes other than white space
 * and ESC and invalid UTF-8 bytes, in the first 64 KiB.
 */
#ifndef WHOSAID_TEXT_H
#define WHOSAID_TEXT_H

#include <stddef.h>
#include "whosaid/error.h"

/* Inputs larger than this are refused, so endless inputs end. */
#define WS_TEXT_MAX_BYTES ((size_t)128 << 20)

/* ws_text.flags */
enum {
	WS_TEXT_REPAIRED = 1 << 0,	/* invalid UTF-8 was replaced */
	WS_TEXT_HAD_BOM = 1 << 1,
	WS_TEXT_EXTRACTED = 1 << 2,	/* input is text extracted from HTML or Markdown */
	WS_TEXT_CONVERTED = 1 << 3,	/* input is UTF-16 (with its BOM) converted to UTF-8 */
};

/* Flags for loading. */
enum {
	WS_LOAD_FORCE = 1 << 0,		/* open even what looks like binary data */
};

/* From this offset of s on, s[o] corresponds to input[o - s_off + in_off]. */
struct ws_offset_edit {
	size_t s_off;
	size_t in_off;
};

struct ws_text {
	char *name;			/* as given on the command line; "-" is shown as "(stdin)" */
	char *input;			/* the bytes as read (owned) */
	size_t input_len;
	char *s;			/* clean UTF-8, NUL-terminated; may contain NUL
					   (forced binary); owned, or pointing into
					   `input` when the input was clean */
	size_t len;
	struct ws_offset_edit *edits;	/* sorted by s_off (owned) */
	size_t nedits;
	unsigned flags;
};

/*
 * Read a file ("-" for standard input) and clean it.  Anything readable
 * is read as a stream, to its end: regular files (also while they grow),
 * FIFOs, devices.  Reading stops one byte past WS_TEXT_MAX_BYTES, so an
 * endless input ends.  Fails with a one-line message for a missing or
 * unreadable file, a directory, an input larger than WS_TEXT_MAX_BYTES
 * ("FILE: larger than 128 MiB"), and data that looks binary, unless
 * WS_LOAD_FORCE ("FILE looks like binary data (use --force to open it
 * anyway)").  Messages name standard input "(stdin)".  An empty input is
 * an empty text.  The caller frees *out with ws_text_free().
 */
int ws_text_load(const char *path, unsigned flags, struct ws_text **out,
		 struct ws_error *err);

/* Same, from bytes in memory (copied). */
int ws_text_from_bytes(const char *name, const char *bytes, size_t len,
		       unsigned flags, struct ws_text **out, struct ws_error *err);

/*
 * The input byte offset that offset `off` of s comes from, by binary
 * search of the edits.  An offset inside a U+FFFD maps into the bytes it
 * replaced; the LF of a CRLF maps to the CR; len maps to input_len.
 */
size_t ws_text_input_offset(const struct ws_text *text, size_t off);

/*
 * The other way: the first offset of s whose input offset
 * (ws_text_input_offset) is `in` or after it, len if none.  A byte the
 * cleaning dropped (the CR of a CRLF, a byte order mark) maps to the
 * offset of s that follows it.
 */
size_t ws_text_clean_offset(const struct ws_text *text, size_t in);

/*
 * The length of the character that starts at p, read as UTF-8 the way
 * load reads it: a valid character (1 to 4 bytes; 4 for one beyond
 * U+FFFF), or one maximal subpart of an ill-formed sequence (1 to 3
 * bytes), which stands for one U+FFFD; *valid (unless NULL) says which.
 * 0 only when p >= end.  Python's bytes.decode('utf-8', 'replace') and
 * the WHATWG TextDecoder make the same characters of the same bytes.
 */
size_t ws_utf8_next(const unsigned char *p, const unsigned char *end, int *valid);

void ws_text_free(struct ws_text *text);

#endif

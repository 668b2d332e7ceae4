/*
 * export_put: article text written into an export, cluster by cluster, as
 * the screen draws it: control characters as their placeholders (width.h),
 * and for HTML escaped so that no byte of the article can act as markup.
 * Private to the exporters.
 */
#ifndef WHOSAID_EXPORT_PUT_H
#define WHOSAID_EXPORT_PUT_H

#include <stddef.h>
#include <stdio.h>

enum ws_put_mode {
	WS_PUT_PLAIN,		/* as drawn: a terminal or a text file */
	WS_PUT_HTML,		/* element content: placeholders in <span class="ctl"> */
	WS_PUT_ATTR,		/* an attribute value or <title>: escaped, no markup */
};

/*
 * Write s[start, end) (valid UTF-8) to out.  White space draws as one
 * space per cluster; with `collapse`, a run of it draws as one space and
 * none is written at either end (names, cues).
 */
void ws_put_text(FILE *out, const char *s, size_t start, size_t end,
		 enum ws_put_mode mode, int collapse);

/* Write a NUL-terminated string as ws_put_text does, collapsed. */
void ws_put_str(FILE *out, const char *str, enum ws_put_mode mode);

/* Display columns of str as ws_put_str draws it in WS_PUT_PLAIN. */
int ws_put_width(const char *str);

/*
 * The length of the character at s (left bytes on) that is valid raw in
 * JSON but that the JSON exports write as \uXXXX, since a terminal or an
 * editor showing them would act on it: a C1 control (U+0080-U+009F), an
 * embedding or override (U+202A-U+202E), the line and paragraph
 * separators (U+2028, U+2029) or an isolate (U+2066-U+2069); 0 for any
 * other.  *cp is its code point.
 */
size_t ws_json_unicode_control(const unsigned char *s, size_t left, unsigned *cp);

#endif

#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistr.h>

#include "whosaid/error.h"

/*
 * Whether a character must not reach a terminal: C0 and C1 controls,
 * DEL, and the bidi embeddings, overrides and isolates.
 */
static int
acts_on_terminal(ucs4_t uc)
{
	return uc < 0x20 || (uc >= 0x7f && uc <= 0x9f) ||
	       (uc >= 0x202a && uc <= 0x202e) || (uc >= 0x2066 && uc <= 0x2069);
}

/*
 * A message quotes what it was given (a file name, a word of a theme
 * file), and the front end prints it to a terminal: each character that
 * would act on the terminal, or break the message's one line, and each
 * byte that is not UTF-8 becomes '?'.  Done in place: '?' is never
 * longer than what it replaces.
 */
static void
defang(char *msg)
{
	const uint8_t *p = (const uint8_t *)msg;
	char *w = msg;
	size_t left = strlen(msg);

	while (left > 0) {
		ucs4_t uc;
		int n = u8_mbtoucr(&uc, p, left);

		if (n < 0 || acts_on_terminal(uc)) {
			*w++ = '?';
			n = n < 0 ? 1 : n;
		} else {
			for (int i = 0; i < n; i++)
				*w++ = (char)p[i];
		}
		p += n;
		left -= (size_t)n;
	}
	*w = '\0';
}

int
ws_error_set(struct ws_error *err, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL)
		return -1;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof err->msg, fmt, ap);
	va_end(ap);
	defang(err->msg);
	return -1;
}

/*
 * Files compiled into the program by tools/gen-embed.sh, so that it finds
 * them without being installed: the lexicons (data/), the themes
 * (themes/), a model.  A table of them ends with a NULL name; its names
 * alone are in a list of the same name ending "_names", NULL-terminated.
 * Everything here is static data: nothing to free.
 */
#ifndef WHOSAID_EMBED_H
#define WHOSAID_EMBED_H

#include <stddef.h>

struct ws_embedded {
	const char *name;		/* "cues.txt" (the file's name, no directory) */
	const unsigned char *bytes;	/* the file's bytes, then a NUL */
	size_t size;			/* the bytes, without that NUL */
};

#endif

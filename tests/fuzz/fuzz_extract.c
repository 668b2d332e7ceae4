/*
 * fuzz_extract: web pages and Markdown of arbitrary bytes (the first byte
 * chooses).  What comes out is NUL-terminated valid UTF-8 of the length
 * it says, without NUL, and goes through the rest of the pipeline.
 */
#include "config.h"

#include <string.h>

#include "whosaid/extract.h"
#include "fuzz.h"

static void
check_utf8(const char *s, size_t len, const char *what)
{
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n = fuzz_utf8((const unsigned char *)s + i, len - i, &cp);

		if (n == 0 || cp == 0)
			fuzz_fail("extracted %s: invalid UTF-8 or NUL at byte %zu", what, i);
		i += n;
	}
}

static void
check_field(const char *s, const char *what)
{
	if (s != NULL)
		check_utf8(s, strlen(s), what);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct ws_extract *ex = NULL;
	struct ws_article *art;
	struct ws_error err;
	int markdown = size > 0 && (data[0] & 1);
	int rc;

	if (size > 0) {
		data++;
		size--;
	}
	/* The loader hands extract valid UTF-8: so does this. */
	if ((art = fuzz_article(data, size, 0)) == NULL)
		return 0;
	err.msg[0] = '\0';
	rc = markdown ? ws_extract_markdown(art->text->s, art->text->len, &ex, &err)
		      : ws_extract_html(art->text->s, art->text->len, &ex, &err);
	ws_article_free(art);
	if (rc < 0) {
		if (err.msg[0] == '\0')
			fuzz_fail("extraction failed without a message");
		return 0;
	}
	if (ex->text == NULL || ex->text[ex->len] != '\0')
		fuzz_fail("extracted text not NUL-terminated at its length");
	check_utf8(ex->text, ex->len, "text");
	check_field(ex->title, "title");
	check_field(ex->publisher, "publisher");
	check_field(ex->byline, "byline");
	check_field(ex->date, "date");
	if ((art = fuzz_article((const uint8_t *)ex->text, ex->len, 1)) != NULL)
		ws_article_free(art);
	ws_extract_free(ex);
	return 0;
}

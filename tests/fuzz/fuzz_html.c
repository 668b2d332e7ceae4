/*
 * fuzz_html: the HTML export of arbitrary bytes at an arbitrary width,
 * theme and view.  No '<' of the article reaches the page unescaped: the
 * page made from the article with every '<' turned into '=' (a character
 * of the same classes for line breaking and words, so the analysis and
 * the layout come out the same) has exactly as many '<' as the page of the
 * article itself.  Every tag carries only the attributes the exporter
 * writes (so a '"' of the article cannot open one of its own), every '&'
 * starts a character reference, and the page is valid UTF-8 without
 * control characters.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/export.h"
#include "fuzz.h"

static const char *const attributes[] = {
	"aria-hidden", "charset", "class", "content", "href", "id", "lang", "name",
	"hidden", "role", "style", "tabindex", "title", "type", NULL,
};

static int
known_attribute(const char *p, size_t n)
{
	if (n > 5 && memcmp(p, "data-", 5) == 0)
		return 1;
	for (size_t i = 0; attributes[i] != NULL; i++)
		if (strlen(attributes[i]) == n && memcmp(p, attributes[i], n) == 0)
			return 1;
	return 0;
}

/* Length of the tag at p ('<'), having checked its attributes. */
static size_t
check_tag(const char *p, const char *end)
{
	const char *q = p + 1;

	if (q < end && (*q == '!' || *q == '/')) {
		const char *gt = memchr(q, '>', (size_t)(end - q));

		if (gt == NULL)
			fuzz_fail("HTML export: an unclosed tag");
		return (size_t)(gt - p) + 1;
	}
	while (q < end && isalnum((unsigned char)*q))
		q++;
	if (q == p + 1)
		fuzz_fail("HTML export: '<' that starts no tag");
	for (;;) {
		const char *name;

		while (q < end && (*q == ' ' || *q == '\n'))
			q++;
		if (q < end && *q == '>')
			return (size_t)(q - p) + 1;
		if (q + 1 < end && q[0] == '/' && q[1] == '>')
			return (size_t)(q - p) + 2;
		name = q;
		while (q < end && (isalnum((unsigned char)*q) || *q == '-'))
			q++;
		if (q == name || !known_attribute(name, (size_t)(q - name)))
			fuzz_fail("HTML export: a tag with attribute '%.*s'",
				  (int)(q - name < 40 ? q - name + 1 : 40), name);
		if (q < end && *q == '=') {
			const char *close;

			if (++q >= end || *q != '"')
				fuzz_fail("HTML export: an unquoted attribute value");
			close = memchr(q + 1, '"', (size_t)(end - q - 1));
			if (close == NULL)
				fuzz_fail("HTML export: an unclosed attribute value");
			q = close + 1;
		}
	}
}

static void
check_reference(const char *p, const char *end)
{
	const char *q = p + 1;

	if (q < end && *q == '#') {
		q++;
		if (q < end && (*q == 'x' || *q == 'X'))
			while (++q < end && isxdigit((unsigned char)*q))
				;
		else
			while (q < end && isdigit((unsigned char)*q))
				q++;
	} else
		while (q < end && isalnum((unsigned char)*q))
			q++;
	if (q == p + 1 || q >= end || *q != ';')
		fuzz_fail("HTML export: a bare '&'");
}

/* Count the page's '<', checking tags and references on the way. */
static size_t
check_page(const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	size_t tags = 0;
	int raw = 0;	/* inside <script> or <style>: text is not markup */

	while (p < end) {
		if (*p == '<') {
			if (raw && (strncmp(p, "</script", 8) == 0 || strncmp(p, "</style", 7) == 0))
				raw = 0;
			if (!raw) {
				size_t n = check_tag(p, end);

				if (strncmp(p, "<script", 7) == 0 || strncmp(p, "<style", 6) == 0)
					raw = 1;
				p += n;
			} else
				p++;
			tags++;
		} else if (*p == '&' && !raw) {
			check_reference(p, end);
			p++;
		} else
			p++;
	}
	return tags;
}

static int
export_page(const uint8_t *data, size_t size, int width, unsigned knobs,
	    struct fuzz_out *out)
{
	struct fuzz_view v;
	struct ws_error err;

	if (fuzz_view_open(&v, data, size, width, knobs) < 0)
		return -1;
	if (ws_export_html(fuzz_out_open(out), v.art, v.lay, fuzz_theme(knobs >> 3), &err) < 0)
		fuzz_fail("HTML export failed: %s", err.msg);
	fuzz_out_close(out);
	fuzz_view_close(&v);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_out page, tame;
	unsigned knobs = 0;
	uint8_t *no_lt;
	size_t lt_page, lt_tame;
	int width;

	width = fuzz_take_width(&data, &size);
	if (size > 0) {
		knobs = *data++;
		size--;
	}
	if (export_page(data, size, width, knobs, &page) < 0)
		return 0;
	fuzz_check_terminal_safe(page.buf, page.len, FUZZ_ALLOW_TAB);
	lt_page = check_page(page.buf, page.len);
	if (memchr(data, '<', size) != NULL) {
		if ((no_lt = malloc(size)) == NULL)
			fuzz_fail("out of memory");
		for (size_t i = 0; i < size; i++)
			no_lt[i] = data[i] == '<' ? '=' : data[i];
		if (export_page(no_lt, size, width, knobs, &tame) < 0)
			fuzz_fail("HTML export: the article without '<' was refused");
		lt_tame = check_page(tame.buf, tame.len);
		if (lt_page != lt_tame)
			fuzz_fail("HTML export: %zu '<' in the page, %zu without the article's '<'",
				  lt_page, lt_tame);
		fuzz_out_free(&tame);
		free(no_lt);
	}
	fuzz_out_free(&page);
	return 0;
}

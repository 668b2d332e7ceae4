/*
 * fuzz_html: the HTML export of arbitrary bytes at an arbitrary width,
 * theme and view.  No '<' of the article reaches the page unescaped: once
 * exported, the article's every '<' (in its text, and in the names and
 * roles taken from it) is turned into '=', which is as wide, and the same
 * analysis and layout are exported again: the second page must have
 * exactly as many '<' as the first.  Every tag carries only the
 * attributes the exporter writes (so a '"' of the article cannot open one
 * of its own), every '&' starts a character reference, and the page is
 * valid UTF-8 without control characters.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/export.h"
#include "fuzz.h"

static const char *const attributes[] = {
	"aria-describedby", "aria-hidden", "charset", "class", "content", "href", "id", "lang", "name",
	"hidden", "role", "style", "tabindex", "title", "type", "value", NULL,
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

static void
export_page(const struct fuzz_view *v, unsigned knobs, struct fuzz_out *out)
{
	struct ws_error err;

	if (ws_export_html(fuzz_out_open(out), v->art, &v->view, v->width,
			   fuzz_theme(knobs >> 3), &err) < 0)
		fuzz_fail("HTML export failed: %s", err.msg);
	fuzz_out_close(out);
}

static void
tame(char *s, size_t len)
{
	for (size_t i = 0; s != NULL && i < len; i++)
		if (s[i] == '<')
			s[i] = '=';
}

static void
tame_string(char *s)
{
	if (s != NULL)
		tame(s, strlen(s));
}

/* Every '<' that came from the article becomes '='. */
static void
tame_article(struct ws_article *art)
{
	tame(art->text->s, art->text->len);
	for (size_t i = 0; i < art->an->npeople; i++) {
		tame_string(art->an->people[i].name);
		tame_string(art->an->people[i].role);
	}
	for (size_t i = 0; i < art->an->noutlets; i++)
		tame_string(art->an->outlets[i].name);
	tame_string(art->publisher);
	tame_string(art->title);
	tame_string(art->byline);
	tame_string(art->date);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_out page, tamed;
	struct fuzz_view v;
	unsigned knobs = 0;
	size_t lt_page, lt_tamed;
	int width;

	width = fuzz_take_width(&data, &size);
	if (size > 0) {
		knobs = *data++;
		size--;
	}
	if (fuzz_view_open(&v, data, size, width, knobs) < 0)
		return 0;
	export_page(&v, knobs, &page);
	fuzz_check_terminal_safe(page.buf, page.len, FUZZ_ALLOW_TAB);
	lt_page = check_page(page.buf, page.len);
	tame_article(v.art);
	export_page(&v, knobs, &tamed);
	lt_tamed = check_page(tamed.buf, tamed.len);
	if (lt_page != lt_tamed)
		fuzz_fail("HTML export: %zu '<' in the page, %zu once the article has none",
			  lt_page, lt_tamed);
	fuzz_out_free(&tamed);
	fuzz_out_free(&page);
	fuzz_view_close(&v);
	return 0;
}

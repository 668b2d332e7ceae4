/* The export tests' article, analysis written by hand. */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/style.h"
#include "export_fixture.h"

static struct ws_span
find_span(const char *text, const char *what)
{
	const char *p;
	struct ws_span span = { 0, 0 };

	if (what == NULL || what[0] == '\0')
		return span;
	p = strstr(text, what);
	assert_non_null(p);
	span.start = (size_t)(p - text);
	span.end = span.start + strlen(what);
	return span;
}

static char *
slug(const char *name)
{
	char *s = strdup(name);

	assert_non_null(s);
	for (char *p = s; *p != '\0'; p++)
		*p = *p == ' ' ? '-' : (char)(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
	return s;
}

static size_t
count(const char *const *names)
{
	size_t n = 0;

	while (names != NULL && names[n] != NULL)
		n++;
	return n;
}

struct ws_article *
fixture_article(const char *text, const char *const *outlets, const char *const *people,
		const struct fixture_claim *claims, size_t nclaims)
{
	struct ws_article *art = calloc(1, sizeof *art);
	struct ws_analysis *an = calloc(1, sizeof *an);

	assert_non_null(art);
	assert_non_null(an);
	assert_int_equal(ws_text_from_bytes("test.txt", text, strlen(text), WS_LOAD_FORCE,
					    &art->text, NULL), 0);
	assert_int_equal(ws_segment(art->text, NULL, &art->doc, NULL), 0);
	an->noutlets = count(outlets);
	an->outlets = calloc(an->noutlets + 1, sizeof *an->outlets);
	for (size_t i = 0; i < an->noutlets; i++) {
		an->outlets[i].name = strdup(outlets[i]);
		an->outlets[i].id = slug(outlets[i]);
	}
	an->npeople = count(people);
	an->people = calloc(an->npeople + 1, sizeof *an->people);
	for (size_t i = 0; i < an->npeople; i++) {
		an->people[i].name = strdup(people[i]);
		an->people[i].id = slug(people[i]);
	}
	an->nclaims = nclaims;
	an->claims = calloc(nclaims + 1, sizeof *an->claims);
	for (size_t i = 0; i < nclaims; i++) {
		struct ws_claim *c = &an->claims[i];

		/* Offsets into the text as loaded: the fixtures keep it clean UTF-8. */
		c->content = find_span(art->text->s, claims[i].content);
		c->cue = find_span(art->text->s, claims[i].cue);
		c->by = find_span(art->text->s, claims[i].by);
		c->kind = claims[i].kind;
		c->speaker = claims[i].speaker;
		c->outlet = claims[i].outlet;
		if (c->outlet != WS_NONE)
			an->outlets[c->outlet].nclaims++;
		if (c->speaker != WS_NONE)
			an->people[c->speaker].nclaims++;
	}
	art->an = an;
	return art;
}

/* The article's styles under the reader's default view (caller frees). */
static struct ws_style_span *
default_styles(const struct ws_article *art, size_t *nstyles)
{
	struct ws_style_span *styles = NULL;
	struct ws_view view;

	ws_view_init(&view);
	*nstyles = 0;
	ws_style_build(art->doc, art->an, &view, &styles, nstyles);
	return styles;
}

struct ws_layout *
fixture_layout(const struct ws_article *art, int width)
{
	struct ws_layout *lay = NULL;
	size_t nstyles;
	struct ws_style_span *styles = default_styles(art, &nstyles);

	assert_int_equal(ws_layout_doc(art->doc, styles, nstyles, width, &lay, NULL), 0);
	free(styles);
	return lay;
}

char *
fixture_capture(fixture_export *export, const struct ws_article *art, int width,
		const void *arg)
{
	char *buf = NULL;
	size_t len = 0;
	struct ws_view view;
	FILE *fp = open_memstream(&buf, &len);

	assert_non_null(fp);
	ws_view_init(&view);
	assert_int_equal(export(fp, art, &view, width, arg), 0);
	assert_int_equal(fclose(fp), 0);
	return buf;
}

void
fixture_free(struct ws_article *art)
{
	struct ws_analysis *an = art->an;

	for (size_t i = 0; i < an->noutlets; i++) {
		free(an->outlets[i].name);
		free(an->outlets[i].id);
	}
	for (size_t i = 0; i < an->npeople; i++) {
		free(an->people[i].name);
		free(an->people[i].id);
	}
	free(an->outlets);
	free(an->people);
	free(an->claims);
	free(an);
	art->an = NULL;
	ws_article_free(art);
}

/*
 * Helpers for the attribution tests: analyse a short text written for the
 * test and look for a claim by its content.  Included by each
 * tests/test_analyze_*.c (one program per stage).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/analyze.h"
#include "whosaid/segment.h"

static struct ws_lexicon *lex;
static struct ws_text *text;
static struct ws_doc *doc;
static struct ws_analysis *an;

static void
release(void)
{
	ws_analysis_free(an);
	ws_doc_free(doc);
	ws_text_free(text);
	an = NULL;
	doc = NULL;
	text = NULL;
}

/* Analyse `s`; the result stays in `an` until the next call or teardown. */
static void
analyze(const char *s)
{
	struct ws_error err;

	release();
	assert_int_equal(ws_text_from_bytes("t", s, strlen(s), 0, &text, &err), 0);
	assert_int_equal(ws_segment(text, lex, &doc, &err), 0);
	assert_int_equal(ws_analyze(doc, lex, &an, &err), 0);
}

static int
setup(void **state)
{
	struct ws_error err;

	(void)state;
	return ws_lexicon_builtin(&lex, &err);
}

static int
teardown(void **state)
{
	(void)state;
	release();
	ws_lexicon_free(lex);
	lex = NULL;
	return 0;
}

static int
span_is(struct ws_span sp, const char *want)
{
	size_t n = strlen(want);

	return sp.end - sp.start == n && memcmp(text->s + sp.start, want, n) == 0;
}

static void
dump_claims(void)
{
	for (size_t i = 0; i < an->nclaims; i++) {
		const struct ws_claim *c = &an->claims[i];

		print_message("  claim %zu: [%.*s] cue [%.*s] by [%.*s] speaker %s source %s\n", i,
			      (int)(c->content.end - c->content.start), text->s + c->content.start,
			      (int)(c->cue.end - c->cue.start), text->s + c->cue.start,
			      (int)(c->by.end - c->by.start), text->s + c->by.start,
			      c->speaker != WS_NONE ? an->people[c->speaker].name : "-",
			      c->outlet != WS_NONE ? an->outlets[c->outlet].name : "-");
	}
}

/* The claim whose content is exactly `content`; fails the test if none. */
static const struct ws_claim *
claim(const char *content)
{
	for (size_t i = 0; i < an->nclaims; i++)
		if (span_is(an->claims[i].content, content))
			return &an->claims[i];
	dump_claims();
	fail_msg("no claim \"%s\"", content);
	return NULL;
}

static const char *
speaker_of(const struct ws_claim *c)
{
	return c->speaker != WS_NONE ? an->people[c->speaker].name : NULL;
}

static const char *
outlet_of(const struct ws_claim *c)
{
	return c->outlet != WS_NONE ? an->outlets[c->outlet].name : NULL;
}

/* Assert a claim's content, cue, by, speaker and outlet (NULL: none). */
static __attribute__((unused)) void
assert_claim(const char *content, const char *cue, const char *by, const char *speaker,
	     const char *outlet)
{
	const struct ws_claim *c = claim(content);

	if (cue != NULL && !span_is(c->cue, cue))
		fail_msg("cue of \"%s\": [%.*s], want [%s]", content,
			 (int)(c->cue.end - c->cue.start), text->s + c->cue.start, cue);
	if (by != NULL && !span_is(c->by, by))
		fail_msg("by of \"%s\": [%.*s], want [%s]", content,
			 (int)(c->by.end - c->by.start), text->s + c->by.start, by);
	if (by == NULL && c->by.end > c->by.start)
		fail_msg("by of \"%s\": [%.*s], want none", content,
			 (int)(c->by.end - c->by.start), text->s + c->by.start);
	if ((speaker == NULL) != (speaker_of(c) == NULL) ||
	    (speaker != NULL && strcmp(speaker, speaker_of(c)) != 0))
		fail_msg("speaker of \"%s\": %s, want %s", content,
			 speaker_of(c) ? speaker_of(c) : "none", speaker ? speaker : "none");
	if ((outlet == NULL) != (outlet_of(c) == NULL) ||
	    (outlet != NULL && strcmp(outlet, outlet_of(c)) != 0))
		fail_msg("outlet of \"%s\": %s, want %s", content,
			 outlet_of(c) ? outlet_of(c) : "none", outlet ? outlet : "none");
}

static __attribute__((unused)) void
assert_nclaims(size_t n)
{
	if (an->nclaims != n) {
		dump_claims();
		fail_msg("%zu claims, want %zu", an->nclaims, n);
	}
}

static __attribute__((unused)) const struct ws_person *
person(const char *name)
{
	for (size_t i = 0; i < an->npeople; i++)
		if (strcmp(an->people[i].name, name) == 0)
			return &an->people[i];
	for (size_t i = 0; i < an->npeople; i++)
		print_message("  person %s\n", an->people[i].name);
	fail_msg("no person \"%s\"", name);
	return NULL;
}

static __attribute__((unused)) const struct ws_outlet *
outlet(const char *name)
{
	for (size_t i = 0; i < an->noutlets; i++)
		if (strcmp(an->outlets[i].name, name) == 0)
			return &an->outlets[i];
	fail_msg("no outlet \"%s\"", name);
	return NULL;
}

/*
 * Reading training corpora (train_corpus.h) with jansson.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "train_corpus.h"
#include "whosaid/xmalloc.h"

/* The line being read: its text's code point offsets and its gold. */
struct line {
	char where[400];
	const char *text;
	size_t len;
	uint32_t *byte_at;	/* code point i starts at byte byte_at[i] */
	size_t ncp;
	struct ws_gold gold;
	struct ws_gold_part *parts;
	size_t nparts, capparts;
};

/* byte_at[] for the text: one entry per code point, and one for the end. */
static void
index_code_points(struct line *ln)
{
	size_t n = 0;

	ln->byte_at = xreallocarray(NULL, ln->len + 1, sizeof *ln->byte_at);
	for (size_t i = 0; i < ln->len; i++)
		if (((unsigned char)ln->text[i] & 0xc0) != 0x80)
			ln->byte_at[n++] = (uint32_t)i;
	ln->byte_at[n] = (uint32_t)ln->len;
	ln->ncp = n;
}

/* One [start, end] of code points as a byte part. */
static int
read_part(struct line *ln, json_t *pair, struct ws_gold_part *part, struct ws_error *err)
{
	json_int_t s, e;

	if (!json_is_array(pair) || json_array_size(pair) != 2 ||
	    !json_is_integer(json_array_get(pair, 0)) || !json_is_integer(json_array_get(pair, 1)))
		return ws_error_set(err, "%s: a span is not [start, end]", ln->where);
	s = json_integer_value(json_array_get(pair, 0));
	e = json_integer_value(json_array_get(pair, 1));
	if (s < 0 || e < s || (size_t)e > ln->ncp)
		return ws_error_set(err, "%s: span [%lld, %lld] is not within the text's %zu characters",
				    ln->where, (long long)s, (long long)e, ln->ncp);
	part->start = ln->byte_at[s];
	part->end = ln->byte_at[e];
	return 0;
}

/* The spans of one role ("cue"): "cue_spans", else "cue_span", else none. */
static json_t *
spans_of(json_t *attribution, const char *role, int *single)
{
	char key[32];
	json_t *v;

	snprintf(key, sizeof key, "%s_spans", role);
	v = json_object_get(attribution, key);
	*single = 0;
	if (json_is_array(v))
		return v;
	snprintf(key, sizeof key, "%s_span", role);
	v = json_object_get(attribution, key);
	*single = 1;
	return json_is_array(v) ? v : NULL;
}

/* Append a role's parts to ln->parts; their count into *n. */
static int
read_role(struct line *ln, json_t *attribution, const char *role, size_t *n,
	  struct ws_error *err)
{
	int single;
	json_t *spans = spans_of(attribution, role, &single);
	size_t count = spans == NULL ? 0 : single ? 1 : json_array_size(spans);

	*n = count;
	xgrow(&ln->parts, &ln->capparts, ln->nparts + count, sizeof *ln->parts);
	for (size_t i = 0; i < count; i++)
		if (read_part(ln, single ? spans : json_array_get(spans, i),
			      &ln->parts[ln->nparts++], err) < 0)
			return -1;
	return 0;
}

/*
 * The attributions, parts first (they move while growing), then the
 * pointers into them.
 */
static int
read_gold(struct line *ln, json_t *list, struct ws_error *err)
{
	size_t n = json_is_array(list) ? json_array_size(list) : 0;
	size_t (*counts)[3];
	struct ws_gold_attribution *a;
	int rc = 0;

	if (list != NULL && !json_is_array(list))
		return ws_error_set(err, "%s: \"attributions\" is not a list", ln->where);
	a = xcalloc(n + 1, sizeof *a);
	counts = xcalloc(n + 1, sizeof *counts);
	ln->nparts = 0;
	for (size_t i = 0; i < n && rc == 0; i++) {
		json_t *at = json_array_get(list, i);

		if (!json_is_object(at))
			rc = ws_error_set(err, "%s: an attribution is not an object", ln->where);
		else if (read_role(ln, at, "source", &counts[i][0], err) < 0 ||
			 read_role(ln, at, "cue", &counts[i][1], err) < 0 ||
			 read_role(ln, at, "content", &counts[i][2], err) < 0)
			rc = -1;
	}
	for (size_t i = 0, k = 0; i < n && rc == 0; i++) {
		a[i].source = ln->parts + k, a[i].nsource = counts[i][0], k += counts[i][0];
		a[i].cue = ln->parts + k, a[i].ncue = counts[i][1], k += counts[i][1];
		a[i].content = ln->parts + k, a[i].ncontent = counts[i][2], k += counts[i][2];
	}
	free(counts);
	ln->gold.attributions = a;
	ln->gold.nattributions = n;
	return rc;
}

static int
read_line(struct line *ln, const char *buf, size_t len,
	  int (*each_text)(void *ctx, const struct train_text *text), void *ctx,
	  struct ws_error *err)
{
	json_error_t jerr;
	json_t *obj = json_loadb(buf, len, 0, &jerr), *text;
	struct train_text tt;
	int rc = -1;

	/* jansson allocates on its own: where it says it ran out, so does whosaid. */
	if (obj == NULL && json_error_code(&jerr) == json_error_out_of_memory)
		ws_out_of_memory();
	if (obj == NULL)
		return ws_error_set(err, "%s: %s", ln->where, jerr.text);
	text = json_object_get(obj, "text");
	if (!json_is_string(text)) {
		ws_error_set(err, "%s: no \"text\" string", ln->where);
		goto done;
	}
	ln->text = json_string_value(text);
	ln->len = json_string_length(text);
	index_code_points(ln);
	if (read_gold(ln, json_object_get(obj, "attributions"), err) < 0)
		goto done;
	tt.where = ln->where;
	tt.text = ln->text;
	tt.len = ln->len;
	tt.gold = &ln->gold;
	rc = each_text(ctx, &tt);
done:
	free(ln->byte_at);
	ln->byte_at = NULL;
	free(ln->gold.attributions);
	ln->gold.attributions = NULL;
	json_decref(obj);
	return rc;
}

static int
blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
			return 0;
	return 1;
}

int
train_corpus_read(const char *path,
		  int (*each_text)(void *ctx, const struct train_text *text), void *ctx,
		  struct ws_error *err)
{
	FILE *fp = fopen(path, "rb");
	struct line ln;
	char *buf = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t n;
	int rc = 0;

	if (fp == NULL)
		return ws_error_set(err, "cannot open %s: %s", path, strerror(errno));
	memset(&ln, 0, sizeof ln);
	while (rc == 0 && (errno = 0, n = getline(&buf, &cap, fp)) >= 0) {
		lineno++;
		if (blank(buf, (size_t)n))
			continue;
		snprintf(ln.where, sizeof ln.where, "%s:%zu", path, lineno);
		rc = read_line(&ln, buf, (size_t)n, each_text, ctx, err);
	}
	if (rc == 0 && errno == ENOMEM)
		ws_out_of_memory();	/* getline()'s own growth */
	if (rc == 0 && ferror(fp))
		rc = ws_error_set(err, "cannot read %s: %s", path, strerror(errno));
	free(buf);
	free(ln.parts);
	fclose(fp);
	return rc;
}

/*
 * The JSON export: the attributions of one article as one JSON object on
 * one line (the contract is in the README, "JSON format").
 *
 * Offsets are byte offsets into the input as read, mapped back from the
 * clean text with ws_text_input_offset(); for HTML and Markdown they are
 * offsets into the extracted text, which the object then carries.  Text
 * comes from the clean UTF-8 copy, so the output is valid JSON whatever
 * the input: control characters and NUL are escaped.
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "whosaid/export.h"

struct json_out {
	FILE *fp;
	const struct ws_text *text;
	int extracted;
};

static void
json_string(FILE *fp, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	size_t run = 0;

	putc('"', fp);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f)
			continue;
		fwrite(s + run, 1, i - run, fp);
		run = i + 1;
		switch (c) {
		case '"': fputs("\\\"", fp); break;
		case '\\': fputs("\\\\", fp); break;
		case '\n': fputs("\\n", fp); break;
		case '\t': fputs("\\t", fp); break;
		case '\r': fputs("\\r", fp); break;
		default:
			fputs("\\u00", fp);
			putc(hex[c >> 4], fp);
			putc(hex[c & 15], fp);
			break;
		}
	}
	fwrite(s + run, 1, len - run, fp);
	putc('"', fp);
}

static void
json_cstring(FILE *fp, const char *s)
{
	if (s == NULL)
		fputs("null", fp);
	else
		json_string(fp, s, strlen(s));
}

/* A number, without printf: the export writes millions of them. */
static void
put_num(FILE *fp, size_t n)
{
	char buf[24], *p = buf + sizeof buf;

	do {
		*--p = (char)('0' + n % 10);
		n /= 10;
	} while (n != 0);
	fwrite(p, 1, (size_t)(buf + sizeof buf - p), fp);
}

static size_t
offset(const struct json_out *o, size_t off)
{
	return o->extracted ? off : ws_text_input_offset(o->text, off);
}

static void
json_mentions(const struct json_out *o, const struct ws_span *m, size_t n)
{
	fputs("\"mentions\":[", o->fp);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ",[" : "[", o->fp);
		put_num(o->fp, offset(o, m[i].start));
		putc(',', o->fp);
		put_num(o->fp, offset(o, m[i].end));
		putc(']', o->fp);
	}
	putc(']', o->fp);
}

/* {"start":…,"end":…,"text":…} or null for an empty span. */
static void
json_span(const struct json_out *o, const char *key, struct ws_span sp)
{
	fprintf(o->fp, ",\"%s\":", key);
	if (sp.end <= sp.start) {
		fputs("null", o->fp);
		return;
	}
	fputs("{\"start\":", o->fp);
	put_num(o->fp, offset(o, sp.start));
	fputs(",\"end\":", o->fp);
	put_num(o->fp, offset(o, sp.end));
	fputs(",\"text\":", o->fp);
	json_string(o->fp, o->text->s + sp.start, sp.end - sp.start);
	putc('}', o->fp);
}

static void
json_title(const struct json_out *o, const struct ws_doc *doc)
{
	fputs(",\"title\":", o->fp);
	for (size_t i = 0; i < doc->nblocks; i++) {
		if (doc->blocks[i].kind == WS_BLOCK_TITLE) {
			json_string(o->fp, o->text->s + doc->blocks[i].span.start,
				    doc->blocks[i].span.end - doc->blocks[i].span.start);
			return;
		}
	}
	fputs("null", o->fp);
}

static void
json_claims(const struct json_out *o, const struct ws_analysis *an)
{
	static const char *const kinds[] = { "direct", "indirect", "mixed" };

	fputs(",\"claims\":[", o->fp);
	for (size_t i = 0; i < an->nclaims; i++) {
		const struct ws_claim *c = &an->claims[i];

		fputs(i ? ",{\"start\":" : "{\"start\":", o->fp);
		put_num(o->fp, offset(o, c->content.start));
		fputs(",\"end\":", o->fp);
		put_num(o->fp, offset(o, c->content.end));
		fputs(",\"text\":", o->fp);
		json_string(o->fp, o->text->s + c->content.start, c->content.end - c->content.start);
		fprintf(o->fp, ",\"kind\":\"%s\"", kinds[c->kind]);
		json_span(o, "cue", c->cue);
		json_span(o, "by", c->by);
		fputs(",\"speaker\":", o->fp);
		json_cstring(o->fp, c->speaker != WS_NONE ? an->people[c->speaker].id : NULL);
		fputs(",\"source\":", o->fp);
		json_cstring(o->fp, c->outlet != WS_NONE ? an->outlets[c->outlet].id : NULL);
		putc('}', o->fp);
	}
	putc(']', o->fp);
}

/* An outlet or a person, the i-th of its list: its id and name ... */
static void
json_entity_start(FILE *fp, size_t i, const char *id, const char *name)
{
	fprintf(fp, "%s{\"id\":", i ? "," : "");
	json_cstring(fp, id);
	fputs(",\"name\":", fp);
	json_cstring(fp, name);
}

/* ... then its claims and mentions. */
static void
json_entity_end(const struct json_out *o, size_t nclaims, const struct ws_span *mentions,
		size_t nmentions)
{
	fprintf(o->fp, ",\"claims\":%zu,", nclaims);
	json_mentions(o, mentions, nmentions);
	putc('}', o->fp);
}

int
ws_export_json(FILE *out, const struct ws_article *art, struct ws_error *err)
{
	const struct ws_analysis *an = art->an;
	struct json_out o = { out, art->text, (art->text->flags & WS_TEXT_EXTRACTED) != 0 };

	fputs("{\"file\":", out);
	json_cstring(out, art->text->name);
	json_title(&o, art->doc);
	if (o.extracted) {
		fputs(",\"text\":", out);
		json_string(out, art->text->s, art->text->len);
	}
	if (art->publisher != NULL) {
		fputs(",\"publisher\":", out);
		json_cstring(out, art->publisher);
	}
	fputs(",\"sources\":[", out);
	for (size_t i = 0; i < an->noutlets; i++) {
		const struct ws_outlet *s = &an->outlets[i];

		json_entity_start(out, i, s->id, s->name);
		json_entity_end(&o, s->nclaims, s->mentions, s->nmentions);
	}
	fputs("],\"people\":[", out);
	for (size_t i = 0; i < an->npeople; i++) {
		const struct ws_person *p = &an->people[i];

		json_entity_start(out, i, p->id, p->name);
		fputs(",\"role\":", out);
		json_cstring(out, p->role);
		json_entity_end(&o, p->nclaims, p->mentions, p->nmentions);
	}
	putc(']', out);
	json_claims(&o, an);
	fputs("}\n", out);
	if (ferror(out))
		return ws_error_set(err, "cannot write the JSON export: %s", strerror(errno));
	return 0;
}

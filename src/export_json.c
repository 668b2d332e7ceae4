/*
 * The JSON export: the attributions of one article as one JSON object on
 * one line (the contract is in the README, "JSON format").
 *
 * Offsets are byte offsets into the input as read, mapped back from the
 * clean text with ws_text_input_offset(); for HTML and Markdown they are
 * offsets into the extracted text, which the object then carries.  Text
 * comes from the clean UTF-8 copy, so the output is valid JSON whatever
 * the input: control characters and NUL are escaped, and so are the
 * characters a terminal or an editor showing the JSON would act on: C1
 * controls, bidi embeddings, overrides and isolates, and the line and
 * paragraph separators (which also end a line in JavaScript before ES2019).
 *
 * The object is gathered in a buffer of its own and written in large
 * pieces: a JSON export is twice or three times the article, in millions
 * of small items, and a stdio call per item cost more than all the rest.
 */
#include "config.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "whosaid/export.h"
#include "whosaid/xmalloc.h"
#include "export_put.h"
#include "export_units.h"

/* Bytes gathered before a write. */
#define JSON_BUF_SIZE (64 * 1024)

struct json_out {
	FILE *fp;
	const struct ws_text *text;
	int extracted;
	struct ws_units units;		/* of the string the offsets point into */
	int same_offsets;		/* offsets in bytes, the input's those of the text */
	size_t last_offset;		/* then the last offset there is */
	size_t n;			/* bytes in buf */
	char buf[JSON_BUF_SIZE];
};

static void
flush(struct json_out *o)
{
	fwrite(o->buf, 1, o->n, o->fp);
	o->n = 0;
}

static void
put_bytes_slow(struct json_out *o, const char *p, size_t len)
{
	flush(o);
	if (len >= JSON_BUF_SIZE) {
		fwrite(p, 1, len, o->fp);
		return;
	}
	memcpy(o->buf, p, len);
	o->n = len;
}

/* Inline, so that the copy of a short literal is a move or two. */
static inline void
put_bytes(struct json_out *o, const char *p, size_t len)
{
	if (len > JSON_BUF_SIZE - o->n) {
		put_bytes_slow(o, p, len);
		return;
	}
	memcpy(o->buf + o->n, p, len);
	o->n += len;
}

static inline void
put_char(struct json_out *o, char c)
{
	if (o->n == JSON_BUF_SIZE)
		flush(o);
	o->buf[o->n++] = c;
}

static inline void
put_str(struct json_out *o, const char *s)
{
	put_bytes(o, s, strlen(s));
}

static const char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* "0000" to "9999", made by the preprocessor: four digits at a time. */
#define QUADS1(p) p "0" p "1" p "2" p "3" p "4" p "5" p "6" p "7" p "8" p "9"
#define QUADS2(p) QUADS1(p "0") QUADS1(p "1") QUADS1(p "2") QUADS1(p "3") QUADS1(p "4") \
	QUADS1(p "5") QUADS1(p "6") QUADS1(p "7") QUADS1(p "8") QUADS1(p "9")
#define QUADS3(p) QUADS2(p "0") QUADS2(p "1") QUADS2(p "2") QUADS2(p "3") QUADS2(p "4") \
	QUADS2(p "5") QUADS2(p "6") QUADS2(p "7") QUADS2(p "8") QUADS2(p "9")
static const char digit_quads[] = QUADS3("0") QUADS3("1") QUADS3("2") QUADS3("3") QUADS3("4")
	QUADS3("5") QUADS3("6") QUADS3("7") QUADS3("8") QUADS3("9");

/* The digits of v, written back from p (its last digit goes at p[-1]). */
static inline void
put_digits32(char *p, uint32_t v)
{
	while (v >= 10000) {
		p -= 4;
		memcpy(p, digit_quads + 4 * (v % 10000), 4);
		v /= 10000;
	}
	if (v >= 100) {
		p -= 2;
		memcpy(p, digit_pairs + 2 * (v % 100), 2);
		v /= 100;
	}
	if (v >= 10)
		memcpy(p - 2, digit_pairs + 2 * v, 2);
	else
		p[-1] = (char)('0' + v);
}

/*
 * A number, without printf and two digits at a time: the export writes
 * millions.  Its digits are counted first (from its bits, then one
 * comparison) and written in place, from the last; in 32-bit arithmetic
 * once the number fits, as every offset of an input of 128 MiB does.
 */
static void
put_num(struct json_out *o, size_t n)
{
	static const uint64_t powers[20] = {
		1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL,
		100000000ULL, 1000000000ULL, 10000000000ULL, 100000000000ULL,
		1000000000000ULL, 10000000000000ULL, 100000000000000ULL,
		1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL,
		1000000000000000000ULL, 10000000000000000000ULL
	};
	uint64_t v = n;
	/*
	 * A number of b bits has b * log10(2) digits (1233 / 4096), or one
	 * more; v | 1 has the digits of v (10^k - 1 is odd) and 0 has one.
	 */
	unsigned bits = 64 - (unsigned)__builtin_clzll(v | 1), len = (bits * 1233) >> 12;
	char *p;

	len += (v | 1) >= powers[len];
	if (JSON_BUF_SIZE - o->n < 20)
		flush(o);
	p = o->buf + o->n + len;
	o->n += len;
	while (v > UINT32_MAX) {
		p -= 2;
		memcpy(p, digit_pairs + 2 * (v % 100), 2);
		v /= 100;
	}
	put_digits32(p, (uint32_t)v);
}

/*
 * Bytes a JSON string must escape: the quote, the backslash, control
 * characters and DEL.  Built from the rule, so it cannot disagree with it.
 */
static int
needs_escape(unsigned char c)
{
	return c < 0x20 || c == '"' || c == '\\' || c == 0x7f;
}

/* \uXXXX for a code point of the Basic Multilingual Plane. */
static void
put_u_escape(struct json_out *o, unsigned cp)
{
	static const char hex[] = "0123456789abcdef";
	char u[6] = { '\\', 'u', hex[cp >> 12 & 15], hex[cp >> 8 & 15], hex[cp >> 4 & 15],
		      hex[cp & 15] };

	put_bytes(o, u, sizeof u);
}

static void
put_escape(struct json_out *o, unsigned char c)
{
	switch (c) {
	case '"': put_bytes(o, "\\\"", 2); break;
	case '\\': put_bytes(o, "\\\\", 2); break;
	case '\n': put_bytes(o, "\\n", 2); break;
	case '\t': put_bytes(o, "\\t", 2); break;
	case '\r': put_bytes(o, "\\r", 2); break;
	default: put_u_escape(o, c); break;
	}
}

#define ONES ((uint64_t)0x0101010101010101ULL)
#define HIGHS ((uint64_t)0x8080808080808080ULL)

/*
 * Whether one of the 8 bytes at s needs an escape, or starts a character
 * that may (C2, E2: see ws_json_unicode_control), with word arithmetic (a byte
 * below n: (v - n*ONES) & ~v & HIGHS is not 0; a byte equal to c: one
 * below 1 in v ^ c*ONES).  Exact as a whole, which is all the caller
 * asks: a chunk with an escape is then read byte by byte.
 */
static int
chunk_needs_escape(const char *s)
{
	uint64_t v, q, b, d, c2, e2;

	memcpy(&v, s, sizeof v);
	q = v ^ ('"' * ONES);
	b = v ^ ('\\' * ONES);
	d = v ^ (0x7f * ONES);
	c2 = v ^ (0xc2 * ONES);
	e2 = v ^ (0xe2 * ONES);
	return ((((v - 0x20 * ONES) & ~v) | ((q - ONES) & ~q) | ((b - ONES) & ~b) |
		 ((d - ONES) & ~d) | ((c2 - ONES) & ~c2) | ((e2 - ONES) & ~e2)) & HIGHS) != 0;
}

#if defined(__SSE2__)
/*
 * The same test for 16 bytes at once (SSE2, which every x86-64 has): a
 * byte of at most 0x1f is one that max(byte, 0x1f) leaves at 0x1f.
 */
static int
chunk16_needs_escape(const char *s)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)s);
	__m128i hit = _mm_cmpeq_epi8(_mm_max_epu8(v, _mm_set1_epi8(0x1f)), _mm_set1_epi8(0x1f));

	hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('"')));
	hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8('\\')));
	hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7f)));
	hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xc2)));
	hit = _mm_or_si128(hit, _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xe2)));
	return _mm_movemask_epi8(hit) != 0;
}
#endif

/*
 * A string: runs that need no escape are copied at once.  A byte that
 * may need one (needs_escape(), or C2 or E2, the first byte of the
 * characters of ws_json_unicode_control()) is special: the bytes after
 * the last chunk of 8, most of a name or a cue, are each a look-up.
 */
static const unsigned char special[256] = {
	[0x00 ... 0x1f] = 1, ['"'] = 1, ['\\'] = 1, [0x7f] = 1, [0xc2] = 1, [0xe2] = 1
};

static void
json_string(struct json_out *o, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t run = 0, i = 0, n;
	unsigned cp;

	/* A short string with nothing special (a name, a cue) is copied as it is read. */
	if (len < 16 && JSON_BUF_SIZE - o->n >= len + 2) {
		char *d = o->buf + o->n;

		d[0] = '"';
		while (i < len && !special[u[i]]) {
			d[i + 1] = s[i];
			i++;
		}
		if (i == len) {
			d[len + 1] = '"';
			o->n += len + 2;
			return;
		}
		i = 0;
	}
	put_char(o, '"');
	while (i < len) {
#if defined(__SSE2__)
		if (i + 16 <= len && !chunk16_needs_escape(s + i)) {
			i += 16;
			continue;
		}
#endif
		if (i + 8 <= len && !chunk_needs_escape(s + i)) {
			i += 8;
			continue;
		}
		if (!special[u[i]]) {
			i++;
			continue;
		}
		if (needs_escape(u[i])) {
			put_bytes(o, s + run, i - run);
			put_escape(o, u[i]);
			run = i + 1;
		} else if ((n = ws_json_unicode_control(u + i, len - i, &cp)) > 0) {
			put_bytes(o, s + run, i - run);
			put_u_escape(o, cp);
			i += n;
			run = i;
			continue;
		}
		i++;
	}
	put_bytes(o, s + run, len - run);
	put_char(o, '"');
}

static void
json_cstring(struct json_out *o, const char *s)
{
	if (s == NULL)
		put_str(o, "null");
	else
		json_string(o, s, strlen(s));
}

/*
 * Offset `off` of the clean text as the JSON gives it: into the input, in
 * the unit asked.  In bytes, an extracted text's or a text that needed
 * no edit is its own map, clamped as the maps clamp.
 */
static size_t
offset(const struct json_out *o, size_t off)
{
	if (o->same_offsets)
		return off < o->last_offset ? off : o->last_offset;
	return ws_units_of(&o->units, o->extracted ? off : ws_text_input_offset(o->text, off));
}

/* {"start":…,"end":…,"text":…}, the one shape of every span. */
static void
json_span_object(struct json_out *o, struct ws_span sp)
{
	put_str(o, "{\"start\":");
	put_num(o, offset(o, sp.start));
	put_str(o, ",\"end\":");
	put_num(o, offset(o, sp.end));
	put_str(o, ",\"text\":");
	json_string(o, o->text->s + sp.start, sp.end - sp.start);
	put_char(o, '}');
}

/*
 * The mentions twice: "mentions" as [start, end] pairs, the shape of
 * version 1 that scripts (../shared/eval/score.py) read, and
 * "mention_spans" in the shape of every other span.
 */
static void
json_mentions(struct json_out *o, const struct ws_span *m, size_t n)
{
	put_str(o, "\"mentions\":[");
	for (size_t i = 0; i < n; i++) {
		put_str(o, i ? ",[" : "[");
		put_num(o, offset(o, m[i].start));
		put_char(o, ',');
		put_num(o, offset(o, m[i].end));
		put_char(o, ']');
	}
	put_str(o, "],\"mention_spans\":[");
	for (size_t i = 0; i < n; i++) {
		if (i)
			put_char(o, ',');
		json_span_object(o, m[i]);
	}
	put_char(o, ']');
}

/* ,"key":{"start":…,"end":…,"text":…}, or null for an empty span. */
static void
json_span(struct json_out *o, const char *key, struct ws_span sp)
{
	put_str(o, ",\"");
	put_str(o, key);
	put_str(o, "\":");
	if (sp.end <= sp.start)
		put_str(o, "null");
	else
		json_span_object(o, sp);
}

static void
json_title(struct json_out *o, const struct ws_doc *doc)
{
	put_str(o, ",\"title\":");
	for (size_t i = 0; i < doc->nblocks; i++) {
		if (ws_doc_block_kind(doc, i) == WS_BLOCK_TITLE) {
			struct ws_span sp = ws_doc_block_span(doc, i);

			json_string(o, o->text->s + sp.start, sp.end - sp.start);
			return;
		}
	}
	put_str(o, "null");
}

/*
 * The claims the view passes (view NULL: all), each with its number n
 * in the whole article: the N of the HTML export's #claim-N.
 */
static void
json_claims(struct json_out *o, const struct ws_analysis *an, const struct ws_view *view)
{
	static const char *const kinds[] = { "direct", "indirect", "mixed" };
	int first = 1;

	put_str(o, ",\"claims\":[");
	for (size_t i = 0; i < an->nclaims; i++) {
		const struct ws_claim *c = &an->claims[i];

		if (view != NULL && !ws_view_has_claim(view, an, i))
			continue;
		put_str(o, first ? "{\"n\":" : ",{\"n\":");
		first = 0;
		put_num(o, i + 1);
		put_str(o, ",\"start\":");
		put_num(o, offset(o, c->content.start));
		put_str(o, ",\"end\":");
		put_num(o, offset(o, c->content.end));
		put_str(o, ",\"text\":");
		json_string(o, o->text->s + c->content.start, c->content.end - c->content.start);
		put_str(o, ",\"kind\":\"");
		put_str(o, kinds[c->kind]);
		put_char(o, '"');
		json_span(o, "cue", c->cue);
		json_span(o, "by", c->by);
		json_span(o, "via", c->via);
		put_str(o, ",\"speaker\":");
		json_cstring(o, c->speaker != WS_NONE ? an->people[c->speaker].id : NULL);
		put_str(o, ",\"source\":");
		json_cstring(o, c->outlet != WS_NONE ? an->outlets[c->outlet].id : NULL);
		put_char(o, '}');
	}
	put_char(o, ']');
}

/* An outlet or a person, the i-th of its list: its id and name ... */
static void
json_entity_start(struct json_out *o, size_t i, const char *id, const char *name)
{
	put_str(o, i ? ",{\"id\":" : "{\"id\":");
	json_cstring(o, id);
	put_str(o, ",\"name\":");
	json_cstring(o, name);
}

/* ... then its claims and mentions. */
static void
json_entity_end(struct json_out *o, size_t nclaims, const struct ws_span *mentions,
		size_t nmentions)
{
	put_str(o, ",\"claims\":");
	put_num(o, nclaims);
	put_char(o, ',');
	json_mentions(o, mentions, nmentions);
	put_char(o, '}');
}

/* RFC 4648 base64 of len bytes at p, as a JSON string. */
static void
json_base64(struct json_out *o, const unsigned char *p, size_t len)
{
	static const char digits[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

	put_char(o, '"');
	for (size_t i = 0; i < len; i += 3) {
		unsigned long v = (unsigned long)p[i] << 16;
		size_t left = len - i;

		if (left > 1)
			v |= (unsigned long)p[i + 1] << 8;
		if (left > 2)
			v |= p[i + 2];
		put_char(o, digits[v >> 18 & 63]);
		put_char(o, digits[v >> 12 & 63]);
		put_char(o, left > 1 ? digits[v >> 6 & 63] : '=');
		put_char(o, left > 2 ? digits[v & 63] : '=');
	}
	put_char(o, '"');
}

/*
 * "file", and "file_bytes": a name that is not UTF-8 is written with
 * U+FFFD for each ill-formed part (as load repairs text), so that the
 * JSON stays UTF-8, and its bytes in base64, so that a program can still
 * open the file; null when the name is UTF-8.
 */
static void
json_file(struct json_out *o, const char *name)
{
	const unsigned char *p = (const unsigned char *)name, *end = p + strlen(name);
	char *shown = xmalloc(3 * (size_t)(end - p) + 1);	/* U+FFFD is 3 bytes for 1 to 3 */
	size_t len = 0;
	int valid, all_valid = 1;

	for (size_t n; p < end; p += n) {
		n = ws_utf8_next(p, end, &valid);
		if (valid) {
			memcpy(shown + len, p, n);
			len += n;
		} else {
			memcpy(shown + len, "\xef\xbf\xbd", 3);
			len += 3;
			all_valid = 0;
		}
	}
	put_str(o, ",\"file\":");
	json_string(o, shown, len);
	put_str(o, ",\"file_bytes\":");
	if (all_valid)
		put_str(o, "null");
	else
		json_base64(o, (const unsigned char *)name, strlen(name));
	free(shown);
}

/* A string that may be NULL, after its key. */
static void
json_key_cstring(struct json_out *o, const char *key, const char *s)
{
	put_str(o, ",\"");
	put_str(o, key);
	put_str(o, "\":");
	json_cstring(o, s);
}

static void
json_article(struct json_out *o, const struct ws_article *art, const struct ws_json_options *opt)
{
	static const char *const units[] = { "bytes", "chars", "utf16" };
	const struct ws_analysis *an = art->an;

	put_str(o, "{\"version\":");
	put_num(o, WS_JSON_VERSION);
	json_file(o, art->text->name);
	put_str(o, ",\"offsets\":\"");
	put_str(o, units[opt->offsets]);
	put_char(o, '"');
	json_title(o, art->doc);
	put_str(o, ",\"text\":");
	if (o->extracted)
		json_string(o, art->text->s, art->text->len);
	else
		put_str(o, "null");
	json_key_cstring(o, "publisher", art->publisher);
	put_str(o, ",\"sources\":[");
	for (size_t i = 0; i < an->noutlets; i++) {
		const struct ws_outlet *s = &an->outlets[i];

		json_entity_start(o, i, s->id, s->name);
		json_entity_end(o, s->nclaims, s->mentions, s->nmentions);
	}
	put_str(o, "],\"people\":[");
	for (size_t i = 0; i < an->npeople; i++) {
		const struct ws_person *p = &an->people[i];

		json_entity_start(o, i, p->id, p->name);
		put_str(o, ",\"role\":");
		json_cstring(o, p->role);
		json_entity_end(o, p->nclaims, p->mentions, p->nmentions);
	}
	put_char(o, ']');
	json_claims(o, an, opt->view);
	put_str(o, "}\n");
}

int
ws_export_json(FILE *out, const struct ws_article *art, const struct ws_json_options *opt,
	       struct ws_error *err)
{
	static const struct ws_json_options defaults = { WS_OFFSETS_BYTES, NULL };
	struct json_out *o = xmalloc(sizeof *o);	/* the buffer is too large for the stack */

	if (opt == NULL)
		opt = &defaults;
	o->fp = out;
	o->text = art->text;
	o->extracted = (art->text->flags & (WS_TEXT_EXTRACTED | WS_TEXT_CONVERTED)) != 0;
	o->n = 0;
	o->same_offsets = opt->offsets == WS_OFFSETS_BYTES && (o->extracted || art->text->nedits == 0);
	o->last_offset = o->extracted ? SIZE_MAX
	    : art->text->len < art->text->input_len ? art->text->len : art->text->input_len;
	if (o->extracted)
		ws_units_init(&o->units, art->text->s, art->text->len, opt->offsets);
	else
		ws_units_init(&o->units, art->text->input, art->text->input_len, opt->offsets);
	json_article(o, art, opt);
	flush(o);
	ws_units_free(&o->units);
	free(o);
	if (ferror(out))
		return ws_error_set(err, "cannot write the JSON export: %s", strerror(errno));
	return 0;
}

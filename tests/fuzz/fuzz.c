/*
 * fuzz: the checks the targets share (see fuzz.h).
 */
#include "config.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unigbrk.h>

#include "whosaid/width.h"
#include "fuzz.h"

void
fuzz_fail(const char *fmt, ...)
{
	va_list ap;

	fputs("fuzz: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

/*
 * The analysis's work grows with the input, not faster (issue 16): an
 * input that makes the rules look at tokens more than WORK_PER_BYTE_MAX
 * times per byte, beyond WORK_FIXED, fails as a crash does, in every
 * target that analyses.  Ordinary prose costs ~4 per byte and the hardest
 * phrases of tests/test_linear.c ~130; a run of "reportedly" cost 1108
 * before its rule was bounded.
 */
#define WORK_PER_BYTE_MAX 500
#define WORK_FIXED 20000	/* what a few bytes may cost: a title, one sentence */

/* Built once: the lexicons do not depend on the input. */
static struct ws_lexicon *
fuzz_lexicon(void)
{
	static struct ws_lexicon *lex;
	struct ws_error err;

	if (lex == NULL && ws_lexicon_builtin(&lex, &err) < 0)
		fuzz_fail("built-in lexicons: %s", err.msg);
	return lex;
}

struct ws_article *
fuzz_article(const uint8_t *data, size_t size, int analyse)
{
	struct ws_article *art;
	struct ws_error err;

	art = calloc(1, sizeof *art);
	if (art == NULL)
		fuzz_fail("out of memory");
	art->format = WS_FORMAT_TEXT;
	err.msg[0] = '\0';
	if (ws_text_from_bytes("fuzz", (const char *)data, size, WS_LOAD_FORCE,
			       &art->text, &err) < 0 ||
	    ws_segment(art->text, fuzz_lexicon(), &art->doc, &err) < 0 ||
	    (analyse && ws_analyze(art->doc, fuzz_lexicon(), &art->an, &err) < 0)) {
		/* An error must come with a message. */
		if (err.msg[0] == '\0')
			fuzz_fail("an engine error without a message");
		ws_article_free(art);
		return NULL;
	}
	if (art->an != NULL && art->an->work > WORK_FIXED + WORK_PER_BYTE_MAX * size)
		fuzz_fail("superlinear analysis: %zu work for %zu bytes", art->an->work, size);
	return art;
}

/* Block b's styles are the article's cut to it. */
static void
check_block(const struct ws_article *art, const struct ws_view *view,
	    const struct ws_block_claims *bc, size_t b, const struct ws_style_span *all,
	    size_t nall)
{
	struct ws_span span = ws_doc_block_span(art->doc, b);
	struct ws_style_span *part;
	size_t npart, k = 0;

	ws_style_build_block(art->doc, art->an, view, bc, b, &part, &npart);
	for (size_t i = 0; i < nall; i++) {
		size_t start = all[i].start > span.start ? all[i].start : span.start;
		size_t end = all[i].end < span.end ? all[i].end : span.end;

		if (start >= end)
			continue;
		if (k >= npart || part[k].start != start || part[k].end != end ||
		    part[k].style != all[i].style)
			fuzz_fail("block %zu: its styles are not the article's cut to it", b);
		k++;
	}
	if (k != npart)
		fuzz_fail("block %zu: %zu styles of its own, %zu of the article's", b, npart, k);
	free(part);
}

static void
check_block_styles(const struct ws_article *art, const struct ws_view *view)
{
	struct ws_style_span *all;
	struct ws_block_claims bc;
	size_t nall;

	ws_style_build(art->doc, art->an, view, &all, &nall);
	ws_block_claims_build(art->doc, art->an, &bc);
	for (size_t b = 0; b < art->doc->nblocks; b++)
		check_block(art, view, &bc, b, all, nall);
	ws_block_claims_free(&bc);
	free(all);
}

int
fuzz_view_open(struct fuzz_view *v, const uint8_t *data, size_t size, int width,
	       unsigned knobs)
{
	struct ws_view view;
	size_t n = 0;

	memset(v, 0, sizeof *v);
	if ((v->art = fuzz_article(data, size, 1)) == NULL)
		return -1;
	ws_view_init(&view);
	view.unattributed = (knobs & 1) != 0;
	if ((knobs & 2) && v->art->an->nclaims > 0)
		view.selected = 0;
	if (knobs & 4) {
		const char *s = v->art->text->s;

		if ((v->matches = calloc(v->art->text->len + 1, sizeof *v->matches)) == NULL)
			fuzz_fail("out of memory");
		for (size_t i = 0; i < v->art->text->len; i++)
			if (s[i] == 'e') {
				v->matches[n].start = i;
				v->matches[n++].end = i + 1;
			}
		view.matches = v->matches;
		view.nmatches = n;
	}
	v->view = view;
	v->width = width;
	check_block_styles(v->art, &v->view);
	return 0;
}

void
fuzz_view_close(struct fuzz_view *v)
{
	free(v->matches);
	ws_article_free(v->art);
	memset(v, 0, sizeof *v);
}

/* Opened once: a theme does not depend on the input. */
const struct ws_theme *
fuzz_theme(unsigned n)
{
	static struct ws_theme *themes[16];
	const char *const *names = ws_theme_builtin_names();
	size_t count = 0;
	struct ws_error err;

	while (names[count] != NULL && count < 16)
		count++;
	if (n == 0 || count == 0)
		return NULL;
	n = (n - 1) % count;
	if (themes[n] == NULL && ws_theme_open(names[n], &themes[n], &err) < 0)
		fuzz_fail("theme %s: %s", names[n], err.msg);
	return themes[n];
}

int
fuzz_take_width(const uint8_t **data, size_t *size)
{
	unsigned v = 0;

	for (int i = 0; i < 2 && *size > 0; i++) {
		v = v << 8 | **data;
		(*data)++;
		(*size)--;
	}
	return (int)(v % 500) + 1;
}

char *
fuzz_read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL, *exact;
	size_t cap = 0, n;

	if (fp == NULL) {
		perror(path);
		exit(2);
	}
	*len = 0;
	do {
		if (*len == cap) {
			cap = cap ? cap * 2 : 65536;
			if ((buf = realloc(buf, cap)) == NULL)
				fuzz_fail("out of memory");
		}
		n = fread(buf + *len, 1, cap - *len, fp);
		*len += n;
	} while (n > 0);
	fclose(fp);
	/* Exactly its size, so that the sanitizers see a read past its end. */
	if ((exact = malloc(*len ? *len : 1)) == NULL)
		fuzz_fail("out of memory");
	memcpy(exact, buf, *len);
	free(buf);
	return exact;
}

FILE *
fuzz_out_open(struct fuzz_out *out)
{
	memset(out, 0, sizeof *out);
	out->fp = open_memstream(&out->buf, &out->len);
	if (out->fp == NULL)
		fuzz_fail("open_memstream failed");
	return out->fp;
}

void
fuzz_out_close(struct fuzz_out *out)
{
	if (fclose(out->fp) != 0)
		fuzz_fail("writing to memory failed");
	out->fp = NULL;
}

void
fuzz_out_free(struct fuzz_out *out)
{
	if (out->fp != NULL)
		fclose(out->fp);
	free(out->buf);
	memset(out, 0, sizeof *out);
}

size_t
fuzz_utf8(const unsigned char *p, size_t n, uint32_t *cp)
{
	static const uint32_t min[] = { 0, 0, 0x80, 0x800, 0x10000 };
	size_t len;
	uint32_t c;

	if (n == 0)
		return 0;
	if (p[0] < 0x80) {
		*cp = p[0];
		return 1;
	}
	if (p[0] >= 0xc2 && p[0] <= 0xdf) {
		len = 2;
		c = p[0] & 0x1f;
	} else if (p[0] >= 0xe0 && p[0] <= 0xef) {
		len = 3;
		c = p[0] & 0x0f;
	} else if (p[0] >= 0xf0 && p[0] <= 0xf4) {
		len = 4;
		c = p[0] & 0x07;
	} else
		return 0;
	if (n < len)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((p[i] & 0xc0) != 0x80)
			return 0;
		c = c << 6 | (p[i] & 0x3f);
	}
	if (c < min[len] || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

/*
 * A strict JSON reader that builds nothing: it only says whether the
 * text is JSON, and checks the offsets it meets on the way.
 */
struct json {
	const unsigned char *begin, *p, *end;
	size_t input_len;
	int depth;
};

static void json_value(struct json *j, const char *key);
static void json_fail(struct json *j, const char *what) __attribute__((noreturn));

static void
json_fail(struct json *j, const char *what)
{
	fuzz_fail("JSON export: %s at byte %zu of its output", what,
		  (size_t)(j->p - j->begin));
}

static void
json_ws(struct json *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\r'))
		j->p++;
}

static int
json_hex4(struct json *j)
{
	int v = 0;

	for (int i = 0; i < 4; i++, j->p++) {
		int c = j->p < j->end ? *j->p : -1, d;

		if (c >= '0' && c <= '9')
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			json_fail(j, "bad \\u escape");
		v = v << 4 | d;
	}
	return v;
}

/*
 * A string; its bytes, when they are plain ASCII without escapes and
 * short, in key (else key is "").
 */
static void
json_string(struct json *j, char *key, size_t keysize)
{
	char *keybuf = key;
	size_t k = 0;
	uint32_t cp;

	if (keybuf != NULL)
		keybuf[0] = '\0';

	if (j->p >= j->end || *j->p != '"')
		json_fail(j, "expected a string");
	j->p++;
	for (;;) {
		size_t n;

		if (j->p >= j->end)
			json_fail(j, "unterminated string");
		if (*j->p == '"')
			break;
		if (*j->p < 0x20)
			json_fail(j, "raw control character in a string");
		if (*j->p == '\\') {
			j->p++;
			if (j->p >= j->end)
				json_fail(j, "unterminated escape");
			if (*j->p == 'u') {
				int u;

				j->p++;
				u = json_hex4(j);
				if (u >= 0xdc00 && u <= 0xdfff)
					json_fail(j, "lone low surrogate escape");
				if (u >= 0xd800 && u <= 0xdbff) {
					if (j->end - j->p < 6 || j->p[0] != '\\' || j->p[1] != 'u')
						json_fail(j, "lone high surrogate escape");
					j->p += 2;
					u = json_hex4(j);
					if (u < 0xdc00 || u > 0xdfff)
						json_fail(j, "high surrogate not followed by a low one");
				}
				key = NULL;
				continue;
			}
			if (strchr("\"\\/bfnrt", *j->p) == NULL || *j->p == '\0')
				json_fail(j, "bad escape");
			j->p++;
			key = NULL;
			continue;
		}
		n = fuzz_utf8(j->p, (size_t)(j->end - j->p), &cp);
		if (n == 0)
			json_fail(j, "invalid UTF-8 in a string");
		if (key != NULL && n == 1 && k + 1 < keysize)
			key[k++] = (char)*j->p;
		else
			key = NULL;
		j->p += n;
	}
	j->p++;
	if (key != NULL)
		key[k] = '\0';
	else if (keybuf != NULL)
		keybuf[0] = '\0';
}

/* A number; its value when it is a small non-negative integer, else -1. */
static long long
json_number(struct json *j)
{
	long long v = 0;
	int integer = 1, digits = 0;

	if (j->p < j->end && *j->p == '-') {
		integer = 0;
		j->p++;
	}
	if (j->p < j->end && *j->p == '0') {
		j->p++;
		digits = 1;
	} else {
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9') {
			if (v < (1LL << 50))
				v = v * 10 + (*j->p - '0');
			j->p++;
			digits++;
		}
	}
	if (digits == 0)
		json_fail(j, "bad number");
	if (j->p < j->end && *j->p == '.') {
		integer = 0;
		j->p++;
		if (j->p >= j->end || *j->p < '0' || *j->p > '9')
			json_fail(j, "bad fraction");
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
	}
	if (j->p < j->end && (*j->p == 'e' || *j->p == 'E')) {
		integer = 0;
		j->p++;
		if (j->p < j->end && (*j->p == '+' || *j->p == '-'))
			j->p++;
		if (j->p >= j->end || *j->p < '0' || *j->p > '9')
			json_fail(j, "bad exponent");
		while (j->p < j->end && *j->p >= '0' && *j->p <= '9')
			j->p++;
	}
	return integer ? v : -1;
}

static int
is_offset_key(const char *key)
{
	return key != NULL && (strcmp(key, "start") == 0 || strcmp(key, "end") == 0 ||
			       strcmp(key, "mentions") == 0);
}

static void
json_check_offset(struct json *j, const char *key, long long v)
{
	if (!is_offset_key(key))
		return;
	if (v < 0 || (unsigned long long)v > j->input_len)
		json_fail(j, "an offset outside the input");
}

static void
json_object(struct json *j)
{
	long long start = -1, end = -1;

	j->p++;
	json_ws(j);
	if (j->p < j->end && *j->p == '}') {
		j->p++;
		return;
	}
	for (;;) {
		char key[16];

		json_ws(j);
		json_string(j, key, sizeof key);
		json_ws(j);
		if (j->p >= j->end || *j->p != ':')
			json_fail(j, "expected ':'");
		j->p++;
		json_ws(j);
		if (j->p < j->end && (*j->p == '-' || (*j->p >= '0' && *j->p <= '9'))) {
			long long v = json_number(j);

			json_check_offset(j, key, v);
			if (strcmp(key, "start") == 0)
				start = v;
			else if (strcmp(key, "end") == 0)
				end = v;
		} else
			json_value(j, key);
		json_ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		if (j->p < j->end && *j->p == '}')
			break;
		json_fail(j, "expected ',' or '}'");
	}
	j->p++;
	if (start >= 0 && end >= 0 && start > end)
		json_fail(j, "a span whose start is after its end");
}

static void
json_array(struct json *j, const char *key)
{
	long long pair[2] = { -1, -1 };
	size_t n = 0;

	j->p++;
	json_ws(j);
	if (j->p < j->end && *j->p == ']') {
		j->p++;
		return;
	}
	for (;;) {
		json_ws(j);
		if (j->p < j->end && (*j->p == '-' || (*j->p >= '0' && *j->p <= '9'))) {
			long long v = json_number(j);

			json_check_offset(j, key, v);
			if (n < 2)
				pair[n] = v;
		} else
			json_value(j, key);
		n++;
		json_ws(j);
		if (j->p < j->end && *j->p == ',') {
			j->p++;
			continue;
		}
		if (j->p < j->end && *j->p == ']')
			break;
		json_fail(j, "expected ',' or ']'");
	}
	j->p++;
	if (key != NULL && strcmp(key, "mentions") == 0 && n == 2 && pair[0] >= 0 &&
	    pair[1] >= 0 && pair[0] > pair[1])
		json_fail(j, "a mention whose start is after its end");
}

static void
json_literal(struct json *j, const char *word)
{
	size_t n = strlen(word);

	if ((size_t)(j->end - j->p) < n || memcmp(j->p, word, n) != 0)
		json_fail(j, "unexpected byte");
	j->p += n;
}

static void
json_value(struct json *j, const char *key)
{
	if (++j->depth > 64)
		json_fail(j, "nested too deeply");
	json_ws(j);
	if (j->p >= j->end)
		json_fail(j, "unexpected end");
	switch (*j->p) {
	case '{': json_object(j); break;
	case '[': json_array(j, key); break;
	case '"': json_string(j, NULL, 0); break;
	case 't': json_literal(j, "true"); break;
	case 'f': json_literal(j, "false"); break;
	case 'n': json_literal(j, "null"); break;
	default:
		if (*j->p == '-' || (*j->p >= '0' && *j->p <= '9'))
			json_check_offset(j, key, json_number(j));
		else
			json_fail(j, "unexpected byte");
	}
	j->depth--;
}

void
fuzz_check_json(const char *s, size_t len, size_t input_len)
{
	struct json j = { (const unsigned char *)s, (const unsigned char *)s,
			  (const unsigned char *)s + len, input_len, 0 };

	if (len == 0 || s[len - 1] != '\n')
		fuzz_fail("JSON export: output does not end with a newline");
	j.end--;
	json_ws(&j);
	if (j.p >= j.end || *j.p != '{')
		json_fail(&j, "not an object");
	json_value(&j, NULL);
	json_ws(&j);
	if (j.p != j.end)
		json_fail(&j, "bytes after the object");
}

static int
is_unsafe(uint32_t cp, unsigned allow)
{
	if (cp == '\t' && (allow & FUZZ_ALLOW_TAB))
		return 0;
	return (cp < 0x20 && cp != '\n') || (cp >= 0x7f && cp <= 0x9f) ||
	       (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/* Length of the SGR sequence at p, or 0. */
static size_t
sgr_len(const unsigned char *p, size_t n)
{
	size_t i = 2;

	if (n < 3 || p[0] != 0x1b || p[1] != '[')
		return 0;
	while (i < n && ((p[i] >= '0' && p[i] <= '9') || p[i] == ';'))
		i++;
	return i < n && p[i] == 'm' ? i + 1 : 0;
}

void
fuzz_check_terminal_safe(const char *s, size_t len, unsigned allow)
{
	const unsigned char *p = (const unsigned char *)s;

	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t n;

		if ((allow & FUZZ_ALLOW_SGR) && (n = sgr_len(p + i, len - i)) > 0) {
			i += n;
			continue;
		}
		n = fuzz_utf8(p + i, len - i, &cp);
		if (n == 0)
			fuzz_fail("output byte %zu is not valid UTF-8", i);
		if (is_unsafe(cp, allow))
			fuzz_fail("output byte %zu is U+%04X, which a terminal acts on", i,
				  (unsigned)cp);
		i += n;
	}
}

/* Grapheme cluster breaks of the whole text: breaks[i] when a cluster starts at i. */
static char *
cluster_breaks(const struct ws_text *text)
{
	char *breaks = malloc(text->len + 1);

	if (breaks == NULL)
		fuzz_fail("out of memory");
	u8_grapheme_breaks((const uint8_t *)text->s, text->len, breaks);
	breaks[0] = 1;
	breaks[text->len] = 1;
	return breaks;
}

/* Whether byte `off` lies inside one of the source lines of block b. */
static int
in_source_line(const struct ws_doc *doc, const struct ws_block *bl, size_t off)
{
	for (size_t l = 0; l < bl->nlines; l++)
		if (off >= ws_block_line(doc, bl, l).start && off < ws_block_line(doc, bl, l).end)
			return 1;
	return 0;
}

/*
 * Bytes [start, end) of block b that no run covers: allowed only where a
 * line breaks (or at the block's edges), and only for white space or the
 * bytes between its source lines (newline, indentation, '>' markers).
 */
static void
check_gap(const struct ws_doc *doc, size_t b, size_t start, size_t end, int at_break)
{
	const struct ws_block blk = ws_doc_block(doc, b), *bl = &blk;
	const char *s = doc->text->s;

	if (start < end && !at_break)
		fuzz_fail("block %zu: bytes [%zu, %zu) dropped inside a line", b, start, end);
	for (size_t pos = start; pos < end;) {
		size_t cend = pos + ws_cluster_end(s + pos, end - pos, 0);
		struct ws_cell cell;

		if (cend <= pos || cend > end)
			fuzz_fail("ws_cluster_end at %zu returned %zu past %zu", pos, cend, end);
		if (in_source_line(doc, bl, pos)) {
			ws_cell_make(s, pos, cend, &cell);
			if (!(cell.flags & WS_CELL_SPACE))
				fuzz_fail("block %zu: bytes [%zu, %zu) are in no run", b, pos, cend);
		}
		pos = cend;
	}
}

static void
check_line_width(const struct ws_doc *doc, const struct ws_layout *lay, size_t i,
		 const char *breaks)
{
	const struct ws_line *line = &lay->lines[i];
	const char *s = doc->text->s;
	int cols = line->indent + ((line->flags & WS_LINE_HYPHEN) ? 1 : 0);
	size_t clusters = 0;

	for (size_t r = line->first_run; r < line->first_run + line->nruns; r++) {
		const struct ws_run *run = &lay->runs[r];

		if (run->start > run->end || run->end > doc->text->len)
			fuzz_fail("line %zu: run %zu spans [%zu, %zu)", i, r, run->start, run->end);
		if (!breaks[run->start] || !breaks[run->end])
			fuzz_fail("line %zu: run %zu [%zu, %zu) splits a grapheme cluster",
				  i, r, run->start, run->end);
		if (run->flags & WS_RUN_JOIN) {
			if (run->cols != 1)
				fuzz_fail("line %zu: a joining run of %d columns", i, run->cols);
			clusters++;
		} else {
			int w = ws_width(s + run->start, run->end - run->start);

			/* A cluster wider than the line is drawn clipped to it. */
			if ((run->flags & WS_RUN_CLIPPED) && run->cols < w && run->cols <= lay->width)
				w = run->cols;
			if (run->cols != w)
				fuzz_fail("line %zu: run [%zu, %zu) says %d columns, width.h %d",
					  i, run->start, run->end, run->cols, w);
			for (size_t p = run->start; p < run->end; p++)
				clusters += breaks[p] != 0;
		}
		cols += run->cols;
	}
	if (line->flags & WS_LINE_RULE)	/* a rule has no runs, only its columns */
		cols = line->nruns == 0 && line->cols <= lay->width ? line->cols : -1;
	if (cols != line->cols)
		fuzz_fail("line %zu says %d columns, its runs make %d", i, line->cols, cols);
	if (line->cols > lay->width && clusters > 1)
		fuzz_fail("line %zu is %d columns wide in a width of %d", i, line->cols,
			  lay->width);
}

void
fuzz_check_layout(const struct ws_doc *doc, const struct ws_layout *lay)
{
	char *breaks = cluster_breaks(doc->text);
	size_t next_run = 0, line = 0;

	if (lay->width < WS_LAYOUT_MIN_WIDTH || lay->width > WS_LAYOUT_MAX_WIDTH)
		fuzz_fail("a layout of width %d", lay->width);
	for (size_t i = 0; i < lay->nlines; i++) {
		const struct ws_line *ln = &lay->lines[i];

		if (ln->first_run != next_run || ln->first_run + ln->nruns > lay->nruns)
			fuzz_fail("line %zu: its runs do not follow those of the line before", i);
		next_run += ln->nruns;
		if (ln->block >= doc->nblocks || (i > 0 && ln->block < lay->lines[i - 1].block))
			fuzz_fail("line %zu: block %zu out of order", i, ln->block);
		if ((ln->flags & WS_LINE_BLANK) && ln->nruns != 0)
			fuzz_fail("blank line %zu has runs", i);
		check_line_width(doc, lay, i, breaks);
	}
	if (next_run != lay->nruns)
		fuzz_fail("%zu runs belong to no line", lay->nruns - next_run);

	/* Walk each block's runs in order and look at what they leave out. */
	for (size_t b = 0; b < doc->nblocks; b++) {
		const struct ws_block blk = ws_doc_block(doc, b), *bl = &blk;
		size_t covered = bl->span.start;
		int at_break = 1;

		for (; line < lay->nlines && lay->lines[line].block == b; line++) {
			const struct ws_line *ln = &lay->lines[line];

			for (size_t r = ln->first_run; r < ln->first_run + ln->nruns; r++) {
				const struct ws_run *run = &lay->runs[r];

				if (run->start < covered || run->end > bl->span.end)
					fuzz_fail("block %zu: run [%zu, %zu) out of order or outside "
						  "[%zu, %zu)", b, run->start, run->end, covered,
						  (size_t)bl->span.end);
				check_gap(doc, b, covered, run->start,
					  at_break || r == ln->first_run);
				covered = run->end;
				at_break = 0;
			}
			at_break = 1;
		}
		check_gap(doc, b, covered, bl->span.end, 1);
	}
	if (line != lay->nlines)
		fuzz_fail("line %zu belongs to no block in order", line);
	free(breaks);
}

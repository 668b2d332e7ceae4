/*
 * export_marks: claims marked "[N]…[/N]" in a copy of the article, and
 * the lines of the key after it.
 *
 * The marks are insertions at byte offsets of the clean text.  Where a
 * claim ends at the offset where another starts, the one that ends
 * closes first.  An offset p of the article moves to p plus the bytes
 * inserted before it, plus the closing marks at p itself: so a line that
 * starts at p keeps the opening mark at p, and a line that ends at p
 * keeps the closing one.
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "export_marks.h"
#include "whosaid/xmalloc.h"

/* Bytes of the claim's text the key quotes, at most. */
#define KEY_QUOTE_BYTES 60

/*
 * 8 bytes, two a claim: an offset is below WS_TEXT_MAX_BYTES (2^27) and
 * claims are fewer than its bytes.
 */
struct mark {
	uint32_t at;		/* offset of the clean text */
	uint32_t claim : 31;	/* index into an->claims */
	uint32_t closes : 1;	/* 1: "[/N]", 0: "[N]" */
};

/* Marks in text order; at one offset, closing ones first. */
static int
mark_cmp(const void *a, const void *b)
{
	const struct mark *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	if (x->closes != y->closes)
		return y->closes - x->closes;
	return x->claim < y->claim ? -1 : x->claim > y->claim;
}

/* Append n bytes to the marked text (kept NUL-terminated). */
static void
buf_put(struct ws_marked *m, const char *p, size_t n)
{
	xgrow_gently(&m->text.s, &m->cap_text, m->text.len + n + 1, 1);
	memcpy(m->text.s + m->text.len, p, n);
	m->text.len += n;
	m->text.s[m->text.len] = '\0';
}

static void
buf_str(struct ws_marked *m, const char *s)
{
	buf_put(m, s, strlen(s));
}

static void
put_mark(struct ws_marked *m, const struct mark *mk)
{
	char tag[32];

	snprintf(tag, sizeof tag, mk->closes ? "[/%zu]" : "[%zu]", (size_t)mk->claim + 1);
	buf_str(m, tag);
}

int
ws_marked_has(const struct ws_analysis *an, const struct ws_view *view, size_t i)
{
	return an->claims[i].content.end > an->claims[i].content.start &&
	       (view == NULL || ws_view_has_claim(view, an, i));
}

size_t
ws_marked_count(const struct ws_analysis *an, const struct ws_view *view)
{
	size_t n = 0;

	for (size_t i = 0; an != NULL && i < an->nclaims; i++)
		n += ws_marked_has(an, view, i) != 0;
	return n;
}

/*
 * The marks of the claims (of `claims`, nclaims of them) the view passes
 * that fall in block `span`, sorted; *n of them.  A mark at the block's
 * end that opens, or at its start that closes, is outside it (see the
 * top of the file).  The caller frees the result.
 */
static struct mark *
collect_marks(const struct ws_analysis *an, const struct ws_view *view, const uint32_t *claims,
	      size_t nclaims, struct ws_span span, size_t *n)
{
	struct mark *marks = xreallocarray(NULL, 2 * nclaims + 1, sizeof *marks);

	*n = 0;
	for (size_t k = 0; k < nclaims; k++) {
		const struct ws_claim *c = &an->claims[claims[k]];

		if (!ws_marked_has(an, view, claims[k]))
			continue;
		if (c->content.start >= span.start && c->content.start < span.end)
			marks[(*n)++] = (struct mark){ c->content.start, claims[k], 0 };
		if (c->content.end > span.start && c->content.end <= span.end)
			marks[(*n)++] = (struct mark){ c->content.end, claims[k], 1 };
	}
	qsort(marks, *n, sizeof *marks, mark_cmp);
	return marks;
}

/* Where offset p of the article is in the marked text (see the top of the file). */
static size_t
moved(const struct mark *marks, size_t nmarks, const uint32_t *before, size_t p)
{
	size_t lo = 0, hi = nmarks;

	/* The first mark that stays after p: at > p, or an opening one at p. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (marks[mid].at < p || (marks[mid].at == p && marks[mid].closes))
			lo = mid + 1;
		else
			hi = mid;
	}
	return p + before[lo];
}

/* Text of the span with white space as one space (a name, a cue). */
static void
put_words(struct ws_marked *m, const char *s, struct ws_span sp)
{
	int space = 0;

	for (size_t p = sp.start; p < sp.end; p++) {
		if (s[p] == ' ' || s[p] == '\n' || s[p] == '\t' || s[p] == '\r') {
			space = 1;
			continue;
		}
		if (space)
			buf_put(m, " ", 1);
		space = 0;
		buf_put(m, s + p, 1);
	}
}

/* Quotation marks the key's own “…” replace at either end of a claim. */
static const char *const quote_marks[] = {
	"\"", "“", "”", "‘", "’", "«", "»", "„", "「", "」", "『", "』",
};

/* The length of the quotation mark s[p..] starts with (before `end`), or 0. */
static size_t
quote_at(const char *s, size_t p, size_t end)
{
	for (size_t i = 0; i < sizeof quote_marks / sizeof quote_marks[0]; i++) {
		size_t n = strlen(quote_marks[i]);

		if (end - p >= n && memcmp(s + p, quote_marks[i], n) == 0)
			return n;
	}
	return 0;
}

/* The length of the quotation mark s[..end) ends with (after `start`), or 0. */
static size_t
quote_before(const char *s, size_t start, size_t end)
{
	for (size_t i = 0; i < sizeof quote_marks / sizeof quote_marks[0]; i++) {
		size_t n = strlen(quote_marks[i]);

		if (end - start >= n && memcmp(s + end - n, quote_marks[i], n) == 0)
			return n;
	}
	return 0;
}

/*
 * The claim's first words, as the key quotes them: within “…” of its
 * own (the claim's quotation marks dropped, and a comma before them),
 * white space as one space, cut at a space (or a character) and ended
 * with "…" when longer than KEY_QUOTE_BYTES.
 */
static void
put_quote(struct ws_marked *m, const char *s, struct ws_span sp)
{
	size_t start = sp.start, end = sp.end, n;
	int cut = 0;

	while ((n = quote_at(s, start, end)) > 0)
		start += n;
	while (end > start && (n = quote_before(s, start, end)) > 0)
		end -= n;
	if (end - start > KEY_QUOTE_BYTES) {
		/* At the last space of the second half, else at a character. */
		size_t at = start + KEY_QUOTE_BYTES;

		end = at;
		while (end > start + KEY_QUOTE_BYTES / 2 && s[end] != ' ')
			end--;
		if (s[end] != ' ')
			for (end = at; end > start && ((unsigned char)s[end] & 0xc0) == 0x80; end--)
				;
		cut = 1;
	} else if (end > start && s[end - 1] == ',') {
		end--;		/* “We had no choice,” she said: the comma is the sentence's */
	}
	buf_str(m, "“");
	put_words(m, s, (struct ws_span){ (uint32_t)start, (uint32_t)end });
	buf_str(m, cut ? "…”" : "”");
}

/*
 * Whether the words that credit a claim are its outlet itself: "Reuters
 * reported", "The outlet went on to report" (the credit is then the
 * outlet's words, via), so that the key does not name it twice.
 */
static int
outlet_speaks(const struct ws_analysis *an, const char *s, const struct ws_claim *c)
{
	const char *name;
	size_t len;

	if (c->outlet == WS_NONE || c->speaker != WS_NONE || c->by.end <= c->by.start)
		return 0;
	if (c->by.start == c->via.start && c->by.end == c->via.end)
		return 1;
	name = an->outlets[c->outlet].name;
	len = strlen(name);
	return c->by.end - c->by.start == len && strncasecmp(s + c->by.start, name, len) == 0;
}

/*
 * One line of the key: "[N] Outlet ▸ Person ▸ cue — “words…”", or
 * "[N] Outlet ▸ cue — “words…”" when the outlet itself is credited.
 */
static void
put_key_line(struct ws_marked *m, const struct ws_analysis *an, const char *s, size_t i)
{
	static const char *const kinds[] = { "direct", "indirect", "mixed" };
	const struct ws_claim *c = &an->claims[i];
	char tag[32];

	snprintf(tag, sizeof tag, "[%zu] ", i + 1);
	buf_str(m, tag);
	buf_str(m, c->outlet != WS_NONE ? an->outlets[c->outlet].name : "no outlet");
	if (c->speaker != WS_NONE) {
		buf_str(m, " ▸ ");
		buf_str(m, an->people[c->speaker].name);
	} else if (!outlet_speaks(an, s, c)) {
		buf_str(m, " ▸ ");
		if (c->by.end > c->by.start)
			put_words(m, s, c->by);
		else
			buf_str(m, "no one named");
	}
	buf_str(m, " ▸ ");
	if (c->cue.end > c->cue.start)
		put_words(m, s, c->cue);
	else
		buf_str(m, kinds[c->kind]);
	buf_str(m, " — ");
	put_quote(m, s, c->content);
}

void
ws_marked_block(struct ws_marked *m, enum ws_block_kind kind)
{
	size_t i = m->doc.nblocks;

	if (m->text.len > 0)
		buf_str(m, "\n\n");
	/* A block of one line, whose span is its line (see segment.h). */
	xgrow(&m->doc.blocks_, &m->cap_blocks, i + 1, sizeof *m->doc.blocks_);
	xgrow(&m->doc.block_bits_, &m->cap_bits, i + 1, sizeof *m->doc.block_bits_);
	m->doc.blocks_[i].start = m->doc.blocks_[i].end = (uint32_t)m->text.len;
	m->doc.block_bits_[i] = (uint8_t)kind;
	m->doc.nblocks++;
	m->doc.nlines++;
	m->doc.text = &m->text;
}

/* The last block (and so its line) ends where the text does. */
static void
block_grown(struct ws_marked *m)
{
	m->doc.blocks_[m->doc.nblocks - 1].end = (uint32_t)m->text.len;
}

void
ws_marked_add(struct ws_marked *m, const char *str, uint32_t style)
{
	size_t start = m->text.len;

	buf_str(m, str);
	block_grown(m);
	if (style == 0)
		return;
	xgrow(&m->styles, &m->cap_styles, m->nstyles + 1, sizeof *m->styles);
	m->styles[m->nstyles].start = start;
	m->styles[m->nstyles].end = m->text.len;
	m->styles[m->nstyles].style = style;
	m->nstyles++;
}

/*
 * Block b's lines, moved past the marks and to the start of the marked
 * text (which starts with the block), as the one block of m's doc.
 */
static void
move_block(struct ws_marked *m, const struct ws_doc *doc, size_t b, const struct mark *marks,
	   size_t nmarks, const uint32_t *before)
{
	struct ws_block bl = ws_doc_block(doc, b);
	size_t from = bl.span.start;
	struct ws_span *lines = xreallocarray(NULL, bl.nlines, sizeof *lines);

	for (size_t k = 0; k < bl.nlines; k++) {
		struct ws_span line = ws_block_line(doc, &bl, k);

		lines[k].start = (uint32_t)(moved(marks, nmarks, before, line.start) - from);
		lines[k].end = (uint32_t)(moved(marks, nmarks, before, line.end) - from);
	}
	ws_doc_free_arrays(&m->doc);
	memset(&m->doc, 0, sizeof m->doc);
	ws_doc_add_block(&m->doc, bl.kind, lines, bl.nlines);
	m->cap_blocks = m->cap_bits = 0;
	free(lines);
}

void
ws_marked_key_line(struct ws_marked *m, const struct ws_analysis *an, const char *s, size_t i)
{
	m->text.len = 0;
	m->doc.nblocks = m->doc.nlines = 0;
	m->nstyles = 0;
	ws_marked_block(m, WS_BLOCK_PARAGRAPH);
	put_key_line(m, an, s, i);
	block_grown(m);
}

size_t
ws_marked_block_of(struct ws_marked *m, const struct ws_article *art, const struct ws_view *view,
		   const struct ws_block_claims *bc, size_t b)
{
	const char *s = art->text->s;
	struct ws_span span = ws_doc_block_span(art->doc, b);
	const uint32_t *claims;
	size_t nclaims = ws_block_claims_of(bc, b, &claims), nmarks, from = span.start;
	uint32_t *before;	/* bytes inserted before each mark: fewer than 2^32 (12 a mark at most) */
	struct mark *marks;

	if (art->an == NULL)
		return 0;
	marks = collect_marks(art->an, view, claims, nclaims, span, &nmarks);
	if (nmarks == 0) {
		free(marks);
		return 0;
	}
	/* The block's text with the marks, and the bytes inserted before each mark. */
	m->text.len = 0;
	m->nstyles = 0;
	before = xreallocarray(NULL, nmarks + 1, sizeof *before);
	for (size_t k = 0; k < nmarks; k++) {
		buf_put(m, s + from, marks[k].at - from);
		from = marks[k].at;
		before[k] = (uint32_t)(m->text.len - (from - span.start));
		put_mark(m, &marks[k]);
	}
	before[nmarks] = (uint32_t)(m->text.len - (from - span.start));
	buf_put(m, s + from, span.end - from);
	move_block(m, art->doc, b, marks, nmarks, before);
	free(before);
	free(marks);
	m->doc.text = &m->text;
	return nmarks;
}

void
ws_marked_free(struct ws_marked *m)
{
	free(m->text.s);
	free(m->doc.blocks_);
	free(m->doc.block_bits_);
	free(m->doc.lines_);
	free(m->styles);
	memset(m, 0, sizeof *m);
}

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

void
ws_claim_walk_init(struct ws_claim_walk *w, const struct ws_analysis *an)
{
	memset(w, 0, sizeof *w);
	w->an = an;
}

size_t
ws_claim_walk_block(struct ws_claim_walk *w, struct ws_span sp, const uint32_t **claims)
{
	const struct ws_claim *c = w->an != NULL ? w->an->claims : NULL;
	size_t n = 0;

	/* Those of the blocks before whose content goes on into this one, */
	for (size_t k = 0; k < w->n; k++)
		if (c[w->list[k]].content.end > sp.start)
			w->list[n++] = w->list[k];
	w->n = n;
	/* then those whose content starts in it (claims come in the order of their contents). */
	for (; w->an != NULL && w->next < w->an->nclaims && c[w->next].content.start < sp.end; w->next++) {
		if (c[w->next].content.end <= sp.start)
			continue;
		xgrow_gently(&w->list, &w->cap, w->n + 1, sizeof *w->list);
		w->list[w->n++] = (uint32_t)w->next;
	}
	*claims = w->list;
	return w->n;
}

void
ws_claim_walk_free(struct ws_claim_walk *w)
{
	free(w->list);
	memset(w, 0, sizeof *w);
}

size_t
ws_marked_block_of(struct ws_marked *m, const struct ws_article *art, const struct ws_view *view,
		   const uint32_t *claims, size_t nclaims, size_t b)
{
	const char *s = art->text->s;
	struct ws_span span = ws_doc_block_span(art->doc, b);
	size_t nmarks, from = span.start;
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

/* For ws_search_index: does claim i of the block's list start its content before `off`? */
static int
opens_before(const void *parts, size_t i, size_t off)
{
	const struct ws_marked_parts *p = parts;

	return p->an->claims[p->claims[i]].content.start < off;
}

/* For ws_search_index: does the i-th claim by content end end it before `off`? */
static int
closes_before(const void *parts, size_t i, size_t off)
{
	const struct ws_marked_parts *p = parts;

	return p->an->claims[p->ends[i]].content.end < off;
}

static int
key_cmp(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

/*
 * The block's marked claims whose content ends in it, by that end: keys
 * (end << 32 | claim) sorted, then the claims written where the keys
 * already read were.
 */
static void
sort_ends(struct ws_marked_parts *p, size_t n)
{
	uint64_t *keys = xreallocarray(NULL, n + 1, sizeof *keys);

	for (size_t k = 0; k < n; k++)
		keys[k] = (uint64_t)p->an->claims[p->ends[k]].content.end << 32 | p->ends[k];
	free(p->ends);
	qsort(keys, n, sizeof *keys, key_cmp);
	for (size_t k = 0; k < n; k++) {
		uint32_t claim = (uint32_t)keys[k];

		memcpy((char *)keys + k * sizeof claim, &claim, sizeof claim);
	}
	p->ends = xreallocarray(keys, n + 1, sizeof *p->ends);
}

size_t
ws_marked_parts_begin(struct ws_marked_parts *p, const struct ws_article *art,
		      const struct ws_view *view, const uint32_t *claims, size_t nclaims, size_t b)
{
	size_t nopens = 0;

	memset(p, 0, sizeof *p);
	p->an = art->an;
	p->view = view;
	p->doc = art->doc;
	p->s = art->text->s;
	p->block = b;
	p->span = ws_doc_block_span(art->doc, b);
	p->src = p->span.start;
	if (art->an == NULL)
		return 0;
	p->claims = claims;
	p->nclaims = nclaims;
	p->ends = xreallocarray(NULL, p->nclaims + 1, sizeof *p->ends);
	for (size_t k = 0; k < p->nclaims; k++) {
		const struct ws_claim *c = &art->an->claims[p->claims[k]];

		if (!ws_marked_has(art->an, view, p->claims[k]))
			continue;
		nopens += c->content.start >= p->span.start && c->content.start < p->span.end;
		if (c->content.end > p->span.start && c->content.end <= p->span.end)
			p->ends[p->nends++] = p->claims[k];
	}
	sort_ends(p, p->nends);
	return nopens + p->nends;
}

/* The marks of the part [src, e) (closes at e too when last), sorted, less those already laid out. */
static void
part_marks(struct ws_marked_parts *p, size_t e, int last)
{
	const struct ws_claim *claims = p->an->claims;
	size_t lo = ws_search_index(0, p->nclaims, p->src, opens_before, p), n = 0;
	size_t from = p->src > p->span.start ? p->src : p->span.start + 1;
	size_t clo = ws_search_index(0, p->nends, from, closes_before, p);

	for (size_t k = lo; k < p->nclaims && claims[p->claims[k]].content.start < e; k++)
		n += ws_marked_has(p->an, p->view, p->claims[k]);
	for (size_t k = clo; k < p->nends && claims[p->ends[k]].content.end < e + (last != 0); k++)
		n++;
	p->marks = xreallocarray(p->marks, n + 1, sizeof *p->marks);
	p->before = xreallocarray(p->before, n + 1, sizeof *p->before);
	p->nmarks = 0;
	for (size_t k = lo; k < p->nclaims && claims[p->claims[k]].content.start < e; k++)
		if (ws_marked_has(p->an, p->view, p->claims[k]))
			p->marks[p->nmarks++] = (struct mark){ claims[p->claims[k]].content.start,
							       p->claims[k], 0 };
	for (size_t k = clo; k < p->nends && claims[p->ends[k]].content.end < e + (last != 0); k++)
		p->marks[p->nmarks++] = (struct mark){ claims[p->ends[k]].content.end, p->ends[k], 1 };
	qsort(p->marks, p->nmarks, sizeof *p->marks, mark_cmp);
	/* The marks at src that ended the part before are laid out already. */
	memmove(p->marks, p->marks + p->skip, (p->nmarks - p->skip) * sizeof *p->marks);
	p->nmarks -= p->skip;
}

static size_t
mark_text(const struct mark *mk, char *tag, size_t size)
{
	return (size_t)snprintf(tag, size, mk->closes ? "[/%zu]" : "[%zu]", (size_t)mk->claim + 1);
}

/* Where byte p of the article (in the part) is in the part's marked text. */
static size_t
part_moved(const struct ws_marked_parts *p, size_t pos)
{
	return moved(p->marks, p->nmarks, p->before, pos) - p->src;
}

/* The block's lines cut to [src, e), moved past the marks, as the one block of m's doc. */
static void
part_lines(struct ws_marked *m, const struct ws_marked_parts *p, size_t e)
{
	struct ws_block bl = ws_doc_block(p->doc, p->block);
	struct ws_span *lines;
	size_t n = 0, lo = 0, hi = bl.nlines;

	/* The first line that ends after src. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (ws_block_line(p->doc, &bl, mid).end <= p->src)
			lo = mid + 1;
		else
			hi = mid;
	}
	lines = xreallocarray(NULL, bl.nlines - lo + 1, sizeof *lines);
	for (size_t k = lo; k < bl.nlines; k++) {
		struct ws_span line = ws_block_line(p->doc, &bl, k);
		size_t a = line.start > p->src ? line.start : p->src;
		size_t b = line.end < e ? line.end : e;

		if (line.end <= p->src)
			continue;
		if (line.start >= e)
			break;
		lines[n].start = (uint32_t)(n == 0 ? 0 : part_moved(p, a));
		lines[n].end = (uint32_t)part_moved(p, b);
		n++;
	}
	if (n == 0) {
		lines[0].start = 0;
		lines[0].end = (uint32_t)m->text.len;
		n = 1;
	}
	ws_doc_free_arrays(&m->doc);
	memset(&m->doc, 0, sizeof m->doc);
	ws_doc_add_block(&m->doc, ws_doc_block_kind(p->doc, p->block), lines, n);
	m->cap_blocks = m->cap_bits = 0;
	m->doc.text = &m->text;
	free(lines);
}

int
ws_marked_part(struct ws_marked *m, struct ws_marked_parts *p, size_t bytes)
{
	size_t e = p->src + bytes, from = p->src;
	int last = e >= p->span.end;
	char tag[32];

	if (last)
		e = p->span.end;
	while (!last && ((unsigned char)p->s[e] & 0xc0) == 0x80)
		last = ++e >= p->span.end;
	part_marks(p, e, last);
	m->text.len = 0;
	m->nstyles = 0;
	buf_put(m, "", 0);
	for (size_t k = 0; k < p->nmarks; k++) {
		size_t len = mark_text(&p->marks[k], tag, sizeof tag), skip = 0;

		buf_put(m, p->s + from, p->marks[k].at - from);
		from = p->marks[k].at;
		p->before[k] = (uint32_t)(m->text.len - (from - p->src));
		/* A mark the line before broke: the rest of it. */
		if (k == 0 && from == p->src && p->off > 0)
			skip = p->off < len ? p->off : len;
		buf_put(m, tag + skip, len - skip);
	}
	p->before[p->nmarks] = (uint32_t)(m->text.len - (from - p->src));
	buf_put(m, p->s + from, e - from);
	part_lines(m, p, e);
	return last;
}

void
ws_marked_parts_resume(struct ws_marked_parts *p, size_t q)
{
	size_t src = p->src, skip = p->skip, off = p->off, k;
	char tag[32];

	p->off = 0;
	for (k = 0; k < p->nmarks; k++) {
		size_t at = p->marks[k].at, mp = p->before[k] + (at - src);
		size_t done = k == 0 && at == src ? off : 0;	/* of a mark the last part began with */
		size_t len = mark_text(&p->marks[k], tag, sizeof tag) - done;

		if (q < mp) {
			/* In the article's words before mark k. */
			p->src = at - (mp - q);
			break;
		}
		if (q < mp + len) {
			/* Inside mark k: the next part starts with the rest of it. */
			p->src = at;
			p->off = q - mp + done;
			break;
		}
	}
	if (k == p->nmarks)
		p->src = src + (q - p->before[p->nmarks]);
	/* The marks at the new start before q are laid out: the next part leaves them out. */
	p->skip = p->src == src ? skip : 0;
	for (size_t j = 0; j < k; j++)
		p->skip += p->marks[j].at == p->src;
}

void
ws_marked_parts_end(struct ws_marked_parts *p)
{
	free(p->ends);
	free(p->marks);
	free(p->before);
	memset(p, 0, sizeof *p);
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

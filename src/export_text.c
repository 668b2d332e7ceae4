/*
 * export_text: the laid-out article as plain text, as the reader shows it
 * without colours, its claims marked "[N]…[/N]" and a key after it
 * (export_marks.h).
 *
 * What colours and bold say on the screen is said with characters here:
 * the rule under the title is drawn with '=', under headings with '-',
 * block quotes get a "> " in their indent.  One output line per layout
 * line, as wide as the layout says.  Every cluster is written as width.h draws it, so
 * controls come out as placeholders and never raw.
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include "whosaid/export.h"
#include "whosaid/width.h"
#include "export_marks.h"

/*
 * Output goes through a buffer: one fwrite per 16 KB instead of one per
 * cluster keeps stdio's locking off the profile.
 */
struct outbuf {
	FILE *fp;
	size_t len;
	char buf[16384];
};

static void
ob_flush(struct outbuf *ob)
{
	if (ob->len > 0)
		fwrite(ob->buf, 1, ob->len, ob->fp);
	ob->len = 0;
}

static void
ob_put(struct outbuf *ob, const char *p, size_t n)
{
	if (ob->len + n > sizeof ob->buf) {
		ob_flush(ob);
		if (n > sizeof ob->buf) {
			fwrite(p, 1, n, ob->fp);
			return;
		}
	}
	memcpy(ob->buf + ob->len, p, n);
	ob->len += n;
}

static void
ob_putc(struct outbuf *ob, char c)
{
	if (ob->len == sizeof ob->buf)
		ob_flush(ob);
	ob->buf[ob->len++] = c;
}

static void
ob_repeat(struct outbuf *ob, char c, int n)
{
	while (n-- > 0)
		ob_putc(ob, c);
}

/*
 * Printable ASCII is written as it is; every other cluster as width.h
 * draws it.  A cluster starting with printable ASCII draws as its own
 * bytes (controls and spaces are clusters of their own), so only the
 * non-ASCII bytes and the controls need to go through cells.
 */
static void
put_run(struct outbuf *ob, const char *s, const struct ws_run *run)
{
	const unsigned char *u = (const unsigned char *)s;
	struct ws_clusters it;
	struct ws_cell cell;
	size_t p = run->start, q;

	if (run->flags & WS_RUN_JOIN) {
		ob_putc(ob, ' ');
		return;
	}
	if (run->flags & WS_RUN_CLIPPED) {
		ws_cell_make(s, run->start, run->end, &cell);
		ws_cell_clip(&cell, run->cols);
		ob_put(ob, cell.draw, cell.draw_len);
		return;
	}
	ws_clusters_init(&it, s, run->end, run->start);
	while (p < run->end) {
		for (q = p; q < run->end && u[q] >= 0x20 && u[q] < 0x7f; q++)
			;
		ob_put(ob, s + p, q - p);
		if (q == run->end)
			break;
		ws_clusters_seek(&it, q);
		ws_clusters_next(&it, &cell);
		ob_put(ob, cell.draw, cell.draw_len);
		p = cell.end;
	}
}

static void
put_line(struct outbuf *ob, const struct ws_doc *doc, const struct ws_layout *lay,
	 const struct ws_line *line)
{
	if (line->flags & WS_LINE_RULE) {
		int title = ws_doc_block_kind(doc, line->block) == WS_BLOCK_TITLE;
		ob_repeat(ob, title ? '=' : '-', line->cols);
	} else {
		if ((line->flags & WS_LINE_QUOTE_BAR) && line->indent >= 2) {
			ob_put(ob, "> ", 2);
			ob_repeat(ob, ' ', line->indent - 2);
		} else {
			ob_repeat(ob, ' ', line->indent);
		}
		for (size_t r = 0; r < line->nruns; r++)
			put_run(ob, doc->text->s, &lay->runs[line->first_run + r]);
		if (line->flags & WS_LINE_HYPHEN)
			ob_putc(ob, '-');
	}
	ob_putc(ob, '\n');
}

static int
put_lines(FILE *out, const struct ws_doc *doc, const struct ws_layout *lay,
	  struct ws_error *err)
{
	struct outbuf ob;

	ob.fp = out;
	ob.len = 0;
	for (size_t i = 0; i < lay->nlines; i++)
		put_line(&ob, doc, lay, &lay->lines[i]);
	ob_flush(&ob);
	if (ferror(out))
		return ws_error_set(err, "write error: %s", strerror(errno));
	return 0;
}

struct stream {
	FILE *out;
	const struct ws_doc *doc;
};

static int
emit_lines(void *arg, const struct ws_layout *lay, struct ws_error *err)
{
	struct stream *st = arg;

	return put_lines(st->out, st->doc, lay, err);
}

/* Block b of doc, laid out and written in lay (see write_doc()). */
static int
write_block(FILE *out, struct ws_layout *lay, const struct ws_doc *doc, size_t b,
	    struct ws_error *err)
{
	struct stream st = { out, doc };
	int rc;

	ws_layout_stream(lay, emit_lines, &st);
	ws_layout_clear(lay);
	rc = ws_layout_block(lay, doc, b, NULL, 0, err);
	if (rc == 0)
		rc = put_lines(out, doc, lay, err);
	ws_layout_stream(lay, NULL, NULL);
	return rc;
}

/*
 * The lines of doc, laid out and written one block at a time, in lay: a
 * layout that has laid out blocks before puts a blank line before the
 * first of these too.
 */
static int
write_doc(FILE *out, struct ws_layout *lay, const struct ws_doc *doc, struct ws_error *err)
{
	int rc = 0;

	for (size_t b = 0; b < doc->nblocks && rc == 0; b++)
		rc = write_block(out, lay, doc, b, err);
	return rc;
}

/* Bytes of a long block's marked copy made at a time (ws_marked_part()). */
#define PART_BYTES 65536

/*
 * Block b marked and laid out a part at a time (export_marks.h,
 * layout.h): the lines of its whole marked copy, in the memory of a
 * part's.  A part none of whose lines could be kept is made again,
 * twice as long.
 */
static int
write_parts(FILE *out, struct ws_layout *lay, struct ws_marked *m, struct ws_marked_parts *p,
	    struct ws_error *err)
{
	size_t bytes = PART_BYTES;
	int first = 1, rc = 0;

	for (;;) {
		struct ws_layout_part part = { first, 0, 0, 0 };
		struct stream st = { out, &m->doc };

		part.last = ws_marked_part(m, p, bytes);
		ws_layout_stream(lay, emit_lines, &st);
		ws_layout_clear(lay);
		rc = ws_layout_part(lay, &m->doc, 0, &part, err);
		if (rc == 0)
			rc = put_lines(out, &m->doc, lay, err);
		ws_layout_stream(lay, NULL, NULL);
		if (rc < 0 || part.last)
			return rc;
		if (!part.progress) {
			bytes *= 2;
			continue;
		}
		ws_marked_parts_resume(p, part.resume);
		first = 0;
		bytes = PART_BYTES;
	}
}

/* Block b, longer than a part, marked: in parts, or from the article when it has no marks. */
static int
write_long(FILE *out, struct ws_layout *lay, struct ws_marked *m, const struct ws_article *art,
	   const struct ws_view *view, const uint32_t *claims, size_t nclaims, size_t b,
	   struct ws_error *err)
{
	struct ws_marked_parts p;
	int rc;

	if (ws_marked_parts_begin(&p, art, view, claims, nclaims, b) > 0)
		rc = write_parts(out, lay, m, &p, err);
	else
		rc = write_block(out, lay, art->doc, b, err);
	ws_marked_parts_end(&p);
	return rc;
}

/*
 * The article with its claims marked, a block at a time: a block with
 * marks is laid out from its marked copy, one without from the article.
 */
static int
write_marked(FILE *out, struct ws_layout *lay, const struct ws_article *art,
	     const struct ws_view *view, struct ws_error *err)
{
	struct ws_claim_walk walk;
	struct ws_marked m;
	int rc = 0;

	memset(&m, 0, sizeof m);
	ws_claim_walk_init(&walk, art->an);
	for (size_t b = 0; b < art->doc->nblocks && rc == 0; b++) {
		struct ws_span span = ws_doc_block_span(art->doc, b);
		const uint32_t *claims;
		size_t nclaims = ws_claim_walk_block(&walk, span, &claims);

		if (span.end - span.start > PART_BYTES)
			rc = write_long(out, lay, &m, art, view, claims, nclaims, b, err);
		else if (ws_marked_block_of(&m, art, view, claims, nclaims, b) > 0)
			rc = write_block(out, lay, &m.doc, 0, err);
		else
			rc = write_block(out, lay, art->doc, b, err);
	}
	ws_claim_walk_free(&walk);
	ws_marked_free(&m);
	return rc;
}

/*
 * The key after the article, its heading and then a claim at a time
 * (export_marks.h): the whole key can be many times the article (a line
 * of a long name for each claim of a few words), one line of it cannot.
 */
static int
write_key(FILE *out, struct ws_layout *lay, const struct ws_article *art,
	  const struct ws_view *view, struct ws_error *err)
{
	const struct ws_analysis *an = art->an;
	struct ws_marked m;
	int rc;

	memset(&m, 0, sizeof m);
	ws_marked_block(&m, WS_BLOCK_HEADING);
	ws_marked_add(&m, "Who said what", 0);
	rc = write_doc(out, lay, &m.doc, err);
	for (size_t i = 0; i < an->nclaims && rc == 0; i++) {
		if (ws_marked_has(an, view, i)) {
			ws_marked_key_line(&m, an, art->text->s, i);
			rc = write_doc(out, lay, &m.doc, err);
		}
	}
	ws_marked_free(&m);
	return rc;
}

int
ws_export_text(FILE *out, const struct ws_article *art, const struct ws_view *view, int width,
	       struct ws_error *err)
{
	struct ws_layout *lay = ws_layout_new(width);
	int rc;

	if (ws_marked_count(art->an, view) == 0) {
		rc = write_doc(out, lay, art->doc, err);
	} else {
		rc = write_marked(out, lay, art, view, err);
		if (rc == 0)
			rc = write_key(out, lay, art, view, err);
	}
	ws_layout_free(lay);
	return rc;
}

/*
 * The article inside a Markdown file, through md4c.
 *
 * md4c calls back for every block, span and run of text; blocks become
 * blocks of the text, spans vanish and keep their text, except images
 * (their alt text is not the article's) and raw HTML, dropped whole.
 * A YAML front matter ("---" lines around "title: ...") gives the
 * title, author and date; otherwise an <h1> opening the file is the
 * title.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <md4c.h>
#include <libxml/HTMLparser.h>

#include "whosaid/extract.h"
#include "whosaid/xmalloc.h"
#include "extract_int.h"

#define META_MAX 300
#define FRONT_MATTER_MAX 65536	/* bytes searched for the closing "---" */
#define MD_PADDING 64		/* zero bytes after the copy md4c reads */

struct mdx {
	struct xo out;
	const char *doc, *doc_end;	/* what md4c was given */
	int in_img, in_html, in_heading;
	int heading_level;
	int seen_block;		/* a block other than the opening heading was written */
	char *title;		/* from the front matter or the opening <h1> (owned) */
	int dropped_title;
};

/* Entities md4c recognised: "&amp;", "&#233;", "&#xE9;". */
static void
entity(struct mdx *m, const char *s, size_t n)
{
	char name[40], u[5];
	unsigned long cp = 0;
	size_t k = 0;

	if (n < 3 || n >= sizeof name || s[0] != '&' || s[n - 1] != ';')
		goto raw;
	memcpy(name, s + 1, n - 2);
	name[n - 2] = '\0';
	if (name[0] == '#') {
		cp = (name[1] == 'x' || name[1] == 'X') ? strtoul(name + 2, NULL, 16) :
		    strtoul(name + 1, NULL, 10);
		if (cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000))
			cp = 0xfffd;
	} else {
		const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);

		if (e == NULL)
			goto raw;
		cp = e->value;
	}
	if (cp < 0x80) {
		u[k++] = (char)cp;
	} else if (cp < 0x800) {
		u[k++] = (char)(0xc0 | cp >> 6);
		u[k++] = (char)(0x80 | (cp & 0x3f));
	} else if (cp < 0x10000) {
		u[k++] = (char)(0xe0 | cp >> 12);
		u[k++] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[k++] = (char)(0x80 | (cp & 0x3f));
	} else {
		u[k++] = (char)(0xf0 | cp >> 18);
		u[k++] = (char)(0x80 | ((cp >> 12) & 0x3f));
		u[k++] = (char)(0x80 | ((cp >> 6) & 0x3f));
		u[k++] = (char)(0x80 | (cp & 0x3f));
	}
	xo_text(&m->out, u, k, 0);
	return;
raw:
	xo_text(&m->out, s, n, 0);
}

static int
text(MD_TEXTTYPE type, const MD_CHAR *s, MD_SIZE n, void *arg)
{
	struct mdx *m = arg;

	if (m->in_img || m->in_html)
		return 0;
	/*
	 * md4c 0.4.8 can report a run ending past the input on some
	 * malformed files (found by fuzzing): keep to the document.  Runs
	 * elsewhere are md4c's own strings ("\n" in code blocks).
	 */
	if (s >= m->doc && s <= m->doc_end && n > (MD_SIZE)(m->doc_end - s))
		n = (MD_SIZE)(m->doc_end - s);
	switch (type) {
	case MD_TEXT_HTML:
		break;
	case MD_TEXT_NULLCHAR:
		xo_text(&m->out, "\xef\xbf\xbd", 3, 0);
		break;
	case MD_TEXT_BR:
		xo_break(&m->out);
		break;
	case MD_TEXT_SOFTBR:
		xo_space(&m->out);
		break;
	case MD_TEXT_ENTITY:
		entity(m, s, n);
		break;
	default:
		xo_text(&m->out, s, n, 0);
		break;
	}
	return 0;
}

static int
same_text(const char *a, size_t n, const char *b)
{
	return b != NULL && strlen(b) == n && memcmp(a, b, n) == 0;
}

/* An <h1> before anything else is the title; a heading repeating it goes. */
static void
end_heading(struct mdx *m)
{
	const char *s;
	size_t n;

	if (!m->out.in_block)
		return;
	s = xo_block(&m->out, &n);
	if (m->heading_level == 1 && !m->seen_block && m->title == NULL) {
		m->title = xo_clean(s, n, META_MAX);
		xo_drop_block(&m->out);
		return;
	}
	if (!m->dropped_title && same_text(s, n, m->title)) {
		m->dropped_title = 1;
		xo_drop_block(&m->out);
		return;
	}
	xo_end_block(&m->out);
}

static int
enter_block(MD_BLOCKTYPE type, void *detail, void *arg)
{
	struct mdx *m = arg;

	/* The cells of a row are one block. */
	if (type == MD_BLOCK_TD || type == MD_BLOCK_TH) {
		xo_space(&m->out);
		return 0;
	}
	if (m->out.in_block)
		m->seen_block = 1;
	xo_end_block(&m->out);
	switch (type) {
	case MD_BLOCK_QUOTE:
		m->out.quote++;
		break;
	case MD_BLOCK_HTML:
		m->in_html++;
		break;
	case MD_BLOCK_H:
		m->in_heading = 1;
		m->heading_level = (int)((MD_BLOCK_H_DETAIL *)detail)->level;
		break;
	default:
		break;
	}
	return 0;
}

static int
leave_block(MD_BLOCKTYPE type, void *detail, void *arg)
{
	struct mdx *m = arg;

	(void)detail;
	switch (type) {
	case MD_BLOCK_H:
		end_heading(m);
		m->in_heading = 0;
		return 0;
	case MD_BLOCK_QUOTE:
		xo_end_block(&m->out);
		m->out.quote--;
		break;
	case MD_BLOCK_HTML:
		m->in_html--;
		break;
	case MD_BLOCK_TD: case MD_BLOCK_TH:
		xo_space(&m->out);
		return 0;
	default:
		break;
	}
	if (m->out.in_block)
		m->seen_block = 1;
	xo_end_block(&m->out);
	return 0;
}

static int
enter_span(MD_SPANTYPE type, void *detail, void *arg)
{
	struct mdx *m = arg;

	(void)detail;
	m->in_img += type == MD_SPAN_IMG;
	return 0;
}

static int
leave_span(MD_SPANTYPE type, void *detail, void *arg)
{
	struct mdx *m = arg;

	(void)detail;
	m->in_img -= type == MD_SPAN_IMG;
	return 0;
}

/* The value of "key: value" if line is that key's, quotes removed. */
static char *
front_value(const char *line, size_t n, const char *key)
{
	size_t k = strlen(key);

	if (n <= k || !xo_prefix(line, n, key) || line[k] != ':')
		return NULL;
	line += k + 1, n -= k + 1;
	while (n > 0 && (*line == ' ' || *line == '\t'))
		line++, n--;
	while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t'))
		n--;
	if (n >= 2 && (line[0] == '"' || line[0] == '\'') && line[n - 1] == line[0])
		line++, n -= 2;
	return xo_clean(line, n, META_MAX);
}

static void
front_line(struct ws_extract *ex, struct mdx *m, const char *line, size_t n)
{
	char *v;

	if (m->title == NULL && (v = front_value(line, n, "title")) != NULL)
		m->title = v;
	else if (ex->byline == NULL && (v = front_value(line, n, "author")) != NULL)
		ex->byline = v;
	else if (ex->date == NULL && (v = front_value(line, n, "date")) != NULL)
		ex->date = v;
	else if (ex->publisher == NULL && (v = front_value(line, n, "publisher")) != NULL)
		ex->publisher = v;
}

/*
 * A YAML front matter: "---" on the first line, "---" or "..." closing
 * it.  Returns how many bytes it takes (0 when there is none).
 */
static size_t
front_matter(const char *s, size_t n)
{
	size_t i, limit = n < FRONT_MATTER_MAX ? n : FRONT_MATTER_MAX;

	if (n < 4 || memcmp(s, "---\n", 4) != 0)
		return 0;
	for (i = 4; i < limit; ) {
		const char *nl = memchr(s + i, '\n', limit - i);
		size_t len = nl ? (size_t)(nl - (s + i)) : limit - i;

		if ((len == 3 && (memcmp(s + i, "---", 3) == 0 || memcmp(s + i, "...", 3) == 0)))
			return i + len + (nl != NULL);
		i += len + 1;
	}
	return 0;
}

static void
read_front_matter(struct ws_extract *ex, struct mdx *m, const char *s, size_t end)
{
	for (size_t i = 4; i < end; ) {
		const char *nl = memchr(s + i, '\n', end - i);
		size_t len = nl ? (size_t)(nl - (s + i)) : end - i;

		front_line(ex, m, s + i, len);
		i += len + 1;
	}
}

/*
 * Whether some paragraph (up to a blank line) has more than `max` '['
 * opened on one line and closed on a later one, escaped ones aside:
 * md4c 0.4.8 reads the text of each such bracket pair again, so their
 * number times the paragraph's length is its time (50,000 '[' closed on
 * the next line: 3 s).  Brackets opened and closed on one line cost
 * nothing of the kind.
 */
static int
brackets_across_lines(const char *md, size_t len, size_t max)
{
	size_t here = 0, carried = 0, across = 0;	/* '[' open: on this line, before */
	int blank = 1;		/* the line so far is white space */

	for (size_t i = 0; i < len; i++) {
		char c = md[i];

		if (c == '\n') {
			if (blank)
				here = carried = across = 0;
			carried += here;
			here = 0;
			blank = 1;
			continue;
		}
		if (c != ' ' && c != '\t' && c != '\r')
			blank = 0;
		if (c == '\\')
			i++;
		else if (c == '[')
			here++;
		else if (c == ']' && here > 0)
			here--;
		else if (c == ']' && carried > 0) {
			carried--;
			if (++across > max)
				return 1;
		}
	}
	return 0;
}

int
ws_extract_markdown(const char *md, size_t len, struct ws_extract **out,
		    struct ws_error *err)
{
	MD_PARSER parser = {
		.abi_version = 0,
		.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH,
		.enter_block = enter_block,
		.leave_block = leave_block,
		.enter_span = enter_span,
		.leave_span = leave_span,
		.text = text,
	};
	struct ws_extract *ex;
	struct mdx m;
	size_t skip;
	char *copy;

	*out = NULL;
	if (len > (MD_SIZE)-1 - MD_PADDING)
		return ws_error_set(err, "Markdown file too large");
	if (brackets_across_lines(md, len, WS_EXTRACT_MAX_BRACKETS))
		return ws_error_set(err, "over %d brackets closed a line after they open in one "
		    "paragraph: refused, as "
		    "md4c would take minutes (--format=text reads the file as text)",
		    WS_EXTRACT_MAX_BRACKETS);
	ex = xcalloc(1, sizeof *ex);
	memset(&m, 0, sizeof m);
	xo_init(&m.out);
	skip = front_matter(md, len);
	if (skip > 0)
		read_front_matter(ex, &m, md, skip);
	xo_strip_by(ex->byline);
	xo_short_date(ex->date);
	/* A padded copy, so that reading a little past the end reads zeros. */
	copy = xcalloc(1, len - skip + MD_PADDING);
	memcpy(copy, md + skip, len - skip);
	m.doc = copy;
	m.doc_end = copy + (len - skip);
	/* The callbacks never fail: md4c fails only when its own allocation does. */
	if (md_parse(copy, (MD_SIZE)(len - skip), &parser, &m) != 0)
		ws_out_of_memory();
	free(copy);
	xo_end_block(&m.out);
	ex->title = m.title;
	m.title = NULL;
	xo_assemble(ex, &m.out);
	*out = ex;
	return 0;
}

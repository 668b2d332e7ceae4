#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "whosaid/article.h"
#include "whosaid/extract.h"
#include "whosaid/xmalloc.h"

static int
has_extension(const char *path, const char *const *exts)
{
	const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');

	if (dot == NULL || (slash != NULL && dot < slash))
		return 0;
	for (; *exts != NULL; exts++)
		if (strcasecmp(dot + 1, *exts) == 0)
			return 1;
	return 0;
}

static int
starts_with_ci(const char *s, const char *end, const char *prefix)
{
	for (; *prefix != '\0'; s++, prefix++) {
		char c = *s;

		if (s == end)
			return 0;
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (c != *prefix)
			return 0;
	}
	return 1;
}

/* Past white space, comments and an XML declaration, within the first 4 KiB. */
static const char *
skip_prologue(const char *s, const char *end)
{
	for (;;) {
		const char *close = NULL;

		while (s < end && (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f'))
			s++;
		if (starts_with_ci(s, end, "<!--"))
			close = memmem(s + 4, (size_t)(end - s - 4), "-->", 3);
		else if (starts_with_ci(s, end, "<?xml"))
			close = memmem(s + 5, (size_t)(end - s - 5), "?>", 2);
		else
			return s;
		if (close == NULL)
			return end;
		s = close + (*close == '-' ? 3 : 2);
	}
}

enum ws_format
ws_format_detect(const char *path, const char *s, size_t len)
{
	static const char *const html_exts[] = { "html", "htm", "xhtml", "shtml", NULL };
	static const char *const md_exts[] = { "md", "markdown", "mdown", "mkd", NULL };
	static const char *const html_starts[] = { "<!doctype html", "<html", "<head", "<body", NULL };
	const char *end = s + (len < 4096 ? len : 4096);

	if (path != NULL && has_extension(path, html_exts))
		return WS_FORMAT_HTML;
	if (path != NULL && has_extension(path, md_exts))
		return WS_FORMAT_MARKDOWN;
	s = skip_prologue(s, end);
	for (const char *const *p = html_starts; *p != NULL; p++) {
		size_t n = strlen(*p);

		/* "<html>" or "<html lang=..." but not "<htmlfoo" */
		if (starts_with_ci(s, end, *p) && (s + n == end || strchr(" \t\n\r\f>/", s[n]) != NULL))
			return WS_FORMAT_HTML;
	}
	return WS_FORMAT_TEXT;
}

/* An input as messages name it: standard input ("-") as "(stdin)", as the loader does. */
static const char *
input_name(const char *name)
{
	return strcmp(name, "-") == 0 ? "(stdin)" : name;
}

/*
 * Replace the loaded page by the article extracted from it: offsets
 * from here on refer to the extracted text, which WS_TEXT_EXTRACTED
 * tells the exports to carry.
 */
static int
extract(struct ws_article *art, struct ws_error *err)
{
	struct ws_extract *ex;
	struct ws_text *text;
	int rc;

	ex = NULL;
	if (art->format == WS_FORMAT_MARKDOWN) {
		rc = ws_extract_markdown(art->text->s, art->text->len, &ex, err);
	} else {
		rc = 0;
		/* Bytes that were not UTF-8 may be in the charset the page declares. */
		if (art->text->flags & WS_TEXT_REPAIRED)
			rc = ws_extract_html_declared(art->text->input, art->text->input_len,
			    &ex, err);
		if (rc == 0 && ex == NULL)
			rc = ws_extract_html(art->text->s, art->text->len, &ex, err);
	}
	if (rc < 0) {
		struct ws_error why = *err;

		return ws_error_set(err, "%s: %s", input_name(art->text->name), why.msg);
	}
	if (ex->len == 0) {
		ws_extract_free(ex);
		return ws_error_set(err, "%s: no article text found in this %s", input_name(art->text->name),
		    art->format == WS_FORMAT_HTML ? "page" : "file");
	}
	if (ws_text_from_bytes(art->text->name, ex->text, ex->len, WS_LOAD_FORCE, &text, err) < 0) {
		ws_extract_free(ex);
		return -1;
	}
	text->flags |= WS_TEXT_EXTRACTED;
	ws_text_free(art->text);
	art->text = text;
	art->publisher = ex->publisher, ex->publisher = NULL;
	art->title = ex->title, ex->title = NULL;
	art->byline = ex->byline, ex->byline = NULL;
	art->date = ex->date, ex->date = NULL;
	ws_extract_free(ex);
	return 0;
}

/*
 * Load (from bytes when `bytes` is not NULL, else from path), extract
 * and segment; analyse unless `blocks_only`.
 */
static int
open_article(const char *path, const char *bytes, size_t len, enum ws_format format,
	     unsigned load_flags, const struct ws_lexicon *lex, int blocks_only,
	     struct ws_article **out, struct ws_error *err)
{
	struct ws_article *art;

	*out = NULL;
	art = xcalloc(1, sizeof *art);
	if ((bytes != NULL ? ws_text_from_bytes(path, bytes, len, load_flags, &art->text, err) :
			     ws_text_load(path, load_flags, &art->text, err)) < 0)
		goto fail;
	art->format = format;
	if (format == WS_FORMAT_AUTO)
		art->format = ws_format_detect(strcmp(path, "-") == 0 ? NULL : path,
		    art->text->s, art->text->len);
	if (art->format != WS_FORMAT_TEXT && extract(art, err) < 0)
		goto fail;
	if (blocks_only) {
		if (ws_segment_blocks(art->text, &art->doc, err) < 0)
			goto fail;
	} else if (ws_article_analyze(art, lex, err) < 0) {
		goto fail;
	}
	*out = art;
	return 0;
fail:
	ws_article_free(art);
	return -1;
}

int
ws_article_open(const char *path, enum ws_format format, unsigned load_flags,
		const struct ws_lexicon *lex, struct ws_article **out,
		struct ws_error *err)
{
	return open_article(path, NULL, 0, format, load_flags, lex, 0, out, err);
}

int
ws_article_open_blocks(const char *path, enum ws_format format, unsigned load_flags,
		       struct ws_article **out, struct ws_error *err)
{
	return open_article(path, NULL, 0, format, load_flags, NULL, 1, out, err);
}

int
ws_article_from_bytes(const char *name, const char *bytes, size_t len, enum ws_format format,
		      unsigned load_flags, struct ws_article **out, struct ws_error *err)
{
	return open_article(name, bytes != NULL ? bytes : "", len, format, load_flags, NULL, 1, out,
			    err);
}

int
ws_article_analysis(const struct ws_article *art, const struct ws_lexicon *lex,
		    const atomic_int *cancel, struct ws_doc **doc, struct ws_analysis **an,
		    struct ws_error *err)
{
	*doc = NULL;
	*an = NULL;
	if (ws_segment(art->text, lex, doc, err) < 0)
		return -1;
	if (ws_analyze_cancellable(*doc, lex, cancel, an, err) < 0) {
		ws_doc_free(*doc);
		*doc = NULL;
		return -1;
	}
	return 0;
}

void
ws_article_adopt(struct ws_article *art, struct ws_doc *doc, struct ws_analysis *an)
{
	ws_doc_free(art->doc);
	art->doc = doc;
	art->an = an;
}

int
ws_article_analyze(struct ws_article *art, const struct ws_lexicon *lex, struct ws_error *err)
{
	struct ws_doc *doc;
	struct ws_analysis *an;

	if (art->an != NULL)
		return 0;
	/* Swapped only once both are made, so a failure leaves the article as it was. */
	if (ws_article_analysis(art, lex, NULL, &doc, &an, err) < 0)
		return -1;
	ws_article_adopt(art, doc, an);
	return 0;
}

void
ws_article_free(struct ws_article *art)
{
	if (art == NULL)
		return;
	ws_analysis_free(art->an);
	ws_doc_free(art->doc);
	ws_text_free(art->text);
	free(art->publisher);
	free(art->title);
	free(art->byline);
	free(art->date);
	free(art);
}

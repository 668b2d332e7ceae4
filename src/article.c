#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "whosaid/article.h"

int
ws_article_open(const char *path, enum ws_format format, unsigned load_flags,
		const struct ws_lexicon *lex, struct ws_article **out,
		struct ws_error *err)
{
	struct ws_article *art;

	*out = NULL;
	art = calloc(1, sizeof *art);
	if (art == NULL)
		return ws_error_set(err, "out of memory");
	art->format = format == WS_FORMAT_AUTO ? WS_FORMAT_TEXT : format;
	if (ws_text_load(path, load_flags, &art->text, err) < 0 ||
	    ws_segment(art->text, &art->doc, err) < 0 ||
	    ws_analyze(art->doc, lex, &art->an, err) < 0) {
		ws_article_free(art);
		return -1;
	}
	*out = art;
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
	free(art);
}

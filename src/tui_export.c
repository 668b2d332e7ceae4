/*
 * tui_export: the `e` key.
 *
 * Asks on the status line for a format and a file name (by default
 * ARTICLE.whosaid.html beside the article, or in the current directory
 * when it came on standard input), asks before overwriting a file, and
 * writes what is on the screen: the article laid out at the reading
 * column's width with the screen's styles (filter, search matches,
 * fact-checker view) in the screen's theme.  The file is written
 * atomically and never onto the article.
 */
#include "config.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "whosaid/atomic.h"
#include "whosaid/export.h"
#include "whosaid/xmalloc.h"
#include "tui_int.h"

enum { FMT_HTML, FMT_ANSI, FMT_TEXT, FMT_JSON };

static const struct {
	const char *name, *ext;
} formats[] = {
	[FMT_HTML] = { "html", "html" }, [FMT_ANSI] = { "ansi", "ansi" },
	[FMT_TEXT] = { "text", "txt" }, [FMT_JSON] = { "json", "json" },
};

/* The format asked for (a name or its first letters), or -1. */
static int
ask_format(struct tui *t)
{
	char answer[32];
	size_t len;

	if (tui_status_prompt(t, "export as html, ansi, text or json [html]: ", answer,
			      sizeof answer) < 0)
		return -1;
	if ((len = strlen(answer)) == 0)
		return FMT_HTML;
	for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
		if (strncasecmp(answer, formats[i].name, len) == 0)
			return (int)i;
	tui_message(t, "unknown export format '%s' (html, ansi, text, json)", answer);
	return -1;
}

/* The file to write, or NULL when cancelled (the caller frees it). */
static char *
ask_path(struct tui *t, int fmt)
{
	char *dflt = ws_export_path(t->text->name, NULL, formats[fmt].ext);
	char prompt[PATH_MAX + 32], answer[PATH_MAX], *path;
	struct stat sb;

	snprintf(prompt, sizeof prompt, "export to [%s]: ", dflt);
	if (tui_status_prompt(t, prompt, answer, sizeof answer) < 0) {
		free(dflt);
		return NULL;
	}
	if (answer[0] == '\0') {
		path = dflt;
	} else {
		free(dflt);
		path = xstrdup(answer);
	}
	if (path != NULL && stat(path, &sb) == 0) {
		snprintf(prompt, sizeof prompt, "%s exists: overwrite? [y/N] ", path);
		if (tui_status_prompt(t, prompt, answer, sizeof answer) < 0 ||
		    (strcasecmp(answer, "y") != 0 && strcasecmp(answer, "yes") != 0)) {
			tui_message(t, "not exported");
			free(path);
			return NULL;
		}
	}
	return path;
}

static int
export_view(struct tui *t, int fmt, FILE *out, struct ws_error *err)
{
	struct ws_view view = t->view;

	if (fmt == FMT_JSON) {
		struct ws_json_options jo = { WS_OFFSETS_BYTES, &t->view };

		return ws_export_json(out, t->art, &jo, err);
	}
	/* The screen styles what it shows; the export styles it all, selection included. */
	view.selected = t->selected;
	if (fmt == FMT_HTML)
		return ws_export_html(out, t->art, &view, t->width, t->theme, err);
	if (fmt == FMT_ANSI)
		return ws_export_ansi(out, t->art, &view, t->width, t->theme, t->depth, err);
	return ws_export_text(out, t->art, &t->view, t->width, err);
}

static int
write_file(struct tui *t, int fmt, const char *path, struct ws_error *err)
{
	const char *input = t->text->name;
	struct ws_atomic atomic;

	if (ws_atomic_open(&atomic, path, &input, 1, err) < 0)
		return -1;
	if (export_view(t, fmt, atomic.fp, err) < 0) {
		ws_atomic_abort(&atomic);
		return -1;
	}
	return ws_atomic_commit(&atomic, err);
}

void
tui_export(struct tui *t)
{
	struct ws_error err;
	char *path;
	int fmt;

	if ((fmt = ask_format(t)) < 0 || (path = ask_path(t, fmt)) == NULL)
		return;
	if (write_file(t, fmt, path, &err) < 0)
		tui_message(t, "not exported: %s", err.msg);
	else
		tui_message(t, "exported to %s", path);
	free(path);
}

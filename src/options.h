/*
 * options: the command line, parsed.  Shared by main and the reader.
 */
#ifndef WHOSAID_OPTIONS_H
#define WHOSAID_OPTIONS_H

#include <stddef.h>
#include "whosaid/article.h"
#include "whosaid/export.h"

enum export_format {
	EXPORT_NONE,
	EXPORT_TEXT,
	EXPORT_JSON,
	EXPORT_HTML,
	EXPORT_ANSI,
};

/* Where the reader's y copies a claim (--copy). */
enum copy_target {
	COPY_AUTO,		/* the terminal's clipboard, unless it is known to have none: a file */
	COPY_TERMINAL,		/* OSC 52, or tmux's buffer inside tmux */
	COPY_FILE,		/* appended to $XDG_STATE_HOME/whosaid/copied.txt */
	COPY_STDOUT,		/* printed once the reader closes */
};

enum engine {
	ENGINE_DEFAULT,		/* learned when a model is given, else rules */
	ENGINE_RULES,		/* --engine=rules */
	ENGINE_LEARNED,		/* --engine=learned */
};

struct options {
	enum export_format export;
	enum ws_format format;		/* --format */
	const char *output;		/* -o */
	const char *theme;		/* --theme */
	const char *speaker;		/* --speaker filter */
	const char *source;		/* --source filter */
	int width;			/* --width, 0 when not given */
	int force;			/* --force */
	int stats;			/* --stats */
	enum engine engine;		/* --engine */
	const char *model;		/* --model */
	enum ws_offset_unit offsets;	/* --offsets, for JSON */
	enum copy_target copy;		/* --copy, for the reader */
	char **files;			/* from argv; "-" when none were given */
	size_t nfiles;
};

#endif

/*
 * tui: the interactive reader (ncurses).  The only part of whosaid that
 * knows about the terminal screen.
 */
#ifndef WHOSAID_TUI_H
#define WHOSAID_TUI_H

#include "whosaid/article.h"
#include "options.h"

/*
 * Show the article until the user quits.  Returns the exit status; the
 * terminal is restored on every path out.
 */
int tui_run(struct ws_article *art, const struct options *opt);

#endif

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
 * terminal is restored on every path out.  An article opened with
 * ws_article_open_blocks() (an == NULL) is shown at once, plain, then
 * analysed with lex (NULL: the built-in lexicons) and shown with its
 * claims.
 */
int tui_run(struct ws_article *art, const struct options *opt, const struct ws_lexicon *lex);

/*
 * tui_run() on standard input, which may still be arriving: what has
 * come is shown at once, plain, with "reading… 120 KB" on the status
 * line, and grows as more comes; once the input ends the article is
 * analysed.  An input that turns out to be bad (binary, too large) ends
 * the reader with its message, as a file would.
 */
int tui_run_stdin(const struct options *opt, const struct ws_lexicon *lex);

#endif

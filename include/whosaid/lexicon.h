/*
 * lexicon: the word lists the attribution engine reads — outlets with
 * their aliases, reporting cues, titles and roles, honorifics.
 *
 * The lists are data files under data/ in the source tree, compiled into
 * the program so that it works without being installed.  A user adds
 * entries with files of the same format in $XDG_CONFIG_HOME/whosaid/
 * (see ws_lexicon_load_user).
 */
#ifndef WHOSAID_LEXICON_H
#define WHOSAID_LEXICON_H

#include "whosaid/error.h"

struct ws_lexicon;

/* The built-in lexicons.  The caller frees *out with ws_lexicon_free(). */
int ws_lexicon_builtin(struct ws_lexicon **out, struct ws_error *err);

/*
 * Add the user's lexicon files from $XDG_CONFIG_HOME/whosaid/ (or
 * ~/.config/whosaid/) when they exist.  A malformed file fails with
 * "FILE:LINE: what is wrong".
 */
int ws_lexicon_load_user(struct ws_lexicon *lex, struct ws_error *err);

void ws_lexicon_free(struct ws_lexicon *lex);

/*
 * The learned layer's model (learn.h) that ws_analyze() applies after
 * the rules, or NULL (the default) for the rules alone.  Borrowed: the
 * model must outlive every analysis made with lex.
 */
struct ws_model;
void ws_lexicon_set_model(struct ws_lexicon *lex, const struct ws_model *model);

#endif

/*
 * lexicon: the word knowledge of the engine — outlets with their
 * aliases, reporting cues, titles and roles, honorifics, names, the
 * abbreviations the segmenter reads and the kinds of function words the
 * attribution rules ask about.
 *
 * The lists are data files under data/ in the source tree, compiled into
 * the program so that it works without being installed.  A user adds
 * entries with files of the same format in $XDG_CONFIG_HOME/whosaid/
 * (see ws_lexicon_load_user).
 */
#ifndef WHOSAID_LEXICON_H
#define WHOSAID_LEXICON_H

#include <stddef.h>

#include "whosaid/error.h"

struct ws_lexicon;

/* The built-in lexicons.  The caller frees *out with ws_lexicon_free(). */
int ws_lexicon_builtin(struct ws_lexicon **out, struct ws_error *err);

/*
 * Add the user's lexicon files from $XDG_CONFIG_HOME/whosaid/ (or
 * ~/.config/whosaid/) when they exist.  A malformed file fails with
 * "FILE:LINE: what is wrong".  Only regular files are read: anything
 * else named *.txt (a FIFO, a directory) is skipped, and then the return
 * is 1 with a warning in err naming them all ("not a regular file,
 * skipped: PATH, PATH").
 */
int ws_lexicon_load_user(struct ws_lexicon *lex, struct ws_error *err);

void ws_lexicon_free(struct ws_lexicon *lex);

/*
 * What a full stop after the word of len bytes at s (as written, case
 * included) may mean, for the segmenter: a title before a name ("Gen.",
 * from the titles and honorifics, or an abbreviation-title), never the
 * end of a sentence; an abbreviation before a number ("No. 3", "Jan.
 * 20"); another abbreviation ("Calif.", "Inc."), an end only before a
 * word that starts sentences.
 */
enum ws_abbrev {
	WS_ABBREV_NONE,
	WS_ABBREV_TITLE,
	WS_ABBREV_NUMBER,
	WS_ABBREV_OTHER,
};
enum ws_abbrev ws_lexicon_abbreviation(const struct ws_lexicon *lex, const char *s, size_t len);

/*
 * Is the word at s (as written) a sentence-opener: one that starts
 * sentences far more often than it follows "Inc."?
 */
int ws_lexicon_sentence_opener(const struct ws_lexicon *lex, const char *s, size_t len);

/*
 * Are the letters at s (len bytes, any case) a word that loses its first
 * letters to an apostrophe, an elision ("em" of "’em", "tis" of "’tis")?
 */
int ws_lexicon_elision(const struct ws_lexicon *lex, const char *s, size_t len);

/*
 * The learned layer's model (learn.h) that ws_analyze() applies after
 * the rules, or NULL (the default) for the rules alone.  Borrowed: the
 * model must outlive every analysis made with lex.
 */
struct ws_model;
void ws_lexicon_set_model(struct ws_lexicon *lex, const struct ws_model *model);
/*
 * The same for the model's cues alone: ws_analyze() reads the words the
 * model reads as cues, as with ws_lexicon_set_model(), but leaves every
 * claim's bounds where the rules put them.  The claims the bounds are
 * chosen for, as whosaid-train's second round learns them (train.c).
 */
void ws_lexicon_set_model_cues(struct ws_lexicon *lex, const struct ws_model *model);

#endif

#include "config.h"
#include <stdlib.h>
#include "whosaid/lexicon.h"
/* Stub: replaced by the lexicons. */
struct ws_lexicon { int unused; };
int ws_lexicon_builtin(struct ws_lexicon **out, struct ws_error *err)
{ *out = calloc(1, sizeof **out); return *out ? 0 : ws_error_set(err, "out of memory"); }
int ws_lexicon_load_user(struct ws_lexicon *lex, struct ws_error *err) { (void)lex; (void)err; return 0; }
void ws_lexicon_free(struct ws_lexicon *lex) { free(lex); }

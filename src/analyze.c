#include "config.h"
#include <stdlib.h>
#include "whosaid/analyze.h"
/* Stub: replaced by the attribution engine. */
int ws_analyze(const struct ws_doc *doc, const struct ws_lexicon *lex, struct ws_analysis **out,
	       struct ws_error *err)
{ (void)doc; (void)lex; *out = calloc(1, sizeof **out); return *out ? 0 : ws_error_set(err, "out of memory"); }
void ws_analysis_free(struct ws_analysis *an) { free(an); }

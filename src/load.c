#include "config.h"
#include <stdlib.h>
#include "whosaid/text.h"
/* Stub: replaced by the load stage. */
int ws_text_load(const char *path, unsigned flags, struct ws_text **out, struct ws_error *err)
{ (void)path; (void)flags; *out = NULL; return ws_error_set(err, "loading is not built yet"); }
int ws_text_from_bytes(const char *name, const char *bytes, size_t len, unsigned flags,
		       struct ws_text **out, struct ws_error *err)
{ (void)name; (void)bytes; (void)len; (void)flags; *out = NULL; return ws_error_set(err, "loading is not built yet"); }
size_t ws_text_input_offset(const struct ws_text *text, size_t off) { (void)text; return off; }
void ws_text_free(struct ws_text *text) { free(text); }

#include "config.h"
#include "whosaid/export.h"
/* Stub: replaced by the JSON export. */
int ws_export_json(FILE *out, const struct ws_article *art, struct ws_error *err)
{ (void)out; (void)art; return ws_error_set(err, "JSON export is not built yet"); }

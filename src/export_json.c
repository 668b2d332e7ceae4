#include "config.h"
#include "whosaid/export.h"
/* Stub: replaced by the JSON export. */
int ws_export_json(FILE *out, const struct ws_doc *doc, const struct ws_analysis *an, struct ws_error *err)
{ (void)out; (void)doc; (void)an; return ws_error_set(err, "JSON export is not built yet"); }

#include "config.h"
#include <stdlib.h>
#include "whosaid/layout.h"
/* Stub: replaced by the layout engine. */
struct ws_layout *ws_layout_new(int width) { struct ws_layout *l = calloc(1, sizeof *l); if (l) l->width = width; return l; }
int ws_layout_block(struct ws_layout *lay, const struct ws_doc *doc, size_t block,
		    const struct ws_style_span *styles, size_t nstyles, struct ws_error *err)
{ (void)lay; (void)doc; (void)block; (void)styles; (void)nstyles; return ws_error_set(err, "layout is not built yet"); }
int ws_layout_doc(const struct ws_doc *doc, const struct ws_style_span *styles, size_t nstyles,
		  int width, struct ws_layout **out, struct ws_error *err)
{ (void)doc; (void)styles; (void)nstyles; (void)width; *out = NULL; return ws_error_set(err, "layout is not built yet"); }
void ws_layout_free(struct ws_layout *lay) { if (lay) { free(lay->lines); free(lay->runs); free(lay); } }

#include "config.h"
#include "whosaid/width.h"
/* Stub: replaced by the width rule. */
void ws_cell_make(const char *s, size_t start, size_t end, struct ws_cell *cell)
{ cell->start = start; cell->end = end; cell->cols = (int)(end - start); cell->draw = s + start; cell->draw_len = end - start; cell->flags = 0; }
int ws_width(const char *s, size_t len) { (void)s; return (int)len; }
size_t ws_cluster_end(const char *s, size_t len, size_t pos) { (void)s; (void)len; return pos + 1; }

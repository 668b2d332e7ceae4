/* style_int: what style.c and style_stretch.c share, private to the engine. */
#ifndef WHOSAID_STYLE_INT_H
#define WHOSAID_STYLE_INT_H

#include <stddef.h>
#include "whosaid/analyze.h"
#include "whosaid/style.h"

/*
 * Do claims i and j mark the same cue, credit (and with view->via,
 * outlet's words) with the same flags?  Of a run of claims that do, one
 * after another among those styled, only the last marks them (style.c).
 */
int ws_style_same_credit(const struct ws_view *view, const struct ws_analysis *an, size_t i,
			 size_t j);

#endif

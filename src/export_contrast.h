/*
 * export_contrast: colours made readable, as WCAG 2 measures it.  Private
 * to the exporters.
 *
 * Colours are 0xrrggbb.  The contrast of two colours is (L1 + 0.05) /
 * (L2 + 0.05), L the relative luminance of the lighter and the darker:
 * 1 for a colour on itself, 21 for black on white; text wants 4.5.
 */
#ifndef WHOSAID_EXPORT_CONTRAST_H
#define WHOSAID_EXPORT_CONTRAST_H

/* What the exports ask of every text colour against what it sits on. */
#define WS_CONTRAST_TEXT 4.5

/* The contrast of two colours, 1 to 21. */
double ws_contrast(long rgb1, long rgb2);

/* fg laid over bg at opacity alpha (0 to 1), as a browser composes it. */
long ws_blend(long fg, long bg, double alpha);

/*
 * fg, or the nearest colour on the way from it to black or white
 * (toward the end farther from every background) that has at least
 * `ratio` against each of the n backgrounds; bgs[i] < 0 are skipped.
 * When tint > 0, fg is also drawn over a wash of itself at opacity tint
 * on bgs[0], and must keep the ratio against that wash.
 */
long ws_readable(long fg, const long *bgs, int n, double tint, double ratio);

#endif

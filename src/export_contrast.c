/*
 * export_contrast: WCAG 2 contrast, and colours moved until they have it.
 *
 * A colour too close to its background is mixed, in sRGB, with black on
 * a light background or white on a dark one, a little at a time, until
 * it has the contrast asked: it keeps its hue and grows darker or
 * lighter, so an outlet's red stays a red.  A claim's colour is also
 * drawn on a wash of itself (a tint), which moves with it: each step
 * recomputes the wash.
 */
#include "config.h"

#include <math.h>

#include "export_contrast.h"

/* Steps from the colour to black or white: 1/64 each, fine enough to stop near the ratio. */
#define STEPS 64

static double
channel(long c)
{
	double v = (double)(c & 0xff) / 255.0;

	return v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4);
}

static double
luminance(long rgb)
{
	return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
}

double
ws_contrast(long rgb1, long rgb2)
{
	double a = luminance(rgb1), b = luminance(rgb2);

	return a > b ? (a + 0.05) / (b + 0.05) : (b + 0.05) / (a + 0.05);
}

long
ws_blend(long fg, long bg, double alpha)
{
	long out = 0;

	for (int shift = 16; shift >= 0; shift -= 8) {
		double f = (double)((fg >> shift) & 0xff), b = (double)((bg >> shift) & 0xff);
		long v = lround(f * alpha + b * (1.0 - alpha));

		out |= (v < 0 ? 0 : v > 255 ? 255 : v) << shift;
	}
	return out;
}

/* The least contrast of fg against the backgrounds (and its own wash on bgs[0]). */
static double
least_contrast(long fg, const long *bgs, int n, double tint)
{
	double least = 21.0;

	for (int i = 0; i < n; i++) {
		double r;

		if (bgs[i] < 0)
			continue;
		r = ws_contrast(fg, bgs[i]);
		if (r < least)
			least = r;
		if (i == 0 && tint > 0) {
			r = ws_contrast(fg, ws_blend(fg, bgs[0], tint));
			if (r < least)
				least = r;
		}
	}
	return least;
}

/* Black or white: the end farther, in luminance, from the darkest or lightest background. */
static long
away_from(const long *bgs, int n)
{
	double lightest = 0.0;

	for (int i = 0; i < n; i++)
		if (bgs[i] >= 0 && luminance(bgs[i]) > lightest)
			lightest = luminance(bgs[i]);
	/* Black has more contrast with a background than white does when L > 0.179. */
	return lightest > 0.179 ? 0x000000 : 0xffffff;
}

long
ws_readable(long fg, const long *bgs, int n, double tint, double ratio)
{
	long end = away_from(bgs, n), c = fg;

	for (int k = 1; k <= STEPS && least_contrast(c, bgs, n, tint) < ratio; k++)
		c = ws_blend(end, fg, (double)k / STEPS);
	return c;
}

/*
 * width: how many columns a cluster takes, and what to draw for it.
 *
 * The rule is wcwidth's, code point by code point (libunistring's
 * uc_width with a non-CJK encoding, so ambiguous characters are narrow),
 * summed over the cluster, except for emoji sequences, which terminals
 * draw as one double-width glyph.  Controls never reach the output: they
 * become placeholders as wide as their text.
 *
 * Walking clusters is on the hot path of every layout, so ASCII never
 * goes through libunistring: a printable ASCII byte followed by another
 * ASCII byte is a cluster of its own (UAX #29 joins ASCII only in CR LF).
 * Grapheme breaks are computed for the rest, one non-ASCII stretch (and
 * the ASCII bytes around it) at a time.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "whosaid/width.h"

#define Q16 "????????????????"
#define Q64 Q16 Q16 Q16 Q16
#define Q256 Q64 Q64 Q64 Q64
/* What a clipped cell draws: as many '?' as it has columns. */
static const char question_marks[] = Q256 Q256 Q256 Q256;

static int
is_ri(ucs4_t uc)
{
	return uc >= 0x1F1E6 && uc <= 0x1F1FF;
}

/* Bidi embeddings, overrides and isolates: they could reorder the screen. */
static int
is_bidi_control(ucs4_t uc)
{
	return (uc >= 0x202A && uc <= 0x202E) || (uc >= 0x2066 && uc <= 0x2069);
}

/* White space a line may break at: not NBSP, figure space, narrow NBSP. */
static int
is_breaking_space(ucs4_t uc)
{
	if (uc == ' ' || uc == '\t' || uc == '\n' || uc == '\r')
		return 1;
	if (uc < 0x20 || (uc >= 0x7f && uc < 0xa0))
		return 0;
	/* White_Space is a stable property: these are all of it above ASCII. */
	return uc == 0x1680 || (uc >= 0x2000 && uc <= 0x200A && uc != 0x2007) ||
	       uc == 0x2028 || uc == 0x2029 || uc == 0x205F || uc == 0x3000;
}

/* Write the placeholder for uc into buf (16 bytes); its length, or 0 if uc is drawn as is. */
static size_t
placeholder(ucs4_t uc, char *buf)
{
	if (uc == '\t' || uc == '\n' || uc == '\r')
		return 0;
	if (uc < 0x20 || uc == 0x7f) {
		buf[0] = '^';
		buf[1] = uc == 0x7f ? '?' : (char)(uc + 0x40);
		buf[2] = '\0';
		return 2;
	}
	if ((uc >= 0x80 && uc < 0xa0) || is_bidi_control(uc))
		return (size_t)snprintf(buf, 16, "<U+%04X>", (unsigned)uc);
	return 0;
}

/*
 * Columns of a cluster of several code points: the sum of their widths,
 * or 2 for an emoji sequence.
 */
static int
cluster_cols(const uint8_t *p, size_t n, ucs4_t first)
{
	int cols = 0, emoji = 0, after_zwj = 0;
	size_t i = 0, k = 0;
	ucs4_t uc;

	while (i < n) {
		i += (size_t)u8_mbtouc(&uc, p + i, n - i);
		int w = uc_width(uc, "UTF-8");
		if (w > 0)
			cols += w;
		if (k > 0) {
			if (uc == 0xFE0F && uc_is_property_emoji(first))
				emoji = 1;
			else if (after_zwj && uc_is_property_emoji(uc) && uc_is_property_emoji(first))
				emoji = 1;
			else if (uc_is_property_emoji_modifier(uc) &&
				 uc_is_property_emoji_modifier_base(first))
				emoji = 1;
			else if (k == 1 && is_ri(first) && is_ri(uc))
				emoji = 1;
		}
		after_zwj = uc == 0x200D;
		k++;
	}
	return emoji ? 2 : cols;
}

/* A cluster with a control inside it (never from real grapheme breaks): show the control. */
static int
cell_guard(const uint8_t *p, size_t n, struct ws_cell *cell)
{
	size_t i = 0;
	ucs4_t uc;

	while (i < n) {
		i += (size_t)u8_mbtouc(&uc, p + i, n - i);
		size_t len = placeholder(uc, cell->buf);
		if (len > 0) {
			cell->draw = cell->buf;
			cell->draw_len = len;
			cell->cols = (int)len;
			cell->flags = WS_CELL_PLACEHOLDER;
			return 1;
		}
	}
	return 0;
}

void
ws_cell_make(const char *s, size_t start, size_t end, struct ws_cell *cell)
{
	const uint8_t *p = (const uint8_t *)s + start;
	size_t n = end - start, len;
	ucs4_t uc;
	int first_len;

	cell->start = start;
	cell->end = end;
	cell->draw = s + start;
	cell->draw_len = n;
	cell->flags = 0;
	cell->cols = 1;
	if (n == 1 && p[0] > 0x20 && p[0] < 0x7f)
		return;
	if (n == 0) {
		cell->cols = 0;
		return;
	}
	first_len = u8_mbtouc(&uc, p, n);
	if ((len = placeholder(uc, cell->buf)) > 0) {
		cell->draw = cell->buf;
		cell->draw_len = len;
		cell->cols = (int)len;
		cell->flags = WS_CELL_PLACEHOLDER;
		return;
	}
	if ((size_t)first_len < n && cell_guard(p, n, cell))
		return;
	if (is_breaking_space(uc) && ((size_t)first_len == n || uc == '\r')) {
		cell->draw = " ";
		cell->draw_len = 1;
		cell->flags = WS_CELL_SPACE;
		return;
	}
	if (uc == 0xAD) {
		cell->draw_len = 0;
		cell->cols = 0;
		cell->flags = WS_CELL_SOFT_HYPHEN;
		return;
	}
	if (uc == 0xFFFD)
		cell->flags = WS_CELL_INVALID;
	if ((size_t)first_len == n) {
		int w = uc_width(uc, "UTF-8");
		cell->cols = w > 0 ? w : 0;
	} else {
		cell->cols = cluster_cols(p, n, uc);
	}
}

void
ws_cell_clip(struct ws_cell *cell, int cols)
{
	if (cols < 0)
		cols = 0;
	if (cell->cols <= cols)
		return;
	if (cols > (int)sizeof question_marks - 1)
		cols = (int)sizeof question_marks - 1;
	if (cell->flags & WS_CELL_PLACEHOLDER) {
		cell->draw_len = (size_t)cols;	/* placeholders are ASCII */
	} else {
		cell->draw = question_marks;
		cell->draw_len = (size_t)cols;
	}
	cell->cols = cols;
}

void
ws_clusters_init(struct ws_clusters *it, const char *s, size_t len, size_t pos)
{
	it->s = s;
	it->len = len;
	it->pos = pos;
	it->win_start = it->win_end = 0;
}

void
ws_clusters_seek(struct ws_clusters *it, size_t pos)
{
	it->pos = pos;
}

/*
 * Compute grapheme breaks from `start` (taken as a cluster boundary) over
 * the non-ASCII stretch there and the ASCII byte after each non-ASCII
 * byte, at most sizeof it->brk bytes, ending on a code point boundary.
 */
static void
fill_window(struct ws_clusters *it, size_t start)
{
	const uint8_t *s = (const uint8_t *)it->s;
	size_t e = start + 1, cap = start + sizeof it->brk;

	while (e < it->len && e < cap && (s[e] >= 0x80 || s[e - 1] >= 0x80))
		e++;
	if (e < it->len && e == cap)
		while (e > start + 1 && (s[e] & 0xC0) == 0x80)
			e--;
	it->win_start = start;
	it->win_end = e;
	u8_grapheme_breaks(s + start, e - start, it->brk);
}

/* Is there surely a boundary at the end of the window? */
static int
boundary_at_window_end(const struct ws_clusters *it)
{
	const uint8_t *s = (const uint8_t *)it->s;
	size_t e = it->win_end;

	if (e >= it->len)
		return 1;
	return s[e] < 0x80 && s[e - 1] < 0x80 && !(s[e - 1] == '\r' && s[e] == '\n');
}

/* Can uc continue a cluster whose first code point has no joining behaviour of its own? */
static int
extends_cluster(ucs4_t uc)
{
	int p = uc_graphemeclusterbreak_property(uc);

	return p == GBP_EXTEND || p == GBP_ZWJ || p == GBP_SPACINGMARK || p == GBP_EM;
}

/*
 * The end of the cluster at pos when it is a single code point that
 * UAX #29 decides alone: a control (GB4), or an ordinary character (no
 * Prepend, Hangul, regional indicator, CR, ZWJ) not followed by an
 * extending one (GB9, GB9a, GB999).  0 when the full rules are needed.
 */
static size_t
single_code_point(const uint8_t *s, size_t len, size_t pos)
{
	ucs4_t c1, c2;
	size_t n1;
	int g1;

	n1 = (size_t)u8_mbtouc(&c1, s + pos, len - pos);
	if (pos + n1 >= len)
		return len;
	if (c1 < 0x80)
		g1 = c1 == '\r' ? GBP_CR : (c1 < 0x20 || c1 == 0x7f) ? GBP_CONTROL : GBP_OTHER;
	else
		g1 = uc_graphemeclusterbreak_property(c1);
	if (g1 == GBP_CONTROL || g1 == GBP_LF)
		return pos + n1;
	if (g1 != GBP_OTHER)
		return 0;
	if (s[pos + n1] < 0x80)
		return pos + n1;
	u8_mbtouc(&c2, s + pos + n1, len - pos - n1);
	return extends_cluster(c2) ? 0 : pos + n1;
}

size_t
ws_clusters_end(struct ws_clusters *it)
{
	const uint8_t *s = (const uint8_t *)it->s;
	size_t pos = it->pos, i;

	if (s[pos] < 0x80 && (pos + 1 == it->len || s[pos + 1] < 0x80))
		return pos + 1 + (s[pos] == '\r' && pos + 1 < it->len && s[pos + 1] == '\n');
	if ((i = single_code_point(s, it->len, pos)) != 0)
		return i;
	if (pos < it->win_start || pos >= it->win_end)
		fill_window(it, pos);
	for (;;) {
		for (i = pos + 1; i < it->win_end; i++)
			if (it->brk[i - it->win_start])
				return i;
		if (boundary_at_window_end(it))
			return it->win_end;
		if (pos > it->win_start) {
			/*
			 * The cluster reaches the end of a window that began
			 * before it: whether it ends there depends on what
			 * follows (a flag's second regional indicator, an
			 * emoji after a ZWJ), so look again from its start.
			 */
			fill_window(it, pos);
			continue;
		}
		/*
		 * A cluster longer than the window (hundreds of combining
		 * marks): go on from its last code point, deciding breaks
		 * pairwise from there.
		 */
		i = it->win_end - 1;
		while ((s[i] & 0xC0) == 0x80)
			i--;
		fill_window(it, i);
		pos = i;
	}
}

int
ws_clusters_next(struct ws_clusters *it, struct ws_cell *cell)
{
	size_t end;

	if (it->pos >= it->len)
		return 0;
	end = ws_clusters_end(it);
	ws_cell_make(it->s, it->pos, end, cell);
	it->pos = end;
	return 1;
}

size_t
ws_cluster_end(const char *s, size_t len, size_t pos)
{
	struct ws_clusters it;

	ws_clusters_init(&it, s, len, pos);
	return ws_clusters_end(&it);
}

int
ws_width(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	struct ws_clusters it;
	struct ws_cell cell;
	size_t pos = 0;
	int cols = 0;

	ws_clusters_init(&it, s, len, 0);
	while (pos < len) {
		if (u[pos] >= 0x20 && u[pos] < 0x7f && (pos + 1 == len || u[pos + 1] < 0x80)) {
			cols++;
			pos++;
			continue;
		}
		ws_clusters_seek(&it, pos);
		size_t end = ws_clusters_end(&it);
		ws_cell_make(s, pos, end, &cell);
		cols += cell.cols;
		pos = end;
	}
	return cols;
}

/*
 * Does the code point at s[at] (before end) start its cluster: not after a Prepend,
 * unless it is a control (a tab, a line separator), which a Prepend does
 * not hold (UAX #29 GB5: "\u06DD\t" is two clusters, "\u06DD " one)?
 */
static int
starts_cluster(const uint8_t *s, size_t start, size_t at, size_t end)
{
	ucs4_t uc;
	const uint8_t *prev;
	int p;

	if (at == start || s[at - 1] < 0x80)
		return 1;
	u8_mbtouc(&uc, s + at, end - at);
	p = uc_graphemeclusterbreak_property(uc);
	if (p == GBP_CONTROL || p == GBP_CR || p == GBP_LF)
		return 1;
	prev = u8_prev(&uc, s + at, s + start);
	return prev == NULL || uc_graphemeclusterbreak_property(uc) != GBP_PREPEND;
}

size_t
ws_trim_space_end(const char *str, size_t start, size_t end)
{
	const uint8_t *s = (const uint8_t *)str;
	const uint8_t *p;
	ucs4_t uc;

	while (end > start) {
		size_t at;

		if (s[end - 1] < 0x80) {
			if (!is_breaking_space(s[end - 1]))
				break;
			at = end - 1;
		} else {
			p = u8_prev(&uc, s + end, s + start);
			if (p == NULL || !is_breaking_space(uc))
				break;
			at = (size_t)(p - s);
		}
		if (!starts_cluster(s, start, at, end))
			break;
		end = at;
	}
	return end;
}

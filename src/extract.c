#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "whosaid/xmalloc.h"

static int
is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

void
xo_init(struct xo *o)
{
	memset(o, 0, sizeof *o);
}

void
xo_free(struct xo *o)
{
	free(o->s);
	memset(o, 0, sizeof *o);
}

static void
put(struct xo *o, const char *s, size_t n)
{
	xgrow(&o->s, &o->cap, o->len + n + 1, 1);
	memcpy(o->s + o->len, s, n);
	o->len += n;
	o->s[o->len] = '\0';
}

/* A NUL byte would end the text for C strings: it shows as U+FFFD. */
static void
put_run(struct xo *o, const char *s, size_t n)
{
	const char *nul;

	while ((nul = memchr(s, '\0', n)) != NULL) {
		put(o, s, (size_t)(nul - s));
		put(o, "\xef\xbf\xbd", 3);
		n -= (size_t)(nul - s) + 1;
		s = nul + 1;
	}
	put(o, s, n);
}

static void
start_block(struct xo *o)
{
	o->mark = o->len;
	if (o->len > 0)
		put(o, "\n\n", 2);
	o->start = o->len;
	o->in_block = 1;
	o->at_line_start = 1;
	o->space = 0;
	o->chars = o->link_chars = o->time_chars = 0;
}

/*
 * Characters are written one run at a time: a run of non-space bytes is
 * copied whole, after the space or the quote marker it needs.
 */
void
xo_text(struct xo *o, const char *s, size_t n, unsigned inside)
{
	size_t i = 0, j, chars;

	while (i < n) {
		if (is_space((unsigned char)s[i])) {
			if (o->in_block && !o->at_line_start)
				o->space = 1;
			i++;
			continue;
		}
		for (j = i; j < n && !is_space((unsigned char)s[j]); j++)
			continue;
		if (!o->in_block)
			start_block(o);
		if (o->at_line_start) {
			for (int q = 0; q < o->quote; q++)
				put(o, "> ", 2);
		} else if (o->space) {
			put(o, " ", 1);
		}
		o->at_line_start = 0;
		o->space = 0;
		put_run(o, s + i, j - i);
		chars = 0;
		for (size_t k = i; k < j; k++)
			chars += ((unsigned char)s[k] & 0xc0) != 0x80;
		o->chars += chars;
		if (inside & XO_LINK)
			o->link_chars += chars;
		if (inside & XO_TIME)
			o->time_chars += chars;
		i = j;
	}
}

void
xo_space(struct xo *o)
{
	if (o->in_block && !o->at_line_start)
		o->space = 1;
}

void
xo_break(struct xo *o)
{
	if (!o->in_block)
		return;
	if (o->at_line_start) {
		xo_end_block(o);
		return;
	}
	put(o, "\n", 1);
	o->at_line_start = 1;
	o->space = 0;
}

void
xo_end_block(struct xo *o)
{
	if (!o->in_block)
		return;
	/* A <br> at the end of a block leaves nothing behind. */
	while (o->len > o->start && o->s[o->len - 1] == '\n')
		o->s[--o->len] = '\0';
	o->in_block = 0;
	o->space = 0;
}

void
xo_drop_block(struct xo *o)
{
	if (o->in_block || o->len > o->mark) {
		o->len = o->mark;
		if (o->s != NULL)
			o->s[o->len] = '\0';
	}
	o->in_block = 0;
	o->space = 0;
	o->chars = o->link_chars = o->time_chars = 0;
}

const char *
xo_block(const struct xo *o, size_t *n)
{
	if (o->s == NULL || o->len < o->start) {
		*n = 0;
		return "";
	}
	*n = o->len - o->start;
	return o->s + o->start;
}

/* Length of the UTF-8 sequence starting with byte c (1 for stray bytes). */
static size_t
seq_len(unsigned char c)
{
	if (c >= 0xf0)
		return 4;
	if (c >= 0xe0)
		return 3;
	if (c >= 0xc0)
		return 2;
	return 1;
}

char *
xo_clean(const char *s, size_t n, size_t max)
{
	char *out;
	size_t len = 0, i = 0;
	int space = 0;

	if (s == NULL)
		return NULL;
	out = xmalloc(max + 1);
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t k = seq_len(c);

		if (k > n - i)
			break;
		/* C0, DEL and C1 controls never reach a terminal from metadata. */
		if (c < 0x20 || c == 0x7f ||
		    (c == 0xc2 && (unsigned char)s[i + 1] < 0xa0)) {
			space = len > 0;
			i += k;
			continue;
		}
		if (c == ' ') {
			space = len > 0;
			i++;
			continue;
		}
		if (len + space + k > max)
			break;
		if (space)
			out[len++] = ' ';
		space = 0;
		memcpy(out + len, s + i, k);
		len += k;
		i += k;
	}
	out[len] = '\0';
	if (len == 0) {
		free(out);
		return NULL;
	}
	return out;
}

int
xo_prefix(const char *s, size_t n, const char *prefix)
{
	size_t i;

	for (i = 0; prefix[i] != '\0'; i++) {
		unsigned char a = (unsigned char)s[i], b = (unsigned char)prefix[i];

		if (i >= n)
			return 0;
		if (a >= 'A' && a <= 'Z')
			a += 'a' - 'A';
		if (b >= 'A' && b <= 'Z')
			b += 'a' - 'A';
		if (a != b)
			return 0;
	}
	return 1;
}

void
xo_short_date(char *date)
{
	if (date == NULL || strlen(date) < 10)
		return;
	for (int i = 0; i < 10; i++) {
		int digit = date[i] >= '0' && date[i] <= '9';

		if ((i == 4 || i == 7) ? date[i] != '-' : !digit)
			return;
	}
	date[10] = '\0';
}

void
xo_strip_by(char *byline)
{
	if (byline != NULL && xo_prefix(byline, strlen(byline), "by ") && byline[3] != '\0')
		memmove(byline, byline + 3, strlen(byline + 3) + 1);
}

void
xo_assemble(struct ws_extract *ex, struct xo *body)
{
	struct xo o;

	xo_init(&o);
	if (ex->title != NULL) {
		put(&o, ex->title, strlen(ex->title));
		put(&o, "\n", 1);
	}
	if (ex->byline != NULL || ex->date != NULL) {
		if (o.len > 0)
			put(&o, "\n", 1);
		if (ex->byline != NULL) {
			put(&o, "By ", 3);
			put(&o, ex->byline, strlen(ex->byline));
		}
		if (ex->byline != NULL && ex->date != NULL)
			put(&o, " \xc2\xb7 ", 4);
		else if (ex->date != NULL)
			put(&o, "Published ", 10);
		if (ex->date != NULL)
			put(&o, ex->date, strlen(ex->date));
		put(&o, "\n", 1);
	}
	if (body->len > 0) {
		if (o.len > 0)
			put(&o, "\n", 1);
		put(&o, body->s, body->len);
		put(&o, "\n", 1);
	}
	xo_free(body);
	if (o.s == NULL)
		o.s = xcalloc(1, 1);
	ex->text = o.s;
	ex->len = o.len;
}

void
ws_extract_free(struct ws_extract *ex)
{
	if (ex == NULL)
		return;
	free(ex->text);
	free(ex->title);
	free(ex->publisher);
	free(ex->byline);
	free(ex->date);
	free(ex);
}

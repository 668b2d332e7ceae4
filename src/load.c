/*
 * load: read an article's bytes and make the clean UTF-8 copy the rest of
 * the engine works on.
 *
 * Reading stops at WS_TEXT_MAX_BYTES + 1 bytes, so an endless input
 * (/dev/zero, a FIFO that never closes its end... once it has said too
 * much) ends with a message instead of eating the memory.  Anything that
 * can be read is read as a stream: regular files, FIFOs, character
 * devices; a file that grows while it is read is read to its end or to
 * the limit.
 *
 * Cleaning is two passes over the input.  The first measures: the length
 * of the clean text and the number of places where its offsets drift from
 * the input's.  The second writes both exactly, so nothing is grown and
 * nothing is allocated per byte.  Text that needs no cleaning (the usual
 * case) is not copied at all: s points into the input buffer.
 *
 * Invalid UTF-8 is replaced as the WHATWG Encoding Standard and Unicode's
 * "substitution of maximal subparts" do, as browsers do: one U+FFFD for
 * each maximal subpart of an ill-formed sequence.  A truncated sequence
 * (E2 82 then 'A') is one U+FFFD; a byte that can start nothing (a stray
 * continuation byte, C0, C1, F5..FF) is one U+FFFD each; an overlong form
 * or a surrogate (C0 80, ED A0 80) is one per byte, because its second
 * byte already breaks the pattern.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "whosaid/search.h"
#include "whosaid/text.h"
#include "whosaid/xmalloc.h"

/* The part of the input looked at to decide whether it is binary. */
#define SNIFF_BYTES (64 * 1024)

static const char replacement[] = "\xef\xbf\xbd";	/* U+FFFD */

static const char *
display_name(const char *name)
{
	return strcmp(name, "-") == 0 ? "(stdin)" : name;
}

/*
 * The length of the valid UTF-8 character at p, or 0 when there is none
 * there; then *bad is the length of the maximal subpart to replace (1 to
 * 3 bytes).
 */
static inline size_t
utf8_step(const unsigned char *p, const unsigned char *end, size_t *bad)
{
	unsigned char c = p[0], lo = 0x80, hi = 0xbf;
	size_t need, i;

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		need = 2;
	else if (c >= 0xe0 && c <= 0xef) {
		need = 3;
		if (c == 0xe0)
			lo = 0xa0;		/* overlong */
		else if (c == 0xed)
			hi = 0x9f;		/* surrogates */
	} else if (c >= 0xf0 && c <= 0xf4) {
		need = 4;
		if (c == 0xf0)
			lo = 0x90;		/* overlong */
		else if (c == 0xf4)
			hi = 0x8f;		/* above U+10FFFF */
	} else {
		*bad = 1;
		return 0;
	}
	for (i = 1; i < need; i++) {
		if (p + i >= end || p[i] < lo || p[i] > hi) {
			*bad = i;
			return 0;
		}
		lo = 0x80;
		hi = 0xbf;
	}
	return need;
}

/* Whether all of [p, end) is ASCII; a word at a time where it can. */
static const unsigned char *
skip_ascii(const unsigned char *p, const unsigned char *end)
{
	unsigned long long w;

	while ((size_t)(end - p) >= sizeof w) {
		memcpy(&w, p, sizeof w);
		if (w & 0x8080808080808080ULL)
			break;
		p += sizeof w;
	}
	while (p < end && *p < 0x80)
		p++;
	return p;
}

/*
 * Binary data is what no article contains: a NUL byte, or a high share
 * (over 30%, and at least 16 bytes) of control characters and invalid
 * UTF-8, in the first 64 KiB.  A short text with a few broken bytes is
 * still text.  Escape
 * (coloured terminal output), form feed and the usual white space are
 * text.  Mis-declared legacy text (Latin-1) has a few invalid bytes and
 * passes; a Cyrillic CP1251 file does not, and needs --force.
 */
static int
looks_binary(const unsigned char *in, size_t len)
{
	const unsigned char *p = in, *end = in + len;
	const unsigned char *stop = in + (len < SNIFF_BYTES ? len : SNIFF_BYTES);
	size_t odd = 0, n, bad;

	while (p < stop) {
		if (*p == 0)
			return 1;
		if (*p < 0x20 || *p == 0x7f) {
			if (strchr("\t\n\v\f\r\033", *p) == NULL)
				odd++;
			p++;
			continue;
		}
		n = utf8_step(p, end, &bad);
		if (n == 0) {
			odd += bad;
			n = bad;
		}
		p += n;
	}
	return odd >= 16 && odd * 10 > (size_t)(stop - in) * 3;
}

/*
 * Count what cleaning will do: the length of s and the number of offset
 * edits.  Returns 1 when s can be the input itself (past a BOM).
 */
static int
measure(const unsigned char *in, size_t len, size_t *slen, size_t *nedits)
{
	const unsigned char *p = in, *end = in + len;
	size_t out = 0, edits = 0, n, bad;
	int clean = 1;

	if (len >= 3 && memcmp(in, "\xef\xbb\xbf", 3) == 0) {
		p += 3;
		edits++;
	}
	while (p < end) {
		/*
		 * An ASCII run, and the CRs in it: the run is scanned once
		 * whatever the number of CRs, so CRLF text stays linear.
		 */
		const unsigned char *q = skip_ascii(p, end), *cr;

		while ((cr = memchr(p, '\r', (size_t)(q - p))) != NULL) {
			clean = 0;
			out += (size_t)(cr - p) + 1;
			p = cr + 1;
			if (p < q && *p == '\n') {
				edits++;	/* one byte less from here on */
				p++;
			}
		}
		out += (size_t)(q - p);
		p = q;
		if (p == end)
			break;
		n = utf8_step(p, end, &bad);
		if (n > 0) {
			out += n;
			p += n;
			continue;
		}
		clean = 0;
		if (bad != 3)
			edits++;
		out += 3;
		p += bad;
	}
	*slen = out;
	*nedits = edits;
	return clean;
}

/* Append an edit: from s offset so on, the input is at io. */
static void
add_edit(struct ws_text *t, size_t so, size_t io)
{
	t->edits[t->nedits].s_off = so;
	t->edits[t->nedits].in_off = io;
	t->nedits++;
}

/* The second pass: write s and the edits, as measure() counted them. */
static void
clean_copy(struct ws_text *t)
{
	const unsigned char *in = (const unsigned char *)t->input;
	const unsigned char *p = in, *end = in + t->input_len;
	char *s = t->s;
	size_t o = 0, n, bad;

	if (t->flags & WS_TEXT_HAD_BOM) {
		p += 3;
		add_edit(t, 0, 3);
	}
	while (p < end) {
		if (*p == '\r') {
			s[o++] = '\n';
			p++;
			if (p < end && *p == '\n') {
				p++;
				add_edit(t, o, (size_t)(p - in));
			}
			continue;
		}
		if (*p < 0x80) {
			s[o++] = (char)*p++;
			continue;
		}
		n = utf8_step(p, end, &bad);
		if (n > 0) {
			memcpy(s + o, p, n);
			o += n;
			p += n;
			continue;
		}
		memcpy(s + o, replacement, 3);
		o += 3;
		p += bad;
		if (bad != 3)
			add_edit(t, o, (size_t)(p - in));
		t->flags |= WS_TEXT_REPAIRED;
	}
	s[o] = '\0';
}

/*
 * Make s from the input buffer, which must have one spare byte after
 * input_len for the NUL.
 */
static void
clean(struct ws_text *t)
{
	size_t slen, nedits;
	int same;

	t->input[t->input_len] = '\0';
	same = measure((unsigned char *)t->input, t->input_len, &slen, &nedits);
	if (t->input_len >= 3 && memcmp(t->input, "\xef\xbb\xbf", 3) == 0)
		t->flags |= WS_TEXT_HAD_BOM;
	if (nedits > 0)
		t->edits = xcalloc(nedits, sizeof *t->edits);
	if (same) {
		t->s = t->input + (t->input_len - slen);
		t->len = slen;
		if (t->flags & WS_TEXT_HAD_BOM)
			add_edit(t, 0, 3);
		return;
	}
	t->s = xmalloc(slen + 1);
	t->len = slen;
	clean_copy(t);
}

/*
 * The converter of UTF-16 with a byte order mark, as the WHATWG BOM
 * sniffing reads it (FF FE little-endian, FE FF big-endian), or NULL.
 */
static const char *
utf16_with_bom(const struct ws_text *t)
{
	const unsigned char *in = (const unsigned char *)t->input;

	if (t->input_len >= 2 && in[0] == 0xff && in[1] == 0xfe)
		return "UTF-16LE";
	if (t->input_len >= 2 && in[0] == 0xfe && in[1] == 0xff)
		return "UTF-16BE";
	return NULL;
}

/*
 * UTF-16 with a byte order mark is text: the input becomes the UTF-8
 * iconv converts it to (past the mark), each lone surrogate and an odd
 * last byte a U+FFFD, as a browser decodes them.  Offsets then refer to
 * the converted text (WS_TEXT_CONVERTED).  A UTF-16 code unit is at most
 * 3 bytes of UTF-8 (a pair of them 4), a replaced one 3.
 */
static int
convert_utf16(struct ws_text *t, const char *from, struct ws_error *err)
{
	size_t left = t->input_len - 2, cap = left / 2 * 3 + 3, room = cap;
	char *src = t->input + 2, *buf, *dst;
	iconv_t cd;

	buf = xmalloc(cap + 1);
	if ((cd = iconv_open("UTF-8", from)) == (iconv_t)-1) {
		free(buf);
		return ws_error_set(err, "%s: cannot convert from %s: %s",
				    display_name(t->name), from, strerror(errno));
	}
	dst = buf;
	while (left > 0 && iconv(cd, &src, &left, &dst, &room) == (size_t)-1) {
		/* EILSEQ: a lone surrogate, skipped; EINVAL: an odd byte or a pair cut at the end. */
		size_t skip = errno == EILSEQ ? 2 : left;

		if (errno != EILSEQ && errno != EINVAL)
			break;
		memcpy(dst, replacement, 3);
		dst += 3;
		room -= 3;
		src += skip;
		left -= skip;
	}
	iconv_close(cd);
	free(t->input);
	t->input = buf;
	t->input_len = (size_t)(dst - buf);
	t->flags |= WS_TEXT_CONVERTED;
	return 0;
}

/* Checks and cleaning shared by both ways in. */
static int
finish(struct ws_text *t, unsigned flags, struct ws_error *err)
{
	const char *name = display_name(t->name);
	const char *utf16 = utf16_with_bom(t);

	if (utf16 != NULL && t->input_len <= WS_TEXT_MAX_BYTES &&
	    convert_utf16(t, utf16, err) < 0)
		return -1;
	if (t->input_len > WS_TEXT_MAX_BYTES)
		return ws_error_set(err, "%s: larger than %zu MiB", name,
				    WS_TEXT_MAX_BYTES >> 20);
	if (!(flags & WS_LOAD_FORCE) &&
	    looks_binary((unsigned char *)t->input, t->input_len))
		return ws_error_set(err, "%s looks like binary data "
				    "(use --force to open it anyway)", name);
	clean(t);
	return 0;
}

static struct ws_text *
text_new(const char *name)
{
	struct ws_text *t = xcalloc(1, sizeof *t);

	t->name = xstrdup(name);
	return t;
}

/*
 * Read fd to its end, or to one byte past the limit.  `hint` is the size
 * the file says it has; the buffer starts there and grows by doubling.
 */
static int
read_all(int fd, size_t hint, struct ws_text *t, struct ws_error *err)
{
	const size_t cap_max = WS_TEXT_MAX_BYTES + 1;
	size_t cap = hint + 1, len = 0;
	char *buf;
	ssize_t n;

	if (cap < 64 * 1024)
		cap = 64 * 1024;
	if (cap > cap_max)
		cap = cap_max;
	buf = xmalloc(cap + 1);
	for (;;) {
		if (len == cap) {
			if (cap == cap_max)
				break;
			cap = cap > cap_max / 2 ? cap_max : cap * 2;
			buf = xreallocarray(buf, cap + 1, 1);
		}
		n = read(fd, buf + len, cap - len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
			/* A non-blocking descriptor inherited: wait for data. */
			struct pollfd pfd = { .fd = fd, .events = POLLIN };

			if (poll(&pfd, 1, -1) >= 0 || errno == EINTR)
				continue;
		}
		if (n < 0) {
			ws_error_set(err, "cannot read %s: %s",
				     display_name(t->name), strerror(errno));
			free(buf);
			return -1;
		}
		if (n == 0)
			break;
		len += (size_t)n;
	}
	t->input = buf;
	t->input_len = len;
	return 0;
}

static int
open_input(const char *path, struct stat *st, struct ws_error *err)
{
	int fd;

	if (strcmp(path, "-") == 0)
		fd = STDIN_FILENO;
	else if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return ws_error_set(err, "cannot open %s: %s", path,
				    strerror(errno));
	if (fstat(fd, st) < 0) {
		ws_error_set(err, "cannot open %s: %s", display_name(path),
			     strerror(errno));
		if (fd != STDIN_FILENO)
			close(fd);
		return -1;
	}
	if (S_ISDIR(st->st_mode)) {
		ws_error_set(err, "%s: is a directory", display_name(path));
		if (fd != STDIN_FILENO)
			close(fd);
		return -1;
	}
	return fd;
}

int
ws_text_load(const char *path, unsigned flags, struct ws_text **out,
	     struct ws_error *err)
{
	struct ws_text *t;
	struct stat st;
	size_t hint = 0;
	int fd, rc;

	*out = NULL;
	if ((fd = open_input(path, &st, err)) < 0)
		return -1;
	t = text_new(path);
	if (S_ISREG(st.st_mode) && st.st_size > 0)
		hint = (unsigned long long)st.st_size > WS_TEXT_MAX_BYTES ?
		    WS_TEXT_MAX_BYTES : (size_t)st.st_size;
	rc = read_all(fd, hint, t, err);
	if (rc == 0)
		rc = finish(t, flags, err);
	if (rc == 0)
		*out = t;
	else
		ws_text_free(t);
	if (fd != STDIN_FILENO)
		close(fd);
	return rc;
}

int
ws_text_from_bytes(const char *name, const char *bytes, size_t len,
		   unsigned flags, struct ws_text **out, struct ws_error *err)
{
	struct ws_text *t;

	*out = NULL;
	if (len > WS_TEXT_MAX_BYTES)
		return ws_error_set(err, "%s: larger than %zu MiB",
				    display_name(name), WS_TEXT_MAX_BYTES >> 20);
	t = text_new(name);
	t->input = xmalloc(len + 1);
	if (len > 0)
		memcpy(t->input, bytes, len);
	t->input_len = len;
	if (finish(t, flags, err) < 0) {
		ws_text_free(t);
		return -1;
	}
	*out = t;
	return 0;
}

/*
 * Binary search for the last edit at or before off.  An offset inside a
 * U+FFFD maps into the bytes it replaced, never past them.
 */
/* For ws_search: does the edit start by offset off of the clean text? */
static int
edit_starts_by(const void *edit, size_t off)
{
	return ((const struct ws_offset_edit *)edit)->s_off <= off;
}

size_t
ws_text_input_offset(const struct ws_text *text, size_t off)
{
	size_t lo, in;

	if (off > text->len)
		off = text->len;
	lo = ws_search(text->edits, text->nedits, sizeof *text->edits, off, edit_starts_by);
	if (lo == 0)
		in = off;
	else
		in = off - text->edits[lo - 1].s_off + text->edits[lo - 1].in_off;
	if (lo < text->nedits && in >= text->edits[lo].in_off)
		in = text->edits[lo].in_off - 1;
	if (in > text->input_len)
		in = text->input_len;
	return in;
}

/* For ws_search: does the edit start by input offset in? */
static int
edit_starts_by_input(const void *edit, size_t in)
{
	return ((const struct ws_offset_edit *)edit)->in_off <= in;
}

/*
 * The edits cut s into stretches that map to the input one to one: the
 * stretch of the last edit that starts by `in` holds it, unless the input
 * there is longer than the stretch (a CRLF lost its CR), and then the
 * next stretch's first offset is the first that comes after `in`.
 */
size_t
ws_text_clean_offset(const struct ws_text *text, size_t in)
{
	size_t k, s_off = 0, in_off = 0, end = text->len, off;

	if (in > text->input_len)
		return text->len;
	k = ws_search(text->edits, text->nedits, sizeof *text->edits, in, edit_starts_by_input);
	if (k > 0) {
		s_off = text->edits[k - 1].s_off;
		in_off = text->edits[k - 1].in_off;
	}
	if (k < text->nedits)
		end = text->edits[k].s_off;
	off = s_off + (in - in_off);
	return off < end ? off : end;
}

size_t
ws_utf8_next(const unsigned char *p, const unsigned char *end, int *valid)
{
	size_t bad = 1, n;

	if (p >= end)
		return 0;
	n = utf8_step(p, end, &bad);
	if (valid != NULL)
		*valid = n > 0;
	return n > 0 ? n : bad;
}

void
ws_text_free(struct ws_text *text)
{
	if (text == NULL)
		return;
	/* s shares the input buffer when the input needed no cleaning. */
	if (text->s != NULL && (text->s < text->input ||
	    text->s > text->input + text->input_len))
		free(text->s);
	free(text->input);
	free(text->edits);
	free(text->name);
	free(text);
}

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "jsonld.h"
#include "whosaid/xmalloc.h"

#define KEY_MAX 32

struct frame {
	int array;
	int want_key;			/* objects: the next string is a key */
	int org;			/* its @type names an Organization */
	char key[KEY_MAX];		/* objects: the key whose value comes next */
	char owner[KEY_MAX];		/* the key this container is the value of */
	char *name;			/* its "name" (owned), for the Organization fallback */
};

struct scan {
	struct jsonld *ld;
	struct frame st[JSONLD_DEPTH];
	int depth;
	char buf[JSONLD_VALUE_MAX + 8];
	size_t blen;
};

void
jsonld_init(struct jsonld *ld)
{
	memset(ld, 0, sizeof *ld);
}

static char *
copy(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static void
set_first(char **slot, const char *s, size_t n)
{
	if (*slot == NULL && n > 0)
		*slot = copy(s, n);
}

static void
put_utf8(struct scan *sc, unsigned long cp)
{
	unsigned char u[4];
	size_t k;

	if (cp == 0)
		return;
	if (cp < 0x80) {
		u[0] = (unsigned char)cp, k = 1;
	} else if (cp < 0x800) {
		u[0] = (unsigned char)(0xc0 | cp >> 6);
		u[1] = (unsigned char)(0x80 | (cp & 0x3f)), k = 2;
	} else if (cp < 0x10000) {
		u[0] = (unsigned char)(0xe0 | cp >> 12);
		u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		u[2] = (unsigned char)(0x80 | (cp & 0x3f)), k = 3;
	} else {
		u[0] = (unsigned char)(0xf0 | cp >> 18);
		u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
		u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		u[3] = (unsigned char)(0x80 | (cp & 0x3f)), k = 4;
	}
	if (sc->blen + k <= JSONLD_VALUE_MAX) {
		memcpy(sc->buf + sc->blen, u, k);
		sc->blen += k;
	}
}

static long
hex4(const char *p, const char *end)
{
	long v = 0;

	if (end - p < 4)
		return -1;
	for (int i = 0; i < 4; i++) {
		char c = p[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= c - '0';
		else if (c >= 'a' && c <= 'f')
			v |= c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			v |= c - 'A' + 10;
		else
			return -1;
	}
	return v;
}

/* A \u escape at p (after the backslash-u); returns the end of it. */
static const char *
read_u(struct scan *sc, const char *p, const char *end)
{
	long hi = hex4(p, end), lo;

	if (hi < 0)
		return NULL;
	p += 4;
	if (hi >= 0xd800 && hi < 0xdc00 && end - p >= 6 && p[0] == '\\' && p[1] == 'u' &&
	    (lo = hex4(p + 2, end)) >= 0xdc00 && lo < 0xe000) {
		put_utf8(sc, 0x10000 + (((unsigned long)hi - 0xd800) << 10) +
		    ((unsigned long)lo - 0xdc00));
		return p + 6;
	}
	put_utf8(sc, hi >= 0xd800 && hi < 0xe000 ? 0xfffd : (unsigned long)hi);
	return p;
}

/*
 * The articleBody string at p (at its opening quote), kept whole up to
 * JSONLD_BODY_MAX bytes; escapes other than \n and \" are rare in it and
 * read as by read_string.  Returns the end, or NULL if unreadable.
 */
static const char *
read_body(struct scan *sc, const char *p, const char *end)
{
	struct jsonld *ld = sc->ld;
	size_t cap = (size_t)(end - p) < JSONLD_BODY_MAX ? (size_t)(end - p) : JSONLD_BODY_MAX;
	char *body = xmalloc(cap + 1);
	size_t n = 0;

	for (p++; p < end; p++) {
		char c = *p;

		if (c == '"') {
			body[n] = '\0';
			ld->body = body;
			ld->body_len = n;
			return p + 1;
		}
		if (c == '\\') {
			if (++p == end)
				break;
			switch (*p) {
			case 'n': case 'r':
				c = '\n';
				break;
			case 't': case 'b': case 'f':
				c = ' ';
				break;
			case 'u':
				/* a short detour through the value buffer */
				sc->blen = 0;
				if ((p = read_u(sc, p + 1, end)) == NULL)
					goto fail;
				p--;
				if (n + sc->blen <= cap) {
					memcpy(body + n, sc->buf, sc->blen);
					n += sc->blen;
				}
				continue;
			default:
				c = *p;
				break;
			}
		}
		if (n < cap)
			body[n++] = c;
	}
fail:
	free(body);
	return NULL;
}

/* The string at p (at its opening quote) into sc->buf; NULL if unreadable. */
static const char *
read_string(struct scan *sc, const char *p, const char *end)
{
	sc->blen = 0;
	for (p++; p < end; p++) {
		char c = *p;

		if (c == '"') {
			sc->buf[sc->blen] = '\0';
			return p + 1;
		}
		if (c != '\\') {
			if (sc->blen < JSONLD_VALUE_MAX)
				sc->buf[sc->blen++] = c;
			continue;
		}
		if (++p == end)
			return NULL;
		switch (*p) {
		case 'u':
			if ((p = read_u(sc, p + 1, end)) == NULL)
				return NULL;
			p--;
			continue;
		case 'n': case 't': case 'r': case 'b': case 'f':
			c = ' ';
			break;
		default:
			c = *p;	/* \" \\ \/ and anything else as itself */
			break;
		}
		if (sc->blen < JSONLD_VALUE_MAX)
			sc->buf[sc->blen++] = c;
	}
	return NULL;
}

static void
add_author(struct jsonld *ld, const char *s, size_t n)
{
	if (n == 0 || strncmp(s, "http", 4) == 0 || ld->nauthors == JSONLD_AUTHORS_MAX)
		return;
	for (size_t i = 0; i < ld->nauthors; i++)
		if (strcmp(ld->author[i], s) == 0)
			return;
	ld->author[ld->nauthors++] = copy(s, n);
}

static int
is_author_key(const char *key)
{
	return strcmp(key, "author") == 0 || strcmp(key, "creator") == 0;
}

/* A string value, judged by where it sits. */
static void
value(struct scan *sc)
{
	struct jsonld *ld = sc->ld;
	struct frame *f = &sc->st[sc->depth - 1];
	const char *s = sc->buf;
	size_t n = sc->blen;

	if (f->array) {
		if (is_author_key(f->owner))
			add_author(ld, s, n);
		else if (strcmp(f->owner, "@type") == 0 && strstr(s, "Organization") != NULL &&
		    sc->depth >= 2)
			sc->st[sc->depth - 2].org = 1;
		return;
	}
	if (strcmp(f->key, "headline") == 0)
		set_first(&ld->headline, s, n);
	else if (strcmp(f->key, "datePublished") == 0)
		set_first(&ld->date, s, n);
	else if (strcmp(f->key, "dateCreated") == 0)
		set_first(&ld->created, s, n);
	else if (is_author_key(f->key))
		add_author(ld, s, n);
	else if (strcmp(f->key, "@type") == 0 && strstr(s, "Organization") != NULL)
		f->org = 1;
	else if (strcmp(f->key, "name") == 0) {
		if (is_author_key(f->owner))
			add_author(ld, s, n);
		else if (strcmp(f->owner, "publisher") == 0)
			set_first(&ld->publisher, s, n);
		set_first(&f->name, s, n);
	}
}

static int
push(struct scan *sc, int array)
{
	struct frame *f, *up;

	if (sc->depth == JSONLD_DEPTH)
		return -1;
	f = &sc->st[sc->depth++];
	memset(f, 0, sizeof *f);
	f->array = array;
	f->want_key = !array;
	if (sc->depth >= 2) {
		up = &sc->st[sc->depth - 2];
		memcpy(f->owner, up->array ? up->owner : up->key, KEY_MAX);
	}
	return 0;
}

static void
pop(struct scan *sc)
{
	struct frame *f = &sc->st[--sc->depth];

	if (f->org && f->name != NULL && sc->ld->organization == NULL) {
		sc->ld->organization = f->name;
		f->name = NULL;
	}
	free(f->name);
	f->name = NULL;
}

static void
set_key(struct frame *f, const char *s, size_t n)
{
	if (n >= KEY_MAX)
		n = KEY_MAX - 1;
	memcpy(f->key, s, n);
	f->key[n] = '\0';
	f->want_key = 0;
}

void
jsonld_scan(struct jsonld *ld, const char *s, size_t n)
{
	struct scan *sc = xcalloc(1, sizeof *sc);
	const char *p = s, *end = s + n;

	sc->ld = ld;
	while (p < end) {
		struct frame *top = sc->depth > 0 ? &sc->st[sc->depth - 1] : NULL;

		switch (*p) {
		case '{': case '[':
			if (push(sc, *p == '[') < 0)
				goto out;
			p++;
			break;
		case '}': case ']':
			if (top == NULL)
				goto out;
			pop(sc);
			p++;
			break;
		case ',':
			if (top != NULL && !top->array)
				top->want_key = 1;
			p++;
			break;
		case '"':
			if (top != NULL && !top->array && !top->want_key && ld->body == NULL &&
			    strcmp(top->key, "articleBody") == 0) {
				if ((p = read_body(sc, p, end)) == NULL)
					goto out;
				break;
			}
			if ((p = read_string(sc, p, end)) == NULL)
				goto out;
			if (top == NULL)
				break;
			if (!top->array && top->want_key)
				set_key(top, sc->buf, sc->blen);
			else
				value(sc);
			break;
		default:
			/* white space, ':', numbers, true, false, null */
			p++;
			break;
		}
	}
out:
	while (sc->depth > 0)
		pop(sc);
	free(sc);
}

void
jsonld_finish(struct jsonld *ld)
{
	size_t len = 0;

	if (ld->date == NULL && ld->created != NULL)
		ld->date = ld->created, ld->created = NULL;
	if (ld->publisher == NULL && ld->organization != NULL)
		ld->publisher = ld->organization, ld->organization = NULL;
	if (ld->nauthors == 0 || ld->authors != NULL)
		return;
	for (size_t i = 0; i < ld->nauthors; i++)
		len += strlen(ld->author[i]) + 5;
	ld->authors = xmalloc(len + 1);
	ld->authors[0] = '\0';
	for (size_t i = 0; i < ld->nauthors; i++) {
		if (i > 0)
			strcat(ld->authors, i + 1 == ld->nauthors ? " and " : ", ");
		strcat(ld->authors, ld->author[i]);
	}
}

void
jsonld_free(struct jsonld *ld)
{
	free(ld->headline);
	free(ld->authors);
	free(ld->date);
	free(ld->publisher);
	free(ld->body);
	for (size_t i = 0; i < ld->nauthors; i++)
		free(ld->author[i]);
	free(ld->created);
	free(ld->organization);
	memset(ld, 0, sizeof *ld);
}

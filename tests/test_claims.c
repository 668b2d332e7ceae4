/*
 * The claim cases: tests/claims/NAME.txt, each a few short texts and the
 * claims, people and outlets the engine should find in them
 * (tests/claims/README says how to write one).
 *
 *	test_claims [FILE...]
 *
 * Runs the cases of each FILE or, when none is given, of every
 * tests/claims/NAME.txt under $WS_SRCDIR (or the current directory).  Each unmet
 * expectation is reported as FILE:LINE and a diff of the line as written
 * ("-") against what the engine found ("+"); a failed case then shows
 * everything the engine found, written as expectations.  Exit status 0
 * when every case passes, 1 otherwise (a malformed file fails too).
 *
 * A case is read whole (its text and its expectation lines), then its text
 * is analysed and the expectations checked in the order written.  Each
 * top-level expectation ("claim: …", "people: 2") may be followed by
 * indented fields ("  cue: said") that belong to it; the tables below say
 * which.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <glob.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "whosaid/analyze.h"
#include "whosaid/segment.h"
#include "whosaid/text.h"

/* One line of expectation: "key: value", indented or not. */
struct expect {
	unsigned lineno;
	int indented;
	char *key;
	char *value;
};

/* A case as read: its text and its expectations.  Owns every string. */
struct claim_case {
	const char *file;	/* borrowed */
	unsigned lineno;	/* of its "case:" line */
	char *name;
	char *text;
	size_t len, cap;
	struct expect *expects;
	size_t nexpects, capexpects;
	int expecting;		/* an expectation was read: no more text */
};

/* What a case is checked against while its expectations run. */
struct run {
	const struct claim_case *cc;
	const struct ws_text *text;
	const struct ws_analysis *an;
	const struct expect *item;	/* the claim:, person: or outlet: line checked */
	int failed;
};

static unsigned ncases, nfailed;
static struct ws_lexicon *lexicon;	/* the built-in one, for every case */

static void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (p == NULL) {
		fputs("test_claims: out of memory\n", stderr);
		exit(99);
	}
	return p;
}

/* ---- Reporting ---------------------------------------------------- */

/* "FILE:LINE: message", the start of every report. */
static void __attribute__((format(printf, 3, 4)))
report(struct run *r, unsigned lineno, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s:%u: ", r->cc->file, lineno);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	r->failed = 1;
}

/* A value as written in a case: white space runs shown as one space. */
static void
put_collapsed(FILE *f, const char *s, size_t n)
{
	int space = 0;

	for (size_t i = 0; i < n; i++) {
		if (isspace((unsigned char)s[i])) {
			space = 1;
			continue;
		}
		if (space)
			fputc(' ', f);
		space = 0;
		fputc(s[i], f);
	}
	if (space)
		fputc(' ', f);
}

/*
 * An expectation not met, as a diff: the line as written, then as found,
 * under a headline naming it ("speaker of claim "The port …"").
 */
static void
diff(struct run *r, const struct expect *e, const char *got, size_t ngot)
{
	if (e->indented && r->item != NULL)
		report(r, e->lineno, "%s of %s \"%s\"", e->key, r->item->key, r->item->value);
	else
		report(r, e->lineno, "%s", e->key);
	fprintf(stderr, "-\t%s%s: %s\n+\t%s%s: ", e->indented ? "  " : "", e->key, e->value,
		e->indented ? "  " : "", e->key);
	put_collapsed(stderr, got, ngot);
	fputc('\n', stderr);
}

static const char *const kind_names[] = {
	[WS_CLAIM_DIRECT] = "direct",
	[WS_CLAIM_INDIRECT] = "indirect",
	[WS_CLAIM_MIXED] = "mixed",
};

static const char *const gender_names[] = {
	[WS_GENDER_UNKNOWN] = "unknown",
	[WS_GENDER_MALE] = "male",
	[WS_GENDER_FEMALE] = "female",
};

#define SPAN_LEN(sp) ((size_t)(sp).end - (size_t)(sp).start)

static void
dump_span(const struct run *r, const char *key, size_t start, size_t len)
{
	fprintf(stderr, "\t  %s: ", key);
	if (len == 0)
		fputs("none", stderr);
	put_collapsed(stderr, r->text->s + start, len);
	fputc('\n', stderr);
}

/* Everything the engine found, written as a case's expectations. */
static void
dump_analysis(const struct run *r)
{
	const struct ws_analysis *an = r->an;

	fprintf(stderr, "%s:%u: case \"%s\" failed; the engine found:\n", r->cc->file,
		r->cc->lineno, r->cc->name);
	for (size_t i = 0; i < an->nclaims; i++) {
		const struct ws_claim *c = &an->claims[i];

		fputs("\tclaim: ", stderr);
		put_collapsed(stderr, r->text->s + c->content.start, SPAN_LEN(c->content));
		fputc('\n', stderr);
		dump_span(r, "cue", c->cue.start, SPAN_LEN(c->cue));
		dump_span(r, "by", c->by.start, SPAN_LEN(c->by));
		dump_span(r, "via", c->via.start, SPAN_LEN(c->via));
		fprintf(stderr, "\t  speaker: %s\n\t  outlet: %s\n\t  kind: %s\n",
			c->speaker != WS_NONE ? an->people[c->speaker].name : "none",
			c->outlet != WS_NONE ? an->outlets[c->outlet].name : "none",
			kind_names[c->kind]);
	}
	for (size_t i = 0; i < an->npeople; i++)
		fprintf(stderr, "\tperson: %s\n\t  role: %s\n\t  gender: %s\n\t  mentions: %zu\n",
			an->people[i].name, an->people[i].role ? an->people[i].role : "none",
			gender_names[an->people[i].gender], an->people[i].nmentions);
	for (size_t i = 0; i < an->noutlets; i++)
		fprintf(stderr, "\toutlet: %s\n\t  id: %s\n\t  mentions: %zu\n",
			an->outlets[i].name, an->outlets[i].id, an->outlets[i].nmentions);
}

/* ---- Comparing ---------------------------------------------------- */

/* Equal, when every run of white space on either side counts as one space. */
static int
same_words(const char *a, size_t na, const char *b, size_t nb)
{
	size_t i = 0, j = 0;

	while (i < na && j < nb) {
		int sa = isspace((unsigned char)a[i]), sb = isspace((unsigned char)b[j]);

		if (sa != sb)
			return 0;
		if (sa) {
			while (i < na && isspace((unsigned char)a[i]))
				i++;
			while (j < nb && isspace((unsigned char)b[j]))
				j++;
			continue;
		}
		if (a[i++] != b[j++])
			return 0;
	}
	return i == na && j == nb;
}

static int
is_none(const char *v)
{
	return strcmp(v, "none") == 0;
}

static int
is_any(const char *v)
{
	return strcmp(v, "*") == 0;
}

/* A count: digits only.  -1 if not one. */
static long
count_of(const char *v)
{
	char *end;
	long n;

	if (!isdigit((unsigned char)*v))
		return -1;
	errno = 0;
	n = strtol(v, &end, 10);
	return *end != '\0' || errno != 0 ? -1 : n;
}

/* The claim of that content; "*" is the first claim, whatever its content. */
static const struct ws_claim *
find_claim(const struct run *r, const char *content)
{
	if (is_any(content))
		return r->an->nclaims ? &r->an->claims[0] : NULL;
	for (size_t i = 0; i < r->an->nclaims; i++) {
		const struct ws_claim *c = &r->an->claims[i];

		if (same_words(r->text->s + c->content.start, SPAN_LEN(c->content), content,
			       strlen(content)))
			return c;
	}
	return NULL;
}

static const struct ws_person *
find_person(const struct run *r, const char *name)
{
	for (size_t i = 0; i < r->an->npeople; i++)
		if (strcmp(r->an->people[i].name, name) == 0)
			return &r->an->people[i];
	return NULL;
}

static const struct ws_outlet *
find_outlet(const struct run *r, const char *name)
{
	for (size_t i = 0; i < r->an->noutlets; i++)
		if (strcmp(r->an->outlets[i].name, name) == 0)
			return &r->an->outlets[i];
	return NULL;
}

/* A field against what was found; "*" matches anything, "none" nothing. */
static void
check_text(struct run *r, const struct expect *e, const char *got, size_t ngot)
{
	const char *want = e->value;

	if (is_any(want))
		return;
	if (is_none(want) ? ngot == 0 : same_words(got, ngot, want, strlen(want)))
		return;
	diff(r, e, ngot ? got : "none", ngot ? ngot : 4);
}

static void
check_count(struct run *r, const struct expect *e, size_t got)
{
	long want = count_of(e->value);
	char buf[32];

	if (want < 0) {
		report(r, e->lineno, "%s: \"%s\" is not a count", e->key, e->value);
		return;
	}
	if ((size_t)want == got)
		return;
	snprintf(buf, sizeof buf, "%zu", got);
	diff(r, e, buf, strlen(buf));
}

static void
check_name(struct run *r, const struct expect *e, const char *const *names, size_t nnames,
	   unsigned got)
{
	for (size_t i = 0; i < nnames; i++)
		if (names[i] != NULL && strcmp(names[i], e->value) == 0) {
			if (i != got)
				diff(r, e, names[got], strlen(names[got]));
			return;
		}
	report(r, e->lineno, "%s: \"%s\" is none of its values", e->key, e->value);
}

/* ---- The expectations, a table each ------------------------------ */

/*
 * A top-level expectation and its indented fields (e[1..n-1]).  The item
 * (claim, person, outlet) is NULL when the top line found none: its
 * fields are then not checked.
 */
struct field {
	const char *key;
	void (*check)(struct run *r, const struct expect *e, const void *item);
	int unwritten_is_none;	/* a claim field left out means "none" */
};

static const char *
text_of(const struct run *r, size_t start)
{
	return r->text->s + start;
}

static void
field_cue(struct run *r, const struct expect *e, const void *item)
{
	const struct ws_claim *c = item;

	check_text(r, e, text_of(r, c->cue.start), SPAN_LEN(c->cue));
}

static void
field_by(struct run *r, const struct expect *e, const void *item)
{
	const struct ws_claim *c = item;

	check_text(r, e, text_of(r, c->by.start), SPAN_LEN(c->by));
}

static void
field_via(struct run *r, const struct expect *e, const void *item)
{
	const struct ws_claim *c = item;

	check_text(r, e, text_of(r, c->via.start), SPAN_LEN(c->via));
}

static void
check_index_name(struct run *r, const struct expect *e, const char *name)
{
	check_text(r, e, name ? name : "", name ? strlen(name) : 0);
}

static void
field_speaker(struct run *r, const struct expect *e, const void *item)
{
	const struct ws_claim *c = item;

	check_index_name(r, e, c->speaker != WS_NONE ? r->an->people[c->speaker].name : NULL);
}

static void
field_claim_outlet(struct run *r, const struct expect *e, const void *item)
{
	const struct ws_claim *c = item;

	check_index_name(r, e, c->outlet != WS_NONE ? r->an->outlets[c->outlet].name : NULL);
}

static void
field_kind(struct run *r, const struct expect *e, const void *item)
{
	const struct ws_claim *c = item;

	check_name(r, e, kind_names, sizeof kind_names / sizeof *kind_names, c->kind);
}

static void
field_role(struct run *r, const struct expect *e, const void *item)
{
	const struct ws_person *p = item;

	check_index_name(r, e, p->role);
}

static void
field_gender(struct run *r, const struct expect *e, const void *item)
{
	const struct ws_person *p = item;

	check_name(r, e, gender_names, sizeof gender_names / sizeof *gender_names,
		   p->gender);
}

static void
field_person_mentions(struct run *r, const struct expect *e, const void *item)
{
	check_count(r, e, ((const struct ws_person *)item)->nmentions);
}

static void
field_person_claims(struct run *r, const struct expect *e, const void *item)
{
	check_count(r, e, ((const struct ws_person *)item)->nclaims);
}

static void
field_person_id(struct run *r, const struct expect *e, const void *item)
{
	check_index_name(r, e, ((const struct ws_person *)item)->id);
}

static void
field_outlet_mentions(struct run *r, const struct expect *e, const void *item)
{
	check_count(r, e, ((const struct ws_outlet *)item)->nmentions);
}

static void
field_outlet_claims(struct run *r, const struct expect *e, const void *item)
{
	check_count(r, e, ((const struct ws_outlet *)item)->nclaims);
}

static void
field_outlet_id(struct run *r, const struct expect *e, const void *item)
{
	check_index_name(r, e, ((const struct ws_outlet *)item)->id);
}

static const struct field claim_fields[] = {
	{ "cue", field_cue, 1 },
	{ "by", field_by, 1 },
	{ "via", field_via, 0 },
	{ "speaker", field_speaker, 1 },
	{ "outlet", field_claim_outlet, 1 },
	{ "kind", field_kind, 0 },
	{ NULL, NULL, 0 },
};

static const struct field person_fields[] = {
	{ "role", field_role, 0 },
	{ "gender", field_gender, 0 },
	{ "mentions", field_person_mentions, 0 },
	{ "claims", field_person_claims, 0 },
	{ "id", field_person_id, 0 },
	{ NULL, NULL, 0 },
};

static const struct field outlet_fields[] = {
	{ "id", field_outlet_id, 0 },
	{ "mentions", field_outlet_mentions, 0 },
	{ "claims", field_outlet_claims, 0 },
	{ NULL, NULL, 0 },
};

static const struct field no_fields[] = {
	{ NULL, NULL, 0 },
};

/* The item a top-level line names, or NULL (reported) if none. */
static const void *
top_claim(struct run *r, const struct expect *e)
{
	const void *c = find_claim(r, e->value);

	if (c == NULL)
		report(r, e->lineno, "no claim \"%s\"", e->value);
	return c;
}

static const void *
top_no_claim(struct run *r, const struct expect *e)
{
	if (find_claim(r, e->value) != NULL)
		report(r, e->lineno, "a claim \"%s\", want none", e->value);
	return NULL;
}

static const void *
top_claims(struct run *r, const struct expect *e)
{
	check_count(r, e, r->an->nclaims);
	return NULL;
}

static const void *
top_person(struct run *r, const struct expect *e)
{
	const void *p = find_person(r, e->value);

	if (p == NULL)
		report(r, e->lineno, "no person \"%s\"", e->value);
	return p;
}

static const void *
top_no_person(struct run *r, const struct expect *e)
{
	if (find_person(r, e->value) != NULL)
		report(r, e->lineno, "a person \"%s\", want none", e->value);
	return NULL;
}

static const void *
top_people(struct run *r, const struct expect *e)
{
	check_count(r, e, r->an->npeople);
	return NULL;
}

static const void *
top_outlet(struct run *r, const struct expect *e)
{
	const void *o = find_outlet(r, e->value);

	if (o == NULL)
		report(r, e->lineno, "no outlet \"%s\"", e->value);
	return o;
}

static const void *
top_outlets(struct run *r, const struct expect *e)
{
	check_count(r, e, r->an->noutlets);
	return NULL;
}

static const struct {
	const char *key;
	const void *(*check)(struct run *r, const struct expect *e);
	const struct field *fields;
} expectations[] = {
	{ "claim", top_claim, claim_fields },
	{ "no claim", top_no_claim, no_fields },
	{ "claims", top_claims, no_fields },
	{ "person", top_person, person_fields },
	{ "no person", top_no_person, no_fields },
	{ "people", top_people, no_fields },
	{ "outlet", top_outlet, outlet_fields },
	{ "outlets", top_outlets, no_fields },
};

#define NEXPECTATIONS (sizeof expectations / sizeof *expectations)

/* Key i of n onto buf as a list: "claim:, claims: or people:". */
static void
list_key(char *buf, size_t size, size_t i, size_t n, const char *key)
{
	size_t len = i == 0 ? 0 : strlen(buf);

	snprintf(buf + len, size - len, "%s%s:", i == 0 ? "" : i + 1 == n ? " or " : ", ", key);
}

static size_t
nfields(const struct field *f)
{
	size_t n = 0;

	while (f[n].key != NULL)
		n++;
	return n;
}

/* The indented fields e[1..n-1] of a top line, and those left out. */
static void
check_fields(struct run *r, const struct expect *e, size_t n, const struct field *fields,
	     const void *item)
{
	char keys[256];

	for (size_t i = 1; i < n; i++) {
		const struct field *f = fields;

		while (f->key != NULL && strcmp(f->key, e[i].key) != 0)
			f++;
		if (f->key == NULL) {
			for (size_t k = 0; k < nfields(fields); k++)
				list_key(keys, sizeof keys, k, nfields(fields), fields[k].key);
			report(r, e[i].lineno, "\"%s:\" cannot follow \"%s:\" (%s)", e[i].key,
			       e->key, nfields(fields) ? keys : "nothing can");
		} else if (item != NULL) {
			f->check(r, &e[i], item);
		}
	}
	if (item == NULL)
		return;
	for (const struct field *f = fields; f->key != NULL; f++) {
		size_t i = 1;

		while (i < n && strcmp(e[i].key, f->key) != 0)
			i++;
		if (i == n && f->unwritten_is_none) {
			char key[16], value[] = "none";
			struct expect none = { e->lineno, 1, key, value };

			snprintf(key, sizeof key, "%s", f->key);
			f->check(r, &none, item);
		}
	}
}

/* Check a case's expectations against its analysis. */
static void
check_case(struct run *r)
{
	const struct claim_case *cc = r->cc;
	char keys[256];

	for (size_t i = 0; i < cc->nexpects;) {
		const struct expect *e = &cc->expects[i];
		size_t n = 1, k = 0;

		while (i + n < cc->nexpects && cc->expects[i + n].indented)
			n++;
		while (k < NEXPECTATIONS && strcmp(expectations[k].key, e->key) != 0)
			k++;
		if (e->indented || k == NEXPECTATIONS) {
			for (size_t j = 0; j < NEXPECTATIONS; j++)
				list_key(keys, sizeof keys, j, NEXPECTATIONS, expectations[j].key);
			report(r, e->lineno, "\"%s:\" is not an expectation (%s, each at the "
			       "start of its line)", e->key, keys);
		} else {
			r->item = e;
			check_fields(r, e, n, expectations[k].fields, expectations[k].check(r, e));
		}
		i += n;
	}
}

/* ---- Reading ------------------------------------------------------ */

static void
case_free(struct claim_case *cc)
{
	for (size_t i = 0; i < cc->nexpects; i++) {
		free(cc->expects[i].key);
		free(cc->expects[i].value);
	}
	free(cc->expects);
	free(cc->text);
	free(cc->name);
	memset(cc, 0, sizeof *cc);
}

/* Analyse a case's text and check it; count it. */
static void
run_case(struct claim_case *cc)
{
	struct run r = { .cc = cc };
	struct ws_text *text = NULL;
	struct ws_doc *doc = NULL;
	struct ws_analysis *an = NULL;
	struct ws_error err;

	ncases++;
	if (ws_text_from_bytes(cc->name, cc->text ? cc->text : "", cc->len, 0, &text, &err) < 0 ||
	    ws_segment(text, lexicon, &doc, &err) < 0 || ws_analyze(doc, lexicon, &an, &err) < 0) {
		report(&r, cc->lineno, "case \"%s\": %s", cc->name, err.msg);
	} else {
		r.text = text;
		r.an = an;
		if (cc->len == 0)
			report(&r, cc->lineno, "case \"%s\" has no text (lines starting \">\")",
			       cc->name);
		check_case(&r);
		if (r.failed)
			dump_analysis(&r);
	}
	nfailed += r.failed;
	ws_analysis_free(an);
	ws_doc_free(doc);
	ws_text_free(text);
}

/* A line of text: "> words" or ">" alone for an empty line. */
static void
add_text(struct claim_case *cc, const char *line)
{
	size_t n;

	line += line[1] == ' ' ? 2 : 1;
	n = strlen(line);
	if (cc->len + n + 2 > cc->cap) {
		cc->cap = (cc->len + n + 2) * 2;
		cc->text = xrealloc(cc->text, cc->cap);
	}
	memcpy(cc->text + cc->len, line, n);
	cc->len += n;
	cc->text[cc->len++] = '\n';
	cc->text[cc->len] = '\0';
}

static char *
trimmed(const char *s, size_t n)
{
	char *t;

	while (n > 0 && isspace((unsigned char)*s))
		s++, n--;
	while (n > 0 && isspace((unsigned char)s[n - 1]))
		n--;
	t = xrealloc(NULL, n + 1);
	memcpy(t, s, n);
	t[n] = '\0';
	return t;
}

/* "key: value" (indented or not); 0 if the line has no colon. */
static int
add_expect(struct claim_case *cc, const char *line, unsigned lineno)
{
	const char *colon = strchr(line, ':');
	struct expect *e;

	if (colon == NULL)
		return 0;
	if (cc->nexpects == cc->capexpects) {
		cc->capexpects = cc->capexpects ? cc->capexpects * 2 : 16;
		cc->expects = xrealloc(cc->expects, cc->capexpects * sizeof *cc->expects);
	}
	e = &cc->expects[cc->nexpects++];
	e->lineno = lineno;
	e->indented = isspace((unsigned char)line[0]);
	e->key = trimmed(line, (size_t)(colon - line));
	e->value = trimmed(colon + 1, strlen(colon + 1));
	cc->expecting = 1;
	return 1;
}

static int
blank(const char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	return *s == '\0';
}

/*
 * One line of a case file, into the case being read.  Returns -1 (after
 * a message) for a line that is none of: blank, "# comment",
 * "case: name", "> text", "key: value".
 */
static int
read_line(struct claim_case *cc, const char *file, char *line, unsigned lineno)
{
	const char *why = NULL;

	if (blank(line) || line[0] == '#')
		return 0;
	if (strncmp(line, "case:", 5) == 0) {
		if (cc->name != NULL)
			run_case(cc);
		case_free(cc);
		cc->file = file;
		cc->lineno = lineno;
		cc->name = trimmed(line + 5, strlen(line + 5));
		return 0;
	}
	if (cc->name == NULL)
		why = "comes before the first \"case:\"";
	else if (line[0] == '>' && cc->expecting)
		why = "is text after the expectations: a case's text comes first";
	else if (line[0] == '>')
		add_text(cc, line);
	else if (!add_expect(cc, line, lineno))
		why = "is none of \"case: name\", \"> text\", \"key: value\" or \"# comment\"";
	if (why == NULL)
		return 0;
	fprintf(stderr, "%s:%u: this line %s\n", file, lineno, why);
	return -1;
}

/* Run every case of a file; -1 if it cannot be read or is malformed. */
static int
run_file(const char *file)
{
	struct claim_case cc = { 0 };
	FILE *f = fopen(file, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	unsigned lineno = 0;
	int rc = 0;

	if (f == NULL) {
		fprintf(stderr, "test_claims: cannot open %s: %s\n", file, strerror(errno));
		return -1;
	}
	while (rc == 0 && (n = getline(&line, &cap, f)) >= 0) {
		lineno++;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			line[--n] = '\0';
		rc = read_line(&cc, file, line, lineno);
	}
	if (rc == 0 && cc.name != NULL)
		run_case(&cc);
	case_free(&cc);
	free(line);
	fclose(f);
	return rc;
}

int
main(int argc, char **argv)
{
	const char *srcdir = getenv("WS_SRCDIR");
	char pattern[4096];
	glob_t g = { 0 };
	struct ws_error err;
	int bad = 0;

	if (ws_lexicon_builtin(&lexicon, &err) < 0) {
		fprintf(stderr, "test_claims: %s\n", err.msg);
		return 1;
	}
	if (argc > 1) {
		for (int i = 1; i < argc; i++)
			bad |= run_file(argv[i]) < 0;
	} else {
		snprintf(pattern, sizeof pattern, "%s/tests/claims/*.txt", srcdir ? srcdir : ".");
		if (glob(pattern, 0, NULL, &g) != 0) {
			fprintf(stderr, "test_claims: no case file matches %s\n", pattern);
			ws_lexicon_free(lexicon);
			return 1;
		}
		for (size_t i = 0; i < g.gl_pathc; i++)
			bad |= run_file(g.gl_pathv[i]) < 0;
		globfree(&g);
	}
	ws_lexicon_free(lexicon);
	printf("%u cases, %u failed%s\n", ncases, nfailed, bad ? "; a file is malformed" : "");
	return bad || nfailed ? 1 : 0;
}

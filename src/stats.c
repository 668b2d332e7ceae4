/*
 * stats: claim counts per outlet and speaker over many articles.
 *
 * Entries are kept in arrays that grow by doubling, found by id through a
 * hash table of their indices: a run over many articles, or one article
 * with thousands of people, counts in time linear in its claims.
 */
#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <uninorm.h>

#include "whosaid/stats.h"
#include "whosaid/xmalloc.h"
#include "export_put.h"

static int
credit_cmp(const void *a, const void *b)
{
	const struct ws_credit *x = a, *y = b;

	if (x->speaker != y->speaker)
		return x->speaker < y->speaker ? -1 : 1;
	return x->outlet < y->outlet ? -1 : x->outlet > y->outlet;
}

/*
 * The credits of the claims: a pair of speaker and outlet each, with its
 * count.  A run of claims of one pair (a speaker's quotations one after
 * another, the pieces of one over many paragraphs) is counted as it
 * comes, so that the array holds an entry a run, not a claim (issue 17:
 * 24 bytes a piece of 20 made the HTML export 8.2 times its input).
 */
struct ws_credit *
ws_stats_credits(const struct ws_analysis *an, size_t *n)
{
	struct ws_credit *cr = NULL;
	size_t all = 0, cap = 0;

	*n = 0;
	for (size_t i = 0; i < an->nclaims; i++) {
		struct ws_credit c = { an->claims[i].speaker, an->claims[i].outlet, 1 };

		if (c.speaker >= an->npeople)
			continue;
		if (all > 0 && credit_cmp(&cr[all - 1], &c) == 0) {
			cr[all - 1].nclaims++;
			continue;
		}
		xgrow_gently(&cr, &cap, all + 1, sizeof *cr);
		cr[all++] = c;
	}
	if (cr == NULL)
		cr = xreallocarray(NULL, 1, sizeof *cr);
	qsort(cr, all, sizeof *cr, credit_cmp);
	for (size_t i = 0; i < all; i++) {
		if (*n > 0 && credit_cmp(&cr[*n - 1], &cr[i]) == 0)
			cr[*n - 1].nclaims += cr[i].nclaims;
		else
			cr[(*n)++] = cr[i];
	}
	return cr;
}

void
ws_stats_percents(const size_t *counts, size_t n, unsigned *percent)
{
	size_t total = 0, given = 0;

	for (size_t i = 0; i < n; i++)
		total += counts[i];
	for (size_t i = 0; i < n; i++) {
		percent[i] = total > 0 ? (unsigned)(counts[i] * 100 / total) : 0;
		given += percent[i];
	}
	/* The points left over, one each, to the largest remainders (at most n of them). */
	while (total > 0 && given < 100) {
		size_t best = 0, best_rem = 0;

		for (size_t i = 0; i < n; i++) {
			size_t rem = counts[i] * 100 - percent[i] * total;

			/* An entry already rounded up has no remainder left to count. */
			if (rem > best_rem && rem < total) {
				best = i;
				best_rem = rem;
			}
		}
		if (best_rem == 0)
			break;
		percent[best]++;
		given++;
	}
}

struct ws_legend_entry *
ws_stats_legend(const struct ws_analysis *an, size_t *n)
{
	struct ws_legend_entry *e = xreallocarray(NULL, an->noutlets + 2, sizeof *e);
	size_t *counts = xcalloc(an->noutlets + 2, sizeof *counts);
	unsigned *percent = xreallocarray(NULL, an->noutlets + 2, sizeof *percent);
	size_t person = an->noutlets, no_one = an->noutlets + 1;

	*n = 0;
	for (size_t i = 0; i < an->nclaims; i++) {
		const struct ws_claim *c = &an->claims[i];

		counts[c->outlet < an->noutlets ? c->outlet : c->speaker < an->npeople ? person : no_one]++;
	}
	ws_stats_percents(counts, an->noutlets + 2, percent);
	for (size_t i = 0; i < an->noutlets + 2; i++)
		if (counts[i] > 0)
			e[(*n)++] = (struct ws_legend_entry){
				i < person ? WS_LEGEND_OUTLET : i == person ? WS_LEGEND_PERSON : WS_LEGEND_NO_ONE,
				i < person ? i : WS_NONE, counts[i], percent[i] };
	free(counts);
	free(percent);
	return e;
}

struct ws_stats *
ws_stats_new(void)
{
	return xcalloc(1, sizeof(struct ws_stats));
}

static void
entries_free(struct ws_stats_entry *e, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(e[i].id);
		free(e[i].name);
		free(e[i].role);
	}
	free(e);
}

void
ws_stats_free(struct ws_stats *st)
{
	if (st == NULL)
		return;
	entries_free(st->outlets, st->noutlets);
	entries_free(st->speakers, st->nspeakers);
	free(st->outlet_ids.slots);
	free(st->speaker_ids.slots);
	free(st);
}

static size_t
id_hash(const char *id)
{
	size_t h = 2166136261u;		/* FNV-1a */

	for (const unsigned char *p = (const unsigned char *)id; *p != '\0'; p++)
		h = (h ^ *p) * 16777619u;
	return h;
}

/* The slot of id in ids: the one holding it, or the empty one where it goes. */
static size_t *
id_slot(const struct ws_stats_ids *ids, const struct ws_stats_entry *entries,
	const char *id)
{
	size_t mask = ids->nslots - 1, i = id_hash(id) & mask;

	while (ids->slots[i] != 0 && strcmp(entries[ids->slots[i] - 1].id, id) != 0)
		i = (i + 1) & mask;
	return &ids->slots[i];
}

/*
 * Make room for entry n + 1: the array and the table grow by doubling;
 * the table is rebuilt from the entries (also after ws_stats_sort(),
 * which drops it).
 */
static void
ids_reserve(struct ws_stats_entry **entries, size_t n, struct ws_stats_ids *ids)
{
	xgrow(entries, &ids->cap, n + 1, sizeof **entries);
	if (ids->nslots < 2 * (n + 1)) {
		size_t nslots = ids->nslots > 0 ? ids->nslots : 32;

		while (nslots < 2 * (n + 1))
			nslots *= 2;
		free(ids->slots);
		ids->slots = xcalloc(nslots, sizeof *ids->slots);
		ids->nslots = nslots;
		for (size_t i = 0; i < n; i++)
			*id_slot(ids, *entries, (*entries)[i].id) = i + 1;
	}
}

/* The entry with this id, added (with no claims) when missing. */
static struct ws_stats_entry *
entry_get(struct ws_stats_entry **entries, size_t *n, struct ws_stats_ids *ids,
	  const char *id, const char *name, const char *role)
{
	struct ws_stats_entry *e;
	size_t *slot;

	ids_reserve(entries, *n, ids);
	slot = id_slot(ids, *entries, id);
	if (*slot != 0)
		return &(*entries)[*slot - 1];
	e = &(*entries)[*n];
	memset(e, 0, sizeof *e);
	e->last_file = (size_t)-1;
	e->id = xstrdup(id);
	e->name = xstrdup(name);
	e->role = role != NULL ? xstrdup(role) : NULL;
	*slot = ++*n;
	return e;
}

static void
entry_count(struct ws_stats_entry *e, size_t file)
{
	e->claims++;
	if (e->last_file != file) {
		e->files++;
		e->last_file = file;
	}
}

static void
count_claim(struct ws_stats *st, const struct ws_analysis *an, const struct ws_claim *c)
{
	struct ws_stats_entry *e;

	st->claims++;
	if (c->outlet == WS_NONE) {
		st->no_outlet++;
	} else {
		const struct ws_outlet *o = &an->outlets[c->outlet];

		e = entry_get(&st->outlets, &st->noutlets, &st->outlet_ids, o->id, o->name, NULL);
		entry_count(e, st->files);
	}
	if (c->speaker == WS_NONE) {
		st->no_speaker++;
	} else {
		const struct ws_person *p = &an->people[c->speaker];

		e = entry_get(&st->speakers, &st->nspeakers, &st->speaker_ids, p->id, p->name, p->role);
		if (e->role == NULL && p->role != NULL)
			e->role = xstrdup(p->role);
		entry_count(e, st->files);
	}
}

void
ws_stats_add(struct ws_stats *st, const struct ws_analysis *an, size_t speaker,
	     size_t outlet)
{
	for (size_t i = 0; an != NULL && i < an->nclaims; i++) {
		const struct ws_claim *c = &an->claims[i];

		if ((speaker != WS_NONE && c->speaker != speaker) ||
		    (outlet != WS_NONE && c->outlet != outlet))
			continue;
		count_claim(st, an, c);
	}
	st->files++;
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct ws_stats_entry *x = a, *y = b;

	if (x->claims != y->claims)
		return x->claims > y->claims ? -1 : 1;
	return strcmp(x->name, y->name);
}

/* The hash tables hold indices: sorting drops them (rebuilt if counting goes on). */
void
ws_stats_sort(struct ws_stats *st)
{
	free(st->outlet_ids.slots);
	free(st->speaker_ids.slots);
	st->outlet_ids.slots = st->speaker_ids.slots = NULL;
	st->outlet_ids.nslots = st->speaker_ids.nslots = 0;
	if (st->noutlets > 1)
		qsort(st->outlets, st->noutlets, sizeof *st->outlets, entry_cmp);
	if (st->nspeakers > 1)
		qsort(st->speakers, st->nspeakers, sizeof *st->speakers, entry_cmp);
}

/* A name padded to `cols` display columns; names are drawn as the screen would. */
static void
put_cell(FILE *out, const char *name, int cols)
{
	ws_put_str(out, name, WS_PUT_PLAIN);
	fprintf(out, "%*s", cols - ws_put_width(name), "");
}

static void
put_table(FILE *out, const char *heading, const struct ws_stats_entry *e, size_t n,
	  const char *none, size_t nnone)
{
	int cols = ws_put_width(heading);

	for (size_t i = 0; i < n; i++)
		if (ws_put_width(e[i].name) > cols)
			cols = ws_put_width(e[i].name);
	if (nnone > 0 && ws_put_width(none) > cols)
		cols = ws_put_width(none);
	put_cell(out, heading, cols);
	fputs("  CLAIMS  FILES\n", out);
	for (size_t i = 0; i < n; i++) {
		put_cell(out, e[i].name, cols);
		fprintf(out, "  %6zu  %5zu\n", e[i].claims, e[i].files);
	}
	if (nnone > 0) {
		put_cell(out, none, cols);
		fprintf(out, "  %6zu\n", nnone);
	}
}

int
ws_stats_write_table(FILE *out, const struct ws_stats *st, struct ws_error *err)
{
	fprintf(out, "%zu claim%s in %zu file%s\n\n", st->claims, st->claims == 1 ? "" : "s",
		st->files, st->files == 1 ? "" : "s");
	put_table(out, "OUTLET", st->outlets, st->noutlets, "(no outlet)", st->no_outlet);
	fputc('\n', out);
	put_table(out, "SPEAKER", st->speakers, st->nspeakers, "(no one named)", st->no_speaker);
	if (fflush(out) != 0 || ferror(out))
		return ws_error_set(err, "write error: %s", strerror(errno));
	return 0;
}

/*
 * A JSON string.  Besides what JSON requires, DEL and what a terminal
 * would act on (ws_json_unicode_control) are escaped too, so the output
 * is safe to print on a terminal.
 */
static void
put_json_string(FILE *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t left = strlen(s), n;
	unsigned cp;

	fputc('"', out);
	for (; *p != '\0'; p++, left--) {
		if (*p == '"' || *p == '\\') {
			fprintf(out, "\\%c", *p);
		} else if (*p < 0x20 || *p == 0x7f) {
			fprintf(out, "\\u%04x", *p);
		} else if ((n = ws_json_unicode_control(p, left, &cp)) > 0) {
			fprintf(out, "\\u%04x", cp);
			p += n - 1;
			left -= n - 1;
		} else {
			fputc(*p, out);
		}
	}
	fputc('"', out);
}

static void
put_json_entries(FILE *out, const struct ws_stats_entry *e, size_t n, int roles)
{
	fputc('[', out);
	for (size_t i = 0; i < n; i++) {
		fputs(i > 0 ? ",{\"id\":" : "{\"id\":", out);
		put_json_string(out, e[i].id);
		fputs(",\"name\":", out);
		put_json_string(out, e[i].name);
		if (roles) {
			fputs(",\"role\":", out);
			if (e[i].role != NULL)
				put_json_string(out, e[i].role);
			else
				fputs("null", out);
		}
		fprintf(out, ",\"claims\":%zu,\"files\":%zu}", e[i].claims, e[i].files);
	}
	fputc(']', out);
}

int
ws_stats_write_json(FILE *out, const struct ws_stats *st, struct ws_error *err)
{
	fprintf(out, "{\"files\":%zu,\"claims\":%zu,\"no_outlet\":%zu,\"no_speaker\":%zu,"
		"\"outlets\":", st->files, st->claims, st->no_outlet, st->no_speaker);
	put_json_entries(out, st->outlets, st->noutlets, 0);
	fputs(",\"speakers\":", out);
	put_json_entries(out, st->speakers, st->nspeakers, 1);
	fputs("}\n", out);
	if (fflush(out) != 0 || ferror(out))
		return ws_error_set(err, "write error: %s", strerror(errno));
	return 0;
}

static int
same_words(const char *a, size_t alen, const char *b)
{
	int cmp;

	if (u8_casecmp((const uint8_t *)a, alen, (const uint8_t *)b, strlen(b), NULL,
		       UNINORM_NFC, &cmp) < 0)
		return 0;
	return cmp == 0;
}

static int
same_name(const char *a, const char *b)
{
	return a != NULL && same_words(a, strlen(a), b);
}

size_t
ws_find_speaker(const struct ws_analysis *an, const char *name)
{
	for (size_t i = 0; an != NULL && i < an->npeople; i++) {
		const struct ws_person *p = &an->people[i];
		const char *last = strrchr(p->name, ' ');

		if (same_name(p->name, name) || same_name(p->id, name) ||
		    (last != NULL && same_name(last + 1, name)))
			return i;
	}
	return WS_NONE;
}

size_t
ws_find_outlet(const struct ws_analysis *an, const char *text, const char *name)
{
	for (size_t i = 0; an != NULL && i < an->noutlets; i++) {
		const struct ws_outlet *o = &an->outlets[i];

		if (same_name(o->name, name) || same_name(o->id, name))
			return i;
		for (size_t m = 0; text != NULL && m < o->nmentions; m++)
			if (same_words(text + o->mentions[m].start,
				       o->mentions[m].end - o->mentions[m].start, name))
				return i;
	}
	return WS_NONE;
}

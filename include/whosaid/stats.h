/*
 * stats: outlets and speakers with their claim counts, over one article
 * or many (whosaid --stats), and the names a user gives on the command
 * line (--speaker, --source) matched to an analysis.
 *
 * Outlets and speakers are told apart across articles by their ids (the
 * slugs of analyze.h), so "AP" in one file and "the Associated Press" in
 * another count as one outlet.  Only those credited with at least one
 * counted claim are listed.
 */
#ifndef WHOSAID_STATS_H
#define WHOSAID_STATS_H

#include <stddef.h>
#include <stdio.h>
#include "whosaid/analyze.h"
#include "whosaid/error.h"

struct ws_stats_entry {
	char *id;		/* owned */
	char *name;		/* owned */
	char *role;		/* speakers: the first role seen, or NULL (owned) */
	size_t claims;
	size_t files;		/* articles it has a counted claim in */
	size_t last_file;	/* private: the article that last counted */
};

/* Private: where each id is, so that counting is linear in the claims. */
struct ws_stats_ids {
	size_t cap;		/* entries allocated */
	size_t *slots;		/* open addressing: entry index + 1, or 0 (owned) */
	size_t nslots;		/* a power of two, at least twice the entries; 0: none yet */
};

struct ws_stats {
	size_t files;
	size_t claims;			/* counted claims */
	size_t no_outlet;		/* counted claims credited to no outlet */
	size_t no_speaker;		/* counted claims credited to no person */
	struct ws_stats_entry *outlets;
	size_t noutlets;
	struct ws_stats_entry *speakers;
	size_t nspeakers;
	struct ws_stats_ids outlet_ids, speaker_ids;	/* private */
};

/* The claims of one speaker that came through one outlet. */
struct ws_credit {
	size_t speaker;		/* index into people */
	size_t outlet;		/* index into outlets, or WS_NONE */
	size_t nclaims;
};

/*
 * The (speaker, outlet) pairs of an's claims that have a speaker, each
 * once with its number of claims, sorted by speaker, then outlet (WS_NONE
 * last): one sort, so a panel of many people and outlets is not people ×
 * claims × outlets.  *n is their number; the caller frees the array.
 */
struct ws_credit *ws_stats_credits(const struct ws_analysis *an, size_t *n);

/* What an entry of an article's legend stands for. */
enum ws_legend_kind {
	WS_LEGEND_OUTLET,	/* the claims reported by one outlet */
	WS_LEGEND_PERSON,	/* claims credited to a person and no outlet */
	WS_LEGEND_NO_ONE,	/* claims credited to no one named */
};

/* One entry of the legend: a kind of credit, its claims and its share of them. */
struct ws_legend_entry {
	enum ws_legend_kind kind;
	size_t outlet;		/* WS_LEGEND_OUTLET: index into outlets; else WS_NONE */
	size_t nclaims;
	unsigned percent;	/* the entries' percents add up to 100 (0 when no claims) */
};

/*
 * The legend of an's claims: every outlet credited with a claim (in the
 * analysis's order), then the claims of a person and no outlet, then
 * those of no one, each listed only when it has claims.  Each claim is
 * in one entry, so the shares are of all the claims; they are rounded by
 * largest remainder (each share's whole part, then the points left over
 * to the largest fractions, the earlier entry first among equals), so
 * they add up to 100 as a reader expects.  *n is their number; the
 * caller frees the array.
 */
struct ws_legend_entry *ws_stats_legend(const struct ws_analysis *an, size_t *n);

/*
 * Percentages of counts[0, n), rounded by largest remainder so that they
 * add up to exactly 100 (all 0 when the counts add up to 0): written to
 * percent[0, n).
 */
void ws_stats_percents(const size_t *counts, size_t n, unsigned *percent);

/* Empty statistics; free with ws_stats_free(). */
struct ws_stats *ws_stats_new(void);

/*
 * Count the claims of one article.  `speaker` and `outlet` are indices of
 * an's people and outlets to count only their claims, or WS_NONE for all.
 */
void ws_stats_add(struct ws_stats *st, const struct ws_analysis *an, size_t speaker,
		  size_t outlet);

/* Sort the outlets and speakers by claims (most first), then by name. */
void ws_stats_sort(struct ws_stats *st);

/* Two aligned tables, outlets then speakers, for a terminal or a file. */
int ws_stats_write_table(FILE *out, const struct ws_stats *st, struct ws_error *err);

/* The same as one JSON object on one line (see the README, "Statistics"). */
int ws_stats_write_json(FILE *out, const struct ws_stats *st, struct ws_error *err);

void ws_stats_free(struct ws_stats *st);

/*
 * The person of an analysis that `name` names: case-insensitively their
 * full name, their id or their surname (last word of the name).  WS_NONE
 * when none does.
 */
size_t ws_find_speaker(const struct ws_analysis *an, const char *name);

/*
 * The outlet that `name` names: case-insensitively its name, its id, or
 * how the article refers to it (any mention: "AP").  `text` is the
 * article text the mentions point into (may be NULL).  WS_NONE when none.
 */
size_t ws_find_outlet(const struct ws_analysis *an, const char *text, const char *name);

#endif

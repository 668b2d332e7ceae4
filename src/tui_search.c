/*
 * tui_search: `/` finds every occurrence of a string in the article
 * (ignoring the case of ASCII letters), highlights them all and goes to
 * the first one on or after the screen; n and N go from match to match,
 * wrapping around the ends.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"

static int
matches_at(const char *s, const char *q, size_t qlen)
{
	for (size_t i = 0; i < qlen; i++)
		if (tolower((unsigned char)s[i]) != tolower((unsigned char)q[i]))
			return 0;
	return 1;
}

/* All non-overlapping occurrences of the query, in t->matches. */
static int
find_all(struct tui *t)
{
	const char *s = t->text->s, *q = t->query;
	size_t len = t->text->len, qlen = strlen(q), cap = 0;
	int first = tolower((unsigned char)q[0]);

	free(t->matches);
	t->matches = NULL;
	t->nmatches = 0;
	t->match = WS_NONE;
	for (size_t i = 0; qlen > 0 && i + qlen <= len; i++) {
		if (tolower((unsigned char)s[i]) != first || !matches_at(s + i, q, qlen))
			continue;
		if (t->nmatches == cap) {
			struct ws_span *m;

			cap = cap ? cap * 2 : 64;
			if ((m = realloc(t->matches, cap * sizeof *m)) == NULL)
				return -1;
			t->matches = m;
		}
		t->matches[t->nmatches++] = (struct ws_span){ i, i + qlen };
		i += qlen - 1;
	}
	return 0;
}

static void
show_match(struct tui *t, size_t i)
{
	t->match = i;
	tui_pane_show(t, t->matches[i].start, t->matches[i].end);
	tui_message(t, "match %zu of %zu for '%s'", i + 1, t->nmatches, t->query);
}

void
tui_search_start(struct tui *t)
{
	char query[sizeof t->query];
	size_t top;

	if (tui_status_prompt(t, "/", query, sizeof query) < 0)
		return;
	if (query[0] != '\0')
		memcpy(t->query, query, sizeof t->query);
	if (t->query[0] == '\0')
		return;
	if (find_all(t) < 0)
		tui_message(t, "out of memory");
	t->view.matches = t->matches;
	t->view.nmatches = t->nmatches;
	tui_restyle(t);
	if (t->nmatches == 0) {
		tui_message(t, "not found: %s", t->query);
		return;
	}
	top = tui_pane_top_offset(t);
	for (size_t i = 0; i < t->nmatches; i++)
		if (t->matches[i].start >= top) {
			show_match(t, i);
			return;
		}
	show_match(t, 0);
}

void
tui_search_next(struct tui *t, int dir)
{
	size_t i;

	if (t->nmatches == 0) {
		if (t->query[0] != '\0')
			tui_message(t, "not found: %s", t->query);
		else
			tui_message(t, "no search yet: press / to search");
		return;
	}
	if (t->match == WS_NONE)
		i = dir > 0 ? 0 : t->nmatches - 1;
	else if (dir > 0)
		i = t->match + 1 < t->nmatches ? t->match + 1 : 0;
	else
		i = t->match > 0 ? t->match - 1 : t->nmatches - 1;
	show_match(t, i);
	if ((dir > 0 && i == 0 && t->nmatches > 1) || (dir < 0 && i == t->nmatches - 1 && t->nmatches > 1))
		tui_message(t, "search wrapped: match %zu of %zu", i + 1, t->nmatches);
}

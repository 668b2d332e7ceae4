/*
 * tui_search: `/` finds every occurrence of a string in the article
 * (ignoring the case of ASCII letters, typographic quotes matching their
 * ASCII forms, a run of white space matching any other), highlights them all and goes to
 * the first one on or after the screen; n and N go from match to match,
 * wrapping around the ends.
 */
#include "config.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tui_int.h"
#include "whosaid/xmalloc.h"

/* Typographic quotes and their ASCII stand-ins: world's finds world’s. */
static const struct {
	const char *utf8;
	char ascii;
} folds[] = {
	{ "\u2019", '\'' }, { "\u2018", '\'' }, { "\u02bc", '\'' }, { "\u2032", '\'' },
	{ "\u201c", '"' }, { "\u201d", '"' }, { "\u2033", '"' }, { "\u00ab", '"' },
	{ "\u00bb", '"' },
};

/* White space at s[pos] (ASCII or no-break space): its length in bytes, else 0. */
static size_t
space_at(const char *s, size_t len, size_t pos)
{
	if (s[pos] == ' ' || (s[pos] >= '\t' && s[pos] <= '\r'))
		return 1;
	return pos + 1 < len && (unsigned char)s[pos] == 0xc2 && (unsigned char)s[pos + 1] == 0xa0 ? 2 : 0;
}

/*
 * The unit of text at s[pos] as search compares it: a run of white space
 * is one space, a typographic quote its ASCII form, an ASCII letter its
 * lower case, any other byte itself.  *next is where the next unit begins.
 */
static int
fold_at(const char *s, size_t len, size_t pos, size_t *next)
{
	unsigned char c = (unsigned char)s[pos];
	size_t n;

	if ((n = space_at(s, len, pos)) > 0) {
		while (pos < len && (n = space_at(s, len, pos)) > 0)
			pos += n;
		*next = pos;
		return ' ';
	}
	*next = pos + 1;
	if (c < 0x80)
		return tolower(c);
	for (size_t i = 0; i < sizeof folds / sizeof folds[0]; i++) {
		size_t flen = strlen(folds[i].utf8);
		if (len - pos >= flen && memcmp(s + pos, folds[i].utf8, flen) == 0) {
			*next = pos + flen;
			return folds[i].ascii;
		}
	}
	return c;
}

/* The query folded as the text is (fold_at), into out (as large as q). */
static void
fold_query(const char *q, char *out)
{
	size_t len = strlen(q), n = 0;

	for (size_t pos = 0; pos < len; n++)
		out[n] = (char)fold_at(q, len, pos, &pos);
	out[n] = '\0';
}

/* The end of the match of folded query fq at s[pos], or 0 when it does not match there. */
static size_t
match_end(const char *s, size_t len, size_t pos, const char *fq)
{
	for (; *fq != '\0'; fq++) {
		if (pos >= len || fold_at(s, len, pos, &pos) != (unsigned char)*fq)
			return 0;
	}
	return pos;
}

/* All non-overlapping occurrences of the query, in t->matches. */
static void
find_all(struct tui *t)
{
	const char *s = t->text->s;
	char fq[sizeof t->query];
	size_t len = t->text->len, cap = 0, end, next;

	free(t->matches);
	t->matches = NULL;
	t->nmatches = 0;
	t->match = WS_NONE;
	fold_query(t->query, fq);
	for (size_t i = 0; fq[0] != '\0' && i < len; i = next) {
		next = i + 1;
		if ((end = match_end(s, len, i, fq)) == 0)
			continue;
		xgrow(&t->matches, &cap, t->nmatches + 1, sizeof *t->matches);
		t->matches[t->nmatches++] = (struct ws_span){ i, end };
		next = end;
	}
}

/* Remember a query for Up at the prompt, once, dropping the oldest when full. */
static void
remember(struct tui *t, const char *query)
{
	if (t->nhistory > 0 && strcmp(t->history[t->nhistory - 1], query) == 0)
		return;
	if (t->nhistory == TUI_HISTORY) {
		memmove(t->history[0], t->history[1], sizeof t->history - sizeof t->history[0]);
		t->nhistory--;
	}
	snprintf(t->history[t->nhistory++], sizeof t->history[0], "%s", query);
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

	if (tui_status_prompt_recall(t, "/", query, sizeof query, t->nhistory) < 0)
		return;
	if (query[0] != '\0') {
		memcpy(t->query, query, sizeof t->query);
		remember(t, query);
	}
	if (t->query[0] == '\0')
		return;
	find_all(t);
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

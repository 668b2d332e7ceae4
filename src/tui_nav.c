/*
 * tui_nav: moving from claim to claim, or from quotation to quotation,
 * within the speaker or outlet the panel narrowed the view to.
 */
#include "config.h"

#include "whosaid/search.h"
#include "tui_int.h"

static int
claim_wanted(const struct tui *t, size_t i, int direct_only)
{
	if (!ws_view_has_claim(&t->view, t->an, i))
		return 0;
	return !direct_only || t->an->claims[i].kind != WS_CLAIM_INDIRECT;
}

/* For ws_search over t->in_view: is the claim before claim i? */
static int
claim_before(const void *claim, size_t i)
{
	return *(const size_t *)claim < i;
}

/* The first claim in view at or after claim i: its place in t->in_view. */
static size_t
in_view_from(const struct tui *t, size_t i)
{
	return ws_search(t->in_view, t->nin_view, sizeof *t->in_view, i, claim_before);
}

size_t
tui_nav_count(const struct tui *t, size_t *index)
{
	size_t lo = in_view_from(t, t->selected);

	*index = 0;
	if (t->selected != WS_NONE && lo < t->nin_view && t->in_view[lo] == t->selected)
		*index = lo + 1;
	return t->nin_view;
}

/* The claim to start from when none is selected on screen: the first on it, or the last. */
static size_t
nav_start(struct tui *t, int dir)
{
	size_t top = tui_pane_top_offset(t), bottom = tui_pane_bottom_offset(t);

	if (dir > 0) {
		for (size_t i = 0; i < t->an->nclaims; i++)
			if (t->an->claims[i].content.end > top)
				return i;
		return t->an->nclaims;
	}
	for (size_t i = t->an->nclaims; i > 0; i--)
		if (t->an->claims[i - 1].content.start < bottom)
			return i - 1;
	return WS_NONE;
}

/* Claim i's words show between the top and the bottom of the view. */
int
tui_nav_on_screen(struct tui *t, size_t i)
{
	const struct ws_claim *c = &t->an->claims[i];

	return c->content.end > tui_pane_top_offset(t) && c->content.start < tui_pane_bottom_offset(t);
}

/*
 * The wanted claim at or after (dir > 0), at or before (dir < 0) claim i:
 * its place in t->in_view, or WS_NONE.  Walks the claims in view, not all
 * claims, so that a filter keeping a few claims of a long article costs
 * no more than none.
 */
static size_t
find_from(const struct tui *t, size_t i, int dir, int direct_only)
{
	size_t k;

	if (i >= t->an->nclaims)
		return WS_NONE;
	k = in_view_from(t, i);
	if (dir < 0)
		k = k < t->nin_view && t->in_view[k] == i ? k : k - 1;	/* k - 1 may wrap: none */
	for (; k < t->nin_view; k += (size_t)(long)dir)
		if (claim_wanted(t, t->in_view[k], direct_only))
			return k;
	return WS_NONE;
}

/*
 * Tab and Shift-Tab: from the selected claim while it is on screen, else
 * from the screen (the first claim after its top, the last before its
 * bottom), as less's `n` searches from the screen; past the end, round
 * to the other end, saying so.
 */
void
tui_nav_claim(struct tui *t, int dir, int direct_only)
{
	const char *what = direct_only ? "direct quotation" : "claim";
	int from_screen = t->selected == WS_NONE || !tui_nav_on_screen(t, t->selected);
	size_t i = from_screen ? nav_start(t, dir) : t->selected + (size_t)(long)dir;
	size_t k = find_from(t, i, dir, direct_only);
	int wrapped = 0;

	if (k == WS_NONE && t->an->nclaims > 0) {
		k = find_from(t, dir > 0 ? 0 : t->an->nclaims - 1, dir, direct_only);
		wrapped = 1;
	}
	if (k == WS_NONE) {
		if (t->an->nclaims == 0)
			tui_message(t, "no claims in this article");
		else
			tui_message(t, "no %s in view", what);
		return;
	}
	tui_nav_select(t, t->in_view[k]);
	if (wrapped)
		tui_message(t, "wrapped: claim %zu/%zu", k + 1, t->nin_view);
}

void
tui_nav_select(struct tui *t, size_t claim)
{
	const struct ws_claim *c = &t->an->claims[claim];
	size_t start = c->content.start, end = c->content.end;

	t->selected = claim;
	if (c->cue.end > c->cue.start && c->cue.start < start)
		start = c->cue.start;
	if (c->by.end > c->by.start && c->by.start < start)
		start = c->by.start;
	tui_pane_show(t, start, end);
}

/* The first of the unattributed sentences that starts at byte off or after it. */
static size_t
first_unattributed_from(const struct tui *t, size_t off)
{
	size_t k = 0;

	while (k < t->nunattr && ws_sentence_start(t->doc, t->unattr[k]) < off)
		k++;
	return k;
}

/*
 * Tab and Shift-Tab in the fact-checker view: the next or previous
 * unattributed sentence, from the one Tab last went to while it is on
 * screen, else from the top of the screen; round the ends, saying so.
 */
void
tui_nav_unattributed(struct tui *t, int dir)
{
	size_t k, top = tui_pane_top_offset(t), bottom = tui_pane_bottom_offset(t);
	int wrapped = 0;
	struct ws_span sp;

	if (t->nunattr == 0) {
		tui_message(t, "no unattributed assertions");
		return;
	}
	if (t->unattr_at < t->nunattr &&
	    (sp = ws_sentence_span(t->doc, t->unattr[t->unattr_at])).end > top && sp.start < bottom)
		k = t->unattr_at + (size_t)(long)dir;
	else
		k = dir > 0 ? first_unattributed_from(t, top) : first_unattributed_from(t, bottom) - 1;
	if (k >= t->nunattr) {
		k = dir > 0 ? 0 : t->nunattr - 1;
		wrapped = 1;
	}
	t->unattr_at = k;
	sp = ws_sentence_span(t->doc, t->unattr[k]);
	tui_pane_show(t, sp.start, sp.end);
	tui_message(t, "%sunattributed %zu/%zu", wrapped ? "wrapped: " : "", k + 1, t->nunattr);
}

/*
 * analyze: the attribution engine.
 *
 * Finds in a segmented article the outlets named (merged across their
 * forms: "the Associated Press", "AP"), the people named (merged across
 * "John Kerry", "Kerry", "Secretary of State John Kerry", "he", with a
 * role from titles and appositives) and the claims: the content of each
 * attributed statement, its kind, the cue that reports it, the words that
 * credit it, the words that credit the outlet that reported it, and the
 * person and outlet those resolve to.
 *
 * All spans are byte ranges of doc->text->s.  An empty span (start ==
 * end) means "none".  Indices of people and outlets are WS_NONE when a
 * claim has none.
 */
#ifndef WHOSAID_ANALYZE_H
#define WHOSAID_ANALYZE_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include "whosaid/error.h"
#include "whosaid/segment.h"
#include "whosaid/lexicon.h"

/*
 * No index.  Every index (of a token, a claim, a person, an outlet) is
 * below 2^32 - 1, as the text is under 4 GiB (segment.h), so WS_NONE is
 * 2^32 - 1 and a 32-bit field holds it as a size_t does: a claim's
 * speaker and outlet are 32 bits.
 */
#define WS_NONE ((size_t)UINT32_MAX)

enum ws_claim_kind {
	WS_CLAIM_DIRECT,	/* the content is a quotation */
	WS_CLAIM_INDIRECT,	/* reported speech */
	WS_CLAIM_MIXED,		/* reported speech with quoted parts */
};

enum ws_gender {
	WS_GENDER_UNKNOWN,
	WS_GENDER_MALE,
	WS_GENDER_FEMALE,
};

struct ws_outlet {
	char *id;		/* stable slug: "associated-press" */
	char *name;		/* canonical name: "Associated Press" */
	struct ws_span *mentions;
	size_t nmentions;
	size_t nclaims;
};

struct ws_person {
	char *id;		/* slug of the full name: "john-kerry" */
	char *name;		/* fullest form seen: "John Kerry" */
	char *role;		/* "special climate envoy for the United States", or NULL */
	enum ws_gender gender;
	struct ws_span *mentions;
	size_t nmentions;
	size_t nclaims;
};

/*
 * 44 bytes, its spans and indices 32-bit (segment.h): a news text has a
 * claim every 130 bytes or so, a page of short quotations one every 18,
 * and the claims are the largest array of the analysis.
 */
struct ws_claim {
	struct ws_span content;
	enum ws_claim_kind kind;
	struct ws_span cue;	/* "said", "according to", "was cited as telling" */
	struct ws_span by;	/* "Kerry", "he", "the outlet", "Politico" */
	uint32_t speaker;	/* index into people, or WS_NONE */
	uint32_t outlet;	/* index into outlets, or WS_NONE */
	/*
	 * The words that credit the outlet, empty when there is none: the
	 * frame that reports the claim ("Politico reports", "According to
	 * the official Xinhua News Agency") when the claim is someone's
	 * inside it; the credit itself when the outlet speaks ("The outlet"
	 * of "The outlet went on to report", then equal to `by`); else the
	 * outlet's name where the person spoke to it ("told the Associated
	 * Press").  A claim that takes its outlet from the claim before it
	 * (", adding …", a quotation that follows) takes these words too.
	 */
	struct ws_span via;
};

struct ws_analysis {
	struct ws_outlet *outlets;
	size_t noutlets;
	struct ws_person *people;
	size_t npeople;
	struct ws_claim *claims;	/* sorted by content.start */
	size_t nclaims;
	/*
	 * The work the rules did: how many times they looked at a token
	 * (its text, its word kinds, whether it is a mark) or weighed one
	 * claim against another.  Tests assert that it grows no faster
	 * than the text (issue 16); it means nothing else.
	 */
	size_t work;
};

/*
 * Analyse a document.  lex may be NULL for the built-in lexicons.  The
 * caller frees *out with ws_analysis_free().
 */
int ws_analyze(const struct ws_doc *doc, const struct ws_lexicon *lex,
	       struct ws_analysis **out, struct ws_error *err);

/*
 * ws_analyze() for a front end that analyses in the background: the
 * analysis is abandoned as soon as *cancel is non-zero (it is read
 * between sentences), returning -1 with the message "cancelled" and
 * *out NULL.  cancel may be NULL.
 */
int ws_analyze_cancellable(const struct ws_doc *doc, const struct ws_lexicon *lex,
			   const atomic_int *cancel, struct ws_analysis **out,
			   struct ws_error *err);

void ws_analysis_free(struct ws_analysis *an);

#endif

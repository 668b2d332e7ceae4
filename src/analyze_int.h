/*
 * The attribution engine's insides, shared by lexicon.c and the
 * analyze_*.c stages.  Nothing outside the engine includes this.
 */
#ifndef WHOSAID_ANALYZE_INT_H
#define WHOSAID_ANALYZE_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "whosaid/analyze.h"
#include "whosaid/lexicon.h"
#include "whosaid/xmalloc.h"
#include "embed.h"

/* What a lexicon entry is. */
enum lex_kind {
	LEX_OUTLET,		/* a form of an outlet's name */
	LEX_OUTLET_REF,		/* "the outlet", "the agency" */
	LEX_PRONOUN,		/* he, she, they */
	LEX_CUE,		/* a reporting cue of some class */
	LEX_AUX,		/* words between a subject and its cue */
	LEX_TITLE,		/* "Vice President" */
	LEX_HONORIFIC,		/* "Mr." */
	LEX_WORD,		/* single words, of kinds W_* */
	LEX_OUTLET_WORD,	/* words that tell an outlet's name by context (OUTW_*) */
	LEX_ORG,		/* a body's name shaped as a person's: "Morgan Stanley" */
};

/* Classes of LEX_OUTLET_WORD. */
enum {
	OUTW_NOUN = 1 << 0,	/* "the broadcaster RÚV" */
	OUTW_HEAD = 1 << 1,	/* "Punchbowl News" */
	OUTW_REPORT = 1 << 2,	/* "The Irish Times reported" */
	OUTW_HEARER = 1 << 3,	/* "told RNZ" */
	OUTW_QUOTED = 1 << 4,	/* "Xinhua quoted Zhou as saying" */
	OUTW_CITES = 1 << 5,	/* "Punch, citing police sources, reported" */
};

/* Classes of LEX_CUE. */
enum lex_cue_class {
	CUE_SPEECH,
	CUE_TELL,
	CUE_BELIEF,
	CUE_EVIDENCE,
	CUE_STANCE,
	CUE_ACCORDING,
};

/*
 * The kinds of single words (LEX_WORD), as bits: a token's kinds are
 * found once, when it is looked up (an_tok.words), and a rule asks one
 * bit of them (tok_has).  lexicon.c's table of kinds names each as the
 * data files write it; data/grammar.txt says what each means.
 */
enum word_kind {
	WK_GIVEN_MALE, WK_GIVEN_FEMALE, WK_FAMILY_FIRST, WK_NOT_NAME, WK_ORG, WK_ADJECTIVE,
	WK_PREP_BODY,
	WK_NAME_PARTICLE, WK_NAME_SUFFIX,
	WK_WEEKDAY, WK_MONTH,
	WK_THE, WK_A,
	WK_PRON_FIRST, WK_PRON_FIRST_OBJECT, WK_PRON_SECOND, WK_PRON_NEUTER, WK_PRON_SUBJECT,
	WK_REL_PERSON, WK_REL_THING, WK_REL_OBJECT, WK_REL_POSSESSIVE, WK_REL_PLACE,
	WK_COMPLEMENTIZER, WK_COORDINATOR, WK_CONJ_SEQUENCE, WK_CONJ_CONTRAST,
	WK_GERUND_OPENER, WK_PREP_TO, WK_PREP_WITH, WK_PREP_ABOUT, WK_PREP_AGENT, WK_PREP_OBJECT,
	WK_DETERMINER, WK_PREPOSITION, WK_PREP_SUBJECT, WK_PREP_BEFORE_NOUN, WK_PREP_DATE,
	WK_PREP_EVENT, WK_SPEECH_EVENT, WK_CONJUNCTION, WK_SUBORDINATOR, WK_CLAUSE_OPENER,
	WK_QUESTION, WK_CONNECTIVE, WK_ADVERBIAL_OPENER, WK_BE, WK_VERB_START, WK_CONTINUATIVE,
	WK_TIME, WK_TIME_OPENER, WK_VERB_SAY, WK_VERB_FINITE_REPORT, WK_NOUN_MARKER,
	WK_PLURAL_SUBJECT, WK_REPORT_ADVERB,
	WK_QUANT_FLOATING, WK_TIME_PHRASE, WK_REPETITION, WK_ADVERBIAL, WK_NEGATION, WK_MODAL,
	WK_REPORT_NOUN_OPENER, WK_VERB_ASKED,
	WK_ROLE_END, WK_COMPARATIVE, WK_COMPARATIVE_QUANTITY, WK_HEADLINE_LABEL,
	WK_ROLE_LAWMAKER, WK_ROLE_JUDGE, WK_COORDINATOR_CONTRAST, WK_VERB_TALLY, WK_TALLY_NOUN,
	WK_SUBORDINATOR_ATTRIBUTIVE, WK_VERB_NAMING, WK_REFLEXIVE, WK_ORG_OPENER, WK_PATRONYMIC,
	WK_KIN_FEMALE, WK_KIN_MALE, WK_POST, WK_VERB_GOES_ON, WK_DESCRIPTOR,
	WK_GIVEN_ABBR, WK_BODY_NOUN, WK_POSSESSIVE_BODY, WK_COUNT
};

/*
 * A set of word kinds, a bit each, in two 64-bit words (standard C, any
 * host): kinds 0-63 in lo, 64-127 in hi.  Rules write W_A for a kind,
 * W_ANY(W_A, W_B) for either, and ask wk_any(words, W_A) or tok_has();
 * every set a rule names is a constant, so a test folds to one 64-bit
 * test of the half that holds it, as cheap as the integer it replaces.
 * A table's initialiser, which must be a constant expression, writes
 * WK_INIT(WK_A) or WK_INIT2(WK_A, WK_B).
 */
typedef struct {
	uint64_t lo, hi;
} wk_set;
_Static_assert(WK_COUNT <= 128, "word kinds are bits of a wk_set");

#define WK_LO(k) ((k) < 64 ? (uint64_t)1 << ((k) & 63) : 0)
#define WK_HI(k) ((k) >= 64 ? (uint64_t)1 << ((k) & 63) : 0)
#define WK_INIT(k) { WK_LO(k), WK_HI(k) }
#define WK_INIT2(a, b) { WK_LO(a) | WK_LO(b), WK_HI(a) | WK_HI(b) }
#define W(k) ((wk_set)WK_INIT(k))

/* The kinds of either set. */
static inline wk_set
wk_or(wk_set a, wk_set b)
{
	return (wk_set){ a.lo | b.lo, a.hi | b.hi };
}

/* The kinds of both sets. */
static inline wk_set
wk_and(wk_set a, wk_set b)
{
	return (wk_set){ a.lo & b.lo, a.hi & b.hi };
}

/* The kinds of any of the n sets of `sets` (W_ANY()). */
static inline wk_set
wk_union(const wk_set *sets, size_t n)
{
	wk_set u = { 0, 0 };

	for (size_t i = 0; i < n; i++)
		u = wk_or(u, sets[i]);
	return u;
}

#define W_ANY(...) wk_union((const wk_set[]){ __VA_ARGS__ }, \
			    sizeof((const wk_set[]){ __VA_ARGS__ }) / sizeof(wk_set))

/* Does `words` hold one of `kinds`? */
static inline int
wk_any(wk_set words, wk_set kinds)
{
	return ((words.lo & kinds.lo) | (words.hi & kinds.hi)) != 0;
}

/* Does `words` hold no kind? */
static inline int
wk_empty(wk_set words)
{
	return (words.lo | words.hi) == 0;
}
#define W_GIVEN_MALE W(WK_GIVEN_MALE)
#define W_GIVEN_FEMALE W(WK_GIVEN_FEMALE)
#define W_GIVEN W_ANY(W_GIVEN_MALE, W_GIVEN_FEMALE)	/* a given name of either gender */
#define W_FAMILY_FIRST W(WK_FAMILY_FIRST)
#define W_NOT_NAME W(WK_NOT_NAME)
#define W_ORG W(WK_ORG)
#define W_KIN_FEMALE W(WK_KIN_FEMALE)	/* "mother" of "X, Liam's mother," */
#define W_KIN_MALE W(WK_KIN_MALE)
#define W_PATRONYMIC W(WK_PATRONYMIC)	/* "bin" of "Salim bin Musallam" */
#define W_VERB_GOES_ON W(WK_VERB_GOES_ON)	/* "added": the same statement goes on */
#define W_POST W(WK_POST)	/* "Finance" of "Minister of Finance" */
#define W_BODY_NOUN W(WK_BODY_NOUN)	/* "consortium" of "the consortium, Cables del Valle," */
#define W_POSSESSIVE_BODY W(WK_POSSESSIVE_BODY)	/* "its" of "its mayor said" */
#define W_GIVEN_ABBR W(WK_GIVEN_ABBR)	/* "Ma" of "Ma. Theresa": a given name cut short */
#define W_DESCRIPTOR W(WK_DESCRIPTOR)	/* "Democrat" of "the Democrat said": someone named before */
#define W_ORG_OPENER W(WK_ORG_OPENER)	/* "Save" of "Save Westmoor Births" */
#define W_ADJECTIVE W(WK_ADJECTIVE)
#define W_PREP_BODY W(WK_PREP_BODY)
#define W_NAME_PARTICLE W(WK_NAME_PARTICLE)	/* "de", "van", "bin", "al": inside a name in lower case */
#define W_NAME_SUFFIX W(WK_NAME_SUFFIX)		/* "Jr", "III": ends a name, is not its surname */
#define W_WEEKDAY W(WK_WEEKDAY)
#define W_MONTH W(WK_MONTH)
#define W_THE W(WK_THE)
#define W_A W(WK_A)
#define W_ARTICLE W_ANY(W_THE, W_A)
#define W_PRON_FIRST W(WK_PRON_FIRST)
#define W_PRON_FIRST_OBJECT W(WK_PRON_FIRST_OBJECT)
#define W_PRON_SECOND W(WK_PRON_SECOND)
#define W_PRON_NEUTER W(WK_PRON_NEUTER)
#define W_PRON_SUBJECT W(WK_PRON_SUBJECT)
#define W_REL_PERSON W(WK_REL_PERSON)
#define W_REL_THING W(WK_REL_THING)
#define W_REL_OBJECT W(WK_REL_OBJECT)
#define W_REL_POSSESSIVE W(WK_REL_POSSESSIVE)
#define W_REL_PLACE W(WK_REL_PLACE)
#define W_COMPLEMENTIZER W(WK_COMPLEMENTIZER)
#define W_COORDINATOR W(WK_COORDINATOR)
#define W_CONJ_SEQUENCE W(WK_CONJ_SEQUENCE)
#define W_CONJ_CONTRAST W(WK_CONJ_CONTRAST)
#define W_GERUND_OPENER W(WK_GERUND_OPENER)
#define W_PREP_TO W(WK_PREP_TO)
#define W_PREP_WITH W(WK_PREP_WITH)
#define W_PREP_ABOUT W(WK_PREP_ABOUT)
#define W_DETERMINER W(WK_DETERMINER)
#define W_PREPOSITION W(WK_PREPOSITION)
#define W_PREP_SUBJECT W(WK_PREP_SUBJECT)
#define W_PREP_BEFORE_NOUN W(WK_PREP_BEFORE_NOUN)
#define W_PREP_DATE W(WK_PREP_DATE)
#define W_PREP_EVENT W(WK_PREP_EVENT)
#define W_SPEECH_EVENT W(WK_SPEECH_EVENT)
#define W_CONJUNCTION W(WK_CONJUNCTION)
#define W_SUBORDINATOR W(WK_SUBORDINATOR)
#define W_CLAUSE_OPENER W(WK_CLAUSE_OPENER)
#define W_QUESTION W(WK_QUESTION)
#define W_CONNECTIVE W(WK_CONNECTIVE)
#define W_ADVERBIAL_OPENER W(WK_ADVERBIAL_OPENER)
#define W_BE W(WK_BE)
#define W_VERB_START W(WK_VERB_START)
#define W_CONTINUATIVE W(WK_CONTINUATIVE)
#define W_TIME W(WK_TIME)
#define W_TIME_OPENER W(WK_TIME_OPENER)
#define W_VERB_SAY W(WK_VERB_SAY)
#define W_VERB_FINITE_REPORT W(WK_VERB_FINITE_REPORT)
#define W_NOUN_MARKER W(WK_NOUN_MARKER)
#define W_PLURAL_SUBJECT W(WK_PLURAL_SUBJECT)
#define W_REPORT_ADVERB W(WK_REPORT_ADVERB)

/* Sets of kinds some rules ask together. */
#define W_WHEN W_ANY(W_TIME, W_WEEKDAY)		/* "yesterday", "on Monday" */
#define W_VERB_STARTS W_ANY(W_MODAL, W_VERB_START)	/* "would", "has", "declined" */
/* Words that open a clause, not an apposition naming a role: "whom", "which", "where", "it". */
#define W_CLAUSE_HEAD W_ANY(W_REL_OBJECT, W_REL_THING, W_REL_PLACE, W_PRON_NEUTER)
#define W_PREP_AGENT W(WK_PREP_AGENT)
#define W_PREP_OBJECT W(WK_PREP_OBJECT)
#define W_QUANT_FLOATING W(WK_QUANT_FLOATING)
#define W_TIME_PHRASE W(WK_TIME_PHRASE)
#define W_REPETITION W(WK_REPETITION)
#define W_ADVERBIAL W(WK_ADVERBIAL)
#define W_NEGATION W(WK_NEGATION)
#define W_MODAL W(WK_MODAL)
#define W_REPORT_NOUN_OPENER W(WK_REPORT_NOUN_OPENER)
#define W_VERB_ASKED W(WK_VERB_ASKED)
#define W_ROLE_END W(WK_ROLE_END)		/* "for", "of": a role's head comes before it */
#define W_COMPARATIVE W(WK_COMPARATIVE)	/* "than": "faster than models predicted" */
#define W_COMPARATIVE_QUANTITY W(WK_COMPARATIVE_QUANTITY)	/* "more" of "more than six in 10" */
#define W_ROLE_LAWMAKER W(WK_ROLE_LAWMAKER)	/* "the lawmaker" is an MEP, a senator, an MP */
#define W_ROLE_JUDGE W(WK_ROLE_JUDGE)		/* "the judge" is a Justice, a magistrate */
#define W_ROLE_FAMILIES W_ANY(W_ROLE_LAWMAKER, W_ROLE_JUDGE)
#define W_HEADLINE_LABEL W(WK_HEADLINE_LABEL)	/* "live" of "Hurricane Delphine live:" */
#define W_COORDINATOR_CONTRAST W(WK_COORDINATOR_CONTRAST)	/* "but did not release" */
#define W_VERB_TALLY W(WK_VERB_TALLY)	/* "recounting" of "recounting ballots" */
#define W_TALLY_NOUN W(WK_TALLY_NOUN)	/* "ballots" of "recounting ballots" */
#define W_SUBORDINATOR_ATTRIBUTIVE W(WK_SUBORDINATOR_ATTRIBUTIVE)	/* "As Okafor noted, …" */
#define W_VERB_NAMING W(WK_VERB_NAMING)	/* "called" of "a group called …" */
#define W_REFLEXIVE W(WK_REFLEXIVE)	/* "himself" of "found himself in …" */

/*
 * What the segmenter reads of a single word (LEX_WORD's cls), matched
 * with its case but for elisions: see ws_lexicon_abbreviation().
 */
enum {
	ABBR_TITLE = 1 << 0,	/* "Cmdr", before a name */
	ABBR_NUMBER = 1 << 1,	/* "No", "Jan", before a number */
	ABBR_OTHER = 1 << 2,	/* "Calif", "Inc" */
	ABBR_OPENER = 1 << 3,	/* "The": starts sentences after one */
	ABBR_ELISION = 1 << 4,	/* "em" of "’em": matched in any case */
};

/* lex_entry.flags */
enum {
	LEXF_CASE = 1 << 0,	/* match case exactly (outlet names, words in capitals: "UN") */
	LEXF_THE = 1 << 1,	/* starts with a "the" matched in any case */
	LEXF_ING = 1 << 2,	/* a cue in its -ing form ("adding") */
	LEXF_BASE = 1 << 3,	/* a cue in its base form ("say"), the first of its line */
	LEXF_ONEWORD = 1 << 4,	/* no space, no "the": lex_match_token()'s short way */
};

struct lex_entry {
	char *phrase;		/* as written, words separated by one space (owned) */
	size_t len;
	unsigned char kind;	/* enum lex_kind */
	unsigned char cls;	/* enum lex_cue_class, OUTW_*, or ABBR_* for LEX_WORD */
	unsigned char gender;	/* enum ws_gender */
	unsigned char flags;	/* LEXF_* */
	wk_set words;		/* LEX_WORD: its kinds, W_* */
	size_t outlet;		/* LEX_OUTLET: index into ws_lexicon.outlets */
	struct lex_entry *next;	/* next entry with the same key */
};

struct lex_outlet {
	char *id;		/* slug of the name, without a leading "the" */
	char *name;		/* canonical name */
	int agency;		/* a news agency (outlet-agency): what "the agency" names */
};

/* A key and its chain side by side: a lookup reads one cache line. */
struct lex_slot {
	uint64_t key;			/* 0: empty */
	struct lex_entry *chain;	/* entries of exactly these words */
	int longer;			/* some entry has more words after these */
};

struct ws_lexicon {
	const struct ws_model *model;	/* the learned layer's, or NULL (lexicon.h) */
	unsigned char model_cues_only;	/* its cues, not its bounds (ws_lexicon_set_model_cues()) */
	struct lex_slot *slots;		/* by key: the words, lower-cased */
	size_t nslots, nused;
	struct lex_outlet *outlets;
	size_t noutlets, outlets_cap;
};

/* The hash key of a word: its first run of letters and digits, lower-cased. */
uint64_t lex_key(const char *s, size_t len);

/* The longest entry, in bytes, and the most words it can have. */
#define LEX_MAX_ENTRY 200
#define LEX_MAX_WORDS (LEX_MAX_ENTRY / 2 + 1)

/*
 * The chains of the entries that may match at byte pos of s (up to
 * limit), whose first word there has key `key`, into chains[]: one chain
 * per number of words, the most words first, each chain longest first,
 * so that the first match met is the longest.  Entries that start with
 * a "the" (LEXF_THE) are found from their second word.  Returns the
 * number of chains (at most LEX_MAX_WORDS).  The work is the number of
 * the text's words that some entry has, whatever the lists hold.
 */
size_t lex_chains(const struct ws_lexicon *lex, uint64_t key, const char *s, size_t pos,
		  size_t limit, const struct lex_entry *chains[LEX_MAX_WORDS]);

/* The kinds (W_*) of the word of len bytes at s, in any case: 0 if it has none. */
wk_set lex_word_kinds(const struct ws_lexicon *lex, const char *s, size_t len);

/*
 * The entries of exactly the one word of key `key` into *chain (NULL:
 * none), when no entry has more words after it; 0 when some entry does.
 */
int lex_one_word(const struct ws_lexicon *lex, uint64_t key, const struct lex_entry **chain);

/*
 * If entry e matches text at s[pos...len), return the end of the match,
 * else 0.  Spaces in the phrase match any run of white space; the match
 * must end at a word boundary.
 */
size_t lex_match(const struct lex_entry *e, const char *s, size_t len, size_t pos);

/*
 * lex_match() at a token of tok_len bytes at pos, for a caller that keeps
 * only matches ending at a token's end: 0 also for one that ends inside
 * this token.
 */
size_t lex_match_token(const struct lex_entry *e, const char *s, size_t len, size_t pos,
		       size_t tok_len);

/*
 * Does a match that ends with byte `last` at s[i] (of len bytes) end at a
 * word boundary?  Not when a letter, a digit or a non-ASCII byte follows
 * a letter: "per" is not the start of "percent", and a word glued to a
 * dash or a curly quote ("IV—a") is no word of the lexicon.
 */
static inline int
lex_is_wordbyte(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c >= 0x80;
}

/* Inline: every word token asks it once, in an_scan_tokens(). */
static inline int
lex_word_ends(const char *s, size_t len, size_t i, unsigned char last)
{
	/* A no-break space ends a word. */
	return !lex_is_wordbyte(last) || i >= len || !lex_is_wordbyte((unsigned char)s[i]) ||
	       ((unsigned char)s[i] == 0xc2 && i + 1 < len && (unsigned char)s[i + 1] == 0xa0);
}

/*
 * Is entry e the word of len bytes at s, the whole of it: ASCII case
 * folded, or as written when `exact`?  ("a" is not the "a" of "a.m".)
 */
int lex_word_is(const struct lex_entry *e, const char *s, size_t len, int exact);

/* Parse lexicon lines from buf into lex; errors say "file:LINE: ...". */
int lex_parse(struct ws_lexicon *lex, const char *file, const char *buf, size_t len,
	      struct ws_error *err);

/* The built-in data files, embedded from data/NAME.txt at build time. */
extern const struct ws_embedded lex_builtin_files[];

/* A slug of a name: lower case, words joined by '-'.  Caller frees. */
char *ws_slug(const char *name, size_t len);

/*
 * The analysis at work.  The document is read once, sentence by
 * sentence; what a later sentence may refer back to is kept in bounded
 * recency lists, so that the time is linear in the input.
 */

/* A quotation: from its opening mark to its closing one (or where it was
 * left open: the end of its paragraph, or the next opening mark). */
/*
 * 8 bytes: one for the whole doc, kept to the end (segment.h), and text
 * of nothing but quotations has one every 4 bytes.  A text of 128 MiB
 * has fewer than 2^28 tokens.  Its bytes are those of its marks' tokens
 * (an_quote_start(), an_quote_end()), not kept; its words are counted
 * up to AN_QUOTE_WORDS_MAX, above every count a rule asks about.  Who
 * introduces a quotation, which few have, is kept apart (an_intro).
 */
#define AN_NO_QUOTE UINT32_MAX

struct an_quote {
	uint64_t open : 28, close : 28;	/* doc token indices, both inside the quotation */
	uint64_t nwords : 5;		/* words inside, up to AN_QUOTE_WORDS_MAX */
	uint64_t closed : 1;		/* ends with a closing mark */
	uint64_t single : 1;		/* single quotation marks */
	uint64_t used : 1;		/* content of a claim */
};
_Static_assert(WS_TEXT_MAX_BYTES <= (1u << 28), "a quotation's tokens fit 28 bits");
_Static_assert(sizeof(struct an_quote) == 8, "a quotation is 8 bytes");

/* "She went on to say: “…”": who introduces quotation `quote` (analyze_resolve.c). */
struct an_intro {
	uint32_t quote;		/* index into an_ctx.quotes */
	uint32_t person;	/* the person the words name, or AN_NO_PERSON */
	struct ws_span by;	/* bytes of the words */
};
#define AN_NO_PERSON UINT32_MAX
#define AN_MANY_GIVEN (SIZE_MAX - 1)	/* ctx->given: two people of one given name */
#define AN_QUOTE_WORDS_MAX 31	/* words of a quotation counted, at most */

/* What the lexicons say about a token of the sentence at work. */
struct an_tok {
	const struct lex_entry *cue;	/* LEX_CUE or LEX_AUX starting here */
	const struct lex_entry *outlet;	/* LEX_OUTLET or LEX_OUTLET_REF starting here */
	const struct lex_entry *title;	/* LEX_TITLE or LEX_HONORIFIC starting here */
	uint32_t cue_end, outlet_end, title_end;	/* sentence token after the match */
	uint32_t org_end;		/* sentence token after a LEX_ORG name starting here, or 0 */
	unsigned char pronoun;		/* 1 + enum ws_gender, or 0 */
	unsigned char in_name;		/* part of a person's or outlet's mention */
	unsigned char outw;		/* OUTW_* of a LEX_OUTLET_WORD here */
	uint32_t noun_end;		/* sentence token after an OUTW_NOUN phrase */
	uint64_t key;			/* lex_key of a word, else 0 (analyze_mentions.c) */
	wk_set words;			/* its kinds, W_*: the whole token is such a word */
	size_t person;			/* person named here, or WS_NONE */
	size_t outlet_at;		/* outlet named here, or WS_NONE */
	uint32_t next_cut;		/* where a content through here ends (analyze_content.c) */
	uint32_t content_from;		/* where a content ending here starts at the earliest (same) */
	uint32_t marks;			/* quotations' marks up to here, this one included (an_count_marks) */
};

/* A claim found in the sentence at work, before it is resolved. */
struct an_claim {
	struct ws_claim c;
	size_t cue_tok, cue_end;	/* sentence token indices */
	size_t by_tok, by_end;		/* by_tok == by_end: no one */
	unsigned char cls;		/* enum lex_cue_class */
	unsigned char dropped;
};

/* What the engine knows about a person beyond ws_person. */
struct an_person {
	uint64_t surname;	/* lex_key of the surname */
	unsigned char has_given;
	size_t last_sentence;	/* where last named */
};

#define AN_RECENT 16
#define AN_CANDIDATES 32

/*
 * A run of capitalised words nothing vouched for yet ("Ama Owusu-Ansah
 * opened the count."): when a cue later vouches for its surname alone
 * ("Owusu-Ansah said"), the person gets this fuller name.
 */
struct an_candidate {
	uint64_t surname;	/* lex_key of its surname */
	uint32_t start, end;	/* bytes */
	uint32_t sent;		/* the sentence it is in */
	unsigned char subject;	/* opens it as the subject of a verb in the past */
};

/*
 * Nonzero 64-bit keys to indexes, by open addressing, at most half
 * full: a key is found or set in a few probes, whatever the number held
 * (a page of thousands of names or outlets).  Zeroed: empty.
 */
struct an_keymap {
	uint64_t *keys;		/* 0: a free slot */
	size_t *vals;
	size_t cap, used;
};

/*
 * A word's reading kept for the next token of the same bytes
 * (analyze_mentions.c): the token's an_tok as the lexicons left it, its
 * ends (cue_end, outlet_end, title_end, noun_end) relative to it.
 */
struct an_memo {
	struct an_tok tok;		/* tok.key == 0: the slot is empty */
	uint32_t hash;			/* of the token's bytes, capital and end */
	uint32_t start, len;		/* a token of these bytes, into the text */
	unsigned char cap;		/* its WS_TOK_CAP, which outlet words ask */
	unsigned char ends;		/* does its word end there (lex_word_ends)? */
	uint32_t word;			/* with a model: its word as the learned layer hashes it */
};

#define AN_MEMO_BITS 11
#define AN_MEMO_WAYS 2

struct an_ctx {
	const struct ws_doc *doc;
	const char *s;
	size_t len;
	const struct ws_lexicon *lex;
	struct ws_analysis *an;
	size_t people_cap, outlets_cap, claims_cap;
	struct an_person *pinfo;
	size_t *outlet_of;		/* lexicon outlet -> analysis outlet */
	uint64_t *outlet_nouns;		/* analysis outlet -> key of the noun that named it
					   ("broadcaster" of "the public broadcaster RÚV"), or 0 */
	size_t outlet_nouns_cap;

	struct an_quote *quotes;
	size_t nquotes, quotes_cap, qfloat;
	struct an_intro *intros;		/* sorted by quotation */
	size_t nintros, intros_cap;
	size_t qcur, sq_first, sq_end;		/* quotations touching the sentence */
	size_t sq_tok_first, sq_tok_end;	/* its doc tokens */
	uint32_t *sq_at;			/* per token of the sentence: the quotation
						   holding it, or AN_NO_QUOTE */
	size_t sq_at_cap;

	struct an_memo *memo;		/* AN_MEMO_WAYS << AN_MEMO_BITS, by hash */

	/* The sentence at work. */
	size_t sent;
	size_t sent_block;		/* its block, */
	struct ws_block blk;		/* found once a block (ws_doc_block() searches) */
	const struct ws_token *tok;
	size_t ntok;
	struct an_tok *ti;
	size_t ti_cap;
	struct an_claim *sc;
	size_t nsc, sc_cap;
	int titlecase;			/* a headline: every word capitalised */
	size_t skip_to;			/* cues before this token are not claims */
	size_t first_comma;		/* first comma of the sentence, or WS_NONE */
	size_t first_word;		/* first word of the sentence, or ntok */

	/* Recency: the people named lately, most recent first. */
	size_t recent[AN_RECENT];
	size_t nrecent;
	size_t last_speaker, last_speaker_sent, last_outlet, last_outlet_sent;
	/* "The Kyiv Independent, citing two officials, reported …": the group and its outlet. */
	uint64_t cited_group;		/* key of "officials", or 0 */
	size_t cited_outlet, cited_sent;
	size_t last_subject, last_subject_sent;	/* a person opening a sentence */
	size_t last_claim_block;
	/*
	 * The last claim credited to a person and an outlet ("In an
	 * interview with ORF, Pölzl said …"), and its sentence plus one (0:
	 * none): "He added that …" in the next sentence keeps the outlet.
	 */
	size_t said_speaker, said_outlet, said_sent;
	struct ws_span said_via;
	/*
	 * The sentence plus one (0: none) of the last claim of someone
	 * unnamed ("A neighbor who asked not to be named said"): "she said"
	 * right after it is that neighbor still.
	 */
	size_t unnamed_sent;

	/* Outlets named by context ("the broadcaster RÚV"), by their names' bytes. */
	struct an_context_outlet {
		size_t outlet;		/* index into an->outlets */
		uint32_t start, end;	/* the name as first written */
		uint64_t head;		/* its first 8 bytes (an_head()) */
	} couts[AN_CANDIDATES];
	size_t ncouts;
	uint64_t couts_first[4];	/* the first bytes of their names, a bit each */

	/* Names nothing vouched for, a ring of the latest. */
	struct an_candidate cands[AN_CANDIDATES];
	/* Surname keys of companies' names ("Emerson Lowe" of "Emerson Lowe Group"), a ring. */
	uint64_t org_keys[AN_CANDIDATES];
	size_t norg_keys;
	size_t ncands;

	/* Surname keys -> person. */
	struct an_keymap names;
	/* Given names' keys -> the one person named so, or AN_MANY_GIVEN when two are. */
	struct an_keymap given;
	struct an_keymap middle;	/* a middle name's key to its person, or AN_MANY_GIVEN */
	/* Hashes of outlets' ids -> outlet, so that an outlet is found by id at once. */
	struct an_keymap outlet_ids;

	/*
	 * The last answers of an_tok_at() and an_quote_at(), where their
	 * next searches start: a rule asks about tokens near the one it
	 * asked about last, and a sentence of a thousand tokens would cost
	 * every question ten halvings.  A guess changes no answer, only its
	 * cost; it is written through a pointer (to guess_store), as the
	 * searches take the context read-only.
	 */
	struct an_guess {
		size_t tok, quote;
	} *guess, guess_store;
	/*
	 * The surname of the last name weighed (analyze_mentions.c): the
	 * rules that weigh a name ask for it four or five times, and what it
	 * is read from (tokens, word kinds) does not change within a
	 * sentence.  Written through a pointer, as guess is.
	 */
	struct an_surname {
		size_t sent, a, b;	/* the name: sentence tokens [a, b); sent WS_NONE: none yet */
		size_t at;		/* surname_at() */
		uint64_t key;		/* surname_key(), once keyed */
		int keyed;
	} *surname, surname_store;

	/* The learned cues (with a model): per sentence token. */
	uint8_t *learned;
	size_t learned_cap;
	/* With a model: the word of every token of the doc, as the learned layer reads it. */
	uint32_t *words;
};

/* Text of sentence token k. */
static inline const char *
an_text(const struct an_ctx *ctx, size_t k, size_t *len)
{
	ctx->an->work++;
	*len = ws_token_len(&ctx->tok[k]);
	return ctx->s + ws_token_start(&ctx->tok[k]);
}

/*
 * Do the len bytes at t, at least min_len of them, end in "-ed": a verb
 * in the past or its participle ("announced", "Seoul-led").  Each rule
 * says how short a word it trusts: 3 lets "led" in, 5 keeps "used" and
 * "need" out.  Asked of tokens' text and of lexicon phrases alike.
 */
static inline int
an_ends_ed(const char *t, size_t len, size_t min_len)
{
	return len >= min_len && len >= 2 && t[len - 2] == 'e' && t[len - 1] == 'd';
}

/*
 * Do the len bytes at t, at least min_len of them, end in "-ing": a
 * participle or a gerund ("saying", "Walking to the next house").  Each
 * rule says how short a word it trusts: 4 lets "sing" in, 5 keeps it out,
 * 6 keeps "thing" and "being" out too.  Asked of tokens' text and of
 * lexicon phrases alike.
 */
static inline int
an_ends_ing(const char *t, size_t len, size_t min_len)
{
	return len >= min_len && len >= 3 && memcmp(t + len - 3, "ing", 3) == 0;
}

/* Length of a name token without a possessive "’s" or "'s" (inline: asked of every name's words). */
static inline size_t
an_name_len(const struct an_ctx *ctx, size_t k)
{
	size_t len;
	const char *t = an_text(ctx, k, &len);

	if (len > 4 && memcmp(t + len - 4, "\xe2\x80\x99s", 4) == 0)
		return len - 4;
	if (len > 2 && memcmp(t + len - 2, "'s", 2) == 0)
		return len - 2;
	return len;
}

/* Has sentence token k any of the WS_TOK_ flags `flags` (segment.h)? */
static inline int
tok_is(const struct an_ctx *ctx, size_t k, unsigned flags)
{
	ctx->an->work++;
	return ws_token_is(&ctx->tok[k], flags);
}

/* The first byte of sentence token k. */
static inline uint32_t
tok_start(const struct an_ctx *ctx, size_t k)
{
	return ws_token_start(&ctx->tok[k]);
}

/* The byte after sentence token k. */
static inline size_t
tok_end(const struct an_ctx *ctx, size_t k)
{
	return ws_token_end(&ctx->tok[k]);
}

/* Is sentence token k a word of one of the kinds `kinds` (W_*)? */
static inline int
tok_has(const struct an_ctx *ctx, size_t k, wk_set kinds)
{
	ctx->an->work++;
	return k < ctx->ntok && wk_any(ctx->ti[k].words, kinds);
}

/* Is token t (of the doc or the sentence) the single character c? */
static inline int
an_mark_is(const struct an_ctx *ctx, const struct ws_token *t, char c)
{
	return ws_token_len(t) == 1 && ctx->s[ws_token_start(t)] == c;
}

/* Is sentence token k the single character c? */
static inline int
an_tok_punct(const struct an_ctx *ctx, size_t k, char c)
{
	ctx->an->work++;
	return k < ctx->ntok && an_mark_is(ctx, &ctx->tok[k], c);
}

/*
 * Is sentence token k the mark c inside a word, written with no space
 * either side: the hyphen of "Ye-jin" and "al-Gohary", the dot of
 * "apnews.com"?  Whether the tokens either side are words is the
 * caller's to ask.  Inline: asked at every word of a name.
 */
static inline int
an_mark_inside(const struct an_ctx *ctx, size_t k, char c)
{
	return k > 0 && k + 1 < ctx->ntok && an_tok_punct(ctx, k, c) &&
	       tok_end(ctx, k - 1) == tok_start(ctx, k) && tok_end(ctx, k) == tok_start(ctx, k + 1);
}

/*
 * Token tests the cue stages (analyze_subject.c, analyze_content.c,
 * analyze_cues.c) share; inline, as they ask them of most tokens.
 */

/* A cue word, not part of a name ("the Washington Post", "Edward Said"). */
static inline int
an_is_cue(const struct an_ctx *ctx, size_t k)
{
	return k < ctx->ntok && ctx->ti[k].cue != NULL && ctx->ti[k].cue->kind == LEX_CUE &&
	       !ctx->ti[k].in_name;
}

/* A mark that ends a clause the content cannot run past: ". ! ? ;". */
static inline int
an_is_end_punct(const struct an_ctx *ctx, size_t k)
{
	return an_tok_punct(ctx, k, '.') || an_tok_punct(ctx, k, '!') ||
	       an_tok_punct(ctx, k, '?') || an_tok_punct(ctx, k, ';');
}

/* An em or en dash, a hyphen or "--" standing alone. */
static inline int
an_is_dash(const struct an_ctx *ctx, size_t k)
{
	size_t len;
	const char *t;

	if (k >= ctx->ntok)
		return 0;
	t = an_text(ctx, k, &len);
	return (len == 3 && (memcmp(t, "\xe2\x80\x94", 3) == 0 || memcmp(t, "\xe2\x80\x93", 3) == 0)) ||
	       (len == 1 && *t == '-') || (len == 2 && memcmp(t, "--", 2) == 0);
}

/* "strongly", "vehemently": an adverb in -ly between a subject and its cue. */
static inline int
an_is_adverb(const struct an_ctx *ctx, size_t j)
{
	size_t len;
	const char *t = an_text(ctx, j, &len);

	return len > 4 && tok_is(ctx, j, WS_TOK_WORD) && !tok_is(ctx, j, WS_TOK_CAP) &&
	       t[len - 2] == 'l' && t[len - 1] == 'y' && !ctx->ti[j].in_name;
}

/* A word in -ing: "Walking to the next house, Ebeling said". */
static inline int
an_is_ing(const struct an_ctx *ctx, size_t a)
{
	size_t len;
	const char *t = an_text(ctx, a, &len);

	return an_ends_ing(t, len, 6) && tok_is(ctx, a, WS_TOK_WORD);
}

size_t an_tok_at(const struct an_ctx *ctx, size_t off);
/* Sort claims by content start, then cue start; stable (analyze.c). */
void an_sort_claims(struct ws_claim *c, size_t n);

/* analyze_quotes.c */
void an_find_quotes(struct an_ctx *ctx);
/* The first byte of quotation q: its opening mark's. */
static inline uint32_t
an_quote_start(const struct an_ctx *ctx, const struct an_quote *q)
{
	return ws_token_start(&ctx->doc->tokens[q->open]);
}
/* The byte after quotation q: after its closing mark, or its last token when left open. */
static inline uint32_t
an_quote_end(const struct an_ctx *ctx, const struct an_quote *q)
{
	return (uint32_t)ws_token_end(&ctx->doc->tokens[q->close]);
}
/*
 * The first quotation that ends after byte off (ctx->nquotes if none),
 * searched from quotation `from` when all those before it end by off
 * (from the start otherwise): O(log distance).
 */
size_t an_quote_after(const struct an_ctx *ctx, size_t from, size_t off);
const struct an_quote *an_quote_at(const struct an_ctx *ctx, size_t doc_tok);
/* Who introduces quotation q: `by` and `person` (WS_NONE for no one named). */
void an_set_intro(struct an_ctx *ctx, const struct an_quote *q, struct ws_span by, size_t person);
/* The words that introduce quotation q, or NULL when none do. */
const struct an_intro *an_intro_of(const struct an_ctx *ctx, const struct an_quote *q);
void an_quotes_of_sentence(struct an_ctx *ctx, size_t first, size_t end);
/*
 * Does sentence token k open (WS_TOK_OPEN_QUOTE) or close
 * (WS_TOK_CLOSE_QUOTE) a quotation?  A stray mark does neither.  The
 * rules ask it of most tokens, which are no mark: that answer is made
 * here, inline; a mark's, by an_quote_mark_is() (analyze_quotes.c).
 */
int an_quote_mark_is(const struct an_ctx *ctx, size_t k, unsigned which);

static inline int
an_is_quote_mark(const struct an_ctx *ctx, size_t k, unsigned which)
{
	if (k >= ctx->ntok || !tok_is(ctx, k, WS_TOK_OPEN_QUOTE | WS_TOK_CLOSE_QUOTE))
		return 0;
	return an_quote_mark_is(ctx, k, which);
}
/*
 * The comma before sentence token j, where a clause or a participle
 * starts: ", adding that …", or inside the closing mark of a quotation,
 * as American print sets it ("praised the “quiet heroes,” adding …").
 * Where a content cut there ends: before the comma, or after the mark
 * that holds it (the quotation stays whole).  WS_NONE: no comma.
 */
size_t an_comma_behind(const struct an_ctx *ctx, size_t j);
/* The quotation whose mark is sentence token k, or NULL. */
const struct an_quote *an_quote_of(const struct an_ctx *ctx, size_t k);

/* analyze_mentions.c */
void an_scan_tokens(struct an_ctx *ctx);
void an_find_mentions(struct an_ctx *ctx);
void an_add_person_mention(struct an_ctx *ctx, size_t person, size_t start, size_t end);
void an_touch_person(struct an_ctx *ctx, size_t person);
size_t an_subject_person(struct an_ctx *ctx, size_t a, size_t b);
/* Does "and" inside a body's name come right before sentence token j ("Health and Social Care")? */
int an_body_name_goes_on(const struct an_ctx *ctx, size_t j);
/* The person whose surname has lex_key `key` ("Pence", and so "PENCE"), or WS_NONE. */
size_t an_person_by_surname(const struct an_ctx *ctx, uint64_t key);
size_t an_candidate_person(struct an_ctx *ctx, size_t after, size_t k);
/* Is sentence token j in a participle opening the sentence before the comma ahead of k? */
int an_in_participle_opener(const struct an_ctx *ctx, size_t j, size_t k);

/*
 * The cue stages: analyze_subject.c (noun phrases, subjects),
 * analyze_content.c (where a content starts and ends) and analyze_cues.c
 * (the cue readers).  Sentence token indices throughout; WS_NONE for
 * none.
 */

/* Most tokens a phrase may span after an apposition's comma ("X, the ROLE, said"). */
#define AN_APPOS_MAX 16
/* ... and a relative clause there (", whose family came from Kerala three generations ago, said"). */
#define AN_RELATIVE_MAX 32
/* Most words of a quotation that is a title ("on “The Harbour Hour”"), not a content. */
#define AN_TITLE_WORDS_MAX 4
_Static_assert(AN_TITLE_WORDS_MAX < AN_QUOTE_WORDS_MAX, "a quotation's words are counted past it");

/* analyze_subject.c */
/* Skip auxiliaries and -ly adverbs that end at sentence token j ("has also"): the token before them, or WS_NONE. */
size_t an_skip_aux_back(const struct an_ctx *ctx, size_t j);
/*
 * Is sentence token k the preposition between a name and the body it
 * belongs to: "Marta Kowalczyk of the University", "Tom Lee with
 * Fundstrat", "Ana Ruiz from the union"?
 */
static inline int
an_affiliation(const struct an_ctx *ctx, size_t k)
{
	return tok_has(ctx, k, W_ANY(W_PREP_SUBJECT, W_PREP_WITH)) && !tok_is(ctx, k, WS_TOK_CAP);
}

/* The article of "a spokeswoman" right before sentence token k ("for"), or WS_NONE. */
size_t an_article_head(const struct an_ctx *ctx, size_t k);
/* The first token of the noun phrase that ends at sentence token j, or WS_NONE. */
size_t an_np_back(const struct an_ctx *ctx, size_t j);
/* The end of the noun phrase from sentence token k on (k when there is none). */
size_t an_np_forward(const struct an_ctx *ctx, size_t k);
/*
 * The subject the sentence opens with, before token limit, an opening
 * "But" or phrase ("In a speech on Tuesday,") stepped over: its first
 * token, or WS_NONE; *end gets its end.
 */
size_t an_sentence_subject(const struct an_ctx *ctx, size_t limit, size_t *end);
/* The sentence's subject before token limit when it names someone; *end gets its end. */
size_t an_named_subject(const struct an_ctx *ctx, size_t limit, size_t *end);
/* No cue and no quotation mark among sentence tokens [a, b), and b not far from a. */
int an_no_cue_between(const struct an_ctx *ctx, size_t a, size_t b);
/* The comma that opens the apposition of "X, the ROLE, said" (its closing comma at j), or WS_NONE. */
size_t an_apposition_back(const struct an_ctx *ctx, size_t j);
/* The person or outlet named last before token k, or WS_NONE; *end gets its end. */
size_t an_nearest_mention(const struct an_ctx *ctx, size_t k, size_t *end);
/* "with three in 10 saying …": the subject between "with" and the participle at k, or WS_NONE. */
size_t an_with_subject(const struct an_ctx *ctx, size_t k);

/* analyze_content.c */
/* Each token's next cut (an_tok.next_cut), for the sentence at work. */
void an_find_cuts(struct an_ctx *ctx);
/* Each token's count of quotations' marks (an_tok.marks), for the sentence at work. */
void an_count_marks(struct an_ctx *ctx);
/* The end (exclusive) of the content from token c on, end punctuation left out. */
size_t an_content_end(const struct an_ctx *ctx, size_t c);
enum ws_claim_kind an_kind_of(const struct an_ctx *ctx, struct ws_span content);
/* The bytes of the quotation whose opening mark is token k (empty when none). */
struct ws_span an_quote_content(const struct an_ctx *ctx, size_t k);
/* "…,” X said, “…”": extends *content over the quotation at token after. */
void an_continue_quote(const struct an_ctx *ctx, struct ws_span *content, size_t after);
/* The content before boundary bnd (a comma, dash or closing mark) into *out; 0: none. */
int an_content_back(const struct an_ctx *ctx, size_t bnd, struct ws_span *out);
/*
 * Where the sentence at work starts after a dateline or the time of a
 * live blog's entry and its dash ("NAIROBI —", "16:45 —"): the token
 * after the dash, or 0 when it opens with none.
 */
size_t an_dateline_end(const struct an_ctx *ctx);
/* Is sentence token s the surname of someone named before ("PENCE", "PETROVIĆ" after "Anja Petrović")? */
int an_known_surname(const struct an_ctx *ctx, size_t s);
size_t an_surname_person(const struct an_ctx *ctx, size_t s);	/* whose, or WS_NONE */
int an_ends_body_name(const struct an_ctx *ctx, size_t j);
/*
 * The subordinator that opens the sentence at work before token limit
 * ("When" of "When Okafor said …, the ships left", of "But when …" and
 * of "However, “if …"), its connectives, commas and opening marks
 * stepped over: its index, or WS_NONE.  A limit at the sentence's first
 * comma asks of the clause before it alone.
 */
size_t an_opening_subordinator(const struct an_ctx *ctx, size_t limit);
/*
 * Is sentence token k (after an -ly adverb) a lower-case word in -ed, a
 * verb in the past: ", and encouraged …" starts a predicate of its own,
 * "Dockworkers marched on Saturday," is a clause, not an opening phrase.
 */
int an_past_verb(const struct an_ctx *ctx, size_t k);
/* Past "that", the hearer of "told" and adjuncts after the cue: where a content may start. */
size_t an_skip_after_cue(const struct an_ctx *ctx, size_t c, unsigned char cls);
/* A closing mark shortly before token from, only a subject's words between, or WS_NONE. */
size_t an_quote_back(const struct an_ctx *ctx, size_t from);
/* Is b a comma, dash or closing mark, a content's end before its subject? */
int an_is_boundary(const struct an_ctx *ctx, size_t b);
/* Is b a closing mark, or a comma right after one? */
int an_quote_boundary(const struct an_ctx *ctx, size_t b);
/* Is the quotation ending at boundary b a title inside the sentence, not a content? */
int an_title_back(const struct an_ctx *ctx, size_t b);
/* "“…,” Okafor said. “…”": extends *content over the next sentences' quotations. */
void an_next_quotes(const struct an_ctx *ctx, struct ws_span *content);
/* No quotation mark from token c to the end of the sentence. */
int an_unquoted_rest(const struct an_ctx *ctx, size_t c);
/* "…, X said, the rest of it": extends *content past the cue from the comma at c. */
void an_continue_clause(const struct an_ctx *ctx, struct ws_span *content, size_t c);
/* Where a relative clause's content in [c, e) ends ("Obama, who endorsed her, is …"). */
size_t an_relative_end(const struct an_ctx *ctx, size_t c, size_t e);
/* The first comma in [c, e), or e. */
size_t an_comma_before(const struct an_ctx *ctx, size_t c, size_t e);
/* "“Enough!” Okafor said.": the quotation ending the sentence before into *out; 0: none. */
int an_exclaimed_back(const struct an_ctx *ctx, struct ws_span *out);
/* From token c on, only narration ("in his filing") or a show's title: no content. */
int an_rest_is_narration(const struct an_ctx *ctx, size_t c);

/* analyze_cues.c */
/* The claims of the sentence at work, in the order of their cues (ctx->sc). */
void an_find_claims(struct an_ctx *ctx);
/* A headline in title case ("Mayor Says Port Will Reopen"). */
int an_title_case(const struct an_ctx *ctx);

/* analyze_resolve.c */
void an_resolve_claims(struct an_ctx *ctx);
/* The bytes of the outlet's name that sentence token k is part of: "the Associated Press". */
struct ws_span an_outlet_name_at(const struct an_ctx *ctx, size_t k);
void an_float_quotes(struct an_ctx *ctx, int last);
/*
 * Once the text is read: "“We are tired,” she said. Maria Okafor, 45,
 * has fished here for decades.": a claim credited to "he" or "she"
 * before anyone is named is of the first person named after it, of that
 * gender or of none known, when that name opens a sentence of its
 * paragraph or the next.  A feature's opening names its speaker so,
 * after the quotation; any other pronoun with no one before it is left
 * to no one.
 */
void an_resolve_cataphora(struct an_ctx *ctx);

/* analyze_split.c */
/* Cut each claim into the quotations a reader sees: at its tag, at paragraphs. */
void an_split_claims(struct an_ctx *ctx);

#endif

/*
 * The lexicons: outlets, cues, titles, honorifics, names and the words
 * that steer the engine.
 *
 * Every file has the same line format:
 *
 *	# a comment
 *	KIND: ENTRY | ENTRY | ...
 *
 * An outlet line lists one outlet, its canonical name first.  The data
 * files under data/ are compiled into the program (lexicon_data.c is
 * generated from them); a user adds files of the same format in
 * $XDG_CONFIG_HOME/whosaid/.
 *
 * Entries are kept in a hash table keyed by their words: the key of a
 * phrase's first word, then that key combined with each further word's.
 * A phrase is chained under the key of all its words, and each shorter
 * run of its first words is marked as leading further, so the engine
 * asks, at each token, which entries start with this word, then with
 * this word and the next while some entry goes on: never a scan of the
 * thousands of entries a user's list may start with one word ("said
 * ...", "Deputy ...").
 */
#include "config.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <unicase.h>

#include "analyze_int.h"
#include "whosaid/xmalloc.h"

#define LEX_MAX_LINE 4096

/* ASCII lower case without the locale: the lexicons are matched byte by byte. */
static inline unsigned char
lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c + 32) : c;
}

/*
 * Word bytes folded to lower case, 0 for the others: the key of every
 * word the analysis reads goes through this table.
 */
#define FOLD(c) ((c) >= 'A' && (c) <= 'Z' ? (unsigned char)((c) + 32) : \
		 ((c) >= 'a' && (c) <= 'z') || ((c) >= '0' && (c) <= '9') || (c) >= 0x80 ? (c) : 0)
#define FOLD4(c) FOLD(c), FOLD((c) + 1), FOLD((c) + 2), FOLD((c) + 3)
#define FOLD16(c) FOLD4(c), FOLD4((c) + 4), FOLD4((c) + 8), FOLD4((c) + 12)
#define FOLD64(c) FOLD16(c), FOLD16((c) + 16), FOLD16((c) + 32), FOLD16((c) + 48)
static const unsigned char word_fold[256] = {
	FOLD64(0), FOLD64(64), FOLD64(128), FOLD64(192)
};

/*
 * FNV-1a over the word's folded bytes, then mixed so that the low bits,
 * which index the open-addressing tables (here, analyze_mentions.c),
 * depend on every byte; the top bit set marks a used
 * slot.  (Two hashes of alternate bytes, or the bytes packed eight at a
 * time, measured slower on the words of news.)
 */
uint64_t
lex_key(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i = 0;
	unsigned char c;

	while (i < len && word_fold[(unsigned char)s[i]] == 0)
		i++;
	for (; i < len && (c = word_fold[(unsigned char)s[i]]) != 0; i++)
		h = (h ^ c) * 1099511628211ULL;
	h ^= h >> 29;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 32;
	return h | (uint64_t)1 << 63;	/* 0 marks an empty slot */
}

/*
 * The key of a run of words and one more word (s, len: that word, to
 * white space).  A no-break space ends a phrase's last word as lex_match()
 * sees it ("nominee" in "nominee\u00a0Gov."), so the key stops there.
 */
static uint64_t
key_more(uint64_t key, const char *s, size_t len)
{
	uint64_t h;

	/* a word is a few bytes: a loop finds the no-break space in fewer steps than memmem() */
	for (size_t i = 0; i + 1 < len; i++)
		if (s[i] == '\xc2' && s[i + 1] == '\xa0') {
			len = i;
			break;
		}
	h = (key ^ lex_key(s, len)) * 0x9e3779b97f4a7c15ULL;

	h ^= h >> 31;
	return h | (uint64_t)1 << 63;
}

static const struct lex_slot *
slot_find(const struct ws_lexicon *lex, uint64_t key)
{
	size_t mask = lex->nslots - 1, i = (size_t)key & mask;

	while (lex->slots[i].key != 0) {
		if (lex->slots[i].key == key)
			return &lex->slots[i];
		i = (i + 1) & mask;
	}
	return NULL;
}

/* The length of the word (up to white space) at s, of at most max bytes. */
static size_t
word_len(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && !isspace((unsigned char)s[n]))
		n++;
	return n;
}

size_t
lex_chains(const struct ws_lexicon *lex, uint64_t key, const char *s, size_t pos,
	   size_t limit, const struct lex_entry *chains[LEX_MAX_WORDS])
{
	const struct lex_slot *slot = slot_find(lex, key);
	size_t n = 0, end = limit - pos > LEX_MAX_ENTRY ? pos + LEX_MAX_ENTRY : limit;

	/* Words of the text as lex_match() reads them: runs of non-space. */
	while (slot != NULL && n < LEX_MAX_WORDS) {
		if (slot->chain != NULL)
			chains[n++] = slot->chain;
		if (!slot->longer)
			break;
		pos += word_len(s + pos, end - pos);
		while (pos < end && isspace((unsigned char)s[pos]))
			pos++;
		if (pos >= end)
			break;
		key = key_more(key, s + pos, word_len(s + pos, end - pos));
		slot = slot_find(lex, key);
	}
	for (size_t i = 0; i < n / 2; i++) {
		const struct lex_entry *t = chains[i];

		chains[i] = chains[n - 1 - i];
		chains[n - 1 - i] = t;
	}
	return n;
}

int
lex_one_word(const struct ws_lexicon *lex, uint64_t key, const struct lex_entry **chain)
{
	const struct lex_slot *slot = slot_find(lex, key);

	*chain = slot != NULL ? slot->chain : NULL;
	return slot == NULL || !slot->longer;
}

/* Is the phrase an acronym: two letters or more, all capitals ("UN", "U.S.", "GOP", "III")? */
static int
all_capitals(const char *phrase)
{
	size_t letters = 0;

	for (const char *p = phrase; *p != '\0'; p++) {
		if (*p >= 'a' && *p <= 'z')
			return 0;
		letters += *p >= 'A' && *p <= 'Z';
	}
	return letters >= 2;
}

size_t
lex_match(const struct lex_entry *e, const char *s, size_t len, size_t pos)
{
	const char *p = e->phrase, *end = e->phrase + e->len;
	size_t i = pos;
	int fold = !(e->flags & LEXF_CASE);

	if (e->flags & LEXF_THE) {
		if (len - pos < 4 || lower((unsigned char)s[pos]) != 't' ||
		    lower((unsigned char)s[pos + 1]) != 'h' || lower((unsigned char)s[pos + 2]) != 'e')
			return 0;
		p += 3;
		i += 3;
	}
	while (p < end) {
		if (*p == ' ') {
			if (i >= len || !isspace((unsigned char)s[i]))
				return 0;
			while (i < len && isspace((unsigned char)s[i]))
				i++;
			p++;
			continue;
		}
		if (i >= len)
			return 0;
		if (*p != s[i] && (!fold || lower((unsigned char)*p) != lower((unsigned char)s[i])))
			return 0;
		p++;
		i++;
	}
	/* "per" must not match the start of "percent". */
	return lex_word_ends(s, len, i, (unsigned char)end[-1]) ? i : 0;
}

/*
 * Most lookups meet a one-word entry as long as the token: compared
 * byte by byte here, without lex_match()'s handling of spaces and "the".
 * A shorter entry would end inside the token, where no match is kept.
 */
size_t
lex_match_token(const struct lex_entry *e, const char *s, size_t len, size_t pos,
		size_t tok_len)
{
	size_t i, n = e->len;

	if (!(e->flags & LEXF_ONEWORD) || n > tok_len)
		return lex_match(e, s, len, pos);
	if (n < tok_len)
		return 0;
	if (e->flags & LEXF_CASE) {
		if (memcmp(e->phrase, s + pos, n) != 0)
			return 0;
	} else {
		for (i = 0; i < n; i++)
			if (e->phrase[i] != s[pos + i] &&
			    lower((unsigned char)e->phrase[i]) != lower((unsigned char)s[pos + i]))
				return 0;
	}
	i = pos + n;
	return lex_word_ends(s, len, i, (unsigned char)e->phrase[n - 1]) ? i : 0;
}

int
lex_word_is(const struct lex_entry *e, const char *s, size_t len, int exact)
{
	if (e->kind != LEX_WORD || e->len != len)
		return 0;
	if (exact || (e->flags & LEXF_CASE))
		return memcmp(e->phrase, s, len) == 0;
	for (size_t i = 0; i < len; i++)
		if (e->phrase[i] != s[i] && lower((unsigned char)e->phrase[i]) != lower((unsigned char)s[i]))
			return 0;
	return 1;
}

/* The entries of one word, of key `key`, or NULL. */
static const struct lex_entry *
word_chain(const struct ws_lexicon *lex, uint64_t key)
{
	const struct lex_slot *slot = slot_find(lex, key);

	return slot != NULL ? slot->chain : NULL;
}

wk_set
lex_word_kinds(const struct ws_lexicon *lex, const char *s, size_t len)
{
	wk_set words = { 0, 0 };

	for (const struct lex_entry *e = word_chain(lex, lex_key(s, len)); e != NULL; e = e->next)
		if (lex_word_is(e, s, len, 0))
			words = wk_or(words, e->words);
	return words;
}

/* What the segmenter reads of the word s (ABBR_*), as written or in any case. */
static unsigned
abbreviation_kinds(const struct ws_lexicon *lex, const char *s, size_t len, int exact)
{
	unsigned abbr = 0;

	for (const struct lex_entry *e = word_chain(lex, lex_key(s, len)); e != NULL; e = e->next)
		if (lex_word_is(e, s, len, exact))
			abbr |= e->cls;
	return abbr;
}

/* Is entry e the one-word title or honorific "s." ("Gen.", "Mr."), case included? */
static int
is_title_entry(const struct lex_entry *e, const char *s, size_t len)
{
	return (e->kind == LEX_TITLE || e->kind == LEX_HONORIFIC) && e->len == len + 1 &&
	       e->phrase[len] == '.' && memcmp(e->phrase, s, len) == 0;
}

/*
 * The word's abbreviation kinds and whether "s." is a title are read
 * from the one chain of its key: the segmenter asks at every word before
 * a period.
 */
enum ws_abbrev
ws_lexicon_abbreviation(const struct ws_lexicon *lex, const char *s, size_t len)
{
	unsigned abbr = 0;
	int title = 0;

	for (const struct lex_entry *e = word_chain(lex, lex_key(s, len)); e != NULL; e = e->next) {
		if (lex_word_is(e, s, len, 1))
			abbr |= e->cls;
		else if (is_title_entry(e, s, len))
			title = 1;
	}
	if ((abbr & ABBR_TITLE) || title)
		return WS_ABBREV_TITLE;
	if (abbr & ABBR_NUMBER)
		return WS_ABBREV_NUMBER;
	if (abbr & ABBR_OTHER)
		return WS_ABBREV_OTHER;
	return WS_ABBREV_NONE;
}

int
ws_lexicon_sentence_opener(const struct ws_lexicon *lex, const char *s, size_t len)
{
	return (abbreviation_kinds(lex, s, len, 1) & ABBR_OPENER) != 0;
}

int
ws_lexicon_elision(const struct ws_lexicon *lex, const char *s, size_t len)
{
	return (abbreviation_kinds(lex, s, len, 0) & ABBR_ELISION) != 0;
}

static void
lex_grow(struct ws_lexicon *lex)
{
	size_t n = lex->nslots ? lex->nslots * 2 : 1024;
	struct lex_slot *slots = xcalloc(n, sizeof *slots);

	for (size_t i = 0; i < lex->nslots; i++) {
		size_t j;

		if (lex->slots[i].key == 0)
			continue;
		for (j = (size_t)lex->slots[i].key & (n - 1); slots[j].key != 0; j = (j + 1) & (n - 1))
			;
		slots[j] = lex->slots[i];
	}
	free(lex->slots);
	lex->slots = slots;
	lex->nslots = n;
}

/* The slot of key, made when missing. */
static struct lex_slot *
slot_get(struct ws_lexicon *lex, uint64_t key)
{
	size_t i, mask;

	if ((lex->nused + 1) * 2 > lex->nslots)
		lex_grow(lex);
	mask = lex->nslots - 1;
	for (i = (size_t)key & mask; lex->slots[i].key != 0 && lex->slots[i].key != key;
	     i = (i + 1) & mask)
		;
	if (lex->slots[i].key == 0) {
		lex->slots[i].key = key;
		lex->nused++;
	}
	return &lex->slots[i];
}

/*
 * Add an entry (takes ownership of e) to the chain of all its words,
 * marking the runs of its first words as leading further.  "the outlet"
 * is found from its second word: "the" starts too many entries.
 */
static void
lex_add(struct ws_lexicon *lex, struct lex_entry *e)
{
	const char *p = e->phrase, *end = e->phrase + e->len;
	struct lex_slot *slot = NULL;
	struct lex_entry **tail;
	uint64_t key = 0;

	if (e->flags & LEXF_THE)
		p += 4;
	while (p < end) {
		size_t n = word_len(p, (size_t)(end - p));

		if (slot != NULL)
			slot->longer = 1;
		key = slot == NULL ? lex_key(p, n) : key_more(key, p, n);
		slot = slot_get(lex, key);
		p += n;
		while (p < end && *p == ' ')
			p++;
	}
	if (slot == NULL)
		slot = slot_get(lex, lex_key(p, 0));
	/* A word listed under several kinds is one entry with all of them. */
	if (e->kind == LEX_WORD) {
		for (struct lex_entry *w = slot->chain; w != NULL; w = w->next) {
			if (w->kind == LEX_WORD && w->len == e->len &&
			    memcmp(w->phrase, e->phrase, e->len) == 0) {
				w->words = wk_or(w->words, e->words);
				w->cls |= e->cls;
				free(e->phrase);
				free(e);
				return;
			}
		}
	}
	/* Longer phrases first, so that the first match is the longest. */
	for (tail = &slot->chain; *tail != NULL && (*tail)->len >= e->len; tail = &(*tail)->next)
		;
	e->next = *tail;
	*tail = e;
}

/*
 * "Østergaard", "Élisabeth": the letters beyond ASCII in lower case too
 * (u8_tolower(), which may change their length).  Takes out, n bytes of
 * UTF-8 it owns; returns it, or the lower-case copy that replaces it.
 * Text that is no UTF-8, or no memory for the copy, leaves it as it was.
 */
static char *
lower_beyond_ascii(char *out, size_t n)
{
	size_t i = 0, m;
	uint8_t *low;

	while (i < n && (unsigned char)out[i] < 0x80)
		i++;
	if (i == n)
		return out;
	low = u8_tolower((const uint8_t *)out, n + 1, NULL, NULL, NULL, &m);
	if (low == NULL)
		return out;
	free(out);
	return (char *)low;
}

char *
ws_slug(const char *name, size_t len)
{
	char *out = xmalloc(len + 1);
	size_t n = 0;
	int dash = 0;

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)name[i];

		if (isalnum(c) || c >= 0x80) {
			if (dash && n > 0)
				out[n++] = '-';
			dash = 0;
			out[n++] = (char)tolower(c);
		} else if (c != '\'' && c != '.') {
			dash = 1;
		}
	}
	out[n] = '\0';
	return lower_beyond_ascii(out, n);
}

/*
 * The kinds a data file may name, and what an entry of each is: the
 * error for an unknown kind lists these names.  A word kind (LEX_WORD)
 * gives its words a bit set; a weekday, a month or a nationality is
 * also never a name.
 */
struct kind_name {
	const char *name;
	unsigned char kind, cls, gender;
	wk_set words;		/* LEX_WORD: WK_INIT() of its kinds */
};

static const struct kind_name kinds[] = {
	{ "outlet", LEX_OUTLET, 0, 0, { 0, 0 } },
	{ "outlet-ref", LEX_OUTLET_REF, 0, 0, { 0, 0 } },
	{ "outlet-agency", LEX_OUTLET, 1, 0, { 0, 0 } },	/* cls 1: a news agency */
	{ "pronoun-male", LEX_PRONOUN, 0, WS_GENDER_MALE, { 0, 0 } },
	{ "pronoun-female", LEX_PRONOUN, 0, WS_GENDER_FEMALE, { 0, 0 } },
	{ "pronoun-plural", LEX_PRONOUN, 0, WS_GENDER_UNKNOWN, { 0, 0 } },
	{ "speech", LEX_CUE, CUE_SPEECH, 0, { 0, 0 } },
	{ "tell", LEX_CUE, CUE_TELL, 0, { 0, 0 } },
	{ "belief", LEX_CUE, CUE_BELIEF, 0, { 0, 0 } },
	{ "evidence", LEX_CUE, CUE_EVIDENCE, 0, { 0, 0 } },
	{ "stance", LEX_CUE, CUE_STANCE, 0, { 0, 0 } },
	{ "according", LEX_CUE, CUE_ACCORDING, 0, { 0, 0 } },
	{ "aux", LEX_AUX, 0, 0, { 0, 0 } },
	{ "title", LEX_TITLE, 0, 0, { 0, 0 } },
	{ "title-male", LEX_TITLE, 0, WS_GENDER_MALE, { 0, 0 } },
	{ "title-female", LEX_TITLE, 0, WS_GENDER_FEMALE, { 0, 0 } },
	{ "honorific", LEX_HONORIFIC, 0, 0, { 0, 0 } },
	{ "honorific-male", LEX_HONORIFIC, 0, WS_GENDER_MALE, { 0, 0 } },
	{ "honorific-female", LEX_HONORIFIC, 0, WS_GENDER_FEMALE, { 0, 0 } },
	{ "org-name", LEX_ORG, 0, 0, { 0, 0 } },
	{ "given-male", LEX_WORD, 0, WS_GENDER_MALE, WK_INIT(WK_GIVEN_MALE) },
	{ "given-female", LEX_WORD, 0, WS_GENDER_FEMALE, WK_INIT(WK_GIVEN_FEMALE) },
	{ "family-first", LEX_WORD, 0, 0, WK_INIT(WK_FAMILY_FIRST) },
	{ "not-name", LEX_WORD, 0, 0, WK_INIT(WK_NOT_NAME) },
	{ "org", LEX_WORD, 0, 0, WK_INIT(WK_ORG) },
	{ "org-opener", LEX_WORD, 0, 0, WK_INIT(WK_ORG_OPENER) },
	{ "post", LEX_WORD, 0, 0, WK_INIT(WK_POST) },
	{ "body-noun", LEX_WORD, 0, 0, WK_INIT(WK_BODY_NOUN) },
	{ "possessive-body", LEX_WORD, 0, 0, WK_INIT(WK_POSSESSIVE_BODY) },
	{ "descriptor", LEX_WORD, 0, 0, WK_INIT(WK_DESCRIPTOR) },
	{ "adjective", LEX_WORD, 0, 0, WK_INIT2(WK_ADJECTIVE, WK_NOT_NAME) },
	{ "name-particle", LEX_WORD, 0, 0, WK_INIT(WK_NAME_PARTICLE) },
	{ "name-patronymic", LEX_WORD, 0, 0, WK_INIT(WK_PATRONYMIC) },
	{ "kin-female", LEX_WORD, 0, 0, WK_INIT(WK_KIN_FEMALE) },
	{ "kin-male", LEX_WORD, 0, 0, WK_INIT(WK_KIN_MALE) },
	{ "name-suffix", LEX_WORD, 0, 0, WK_INIT(WK_NAME_SUFFIX) },
	{ "given-abbreviation", LEX_WORD, 0, 0, WK_INIT(WK_GIVEN_ABBR) },
	{ "place", LEX_WORD, 0, 0, WK_INIT(WK_ORG) },
	{ "outlet-noun", LEX_OUTLET_WORD, OUTW_NOUN, 0, { 0, 0 } },
	{ "outlet-word", LEX_OUTLET_WORD, OUTW_HEAD, 0, { 0, 0 } },
	{ "outlet-report", LEX_OUTLET_WORD, OUTW_REPORT, 0, { 0, 0 } },
	{ "outlet-hearer", LEX_OUTLET_WORD, OUTW_HEARER, 0, { 0, 0 } },
	{ "outlet-quotes", LEX_OUTLET_WORD, OUTW_QUOTED, 0, { 0, 0 } },
	{ "outlet-cites", LEX_OUTLET_WORD, OUTW_CITES, 0, { 0, 0 } },
	{ "weekday", LEX_WORD, 0, 0, WK_INIT2(WK_WEEKDAY, WK_NOT_NAME) },
	{ "month", LEX_WORD, 0, 0, WK_INIT2(WK_MONTH, WK_NOT_NAME) },
	{ "month-abbreviation", LEX_WORD, ABBR_NUMBER, 0, WK_INIT(WK_NOT_NAME) },
	{ "abbreviation", LEX_WORD, ABBR_OTHER, 0, { 0, 0 } },
	{ "abbreviation-number", LEX_WORD, ABBR_NUMBER, 0, { 0, 0 } },
	{ "abbreviation-title", LEX_WORD, ABBR_TITLE, 0, { 0, 0 } },
	{ "sentence-opener", LEX_WORD, ABBR_OPENER, 0, { 0, 0 } },
	{ "elision", LEX_WORD, ABBR_ELISION, 0, { 0, 0 } },
	{ "article-definite", LEX_WORD, 0, 0, WK_INIT(WK_THE) },
	{ "article-indefinite", LEX_WORD, 0, 0, WK_INIT(WK_A) },
	{ "pronoun-first", LEX_WORD, 0, 0, WK_INIT(WK_PRON_FIRST) },
	{ "pronoun-first-object", LEX_WORD, 0, 0, WK_INIT(WK_PRON_FIRST_OBJECT) },
	{ "pronoun-second", LEX_WORD, 0, 0, WK_INIT(WK_PRON_SECOND) },
	{ "pronoun-neuter", LEX_WORD, 0, 0, WK_INIT(WK_PRON_NEUTER) },
	{ "pronoun-subject", LEX_WORD, 0, 0, WK_INIT(WK_PRON_SUBJECT) },
	{ "relative-person", LEX_WORD, 0, 0, WK_INIT(WK_REL_PERSON) },
	{ "relative-thing", LEX_WORD, 0, 0, WK_INIT(WK_REL_THING) },
	{ "relative-object", LEX_WORD, 0, 0, WK_INIT(WK_REL_OBJECT) },
	{ "relative-possessive", LEX_WORD, 0, 0, WK_INIT(WK_REL_POSSESSIVE) },
	{ "relative-place", LEX_WORD, 0, 0, WK_INIT(WK_REL_PLACE) },
	{ "complementizer", LEX_WORD, 0, 0, WK_INIT(WK_COMPLEMENTIZER) },
	{ "coordinator", LEX_WORD, 0, 0, WK_INIT(WK_COORDINATOR) },
	{ "conjunction-sequence", LEX_WORD, 0, 0, WK_INIT(WK_CONJ_SEQUENCE) },
	{ "conjunction-contrast", LEX_WORD, 0, 0, WK_INIT(WK_CONJ_CONTRAST) },
	{ "gerund-opener", LEX_WORD, 0, 0, WK_INIT(WK_GERUND_OPENER) },
	{ "preposition-to", LEX_WORD, 0, 0, WK_INIT(WK_PREP_TO) },
	{ "preposition-with", LEX_WORD, 0, 0, WK_INIT(WK_PREP_WITH) },
	{ "preposition-about", LEX_WORD, 0, 0, WK_INIT(WK_PREP_ABOUT) },
	{ "determiner", LEX_WORD, 0, 0, WK_INIT(WK_DETERMINER) },
	{ "preposition", LEX_WORD, 0, 0, WK_INIT(WK_PREPOSITION) },
	{ "preposition-subject", LEX_WORD, 0, 0, WK_INIT(WK_PREP_SUBJECT) },
	{ "preposition-before-noun", LEX_WORD, 0, 0, WK_INIT(WK_PREP_BEFORE_NOUN) },
	{ "preposition-date", LEX_WORD, 0, 0, WK_INIT(WK_PREP_DATE) },
	{ "preposition-event", LEX_WORD, 0, 0, WK_INIT(WK_PREP_EVENT) },
	{ "speech-event", LEX_WORD, 0, 0, WK_INIT(WK_SPEECH_EVENT) },
	{ "conjunction", LEX_WORD, 0, 0, WK_INIT(WK_CONJUNCTION) },
	{ "subordinator", LEX_WORD, 0, 0, WK_INIT(WK_SUBORDINATOR) },
	{ "clause-opener", LEX_WORD, 0, 0, WK_INIT(WK_CLAUSE_OPENER) },
	{ "question", LEX_WORD, 0, 0, WK_INIT(WK_QUESTION) },
	{ "connective", LEX_WORD, 0, 0, WK_INIT(WK_CONNECTIVE) },
	{ "adverbial-opener", LEX_WORD, 0, 0, WK_INIT(WK_ADVERBIAL_OPENER) },
	{ "be", LEX_WORD, 0, 0, WK_INIT(WK_BE) },
	{ "verb-start", LEX_WORD, 0, 0, WK_INIT(WK_VERB_START) },
	{ "continuative", LEX_WORD, 0, 0, WK_INIT(WK_CONTINUATIVE) },
	{ "time", LEX_WORD, 0, 0, WK_INIT(WK_TIME) },
	{ "time-opener", LEX_WORD, 0, 0, WK_INIT(WK_TIME_OPENER) },
	{ "verb-say", LEX_WORD, 0, 0, WK_INIT(WK_VERB_SAY) },
	{ "verb-finite-report", LEX_WORD, 0, 0, WK_INIT(WK_VERB_FINITE_REPORT) },
	{ "noun-marker", LEX_WORD, 0, 0, WK_INIT(WK_NOUN_MARKER) },
	{ "plural-subject", LEX_WORD, 0, 0, WK_INIT(WK_PLURAL_SUBJECT) },
	{ "report-adverb", LEX_WORD, 0, 0, WK_INIT(WK_REPORT_ADVERB) },
	{ "preposition-agent", LEX_WORD, 0, 0, WK_INIT(WK_PREP_AGENT) },
	{ "preposition-object", LEX_WORD, 0, 0, WK_INIT(WK_PREP_OBJECT) },
	{ "preposition-body", LEX_WORD, 0, 0, WK_INIT(WK_PREP_BODY) },
	{ "quantifier-floating", LEX_WORD, 0, 0, WK_INIT(WK_QUANT_FLOATING) },
	{ "time-phrase", LEX_WORD, 0, 0, WK_INIT(WK_TIME_PHRASE) },
	{ "repetition", LEX_WORD, 0, 0, WK_INIT(WK_REPETITION) },
	{ "adverbial", LEX_WORD, 0, 0, WK_INIT(WK_ADVERBIAL) },
	{ "negation", LEX_WORD, 0, 0, WK_INIT(WK_NEGATION) },
	{ "modal", LEX_WORD, 0, 0, WK_INIT(WK_MODAL) },
	{ "report-noun-opener", LEX_WORD, 0, 0, WK_INIT(WK_REPORT_NOUN_OPENER) },
	{ "verb-asked", LEX_WORD, 0, 0, WK_INIT(WK_VERB_ASKED) },
	{ "verb-goes-on", LEX_WORD, 0, 0, WK_INIT(WK_VERB_GOES_ON) },
	{ "role-end", LEX_WORD, 0, 0, WK_INIT(WK_ROLE_END) },
	{ "comparative", LEX_WORD, 0, 0, WK_INIT(WK_COMPARATIVE) },
	{ "comparative-quantity", LEX_WORD, 0, 0, WK_INIT(WK_COMPARATIVE_QUANTITY) },
	{ "headline-label", LEX_WORD, 0, 0, WK_INIT(WK_HEADLINE_LABEL) },
	{ "role-lawmaker", LEX_WORD, 0, 0, WK_INIT(WK_ROLE_LAWMAKER) },
	{ "role-judge", LEX_WORD, 0, 0, WK_INIT(WK_ROLE_JUDGE) },
	{ "coordinator-contrast", LEX_WORD, 0, 0, WK_INIT(WK_COORDINATOR_CONTRAST) },
	{ "verb-tally", LEX_WORD, 0, 0, WK_INIT(WK_VERB_TALLY) },
	{ "tally-noun", LEX_WORD, 0, 0, WK_INIT(WK_TALLY_NOUN) },
	{ "subordinator-attributive", LEX_WORD, 0, 0, WK_INIT(WK_SUBORDINATOR_ATTRIBUTIVE) },
	{ "verb-naming", LEX_WORD, 0, 0, WK_INIT(WK_VERB_NAMING) },
	{ "reflexive", LEX_WORD, 0, 0, WK_INIT(WK_REFLEXIVE) },
};

static const struct kind_name *
find_kind(const char *s, size_t len)
{
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
		if (strlen(kinds[i].name) == len && memcmp(kinds[i].name, s, len) == 0)
			return &kinds[i];
	return NULL;
}

/* The names of the kinds, ", " between them, in buf (cut at n bytes). */
static const char *
kind_names(char *buf, size_t n)
{
	size_t used = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < sizeof kinds / sizeof kinds[0] && used < n; i++)
		used += (size_t)snprintf(buf + used, n - used, "%s%s", i ? ", " : "", kinds[i].name);
	return buf;
}

static void
add_outlet(struct ws_lexicon *lex, const char *name, size_t len, int agency)
{
	struct lex_outlet *o;
	size_t skip = 0;

	xgrow(&lex->outlets, &lex->outlets_cap, lex->noutlets + 1, sizeof *lex->outlets);
	o = &lex->outlets[lex->noutlets];
	if (len > 4 && strncasecmp(name, "the ", 4) == 0)
		skip = 4;
	o->name = xstrndup(name, len);
	o->id = ws_slug(name + skip, len - skip);
	o->agency = agency;
	lex->noutlets++;
}

/*
 * The first form on a cue's line is the verb's base form ("say"), unless
 * the line leaves it out and starts with an inflected one ("stated").
 */
static int
is_base_form(const char *phrase)
{
	size_t n = strcspn(phrase, " ");

	if (an_ends_ed(phrase, n, 3))
		return 0;
	if (an_ends_ing(phrase, n, 4))
		return 0;
	if (n > 1 && phrase[n - 1] == 's' && phrase[n - 2] != 's')
		return 0;
	return 1;
}

/* One entry of a line: "Associated Press", with its spaces made single. */
static void
add_entry(struct ws_lexicon *lex, const struct kind_name *k, const char *s, size_t len,
	  int first)
{
	struct lex_entry *e = xcalloc(1, sizeof *e);
	size_t n = 0;

	e->phrase = xmalloc(len + 1);
	for (size_t i = 0; i < len; i++) {
		if (isspace((unsigned char)s[i])) {
			if (n > 0 && e->phrase[n - 1] != ' ')
				e->phrase[n++] = ' ';
		} else {
			e->phrase[n++] = s[i];
		}
	}
	e->phrase[n] = '\0';
	e->len = n;
	e->kind = k->kind;
	e->cls = k->cls;
	e->words = k->words;
	e->gender = k->gender;
	if (k->kind == LEX_OUTLET) {
		e->flags |= LEXF_CASE;
		e->outlet = lex->noutlets - 1;
	}
	if (k->kind == LEX_WORD && all_capitals(e->phrase))
		e->flags |= LEXF_CASE;	/* "UN" is no "Un" (of "Kim Jong Un"), "US" no "us" */
	if ((k->kind == LEX_OUTLET || k->kind == LEX_OUTLET_REF) && n > 4 &&
	    strncasecmp(e->phrase, "the ", 4) == 0)
		e->flags |= LEXF_THE;
	if (k->kind == LEX_CUE && first && k->cls != CUE_ACCORDING && is_base_form(e->phrase))
		e->flags |= LEXF_BASE;
	if (n > 0 && memchr(e->phrase, ' ', n) == NULL && !(e->flags & LEXF_THE))
		e->flags |= LEXF_ONEWORD;
	if (k->kind == LEX_CUE && an_ends_ing(e->phrase, strcspn(e->phrase, " "), 5))
		e->flags |= LEXF_ING;
	lex_add(lex, e);
}

static size_t
trim(const char **s, size_t len)
{
	while (len > 0 && isspace((unsigned char)**s)) {
		(*s)++;
		len--;
	}
	while (len > 0 && isspace((unsigned char)(*s)[len - 1]))
		len--;
	return len;
}

static int
parse_line(struct ws_lexicon *lex, const char *line, size_t len, const char **what)
{
	const char *colon = memchr(line, ':', len), *p, *end = line + len;
	const struct kind_name *k;
	const char *kw = line;
	size_t kwlen;
	int first = 1;

	if (colon == NULL) {
		*what = "expected 'KIND: ENTRY | ENTRY ...'";
		return 1;
	}
	kwlen = trim(&kw, (size_t)(colon - line));
	if ((k = find_kind(kw, kwlen)) == NULL) {
		*what = NULL;	/* lex_parse() lists the kinds */
		return 1;
	}
	for (p = colon + 1; p <= end; first = 0) {
		const char *bar = memchr(p, '|', (size_t)(end - p));
		const char *q = p;
		size_t n = trim(&q, (size_t)((bar ? bar : end) - p));

		if (n == 0) {
			*what = "empty entry";
			return 1;
		}
		if (n > LEX_MAX_ENTRY) {
			*what = "entry longer than 200 bytes";
			return 1;
		}
		if (k->kind == LEX_OUTLET && first)
			add_outlet(lex, q, n, k->cls == 1);
		add_entry(lex, k, q, n, first);
		if (bar == NULL)
			break;
		p = bar + 1;
	}
	return 0;
}

int
lex_parse(struct ws_lexicon *lex, const char *file, const char *buf, size_t len,
	  struct ws_error *err)
{
	size_t lineno = 0, i = 0;

	while (i < len) {
		const char *line = buf + i, *nl = memchr(line, '\n', len - i);
		size_t n = nl ? (size_t)(nl - line) : len - i;
		const char *what = NULL;
		const char *t = line;
		size_t tn;
		int rc;

		lineno++;
		i += n + (nl != NULL);
		tn = trim(&t, n);
		if (tn == 0 || *t == '#')
			continue;
		if (memchr(t, '\0', tn) != NULL) {
			what = "NUL byte in line";
			rc = 1;
		} else if (tn > LEX_MAX_LINE) {
			what = "line longer than 4096 bytes";
			rc = 1;
		} else {
			rc = parse_line(lex, t, tn, &what);
		}
		if (rc > 0 && what == NULL) {
			char names[sizeof err->msg];

			return ws_error_set(err, "%s:%zu: unknown kind (%s)", file, lineno,
					    kind_names(names, sizeof names));
		}
		if (rc > 0)
			return ws_error_set(err, "%s:%zu: %s", file, lineno, what);
	}
	return 0;
}

int
ws_lexicon_builtin(struct ws_lexicon **out, struct ws_error *err)
{
	struct ws_lexicon *lex = xcalloc(1, sizeof *lex);

	*out = NULL;
	lex_grow(lex);
	for (const struct ws_embedded *f = lex_builtin_files; f->name != NULL; f++) {
		if (lex_parse(lex, f->name, (const char *)f->bytes, f->size, err) < 0) {
			ws_lexicon_free(lex);
			return -1;
		}
	}
	*out = lex;
	return 0;
}

/*
 * Add one user file.  Only a regular file is a word list: a FIFO would
 * hold up every start, a directory fail it; they are opened without
 * waiting (O_NONBLOCK), looked at and skipped, returning 1.
 */
static int
load_file(struct ws_lexicon *lex, const char *path, struct ws_error *err)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	FILE *fp;
	struct stat st;
	char *buf = NULL;
	size_t len = 0, cap = 0;
	int rc;

	if (fd < 0)
		return ws_error_set(err, "cannot open %s: %s", path, strerror(errno));
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return 1;
	}
	if ((fp = fdopen(fd, "rb")) == NULL) {
		close(fd);
		return ws_error_set(err, "cannot open %s: %s", path, strerror(errno));
	}
	for (;;) {
		size_t n;

		if (len == cap && cap >= ((size_t)16 << 20)) {
			free(buf);
			fclose(fp);
			return ws_error_set(err, "%s: lexicon file larger than 16 MB", path);
		}
		xgrow(&buf, &cap, len + 1, 1);
		n = fread(buf + len, 1, cap - len, fp);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(fp)) {
		rc = ws_error_set(err, "cannot read %s: %s", path, strerror(errno));
	} else {
		rc = lex_parse(lex, path, buf, len, err);
	}
	free(buf);
	fclose(fp);
	return rc;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
ws_lexicon_load_user(struct ws_lexicon *lex, struct ws_error *err)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	char dir[4096], path[4352];
	char *names[256];
	size_t nnames = 0, used;
	struct ws_error skipped;
	struct dirent *de;
	DIR *d;
	int rc = 0;

	if (xdg != NULL && *xdg == '/')
		snprintf(dir, sizeof dir, "%s/whosaid", xdg);
	else if (home != NULL && *home != '\0')
		snprintf(dir, sizeof dir, "%s/.config/whosaid", home);
	else
		return 0;
	if ((d = opendir(dir)) == NULL)
		return 0;
	/* In name order, so that what a user sees does not depend on the disk. */
	while ((de = readdir(d)) != NULL && nnames < 256) {
		size_t n = strlen(de->d_name);

		if (n > 4 && strcmp(de->d_name + n - 4, ".txt") == 0 && de->d_name[0] != '.')
			names[nnames++] = xstrdup(de->d_name);
	}
	closedir(d);
	qsort(names, nnames, sizeof names[0], by_name);
	skipped.msg[0] = '\0';
	for (size_t i = 0; i < nnames; i++) {
		if (rc == 0) {
			snprintf(path, sizeof path, "%s/%s", dir, names[i]);
			if ((rc = load_file(lex, path, err)) > 0) {
				rc = 0;
				/* One warning line naming all (as many as it holds). */
				used = strlen(skipped.msg);
				snprintf(skipped.msg + used, sizeof skipped.msg - used, "%s%.*s",
					 used == 0 ? "not a regular file, skipped: " : ", ",
					 (int)(sizeof skipped.msg - used), path);
			}
		}
		free(names[i]);
	}
	if (rc == 0 && skipped.msg[0] != '\0') {
		if (err != NULL)
			*err = skipped;
		return 1;
	}
	return rc;
}

void
ws_lexicon_set_model(struct ws_lexicon *lex, const struct ws_model *model)
{
	lex->model = model;
	lex->model_cues_only = 0;
}

void
ws_lexicon_set_model_cues(struct ws_lexicon *lex, const struct ws_model *model)
{
	lex->model = model;
	lex->model_cues_only = 1;
}

void
ws_lexicon_free(struct ws_lexicon *lex)
{
	if (lex == NULL)
		return;
	for (size_t i = 0; i < lex->nslots; i++) {
		struct lex_entry *e = lex->slots[i].chain, *next;

		for (; e != NULL; e = next) {
			next = e->next;
			free(e->phrase);
			free(e);
		}
	}
	for (size_t i = 0; i < lex->noutlets; i++) {
		free(lex->outlets[i].id);
		free(lex->outlets[i].name);
	}
	free(lex->outlets);
	free(lex->slots);
	free(lex);
}

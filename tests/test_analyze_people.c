/*
 * Who said it: people found by the shape of their names and by context,
 * words that are no one, pronouns and roles that point back, outlets
 * named by context, and the quotation shapes of many house styles.
 *
 * One case a line of the table below: a short text written for these
 * tests, the content of one claim it must have (NULL: none checked), the
 * person and the outlet that claim is credited to (NULL: none), and
 * every person the text names, "|" between them (NULL: not checked; ""
 * for no one at all).  Each case runs as a test of its own name.
 */
#include "config.h"

#include "analyze_helpers.h"

struct people_case {
	const char *name;
	const char *text;
	const char *content;
	const char *speaker;
	const char *outlet;
	const char *people;
};

static const struct people_case cases[] = {
	/* Names by their shape. */
	{ "a korean given name with a lower-case syllable",
	  "\"The nets are empty,\" said Choi Dong-hyun.\n",
	  "\"The nets are empty,\"", "Choi Dong-hyun", NULL, "Choi Dong-hyun" },
	{ "a korean family name comes first and names the person later",
	  "Lee Soo-jin, the finance minister, said the loans would grow. Lee said the plan was fair.\n",
	  "the plan was fair", "Lee Soo-jin", NULL, "Lee Soo-jin" },
	{ "a korean given name first when it comes first",
	  "\"Never again,\" said Ye-jin Kim.\n",
	  "\"Never again,\"", "Ye-jin Kim", NULL, "Ye-jin Kim" },
	{ "a korean name by its family name after a pronoun",
	  "Park Min-seo said the rally would go ahead. Park added that police had been told.\n",
	  "police had been told", "Park Min-seo", NULL, "Park Min-seo" },
	{ "a hyphenated surname is one word",
	  "Kwame Nkrumah-Acheampong, the mayor, said the bridge would open.\n",
	  "the bridge would open", "Kwame Nkrumah-Acheampong", NULL, "Kwame Nkrumah-Acheampong" },
	{ "a hyphenated surname names the person later",
	  "Ama Owusu-Ansah opened the count. Owusu-Ansah said the results would be late.\n",
	  "the results would be late", "Ama Owusu-Ansah", NULL, "Ama Owusu-Ansah" },
	{ "a hyphenated given name",
	  "Jean-Luc Moreau said the vote was close.\n",
	  "the vote was close", "Jean-Luc Moreau", NULL, "Jean-Luc Moreau" },
	{ "a compound after a place is no name",
	  "The Kenya-based company said profits rose.\n",
	  "profits rose", NULL, NULL, "" },
	{ "a compound prefix is no given name",
	  "Co-founder Jane Smith said the app would grow.\n",
	  "the app would grow", "Jane Smith", NULL, "Jane Smith" },
	{ "two initials in one token",
	  "R.J. Whitcomb said the cap would go. Whitcomb added that it was final.\n",
	  "it was final", "R.J. Whitcomb", NULL, "R.J. Whitcomb" },
	{ "initials after a title",
	  "Sen. R.J. Whitcomb said the cap would go.\n",
	  "the cap would go", "R.J. Whitcomb", NULL, "R.J. Whitcomb" },
	{ "a single initial in the middle",
	  "Mary K. Doyle said the ferry would run.\n",
	  "the ferry would run", "Mary K. Doyle", NULL, "Mary K. Doyle" },
	{ "a suffix ends the name",
	  "Dwayne Castellano Jr. said the talks were over. Castellano said he was tired.\n",
	  "he was tired", "Dwayne Castellano Jr.", NULL, "Dwayne Castellano Jr." },
	{ "a suffix after three words the cue vouches for",
	  "Ahmad Shah Massoud Jr. said the talks would resume.\n",
	  "the talks would resume", "Ahmad Shah Massoud Jr.", NULL, "Ahmad Shah Massoud Jr." },
	{ "a roman numeral ends the name",
	  "Henry Pellham III said the estate was not for sale.\n",
	  "the estate was not for sale", "Henry Pellham III", NULL, "Henry Pellham III" },
	{ "particles inside a name",
	  "Chief Executive Sebastián de la Fuente Ortiz said the plant would open. "
	  "De la Fuente Ortiz said it was ready.\n",
	  "it was ready", "Sebastián de la Fuente Ortiz", NULL, "Sebastián de la Fuente Ortiz" },
	{ "a dutch particle",
	  "Jorrit van der Berg said the pitch was heavy.\n",
	  "the pitch was heavy", "Jorrit van der Berg", NULL, "Jorrit van der Berg" },
	{ "a particle opens a later mention",
	  "Klaus von Albrecht ran the trial. The trial failed, von Albrecht said.\n",
	  "The trial failed", "Klaus von Albrecht", NULL, "Klaus von Albrecht" },
	{ "an arabic article joined by a hyphen",
	  "Hani al-Gohary said the plant would open. Al-Gohary added that it was cheap.\n",
	  "it was cheap", "Hani al-Gohary", NULL, "Hani al-Gohary" },
	{ "bin inside a name",
	  "Faisal bin Rashed said the port would expand.\n",
	  "the port would expand", "Faisal bin Rashed", NULL, "Faisal bin Rashed" },
	{ "a particle alone is no name",
	  "The van drove off. Police said the driver fled.\n",
	  "the driver fled", NULL, NULL, "" },
	{ "a chinese name from the list of family names",
	  "Wang Lihua said the factory would close. Wang said workers would be paid.\n",
	  "workers would be paid", "Wang Lihua", NULL, "Wang Lihua" },
	{ "a name with diacritics",
	  "Björn Ulvaeus-Østergaard said nobody had asked.\n",
	  "nobody had asked", "Björn Ulvaeus-Østergaard", NULL, "Björn Ulvaeus-Østergaard" },
};

static void
run_case(void **state)
{
	const struct people_case *c = *state;

	analyze(c->text);
	if (c->content != NULL) {
		const struct ws_claim *cl = claim(c->content);
		const char *sp = speaker_of(cl), *ou = outlet_of(cl);

		if ((sp == NULL) != (c->speaker == NULL) || (sp != NULL && strcmp(sp, c->speaker) != 0))
			fail_msg("speaker %s, want %s", sp ? sp : "none", c->speaker ? c->speaker : "none");
		if ((ou == NULL) != (c->outlet == NULL) || (ou != NULL && strcmp(ou, c->outlet) != 0))
			fail_msg("outlet %s, want %s", ou ? ou : "none", c->outlet ? c->outlet : "none");
	}
	if (c->people != NULL) {
		size_t n = 0;

		for (const char *p = c->people; *p != '\0'; n++) {
			const char *bar = strchr(p, '|');
			size_t len = bar != NULL ? (size_t)(bar - p) : strlen(p);
			char name[128];

			assert_true(len < sizeof name);
			memcpy(name, p, len);
			name[len] = '\0';
			(void)person(name);
			p += len + (bar != NULL);
		}
		if (an->npeople != n) {
			for (size_t i = 0; i < an->npeople; i++)
				print_message("  person %s\n", an->people[i].name);
			fail_msg("%zu people, want %zu (%s)", an->npeople, n, c->people);
		}
	}
}

#define NCASES (sizeof cases / sizeof cases[0])

int
main(void)
{
	static struct CMUnitTest tests[NCASES];

	for (size_t i = 0; i < NCASES; i++)
		tests[i] = (struct CMUnitTest){ cases[i].name, run_case, NULL, NULL, (void *)&cases[i] };
	return _cmocka_run_group_tests("people", tests, NCASES, setup, teardown);
}

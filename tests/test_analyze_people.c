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
	/* Outlets by context. */
	{ "told an acronym",
	  "Tamihana told RNZ on Sunday that he would name an unchanged side.\n",
	  "he would name an unchanged side", "Tamihana", "RNZ", "Tamihana" },
	{ "the name of a newspaper with the reports",
	  "The Valley Herald reported that the mill had closed.\n",
	  "the mill had closed", NULL, "The Valley Herald", "" },
	{ "a news agency named after its noun",
	  "The state news agency Koralpress reported that the two sides signed a deal.\n",
	  "the two sides signed a deal", NULL, "Koralpress", "" },
	{ "an outlet named by context names it again",
	  "The news agency Koralpress reported the deal. Koralpress said more talks would follow.\n",
	  "more talks would follow", NULL, "Koralpress", "" },
	{ "a word of news in the name",
	  "Harbour News reported on Monday that four councillors had resigned.\n",
	  "four councillors had resigned", NULL, "Harbour News", "" },
	{ "told a title that opens with the",
	  "She told The Lantern that she had ridden out three storms.\n",
	  "she had ridden out three storms", NULL, "The Lantern", NULL },
	{ "a station with a hyphen",
	  "KRWX-TV reported that water had begun to top a levee.\n",
	  "water had begun to top a levee", NULL, "KRWX-TV", "" },
	{ "a public broadcaster",
	  "\"The barriers are holding,\" Arnadottir told the public broadcaster RVK.\n",
	  "\"The barriers are holding,\"", "Arnadottir", "RVK", "Arnadottir" },
	{ "a news website by its address",
	  "The news website fjord.is reported that two new cracks had opened.\n",
	  "two new cracks had opened", NULL, "fjord.is", "" },
	{ "told a web address",
	  "Rahman told riverpost24.com that the army had been called in.\n",
	  "the army had been called in", "Rahman", "riverpost24.com", "Rahman" },
	{ "an acronym in brackets names the same outlet",
	  "The state-run Coastal News Agency (CNX) reported that the plant would be built. "
	  "CNX said construction would begin in March.\n",
	  "construction would begin in March", NULL, "Coastal News Agency", "" },
	{ "an outlet citing sources",
	  "Noorder Dagblad, citing people familiar with the matter, said no decision had been taken.\n",
	  NULL, NULL, NULL, "" },
	{ "told a title and a name is a person",
	  "Hughes told Majority Leader Constance Ferrell that he would vote no.\n",
	  "he would vote no", "Hughes", NULL, "Hughes|Constance Ferrell" },
	{ "an aid agency is no news agency",
	  "The UN refugee agency UNHCR said camps were full.\n",
	  "camps were full", NULL, NULL, "" },
	{ "the agency is the outlet named before",
	  "Reuters reported the strike first. The agency said the port had closed.\n",
	  "the port had closed", NULL, "Reuters", "" },
	{ "the agency after another agency is not the outlet",
	  "Reuters reported the strike first. The refugee agency said camps were full. "
	  "The agency added that food was short.\n",
	  "food was short", NULL, NULL, "" },
	{ "the broadcaster before a name is no reference",
	  "Reuters reported the strike first. The broadcaster RVK said the road was closed.\n",
	  "the road was closed", NULL, "RVK", "" },
	{ "a daily before its name",
	  "The Daily Lantern reported that the editor had resigned.\n",
	  "the editor had resigned", NULL, "The Daily Lantern", "" },

	/* Not people. */
	{ "a group opening a sentence",
	  "Farmers fear a second dry year, the union said.\n",
	  NULL, NULL, NULL, "" },
	{ "a quantifier is no one",
	  "Nobody asked us, a resident said.\n",
	  NULL, NULL, NULL, "" },
	{ "analysts are no one in particular",
	  "Analysts said the rate would rise.\n",
	  "the rate would rise", NULL, NULL, "" },
	{ "a country that asks is its government",
	  "Kenya has asked China to extend the repayment period.\n",
	  NULL, NULL, NULL, "" },
	{ "a capital that proposes is its government",
	  "Berlin had proposed a delay, officials said.\n",
	  NULL, NULL, NULL, "" },
	{ "a city of two words is no one",
	  "New Orleans said the levees held.\n",
	  "the levees held", NULL, NULL, "" },
	{ "a place after a given name is a surname",
	  "Tom Paris said the ferry would sail.\n",
	  "the ferry would sail", "Tom Paris", NULL, "Tom Paris" },
	{ "a department of something is no one",
	  "The Department of Transport confirmed that the winter service will end.\n",
	  "the winter service will end", NULL, NULL, "" },
	{ "an institute on something is no one",
	  "The National Institute on Aging said the results justified a larger trial.\n",
	  "the results justified a larger trial", NULL, NULL, "" },
	{ "an acronym is no one",
	  "The UN refugee agency UNHCR said camps were full. UNHCR added that food was short.\n",
	  "food was short", NULL, NULL, "" },
	{ "a dateline in capitals is no one",
	  "SEOUL — Tenants marched on Saturday. \"We cannot pay,\" one said.\n",
	  NULL, NULL, NULL, "" },
	{ "a word after an acronym is a company",
	  "HS Orka said hot water supplies were cut.\n",
	  "hot water supplies were cut", NULL, NULL, "" },
	{ "a member of parliament in capitals is no one",
	  "The MEP said the vote was close.\n",
	  "the vote was close", NULL, NULL, "" },
	{ "a word inside a body's name is no one",
	  "The Office of Professional Responsibility said the complaint was received.\n",
	  "the complaint was received", NULL, NULL, "" },
	{ "a park that is a family name",
	  "Park Min-seo said the rally would go ahead. Park added that police had been told.\n",
	  "police had been told", "Park Min-seo", NULL, "Park Min-seo" },
	{ "a street that is a surname after a given name",
	  "Danielle Street said the forwards had been bullied.\n",
	  "the forwards had been bullied", "Danielle Street", NULL, "Danielle Street" },
	{ "a park alone is a place",
	  "Hyde Park said nothing, and the police said the gates were shut.\n",
	  NULL, NULL, NULL, "" },
	/* Role nouns point back at the person last named with that role. */
	{ "the role noun is the head of a role with a relative clause",
	  "Jean-Baptiste Ferrand, the French centrist MEP who steered the bill, said the vote was "
	  "historic. \"We won,\" the MEP said.\n",
	  "\"We won,\"", "Jean-Baptiste Ferrand", NULL, "Jean-Baptiste Ferrand" },
	{ "the role noun is the head before for",
	  "Ama Owusu-Ansah, a spokeswoman for the commission, told reporters that results were late. "
	  "\"We would rather be late than wrong,\" the spokeswoman said.\n",
	  "\"We would rather be late than wrong,\"", "Ama Owusu-Ansah", NULL, "Ama Owusu-Ansah" },
	{ "the governor is the person titled gov",
	  "Louisiana Gov. Renee Fontenot ordered evacuations. Later, the governor said the state would "
	  "open a shelter.\n",
	  "the state would open a shelter", "Renee Fontenot", NULL, "Renee Fontenot" },
	{ "the senator is the person titled sen",
	  "Sen. Mara Quill opposed the cap. The senator said it would hurt small farms.\n",
	  "it would hurt small farms", "Mara Quill", NULL, "Mara Quill" },
	{ "the role noun after a long opening phrase",
	  "Mayor Darnell Whitfield said buses were full. In a video posted from a church gym, the "
	  "mayor said the city had opened two more shelters.\n",
	  "the city had opened two more shelters", "Darnell Whitfield", NULL, "Darnell Whitfield" },
	{ "a title inside a run of capitals starts the name",
	  "Lake Charles Mayor Darnell Whitfield said buses were full.\n",
	  "buses were full", "Darnell Whitfield", NULL, "Darnell Whitfield" },
	{ "a role noun nobody had is no one",
	  "Mara Quill, a farmer, said rain was late. The minister said aid would come.\n",
	  "aid would come", NULL, NULL, "Mara Quill" },
	{ "a surname that is also a title word",
	  "Larry King said the show would end.\n",
	  "the show would end", "Larry King", NULL, "Larry King" },
	/* Interview labels. */
	{ "a label in capitals names the person named before",
	  "Mike Pence spoke to Chris Wallace on Sunday.\n\nPENCE: She will not be attending the "
	  "debate tomorrow.\n",
	  "She will not be attending the debate tomorrow", "Mike Pence", NULL, "Mike Pence|Chris Wallace" },
	{ "a label inside a quoted transcript paragraph",
	  "Mike Pence spoke to Chris Wallace on Sunday.\n\n\"WALLACE: Will she be there tomorrow "
	  "night?\n\n\"PENCE: She will not be attending the debate. We are focused on the issues.\n",
	  "She will not be attending the debate. We are focused on the issues.", "Mike Pence", NULL,
	  "Mike Pence|Chris Wallace" },
	{ "a label with a title",
	  "Dr. Ingrid Halvorsen studies glaciers.\n\nDr. Halvorsen: The ice has never moved this fast "
	  "in a hundred years.\n",
	  "The ice has never moved this fast in a hundred years", "Ingrid Halvorsen", NULL, "Ingrid Halvorsen" },
	/* Nicknames, bylines, pronouns. */
	{ "a nickname in quotation marks is part of the name and no claim",
	  "José \"Pepe\" Álvarez said the plant would close. Álvarez added that jobs would go.\n",
	  "jobs would go", "José \"Pepe\" Álvarez", NULL, "José \"Pepe\" Álvarez" },
	{ "a byline names no one of the article",
	  "By Anna Lindqvist\n\nMara Quill said the port would close.\n",
	  "the port would close", "Mara Quill", NULL, "Mara Quill" },
	{ "a byline of two writers names no one",
	  "By Anna Lindqvist and Tom Berg\n\nThe port will close, officials said.\n",
	  NULL, NULL, NULL, "" },
	{ "a writer of the byline who speaks in the text is a person",
	  "By Anna Lindqvist\n\nAnna Lindqvist said the port would close.\n",
	  "the port would close", "Anna Lindqvist", NULL, "Anna Lindqvist" },
	{ "she is the name that opened the sentence before",
	  "Mara Quill arrived. \u2018We\u2019re not leaving,\u2019 she said.\n",
	  "\u2018We\u2019re not leaving,\u2019", "Mara Quill", NULL, "Mara Quill" },
	{ "she is the later subject, not the earlier speaker",
	  "Daniel Hughes said the port was shut. Mara Quill arrived on Monday. She said the union would wait.\n",
	  "the union would wait", "Mara Quill", NULL, "Daniel Hughes|Mara Quill" },
	{ "he is the speaker before",
	  "Daniel Hughes said the port was shut. He added that ships were waiting.\n",
	  "ships were waiting", "Daniel Hughes", NULL, "Daniel Hughes" },
	{ "a name before a noun is no subject for she",
	  "Daniel Hughes said the port was shut. The Blue Lagoon spa closed. He said it would reopen.\n",
	  "it would reopen", "Daniel Hughes", NULL, "Daniel Hughes" },
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

/*
 * Cues: the reporting verbs and phrases that introduce a claim, read
 * forward and backward, on sentences written for these tests.
 */
#include "config.h"

#include "analyze_helpers.h"

static void
test_said_that_clause(void **state)
{
	analyze("The harbour master Elena Vasquez said that the cranes would stop at noon.\n");
	assert_claim("the cranes would stop at noon", "said", "The harbour master Elena Vasquez",
		     "Elena Vasquez", NULL);
}

static void
test_said_clause_without_that(void **state)
{
	analyze("Elena Vasquez said the cranes would stop at noon.\n");
	assert_claim("the cranes would stop at noon", "said", "Elena Vasquez", "Elena Vasquez", NULL);
}

static void
test_clause_then_said(void **state)
{
	analyze("The cranes would stop at noon, Elena Vasquez said.\n");
	assert_claim("The cranes would stop at noon", "said", "Elena Vasquez", "Elena Vasquez", NULL);
}

static void
test_said_then_name(void **state)
{
	analyze("The cranes would stop at noon, said Elena Vasquez.\n");
	assert_claim("The cranes would stop at noon", "said", "Elena Vasquez", "Elena Vasquez", NULL);
}

static void
test_split_quotation(void **state)
{
	analyze("\u201cWe have waited long enough,\u201d Tomas Brandt said, "
		"\u201cand the ships will have to wait now.\u201d\n");
	assert_nclaims(1);
	assert_claim("\u201cWe have waited long enough,\u201d Tomas Brandt said, "
		     "\u201cand the ships will have to wait now.\u201d", "said", "Tomas Brandt",
		     "Tomas Brandt", NULL);
	assert_int_equal(claim("\u201cWe have waited long enough,\u201d Tomas Brandt said, "
			       "\u201cand the ships will have to wait now.\u201d")->kind,
			 WS_CLAIM_DIRECT);
}

static void
test_apposition_role(void **state)
{
	analyze("Tomas Brandt, the union's chief negotiator, said the strike would go on.\n");
	assert_claim("the strike would go on", "said", "Tomas Brandt", "Tomas Brandt", NULL);
	assert_string_equal(person("Tomas Brandt")->role, "union's chief negotiator");
}

static void
test_told_hearer_that(void **state)
{
	analyze("Mayor Ines Okafor told reporters that the port would reopen on Friday.\n");
	assert_claim("the port would reopen on Friday", "told", "Mayor Ines Okafor",
		     "Ines Okafor", NULL);
}

static void
test_other_reporting_verbs(void **state)
{
	analyze("Ines Okafor warned that the talks could fail. "
		"Tomas Brandt insisted that the union was ready. "
		"Okafor acknowledged that the city had no money. "
		"Brandt argued the money could be found.\n");
	assert_claim("the talks could fail", "warned", "Ines Okafor", "Ines Okafor", NULL);
	assert_claim("the union was ready", "insisted", "Tomas Brandt", "Tomas Brandt", NULL);
	assert_claim("the city had no money", "acknowledged", "Okafor", "Ines Okafor", NULL);
	assert_claim("the money could be found", "argued", "Brandt", "Tomas Brandt", NULL);
}

static void
test_colon_introduction(void **state)
{
	analyze("Ines Okafor said: \u201cThe port belongs to everyone who works in it.\u201d\n");
	assert_claim("\u201cThe port belongs to everyone who works in it.\u201d", "said",
		     "Ines Okafor", "Ines Okafor", NULL);
}

static void
test_cue_after_auxiliary_and_adverb(void **state)
{
	analyze("Ines Okafor has also said the port would stay open.\n");
	assert_claim("the port would stay open", "said", "Ines Okafor", "Ines Okafor", NULL);
}

static void
test_said_in_a_statement(void **state)
{
	analyze("Ines Okafor said in a statement that the port would stay open.\n");
	assert_claim("the port would stay open", "said", "Ines Okafor", "Ines Okafor", NULL);
}

static void
test_according_to_at_start(void **state)
{
	analyze("According to Reuters, the port will stay closed until March.\n");
	assert_claim("the port will stay closed until March", "According to", "Reuters", NULL,
		     "Reuters");
}

static void
test_according_to_at_end(void **state)
{
	analyze("The port will stay closed until March, according to the Associated Press.\n");
	assert_claim("The port will stay closed until March", "according to",
		     "the Associated Press", NULL, "Associated Press");
}

static void
test_according_to_in_the_middle(void **state)
{
	analyze("The port, according to Reuters, will stay closed until March.\n");
	assert_nclaims(1);
	assert_int_equal(outlet_of(&an->claims[0]) != NULL, 1);
	assert_string_equal(outlet_of(&an->claims[0]), "Reuters");
}

static void
test_per_reports_from(void **state)
{
	analyze("Per reports from the BBC, the port will stay closed.\n");
	assert_claim("the port will stay closed", "Per reports from", "the BBC", NULL, "BBC");
}

static void
test_per_is_not_a_cue_in_prices(void **state)
{
	analyze("Fuel costs four dollars per gallon at the harbour.\n");
	assert_nclaims(0);
}

static void
test_outlet_reports_that(void **state)
{
	analyze("Bloomberg reported that the port had lost a third of its trade.\n");
	assert_claim("the port had lost a third of its trade", "reported", "Bloomberg", NULL,
		     "Bloomberg News");
}

static void
test_chain_outlet_reports_person_said(void **state)
{
	analyze("Politico reports Ines Okafor said the port would not be sold.\n");
	assert_nclaims(1);
	assert_claim("the port would not be sold", "said", "Ines Okafor", "Ines Okafor", "Politico");
}

static void
test_according_to_outlet_person_was_cited_as_telling(void **state)
{
	analyze("According to Xinhua, Deputy Mayor Wen Lu was cited as telling Ines Okafor "
		"that trade must grow.\n");
	assert_claim("trade must grow", "was cited as telling", "Deputy Mayor Wen Lu", "Wen Lu",
		     "Xinhua");
}

static void
test_cited_takes_its_object_as_content(void **state)
{
	analyze("Ana Ruiz cited the flooding of the harbour last spring.\n");
	assert_claim("the flooding of the harbour last spring", "cited", "Ana Ruiz", "Ana Ruiz", NULL);
}

static void
test_quotation_after_inverted_cue_with_role_goes_on(void **state)
{
	analyze("\u201cThe cranes stop at noon,\u201d said Elena Vasquez, the harbour master. "
		"\u201cNobody works through the storm.\u201d\n");
	assert_nclaims(1);
	assert_claim("\u201cThe cranes stop at noon,\u201d said Elena Vasquez, the harbour master. "
		     "\u201cNobody works through the storm.\u201d", "said", "Elena Vasquez",
		     "Elena Vasquez", NULL);
}

static void
test_narration_after_quotation_and_cue_is_not_content(void **state)
{
	analyze("\u201cThe cranes stop at noon,\u201d Elena Vasquez said, and the crowd went home.\n");
	assert_nclaims(1);
	assert_claim("\u201cThe cranes stop at noon,\u201d", "said", "Elena Vasquez", "Elena Vasquez", NULL);
}

static void
test_exclaimed_quotation_then_cue(void **state)
{
	analyze("\u201cWe are tired of waiting!\u201d Tomas Brandt said.\n");
	assert_claim("\u201cWe are tired of waiting!\u201d", "said", "Tomas Brandt", "Tomas Brandt", NULL);
}

static void
test_asked_quotation_then_cue(void **state)
{
	analyze("\u201cWho pays for the cranes?\u201d Tomas Brandt asked.\n");
	assert_claim("\u201cWho pays for the cranes?\u201d", "asked", "Tomas Brandt", "Tomas Brandt", NULL);
}

static void
test_asked_then_inverted_name_after_question(void **state)
{
	analyze("\u201cWho pays for the cranes?\u201d asked Tomas Brandt, the union chief.\n");
	assert_claim("\u201cWho pays for the cranes?\u201d", "asked", "Tomas Brandt", "Tomas Brandt", NULL);
}

static void
test_passive_finding_is_not_a_cue(void **state)
{
	analyze("The missing ledgers were found in a shed behind the harbour office.\n");
	assert_nclaims(0);
}

static void
test_relative_who_with_aside_credits_the_antecedent(void **state)
{
	analyze("The union hired Maria Okafor, who, after a long meeting, said the cranes were unsafe.\n");
	assert_claim("the cranes were unsafe", "said", "who", "Maria Okafor", NULL);
}

static void
test_show_title_before_subject_is_not_the_content(void **state)
{
	analyze("On Sunday on the \u201cMorning Show,\u201d Maria Okafor said the port would close.\n");
	assert_nclaims(1);
	assert_claim("the port would close", "said", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_noun_is_not_a_cue(void **state)
{
	analyze("The reported loss hurt the harbour board.\n");
	assert_nclaims(0);
}

static void
test_base_form_cue_after_plural_subjects(void **state)
{
	analyze("The river police say the boat was never found. "
		"Those surveyed say the ferry costs too much. "
		"Forty percent say they would pay more. "
		"Many riders now say the timetable is fine.\n");
	assert_claim("the boat was never found", "say", "The river police", NULL, NULL);
	assert_claim("the ferry costs too much", "say", "Those surveyed", NULL, NULL);
	assert_claim("they would pay more", "say", "Forty percent", NULL, NULL);
	assert_claim("the timetable is fine", "say", "Many riders", NULL, NULL);
}

static void
test_say_as_a_noun_is_no_cue(void **state)
{
	analyze("The council will have the final say on the budget.\n");
	assert_nclaims(0);
}

static void
test_inverted_name_after_a_description(void **state)
{
	analyze("The ferry will matter more to the unions than to the city, "
		"said Labour strategist Hank Lindqvist.\n");
	assert_claim("The ferry will matter more to the unions than to the city", "said",
		     "Labour strategist Hank Lindqvist", "Hank Lindqvist", NULL);
}

static void
test_given_name_that_is_a_modal(void **state)
{
	analyze("\u201cIt is a costly way to run a ferry,\u201d said Will Dorsey.\n");
	assert_claim("\u201cIt is a costly way to run a ferry,\u201d", "said", "Will Dorsey", "Will Dorsey",
		     NULL);
}

static void
test_clause_between_commas_is_not_a_role(void **state)
{
	analyze("The ferry plan is hardly formal, but it has won a loyal following, said Ana Gil.\n");
	assert_claim("The ferry plan is hardly formal, but it has won a loyal following", "said",
		     "Ana Gil", "Ana Gil", NULL);
}

static void
test_own_belief_inside_a_claim_is_not_another(void **state)
{
	analyze("Tomas Brandt said he believes the strike will last until May.\n");
	assert_nclaims(1);
	assert_claim("he believes the strike will last until May", "said", "Tomas Brandt",
		     "Tomas Brandt", NULL);
}

static void
test_content_ends_before_and_with_a_new_subject(void **state)
{
	analyze("Ines Okafor said the city would pay for the ferry, and she is even paying for lunch.\n");
	assert_claim("the city would pay for the ferry", "said", "Ines Okafor", "Ines Okafor", NULL);
}

static void
test_content_inside_an_opening_clause_ends_at_its_comma(void **state)
{
	analyze("When Ines Okafor said the ferry would stop, the crowd went home.\n");
	assert_claim("the ferry would stop", "said", "Ines Okafor", "Ines Okafor", NULL);
}

static void
test_content_ends_before_which_after_a_comma(void **state)
{
	analyze("Ines Okafor said the ferry would stop in May, which angered the dockers.\n");
	assert_claim("the ferry would stop in May", "said", "Ines Okafor", "Ines Okafor", NULL);
}

static void
test_citing_credits_what_is_cited(void **state)
{
	analyze("Ines Okafor cancelled the ferry on Monday, citing the storm warnings.\n");
	assert_claim("the storm warnings", "citing", "Ines Okafor", "Ines Okafor", NULL);
}

static void
test_quotation_after_long_narration_is_a_claim_of_its_own(void **state)
{
	analyze("\"We need the ferry,\" said Ana Gil, an engineer who has worked on the harbour for "
		"twenty years and one of the authors of the council's report on the docks. "
		"\"The bridge will not be ready.\"\n");
	assert_nclaims(2);
	assert_claim("\"We need the ferry,\"", "said", "Ana Gil", "Ana Gil", NULL);
	assert_claim("\"The bridge will not be ready.\"", NULL, NULL, "Ana Gil", NULL);
}

static void
test_quotation_with_its_own_tag_is_not_continued(void **state)
{
	analyze("\"Thanks to the dockers,\" said Ines Okafor. \"No thanks to the council,\" she added.\n");
	assert_nclaims(2);
	assert_claim("\"Thanks to the dockers,\"", "said", "Ines Okafor", "Ines Okafor", NULL);
	assert_claim("\"No thanks to the council,\"", "added", "she", "Ines Okafor", NULL);
}

static void
test_role_between_commas_keeps_the_content_whole(void **state)
{
	analyze("Ines Okafor, the mayor, said that the ferries, which are old, would stop.\n");
	assert_claim("the ferries, which are old, would stop", "said", "Ines Okafor", "Ines Okafor", NULL);
}

static void
test_content_ends_before_the_event_it_was_said_at(void **state)
{
	analyze("Ines Okafor said the ferry would stop in an interview with the Harbour Gazette.\n");
	assert_claim("the ferry would stop", "said", "Ines Okafor", "Ines Okafor", NULL);
}

static void
test_finding_inside_a_claim_is_part_of_it(void **state)
{
	analyze("Ines Okafor said the audit found that the cranes were unsafe.\n");
	assert_nclaims(1);
	assert_claim("the audit found that the cranes were unsafe", "said", "Ines Okafor", "Ines Okafor",
		     NULL);
}

static void
test_speech_inside_a_claim_is_a_claim_of_its_own(void **state)
{
	analyze("Ines Okafor said Tomas Brandt told her the strike was over.\n");
	assert_nclaims(2);
	assert_claim("the strike was over", "told", "Tomas Brandt", "Tomas Brandt", NULL);
}

static void
test_name_colon_before_a_number_is_no_turn(void **state)
{
	analyze("The count after the vote in the harbour ward was close.\n\nPledged: 781.\n\nOkafor: We will win the next one.\n");
	assert_nclaims(1);
	assert_claim("We will win the next one", NULL, "Okafor", "Okafor", NULL);
}

static void
test_own_speech_inside_a_claim_is_part_of_it(void **state)
{
	analyze("Ines Okafor said she told the board that the ferry would stop.\n");
	assert_nclaims(1);
	assert_claim("she told the board that the ferry would stop", "said", "Ines Okafor", "Ines Okafor",
		     NULL);
}

static void
test_headline_speaker_before_a_colon(void **state)
{
	analyze("Okafor camp: \u2018No Deal\u2019 Before the Harbour Vote\n\nThe union met on Monday.\n");
	assert_claim("\u2018No Deal\u2019 Before the Harbour Vote", ":", "Okafor camp", NULL, NULL);
}

static void
test_with_subject_saying(void **state)
{
	analyze("The mayor kept her lead, with 30 percent of voters saying they trust her on the harbour.\n");
	assert_claim("they trust her on the harbour", "saying", "30 percent of voters", NULL, NULL);
}

static void
test_asked_by_someone_whether(void **state)
{
	analyze("When asked by a reporter whether the ferry would run, Ines Okafor laughed.\n");
	assert_claim("whether the ferry would run", "asked", "a reporter", NULL, NULL);
}

static void
test_content_ends_before_and_with_a_past_verb(void **state)
{
	analyze("Ines Okafor called the offer an insult, and walked out of the talks.\n");
	assert_claim("the offer an insult", "called", "Ines Okafor", "Ines Okafor", NULL);
}

static void
test_content_ends_before_compared_with(void **state)
{
	analyze("Most dockers said they would strike again, compared with a third who said they would not.\n");
	assert_claim("they would strike again", "said", "Most dockers", NULL, NULL);
}

static void
test_inverted_name_after_a_clause_with_commas(void **state)
{
	analyze("Even if the port closed, some of its work would move to other docks, said Tom Reyes, "
		"who was elected in 2012.\n");
	assert_claim("Even if the port closed, some of its work would move to other docks", "said",
		     "Tom Reyes", "Tom Reyes", NULL);
}

static void
test_inverted_name_after_a_phrase_with_commas(void **state)
{
	analyze("The firm worked for the port on taxes, at both the city and state levels, "
		"said lobbyist Ann Black.\n");
	assert_claim("The firm worked for the port on taxes, at both the city and state levels", "said",
		     "lobbyist Ann Black", "Ann Black", NULL);
}

static void
test_counted_people_say(void **state)
{
	analyze("More than six in 10 said they were tired of the strike.\n");
	assert_claim("they were tired of the strike", "said", "six in 10", NULL, NULL);
}

static void
test_show_title_after_the_cue_is_not_the_content(void **state)
{
	analyze("\u201cShips, ships, ships,\u201d Ines Okafor said on \u201cThe Harbour Hour\u201d last month.\n");
	assert_claim("\u201cShips, ships, ships,\u201d", "said", "Ines Okafor", "Ines Okafor", NULL);
}

static void
test_told_after_the_content(void **state)
{
	analyze("The port was only doing what other ports already do, Ines Okafor told the court in "
		"her filing. This is not about me, the mayor told her closest advisers.\n");
	assert_claim("The port was only doing what other ports already do", "told", "Ines Okafor",
		     "Ines Okafor", NULL);
	assert_claim("This is not about me", "told", "the mayor", NULL, NULL);
}

static void
test_told_a_show_after_a_quotation(void **state)
{
	analyze("\u201cThe port is in trouble,\u201d Ines Okafor told the Gazette's \u201cMorning Show.\u201d\n");
	assert_claim("\u201cThe port is in trouble,\u201d", "told", "Ines Okafor", "Ines Okafor", NULL);
}

static void
test_said_after_an_adjective_of_a_party(void **state)
{
	analyze("The Harbour Liberal says in a statement that the steps will be challenged.\n");
	assert_claim("the steps will be challenged", "says", "The Harbour Liberal", NULL, NULL);
}

static void
test_show_title_after_a_possessive_is_not_the_content(void **state)
{
	analyze("\u201cThe port is in trouble,\u201d Ines Okafor said in an interview on the Gazette's "
		"\u201cMorning Show.\u201d\n");
	assert_nclaims(1);
	assert_claim("\u201cThe port is in trouble,\u201d", "said", "Ines Okafor", "Ines Okafor", NULL);
}

static void
test_reportedly_credits_unnamed_reports(void **state)
{
	analyze("The harbour board is reportedly preparing to sell the cranes.\n");
	assert_claim("The harbour board is reportedly preparing to sell the cranes", "reportedly", NULL,
		     NULL, NULL);
}

static void
test_content_keeps_its_own_second_verb(void **state)
{
	analyze("Ana Gil said she was an undecided voter and was uneasy about the ferry. "
		"Tomas Brandt said the talks had failed but would not say why.\n");
	assert_claim("she was an undecided voter and was uneasy about the ferry", "said", "Ana Gil",
		     "Ana Gil", NULL);
	assert_claim("the talks had failed", "said", "Tomas Brandt", "Tomas Brandt", NULL);
}

static void
test_inverted_claims_in_a_row_do_not_overlap(void **state)
{
	analyze("The port will reopen, said Ana Ruiz, the cranes will stay, said Tomas Brandt, "
		"the strike is over, said Ines Okafor.\n");
	assert_claim("The port will reopen", "said", "Ana Ruiz", "Ana Ruiz", NULL);
	assert_claim("the cranes will stay", "said", "Tomas Brandt", "Tomas Brandt", NULL);
	assert_claim("the strike is over", "said", "Ines Okafor", "Ines Okafor", NULL);
}

static void
test_content_in_a_relative_clause_ends_at_its_comma(void **state)
{
	const struct ws_claim *c;

	analyze("Ines Okafor, who endorsed the ferry plan on Monday, is touring the docks.\n");
	c = claim("the ferry plan on Monday");
	assert_true(span_is(ws_span32_wide(c->cue), "endorsed"));
	assert_true(span_is(ws_span32_wide(c->by), "who"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_said_that_clause),
		cmocka_unit_test(test_said_clause_without_that),
		cmocka_unit_test(test_clause_then_said),
		cmocka_unit_test(test_said_then_name),
		cmocka_unit_test(test_split_quotation),
		cmocka_unit_test(test_apposition_role),
		cmocka_unit_test(test_told_hearer_that),
		cmocka_unit_test(test_other_reporting_verbs),
		cmocka_unit_test(test_colon_introduction),
		cmocka_unit_test(test_cue_after_auxiliary_and_adverb),
		cmocka_unit_test(test_said_in_a_statement),
		cmocka_unit_test(test_according_to_at_start),
		cmocka_unit_test(test_according_to_at_end),
		cmocka_unit_test(test_according_to_in_the_middle),
		cmocka_unit_test(test_per_reports_from),
		cmocka_unit_test(test_per_is_not_a_cue_in_prices),
		cmocka_unit_test(test_outlet_reports_that),
		cmocka_unit_test(test_chain_outlet_reports_person_said),
		cmocka_unit_test(test_according_to_outlet_person_was_cited_as_telling),
		cmocka_unit_test(test_noun_is_not_a_cue),
		cmocka_unit_test(test_cited_takes_its_object_as_content),
		cmocka_unit_test(test_quotation_after_inverted_cue_with_role_goes_on),
		cmocka_unit_test(test_narration_after_quotation_and_cue_is_not_content),
		cmocka_unit_test(test_exclaimed_quotation_then_cue),
		cmocka_unit_test(test_asked_quotation_then_cue),
		cmocka_unit_test(test_asked_then_inverted_name_after_question),
		cmocka_unit_test(test_passive_finding_is_not_a_cue),
		cmocka_unit_test(test_relative_who_with_aside_credits_the_antecedent),
		cmocka_unit_test(test_show_title_before_subject_is_not_the_content),
		cmocka_unit_test(test_base_form_cue_after_plural_subjects),
		cmocka_unit_test(test_say_as_a_noun_is_no_cue),
		cmocka_unit_test(test_inverted_name_after_a_description),
		cmocka_unit_test(test_given_name_that_is_a_modal),
		cmocka_unit_test(test_clause_between_commas_is_not_a_role),
		cmocka_unit_test(test_own_belief_inside_a_claim_is_not_another),
		cmocka_unit_test(test_content_ends_before_and_with_a_new_subject),
		cmocka_unit_test(test_content_inside_an_opening_clause_ends_at_its_comma),
		cmocka_unit_test(test_content_ends_before_which_after_a_comma),
		cmocka_unit_test(test_citing_credits_what_is_cited),
		cmocka_unit_test(test_quotation_after_long_narration_is_a_claim_of_its_own),
		cmocka_unit_test(test_quotation_with_its_own_tag_is_not_continued),
		cmocka_unit_test(test_role_between_commas_keeps_the_content_whole),
		cmocka_unit_test(test_content_ends_before_the_event_it_was_said_at),
		cmocka_unit_test(test_finding_inside_a_claim_is_part_of_it),
		cmocka_unit_test(test_speech_inside_a_claim_is_a_claim_of_its_own),
		cmocka_unit_test(test_name_colon_before_a_number_is_no_turn),
		cmocka_unit_test(test_own_speech_inside_a_claim_is_part_of_it),
		cmocka_unit_test(test_headline_speaker_before_a_colon),
		cmocka_unit_test(test_with_subject_saying),
		cmocka_unit_test(test_asked_by_someone_whether),
		cmocka_unit_test(test_content_ends_before_and_with_a_past_verb),
		cmocka_unit_test(test_content_ends_before_compared_with),
		cmocka_unit_test(test_inverted_name_after_a_clause_with_commas),
		cmocka_unit_test(test_inverted_name_after_a_phrase_with_commas),
		cmocka_unit_test(test_counted_people_say),
		cmocka_unit_test(test_show_title_after_the_cue_is_not_the_content),
		cmocka_unit_test(test_told_after_the_content),
		cmocka_unit_test(test_told_a_show_after_a_quotation),
		cmocka_unit_test(test_said_after_an_adjective_of_a_party),
		cmocka_unit_test(test_show_title_after_a_possessive_is_not_the_content),
		cmocka_unit_test(test_reportedly_credits_unnamed_reports),
		cmocka_unit_test(test_content_keeps_its_own_second_verb),
		cmocka_unit_test(test_inverted_claims_in_a_row_do_not_overlap),
		cmocka_unit_test(test_content_in_a_relative_clause_ends_at_its_comma),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

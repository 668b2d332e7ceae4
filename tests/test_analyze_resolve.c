/*
 * Resolution: pronouns, surnames, "the outlet", roles, outlets merged
 * across their forms, people merged across theirs.  Sentences written for
 * these tests.
 */
#include "config.h"

#include "analyze_helpers.h"

static void
test_he_is_the_last_speaker(void **state)
{
	analyze("Daniel Hughes said the offer was final. He added that the port could not pay more.\n");
	assert_claim("the port could not pay more", "added", "He", "Daniel Hughes", NULL);
}

static void
test_she_skips_a_man(void **state)
{
	analyze("Maria Okafor met Mr. Hughes on Monday. Mr. Hughes said nothing had changed. "
		"She said the union would wait.\n");
	assert_claim("the union would wait", "said", "She", "Maria Okafor", NULL);
}

static void
test_pronoun_learns_gender(void **state)
{
	analyze("Sam Quill said the port was losing money. He said the losses would grow.\n");
	assert_int_equal(person("Sam Quill")->gender, WS_GENDER_MALE);
}

static void
test_surname_is_the_full_name(void **state)
{
	analyze("Maria Okafor leads the union. Okafor said the strike would go on.\n");
	assert_claim("the strike would go on", "said", "Okafor", "Maria Okafor", NULL);
	assert_int_equal(an->npeople, 1);
	assert_int_equal(person("Maria Okafor")->nmentions, 2);
}

static void
test_title_then_full_name_is_one_person(void **state)
{
	analyze("President Hale visited the port. Later, Andrew Hale said the port would reopen.\n");
	assert_int_equal(an->npeople, 1);
	assert_string_equal(person("Andrew Hale")->role, "President");
}

static void
test_different_given_names_are_different_people(void **state)
{
	analyze("Maria Okafor said the union was ready. John Okafor said the port was not.\n");
	assert_int_equal(an->npeople, 2);
}

static void
test_the_outlet_is_the_last_outlet(void **state)
{
	analyze("Politico reported on the strike on Monday. The outlet went on to report that "
		"the union had rejected the offer.\n");
	assert_claim("the union had rejected the offer", "went on to report", "The outlet", NULL,
		     "Politico");
}

static void
test_the_agency_is_the_last_outlet(void **state)
{
	analyze("Reuters reported the strike first. The agency said the port had closed.\n");
	assert_claim("the port had closed", "said", "The agency", NULL, "Reuters");
}

static void
test_the_vice_president_is_the_person_with_that_role(void **state)
{
	analyze("Vice President Nora Lind visited the harbour. The vice president said the "
		"strike had to end.\n");
	assert_claim("the strike had to end", "said", "The vice president", "Nora Lind", NULL);
}

static void
test_the_outlet_told_reported_the_claim(void **state)
{
	analyze("The mayor, Ellen Marsh, told the Associated Press that the ferry would run again in May.\n");
	assert_claim("the ferry would run again in May", "told", "The mayor", "Ellen Marsh",
		     "Associated Press");
}

static void
test_the_outlet_spoken_to_reported_the_claim(void **state)
{
	analyze("Tomas Berg, speaking later to BBC News, said the ferry company had run out of money.\n");
	assert_claim("the ferry company had run out of money", "said", "Tomas Berg", "Tomas Berg",
		     "BBC");
}

static void
test_told_a_person_credits_no_outlet(void **state)
{
	analyze("Tomas Berg told the mayor that the ferry company had run out of money.\n");
	assert_claim("the ferry company had run out of money", "told", "Tomas Berg", "Tomas Berg", NULL);
}

static void
test_outlet_forms_are_merged(void **state)
{
	analyze("The Associated Press (AP) reported the strike. The AP said the port was shut. "
		"According to AP, talks failed.\n");
	assert_int_equal(an->noutlets, 1);
	assert_string_equal(an->outlets[0].name, "Associated Press");
	assert_string_equal(an->outlets[0].id, "associated-press");
	assert_int_equal(outlet("Associated Press")->nmentions, 4);
}

static void
test_agency_long_form_is_merged(void **state)
{
	analyze("The official Xinhua News Agency reported the visit. Xinhua said talks went well.\n");
	assert_int_equal(an->noutlets, 1);
	assert_string_equal(an->outlets[0].name, "Xinhua");
}

static void
test_role_from_title(void **state)
{
	analyze("Treasury Secretary Joan Pell said the budget was safe.\n");
	assert_string_equal(person("Joan Pell")->role, "Treasury Secretary");
}

static void
test_role_from_possessive_apposition(void **state)
{
	analyze("Ito Ren, Japan's chief negotiator, said the deal was close.\n");
	assert_claim("the deal was close", "said", "Ito Ren", "Ito Ren", NULL);
	assert_string_equal(person("Ito Ren")->role, "Japan's chief negotiator");
}

static void
test_family_name_first(void **state)
{
	analyze("Wang Lei visited the port. Wang said trade would grow.\n");
	assert_int_equal(an->npeople, 1);
	assert_claim("trade would grow", "said", "Wang", "Wang Lei", NULL);
}

static void
test_person_cited_by_outlet_keeps_both(void **state)
{
	analyze("Per a report from Reuters, Maria Okafor said the union would strike again.\n");
	assert_claim("the union would strike again", "said", "Maria Okafor", "Maria Okafor",
		     "Reuters");
}

static void
test_outlet_and_person_outside_a_frame_are_not_credited_to_it(void **state)
{
	analyze("According to Reuters, the port is shut. Maria Okafor said the union would wait.\n");
	assert_claim("the union would wait", "said", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_outlet_frame_around_an_unnamed_group_stays_the_outlets(void **state)
{
	analyze("According to Reuters, most dockworkers say the strike will last.\n");
	assert_claim("most dockworkers say the strike will last", "According to", "Reuters", NULL,
		     "Reuters");
}

static void
test_participle_is_the_subjects_not_the_objects(void **state)
{
	analyze("Maria Okafor went after Daniel Hughes on Friday, calling his offer an insult.\n");
	assert_claim("his offer an insult", "calling", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_participle_after_a_described_subject(void **state)
{
	analyze("The harbour master praised the crews, saying they had worked all night.\n");
	assert_claim("they had worked all night", "saying", "The harbour master", NULL, NULL);
}

static void
test_participle_after_a_claim_keeps_the_whole_first_content(void **state)
{
	analyze("Maria Okafor said the port was closed, adding that it would reopen soon.\n");
	assert_claim("the port was closed", "said", "Maria Okafor", "Maria Okafor", NULL);
	assert_claim("it would reopen soon", "adding", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_participle_content_runs_past_a_comma(void **state)
{
	analyze("Maria Okafor spoke for an hour, saying dockworkers paid fees, lost shifts and "
		"waited for months.\n");
	assert_claim("dockworkers paid fees, lost shifts and waited for months", "saying",
		     "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_subject_before_a_dashed_apposition_speaks(void **state)
{
	analyze("Maria Okafor \xe2\x80\x94 a docker for thirty years \xe2\x80\x94 says the port is "
		"unsafe.\n");
	assert_claim("the port is unsafe", "says", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_subject_before_a_party_and_a_time_speaks(void **state)
{
	analyze("Senator Nora Lind (D-Maine) on Monday warned that the dock would flood.\n");
	assert_claim("the dock would flood", "warned", "Senator Nora Lind", "Nora Lind", NULL);
}

static void
test_subject_of_a_second_verb_speaks(void **state)
{
	analyze("Daniel Hughes met the crews at dawn, then says he will wait.\n");
	assert_claim("he will wait", "says", "Daniel Hughes", "Daniel Hughes", NULL);
}

static void
test_an_adverb_before_the_cue_is_not_the_subject(void **state)
{
	analyze("The harbour board has long argued that the port needs a new crane. "
		"The union has twice complained that the shifts are too long.\n");
	assert_claim("the port needs a new crane", "argued", "The harbour board", NULL, NULL);
	assert_claim("the shifts are too long", "complained", "The union", NULL, NULL);
}

static void
test_a_phrase_of_time_before_the_cue_is_not_the_subject(void **state)
{
	analyze("Maria Okafor at the time said the crane was safe.\n");
	assert_claim("the crane was safe", "said", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_a_quotation_is_the_persons_named_after_it(void **state)
{
	analyze("The talks ran late.\n\n"
		"\xe2\x80\x9cThe port will never close while I am here,\xe2\x80\x9d an angry Maria Okafor "
		"snapped.\n");
	assert_claim("\xe2\x80\x9cThe port will never close while I am here,\xe2\x80\x9d", NULL,
		     "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_a_quotation_is_the_persons_named_before_its_colon(void **state)
{
	analyze("Maria Okafor spoke first. Daniel Hughes grinned: \xe2\x80\x9cWe will win this "
		"fight in the end, believe me.\xe2\x80\x9d\n");
	assert_claim("\xe2\x80\x9cWe will win this fight in the end, believe me.\xe2\x80\x9d", NULL,
		     "Daniel Hughes", "Daniel Hughes", NULL);
}

static void
test_a_quotation_is_the_pronouns_after_it(void **state)
{
	analyze("Maria Okafor said the port was shut.\n\n"
		"\xe2\x80\x9cNobody on the docks has been paid for a month now,\xe2\x80\x9d she went on.\n");
	assert_claim("\xe2\x80\x9cNobody on the docks has been paid for a month now,\xe2\x80\x9d", NULL,
		     "she", "Maria Okafor", NULL);
}

static void
test_a_quotation_addressed_to_a_person_is_not_theirs(void **state)
{
	analyze("The board sent a letter to Tomas Brandt: \xe2\x80\x9cYou will have to leave the "
		"union office by Friday.\xe2\x80\x9d\n");
	assert_nclaims(0);
}

static void
test_a_cue_after_before_goes_on_from_the_claim_before(void **state)
{
	analyze("\xe2\x80\x9cThe port is closed,\xe2\x80\x9d Maria Okafor said before adding that "
		"the crews would be paid.\n");
	assert_claim("the crews would be paid", "adding", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_a_cue_after_and_then_goes_on_from_the_claim_before(void **state)
{
	analyze("\xe2\x80\x9cWe are done,\xe2\x80\x9d Daniel Hughes said, and then predicted that "
		"the strike would end.\n");
	assert_claim("the strike would end", "predicted", NULL, "Daniel Hughes", NULL);
}

static void
test_subject_before_an_apposition_between_hyphens_speaks(void **state)
{
	analyze("Maria Okafor - a docker for twenty years - told reporters that the crane had "
		"failed.\n");
	assert_claim("the crane had failed", "told", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_a_subject_whose_noun_is_a_cue_word_speaks(void **state)
{
	analyze("The reports show the port lost money in the spring. Later, reports indicate "
		"the strike is over.\n");
	assert_claim("the port lost money in the spring", "show", "The reports", NULL, NULL);
	assert_claim("the strike is over", "indicate", "reports", NULL, NULL);
}

static void
test_a_verb_before_a_cue_word_is_no_subject(void **state)
{
	analyze("The harbour announced plans to close the dock.\n");
	/* "plans" is inside what the harbour announced: one claim, the harbour's. */
	assert_nclaims(1);
	assert_claim("plans to close the dock", "announced", "The harbour", NULL, NULL);
}

static void
test_that_credits_the_thing_before_it(void **state)
{
	analyze("The board published a letter that said the crane was unsafe.\n");
	assert_claim("the crane was unsafe", "said", "a letter that", NULL, NULL);
}

static void
test_participle_after_an_opening_phrase_is_the_clauses_subjects(void **state)
{
	analyze("Hours later, Maria Okafor thanked Daniel Hughes, telling reporters that the deal "
		"was fair.\n");
	assert_claim("the deal was fair", "telling", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_participle_opening_the_sentence_is_the_subjects_after_the_comma(void **state)
{
	analyze("After saying the crane was unsafe, Maria Okafor left the dock.\n");
	assert_claim("the crane was unsafe", "saying", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_a_possessive_before_and_said_is_not_the_subject(void **state)
{
	analyze("Daniel Hughes spoke first. He later set down his pen and said the talks were "
		"over.\n");
	assert_claim("the talks were over", "said", "He", "Daniel Hughes", NULL);
}

static void
test_a_titled_subject_after_an_opening_phrase_speaks(void **state)
{
	analyze("Asked about the strike, Mrs. Okafor shook her head and said the port was shut.\n");
	assert_claim("the port was shut", "said", "Mrs. Okafor", "Okafor", NULL);
}

static void
test_a_clause_opening_with_when_is_not_the_subject(void **state)
{
	analyze("Maria Okafor spoke first. When reporters asked about the crane, she looked at the "
		"dock, shook her head and said it was unsafe.\n");
	assert_claim("it was unsafe", "said", "she", "Maria Okafor", NULL);
}

static void
test_a_subject_before_has_since_speaks(void **state)
{
	analyze("Maria Okafor left the union in May. She has since said the strike was a "
		"mistake.\n");
	assert_claim("the strike was a mistake", "said", "She", "Maria Okafor", NULL);
}

static void
test_participle_after_an_inverted_claim_is_its_speakers(void **state)
{
	analyze("Daniel Hughes will sign the deal, Maria Okafor said, adding that the crews would "
		"return.\n");
	assert_claim("the crews would return", "adding", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_both_before_the_cue_is_not_the_subject(void **state)
{
	analyze("The dockers and the pilots have both argued that the port must stay open.\n");
	assert_claim("the port must stay open", "argued", "the pilots", NULL, NULL);
}

static void
test_in_fact_before_the_cue_is_not_the_subject(void **state)
{
	analyze("The union has in fact argued that the offer was unfair.\n");
	assert_claim("the offer was unfair", "argued", "The union", NULL, NULL);
}

static void
test_a_subject_ending_in_an_abbreviation_speaks(void **state)
{
	analyze("Daniel R. Hughes Jr. said the dock would flood. The U.S. has never formally "
		"accused the port of fraud.\n");
	assert_claim("the dock would flood", "said", "Daniel R. Hughes Jr.", "Daniel R. Hughes Jr.", NULL);
	assert_claim("the port of fraud", "accused", "The U.S.", NULL, NULL);
}

static void
test_a_subject_after_an_opening_phrase_may_have_an_apposition(void **state)
{
	analyze("Reached by phone, Maria Okafor \xe2\x80\x94 who leads the union \xe2\x80\x94 told "
		"reporters that the port was shut.\n");
	assert_claim("the port was shut", "told", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_asked_by_credits_the_one_asking(void **state)
{
	analyze("Asked by Maria Okafor whether the port would close, Daniel Hughes shrugged.\n");
	assert_claim("whether the port would close", "Asked", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_a_quotation_over_sentences_is_the_subjects_before_its_colon(void **state)
{
	analyze("Maria Okafor spoke first.\n\nShe grinned at the crowd: \xe2\x80\x9cThe port will "
		"stay shut. Nobody will work there until the crane is fixed.\xe2\x80\x9d\n");
	assert_claim("\xe2\x80\x9cThe port will stay shut. Nobody will work there until the crane is "
		     "fixed.\xe2\x80\x9d", NULL, "She", "Maria Okafor", NULL);
}

static void
test_participle_after_a_possessive_name_is_not_its(void **state)
{
	analyze("On the docks there was anger at Daniel Hughes\xe2\x80\x99s offer, saying it was too "
		"small.\n");
	assert_claim("it was too small", "saying", NULL, NULL, NULL);
}

static void
test_in_the_past_after_who_is_not_the_subject(void **state)
{
	analyze("Maria Okafor, who has in the past argued that the port is unsafe, stayed home.\n");
	assert_string_equal(speaker_of(claim("the port is unsafe, stayed home")), "Maria Okafor");
}

static void
test_a_person_named_inside_a_quotation_is_not_the_pronoun_after_it(void **state)
{
	analyze("Mr. Brandt spoke to the crews.\n\n\xe2\x80\x9cThe port stays open, as Daniel "
		"Hughes promised us in the spring,\xe2\x80\x9d he added.\n");
	assert_claim("\xe2\x80\x9cThe port stays open, as Daniel Hughes promised us in the "
		     "spring,\xe2\x80\x9d", "added", "he", "Brandt", NULL);
}

static void
test_a_word_opening_the_sentence_is_no_given_name(void **state)
{
	analyze("Daniel Hughes spoke first. Though Hughes said the port was shut, the crews came "
		"anyway.\n");
	assert_int_equal(an->npeople, 1);
	assert_claim("the port was shut", "said", "Hughes", "Daniel Hughes", NULL);
}

static void
test_a_subject_before_an_apposition_between_double_hyphens_speaks(void **state)
{
	analyze("The three crane drivers -- all veterans of the port -- agreed that the strike "
		"should go on.\n");
	assert_claim("the strike should go on", "agreed", "The three crane drivers", NULL, NULL);
}

static void
test_a_share_of_people_speaks(void **state)
{
	analyze("Among the dockers, 47% say the port is unsafe.\n");
	assert_claim("the port is unsafe", "say", "47%", NULL, NULL);
}

static void
test_participle_far_after_a_claim_is_its_speakers(void **state)
{
	analyze("\xe2\x80\x9cThe talks are over,\xe2\x80\x9d Maria Okafor told reporters on the dock on "
		"Sunday, saying the crews would strike.\n");
	assert_claim("the crews would strike", "saying", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_a_phrase_of_time_opening_the_sentence_is_not_its_subject(void **state)
{
	analyze("Maria Okafor leads the union. Eight years ago, she led the strike and argued that "
		"the port was unsafe.\n");
	assert_claim("the port was unsafe", "argued", "she", "Maria Okafor", NULL);
}

static void
test_a_subject_ends_before_an_auxiliary(void **state)
{
	analyze("Shortly after the vote, the dockers had gathered, warning that the deal would "
		"fail.\n");
	assert_claim("the deal would fail", "warning", "the dockers", NULL, NULL);
}

static void
test_he_is_the_sentences_subject_before_a_nearer_name(void **state)
{
	analyze("Daniel Hughes spoke to the crews, with Peter Brandt standing behind him, as he "
		"warned that the port was unsafe.\n");
	assert_claim("the port was unsafe", "warned", "he", "Daniel Hughes", NULL);
}

static void
test_a_month_before_the_cue_is_not_the_subject(void **state)
{
	analyze("More recently, federal prosecutors in April charged two dockers with theft. "
		"Maria Okafor on a Sunday thanked the crews for their work.\n");
	assert_claim("two dockers with theft", "charged", "federal prosecutors", NULL, NULL);
	assert_claim("the crews for their work", "thanked", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_an_outlet_frame_around_a_pronoun_credits_both(void **state)
{
	analyze("Maria Okafor visited the harbour. Per reports from Reuters, she stated that the "
		"port would reopen in May.\n");
	assert_claim("the port would reopen in May", "stated", "she", "Maria Okafor", "Reuters");
}

static void
test_a_name_set_off_right_before_the_cue_speaks(void **state)
{
	analyze("The head of a group backing Daniel Hughes for mayor, Maria Okafor, praised the "
		"crews for their work.\n");
	assert_claim("the crews for their work", "praised", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_a_negation_before_the_cue_is_not_the_subject(void **state)
{
	analyze("The port authority hasn\xe2\x80\x99t yet endorsed the plan.\n");
	assert_claim("the plan", "endorsed", "The port authority", NULL, NULL);
}

static void
test_both_after_and_is_the_subject(void **state)
{
	analyze("Maria Okafor and Daniel Hughes met on Monday. And both vowed to keep the port "
		"open.\n");
	assert_claim("to keep the port open", "vowed", "both", NULL, NULL);
}

static void
test_a_quotation_is_credited_to_the_phrase_after_it(void **state)
{
	const struct ws_claim *c;

	analyze("Maria Okafor said the talks had ended.\n\n\xe2\x80\x9cWe will not sign anything "
		"this week or the next,\xe2\x80\x9d the two dockers then grinned.\n");
	c = claim("\xe2\x80\x9cWe will not sign anything this week or the next,\xe2\x80\x9d");
	if (!span_is(ws_span32_wide(c->by), "the two dockers"))
		fail_msg("by: [%.*s], want [the two dockers]", (int)(c->by.end - c->by.start),
			 text->s + c->by.start);
}

static void
test_a_quotation_after_a_short_clause_and_a_comma_is_its_subjects(void **state)
{
	analyze("Maria Okafor spoke first.\n\nDaniel Hughes grinned, \xe2\x80\x9cNobody on the docks "
		"will accept this offer.\xe2\x80\x9d\n");
	assert_claim("\xe2\x80\x9cNobody on the docks will accept this offer.\xe2\x80\x9d", NULL,
		     "Daniel Hughes", "Daniel Hughes", NULL);
}

static void
test_a_name_after_an_opening_preposition_is_not_the_subject(void **state)
{
	analyze("Like Daniel Hughes, Maria Okafor voted against the deal, saying it was unfair.\n");
	assert_claim("it was unfair", "saying", "Maria Okafor", "Maria Okafor", NULL);
}

static void
test_soon_before_the_cue_is_not_the_subject(void **state)
{
	analyze("Peter Brandt arrived late. He soon learned that the port was closed.\n");
	assert_claim("the port was closed", "learned", "He", "Peter Brandt", NULL);
}

static void
test_no_before_a_cue_noun_is_not_the_subject(void **state)
{
	analyze("Maria Okafor left the union. She has no plans to return to the docks.\n");
	assert_claim("to return to the docks", "plans", "She", "Maria Okafor", NULL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_he_is_the_last_speaker),
		cmocka_unit_test(test_she_skips_a_man),
		cmocka_unit_test(test_pronoun_learns_gender),
		cmocka_unit_test(test_surname_is_the_full_name),
		cmocka_unit_test(test_title_then_full_name_is_one_person),
		cmocka_unit_test(test_different_given_names_are_different_people),
		cmocka_unit_test(test_the_outlet_is_the_last_outlet),
		cmocka_unit_test(test_the_agency_is_the_last_outlet),
		cmocka_unit_test(test_the_vice_president_is_the_person_with_that_role),
		cmocka_unit_test(test_the_outlet_told_reported_the_claim),
		cmocka_unit_test(test_the_outlet_spoken_to_reported_the_claim),
		cmocka_unit_test(test_told_a_person_credits_no_outlet),
		cmocka_unit_test(test_outlet_forms_are_merged),
		cmocka_unit_test(test_agency_long_form_is_merged),
		cmocka_unit_test(test_role_from_title),
		cmocka_unit_test(test_role_from_possessive_apposition),
		cmocka_unit_test(test_family_name_first),
		cmocka_unit_test(test_person_cited_by_outlet_keeps_both),
		cmocka_unit_test(test_outlet_and_person_outside_a_frame_are_not_credited_to_it),
		cmocka_unit_test(test_outlet_frame_around_an_unnamed_group_stays_the_outlets),
		cmocka_unit_test(test_participle_is_the_subjects_not_the_objects),
		cmocka_unit_test(test_participle_after_a_described_subject),
		cmocka_unit_test(test_participle_after_a_claim_keeps_the_whole_first_content),
		cmocka_unit_test(test_participle_content_runs_past_a_comma),
		cmocka_unit_test(test_subject_before_a_dashed_apposition_speaks),
		cmocka_unit_test(test_subject_before_a_party_and_a_time_speaks),
		cmocka_unit_test(test_subject_of_a_second_verb_speaks),
		cmocka_unit_test(test_an_adverb_before_the_cue_is_not_the_subject),
		cmocka_unit_test(test_a_phrase_of_time_before_the_cue_is_not_the_subject),
		cmocka_unit_test(test_a_quotation_is_the_persons_named_after_it),
		cmocka_unit_test(test_a_quotation_is_the_persons_named_before_its_colon),
		cmocka_unit_test(test_a_quotation_is_the_pronouns_after_it),
		cmocka_unit_test(test_a_quotation_addressed_to_a_person_is_not_theirs),
		cmocka_unit_test(test_a_cue_after_before_goes_on_from_the_claim_before),
		cmocka_unit_test(test_a_cue_after_and_then_goes_on_from_the_claim_before),
		cmocka_unit_test(test_subject_before_an_apposition_between_hyphens_speaks),
		cmocka_unit_test(test_a_subject_whose_noun_is_a_cue_word_speaks),
		cmocka_unit_test(test_a_verb_before_a_cue_word_is_no_subject),
		cmocka_unit_test(test_that_credits_the_thing_before_it),
		cmocka_unit_test(test_participle_after_an_opening_phrase_is_the_clauses_subjects),
		cmocka_unit_test(test_participle_opening_the_sentence_is_the_subjects_after_the_comma),
		cmocka_unit_test(test_a_possessive_before_and_said_is_not_the_subject),
		cmocka_unit_test(test_a_titled_subject_after_an_opening_phrase_speaks),
		cmocka_unit_test(test_a_clause_opening_with_when_is_not_the_subject),
		cmocka_unit_test(test_a_subject_before_has_since_speaks),
		cmocka_unit_test(test_participle_after_an_inverted_claim_is_its_speakers),
		cmocka_unit_test(test_both_before_the_cue_is_not_the_subject),
		cmocka_unit_test(test_in_fact_before_the_cue_is_not_the_subject),
		cmocka_unit_test(test_a_subject_ending_in_an_abbreviation_speaks),
		cmocka_unit_test(test_a_subject_after_an_opening_phrase_may_have_an_apposition),
		cmocka_unit_test(test_asked_by_credits_the_one_asking),
		cmocka_unit_test(test_a_quotation_over_sentences_is_the_subjects_before_its_colon),
		cmocka_unit_test(test_participle_after_a_possessive_name_is_not_its),
		cmocka_unit_test(test_in_the_past_after_who_is_not_the_subject),
		cmocka_unit_test(test_a_person_named_inside_a_quotation_is_not_the_pronoun_after_it),
		cmocka_unit_test(test_a_word_opening_the_sentence_is_no_given_name),
		cmocka_unit_test(test_a_subject_before_an_apposition_between_double_hyphens_speaks),
		cmocka_unit_test(test_a_share_of_people_speaks),
		cmocka_unit_test(test_participle_far_after_a_claim_is_its_speakers),
		cmocka_unit_test(test_a_phrase_of_time_opening_the_sentence_is_not_its_subject),
		cmocka_unit_test(test_a_subject_ends_before_an_auxiliary),
		cmocka_unit_test(test_he_is_the_sentences_subject_before_a_nearer_name),
		cmocka_unit_test(test_a_month_before_the_cue_is_not_the_subject),
		cmocka_unit_test(test_an_outlet_frame_around_a_pronoun_credits_both),
		cmocka_unit_test(test_a_name_set_off_right_before_the_cue_speaks),
		cmocka_unit_test(test_a_negation_before_the_cue_is_not_the_subject),
		cmocka_unit_test(test_both_after_and_is_the_subject),
		cmocka_unit_test(test_a_quotation_is_credited_to_the_phrase_after_it),
		cmocka_unit_test(test_a_quotation_after_a_short_clause_and_a_comma_is_its_subjects),
		cmocka_unit_test(test_a_name_after_an_opening_preposition_is_not_the_subject),
		cmocka_unit_test(test_soon_before_the_cue_is_not_the_subject),
		cmocka_unit_test(test_no_before_a_cue_noun_is_not_the_subject),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}

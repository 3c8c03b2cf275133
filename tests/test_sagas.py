"""Sagas from small invented articles: who moves where, status, fee."""
import datetime as dt
import re

from saga.core.model import Article, Entity, Mention
from saga.core.sagas import build_sagas, find_fees

ENTITIES = [Entity("player:tomas-brandt", "player", "Tomas Brandt"),
            Entity("player:eli-moss", "player", "Eli Moss"),
            Entity("club:northbridge", "club", "Northbridge Rovers"),
            Entity("club:kingsport", "club", "Kingsport City"),
            Entity("club:alder", "club", "Alder Athletic"),
            Entity("club:solvik", "club", "Solvik IF")]
NAMES = {"Tomas Brandt": "player:tomas-brandt", "Brandt": "player:tomas-brandt", "Eli Moss": "player:eli-moss",
         "Northbridge Rovers": "club:northbridge", "Kingsport City": "club:kingsport", "Kingsport": "club:kingsport",
         "Alder Athletic": "club:alder", "Alder": "club:alder", "Solvik IF": "club:solvik"}


def article(ident: str, body: str, date: dt.date | None) -> tuple[Article, list[Mention]]:
    """An article plus the mentions the entities step would find (every listed name)."""
    pattern = re.compile("|".join(sorted(map(re.escape, NAMES), key=len, reverse=True)))
    ms = [Mention(ident, NAMES[m.group()], m.group(), m.start(), m.end()) for m in pattern.finditer(body)]
    return Article(ident, f"seeds/{ident}.txt", body, body[:40], date), ms


def test_from_to_linked_fee_and_status():
    a1, m1 = article("a1", "Tomas Brandt wants to leave Northbridge Rovers this summer. Kingsport City's pursuit "
                     "of Brandt has stalled over a £40m fee, with interest from Alder Athletic too. "
                     "Northbridge Rovers signed £5m-rated Eli Moss as cover.", dt.date(2024, 6, 2))
    a2, m2 = article("a2", "Kingsport City have agreed a fee of £45m with Northbridge Rovers for Tomas Brandt. "
                     "Brandt is set to undergo a medical.", dt.date(2024, 6, 20))
    [saga] = build_sagas([a1, a2], ENTITIES, m1 + m2)
    assert (saga.player, saga.from_club, saga.to_club) == ("player:tomas-brandt", "club:northbridge", "club:kingsport")
    assert saga.linked_clubs == ["club:alder"]
    assert saga.status == "agreed"
    assert [(f["amount"], f["currency"], f["article"]) for f in saga.fee] == [(40.0, "GBP", "a1"), (45.0, "GBP", "a2")]
    assert saga.articles == ["a1", "a2"]


def test_latest_article_decides_status():
    a1, m1 = article("a1", "Tomas Brandt has completed his move to Kingsport City from Northbridge Rovers. "
                     "Brandt joined for £30m.", dt.date(2024, 8, 30))
    a2, m2 = article("a2", "Tomas Brandt wants to leave Northbridge Rovers. Kingsport City bid again for Brandt.",
                     dt.date(2024, 8, 1))
    [saga] = build_sagas([a1, a2], ENTITIES, m1 + m2)
    assert saga.status == "completed"


def test_collapse_needs_no_open_signal():
    a1, m1 = article("a1", "Kingsport City have ended their interest in Tomas Brandt. Brandt stays at Northbridge Rovers.",
                     dt.date(2024, 7, 1))
    [saga] = build_sagas([a1], ENTITIES, m1)
    assert saga.status == "collapsed"


def test_fees_and_non_fees():
    assert [f["text"] for f in find_fees("a £60m bid, €80 million, 45 million euros, £500 a week, 26-year-old")] == \
        ["£60m", "€80 million", "45 million euros"]


def saga_of(body: str, date: dt.date = dt.date(2024, 7, 1)):
    a, ms = article("a1", body, date)
    [saga] = build_sagas([a], ENTITIES, ms)
    return saga.from_club, saga.to_club, saga.linked_clubs, saga.status


def test_the_lead_names_the_buyer_and_the_players_club():
    assert saga_of("Kingsport City have made a formal offer for Northbridge Rovers winger Tomas Brandt. "
                   "Brandt scored twice on Saturday.")[:2] == ("club:northbridge", "club:kingsport")


def test_a_possessive_before_the_player_is_his_club():
    assert saga_of("Northbridge Rovers' Tomas Brandt is wanted by Kingsport City. Brandt is 24.")[:2] == \
        ("club:northbridge", "club:kingsport")


def test_a_club_in_his_past_is_no_side():
    frm, to, linked, _ = saga_of(
        "Kingsport City are in advanced talks over Tomas Brandt. Brandt, who joined Northbridge Rovers from "
        "Alder Athletic in 2019, has a year left on his contract at Northbridge Rovers.")
    assert (frm, to, linked) == ("club:northbridge", "club:kingsport", [])


def test_a_club_that_is_also_interested_is_a_rival():
    frm, to, linked, _ = saga_of("Kingsport City have this week tabled a bid for Northbridge Rovers striker "
                                 "Tomas Brandt. Alder Athletic are also interested in Brandt.")
    assert (frm, to, linked) == ("club:northbridge", "club:kingsport", ["club:alder"])


def test_a_rival_named_twice_in_its_sentence_counts_once():
    frm, to, linked, _ = saga_of("Kingsport City are ready to test Northbridge Rovers' resolve with a second bid "
                                 "for striker Tomas Brandt. Northbridge Rovers rejected an opening offer last week. "
                                 "Alder Athletic are also monitoring the situation, "
                                 "with Alder expected to make a loan offer before the end of the month.")
    assert (frm, to, linked) == ("club:northbridge", "club:kingsport", ["club:alder"])


def test_an_agreement_with_a_club_to_sign_him_names_both_sides():
    assert saga_of("Kingsport City have reached an agreement in principle with Northbridge Rovers to sign "
                   "striker Tomas Brandt, sources said.")[:2] == ("club:northbridge", "club:kingsport")


def test_a_club_that_offered_a_fee_is_the_buyer():
    assert saga_of("Tomas Brandt is wanted in the capital. Kingsport City have offered 400,000 dollars for "
                   "70 percent of his rights.")[1] == "club:kingsport"


def test_an_accepted_bid_names_the_buyer_over_an_early_favourite():
    frm, to, linked, _ = saga_of(
        "Tomas Brandt is on his way. Northbridge Rovers have accepted Kingsport City's bid for their captain.\n\n"
        "Alder Athletic's interest was real. Alder Athletic's offer was a loan.\n\n"
        "Kingsport's first two offers fell short.")
    assert (frm, to, linked) == ("club:northbridge", "club:kingsport", ["club:alder"])


def test_each_item_of_a_round_up_is_its_own_story():
    body = ("ROUND-UP: Kingsport close in on Brandt, Alder eye Moss\n\n"
            "KINGSPORT CLOSE IN\n\n"
            "Kingsport City have made an offer for Northbridge Rovers winger Tomas Brandt. Brandt has a "
            "year left.\n\n"
            "ALDER EYE MOSS\n\n"
            "Alder Athletic have opened talks with Northbridge Rovers over Eli Moss. Moss is 27.")
    a, ms = article("a1", body, dt.date(2024, 7, 1))
    sides = {s.player: (s.from_club, s.to_club) for s in build_sagas([a], ENTITIES, ms)}
    assert sides == {"player:tomas-brandt": ("club:northbridge", "club:kingsport"),
                     "player:eli-moss": ("club:northbridge", "club:alder")}


def test_a_move_from_one_club_to_another():
    assert saga_of("Tomas Brandt's proposed move from Northbridge Rovers to Kingsport City has collapsed. "
                   "Brandt will stay.") == ("club:northbridge", "club:kingsport", [], "collapsed")


def test_the_first_status_phrase_decides_and_the_longer_phrase_wins():
    assert saga_of("Tomas Brandt has signed a new contract with Northbridge Rovers, ending Kingsport City's "
                   "pursuit. Brandt had held talks with Kingsport City.")[3] == "collapsed"
    assert saga_of("Kingsport City have completed the signing of Tomas Brandt from Northbridge Rovers. "
                   "Brandt had wanted to leave.")[3] == "completed"


def test_in_a_round_up_the_clubs_of_another_players_paragraph_are_not_his():
    frm, to, linked, _ = saga_of(
        "Kingsport City close in on Tomas Brandt. Kingsport City are in advanced talks with Northbridge Rovers "
        "over Brandt.\n\nAlder Athletic have made a formal offer for Eli Moss. Alder Athletic want to sign Moss.")
    assert (frm, to, linked) == ("club:northbridge", "club:kingsport", [])


def test_a_club_bracing_for_his_departure_is_his_club():
    assert saga_of("Northbridge Rovers are bracing themselves for the departure of Tomas Brandt after "
                   "Kingsport City opened talks. Brandt is 24.")[:2] == ("club:northbridge", "club:kingsport")


def test_a_club_player_and_an_offer_received_are_his_club_and_here_we_go_again_is_no_deal():
    frm, to, _, status = saga_of("Here we go again. Kingsport City have made an offer for Tomas Brandt. "
                                 "Brandt is a Northbridge Rovers player and they want him to stay.")
    assert (frm, to, status) == ("club:northbridge", "club:kingsport", "open")
    assert saga_of("Northbridge Rovers can confirm that an offer has been received from Kingsport City for "
                   "Tomas Brandt. Brandt is 24.")[:2] == ("club:northbridge", "club:kingsport")


def test_in_posts_written_oldest_first_the_last_one_says_where_things_stand():
    posts = ['[Monday, 09:10] "Kingsport City have opened talks with Northbridge Rovers for Tomas Brandt."',
             '[18:30] "First bid rejected."',
             '[Wednesday, 08:00] "Done deal: Brandt to Kingsport City."']
    assert saga_of("A reporter followed Tomas Brandt's move all week.\n\n" + "\n\n".join(posts))[3] == "completed"


def test_a_live_blog_newest_first_keeps_the_top_entry():
    body = ("Tomas Brandt is close to a move.\n\n21:00 Kingsport City have completed the signing of Brandt.\n\n"
            "18:00 Kingsport City are in talks with Northbridge Rovers.\n\n12:00 Brandt wants to leave.")
    assert saga_of(body)[3] == "completed"


def test_talks_with_a_club_are_with_the_buyer_when_the_player_holds_them():
    assert saga_of("Northbridge Rovers striker Tomas Brandt is set to hold talks with Kingsport City. "
                   "Brandt is 24.")[:2] == ("club:northbridge", "club:kingsport")
    assert saga_of("Kingsport City have opened talks with Northbridge Rovers over Tomas Brandt. "
                   "Brandt is 24.")[:2] == ("club:northbridge", "club:kingsport")


def test_a_describing_phrase_between_the_cue_and_the_club_is_looked_through():
    # "a bid from [Second Division rivals] CLUB"; "CLUB for left-back PLAYER" is the bidder, not his club
    assert saga_of("Northbridge Rovers have rejected a bid from Second Division rivals Kingsport City for "
                   "left-back Tomas Brandt. Brandt is 25.")[:2] == ("club:northbridge", "club:kingsport")


def test_an_aside_between_commas_does_not_hide_the_clubs_verb():
    assert saga_of("Kingsport City have made an offer for Tomas Brandt. Northbridge Rovers, however, are "
                   "holding out for a higher fee for Brandt.")[:2] == ("club:northbridge", "club:kingsport")


def test_a_club_left_some_summers_ago_is_his_past():
    frm, to, _, _ = saga_of("Kingsport City have opened talks over Tomas Brandt, who has started every game since "
                            "arriving from Third Division side Alder Athletic two summers ago. Brandt is 25.")
    assert (frm, to) == (None, "club:kingsport")


def test_a_live_page_in_the_present_tense_ends_with_the_signing_confirmed():
    body = ("09:05 - Kingsport City have made an offer for Northbridge Rovers striker Tomas Brandt.\n\n"
            "13:10 - Northbridge Rovers are considering the offer for Brandt.\n\n"
            "23:41 - Kingsport City confirm the signing of Tomas Brandt on a four-year contract.")
    assert saga_of(body)[3] == "completed"


def test_talks_he_holds_at_the_end_of_a_long_clause_are_with_the_buyer():
    assert saga_of("Northbridge Rovers winger Tomas Brandt has turned down a contract extension in the "
                   "north and is in advanced talks with Kingsport City, according to sources.")[:2] == \
        ("club:northbridge", "club:kingsport")


def test_a_club_he_joined_years_ago_is_his_club_not_his_destination():
    assert saga_of("Kingsport City have made an offer for Tomas Brandt. Brandt, who grew up in the east, joined "
                   "Northbridge Rovers in 2019 from a college side.")[:2] == ("club:northbridge", "club:kingsport")


def test_a_clubs_bid_for_him_later_in_its_clause_makes_it_the_buyer_not_the_club_whose_resolve_it_tests():
    assert saga_of("Kingsport City are ready to test Northbridge Rovers' resolve with a second bid for "
                   "striker Tomas Brandt. Brandt is 25.")[:2] == (None, "club:kingsport")


def test_in_a_column_of_items_a_headline_club_of_another_item_and_a_description_there_are_not_his():
    frm, to, linked, _ = saga_of(
        "GOSSIP: Kingsport chase Brandt, Alder Athletic close in\n\n"
        "Kingsport City have made an offer for Northbridge Rovers striker Tomas Brandt. Brandt is 25.\n\n"
        "Alder Athletic are close to signing Eli Moss, and the striker has agreed terms.")
    assert (frm, to, linked) == ("club:northbridge", "club:kingsport", [])


def test_a_club_in_apposition_to_the_player_is_his_club():
    assert saga_of("Let's talk about Tomas Brandt, Northbridge Rovers' best left-back in years. "
                   "Kingsport City have made an offer for Brandt.")[:2] == ("club:northbridge", "club:kingsport")


def test_putting_pen_to_paper_is_a_signing_and_on_a_new_deal_a_renewal():
    assert saga_of("Tomas Brandt joins Kingsport City from Northbridge Rovers after putting pen to paper "
                   "on a three-year deal. Brandt is 25.")[3] == "completed"
    assert saga_of("Tomas Brandt is staying at Northbridge Rovers after putting pen to paper on a new deal, "
                   "ending Kingsport City's interest. Brandt is 25.")[3] == "collapsed"


def test_the_club_that_agreed_a_fee_with_another_is_the_buyer_over_a_late_rival():
    assert saga_of("Kingsport City have agreed a fee with Northbridge Rovers for Tomas Brandt. Brandt was "
                   "tempted earlier this week when Alder Athletic made a late approach. \"Alder Athletic's "
                   "offer was strong,\" his agent said.")[:2] == ("club:northbridge", "club:kingsport")


def test_status_phrases_are_whole_words_and_background_is_no_status():
    # "is off" is not "is offering"; "is off to CLUB" is a move under way, not one called off
    assert saga_of("Kingsport City are offering Tomas Brandt a project. Northbridge Rovers know what Kingsport "
                   "City is offering him, and Kingsport City have made an offer.")[3] == "open"
    assert saga_of("Tomas Brandt is off to Kingsport City. Kingsport City confirmed the signing of Tomas Brandt "
                   "from Northbridge Rovers.")[3] == "completed"
    # a renewal told as background
    assert saga_of("Kingsport City have made an offer for Tomas Brandt. Northbridge Rovers inserted a release "
                   "clause when he signed a new deal last year.")[3] == "open"


def test_landed_and_ended_a_pursuit():
    """The buyer "landed" him; the club that "ended CLUB2's pursuit" keeps him."""
    s = saga_of("Kingsport City have finally landed Northbridge Rovers midfielder Tomas Brandt. Alder Athletic "
                "had also courted Brandt, and Alder Athletic's late attempt to hijack the deal came to nothing.")
    assert s[:2] == ("club:northbridge", "club:kingsport")
    s = saga_of("Northbridge Rovers have ended Kingsport City's pursuit of captain Tomas Brandt, with the "
                "defender signing a new contract on Tuesday.")
    assert (*s[:2], s[3]) == ("club:northbridge", "club:kingsport", "collapsed")


def test_release_clause_met_by_the_buyer_and_a_new_deal_offered_by_his_club():
    s = saga_of("Why has Tomas Brandt gone? Kingsport City met the release clause in his contract. "
                "Could Northbridge Rovers not have offered him a new deal? They tried.")
    assert s[:2] == ("club:northbridge", "club:kingsport")


def test_live_blog_cues_read_through_numbers_and_first_words():
    """A possessive bid with a sum in it ("CLUB's €700,000 bid"), the seller's "if CLUB accept our
    conditions", and "his first words as a CLUB player" all name the buyer."""
    s = saga_of("09:04 – Kingsport City's €700,000 bid for Northbridge Rovers midfielder Tomas Brandt was accepted.\n\n"
                "12:30 – Northbridge Rovers director: 'If Kingsport City accept our conditions, he can go.'\n\n"
                "19:58 – It's done. Brandt signs until June 2028.\n\n"
                "20:14 – Brandt's first words as a Kingsport City player: 'A long day.'")
    assert (*s[:2], s[3]) == ("club:northbridge", "club:kingsport", "completed")


def test_an_offer_of_a_sum_to_a_club_names_the_seller():
    s = saga_of("According to our information, Kingsport City made a first offer of €1.2 million, bonuses "
                "included, to Northbridge Rovers on Monday for Tomas Brandt.")
    assert s[:2] == ("club:northbridge", "club:kingsport")


def test_a_clubs_own_statement_and_an_approach_from_a_rival():
    """"CLUB can confirm that we have accepted an offer": the club that has him; "a first approach
    for him earlier this month from CLUB2": a suitor, not the club he leaves; "joined us from CLUB3 in
    August 2023": his past."""
    s = saga_of("Northbridge Rovers can confirm that we have accepted an offer from Kingsport City for Tomas "
                "Brandt. Brandt joined us from Alder Athletic in August 2023. We received a first approach for "
                "Brandt earlier this month from Alder Athletic, which the board rejected.")
    assert s[:2] == ("club:northbridge", "club:kingsport")


def test_a_fee_agreed_and_a_medical_done_is_agreed():
    s = saga_of("[00:49] HOST: Kingsport City and Northbridge Rovers agreed the fee on Wednesday night, and "
                "Tomas Brandt did his medical yesterday. Only paperwork is left.")
    assert s[3] == "agreed"


def test_a_club_inside_a_description_of_him_is_his_club():
    body = ("Kingsport City are chasing Tomas Brandt. The Northbridge Rovers striker scored twice on Sunday.")
    a, ms = article("a1", body, dt.date(2024, 7, 1))
    at = body.index("The Northbridge")
    ms.append(Mention("a1", "player:tomas-brandt", "The Northbridge Rovers striker", at, at + 30, "description"))
    [saga] = build_sagas([a], ENTITIES, sorted(ms, key=lambda m: m.start))
    assert (saga.from_club, saga.to_club) == ("club:northbridge", "club:kingsport")


def test_the_academy_he_joined_as_a_boy_is_his_club():
    assert saga_of("Kingsport City made an offer for Tomas Brandt on Friday. Brandt joined Northbridge "
                   "Rovers' academy at the age of nine.")[:2] == ("club:northbridge", "club:kingsport")


def test_is_now_a_club_player_names_where_he_went():
    assert saga_of("Tomas Brandt is now a Kingsport City player. He completed his move from Northbridge "
                   "Rovers on Wednesday.")[:2] == ("club:northbridge", "club:kingsport")


def test_preparing_for_his_departure_and_continuing_his_career_elsewhere():
    assert saga_of("Northbridge Rovers are preparing for the departure of Tomas Brandt, who has agreed to "
                   "continue his career at Kingsport City.")[:2] == ("club:northbridge", "club:kingsport")


def test_the_club_sent_an_offer_is_his_club():
    assert saga_of("Kingsport City are chasing Tomas Brandt. Reports say Kingsport City sent Northbridge "
                   "Rovers a new offer yesterday.")[:2] == ("club:northbridge", "club:kingsport")


def test_clubs_that_failed_to_agree_end_the_saga():
    assert saga_of("Kingsport City's pursuit of Tomas Brandt is over after the clubs failed to agree on the "
                   "fee with Northbridge Rovers.")[3] == "collapsed"


def test_the_youth_sector_he_was_raised_in_and_a_club_contacted_are_his_club():
    assert saga_of("Kingsport City are chasing Tomas Brandt, who was raised in the youth sector of Northbridge "
                   "Rovers.")[:2] == ("club:northbridge", "club:kingsport")
    assert saga_of("Kingsport City have made contact with Northbridge Rovers about Tomas Brandt. Brandt "
                   "is 19.")[:2] == ("club:northbridge", "club:kingsport")


def test_the_club_that_receives_a_development_fee_is_the_one_he_leaves():
    assert saga_of("Tomas Brandt is off to Kingsport City. Northbridge Rovers will receive a development fee "
                   "for the 19-year-old.")[:2] == ("club:northbridge", "club:kingsport")


def test_a_status_phrase_in_a_condition_is_not_where_things_stand():
    assert saga_of("Kingsport City have made an offer for Tomas Brandt. \"I would find it strange if he walked "
                   "away from Northbridge Rovers now,\" said his coach.")[3] == "open"


def test_personal_terms_with_the_player_leave_the_move_open():
    assert saga_of("Kingsport City have agreed personal terms with Northbridge Rovers winger Tomas Brandt, but "
                   "the clubs are still apart on the fee.")[3] == "open"


def test_a_feature_told_from_the_start_ends_where_things_stand():
    """Paragraphs that go forward in time (March, May, June, July): the last status phrase is the news."""
    body = ("In March, Kingsport City's scout watched Tomas Brandt of Northbridge Rovers.\n\n"
            "On 14 May, Kingsport City made their first move. Northbridge Rovers said no.\n\n"
            "In June the clubs agreed a fee, but the player hesitated.\n\n"
            "On 8 July Brandt signed a contract with Kingsport City and was presented to supporters.")
    assert saga_of(body) == ("club:northbridge", "club:kingsport", [], "completed")


def test_a_clubs_own_headline_that_it_completes_the_signing_names_the_buyer():
    assert saga_of("Kingsport City completes the signing of Tomas Brandt. The fee paid to Northbridge Rovers "
                   "was not disclosed.")[1] == "club:kingsport"


def test_the_clubs_top_scorer_and_the_rock_of_its_defence_are_his_club():
    assert saga_of("Kingsport City are chasing Tomas Brandt. Northbridge Rovers' top scorer wants to "
                   "go.")[:2] == ("club:northbridge", "club:kingsport")
    assert saga_of("Kingsport City are chasing Tomas Brandt. He has been the rock of Northbridge Rovers' defence "
                   "since 2023.")[:2] == ("club:northbridge", "club:kingsport")


def test_a_lead_that_says_he_is_a_club_player_announces_the_move():
    assert saga_of("Tomas Brandt is a Kingsport City player. Northbridge Rovers' top scorer signed a "
                   "three-year contract on Friday.") == ("club:northbridge", "club:kingsport", [], "completed")


def test_a_clubs_statement_that_an_offer_was_received_and_an_approach_to_it():
    assert saga_of("Kingsport City are chasing Tomas Brandt. A statement read: \"Northbridge Rovers confirm that an "
                   "offer for Tomas Brandt was rejected.\"")[:2] == ("club:northbridge", "club:kingsport")
    assert saga_of("Kingsport City have made a formal approach to Northbridge Rovers for Tomas "
                   "Brandt.")[:2] == ("club:northbridge", "club:kingsport")


def test_the_contract_he_signed_when_he_arrived_is_no_status():
    assert saga_of("Kingsport City have made an offer for Tomas Brandt, who signed a two-year deal at "
                   "Northbridge Rovers in 2024.")[3] == "open"


def test_a_status_phrase_about_another_player_is_his_not_the_story():
    body = ("Tomas Brandt is wanted by Kingsport City. Eli Moss, his understudy, will stay at Northbridge Rovers. "
            "Kingsport City have made an offer for Brandt, and Brandt wants to go.")
    assert saga_of(body)[3] == "open"


def test_talks_over_the_sale_of_him_are_held_by_the_club_that_sells():
    assert saga_of("Northbridge Rovers have opened talks with Kingsport City over the sale of striker Tomas "
                   "Brandt.")[:2] == ("club:northbridge", "club:kingsport")
    assert saga_of("Kingsport City have opened talks with Northbridge Rovers over a move for striker Tomas "
                   "Brandt.")[:2] == ("club:northbridge", "club:kingsport")


def test_the_selling_clubs_approval_of_his_departure_agrees_the_move():
    assert saga_of("Northbridge Rovers have given their approval to the departure of Tomas Brandt to Kingsport "
                   "City. An earlier offer was rejected by Northbridge Rovers in June.") == \
        ("club:northbridge", "club:kingsport", [], "agreed")


def test_the_club_he_joined_as_a_boy_is_his_past_and_has_left_names_his_club():
    frm, to, _, status = saga_of("Tomas Brandt has left Northbridge Rovers for Kingsport City. Brandt, who "
                                 "joined Northbridge Rovers from Alder Athletic at the age of seventeen, "
                                 "signed a three-year contract.")
    assert (frm, to, status) == ("club:northbridge", "club:kingsport", "completed")


def test_a_headline_that_says_the_deal_collapses_and_a_club_also_linked():
    body = ("Kingsport deal collapses for Brandt\n\nNorthbridge Rovers midfielder Tomas Brandt will not be joining "
            "Kingsport City after all. Alder Athletic were also linked with him in December.")
    assert saga_of(body) == ("club:northbridge", "club:kingsport", ["club:alder"], "collapsed")


def test_an_accepted_fee_agrees_the_move_even_in_the_sentence_of_his_personal_terms():
    assert saga_of("Kingsport City are closing in on Tomas Brandt after Northbridge Rovers accepted a fee for "
                   "the winger on Sunday.")[3] == "agreed"
    assert saga_of("Tomas Brandt agreed personal terms with Kingsport City on June 15, and Northbridge Rovers "
                   "have accepted a fee.")[3] == "agreed"
    assert saga_of("Tomas Brandt has agreed personal terms with Kingsport City. Northbridge Rovers want more "
                   "money.")[3] == "open"


def test_offers_received_and_a_deal_agreed_with_his_club():
    assert saga_of("Northbridge Rovers have received three offers for Tomas Brandt, with Kingsport City "
                   "understood to be in pole position.")[:2] == ("club:northbridge", "club:kingsport")
    assert saga_of("Tomas Brandt is set to move after Kingsport City agreed a deal with Northbridge Rovers, "
                   "both parties have confirmed.")[:2] == ("club:northbridge", "club:kingsport")
    assert saga_of("Tomas Brandt has spent five seasons with Northbridge Rovers. \"He wants a title and "
                   "Kingsport City are offering him that,\" his agent said.")[:2] == \
        ("club:northbridge", "club:kingsport")


def test_a_hijacked_deal_goes_to_the_hijacker_and_the_club_left_furious_is_not_his():
    body = ("Tomas Brandt's move to Alder Athletic has collapsed after Kingsport City hijacked the deal, leaving "
            "Alder Athletic furious. Northbridge Rovers accepted the new offer within hours.")
    assert saga_of(body) == ("club:northbridge", "club:kingsport", ["club:alder"], "agreed")


def test_signing_a_deal_with_a_club_joins_it_and_a_claim_is_lodged_by_the_club_he_left():
    assert saga_of("Tomas Brandt has left Northbridge Rovers and signed a two-year deal with Kingsport "
                   "City.")[:2] == ("club:northbridge", "club:kingsport")
    assert saga_of("Northbridge Rovers have lodged a formal claim over the transfer of Tomas Brandt. Brandt, who "
                   "spent nine years in their academy, signed his first professional contract with Kingsport "
                   "City in July.") == \
        ("club:northbridge", "club:kingsport", [], "completed")


def test_a_swap_is_two_sagas_each_player_going_where_the_other_comes_from():
    body = ("Northbridge Rovers and Kingsport City have agreed a straight swap that will send Tomas Brandt south "
            "and bring Eli Moss the other way. Eli Moss has been Kingsport City's first-choice left-back for "
            "three seasons.")
    a, ms = article("a1", body, dt.date(2024, 7, 1))
    sides = {s.player: (s.from_club, s.to_club, s.status) for s in build_sagas([a], ENTITIES, ms)}
    assert sides == {"player:tomas-brandt": ("club:northbridge", "club:kingsport", "agreed"),
                     "player:eli-moss": ("club:kingsport", "club:northbridge", "agreed")}


def test_a_clubs_if_is_no_condition_and_a_pre_contract_is_agreed():
    frm, to, _, status = saga_of("Solvik IF have accepted a bid from Kingsport City for Tomas Brandt.")
    assert (frm, to, status) == ("club:solvik", "club:kingsport", "agreed")
    assert saga_of("Tomas Brandt has signed a pre-contract agreement with Kingsport City and will leave "
                   "Northbridge Rovers on 1 July.")[3] == "agreed"


def test_a_sale_completes_a_wish_to_complete_does_not_and_a_clubs_record_of_sales_is_no_status():
    assert saga_of("Northbridge Rovers have sold Tomas Brandt to Kingsport City on deadline day.")[3] == "completed"
    assert saga_of("Kingsport City are hoping to complete the signing of Tomas Brandt from Northbridge "
                   "Rovers.")[3] == "open"
    assert saga_of("Kingsport City want Tomas Brandt. \"Northbridge Rovers have sold players abroad before,\" "
                   "his agent said.")[3] == "open"


def test_a_contract_agreed_with_a_club_of_any_term_is_where_he_goes_and_a_fee_settled_agrees_it():
    assert saga_of("Tomas Brandt is leaving Northbridge Rovers. He has agreed an 18-month contract with "
                   "Kingsport City, and the clubs settled on a fee on Saturday.") == \
        ("club:northbridge", "club:kingsport", [], "agreed")


def test_a_club_that_sold_him_is_his_club_and_the_club_he_left_for_years_ago_too():
    assert saga_of("Northbridge Rovers have sold Tomas Brandt to Kingsport City.")[:2] == \
        ("club:northbridge", "club:kingsport")
    assert saga_of("Tomas Brandt has joined Kingsport City. When he left for Northbridge Rovers in 2021, "
                   "Alder Athletic kept a sell-on clause.")[:2] == ("club:northbridge", "club:kingsport")


def test_a_tribunal_fee_a_paid_release_clause_and_a_signing_still_to_come():
    assert saga_of("A tribunal has ordered Kingsport City to pay Northbridge Rovers £450,000 for Tomas "
                   "Brandt.") == ("club:northbridge", "club:kingsport", [], "completed")
    assert saga_of("Kingsport City paid the full £9m release clause of Northbridge Rovers striker Tomas "
                   "Brandt on Tuesday.") == ("club:northbridge", "club:kingsport", [], "agreed")
    assert saga_of("Kingsport City are closing in on Northbridge Rovers striker Tomas Brandt, who is expected "
                   "to put pen to paper before the weekend.")[3] == "agreed"
    assert saga_of("Tomas Brandt has confirmed he is leaving Northbridge Rovers, signing for Kingsport City on "
                   "a two-year deal.")[3] == "completed"


def test_a_clubs_if_in_the_lead_is_no_condition_and_a_done_move_is_completed():
    assert saga_of("Tomas Brandt's move from Solvik IF to Kingsport City is finally done. He passed his "
                   "medical and signed on Friday.") == ("club:solvik", "club:kingsport", [], "completed")
    assert saga_of("Tomas Brandt passed his medical at Kingsport City on Monday and signed a four-year "
                   "contract.")[3] == "completed"
    assert saga_of("Tomas Brandt underwent a medical at Kingsport City on Monday.")[3] == "agreed"


def test_of_two_players_the_story_is_the_one_who_moves():
    # named as often as his brother, but named first; and a player the opening says stays is not the story's
    a, ms = article("a1", "Tomas Brandt will leave Northbridge Rovers for Kingsport City, but Eli Moss is staying "
                    "put. Eli Moss and Tomas Brandt grew up together.", dt.date(2024, 7, 1))
    assert [s.player for s in build_sagas([a], ENTITIES, ms)] == ["player:tomas-brandt"]
    a, ms = article("a1", "Kingsport City want two Northbridge Rovers men. Eli Moss stays put, while Tomas Brandt "
                    "is set to join. Brandt is 24. Eli Moss said he was happy. Eli Moss is the captain.", dt.date(2024, 7, 1))
    assert [s.player for s in build_sagas([a], ENTITIES, ms)] == ["player:tomas-brandt"]


def test_the_verb_after_a_clubs_apposition_is_the_clubs_and_an_approach_from_a_club_is_a_rivals():
    assert saga_of("Tomas Brandt is wanted abroad. Kingsport City, the Superliga side known to their fans as "
                   "Kingsport, have tabled a bid for the midfielder, and Northbridge Rovers are yet to "
                   "respond.")[1] == "club:kingsport"
    assert saga_of("Tomas Brandt has said goodbye to Northbridge Rovers after his move to Kingsport City. "
                   "Northbridge had turned down an earlier approach for Tomas Brandt from Alder Athletic in "
                   "January.")[:3] == ("club:northbridge", "club:kingsport", ["club:alder"])


def test_with_no_word_of_the_club_he_leaves_the_club_named_most_is_his():
    assert saga_of("Kingsport City are closing in on Tomas Brandt. Northbridge Rovers coach Lee Hart said little. "
                   "Northbridge Rovers play on Saturday.")[:2] == ("club:northbridge", "club:kingsport")
    # named once, it is not enough to make it his club
    assert saga_of("Kingsport City are closing in on Tomas Brandt. Northbridge Rovers play on Saturday.")[:2] == \
        (None, "club:kingsport")


def test_a_recalled_loan_a_contract_handed_to_a_free_agent_and_a_coaching_post():
    assert saga_of("Kingsport City have recalled striker Tomas Brandt from his loan at Northbridge Rovers six "
                   "months early.") == ("club:northbridge", "club:kingsport", [], "completed")
    # a player without a club signs from none: the club he left long ago is no side
    assert saga_of("Kingsport City have handed a one-year contract to free agent Tomas Brandt after a trial.\n\n"
                   "Brandt had been without a club since leaving Northbridge Rovers in June.") == \
        (None, "club:kingsport", [], "completed")
    assert saga_of("Tomas Brandt, who captained Northbridge Rovers for six seasons, has been appointed assistant "
                   "coach at Kingsport City.") == ("club:northbridge", "club:kingsport", [], "completed")


def test_set_to_join_is_agreed_unless_it_is_hearsay():
    assert saga_of("Tomas Brandt is set to join Kingsport City from Northbridge Rovers.")[3] == "agreed"
    assert saga_of("Tomas Brandt posted a farewell, fuelling reports that he is set to join Kingsport City.")[3] \
        == "open"


def test_an_opening_quote_mark_is_no_possessive():
    assert saga_of("Tomas Brandt is off. Northbridge Rovers accepted a bid from Kingsport City.\n\n'Tomas Brandt "
                   "flies out on Saturday,' his agent said.")[:2] == ("club:northbridge", "club:kingsport")


def test_a_recall_clause_used_a_stalled_move_and_a_search_ended_by_signing():
    assert saga_of("Kingsport City have used the recall clause in Tomas Brandt's season-long loan at Northbridge "
                   "Rovers.") == ("club:northbridge", "club:kingsport", [], "completed")
    assert saga_of("Tomas Brandt's move from Northbridge Rovers to Kingsport City has stalled after he was refused "
                   "a work permit. Northbridge Rovers had agreed a fee.")[3] == "open"
    assert saga_of("Kingsport City have ended their search for a striker by signing Tomas Brandt from Northbridge "
                   "Rovers.") == ("club:northbridge", "club:kingsport", [], "completed")
    assert saga_of("Tomas Brandt has ended talk of a move to Kingsport City by signing a new contract with "
                   "Northbridge Rovers.")[3] == "collapsed"


def test_going_to_be_a_club_player_is_where_he_goes():
    assert saga_of("Is Tomas Brandt going to be a Kingsport City player? We made an offer to Northbridge Rovers "
                   "on Monday.")[:2] == ("club:northbridge", "club:kingsport")


def test_hearsay_is_read_in_the_phrases_own_sentence_only():
    # "reports that" far back, in another part of the text, does not make a later deal a rumour
    long_clause = "after a long afternoon of talks between the two clubs and their lawyers and the player's family " \
                  "in a hotel near the airport on the edge of the city "
    assert saga_of("Tomas Brandt denied reports that he wanted to leave\n\nNorthbridge Rovers confirmed "
                   + long_clause + "that Tomas Brandt is set to join Kingsport City.")[3] == "agreed"

"""Classes of quote misses found on unseen article sets ah and ai, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


# -- an interview printed as **bold questions**, its answers unquoted: the interviewee's words -----

_BOLD_INTERVIEW = (
    "Dunmore have bid for Kelso Rovers winger Osian Brackley. We spoke to the 23-year-old's agent, "
    "Tamsin Okereke, about the offer and what comes next.\n\n"
    "**Is it true that Dunmore have made an offer?**\n\n"
    "Yes, and I do not see why we should hide it. The offer arrived last week and it is serious.\n\n"
    "**Would he stay in the league?**\n\n"
    "I think the next step should be abroad. He is ready for that.\n\n"
    "**How does Osian feel about it?**\n\n"
    "He is calm, much calmer than me. He told me, \"Tamsin, you do your job, I will do mine.\"\n\n"
    "This interview has been edited for length.\n")


def test_bold_question_interview_answers_are_the_interviewees():
    got = quotes(_BOLD_INTERVIEW)
    assert speaker_of(got, "Yes, and I do not see why we should hide it") == "Tamsin Okereke"
    assert speaker_of(got, "I think the next step should be abroad") == "Tamsin Okereke"
    assert speaker_of(got, "He is calm, much calmer than me") == "Tamsin Okereke"
    assert speaker_of(got, "Tamsin, you do your job, I will do mine") == "Osian Brackley"
    assert not any(t.startswith("This interview") for t, _ in got)       # the writer's note


def test_bold_subheadings_ending_in_a_question_are_no_interview_without_one_in_the_intro():
    got = quotes(
        "Osian Brackley has been linked with three clubs this month. Here is where things stand.\n\n"
        "**Will Dunmore bid again?**\n\n"
        "Probably. The first offer was turned down on Monday and the club have money to spend.\n\n"
        "**Could Kelso Rovers keep him?**\n\n"
        "Only with a new contract, and talks have stalled.\n\n"
        "**What about the Portuguese interest?**\n\n"
        "Reports there have cooled since the weekend.\n")
    assert not any("The first offer was turned down" in t for t, _ in got)


# -- a surname printed with a final apostrophe (a transliterated soft sign, a Kenyan name) ---------

def test_a_name_ending_in_an_apostrophe_is_the_speaker_its_tag_names():
    got = quotes(
        "Dunmore have made an offer for Kelso Rovers striker Osian Brackley.\n\n"
        "Dunmore's chief executive, Ruslan Zhadan', confirmed the club was in talks. "
        "\"We have written to them officially,\" Zhadan' said. \"There is no war between the clubs.\"\n")
    # (the page name keeps or drops the apostrophe as the entity step prints it)
    assert (speaker_of(got, "We have written to them officially") or "").rstrip("'") == "Ruslan Zhadan"
    assert (speaker_of(got, "There is no war between the clubs") or "").rstrip("'") == "Ruslan Zhadan"


# -- "At the same time the coach of X, Y, admitted that ...": an opening phrase with no comma ------

def test_the_name_before_the_verb_of_an_intro_sentence_without_a_comma():
    got = quotes(
        "Dunmore want Kelso Rovers winger Osian Brackley. The president of Kelso Rovers, Rufus "
        "Delacourt, said: \"Osian is ours and he is not for sale.\"\n\n"
        "At the same time the head coach of the blues Pavlo Hrytsenko admitted that the player is "
        "distracted. \"I see that the boy is thinking about this move,\" explained the strategist.\n")
    assert speaker_of(got, "I see that the boy is thinking") == "Pavlo Hrytsenko"


# -- a one-sentence paragraph about how someone spoke up introduces the quote paragraph after it ---

def test_a_paragraph_about_someones_frustration_or_statement_introduces_the_quote_after_it():
    got = quotes(
        "Dunmore's bid for Kelso Rovers defender Osian Brackley has stalled. \"He is our captain,\" "
        "Kelso president Rufus Delacourt told a radio station.\n\n"
        "Dunmore's Welsh coach Gethin Abernathy made little attempt to hide his frustration after "
        "training on Wednesday.\n\n"
        "\"I have said from the first day that Osian is the type of defender we need.\"\n\n"
        "The player broke his silence on Wednesday night with a brief statement to a newspaper.\n\n"
        "\"I have always given everything for this shirt.\"\n")
    assert speaker_of(got, "I have said from the first day") == "Gethin Abernathy"
    assert speaker_of(got, "I have always given everything") == "Osian Brackley"


# -- ", and X, whose side face Y on Saturday, joked that ...": a joined clause's subject ----------

def test_a_joined_clause_subject_past_a_who_aside_is_the_he_of_the_next_quote():
    got = quotes(
        "Kelso Rovers striker Osian Brackley is wanted by Dunmore. Kelso boss Rufus Delacourt "
        "admitted he had expected interest.\n\n"
        "Kelso chairman Tobias Wren struck a more cautious note.\n\n"
        "'We have had one phone call and nothing in writing,' Wren said.\n\n"
        "The window closes on January 31, and Delacourt, whose side face Dunmore this Saturday, "
        "joked that the timing could hardly have been better.\n\n"
        "'You could not write it,' he laughed. 'Either way, I will pick the best team.'\n")
    assert speaker_of(got, "You could not write it") == "Rufus Delacourt"


# -- "what the club described as ..." after "absent from X's training": X's words --------------

def test_the_club_whose_session_a_player_missed_describes_the_injury():
    got = quotes(
        "Dunmore have agreed a fee with Kelso Rovers for defender Osian Brackley, and Portavon "
        "had also asked about him.\n\n"
        "The full-back was absent from Kelso Rovers' training session on Monday with what the club "
        "described as \"a minor muscle problem.\" Few believed it.\n")
    assert speaker_of(got, "a minor muscle problem") == "Kelso Rovers"


# -- "He called X into his office and said, '...'": "he" is not the man his own clause names after it

def test_a_nested_quotes_he_is_not_the_object_of_his_own_clause():
    got = quotes(
        "Dunmore want Kelso Rovers midfielder Osian Brackley. We spoke to his agent, Tamsin Okereke.\n\n"
        "**Has the coach tried to keep him?**\n\n"
        "Rufus Delacourt is a very honest man. He called Osian into his office and said, 'I want "
        "you for the whole season.' That meant a lot.\n\n"
        "**Is there a deadline?**\n\n"
        "The window closes on 31 August, so everything has to be done before then.\n\n"
        "**Which club would you prefer?**\n\n"
        "The one with a plan for him. I will tell you when I see it.\n")
    assert speaker_of(got, "Rufus Delacourt is a very honest man") == "Tamsin Okereke"
    assert speaker_of(got, "I want you for the whole season") == "Rufus Delacourt"

"""Classes of phrasing first seen in unseen-aj/ak (own sentences, invented people): a town of two
capitalised words after a verb of where someone is, a transcript's capitalised speaker labels."""
from examples import kinds_and_mentions


def test_a_two_word_town_after_a_verb_of_where_someone_is_is_not_a_player():
    kinds, _ = kinds_and_mentions("Rovers have signed winger Tomasz Wielgołaski-Brun. The 22-year-old, who "
                                  "was born in Vella Marrow, joined the academy at 12.")
    assert "Vella Marrow" not in kinds
    assert "Tomasz Wielgołaski-Brun" in kinds
    kinds, _ = kinds_and_mentions("Coach Piet Garmendia-Holt wants striker Noor Valbek-Sande training at "
                                  "Los Perdidos by Monday, after training in Santa Brava last week.")
    assert "Los Perdidos" not in kinds and "Santa Brava" not in kinds
    assert "Noor Valbek-Sande" in kinds


def test_a_person_after_interest_in_is_still_a_person():
    kinds, _ = kinds_and_mentions("Rovers have renewed their interest in Jarek Podolny-Vance, the United "
                                  "striker.")
    assert "Jarek Podolny-Vance" in kinds


_SHOW = ("[00:12] GRETA HOLMSBY-VALE: Right, the big one first. Rovers have signed Jan Kowalczyk-Brun.\n\n"
         "[00:20] OWEN TREMAINE: They have. Rovers agreed the fee on Monday night.\n\n"
         "[00:31] PRIYA ANANTHAN: And his agent is happy. The Polish striker wanted this move all along.\n\n"
         "[00:40] GRETA HOLMSBY-VALE: Owen, will he start?\n")


def test_capitalised_speaker_labels_after_a_time_stamp_are_people():
    kinds, by = kinds_and_mentions(_SHOW)
    assert kinds.get("Greta Holmsby-Vale") == "person"
    assert kinds.get("Owen Tremaine") == "person"
    assert kinds.get("Priya Ananthan") == "person"
    assert by["OWEN TREMAINE"] == by["Owen"]


def test_a_description_after_a_speaker_label_means_someone_else():
    kinds, by = kinds_and_mentions(_SHOW)
    assert by.get("The Polish striker") == by["Jan Kowalczyk-Brun"]


def test_the_captain_a_club_puts_a_price_on_is_the_player_sought():
    kinds, by = kinds_and_mentions("Levski have made an offer for Botev midfielder Kaloyan Dimitrovski-Peev. "
                                   "Botev value the captain at around €400,000.")
    assert by.get("the captain") == by["Kaloyan Dimitrovski-Peev"]

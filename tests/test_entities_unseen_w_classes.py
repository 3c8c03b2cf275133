"""Classes of entity misses found on unseen article set w, each fixed by a general rule (made-up people;
real clubs only where the data file's facts are the point)."""
from examples import kind_of, mentions_of, names, run


def test_usl_championship_clubs_and_their_short_forms():
    ents, ments, _ = run("Louisville City FC are weighing a bid for Phoenix Rising midfielder Dario Quintanilla-Roe. "
                         "LouCity scouted him twice, and the Kentucky club see him as a starter. Sacramento also "
                         "asked, the Sacramento Bee reported.")
    assert kind_of(ents, "Phoenix Rising FC") == "club"
    assert "LouCity" in mentions_of(ents, ments, "Louisville City FC")
    assert "the Kentucky club" in mentions_of(ents, ments, "Louisville City FC")
    assert "Sacramento" in mentions_of(ents, ments, "Sacramento Republic FC")
    assert "Sacramento Bee" not in names(ents)
    assert "Kentucky" not in names(ents)


def test_an_all_league_team_is_an_honour_not_a_player():
    ents, _, _ = run("Indy Eleven defender Corey Halvorsen-Diaz was named in the All-League First Team last season "
                     "and is wanted by Detroit City.")
    assert "All-League First Team" not in names(ents)
    assert kind_of(ents, "Corey Halvorsen-Diaz") == "player"


def test_nicknames_of_gulf_balkan_and_romanian_clubs():
    ents, ments, _ = run("Al-Rayyan have bid for Al-Duhail winger Samir Hadjadj-Roux. The Lions want him before "
                         "the window shuts, but the Red Knights refuse to sell.")
    assert "The Lions" in mentions_of(ents, ments, "Al-Rayyan")
    assert "the Red Knights" in mentions_of(ents, ments, "Al-Duhail")
    ents, ments, _ = run("Petrolul Ploiești want Dinamo București midfielder Radu Olteanu-Marin. The Red Dogs value "
                         "him at €400,000, and the Yellow Wolves think that is too much. Dinamo may lower it. "
                         "The Prahova club will decide on Friday.")
    assert "The Red Dogs" in mentions_of(ents, ments, "Dinamo Bucharest")
    assert "Dinamo" in mentions_of(ents, ments, "Dinamo Bucharest")
    assert "the Yellow Wolves" in mentions_of(ents, ments, "Petrolul Ploiești")
    assert "The Prahova club" in mentions_of(ents, ments, "Petrolul Ploiești")
    assert "Wolverhampton Wanderers" not in names(ents)
    assert "Dinamo Zagreb" not in names(ents)


def test_a_shared_bare_word_is_the_named_club_it_opens():
    ents, ments, _ = run("Dinamo Tbilisi winger Giorgi Abashidze-Kvara is wanted in Spain. Dinamo want €1m for him.")
    assert "Dinamo" in mentions_of(ents, ments, "Dinamo Tbilisi")
    assert "Dinamo Zagreb" not in names(ents)


def test_regional_forms_of_italian_and_korean_clubs():
    ents, ments, _ = run("Modena have agreed a fee with Cesena for striker Nicolò Farinacci-Bassi. The Emilian club "
                         "paid €800,000, and the Bianconeri had wanted more.")
    assert "The Emilian club" in mentions_of(ents, ments, "Modena")
    assert "the Bianconeri" in mentions_of(ents, ments, "Cesena")
    assert "Juventus" not in names(ents)
    ents, ments, _ = run("FC Seoul have made an offer for Ulsan forward Kang Min-seo. The capital club want him "
                         "before the season starts, and the Sangam club are ready to pay.")
    assert "The capital club" in mentions_of(ents, ments, "FC Seoul")
    assert "the Sangam club" in mentions_of(ents, ments, "FC Seoul")


def test_clubs_outside_the_top_flights_and_their_nicknames():
    ents, ments, _ = run("Westerlo want Sochaux winger Malik Ferhat-Dumas. The Kemphanen made an offer on Monday. "
                         "Vojvodina are also keen, and Voša could bid next.")
    assert kind_of(ents, "FC Sochaux-Montbéliard") == "club"
    assert "Sochaux" in mentions_of(ents, ments, "FC Sochaux-Montbéliard")
    assert "The Kemphanen" in mentions_of(ents, ments, "Westerlo")
    assert "Voša" in mentions_of(ents, ments, "Vojvodina")
    ents, ments, _ = run("Danish club OB have offered €1m for Slavia Prague midfielder Tomáš Hrubec-Lang.")
    assert "OB" in mentions_of(ents, ments, "Odense Boldklub")


def test_womens_club_forms():
    ents, ments, _ = run("Madrid CFF have bid for Reims midfielder Louna Kervella-Morin. The Liga F side want her "
                         "in July, but the Rémoises would rather keep her. The Madrid club may return.")
    assert "The Liga F side" in mentions_of(ents, ments, "Madrid CFF")
    assert "The Madrid club" in mentions_of(ents, ments, "Madrid CFF")
    assert "the Rémoises" in mentions_of(ents, ments, "Reims")
    assert "Real Madrid" not in names(ents)


def test_a_regional_demonym_is_the_player():
    ents, ments, _ = run("Lorient want Nantes midfielder Gwenaël Le Bihan-Quéré. \"I am happy here,\" the Breton "
                         "told reporters on Friday.")
    assert "the Breton" in mentions_of(ents, ments, "Gwenaël Le Bihan-Quéré")
    assert "Breton" not in names(ents)


def test_a_nationality_noun_that_owns_an_agent_is_the_player():
    ents, ments, _ = run("Algeria international Walid Bensaïd-Lemaire is wanted by Lille. The 26-year-old has "
                         "a year left, and the Algerian's representatives met the club in Paris on Monday.")
    assert "the Algerian" in mentions_of(ents, ments, "Walid Bensaïd-Lemaire")


def test_a_club_after_from_is_not_the_managers_club():
    ents, ments, _ = run("Crewe Alexandra want Morecambe left-back Callum Oduya-Field. Speaking on Friday, the "
                         "Crewe boss, Dennis Haworth-Lyle, said he liked the player. Crewe travel to Walsall on "
                         "Saturday, where Haworth-Lyle's men will try to win again.")
    assert "Haworth-Lyle's men" in mentions_of(ents, ments, "Crewe Alexandra")
    ents, ments, _ = run("Walsall want left-back Callum Oduya-Field. Oduya-Field has been one of the first names on "
                         "Dennis Haworth-Lyle's teamsheet since arriving at Gresty Road from Irish side Sligo Rovers. "
                         "Speaking on Thursday, the "
                         "Crewe boss made it clear he would not sell. Crewe's fans will hope that is the end of it "
                         "as the Railwaymen travel to Barnet, where Haworth-Lyle's men will aim to win again.")
    assert "Haworth-Lyle's men" in mentions_of(ents, ments, "Crewe Alexandra")


def test_an_agent_who_has_represented_footballers_is_a_person():
    ents, ments, _ = run("Radek Hornik-Valenta has represented footballers for twenty years. His youngest client, "
                         "Jakub Melichar, is wanted by Sparta Prague. The 52-year-old spoke on Monday.")
    assert kind_of(ents, "Radek Hornik-Valenta") == "person"
    assert "The 52-year-old" in mentions_of(ents, ments, "Radek Hornik-Valenta")


def test_the_record_champions_are_the_named_club_that_holds_the_record():
    ents, ments, _ = run("Al-Sadd have asked about Al-Gharafa winger Idris Belkacem-Noor. The record champions may "
                         "bid again in January.")
    assert "The record champions" in mentions_of(ents, ments, "Al-Sadd")
    ents, ments, _ = run("Lyon want Lorient winger Idris Belkacem-Noor, and the record champions of Ligue 1 may "
                         "also ask.")
    assert not [m for m in ments if m.text.startswith("the record champions")]


def test_womens_team_names_of_french_clubs():
    ents, ments, _ = run("OL Lyonnes have asked about Paris Saint-Germain midfielder Anaïs Delacourt-Viel. The "
                         "Parisiennes want €300,000, and the Fenottes think that is too much.")
    assert "OL Lyonnes" in mentions_of(ents, ments, "Lyon")
    assert "the Fenottes" in mentions_of(ents, ments, "Lyon")
    assert "The Parisiennes" in mentions_of(ents, ments, "Paris Saint-Germain")

"""Classes of quote misses found on unseen article set f, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


def test_a_nationality_word_before_a_name_is_never_the_speaker():
    got = quotes("Bologna want defender Tomas Holub.\n\n"
                 "Czech football writer Jana Kratochvilova-Bena believes the deal is close. \"Everything points "
                 "to Bologna, they have done their homework,\" she told CT Sport.")
    sp = speaker_of(got, "Everything points to Bologna")
    assert sp == "Jana Kratochvilova-Bena"


def test_a_quote_paragraph_after_someone_spoke_to_an_outlet_is_theirs():
    got = quotes("Sevilla coach Andres Villalobos wants the midfielder. \"He is the player we need,\" said "
                 "Villalobos.\n\n"
                 "Betis president Ramon Escudero was calm when he spoke to Radio Marca on Monday night.\n\n"
                 "\"Nico has been with us since he was ten, and nobody here wants him to go.\n\n"
                 "\"He leaves with our blessing.\"")
    assert speaker_of(got, "Nico has been with us") == "Ramon Escudero"
    assert speaker_of(got, "He leaves with our blessing") == "Ramon Escudero"

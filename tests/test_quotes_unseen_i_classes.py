"""Classes of quote misses found on unseen article set i, each fixed by a general rule (made-up names)."""
from examples import quotes, speaker_of


def test_quoted_by_an_unknown_outlet_as_saying_is_the_subjects_words():
    got = quotes(body="Lech winger Kamil Brzozowski is close to a move to Torino.\n\n"
                      "His uncle, Zbigniew Brzozowski, a former amateur referee, was quoted by Gazeta Lubuska "
                      "as saying: \"He is calm. He sleeps well.\"")
    assert speaker_of(got, "He is calm") == "Zbigniew Brzozowski"


def test_an_outlet_before_a_journalist_job_is_not_the_speaker():
    got = quotes(body="Perth Glory forward Tom Ardley has joined Groningen.\n\n"
                      "Coastal Bugle football writer Hannah Merriweather believes the fee is fair. "
                      "\"It is a big number for a teenager,\" she wrote. \"Every club will watch this.\"")
    assert speaker_of(got, "It is a big number") == "Hannah Merriweather"
    assert speaker_of(got, "Every club will") == "Hannah Merriweather"


def test_a_speaker_who_told_reporters_keeps_his_quote():
    got = quotes(body="Coach Bram Okkerse-Vliet was relaxed.\n\n"
                      "\"We will see,\" Okkerse-Vliet told reporters. \"Nothing is decided.\"")
    assert speaker_of(got, "We will see") == "Bram Okkerse-Vliet"


def test_the_paper_a_person_told_is_never_the_speaker():
    got = quotes(body="Hajduk defender Ante Radošević-Kulaš is wanted by Genoa.\n\n"
                      "His wife, Mira Kulaš, later told Slobodni Vjesnik: \"We are at peace.\"")
    assert speaker_of(got, "We are at peace") != "Slobodni Vjesnik"

"""Entity data classes first missed on the unseen-be articles (real clubs of Ukraine, Slovenia,
Slovakia, Cyprus, Egypt, Morocco and Uruguay) and the real places of unseen-bd: a club's region or
district ("the Kirovohrad Oblast club", "the Šariš club", "the Famagusta district club"), a club's
official name with "SC" / "Sporting Club" and its transliterations ("Al Mokawloon Al Arab", "El Gaish"),
its initials ("IRT"), its nickname in English ("the Contractors", "the Army club") or in the plural
("the Albivioletas"), a short form the data lacked ("Nafta", "Progreso"), Slovak second-tier clubs,
and regions, islands and mountains press copy names on their own (own sentences, invented people)."""
from examples import assert_same_entity as _same, kinds_and_mentions as _run


def test_a_clubs_region_or_district_means_the_club():
    _same([
        ("Oleksandriya want Taras Hnatyuk-Bilyk. The Kirovohrad Oblast club bid on Monday.",
         "The Kirovohrad Oblast club", "Oleksandriya"),
        ("Inhulets Petrove want Taras Hnatyuk-Bilyk. The Kirovohrad Oblast club bid on Monday.",
         "The Kirovohrad Oblast club", "Inhulets Petrove"),
        ("Kolos Kovalivka want Taras Hnatyuk-Bilyk. The Kyiv Oblast club bid on Monday.",
         "The Kyiv Oblast club", "Kolos Kovalivka"),
        ("Tatran Prešov want Matúš Olejár-Krupa. The Šariš club bid on Monday.",
         "The Šariš club", "Tatran Prešov"),
        ("Enosis Neon Paralimni want Andreas Charalambides-Pitta. The Famagusta district club bid on Monday.",
         "The Famagusta district club", "Enosis Neon Paralimni"),
    ])


def test_official_names_transliterations_and_initials_of_real_clubs():
    _same([
        ("Arab Contractors want Mostafa Abdel-Ghaffar. Al Mokawloon Al Arab bid on Monday.",
         "Al Mokawloon Al Arab", "Arab Contractors"),
        ("Arab Contractors want Mostafa Abdel-Ghaffar. Mokawloon bid on Monday.", "Mokawloon", "Arab Contractors"),
        ("Talaea El Gaish want Mostafa Abdel-Ghaffar. Tala'ea El Gaish SC bid on Monday.",
         "Tala'ea El Gaish SC", "Talaea El Gaish"),
        ("Talaea El Gaish want Mostafa Abdel-Ghaffar. El Gaish bid on Monday.", "El Gaish", "Talaea El Gaish"),
        ("Ittihad Tanger want Younes Bennani-Alaoui. IRT bid on Monday.", "IRT", "Ittihad Tanger"),
        ("Ittihad Tanger want Younes Bennani-Alaoui. Ittihad Riadi de Tanger bid on Monday.",
         "Ittihad Riadi de Tanger", "Ittihad Tanger"),
        ("Haras El Hodoud want Mostafa Abdel-Ghaffar. Haras El Hodood SC bid on Monday.",
         "Haras El Hodood SC", "Haras El Hodoud"),
    ])
    for text, form, page in [
        ("NK Primorje want Jure Kovačič-Mlinar. Nafta bid on Monday.", "Nafta", "club:nafta-1903"),
        ("Fénix want Bruno Olivera-Sosa. Progreso bid on Monday.", "Progreso", "club:ca-progreso"),
        ("Zorya Luhansk want Taras Hnatyuk-Bilyk. Veres bid on Monday.", "Veres", "club:veres-rivne"),
    ]:
        _, by = _run(text)
        assert by.get(form) == page, (text, by)


def test_english_and_plural_nicknames_of_real_clubs():
    _same([
        ("Arab Contractors want Mostafa Abdel-Ghaffar. The Contractors bid on Monday.",
         "The Contractors", "Arab Contractors"),
        ("Talaea El Gaish want Mostafa Abdel-Ghaffar. The Army club bid on Monday.",
         "The Army club", "Talaea El Gaish"),
        ("Fénix want Bruno Olivera-Sosa. The Albivioletas bid on Monday.", "The Albivioletas", "Fénix"),
        ("Plaza Colonia want Bruno Olivera-Sosa. The Patablancas bid on Monday.", "The Patablancas", "Plaza Colonia"),
    ])


def test_an_egyptian_nickname_is_not_another_countrys_army_club():
    kinds, by = _run("Legia Warsaw have signed Piotr Nowak-Zieliński. The military side paid a fee.")
    assert "Talaea El Gaish" not in kinds, kinds
    kinds, by = _run("CSKA Sofia have signed Petar Dimov-Kolev. The Army club bid on Monday.")
    assert "Talaea El Gaish" not in kinds, kinds


def test_slovak_second_tier_clubs():
    for text, club in [
        ("Partizán Bardejov have signed Matúš Olejár-Krupa from FC Petržalka.", "Partizán Bardejov"),
        ("FC Petržalka have signed Matúš Olejár-Krupa from Slavoj Trebišov.", "FC Petržalka"),
        ("Slavoj Trebišov have signed Matúš Olejár-Krupa from Partizán Bardejov.", "Slavoj Trebišov"),
    ]:
        kinds, _ = _run(text)
        assert kinds.get(club) == "club", (text, kinds)


def test_regions_islands_and_mountains_are_not_pages():
    for text, place in [
        ("Kofi Amankwah-Boateng called it a proud day for the Volta Region.", "Volta Region"),
        ("Min-jun Seo-Park trained at the winter camp on Jeju Island in February.", "Jeju Island"),
        ("Renzo Quispe-Anca grew up among the vineyards around Chincha Alta.", "Chincha Alta"),
        ("Youssef Amrani-Idrissi learned the game in the cedar forests of the Middle Atlas.", "Middle Atlas"),
        ("Itay Ben-Haroush grew up on the Golan Heights and in the Upper Galilee.", "Golan Heights"),
        ("Renzo Quispe-Anca will play in Sicuani next season.", "Sicuani"),
        ("Petar Dimov-Kolev grew up at the foot of the Rila mountains.", "Rila mountains"),
    ]:
        kinds, _ = _run(text)
        assert not any(place.split()[0] in k for k in kinds), (text, kinds)

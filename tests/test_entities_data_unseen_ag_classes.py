"""Entity data classes first missed on the unseen-af and unseen-ag articles: nicknames, full names,
grounds and regions of Liga F, Liga Portugal 2, Czech, Welsh, Danish, Serie B, Uruguayan, Ligue 2,
Brazilian, Hungarian, Scottish, Moldovan, Azerbaijani, Panamanian, Egyptian and Thai clubs;
nicknames several clubs share keep their old meaning when the article names none of them; countries
missing from nationalities.yaml; league bodies and national stadiums that are never a page (own
sentences, invented people)."""
from examples import kinds_and_mentions as _run


def test_lower_case_demonyms_of_portuguese_and_spanish_clubs():
    _, by = _run("Vizela want Tiago Mourão-Reis from Paços de Ferreira. The vizelenses bid on Monday, "
                 "but the castores said no.")
    assert by["The vizelenses"] == by["Vizela"]
    assert by["the castores"] == by["Paços de Ferreira"]
    _, by = _run("SD Eibar could lose Ainhoa Larrañaga-Oyarzun, although las armeras want to keep her.")
    assert by["las armeras"] == by["SD Eibar"]


def test_czech_historical_lands_and_silesians():
    _, by = _run("Slovan Liberec have sold Ondřej Kratochvíl-Beneš to Hradec Králové. The East Bohemian "
                 "club paid a fee, and the North Bohemian club will reinvest it.")
    assert by["The East Bohemian club"] == by["Hradec Králové"]
    assert by["the North Bohemian club"] == by["Slovan Liberec"]
    _, by = _run("MFK Karviná have sold Petr Dvořák-Holub. The Silesians got their price.")
    assert by["The Silesians"] == by["MFK Karviná"]


def test_a_polish_silesian_club_keeps_the_silesians():
    _, by = _run("Piast Gliwice want Paweł Kordecki-Nowak. The Silesians bid on Monday.")
    assert by["The Silesians"] == by["Piast Gliwice"]


def test_welsh_nicknames_shared_with_english_clubs():
    _, by = _run("Barry Town United want Dafydd Rees-Pugh from Haverfordwest County. The Linnets bid, "
                 "but the Bluebirds said no.")
    assert by["The Linnets"] == by["Barry Town United"]
    assert by["the Bluebirds"] == by["Haverfordwest County"]
    kinds, by = _run("The Linnets have signed Sam Thurlow-Pike.")
    assert "King's Lynn Town" in kinds, kinds
    kinds, _ = _run("Carmarthen Town sold Rhys Pryce-Evans. The Old Gold got their price.")
    assert kinds.get("Carmarthen Town") == "club", kinds
    kinds, by = _run("Old Gold have signed Tom Hardcastle-Reed.")
    assert kinds.get("Wolverhampton Wanderers") == "club", kinds


def test_jutland_clubs():
    _, by = _run("Randers have signed Mikkel Holm-Sørensen from Vejle. The Jutland club paid a fee.")
    assert by["The Jutland club"] == by["Vejle"]


def test_serie_b_nicknames_and_full_names():
    _, by = _run("Mantova want Matteo Scarpellini-Nardi from Carrarese. The Virgiliani bid, the Apuans "
                 "refused, and Reggiana wait: the Granata are keen. Carrarese Calcio 1908 confirmed talks.")
    assert by["The Virgiliani"] == by["Mantova"]
    assert by["the Apuans"] == by["Carrarese Calcio 1908"] == by["Carrarese"]
    assert by["the Granata"] == by["Reggiana"]


def test_uruguayan_full_names_nicknames_and_grounds():
    _, by = _run("Danubio want Bruno Larrañaga-Pose from Defensor Sporting. The Franja bid, and Danubio "
                 "Fútbol Club wrote to Defensor Sporting Club. He trained at the Luis Franzini.")
    assert by["The Franja"] == by["Danubio"] == by["Danubio Fútbol Club"]
    assert by["Defensor Sporting Club"] == by["Defensor Sporting"]
    kinds, _ = _run("Defensor Sporting said Bruno Larrañaga-Pose trained at the Luis Franzini.")
    assert "Luis Franzini" not in kinds, kinds


def test_ligue_2_nicknames_and_regions():
    _, by = _run("Troyes want Yanis Ferrand-Loubet from Rodez. The Aubois bid, the Ruthénois refused, "
                 "and Amiens wait: the Somme club are keen.")
    assert by["The Aubois"] == by["Troyes"]
    assert by["the Ruthénois"] == by["Rodez"]
    assert by["the Somme club"] == by["Amiens"]


def test_santos_women_and_hungarian_grounds():
    _, by = _run("Santos want Larissa Tavares-Lemos. The Sereias da Vila bid on Monday.")
    assert by["The Sereias da Vila"] == by["Santos"]
    _, by = _run("Debrecen want Bence Kovács-Tóth from Kisvárda. The Várkerti Stadion club said no.")
    assert by["The Várkerti Stadion club"] == by["Kisvárda"]


def test_scottish_league_one_nicknames_shared_elsewhere():
    _, by = _run("Alloa Athletic want Euan Strachan-Kerr from Stenhousemuir. The Wasps bid, but the "
                 "Warriors said no.")
    assert by["The Wasps"] == by["Alloa Athletic"]
    assert by["the Warriors"] == by["Stenhousemuir"]
    kinds, _ = _run("The Wasps have signed Erik Lindqvist-Berg.")
    assert "BK Häcken" in kinds, kinds


def test_moldovan_clubs_and_country():
    kinds, by = _run("Sheriff Tiraspol want Ion Rusnac-Ciobanu from Zimbru Chișinău. The Yellow-Blacks "
                     "bid, but the Bisons said no. He is the best young Moldovan winger and has played "
                     "for Moldova's under-21 side.")
    assert by["The Yellow-Blacks"] == by["Sheriff Tiraspol"]
    assert by["the Bisons"] == by["Zimbru Chișinău"]
    assert "Moldova" not in kinds and "Moldovan" not in kinds, kinds
    kinds, by = _run("Aris want Nikos Papadakis-Vlachos. The Yellow-Blacks bid.")
    assert by["The Yellow-Blacks"] == by["Aris"]


def test_other_countries_are_never_clubs():
    kinds, _ = _run("Ahmad Faris-Zaki has played for Palestine, and the Ugandan and the Guatemalan "
                    "also trained with Kedah.")
    assert not {"Palestine", "Ugandan", "Guatemalan"} & set(kinds), kinds


def test_azerbaijani_nicknames_and_places():
    _, by = _run("Neftçi want Elvin Məmmədli-Quliyev from Qarabağ. The White-Blacks bid, but the Ağdam "
                 "club said no. Sabah FC wait: the Masazır club are keen.")
    assert by["The White-Blacks"] == by["Neftçi"]
    assert by["the Ağdam club"] == by["Qarabağ"]
    assert by["the Masazır club"] == by["Sabah FC"]


def test_malaysian_sabah_keeps_the_bare_name():
    kinds, _ = _run("Sabah have signed Ahmad Faris-Zaki from Kedah.")
    assert "Sabah FC" in kinds, kinds


def test_panamanian_nicknames_and_national_stadium():
    kinds, by = _run("Plaza Amador want Luis Batista-Quintero from Tauro FC. The Lions bid, but the "
                     "Taurinos said no. He would play at the Rommel Fernández.")
    assert by["The Lions"] == by["Plaza Amador"]
    assert by["the Taurinos"] == by["Tauro FC"]
    assert "Rommel Fernández" not in kinds, kinds


def test_egyptian_nicknames_places_and_full_names():
    kinds, by = _run("Al Masry want Omar Abdel-Latif Saber from Smouha. The Green Eagles bid, but the "
                     "Alexandria side said no. National Bank of Egypt are also keen.")
    assert by["Green Eagles"] == by["Al Masry"]    # also a Zambian club's name: the one named wins
    assert by["the Alexandria side"] == by["Smouha"]
    assert kinds.get("National Bank of Egypt SC") == "club", kinds


def test_thai_nicknames_places_and_grounds():
    kinds, by = _run("Port FC want Somchai Rattanakorn-Wong from Ratchaburi. The Dragons said no, and "
                     "the Khlong Toei club withdrew. He was seen at the PAT Stadium.")
    assert by["The Dragons"] == by["Ratchaburi"]
    assert by["the Khlong Toei club"] == by["Port FC"]
    assert "St Patrick's Athletic" not in kinds, kinds


def test_lega_b_and_rioja_club():
    kinds, by = _run("Lega B confirmed the date. DUX Logroño want Irati Olaizola-Zubia, but the Rioja "
                     "club have not bid.")
    assert "Lega B" not in kinds, kinds
    assert by["the Rioja club"] == by["DUX Logroño"]


def test_womens_team_nicknames():
    _, by = _run("Corinthians want Bruna Teixeira-Lobo from Internacional. The Brabas bid, but the "
                 "Gurias Coloradas said no.")
    assert by["The Brabas"] == by["Corinthians"]
    assert by["the Gurias Coloradas"] == by["Internacional"]
    _, by = _run("Athletic Club want Nerea Arrieta-Goikoetxea from Espanyol. The Leonas bid, but the "
                 "Periquitas said no.")
    assert by["The Leonas"] == by["Athletic Club"]
    assert by["the Periquitas"] == by["Espanyol"]


def test_french_clubs_by_their_peoples_names():
    _, by = _run("Pau FC want Hugo Lacassagne-Roux from Grenoble. The Palois bid, but the Grenoblois "
                 "said no, and the Guingampais are also keen on him, like Guingamp's rivals.")
    assert by["The Palois"] == by["Pau FC"]
    assert by["the Grenoblois"] == by["Grenoble"]
    assert by["the Guingampais"] == by["Guingamp"]


def test_shared_short_forms_and_nicknames_keep_their_old_meaning():
    _, by = _run("Toronto FC have signed Ryo Tanabe-Ito. TFC paid a fee, and the Reds are happy.")
    assert by["TFC"] == by["the Reds"] == by["Toronto FC"]
    kinds, _ = _run("TFC have signed Mathis Dufresne-Lamarque from Rodez.")
    assert "Toulouse" in kinds, kinds
    _, by = _run("Sparta Prague sold Tomáš Hrubeš-Král to AEK Athens. Dikefalos Aetos officials met him.")
    assert by["Dikefalos Aetos"] == by["AEK Athens"]
    kinds, _ = _run("Dikefalos Aetos officials met Nikos Laskaridis-Papas.")
    assert "PAOK" in kinds, kinds
    _, by = _run("Rayo Vallecano have signed Mateo Quirós-Lanza. Los Franjirrojos paid a fee.")
    assert by["Los Franjirrojos"] == by["Rayo Vallecano"]

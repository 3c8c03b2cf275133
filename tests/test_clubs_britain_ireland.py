"""Clubs of Britain and Ireland listed in data/clubs/britain_ireland.yaml: nicknames, grounds and
place forms of the lower English divisions, Scotland, Wales, Northern Ireland and Ireland."""
from examples import kinds_and_mentions as _run


def test_national_league_south_nicknames_and_county():
    _, by = _run("Torquay United have signed defender Callum Petherick-Hale from Ebbsfleet United. "
                 "The Gulls paid a small fee, and the Kent club said he wanted to move back to Devon.")
    assert by["The Gulls"] == by["Torquay United"] == "club:torquay-united"
    assert by["the Kent club"] == by["Ebbsfleet United"] == "club:ebbsfleet-united"


def test_northern_ireland_nicknames_and_grounds():
    _, by = _run("Glenavon want Portadown winger Ryan McAleer-Quinn. The Lurgan Blues had a bid turned down "
                 "and the Ports expect him to stay at Shamrock Park.")
    assert by["The Lurgan Blues"] == by["Glenavon"] == "club:glenavon"
    assert by["the Ports"] == by["Portadown"] == by["Shamrock Park"] == "club:portadown"


def test_league_of_ireland_first_division():
    _, by = _run("Finn Harps have signed midfielder Conor Mac Giolla-Bhríde from Bray Wanderers. The Donegal "
                 "club moved quickly, and the Seagulls agreed to let him go.")
    assert by["The Donegal club"] == by["Finn Harps"] == "club:finn-harps"
    assert by["the Seagulls"] == by["Bray Wanderers"] == "club:bray-wanderers"


def test_cymru_premier_clubs():
    _, by = _run("Colwyn Bay have signed striker Gethin Prys-Owain from Aberystwyth Town. The Seasiders "
                 "wanted to keep him, but he will play at Llanelian Road next season.")
    assert by["The Seasiders"] == by["Aberystwyth Town"] == "club:aberystwyth-town"
    assert by["Llanelian Road"] == by["Colwyn Bay"] == "club:colwyn-bay"


def test_scottish_lowland_clubs():
    _, by = _run("Cowdenbeath want Albion Rovers forward Scott McAvoy-Reid. The Blue Brazil have offered a "
                 "two-year deal, but the Wee Rovers hope he stays at Cliftonhill.")
    assert by["The Blue Brazil"] == by["Cowdenbeath"] == "club:cowdenbeath"
    assert by["the Wee Rovers"] == by["Albion Rovers"] == by["Cliftonhill"] == "club:albion-rovers"


def test_womens_only_clubs():
    _, by = _run("Durham Women have signed goalkeeper Ellie Thwaite-Marsden from Lewes. The Wildcats beat two "
                 "other clubs to her signature, and the Rooks wished her well.")
    assert by["The Wildcats"] == by["Durham Women"] == "club:durham-w-f-c"
    assert by["the Rooks"] == by["Lewes"] == "club:lewes"


def test_national_league_north_grounds():
    _, by = _run("Bedford Town have signed Worksop Town striker Jordan Ashcroft-Blyde. He scored twice at "
                 "Sandy Lane last month and will now play at The Eyrie.")
    assert by["Sandy Lane"] == by["Worksop Town"] == "club:worksop-town"
    assert by["The Eyrie"] == by["Bedford Town"] == "club:bedford-town"

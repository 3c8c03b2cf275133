"""Once a build has extracted, it drops the tables built from the data files (tens of MB with the
world's clubs) before rendering and indexing; extracting again builds them again, same answers."""
from examples import corpus, export_of, synthetic
from saga.core.entities import resolve
from saga.core.entities.lexicon import lexicon
from saga.core.pipeline import release_tables


def test_the_tables_go_and_come_back_with_the_same_answers():
    arts = synthetic(corpus.generate(6))
    first = export_of(arts, processes=1)
    assert resolve._LEX is None                    # nothing keeps them past the step that used them
    release_tables()
    assert lexicon.cache_info().currsize == 0
    assert export_of(synthetic(corpus.generate(6)), processes=1) == first

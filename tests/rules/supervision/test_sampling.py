"""R20: the reproducible draw of a sample of closed cases."""

from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.supervision.sampling import draw_sample

import pytest


POPULATION = [f"/putian/cases/case-{number:03}" for number in range(1, 41)]


def test_same_seed_same_population_same_sample_whatever_the_order():
    first = draw_sample(POPULATION, 5, "2025-Q4")
    assert len(first) == 5
    assert len(set(first)) == 5
    assert set(first) <= set(POPULATION)
    assert draw_sample(reversed(POPULATION), 5, "2025-Q4") == first
    assert draw_sample(sorted(POPULATION, key=hash), 5, "2025-Q4") == first


def test_another_seed_draws_another_sample():
    samples = {tuple(draw_sample(POPULATION, 5, seed)) for seed in ("a", "b", "c")}
    assert len(samples) == 3


def test_a_number_seed_draws_as_its_text():
    assert draw_sample(POPULATION, 3, 42) == draw_sample(POPULATION, 3, " 42 ")


def test_the_sample_is_sorted_and_duplicates_count_once():
    sample = draw_sample(POPULATION + POPULATION, 40, "x")
    assert sample == sorted(POPULATION)


def test_a_small_population_is_taken_whole():
    assert draw_sample(["b", "a"], 5, "x") == ["a", "b"]
    assert draw_sample([], 1, "x") == []


@pytest.mark.parametrize(
    ("size", "seed", "code"),
    [
        (0, "x", "invalid_sample_size"),
        (-1, "x", "invalid_sample_size"),
        (True, "x", "invalid_sample_size"),
        ("3", "x", "invalid_sample_size"),
        (3, "", "invalid_sample_seed"),
        (3, "   ", "invalid_sample_seed"),
        (3, None, "invalid_sample_seed"),
        (3, False, "invalid_sample_seed"),
        (3, "x" * 101, "invalid_sample_seed"),
    ],
)
def test_bad_size_or_seed_is_refused_in_chinese(size, seed, code):
    with pytest.raises(RuleInputError) as raised:
        draw_sample(POPULATION, size, seed)
    assert raised.value.code == code
    assert "抽样" in raised.value.message_zh

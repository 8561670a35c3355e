"""R20 random sampling (抽样检查): a reproducible draw of closed cases.

The same seed and the same population give the same sample whatever the
order the population comes in: it is sorted before the draw.
"""

from collections.abc import Iterable
from putian.policy.rules.common.errors import RuleInputError

import random


MAX_SEED_LENGTH = 100


def _check_size(size: object) -> int:
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise RuleInputError(
            "invalid_sample_size",
            f"抽样数量必须是正整数：{size!r}",
            f"The sample size must be a positive whole number: {size!r}",
        )
    return size


def _check_seed(seed: object) -> str:
    if isinstance(seed, bool) or not isinstance(seed, (str, int)):
        raise RuleInputError(
            "invalid_sample_seed",
            f"抽样种子必须是文本或整数：{seed!r}",
            f"The sample seed must be text or a whole number: {seed!r}",
        )
    seed = str(seed).strip()
    if not seed or len(seed) > MAX_SEED_LENGTH:
        raise RuleInputError(
            "invalid_sample_seed",
            f"抽样种子不能为空，且不超过{MAX_SEED_LENGTH}个字符",
            f"The sample seed must be 1 to {MAX_SEED_LENGTH} characters",
        )
    return seed


def draw_sample(population: Iterable[str], size: object, seed: object) -> list[str]:
    """``size`` distinct members of ``population`` drawn with ``seed``, sorted.

    A population smaller than ``size`` is taken whole.  The seed is kept as
    text: 42 and "42" draw alike.
    """
    size = _check_size(size)
    seed = _check_seed(seed)
    members = sorted(set(population))
    if size >= len(members):
        return members
    # Reproducible on purpose; a sample is checked, not a secret.
    chooser = random.Random(seed)  # noqa: S311
    return sorted(chooser.sample(members, size))

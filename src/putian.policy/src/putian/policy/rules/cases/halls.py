"""Service halls: which window handles an item (R15, R17).

A hall (行政服务中心, 便民服务中心) serves the departments of its own level
and division. Each window handles the items of the departments it lists,
or — a window that lists none, such as a comprehensive window (综合受理窗口,
无差别受理) — every item the hall serves. A window may narrow what it
handles to some item categories.
"""

from collections.abc import Iterable
from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding


@dataclass(frozen=True)
class Hall:
    """Where a hall sits: its level and administrative division."""

    level: str
    # None: see hall_serves.
    division_code: str | None = None


@dataclass(frozen=True)
class Window:
    """What a window is set up to handle."""

    departments: frozenset[str] = field(default_factory=frozenset)
    categories: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, departments: Iterable[str] = (), categories: Iterable[str] = ()):
        return cls(
            departments=frozenset(d for d in departments or () if d),
            categories=frozenset(c for c in categories or () if c),
        )


@dataclass(frozen=True)
class ItemPlace:
    """An item as a hall sees it: its department and that department's
    level and division, and the item's category."""

    department: str
    level: str | None
    division_code: str | None
    category: str | None


# The one level with a single division in the portal: the city itself.
SINGLE_DIVISION_LEVELS = frozenset({"city"})


def hall_serves(hall: Hall, item: ItemPlace) -> bool:
    """The item belongs to a department of the hall's level and division.

    A hall that records no division serves its whole level only where the
    level has one division (the city); a county or township hall without
    its division serves only the departments its windows name, never the
    items of another county."""
    if item.level != hall.level:
        return False
    if not hall.division_code:
        return hall.level in SINGLE_DIVISION_LEVELS
    return item.division_code == hall.division_code


def window_handles(hall: Hall, window: Window, item: ItemPlace) -> bool:
    """Whether ``window`` of ``hall`` handles ``item``.

    A window that names departments handles their items even when they
    sit at another level (a city department stationed in a county hall);
    one that names none handles whatever the hall serves."""
    if window.departments:
        if item.department not in window.departments:
            return False
    elif not hall_serves(hall, item):
        return False
    return not window.categories or item.category in window.categories


def departments_named(text: str | None, titles: dict[str, str]) -> list[str]:
    """The departments whose full names a window's free text mentions, in
    the order they appear (for windows described in words only).

    Longer names are matched first, so 莆田市城厢区市场监督管理局 is not also
    read as a shorter name inside it."""
    remaining = text or ""
    found = []
    for key, title in sorted(titles.items(), key=lambda kv: -len(kv[1] or "")):
        if not title:
            continue
        position = remaining.find(title)
        if position >= 0:
            found.append((position, key))
            remaining = remaining.replace(title, "\x00" * len(title))
    return [key for _position, key in sorted(found)]


def inferred_division(
    hall_level: str, named: Iterable[tuple[str | None, str | None]]
) -> str | None:
    """The division of a hall that never recorded one, from the (level,
    division) of the departments its windows name: the one division its
    own level's departments share, else None (an editor must say)."""
    divisions = {division for level, division in named if level == hall_level}
    divisions.discard(None)
    divisions.discard("")
    return divisions.pop() if len(divisions) == 1 else None


RULE = "R15"


def check_windows(rows: Iterable[Mapping] | None) -> list[Finding]:
    """Each window of a hall has its own number: visitors are sent to it."""
    findings = []
    seen = set()
    for position, row in enumerate(rows or (), start=1):
        number = str(row.get("number") or "").strip()
        if not number:
            findings.append(
                Finding(
                    RULE,
                    ERROR,
                    "window_number_missing",
                    f"第{position}个窗口缺少窗口编号",
                    f"Window {position} has no number",
                    "windows",
                )
            )
        elif number in seen:
            findings.append(
                Finding(
                    RULE,
                    ERROR,
                    "window_number_repeated",
                    f"窗口编号“{number}”重复，每个窗口的编号须唯一",
                    f"The window number {number!r} is used twice; "
                    "each window needs its own",
                    "windows",
                )
            )
        seen.add(number)
    return findings

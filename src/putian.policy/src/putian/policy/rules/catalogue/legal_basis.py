"""Legal basis entries (设定依据): which law, which article.

An entry is a mapping {"level": a LEGAL_BASIS_LEVELS token, "name":
法律法规名称, "article": 条款 such as "第二十九条", "text": the quoted
provision (optional)}.
"""

from collections.abc import Mapping
from collections.abc import Sequence
from putian.policy.rules.catalogue.terms import ACCEPTED_MATERIAL_BASIS_LEVELS
from putian.policy.rules.catalogue.terms import LEGAL_BASIS_LEVELS
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.findings import WARNING
from putian.policy.rules.common.inputs import entries as read_entries
from putian.policy.rules.common.inputs import text

import re


LEGAL_BASIS_FIELD = "legal_basis"

# Names are written with or without book-title marks and stray spaces;
# 《中华人民共和国食品安全法》 and 中华人民共和国食品安全法 are one law.
_NAME_NOISE = re.compile(r"[《》〈〉\s]")


def normalized_name(name: str) -> str:
    """The law's name without 《》 and whitespace, for comparing entries."""
    return _NAME_NOISE.sub("", name)


def _entries(value: object) -> list[Mapping]:
    return read_entries(value, "法律依据", "legal basis")


def _parts(entry: Mapping) -> tuple[str | None, str | None, str | None]:
    return (
        text(entry.get("level"), "法律依据层级", "legal basis level"),
        text(entry.get("name"), "法律法规名称", "name of the law"),
        text(entry.get("article"), "条款", "article"),
    )


def basis_key(entry: Mapping) -> tuple[str, str, str]:
    """(level, normalized name, article): what makes two entries the same."""
    level, name, article = _parts(entry)
    return (level or "", normalized_name(name or ""), (article or "").replace(" ", ""))


def describe(entry: Mapping) -> str:
    """An entry as people cite it: 《名称》第X条."""
    _, name, article = _parts(entry)
    return f"《{normalized_name(name or '')}》{article or ''}"


def _entry_findings(entry: Mapping, number: int, field: str, rule: str) -> list:
    level, name, article = _parts(entry)
    text(entry.get("text"), "条款内容", "quoted text")
    problems = []
    if level is None:
        problems.append(("level_missing", "缺少依据层级", "has no level"))
    elif level not in tokens(LEGAL_BASIS_LEVELS):
        problems.append(
            (
                "level_unknown",
                f"的依据层级“{level}”不是已知的层级",
                f"has an unknown level {level!r}",
            )
        )
    if name is None:
        problems.append(("name_missing", "缺少法律法规名称", "has no name"))
    if article is None:
        problems.append(("article_missing", "缺少具体条款", "has no article"))
    return [
        Finding(
            rule,
            ERROR,
            f"legal_basis_{code}",
            f"第{number}项依据{zh}",
            f"Legal basis entry {number} {en}",
            field,
        )
        for code, zh, en in problems
    ]


def check_legal_basis(
    entries: Sequence[Mapping] | None,
    field: str = LEGAL_BASIS_FIELD,
    rule: str = "R2",
) -> list[Finding]:
    """At least one entry, each with a known level, a name and an article."""
    items = _entries(entries)
    if not items:
        return [
            Finding(
                rule,
                ERROR,
                "legal_basis_missing",
                "缺少法律依据（法律法规名称及具体条款）",
                "The legal basis (name of the law and article) is missing",
                field,
            )
        ]
    findings = []
    seen = set()
    for number, entry in enumerate(items, start=1):
        findings += _entry_findings(entry, number, field, rule)
        key = basis_key(entry)
        if key in seen and key[1] and key[2]:
            findings.append(
                Finding(
                    rule,
                    WARNING,
                    "legal_basis_duplicate",
                    f"第{number}项依据{describe(entry)}重复",
                    f"Legal basis entry {number} ({describe(entry)}) is a duplicate",
                    field,
                )
            )
        seen.add(key)
    return findings


def basis_accepted_for_materials(entries: Sequence[Mapping] | None) -> bool:
    """R5: an entry of law, regulation, rule or ministry/provincial document.

    A city's or county's own document cannot justify asking for a material,
    and an entry without a name cites nothing that can be verified.
    """
    return any(
        level in ACCEPTED_MATERIAL_BASIS_LEVELS and name is not None
        for level, name, _ in map(_parts, _entries(entries))
    )

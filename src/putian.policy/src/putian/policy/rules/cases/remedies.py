"""R13: where an applicant turns against a department's decision.

A denial tells the applicant of administrative reconsideration (行政复议)
and litigation (行政诉讼), naming the organ and the court.  Both follow
from the deciding department's level and division:

- 行政复议法 (revised 2023, in force 2024-01-01), Art. 24: the people's
  government at or above county level hears reconsideration of the acts of
  its own working departments, of the government one level below and of
  the agencies it set up (a 街道办事处 is the district's).  So a city
  department's organ is 莆田市人民政府, a 仙游县 department's 仙游县人民政府,
  a township's or subdistrict's the government of its county or district.
  Art. 27 keeps the exceptions (customs, finance, foreign exchange, tax,
  state security go to the department one level up): a record may name
  such an organ, which the check only asks to verify.
- 行政诉讼法 Art. 14 and 18: the basic people's court where the deciding
  organ sits hears the first instance, unless the higher court designates
  another (集中管辖).  Putian concentrates the cases against its city-level
  organs at 莆田市城厢区人民法院: a designation, kept as data below.

The department's record holds both names (``proposed_remedy_organs``
fills them in); ``check_remedy_organs`` checks what the record says.
``names_organ`` and ``putian_organs_named`` read a denial's notices for
the names (``case_notices.check_denial``).
"""

from dataclasses import dataclass
from putian.policy.rules.catalogue.codes import PUTIAN_CITY
from putian.policy.rules.catalogue.codes import PUTIAN_DIVISIONS
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.findings import WARNING
from putian.policy.rules.common.inputs import applicant_text
from types import MappingProxyType

import re


REMEDIES_RULE = "R13"
RECONSIDERATION_ORGAN_FIELD = "reconsideration_organ"
LITIGATION_COURT_FIELD = "litigation_court"

# Village committees (村委会) act for the township: they decide no case.
DECIDING_LEVELS = frozenset({"city", "county", "township"})

# The longest name of an organ is far shorter; a longer one is no name.
MAX_ORGAN_NAME_LENGTH = 60

GOVERNMENT = "人民政府"
COURT = "人民法院"
CITY_NAME = PUTIAN_DIVISIONS[PUTIAN_CITY]

# Courts designated by the courts themselves rather than by the law:
# division code -> the court of first instance for its organs.
# 莆田市行政案件集中管辖: city-level organs are sued at 城厢区人民法院.
DESIGNATED_COURTS = MappingProxyType({PUTIAN_CITY: "莆田市城厢区人民法院"})

# The intermediate court hears appeals, and first instances the law gives
# it (Art. 15); it is never a department's court of first instance here.
INTERMEDIATE_COURT = f"{CITY_NAME}中级{COURT}"


@dataclass(frozen=True)
class RemedyOrgans:
    """The organ that hears reconsideration and the court of first instance."""

    reconsideration_organ: str
    litigation_court: str


def _division_name(division_code: str) -> str | None:
    """The division's official name: 莆田市, 莆田市城厢区, 仙游县."""
    name = PUTIAN_DIVISIONS.get(division_code)
    if name is None or division_code == PUTIAN_CITY:
        return name
    # A district of a city is named with its city; a county stands alone.
    return f"{CITY_NAME}{name}" if name.endswith("区") else name


def government_of(division_code: str | None) -> str | None:
    """The people's government of a Putian division (None: not Putian's)."""
    name = _division_name(division_code) if division_code else None
    return f"{name}{GOVERNMENT}" if name else None


def basic_court_of(division_code: str | None) -> str | None:
    """The basic people's court of a Putian district or county; the city
    itself has none (None also for a division not Putian's)."""
    if not division_code or division_code == PUTIAN_CITY:
        return None
    name = _division_name(division_code)
    return f"{name}{COURT}" if name else None


def court_of_first_instance(division_code: str | None) -> str | None:
    """The court that hears a suit against an organ of the division."""
    if division_code in DESIGNATED_COURTS:
        return DESIGNATED_COURTS[division_code]
    return basic_court_of(division_code)


def _putian_courts() -> frozenset[str]:
    courts = {court_of_first_instance(code) for code in PUTIAN_DIVISIONS}
    return frozenset(court for court in courts if court) | {INTERMEDIATE_COURT}


PUTIAN_COURTS = _putian_courts()
PUTIAN_GOVERNMENTS = frozenset(government_of(code) for code in PUTIAN_DIVISIONS)


# Chinese has no word boundaries: an organ's name that goes on into the
# name of a body under it (莆田市人民政府 in 莆田市人民政府办公室, 仙游县人民政府
# in 仙游县人民政府法制办, 仙游县人民法院 in 仙游县人民法院榜头人民法庭) does
# not name the organ itself.  A name goes on into another when it is
# followed at once by up to ten characters ending in one of these endings
# of a body's name, unless those characters start with what a notice says
# next (申请, 提起, ...; "向仙游县人民政府申请办理" still names the government)
# or join another name (和, 或, 及, 与).  An organ the record names in a
# form the notice shortens (仙游县政府) is not named either: a notice names
# the organ in full.
_SUBORDINATE_BODY_ENDINGS = ("办公室", "委员会", "办", "局", "厅", "中心", "法庭")
_WHAT_FOLLOWS_A_NAME = ("申请", "提起", "提出", "起诉", "请求", "和", "或", "及", "与")
_GOES_ON_INTO_ANOTHER_NAME = re.compile(
    "(?:(?!{follows})[\u4e00-\u9fff]){{0,10}}?(?:{endings})".format(
        follows="|".join(_WHAT_FOLLOWS_A_NAME),
        endings="|".join(_SUBORDINATE_BODY_ENDINGS),
    )
)


def names_organ(notice: str, name: str) -> bool:
    """Does ``notice`` name the organ ``name`` itself, somewhere other
    than as the start of a longer name (see the notes above)?"""
    if not name:
        return False
    start = notice.find(name)
    while start >= 0:
        if not _GOES_ON_INTO_ANOTHER_NAME.match(notice, start + len(name)):
            return True
        start = notice.find(name, start + 1)
    return False


def putian_organs_named(notice: str) -> tuple[list[str], list[str]]:
    """The Putian people's governments and courts ``notice`` names (each
    list sorted): the organs a remedies notice may send an applicant to."""
    governments = sorted(g for g in PUTIAN_GOVERNMENTS if names_organ(notice, g))
    courts = sorted(c for c in PUTIAN_COURTS if names_organ(notice, c))
    return governments, courts


def proposed_remedy_organs(
    level: str | None, division_code: str | None
) -> RemedyOrgans | None:
    """The reconsideration organ and the court for a department of ``level``
    in ``division_code``; None when the core cannot say (a level that
    decides nothing, a division outside Putian, a city department outside
    the city's division or a county one inside it)."""
    if level not in DECIDING_LEVELS or division_code not in PUTIAN_DIVISIONS:
        return None
    if (level == "city") != (division_code == PUTIAN_CITY):
        return None
    return RemedyOrgans(
        government_of(division_code), court_of_first_instance(division_code)
    )


def recorded_or_proposed(
    level: str | None,
    division_code: str | None,
    reconsideration_organ: str | None,
    litigation_court: str | None,
) -> RemedyOrgans | None:
    """What a department's record says, each blank name taken from the
    proposal; None when a name is still unknown."""
    proposal = proposed_remedy_organs(level, division_code)
    organ = (reconsideration_organ or "").strip() or (
        proposal.reconsideration_organ if proposal else None
    )
    court = (litigation_court or "").strip() or (
        proposal.litigation_court if proposal else None
    )
    if organ is None or court is None:
        return None
    return RemedyOrgans(organ, court)


def _finding(severity: str, code: str, zh: str, en: str, field: str) -> Finding:
    return Finding(REMEDIES_RULE, severity, code, zh, en, field)


def _missing(
    code: str, field: str, expected: str | None, what_zh: str, what_en: str
) -> list:
    """A deciding department has not recorded a remedy's organ."""
    hint_zh = f"（应为{expected}）" if expected else ""
    hint_en = f" ({expected})" if expected else ""
    return [
        _finding(
            ERROR,
            code,
            f"作出行政许可决定的部门须登记{what_zh}{hint_zh}，"
            "不予许可决定书据此告知申请人",
            f"A department that decides cases needs {what_en}{hint_en}: the "
            "denial notice names it",
            field,
        )
    ]


def _organ_findings(organ: str | None, proposal: RemedyOrgans | None) -> list:
    field = RECONSIDERATION_ORGAN_FIELD
    expected = proposal.reconsideration_organ if proposal else None
    if organ is None:
        return _missing(
            "reconsideration_organ_missing",
            field,
            expected,
            "行政复议机关",
            "its reconsideration organ",
        )
    if expected is None or organ == expected:
        return []
    if organ.endswith(GOVERNMENT):
        return [
            _finding(
                ERROR,
                "reconsideration_organ_inconsistent",
                f"本部门的行政复议机关应为{expected}，不是{organ}"
                "（《中华人民共和国行政复议法》第二十四条）",
                f"The reconsideration organ of this department is {expected}, "
                f"not {organ} (Administrative Reconsideration Law, art. 24)",
                field,
            )
        ]
    return [
        _finding(
            WARNING,
            "reconsideration_organ_not_government",
            f"行政复议机关通常为{expected}；只有海关、金融、外汇管理等实行垂直领导的"
            "机关和税务、国家安全机关向上一级主管部门申请（行政复议法第二十七条），请核实",
            f"The reconsideration organ is normally {expected}; only vertically "
            "managed organs (customs, finance, foreign exchange, tax, state "
            "security) go to the department one level up (art. 27): check it",
            field,
        )
    ]


def _court_findings(court: str | None, proposal: RemedyOrgans | None) -> list:
    field = LITIGATION_COURT_FIELD
    expected = proposal.litigation_court if proposal else None
    if court is None:
        return _missing(
            "litigation_court_missing",
            field,
            expected,
            "管辖法院",
            "the court that hears suits against it",
        )
    if not court.endswith(COURT):
        example_zh = f"，如{expected}" if expected else ""
        example_en = f", e.g. {expected}" if expected else ""
        return [
            _finding(
                ERROR,
                "litigation_court_not_court",
                f"管辖法院应为人民法院{example_zh}",
                f"The court must be a people's court (人民法院){example_en}",
                field,
            )
        ]
    if expected is None or court == expected:
        return []
    if court in PUTIAN_COURTS:
        return [
            _finding(
                ERROR,
                "litigation_court_inconsistent",
                f"起诉本部门的第一审法院应为{expected}，不是{court}"
                "（《中华人民共和国行政诉讼法》第十四条、第十八条）",
                f"Suits against this department are heard first by {expected}, "
                f"not {court} (Administrative Litigation Law, arts. 14 and 18)",
                field,
            )
        ]
    return [
        _finding(
            WARNING,
            "litigation_court_unusual",
            f"起诉本部门的第一审法院通常为{expected}；如经指定管辖，请核实{court}",
            f"Suits against this department are normally heard first by "
            f"{expected}; check that {court} was designated",
            field,
        )
    ]


def check_remedy_organs(
    level: str | None,
    division_code: str | None,
    reconsideration_organ: object,
    litigation_court: object,
) -> list[Finding]:
    """R13: a deciding department records both remedies' organs, consistent
    with its level and division (see the module's notes).

    Fields: "reconsideration_organ", "litigation_court".
    """
    organ, organ_text = applicant_text(
        reconsideration_organ,
        RECONSIDERATION_ORGAN_FIELD,
        ("行政复议机关", "reconsideration organ"),
        REMEDIES_RULE,
        MAX_ORGAN_NAME_LENGTH,
    )
    court, court_text = applicant_text(
        litigation_court,
        LITIGATION_COURT_FIELD,
        ("管辖法院", "court"),
        REMEDIES_RULE,
        MAX_ORGAN_NAME_LENGTH,
    )
    if level not in DECIDING_LEVELS:
        return organ_text + court_text
    proposal = proposed_remedy_organs(level, division_code)
    return (organ_text or _organ_findings(organ, proposal)) + (
        court_text or _court_findings(court, proposal)
    )

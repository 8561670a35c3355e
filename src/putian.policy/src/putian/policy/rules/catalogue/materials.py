"""R3/R4/R5: the application materials (申请材料) of a service guide.

A material is a mapping {"name", "requirement" (MATERIAL_REQUIREMENTS),
"condition" (when conditional), "copies" (for paper forms), "form"
(MATERIAL_FORMS), "legal_basis" (legal basis entries), "shareable" (other
departments hold it), "obtained_by_sharing" (the department fetches it)}.
"""

from collections.abc import Mapping
from collections.abc import Sequence
from dataclasses import replace
from putian.policy.rules.catalogue.legal_basis import basis_accepted_for_materials
from putian.policy.rules.catalogue.legal_basis import check_legal_basis
from putian.policy.rules.catalogue.terms import MATERIAL_FORMS
from putian.policy.rules.catalogue.terms import MATERIAL_REQUIREMENTS
from putian.policy.rules.catalogue.terms import tokens
from putian.policy.rules.common.errors import RuleInputError
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding
from putian.policy.rules.common.findings import WARNING
from putian.policy.rules.common.inputs import entries
from putian.policy.rules.common.inputs import flag
from putian.policy.rules.common.inputs import is_count
from putian.policy.rules.common.inputs import text

import re
import unicodedata


MATERIALS_FIELD = "materials"

# Paper forms say how many copies to bring; an electronic file has none.
PAPER_FORMS = frozenset({"original", "copy"})

_SPACES = re.compile(r"\s")


def _materials(materials: object) -> list[Mapping]:
    return entries(materials, "申请材料", "application materials")


def _finding(rule: str, severity: str, code: str, zh: str, en: str) -> Finding:
    return Finding(rule, severity, code, zh, en, MATERIALS_FIELD)


def _same_name(name: str) -> str:
    # 身份证（复印件） and 身份证(复印件) are one material.
    return _SPACES.sub("", unicodedata.normalize("NFKC", name))


def _choice_findings(material: Mapping, label: str, label_en: str) -> list:
    findings = []
    for key, vocabulary, what_zh, what_en in (
        ("requirement", MATERIAL_REQUIREMENTS, "提交要求", "requirement"),
        ("form", MATERIAL_FORMS, "材料形式", "form"),
    ):
        value = text(material.get(key), what_zh, what_en)
        if value is None:
            findings.append(
                _finding(
                    "R3",
                    ERROR,
                    f"material_{key}_missing",
                    f"{label}未填写{what_zh}",
                    f"{label_en} has no {what_en}",
                )
            )
        elif value not in tokens(vocabulary):
            findings.append(
                _finding(
                    "R3",
                    ERROR,
                    f"material_{key}_unknown",
                    f"{label}的{what_zh}“{value}”不是规范取值",
                    f"{label_en} has an unknown {what_en} {value!r}",
                )
            )
    return findings


def _copies_findings(material: Mapping, label: str, label_en: str) -> list:
    copies = material.get("copies")
    form = text(material.get("form"), "材料形式", "form")
    if copies is None:
        if form in PAPER_FORMS:
            return [
                _finding(
                    "R3",
                    ERROR,
                    "material_copies_missing",
                    f"{label}未填写份数",
                    f"{label_en} does not say how many copies",
                )
            ]
        return []
    if not is_count(copies):
        raise RuleInputError(
            "invalid_copies",
            f"{label}的份数必须是整数：{copies!r}",
            f"The number of copies of {label_en} must be an integer: {copies!r}",
        )
    if copies < 0:
        return [
            _finding(
                "R3",
                ERROR,
                "material_copies_negative",
                f"{label}的份数不能为负数（{copies}）",
                f"{label_en} cannot have a negative number of copies ({copies})",
            )
        ]
    return []


def _basis_findings(material: Mapping, label: str, label_en: str) -> list:
    basis = material.get("legal_basis")
    findings = []
    if not basis_accepted_for_materials(basis):
        findings.append(
            _finding(
                "R5",
                ERROR,
                "material_without_basis",
                f"{label}没有法律、法规、规章或省级以上规范性文件依据，应予取消",
                f"{label_en} has no basis in a law, regulation, rule or "
                "ministry/provincial normative document and must be removed",
            )
        )
    if entries(basis, "材料依据", "material's legal basis"):
        # R4 asks for each material's basis; flaws in a given basis are
        # told per material so the editor knows where to look.
        findings += [
            replace(
                finding,
                message_zh=f"{label}：{finding.message_zh}",
                message_en=f"{label_en}: {finding.message_en}",
            )
            for finding in check_legal_basis(basis, MATERIALS_FIELD, "R4")
        ]
    return findings


def _sharing_findings(material: Mapping, label: str, label_en: str) -> list:
    shareable = flag(material.get("shareable"), "可共享获取", "shareable")
    fetched = flag(
        material.get("obtained_by_sharing"), "共享获取", "obtained by sharing"
    )
    if shareable and not fetched:
        return [
            _finding(
                "R5",
                ERROR,
                "material_shareable_but_asked",
                f"{label}可通过部门间数据共享获取，不得要求申请人提交",
                f"{label_en} can be obtained by data sharing between departments "
                "and must not be asked of the applicant",
            )
        ]
    return []


def _material_findings(material: Mapping, number: int) -> list[Finding]:
    name = text(material.get("name"), "材料名称", "material name")
    if name is None:
        label, label_en = f"第{number}项材料", f"Material {number}"
        findings = [
            _finding(
                "R3",
                ERROR,
                "material_name_missing",
                f"{label}缺少名称",
                f"{label_en} has no name",
            )
        ]
    else:
        label, label_en = f"材料“{name}”", f"The material {name!r}"
        findings = []
    findings += _choice_findings(material, label, label_en)
    requirement = text(material.get("requirement"), "提交要求", "requirement")
    condition = text(material.get("condition"), "提交情形", "condition")
    if requirement == "conditional" and condition is None:
        findings.append(
            _finding(
                "R3",
                ERROR,
                "material_condition_missing",
                f"{label}为特定情形下提交，但未写明具体情形",
                f"{label_en} is conditional but the situation is not described",
            )
        )
    findings += _copies_findings(material, label, label_en)
    findings += _basis_findings(material, label, label_en)
    findings += _sharing_findings(material, label, label_en)
    return findings


def check_materials(materials: Sequence[Mapping] | None) -> list[Finding]:
    """Each material's own findings, then duplicates; field "materials".

    An empty list is not reported here: the guide reports the missing
    element.
    """
    findings = []
    seen = set()
    for number, material in enumerate(_materials(materials), start=1):
        findings += _material_findings(material, number)
        name = text(material.get("name"), "材料名称", "material name")
        if name is None:
            continue
        if _same_name(name) in seen:
            findings.append(
                _finding(
                    "R5",
                    WARNING,
                    "material_duplicate",
                    f"材料“{name}”重复列出",
                    f"The material {name!r} is listed more than once",
                )
            )
        seen.add(_same_name(name))
    return findings


def materials_asked_of_applicant(materials: Sequence[Mapping] | None) -> list[Mapping]:
    """The materials the applicant uploads: all but those fetched by sharing."""
    return [
        material
        for material in _materials(materials)
        if not flag(
            material.get("obtained_by_sharing"), "共享获取", "obtained by sharing"
        )
    ]

"""What the applicant does on a case found by receipt and query code."""

from putian.policy.applications.events import case_changed
from putian.policy.applications.handling import Outcome
from putian.policy.applications.handling import take_action
from putian.policy.applications.intake import add_materials
from putian.policy.applications.intake import requested_for_case
from putian.policy.applications.intake import Upload
from putian.policy.applications.state import case_state
from putian.policy.audit.recording import record
from putian.policy.rules.calendar.clock import today
from putian.policy.rules.cases.applications import check_applicant_note
from putian.policy.rules.cases.ratings import check_rating
from putian.policy.rules.cases.uploads import check_upload
from putian.policy.rules.common.findings import ERROR
from putian.policy.rules.common.findings import Finding


def rate(case, level, comment=None) -> list:
    """R21: one rating per completed case; the findings when refused."""
    state = case_state(case)
    findings = check_rating(state, case.rating is not None, level, comment)
    if findings:
        return findings
    case.rating = {
        "level": level,
        "comment": (comment or "").strip(),
        "rated_on": today(),
    }
    case.reindexObject()
    case_changed(case)
    record(
        case,
        "rate",
        after={"level": level, "comment": case.rating["comment"]},
        actor="applicant",
    )
    return []


def withdraw(case, reason="") -> Outcome:
    findings = check_applicant_note(reason, "comment", ("撤回理由", "reason"))
    if findings:
        return Outcome(False, case_state(case), findings)
    return take_action(case, "withdraw", comment=reason or "", as_applicant=True)


def resubmit(case, uploads: list[Upload], comment="") -> Outcome:
    """The corrected materials, then back to the window (submitted)."""
    known = {material.field for material in requested_for_case(case)}
    findings = check_applicant_note(comment, "comment", ("补正说明", "note"))
    for upload in uploads:
        if upload.field not in known:
            continue
        findings += check_upload(upload.filename, upload.data, field=upload.field)
    if not any(upload.data for upload in uploads if upload.field in known):
        findings.append(
            Finding(
                "R12",
                ERROR,
                "correction_files_missing",
                "请上传补正告知书所列的材料后再提交",
                "Upload the materials the correction notice lists, then resubmit",
                "materials",
            )
        )
    state = case_state(case)
    if findings:
        return Outcome(False, state, findings)
    outcome = take_action(case, "resubmit", comment=comment, as_applicant=True)
    if outcome.done:
        add_materials(case, uploads, round_=len(case.correction_notices))
    return outcome

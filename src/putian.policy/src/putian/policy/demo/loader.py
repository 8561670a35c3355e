"""Load the demo content into a site: ``load_demo(site) -> counts``.

Idempotent: what exists (by id, base code or user name) is left alone, so a
second run creates nothing. Everything is created as the site's owner and
published through the catalogue workflow, whose publish guard runs the
compliance rules: the tables in this package are built to pass them.
"""

from collections import Counter
from plone import api
from plone.namedfile.file import NamedBlobFile
from putian.policy.applications.easyform import FORM_ID
from putian.policy.applications.easyform import make_application_form
from putian.policy.applications.folders import case_folder
from putian.policy.applications.handling import take_action
from putian.policy.applications.intake import requested_for
from putian.policy.applications.intake import submit
from putian.policy.applications.intake import Upload
from putian.policy.catalogue.standards import create_from_standard
from putian.policy.content.approval_item import IApprovalItem
from putian.policy.demo import cases as demo_cases
from putian.policy.demo import english
from putian.policy.demo import items as item_table
from putian.policy.demo import people
from putian.policy.demo import samples
from putian.policy.demo import structure
from putian.policy.demo import themes
from putian.policy.demo import worklist as demo_worklist
from putian.policy.demo.department_names import DEPARTMENT_NAMES_EN
from putian.policy.demo.item_names import ITEM_NAMES_EN
from putian.policy.life_events.taxonomy import life_event_folder
from putian.policy.rules.catalogue.terms import ONLINE_OPEN_MIN_DEPTH
from putian.policy.rules.catalogue.terms import REVIEW_ELEMENTS
from putian.policy.rules.catalogue.terms import REVIEW_STAGES
from stdnum.cn import ric
from zope.event import notify
from zope.lifecycleevent import ObjectModifiedEvent


PUBLISH = ("submit", "approve", "publish")


def _no_progress(message):
    pass


# -- plain data for the content (no Plone here) --------------------------------


def legal_basis(entry):
    return [
        {
            "level": entry.level,
            "name": entry.name,
            "article": entry.article,
            "text": None,
        }
    ]


def form_file_ids(number):
    """The ids of a form material's blank form and sample in its guide."""
    return f"form-{number}.docx", f"form-{number}-sample.pdf"


def material_row(material, number=None):
    paper = material.form in ("original", "copy")
    blank_form, sample = (
        form_file_ids(number)
        if number is not None and samples.is_form(material.name)
        else (None, None)
    )
    return {
        "name": material.name,
        "requirement": "conditional" if material.condition else "required",
        "condition": material.condition,
        "copies": 1 if paper else 0,
        "form": material.form,
        "basis_level": material.basis.level,
        "basis_name": material.basis.name,
        "basis_article": material.basis.article,
        "shareable": material.shared,
        "obtained_by_sharing": material.shared,
        "blank_form": blank_form,
        "sample": sample,
    }


def item_values(row):
    return {
        "title": row.title,
        "title_en": ITEM_NAMES_EN.get(row.title, ""),
        "category": row.base_code[:2],
        "base_code": row.base_code,
        "legal_basis": legal_basis(row.basis),
        "trips": row.trips,
        "online_depth": row.online_depth,
        "statutory_limit_days": row.statutory,
        "committed_limit_days": row.committed,
        "aliases": list(row.aliases),
    }


def hall_of(department_row):
    """Where a department's items are handled."""
    _id, title, level, division, *_rest = department_row
    if level == "city":
        return structure.CITY_HALL
    if level == "township":
        return title.removesuffix("办事处") + "便民服务中心"
    return f"{structure.DIVISIONS[division]}行政服务中心"


def guide_values(row, location, phone):
    online = int(row.online_depth) >= ONLINE_OPEN_MIN_DEPTH
    instant = row.committed == 0
    return {
        "result_name": row.result,
        "fee_standard": "不收费",
        "fee_basis": None,
        "materials": [
            material_row(material, number)
            for number, material in enumerate(row.materials, start=1)
        ],
        "procedure": "申请、受理、当场审核决定、送达"
        if instant
        else "申请、受理、审查、决定、送达",
        "handling_forms": {"window", "online"} if online else {"window"},
        "review_criteria": f"符合{row.basis.name}{row.basis.article}规定的条件",
        "cross_area_scope": "city",
        "appointment": True,
        "online_payment": False,
        "courier_delivery": True,
        "location": location,
        "office_hours": structure.OFFICE_HOURS,
        "consultation_phone": phone,
        "supervision_phone": structure.SUPERVISION_PHONE,
    }


def _step(kind, name, role, days):
    return {
        "kind": kind,
        "name": name,
        "department": None,
        "role": role,
        "working_days": days,
        "parallel_group": None,
    }


def flow_values(committed):
    """Accept, review, decide within the committed limit; an instant item
    is accepted and decided on the spot (一审一核)."""
    if committed == 0:
        return {
            "kind": "single",
            "form": "one_review_one_approval",
            "formal_review_only": True,
            "steps": [
                _step("accept", "受理并审核", "窗口工作人员", 0),
                _step("decide", "核准", "首席代表", 0),
            ],
            "special_steps": [],
        }
    accept = 1 if committed >= 3 else 0
    decide = 1 if committed >= 2 else 0
    return {
        "kind": "single",
        "form": "standard",
        "formal_review_only": False,
        "steps": [
            _step("accept", "受理", "窗口工作人员", accept),
            _step("review", "审查", "审查人员", committed - accept - decide),
            _step("decide", "决定", "分管领导", decide),
        ],
        "special_steps": [],
    }


_STAGE_TEXT = {
    "accept": (
        "申请材料是否齐全、是否符合法定形式",
        "当场或在规定时限内作出受理或不予受理决定，材料不全的一次性告知需补正的全部内容",
        "窗口受理人员对受理材料的完整性负责",
        "予以受理、不予受理或一次性告知补正",
    ),
    "review": (
        "申请材料的实质内容是否真实、是否符合法定条件",
        "书面审查，需要核实的依法进行现场核查，提出审查意见",
        "审查人员对审查意见的合法性和准确性负责",
        "提出同意或不同意的审查意见并说明理由",
    ),
    "decide": (
        "审查意见是否明确、办理程序是否合法",
        "审核审查意见，作出准予或不予的书面决定",
        "决定人对审批决定负责",
        "作出准予或不予的决定",
    ),
}


def review_rules_values(row):
    basis = f"{row.basis.name}{row.basis.article}"
    days = {
        step["kind"]: step["working_days"]
        for step in flow_values(row.committed)["steps"]
    }
    values = {}
    for stage in REVIEW_STAGES:
        points, procedure, responsibility, conclusions = _STAGE_TEXT[stage.token]
        texts = {
            "applicable_situations": f"申请人申请办理{row.title}的",
            "legal_review_content": f"依据{basis}审查申请是否符合法定条件",
            "review_points": points,
            "criteria": f"符合{basis}规定的条件和标准",
            "procedure": procedure,
            "time_limit": f"{days.get(stage.token, 0)}个工作日"
            if stage.token in days
            else "与审查环节合并，当场办结",
            "responsibility": responsibility,
            "conclusions": f"{conclusions}（办理结果：{row.result}）",
            "notes": "不得要求申请人提交清单以外的材料；"
            "可通过数据共享获取的材料不再要求提交",
            "improper_review_consequences": "依照《中华人民共和国行政许可法》"
            "第七十二条、第七十四条及有关规定追究相关人员责任",
        }
        for element in REVIEW_ELEMENTS:
            values[f"{stage.token}_{element.token}"] = texts[element.token]
    return values


# -- content -------------------------------------------------------------------


def _sample(row, item):
    data = samples.result_sample_pdf(
        row.result,
        item.get_department().Title(),
        f"{api.portal.get().absolute_url()}/@@verify-certificate",
    )
    return NamedBlobFile(
        data=data,
        filename=f"{row.base_code}-sample.pdf",
        contentType="application/pdf",
    )


def add_form_files(guide, item_title):
    """Each form material's blank form (DOCX) and filled-in sample (PDF) in
    the guide, under the ids its materials table names; what exists is
    kept.  The number of files created."""
    created = 0
    for number, material in enumerate(guide.materials or (), start=1):
        name = material.get("name") or ""
        if not samples.is_form(name):
            continue
        blank_id, sample_id = form_file_ids(number)
        files = (
            (
                material.get("blank_form") or blank_id,
                f"{name}（空白表格）",
                samples.blank_form_docx(name, item_title),
                "application/vnd.openxmlformats-officedocument."
                "wordprocessingml.document",
            ),
            (
                material.get("sample") or sample_id,
                f"{name}（示例样表）",
                samples.filled_sample_pdf(name, item_title),
                "application/pdf",
            ),
        )
        for file_id, title, data, content_type in files:
            if file_id in guide.objectIds():
                continue
            api.content.create(
                container=guide,
                type="File",
                id=file_id,
                title=title,
                file=NamedBlobFile(
                    data=data, filename=file_id, contentType=content_type
                ),
            )
            created += 1
    return created


def _add_parts(item, row, location, phone, guide=True):
    """The item's guide (unless it has one), flow and review rules."""
    if guide:
        api.content.create(
            container=item,
            type="ServiceGuide",
            id="guide",
            title="办事指南",
            result_sample=_sample(row, item),
            **guide_values(row, location, phone),
        )
        add_form_files(item["guide"], row.title)
    api.content.create(
        container=item,
        type="ApprovalFlow",
        id="flow",
        title="审批流程",
        **flow_values(row.committed),
    )
    api.content.create(
        container=item,
        type="ReviewRules",
        id="rules",
        title="审查工作细则",
        **review_rules_values(row),
    )


def _transition(item, transitions):
    """Step the item; its guide, flow and review rules follow it
    (catalogue/parts.py), its sub-items are stepped as items of their own."""
    for transition in transitions:
        api.content.transition(obj=item, transition=transition)


def _ensure_departments(site, counts, progress):
    total = len(structure.DEPARTMENTS)
    for number, row in enumerate(structure.DEPARTMENTS, start=1):
        id_, title, level, division, case_code, parent = row
        organ, court = structure.REMEDY_ORGANS[id_]
        if id_ not in site.objectIds():
            api.content.create(
                container=site,
                type="Department",
                id=id_,
                title=title,
                title_en=DEPARTMENT_NAMES_EN.get(title, ""),
                uscc=structure.organ_uscc(division, number),
                level=level,
                division_code=division,
                case_code=case_code,
                parent_organ=parent,
                address=hall_of(row),
                consultation_phone=structure.department_phone(number),
                supervision_phone=structure.SUPERVISION_PHONE,
                reconsideration_organ=organ,
                litigation_court=court,
            )
            counts["departments"] += 1
        progress(f"demo: {number}/{total} departments")


def window_row(site, window):
    """A demo window as the ServiceCenter stores it (department UIDs)."""
    return {
        "number": window["number"],
        "name": window["name"],
        "departments": window.get("departments"),
        "handled_departments": [site[id_].UID() for id_ in window.get("handled", ())],
        "handled_categories": list(window.get("categories", ())),
    }


def _ensure_service_centers(site, counts):
    for data in structure.SERVICE_CENTERS:
        if data["id"] in site.objectIds():
            continue
        values = dict(data)
        values["windows"] = [window_row(site, w) for w in data["windows"]]
        api.content.create(container=site, type="ServiceCenter", **values)
        counts["service_centers"] += 1


def _ensure_life_events(site, counts):
    """The demo's themes, and every item with a listed base code under them."""
    folder = life_event_folder(site)
    catalog = api.portal.get_tool("portal_catalog")
    for theme in themes.LIFE_EVENTS:
        event = folder.get(theme.id)
        if event is None:
            event = api.content.create(
                container=folder,
                type="LifeEvent",
                id=theme.id,
                title=theme.title,
                description=theme.description,
                audience=theme.audience,
            )
            counts["life_events"] += 1
        for brain in catalog.unrestrictedSearchResults(
            portal_type="ApprovalItem", base_code=list(theme.base_codes)
        ):
            item = brain._unrestrictedGetObject()
            tagged = list(getattr(item, "life_events", None) or ())
            if event.UID() not in tagged:
                item.life_events = [*tagged, event.UID()]
                item.reindexObject(idxs=["life_events"])


def _department_row(department_id):
    for row in structure.DEPARTMENTS:
        if row[0] == department_id:
            return row
    raise KeyError(department_id)


def _ensure_items(site, counts, progress):
    total = len(item_table.ITEMS)
    for number, row in enumerate(item_table.ITEMS, start=1):
        department = site[row.department]
        container = department
        if row.main_item:
            container = department[row.main_item.lower()]
        id_ = row.base_code.lower()
        if id_ in container.objectIds():
            continue
        item = api.content.create(
            container=container, type="ApprovalItem", id=id_, **item_values(row)
        )
        _add_parts(
            item,
            row,
            hall_of(_department_row(row.department)),
            department.consultation_phone,
        )
        state = item_table.NOT_PUBLISHED.get((row.department, row.base_code))
        if state is None:
            _transition(item, PUBLISH)
        elif state == "pending_department":
            _transition(item, PUBLISH[:1])
        counts["sub_items" if row.main_item else "items"] += 1
        if number % 10 == 0 or number == total:
            progress(f"demo: {number}/{total} items")


def _ensure_lifecycle(site, counts):
    for (department_id, code), change in item_table.LIFECYCLE_CHANGES.items():
        status, reason, document = change
        item = site[department_id][code.lower()]
        if item.lifecycle_status == status:
            continue
        item.lifecycle_reason = reason
        item.lifecycle_document = document
        item.lifecycle_status = status
        notify(ObjectModifiedEvent(item))
        item.reindexObject()
        if status == "cancelled" and api.content.get_state(item) == "published":
            # A cancelled item is history: off the public catalogue.
            _transition(item, ("retire",))
        counts["lifecycle_changes"] += 1


def _row(department_id, code):
    for row in item_table.ITEMS:
        if (row.department, row.base_code) == (department_id, code):
            return row
    raise KeyError((department_id, code))


def _ensure_local_items(site, counts):
    for local_id, city_id, code in item_table.LOCAL_ITEMS:
        local = site[local_id]
        if any(
            IApprovalItem.providedBy(obj) and obj.base_code == code
            for obj in local.objectValues()
        ):
            continue
        standard = site[city_id][code.lower()]
        item = create_from_standard(local, standard)
        # The ids every other item has, instead of ones made from the titles.
        item = api.content.rename(obj=item, new_id=code.lower())
        guide = api.content.rename(obj=item.objectValues()[0], new_id="guide")
        row = _row(city_id, code)
        guide.location = hall_of(_department_row(local_id))
        guide.office_hours = structure.OFFICE_HOURS
        guide.consultation_phone = local.consultation_phone
        guide.supervision_phone = structure.SUPERVISION_PHONE
        guide.result_sample = _sample(row, item)
        guide.reindexObject()
        add_form_files(guide, row.title)
        _add_parts(item, row, guide.location, local.consultation_phone, guide=False)
        _transition(item, PUBLISH)
        counts["local_items"] += 1


def _ensure_application_forms(site, counts):
    for department_id, code in item_table.APPLICATION_FORMS:
        guide = site[department_id][code.lower()]["guide"]
        if FORM_ID in guide.objectIds():
            continue
        make_application_form(guide)
        counts["application_forms"] += 1


def _ensure_users(site, counts):
    for username, (fullname, role, department_id) in people.USERS.items():
        if api.user.get(username=username) is None:
            api.user.create(
                email=f"{username}@putian.example",
                username=username,
                password=people.DEMO_PASSWORD,
                properties={"fullname": fullname},
            )
            counts["users"] += 1
        if department_id:
            api.user.grant_roles(
                username=username, obj=site[department_id], roles=[role]
            )
        else:
            api.user.grant_roles(username=username, roles=[role])


def _ensure_cases(site, counts, progress):
    """The demo's cases, once: only into a department that has none."""
    department = site[demo_cases.DEPARTMENT]
    if case_folder(department).objectIds():
        return
    item = department[demo_cases.ITEM.lower()]
    uploads = [
        Upload(material.field, f"{material.name}.pdf", demo_cases.PDF)
        for material in requested_for(item)
    ]
    for row in demo_cases.CASES:
        data = {
            "applicant_kind": "person",
            "applicant_name": row.applicant,
            # calc_check_digit reads the first 17 of an 18-character number.
            "id_number": row.id_body + ric.calc_check_digit(row.id_body + "0"),
            "phone": row.phone,
            "email": "",
            "channel": "online",
            "delivery": "window",
            "postal_address": "",
        }
        submitted, findings = submit(item, data, uploads)
        if findings:
            raise ValueError(f"demo case {row.applicant}: {findings}")
        for user, transition, paper in row.steps:
            with api.env.adopt_user(username=user):
                outcome = take_action(submitted.case, transition, **paper)
            if not outcome.done:
                raise ValueError(f"demo case {row.applicant}: {transition} refused")
        counts["cases"] += 1
        state = api.content.get_state(submitted.case)
        progress(
            f"demo: case {submitted.receipt_number} ({state}), "
            f"query code {submitted.query_code}"
        )


def _as_owner(site):
    owner = site.getOwner()
    if owner is not None and owner.getId():
        return api.env.adopt_user(user=owner)
    return api.env.adopt_roles(["Manager"])


def load_demo(site, progress=_no_progress):
    """Create the demo content that is missing; return what was created."""
    counts = Counter(
        dict.fromkeys(
            (
                "departments",
                "service_centers",
                "life_events",
                "items",
                "sub_items",
                "local_items",
                "lifecycle_changes",
                "application_forms",
                "users",
                "cases",
            ),
            0,
        )
    )
    with _as_owner(site):
        _ensure_departments(site, counts, progress)
        _ensure_service_centers(site, counts)
        _ensure_items(site, counts, progress)
        _ensure_lifecycle(site, counts)
        _ensure_local_items(site, counts)
        progress(f"demo: {len(item_table.LOCAL_ITEMS)} county and township items")
        _ensure_life_events(site, counts)
        progress(f"demo: {len(themes.LIFE_EVENTS)} life events")
        _ensure_application_forms(site, counts)
        _ensure_users(site, counts)
        progress(f"demo: {len(people.USERS)} users")
        _ensure_cases(site, counts, progress)
        demo_worklist.ensure_worklists(site, counts)
        # Last: every life event and guide is made by now.
        english.fill_english_names(site)
    return dict(counts)

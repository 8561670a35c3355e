"""Upgrade 1022: the demo guides' forms and samples become real files.

Sites loaded with the demo before this step hold, as each guide's result
sample, a 50-byte stand-in that no reader opens, and no blank forms at
all.  Each guide whose result sample is exactly that stand-in is a demo
guide: its sample becomes a real PDF (the e-certificate marked 样本) and
each form material (申请书, 申请表) gets its blank form (DOCX) and its
filled-in sample (PDF), named in the materials table.  A guide whose
sample an editor uploaded is left alone.
"""

from plone import api
from plone.namedfile.file import NamedBlobFile
from putian.policy.demo import samples
from putian.policy.demo.loader import add_form_files
from putian.policy.demo.loader import form_file_ids

import logging


logger = logging.getLogger("putian.policy.upgrades")

# What the demo loader stored before 1022.
STAND_IN = b"%PDF-1.4\n% Putian demo: sample of the result\n%%EOF\n"


def _name_form_files(guide) -> bool:
    materials = [dict(row) for row in guide.materials or ()]
    changed = False
    for number, row in enumerate(materials, start=1):
        if not samples.is_form(row.get("name") or ""):
            continue
        blank_id, sample_id = form_file_ids(number)
        if not row.get("blank_form"):
            row["blank_form"] = blank_id
            changed = True
        if not row.get("sample"):
            row["sample"] = sample_id
            changed = True
    if changed:
        guide.materials = materials
    return changed


def repair_guide(guide, portal_url: str) -> bool:
    """Give a demo guide its real files; False for any other guide."""
    sample = getattr(guide, "result_sample", None)
    if sample is None or sample.data != STAND_IN:
        return False
    item = guide.get_item()
    department = item.get_department()
    guide.result_sample = NamedBlobFile(
        data=samples.result_sample_pdf(
            guide.result_name or item.Title(),
            department.Title(),
            f"{portal_url}/@@verify-certificate",
        ),
        filename=sample.filename,
        contentType="application/pdf",
    )
    _name_form_files(guide)
    add_form_files(guide, item.Title())
    guide.reindexObject()
    return True


def make_demo_files_real(setup_tool):
    catalog = api.portal.get_tool("portal_catalog")
    portal_url = api.portal.get().absolute_url()
    repaired = 0
    with api.env.adopt_roles(["Manager"]):
        for brain in catalog.unrestrictedSearchResults(portal_type="ServiceGuide"):
            if repair_guide(brain._unrestrictedGetObject(), portal_url):
                repaired += 1
    logger.info("1022: %d demo guides given real forms and samples", repaired)
    return repaired

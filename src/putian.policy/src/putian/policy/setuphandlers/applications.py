"""What cases need on a site: a case folder per department, the query-code key."""

from plone import api
from putian.policy.applications.folders import case_folder
from putian.policy.applications.numbering import query_code_secret
from putian.policy.audit.storage import audit_log


def prepare_applications(site) -> None:
    query_code_secret(site)
    # Made now, so that the first concurrent writers do not race to make it.
    audit_log(site)
    for brain in api.content.find(
        context=site, portal_type="Department", unrestricted=True
    ):
        case_folder(brain._unrestrictedGetObject())


def post_install(context) -> None:
    prepare_applications(api.portal.get())

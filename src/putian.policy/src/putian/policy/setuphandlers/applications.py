"""What cases need on a site: a case folder per department, the query-code key."""

from plone import api
from putian.policy.applications.folders import case_folder
from putian.policy.applications.numbering import query_code_secret


def prepare_applications(site) -> None:
    query_code_secret(site)
    for brain in api.content.find(
        context=site, portal_type="Department", unrestricted=True
    ):
        case_folder(brain._unrestrictedGetObject())


def post_install(context) -> None:
    prepare_applications(api.portal.get())

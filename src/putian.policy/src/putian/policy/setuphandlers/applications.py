"""After install: what cases need (a case folder per department, the
query-code key, the audit log, the statistics' counters), the portal's
front page and the folder of life events."""

from plone import api
from putian.policy.applications.folders import case_folder
from putian.policy.applications.fulltext import rebuild_full_text
from putian.policy.applications.numbering import query_code_secret
from putian.policy.audit.storage import audit_log
from putian.policy.life_events.taxonomy import life_event_folder
from putian.policy.setuphandlers.portlets import settle_portlet_assignments
from putian.policy.statistics.store import statistics_store


def prepare_applications(site) -> None:
    query_code_secret(site)
    # Made now, so that the first concurrent writers do not race to make them.
    audit_log(site)
    statistics_store(site)
    for brain in api.content.find(
        context=site, portal_type="Department", unrestricted=True
    ):
        case_folder(brain._unrestrictedGetObject())


FRONT_PAGE = "putian-home"


def set_front_page(site) -> None:
    site.setLayout(FRONT_PAGE)


def post_install(context) -> None:
    site = api.portal.get()
    prepare_applications(site)
    # catalog.xml gave Plone's Title and Description indexes their sources.
    rebuild_full_text(site)
    settle_portlet_assignments(site)
    set_front_page(site)
    life_event_folder(site)

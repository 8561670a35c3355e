from Acquisition import aq_base
from plone import api

import logging


logger = logging.getLogger("putian.policy")

BEIJING_ZONE = "GMT+8"
BEIJING_OFFSET = 8 * 3600
DATES = ("creation_date", "modification_date", "effective_date", "expiration_date")
DATE_INDEXES = ["created", "modified", "effective", "expires"]


def _in_beijing(value):
    """The same instant in Beijing's zone (a DateTime that shows 14 hours
    off under US Central); anything else unchanged."""
    if hasattr(value, "toZone") and value.tzoffset() != BEIJING_OFFSET:
        return value.toZone(BEIJING_ZONE)
    return value


def store_times_in_beijing_time(setup_tool):
    """Dates kept before the instance ran with TZ=Etc/GMT-8 were stored in
    the zone Zope's DateTime mistook for US Central: they are given Beijing
    time, the same instants, so that Plone's pages show them right."""
    catalog = api.portal.get_tool("portal_catalog")
    changed = 0
    site_path = "/".join(api.portal.get().getPhysicalPath())
    for brain in catalog.unrestrictedSearchResults(path=site_path):
        obj = brain._unrestrictedGetObject()
        touched = False
        for name in DATES:
            value = aq_base(obj).__dict__.get(name)
            converted = _in_beijing(value)
            if converted is not value:
                setattr(obj, name, converted)
                touched = True
        history = getattr(obj, "workflow_history", None) or {}
        for workflow_id, entries in list(history.items()):
            times = [_in_beijing(entry.get("time")) for entry in entries]
            if any(t is not e.get("time") for t, e in zip(times, entries, strict=True)):
                history[workflow_id] = tuple(
                    dict(entry, time=time) if "time" in entry else entry
                    for entry, time in zip(entries, times, strict=True)
                )
                touched = True
        if touched:
            obj.reindexObject(idxs=DATE_INDEXES)
            changed += 1
    logger.info("Beijing time: %s objects' dates converted", changed)

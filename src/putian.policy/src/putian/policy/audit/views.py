"""``@@audit-trail``: the trail of one case or item, and whether it is intact."""

from AccessControl import Unauthorized
from datetime import datetime
from functools import cached_property
from plone import api
from plone.dexterity.utils import iterSchemata
from Products.Five.browser import BrowserView
from putian.policy import _
from putian.policy.audit.storage import audit_log
from putian.policy.display import Display
from putian.policy.display import TERM_TABLES
from putian.policy.rules.calendar.clock import BEIJING
from putian.policy.rules.cases.audit import EDIT_ACTION
from putian.policy.rules.cases.audit import REFUSED_ACTION
from putian.policy.vocabularies.terms import wants_english
from zope.i18n import translate
from zope.schema import getFieldsInOrder

import json


# Values longer than this (a rich text, a table) are cut in the table.
SHOWN_LENGTH = 200

ACTIONS = {
    EDIT_ACTION: _("audit_action_edit", default="Edited"),
    REFUSED_ACTION: _("audit_action_refused", default="Refused attempt"),
    # The steps of a case that are not workflow transitions.
    "apply": _("audit_action_apply", default="Application filed"),
    "rate": _("audit_action_rate", default="Service rated"),
    "forward": _("audit_action_forward", default="Forwarded to the upper level"),
    "acknowledge_forwarding": _(
        "audit_action_acknowledge_forwarding", default="Receipt acknowledged"
    ),
    "revoke": _("audit_action_revoke", default="Certificate revoked"),
    # R20: what a supervisor finds on a sampled case, and the answer.
    "supervision_finding": _(
        "audit_action_supervision_finding", default="Supervision finding recorded"
    ),
    "supervision_answer": _(
        "audit_action_supervision_answer", default="Finding answered by the department"
    ),
}

# Keys of the before and after values that are not schema fields.
KEYS = {
    "state": _("audit_key_state", default="State"),
    "transition": _("audit_key_transition", default="Attempted step"),
    "findings": _("audit_key_findings", default="Why it was refused"),
    "message_to_applicant": _(
        "audit_key_message_to_applicant", default="Message to the applicant"
    ),
    "finding": _("audit_key_finding", default="Finding number"),
    "finding_kind": _("audit_key_finding_kind", default="Finding"),
    "rule_broken": _("audit_key_rule_broken", default="Rule broken"),
}


def local_time(timestamp: str) -> str:
    try:
        moment = datetime.fromisoformat(timestamp)
    except ValueError:
        return timestamp
    return moment.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M:%S")


class AuditTrailView(BrowserView):
    def __call__(self):
        # The page's own permission is given site-wide to catalogue and case
        # roles; the trail of something is no more open than the thing itself
        # (a case's View follows putian_application_workflow).
        if not api.user.has_permission("View", obj=self.context):
            raise Unauthorized("audit-trail")
        log = audit_log(create=False)
        uid = api.content.get_uuid(self.context)
        self.entries = log.trail(uid) if log is not None else []
        self.broken = log.verify(uid) if log is not None else []
        self._names = {}
        return super().__call__()

    def _(self, message) -> str:
        return translate(message, context=self.request)

    def rows(self) -> list[dict]:
        return [
            {
                "sequence": entry.sequence,
                "time": local_time(entry.timestamp),
                "actor": self.full_name(entry.actor),
                "action": self.action_title(entry.action),
                "changes": self.changes(entry.before, entry.after),
                "comment": entry.comment,
            }
            for entry in self.entries
        ]

    def chain(self) -> dict:
        """Whether this object's chain is intact, and where it breaks."""
        if not self.broken:
            return {
                "intact": True,
                "message": self._(
                    _(
                        "audit_chain_intact",
                        default="The trail is intact: each of its ${count} "
                        "entries matches its hash and links to the one before.",
                        mapping={"count": len(self.entries)},
                    )
                ),
            }
        _uid, check = self.broken[0]
        reason = check.message_en if wants_english(self.request) else check.message_zh
        return {
            "intact": False,
            "first_broken": check.first_broken,
            "message": self._(
                _(
                    "audit_chain_broken",
                    default="The trail has been tampered with from entry "
                    "${number} on: ${reason}",
                    mapping={"number": check.first_broken, "reason": reason},
                )
            ),
        }

    def full_name(self, user_id: str) -> str:
        if user_id not in self._names:
            user = api.user.get(userid=user_id)
            name = user.getProperty("fullname", "") if user is not None else ""
            self._names[user_id] = name or user_id
        return self._names[user_id]

    def _workflow_title(self, kind: str, item_id) -> str | None:
        workflows = api.portal.get_tool("portal_workflow")
        for workflow in workflows.getWorkflowsFor(self.context):
            definitions = getattr(workflow, kind, None)
            definition = definitions.get(item_id) if definitions else None
            if definition is not None and definition.title:
                title = definition.title
                for domain in ("plone", "putian.policy"):
                    translated = translate(title, domain=domain, context=self.request)
                    if translated != title:
                        return translated
                return title
        return None

    def action_title(self, action: str) -> str:
        if action in ACTIONS:
            return self._(ACTIONS[action])
        return self._workflow_title("transitions", action) or action

    @cached_property
    def field_titles(self) -> dict:
        titles = {}
        for schema in iterSchemata(self.context):
            for name, field in getFieldsInOrder(schema):
                titles.setdefault(name, field.title)
        return titles

    def changes(self, before: dict, after: dict) -> list[dict]:
        titles = self.field_titles
        keys = [key for key in KEYS if key in before or key in after]
        keys += sorted(key for key in {*before, *after} if key not in KEYS)
        return [
            {
                "field": self._(KEYS.get(key) or titles.get(key) or key),
                "before": self.shown(key, before.get(key)),
                "after": self.shown(key, after.get(key)),
            }
            for key in keys
        ]

    def shown(self, key: str, value) -> str:
        if value in (None, "", [], {}):
            return "—"
        if key == "state":
            return self._workflow_title("states", value) or str(value)
        if key == "transition":
            return self._workflow_title("transitions", value) or str(value)
        if key in TERM_TABLES and isinstance(value, str):
            return Display(self.request).term(key, value)
        if (
            key in TERM_TABLES
            and isinstance(value, list)
            and all(isinstance(item, str) for item in value)
        ):
            return Display(self.request).terms(key, value)
        if isinstance(value, list):
            text = "；".join(self.shown("", item) for item in value)
        elif isinstance(value, dict):
            # A finding of the rules: its message in the reader's language.
            english = wants_english(self.request) and value.get("message_en")
            text = (
                english
                or value.get("message")
                or value.get("message_zh")
                or json.dumps(value, ensure_ascii=False)
            )
        else:
            text = str(value)
        if len(text) > SHOWN_LENGTH:
            return text[:SHOWN_LENGTH] + "…"
        return text

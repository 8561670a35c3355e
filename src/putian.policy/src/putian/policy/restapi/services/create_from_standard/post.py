from plone.protect.interfaces import IDisableCSRFProtection
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.services import Service
from putian.policy.catalogue.standards import create_from_standard
from putian.policy.catalogue.standards import resolve_standard
from putian.policy.restapi.services.body import BadBody
from putian.policy.restapi.services.body import json_object
from putian.policy.restapi.services.body import TEXT
from putian.policy.restapi.services.errors import bad_request
from putian.policy.rules.common.errors import RuleInputError
from zope.component import getMultiAdapter
from zope.interface import alsoProvides


class CreateFromStandardPost(Service):
    """``POST <department>/@create-from-standard {"standard": "<UID>"}``"""

    def reply(self):
        # JSON only (body.json_object): a cross-site form cannot send it.
        alsoProvides(self.request, IDisableCSRFProtection)
        try:
            uid = json_object(self.request, fields={"standard": TEXT}).get("standard")
        except BadBody as error:
            return error.reply(self.request)
        try:
            standard = resolve_standard(uid)
            item = create_from_standard(self.context, standard)
        except RuleInputError as error:
            return bad_request(self.request, error)
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", item.absolute_url())
        return getMultiAdapter((item, self.request), ISerializeToJson)()

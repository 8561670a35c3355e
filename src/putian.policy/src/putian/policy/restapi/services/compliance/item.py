from plone.restapi.services import Service
from putian.policy.catalogue.compliance import compliance_report


class ItemComplianceGet(Service):
    """``<item>/@compliance``: the rule findings of an item, with R-ids."""

    def reply(self):
        item = self.context
        exemption = item.compliance_exemption
        report = compliance_report(item).as_dict(exemption)
        report["@id"] = f"{item.absolute_url()}/@compliance"
        report["exemption"] = exemption or None
        return report

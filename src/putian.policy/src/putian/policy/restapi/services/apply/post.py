from plone import api
from plone.restapi.deserializer import json_body
from plone.restapi.services import Service
from putian.policy.applications.intake import submit
from putian.policy.applications.intake import Upload
from putian.policy.content.approval_item import IApprovalItem
from putian.policy.rules.findings import ERROR
from putian.policy.rules.findings import Finding
from zope.interface import alsoProvides

import base64
import binascii
import plone.protect.interfaces


def refused(request, findings) -> dict:
    """400 with every finding, each naming its field."""
    request.response.setStatus(400)
    first = findings[0]
    return {
        "error": {
            "type": "BadRequest",
            "message": first.message_zh,
            "message_en": first.message_en,
            "findings": [
                {
                    "rule": finding.rule,
                    "code": finding.code,
                    "field": finding.field,
                    "message": finding.message_zh,
                    "message_en": finding.message_en,
                }
                for finding in findings
            ],
        }
    }


def decode_uploads(materials) -> tuple[list[tuple], list]:
    """plone.restapi's file shape, {"data", "encoding", "filename"}, per field."""
    uploads, findings = [], []
    for field, value in (materials or {}).items():
        if not isinstance(value, dict):
            continue
        try:
            data = value.get("data") or ""
            raw = (
                base64.b64decode(data, validate=True)
                if value.get("encoding") == "base64"
                else data.encode("utf-8")
            )
        except (binascii.Error, ValueError):
            findings.append(
                Finding(
                    "R17",
                    ERROR,
                    "upload_not_base64",
                    f"文件“{value.get('filename')}”的内容不是有效的base64编码",
                    f"The content of {value.get('filename')!r} is not valid base64",
                    field,
                )
            )
            continue
        uploads.append((field, value.get("filename") or "", raw))
    return uploads, findings


class ApplyPost(Service):
    """``POST <item>/@apply``: file an application through the REST API.

    The same checks and the same case as the online form; 201 with the
    receipt number and the query code.
    """

    def reply(self):
        alsoProvides(self.request, plone.protect.interfaces.IDisableCSRFProtection)
        item = self.context
        if not IApprovalItem.providedBy(item):
            item = item.aq_parent
        body = json_body(self.request)
        uploads, findings = decode_uploads(body.get("materials"))
        if findings:
            return refused(self.request, findings)
        data = {key: body.get(key) for key in body if key != "materials"}
        data["channel"] = data.get("channel") or "online"
        with api.env.adopt_roles(["Manager"]):
            submitted, findings = submit(
                item, data, [Upload(*upload) for upload in uploads]
            )
        if findings:
            return refused(self.request, findings)
        self.request.response.setStatus(201)
        portal_url = api.portal.get().absolute_url()
        return {
            "receipt_number": submitted.receipt_number,
            "query_code": submitted.query_code,
            "tracking_url": f"{portal_url}/@@track?receipt={submitted.receipt_number}",
        }

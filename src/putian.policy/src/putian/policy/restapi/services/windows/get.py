from plone.restapi.services import Service
from putian.policy.halls.places import describe_windows
from putian.policy.halls.places import windows_for_item
from putian.policy.rules.catalogue import terms
from putian.policy.vocabularies.terms import token_title


class CenterWindowsGet(Service):
    """``<centre>/@windows``: each window and the published items it handles."""

    def reply(self):
        return {
            "@id": f"{self.context.absolute_url()}/@windows",
            "windows": [
                {
                    "number": window["number"],
                    "name": window["name"],
                    "departments_text": window["text"],
                    "departments": [
                        {"token": d["uid"], "title": d["title"]}
                        for d in window["departments"]
                    ],
                    "categories": [
                        {
                            "token": token,
                            "title": token_title(
                                terms.ITEM_CATEGORIES, token, self.request
                            ),
                        }
                        for token in window["categories"]
                    ],
                    "items": [
                        {
                            "@id": brain.getURL(),
                            "title": brain.Title,
                            "base_code": brain.base_code,
                            "department": brain.department_title,
                        }
                        for brain in window["items"]
                    ],
                }
                for window in describe_windows(self.context)
            ],
        }


class ItemWindowsGet(Service):
    """``<item>/@windows``: where the item is handled in person."""

    def reply(self):
        return {
            "@id": f"{self.context.absolute_url()}/@windows",
            "windows": [
                {
                    "center": {
                        "@id": center.absolute_url(),
                        "title": center.Title(),
                        "address": center.address,
                        "opening_hours": center.opening_hours,
                    },
                    "number": row.get("number") or "",
                    "name": row.get("name") or "",
                }
                for center, row, _anchor in windows_for_item(self.context)
            ],
        }

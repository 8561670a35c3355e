"""File and image inputs carry their field's name for screen readers, and
an image field keeps Plone's image widget (its thumbnail)."""

from lxml import html as lxml_html
from plone import api
from plone.app.testing import SITE_OWNER_NAME
from plone.app.testing import SITE_OWNER_PASSWORD
from plone.namedfile.file import NamedBlobImage

import base64
import requests
import transaction


# A 1×1 PNG.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def edit_form(url):
    response = requests.get(
        f"{url}/edit",
        auth=(SITE_OWNER_NAME, SITE_OWNER_PASSWORD),
        headers={"Accept-Language": "zh-CN"},
        timeout=60,
    )
    assert response.status_code == 200
    return lxml_html.fromstring(response.text)


def test_an_image_field_keeps_its_thumbnail_and_is_named(functional):
    portal = functional["portal"]
    with api.env.adopt_user(SITE_OWNER_NAME):
        image = api.content.create(
            container=portal,
            type="Image",
            id="photo",
            title="大厅照片",
            image=NamedBlobImage(data=PNG, filename="photo.png"),
        )
    transaction.commit()
    form = edit_form(image.absolute_url())
    (field,) = form.xpath("//*[@id='formfield-form-widgets-image']")
    assert field.xpath(".//img[contains(@src, '@@images')]"), "no thumbnail"
    (upload,) = field.xpath(".//input[@type='file']")
    assert upload.get("aria-label")


def test_a_file_field_is_named(functional):
    portal = functional["portal"]
    with api.env.adopt_user(SITE_OWNER_NAME):
        api.content.create(container=portal, type="File", id="form", title="申请表")
    transaction.commit()
    form = edit_form(portal.form.absolute_url())
    (upload,) = form.xpath(
        "//*[@id='formfield-form-widgets-file']//input[@type='file']"
    )
    assert upload.get("aria-label")

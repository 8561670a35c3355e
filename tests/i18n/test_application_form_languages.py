"""The generated application form in the visitor's language: English for
a browser that asks for English, Chinese for one that asks for Chinese,
with our corrected Chinese messages when something is wrong."""

from lxml import html as lxml_html
from putian.policy.applications.easyform import CONDITIONAL_MATERIAL_HELP
from putian.policy.applications.easyform import MATERIAL_HELP
from putian.policy.rules.cases.uploads import MAX_UPLOAD_BYTES
from tests.fixtures.catalogue import MATERIALS
from tests.fixtures.html import texts
from zope.i18n import translate

import re
import requests


# Han ideographs, CJK punctuation and full-width forms.
CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
# The material asked of the applicant, named in the guide by its department.
MATERIAL_NAMES = [m["name"] for m in MATERIALS if not m["obtained_by_sharing"]]


def form_url(site):
    return f"{site.absolute_url()}/a/food/guide/apply"


def the_form(text):
    tree = lxml_html.fromstring(text)
    (form,) = tree.xpath("//form[contains(@action, '/guide/apply')]")
    return tree, form


def words(form) -> dict[str, list[str]]:
    def clean(nodes):
        return [" ".join(n.split()) for n in nodes if " ".join(n.split())]

    labels = clean(form.xpath(".//label[contains(@class, 'form-label')]/text()"))
    return {
        "labels": labels,
        "help": clean(form.xpath(".//*[contains(@class, 'form-text')]//text()")),
        "options": clean(form.xpath(".//option//text()")),
        "button": clean(form.xpath(".//button[@name='form.buttons.submit']/text()"))
        + clean(form.xpath(".//button[@name='form.buttons.submit']/@value")),
    }


def get(url, language):
    response = requests.get(url, headers={"Accept-Language": language}, timeout=60)
    assert response.status_code == 200, response.text[:500]
    return response


def test_an_english_browser_gets_the_form_in_english(form_site):
    tree, form = the_form(get(form_url(form_site), "en").text)
    assert tree.xpath("/html/@lang") == ["en"]
    found = words(form)
    assert "Applicant type" in found["labels"]
    assert "Name of the applicant (person or organisation)" in found["labels"]
    assert "Mobile or landline number" in found["help"]
    assert "PDF, OFD, JPG, PNG or DOCX, at most 20 MB" in found["help"]
    assert found["options"][:2] == ["Person", "Organisation"]
    assert "By post" in found["options"]
    assert found["button"] == ["Submit the application", "Submit the application"]
    # The one Chinese left is the material's name, the department's words.
    chinese = [
        text
        for kind in found.values()
        for text in kind
        if CJK.search(text) and text not in MATERIAL_NAMES
    ]
    assert chinese == []
    assert set(MATERIAL_NAMES) <= set(found["labels"])


def test_a_chinese_browser_gets_the_form_in_chinese(form_site):
    tree, form = the_form(get(form_url(form_site), "zh-CN").text)
    assert tree.xpath("/html/@lang") == ["zh-cn"]
    found = words(form)
    assert found["labels"][:2] == ["申请人类型", "申请人姓名或单位名称"]
    assert (
        "自然人填写18位居民身份证号码；法人或其他组织填写18位统一社会信用代码"
        in (found["help"])
    )
    assert found["options"][:2] == ["自然人", "法人或其他组织"]
    assert found["button"] == ["提交申请", "提交申请"]
    assert not [t for t in found["labels"] + found["options"] if not CJK.search(t)]


def test_the_english_cookie_wins_over_a_chinese_browser(form_site):
    response = requests.get(
        form_url(form_site),
        headers={"Accept-Language": "zh-CN"},
        cookies={"I18N_LANGUAGE": "en"},
        timeout=60,
    )
    _tree, form = the_form(response.text)
    assert "Applicant type" in words(form)["labels"]


def test_a_browser_without_language_gets_chinese(form_site):
    response = requests.get(form_url(form_site), timeout=60)
    _tree, form = the_form(response.text)
    assert "申请人类型" in words(form)["labels"]


def submit_empty(site, language):
    session = requests.Session()
    page = session.get(
        form_url(site), headers={"Accept-Language": language}, timeout=60
    )
    token = re.search(r'name="_authenticator" value="([^"]+)"', page.text)
    data = {"form.buttons.submit": "x", "form.widgets.applicant_kind": "person"}
    if token:
        data["_authenticator"] = token[1]
    response = session.post(
        form_url(site), data=data, headers={"Accept-Language": language}, timeout=60
    )
    assert response.status_code == 200
    return lxml_html.fromstring(response.text)


def status_messages(tree):
    """The messages' own text, without their icon's title."""
    return [
        " ".join("".join(node.xpath("text()")).split())
        for node in tree.xpath("//*[contains(@class, 'portalMessage')]")
    ]


def test_errors_read_in_proper_chinese(form_site):
    tree = submit_empty(form_site, "zh-CN")
    assert status_messages(tree) == ["有一些错误。"]
    feedback = texts(tree, "//*[contains(@class, 'invalid-feedback')]")
    assert feedback
    assert set(feedback) == {"此项必填。"}
    page = tree.text_content()
    for wrong in ("有一些错误.", "缺少必需的输入", "空值", "系统无法处理给定值"):
        assert wrong not in page


def test_errors_read_in_english(form_site):
    tree = submit_empty(form_site, "en")
    assert status_messages(tree) == ["There were some errors."]
    assert set(texts(tree, "//*[contains(@class, 'invalid-feedback')]")) == {
        "Required input is missing."
    }


def test_the_upload_help_states_the_real_limit(integration):
    megabytes = MAX_UPLOAD_BYTES // (1024 * 1024)
    for message in (MATERIAL_HELP, CONDITIONAL_MATERIAL_HELP):
        assert f"at most {megabytes} MB" in translate(message, target_language="en")
        assert f"不超过{megabytes}MB" in translate(message, target_language="zh_CN")

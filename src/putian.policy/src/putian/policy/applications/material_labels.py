"""The application form's material uploads labelled in the visitor's language.

The generated form labels each upload with the material's Chinese name (the
form's stored model, one for every visitor); for an English visitor the
label is the guide's English name of that material, looked up when the
form is shown, so a name added to the guide later needs no new form.  A
label an editor changed in the form matches no material and stays as it is.
"""

from collective.easyform.interfaces import IEasyFormForm
from plone.namedfile.interfaces import INamedBlobFileField
from putian.policy.applications.easyform import item_of_form
from putian.policy.applications.intake import guide_of
from putian.policy.catalogue.material_names import english_material_name
from putian.policy.interfaces import IPutianPolicyLayer
from putian.policy.vocabularies.terms import wants_english
from z3c.form.widget import ComputedWidgetAttribute


def _label(adapter):
    label = adapter.field.title
    if not wants_english(adapter.request):
        return label
    item = item_of_form(adapter.view.context)
    guide = guide_of(item) if item is not None else None
    if guide is None:
        return label
    return english_material_name(guide.materials, str(label)) or label


MaterialUploadLabel = ComputedWidgetAttribute(
    _label,
    request=IPutianPolicyLayer,
    view=IEasyFormForm,
    field=INamedBlobFileField,
)

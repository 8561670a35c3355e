"""The application materials of a guide, edited one card per material.

collective.z3cform.datagridfield's block grid, one card per row: every
field labelled and full width on a phone, side by side from md up. A card
left completely empty (a new one the editor did not fill in) is dropped,
not refused; the errors of a card name it ("第2项材料「营业执照」：份数…")
and stand next to the field that is wrong, and the list itself says how
many cards need a change instead of "系统无法处理给定值".
"""

from collective.z3cform.datagridfield.blockdatagridfield import (
    BlockDataGridFieldObjectWidget,
)
from collective.z3cform.datagridfield.blockdatagridfield import BlockDataGridFieldWidget
from putian.policy import _
from z3c.form.converter import FormatterValidationError
from z3c.form.interfaces import IDataConverter
from z3c.form.interfaces import IFieldWidget
from z3c.form.interfaces import IFormLayer
from z3c.form.interfaces import IValidator
from z3c.form.interfaces import NO_VALUE
from z3c.form.validator import SimpleFieldValidator
from z3c.form.widget import FieldWidget
from zope.component import adapter
from zope.i18n import translate
from zope.interface import implementer
from zope.interface import Interface
from zope.interface import Invalid
from zope.schema import getFieldsInOrder
from zope.schema.interfaces import IField
from zope.schema.interfaces import IList
from zope.schema.interfaces import RequiredMissing
from zope.schema.interfaces import TooBig
from zope.schema.interfaces import TooSmall


# What a request carries for "nothing chosen" in selects and checkboxes.
_NOTHING = ("", "--NOVALUE--", "false")


def _entered(raw):
    """``raw`` without the markers of an empty input, for comparison."""
    if raw is NO_VALUE or raw is None:
        return ()
    if isinstance(raw, str):
        return (raw.strip(),) if raw.strip() not in _NOTHING else ()
    if isinstance(raw, list | tuple):
        return tuple(str(v).strip() for v in raw if str(v).strip() not in _NOTHING)
    return (raw,)


NUMBER_SLOT = "\x00"


class IMaterialCardsWidget(Interface):
    """The materials list as cards."""


@implementer(IMaterialCardsWidget)
class MaterialCardsWidget(BlockDataGridFieldWidget):
    klass = "putian-material-cards"
    # No blank row of the server's own: a new card comes from 添加一项材料
    # (or, for an empty list, the one the script shows), and a card left
    # empty is dropped on saving.
    auto_append = False
    allow_reorder = True

    def createObjectWidget(self, idx):
        widget = FieldWidget(self.field.value_type, MaterialCardWidget(self.request))
        widget.setErrors = idx not in ("TT", "AA")
        return widget

    def _defaults(self):
        """Each field's raw value in a new card (its defaults)."""
        if getattr(self, "_default_raw", None) is None:
            template = self.getWidget("TT")
            defaults = {}
            for name, field in getFieldsInOrder(self.field.value_type.schema):
                sub = template.widgets.get(name)
                if sub is None or field.default is None:
                    defaults[name] = ()
                    continue
                raw = IDataConverter(sub).toWidgetValue(field.default)
                defaults[name] = _entered(raw)
            self._default_raw = defaults
        return self._default_raw

    def is_blank(self, raw_row) -> bool:
        """Nothing typed or changed in the card: every field empty or as a
        new card has it."""
        defaults = self._defaults()
        for name, default in defaults.items():
            entered = _entered(raw_row.get(name, NO_VALUE))
            if entered and entered != default:
                return False
        return True

    def extract(self, default=NO_VALUE):
        rows = super().extract(default)
        if not isinstance(rows, list):
            return rows
        return [row for row in rows if not self.is_blank(row)]

    def card_labels(self):
        """The heading of a card around its number (第…项材料 / Material …):
        one message with the number in it, split where the number stands so
        the page's script can renumber cards."""
        heading = translate(
            _(
                "label_material_card",
                default="Material ${number}",
                mapping={"number": NUMBER_SLOT},
            ),
            context=self.request,
        )
        before, _slot, after = heading.partition(NUMBER_SLOT)
        return {"before": before, "after": after}

    def rows_with_errors(self) -> int:
        return sum(
            1
            for row in self.widgets
            if not row.id.endswith(("AA", "TT"))
            and any(getattr(w, "error", None) for w in row.widgets.values())
        )


class MaterialCardWidget(BlockDataGridFieldObjectWidget):
    """One material: its errors say which material and which field."""

    def number(self) -> int | None:
        index = self.name.rsplit(".", 1)[-1]
        return int(index) + 1 if index.isdigit() else None

    def material_name(self) -> str:
        name = self.widgets.get("name") if self.widgets else None
        value = name.value if name is not None else ""
        return value.strip() if isinstance(value, str) else ""

    def updateWidgets(self, *args, **kwargs):
        super().updateWidgets(*args, **kwargs)
        self.name_errors()

    def extractRaw(self, setErrors=True):
        result = super().extractRaw(setErrors)
        self.name_errors()
        return result

    def name_errors(self):
        number = self.number()
        if number is None or not self.widgets:
            return
        for widget in self.widgets.values():
            error = getattr(widget, "error", None)
            if error is None or getattr(error, "putian_named", False):
                continue
            error.message = self.error_message(widget, error, number)
            error.putian_named = True

    def error_message(self, widget, error, number) -> str:
        request = self.request
        field = widget.field
        problem = _problem(
            error.error, field, translate(error.message, context=request)
        )
        mapping = {
            "number": number,
            "name": self.material_name(),
            "field": translate(field.title, context=request),
            "problem": translate(problem, context=request),
        }
        if mapping["name"]:
            message = _(
                "error_material_named",
                default="Material ${number} “${name}”: ${field} ${problem}",
                mapping=mapping,
            )
        else:
            message = _(
                "error_material_unnamed",
                default="Material ${number}: ${field} ${problem}",
                mapping=mapping,
            )
        return translate(message, context=request)


def _problem(exception, field, fallback):
    """What is wrong with the value, said after the field's name."""
    if isinstance(exception, RequiredMissing):
        return _("error_material_required", default="must be filled in")
    if isinstance(exception, FormatterValidationError):
        return _("error_material_not_a_number", default="must be a whole number")
    if isinstance(exception, TooSmall):
        if getattr(field, "min", None) == 0:
            return _("error_material_negative", default="cannot be negative")
        return _(
            "error_material_too_small",
            default="cannot be less than ${min}",
            mapping={"min": field.min},
        )
    if isinstance(exception, TooBig):
        return _(
            "error_material_too_big",
            default="cannot be more than ${max}",
            mapping={"max": field.max},
        )
    return _(
        "error_material_other",
        default="— ${message}",
        mapping={"message": fallback},
    )


@adapter(IField, IFormLayer)
@implementer(IFieldWidget)
def MaterialCardsWidgetFactory(field, request):
    return FieldWidget(field, MaterialCardsWidget(request))


@implementer(IValidator)
@adapter(Interface, Interface, Interface, IList, IMaterialCardsWidget)
class MaterialsValidator(SimpleFieldValidator):
    """The list is fine when its cards are; it says how many need a change.

    (The cards' own fields are validated by their widgets, each error shown
    next to its field.)
    """

    def validate(self, value, force=False):
        count = self.widget.rows_with_errors()
        if count:
            raise Invalid(
                translate(
                    _(
                        "error_materials_cards",
                        default="${count} material(s) need a change: see the "
                        "fields marked below.",
                        mapping={"count": count},
                    ),
                    context=self.request,
                )
            )
        return None

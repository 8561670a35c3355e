"""A list of rows edited one card per row: a guide's materials, an item's
legal basis, a flow's steps, a centre's windows.

collective.z3cform.datagridfield's block grid, one card per row: every
field labelled and full width on a phone, side by side from md up (the
plain grid squeezed a row's inputs to 30 px and made a 375 px page 790 px
wide). A card left completely empty (a new one the editor did not fill in)
is dropped, not refused; the errors of a card name it ("第2项材料「营业执照」：
份数…") and stand next to the field that is wrong, and the list itself says
how many cards need a change instead of "系统无法处理给定值".

A field picks the widget and its kind of card in its schema::

    directives.widget("materials", CardsWidget, card_kind="material")
"""

from collective.z3cform.datagridfield.blockdatagridfield import (
    BlockDataGridFieldObjectWidget,
)
from collective.z3cform.datagridfield.blockdatagridfield import BlockDataGridFieldWidget
from dataclasses import dataclass
from putian.policy import _
from z3c.form.converter import FormatterValidationError
from z3c.form.interfaces import IDataConverter
from z3c.form.interfaces import INPUT_MODE
from z3c.form.interfaces import IValidator
from z3c.form.interfaces import NO_VALUE
from z3c.form.validator import SimpleFieldValidator
from z3c.form.widget import FieldWidget
from zope.component import adapter
from zope.i18n import translate
from zope.i18nmessageid import Message
from zope.interface import implementer
from zope.interface import Interface
from zope.interface import Invalid
from zope.schema import getFieldsInOrder
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


@dataclass(frozen=True)
class CardKind:
    """What a card holds, in words: its heading (with ``${number}``), the
    field that names it in errors, its buttons, the list's help and the
    list's error (with ``${count}``)."""

    heading: Message
    name_field: str
    delete: Message
    add: Message
    help: Message
    to_change: Message


CARD_KINDS = {
    "material": CardKind(
        heading=_("label_material_card", default="Material ${number}"),
        name_field="name",
        delete=_("button_material_delete", default="Remove this material"),
        add=_("button_material_add", default="Add a material after this one"),
        help=_(
            "help_material_cards",
            default="One card per material. A card left empty is ignored when saving.",
        ),
        to_change=_(
            "error_materials_cards",
            default="${count} material(s) need a change: see the fields marked below.",
        ),
    ),
    "provision": CardKind(
        heading=_("label_provision_card", default="Provision ${number}"),
        name_field="name",
        delete=_("button_provision_delete", default="Remove this provision"),
        add=_("button_provision_add", default="Add a provision after this one"),
        help=_(
            "help_provision_cards",
            default="One card per provision of law. A card left empty is "
            "ignored when saving.",
        ),
        to_change=_(
            "error_provision_cards",
            default="${count} provision(s) need a change: see the fields marked below.",
        ),
    ),
    "step": CardKind(
        heading=_("label_step_card", default="Step ${number}"),
        name_field="name",
        delete=_("button_step_delete", default="Remove this step"),
        add=_("button_step_add", default="Add a step after this one"),
        help=_(
            "help_step_cards",
            default="One card per step, in the order of handling. A card left "
            "empty is ignored when saving.",
        ),
        to_change=_(
            "error_step_cards",
            default="${count} step(s) need a change: see the fields marked below.",
        ),
    ),
    "cooperation": CardKind(
        heading=_("label_cooperation_card", default="Cooperating department ${number}"),
        name_field="department",
        delete=_("button_cooperation_delete", default="Remove this department"),
        add=_("button_cooperation_add", default="Add a department after this one"),
        help=_(
            "help_cooperation_cards",
            default="One card per cooperating department. A card left empty is "
            "ignored when saving.",
        ),
        to_change=_(
            "error_cooperation_cards",
            default="${count} cooperating department(s) need a change: see the "
            "fields marked below.",
        ),
    ),
    "special_step": CardKind(
        heading=_("label_special_step_card", default="Special step ${number}"),
        name_field="name",
        delete=_("button_special_step_delete", default="Remove this special step"),
        add=_("button_special_step_add", default="Add a special step after this one"),
        help=_(
            "help_special_step_cards",
            default="One card per special step. A card left empty is ignored "
            "when saving.",
        ),
        to_change=_(
            "error_special_step_cards",
            default="${count} special step(s) need a change: see the fields "
            "marked below.",
        ),
    ),
    "window": CardKind(
        heading=_("label_window_card", default="Window ${number}"),
        name_field="name",
        delete=_("button_window_delete", default="Remove this window"),
        add=_("button_window_add", default="Add a window after this one"),
        help=_(
            "help_window_cards",
            default="One card per window. A card left empty is ignored when saving.",
        ),
        to_change=_(
            "error_window_cards",
            default="${count} window(s) need a change: see the fields marked below.",
        ),
    ),
}


class ICardsWidget(Interface):
    """A list of rows as cards."""


@implementer(ICardsWidget)
class CardsWidget(BlockDataGridFieldWidget):
    # Set by the schema's widget directive: a key of CARD_KINDS.
    card_kind = "material"
    # No blank row of the server's own: a new card comes from 添加一项材料
    # (or, for an empty list, the first card the server shows), and a card left
    # empty is dropped on saving.
    auto_append = False
    allow_reorder = True

    def updateWidgets(self):
        super().updateWidgets()
        if self.mode != INPUT_MODE:
            return
        if self.field.required and all(
            row.id.endswith(("AA", "TT")) for row in self.widgets
        ):
            # An empty list that must be filled in offers its first card
            # from the server, so the form works without a script too. (An
            # optional list does not: the blank card's required fields would
            # hold the form back.)
            self.widgets.insert(0, self.getWidget(0))

    def createObjectWidget(self, idx):
        widget = FieldWidget(self.field.value_type, CardWidget(self.request))
        widget.setErrors = idx not in ("TT", "AA")
        widget.kind = self.kind
        return widget

    @property
    def kind(self) -> CardKind:
        return CARD_KINDS[self.card_kind]

    def table_class(self) -> str:
        kind = self.card_kind.replace("_", "-")
        return f"putian-cards putian-{kind}-cards"

    def text(self, name: str, **mapping) -> str:
        """One of the kind's messages, translated for this request."""
        message = getattr(self.kind, name)
        if mapping:
            message = Message(message, mapping=mapping)
        return translate(message, context=self.request)

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
        heading = self.text("heading", number=NUMBER_SLOT)
        before, _slot, after = heading.partition(NUMBER_SLOT)
        return {"before": before, "after": after}

    def rows_with_errors(self) -> int:
        return sum(
            1
            for row in self.widgets
            if not row.id.endswith(("AA", "TT"))
            and any(getattr(w, "error", None) for w in row.widgets.values())
        )


class CardWidget(BlockDataGridFieldObjectWidget):
    """One row: its errors say which card and which field."""

    kind = CARD_KINDS["material"]

    def number(self) -> int | None:
        index = self.name.rsplit(".", 1)[-1]
        return int(index) + 1 if index.isdigit() else None

    def card_name(self) -> str:
        name = self.widgets.get(self.kind.name_field) if self.widgets else None
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
            "card": translate(
                Message(self.kind.heading, mapping={"number": number}),
                context=request,
            ),
            "name": self.card_name(),
            "field": translate(field.title, context=request),
            "problem": translate(problem, context=request),
        }
        if mapping["name"]:
            message = _(
                "error_card_named",
                default="${card} “${name}”: ${field} ${problem}",
                mapping=mapping,
            )
        else:
            message = _(
                "error_card_unnamed",
                default="${card}: ${field} ${problem}",
                mapping=mapping,
            )
        return translate(message, context=request)


def _problem(exception, field, fallback):
    """What is wrong with the value, said after the field's name."""
    if isinstance(exception, RequiredMissing):
        return _("error_card_required", default="must be filled in")
    if isinstance(exception, FormatterValidationError):
        return _("error_card_not_a_number", default="must be a whole number")
    if isinstance(exception, TooSmall):
        if getattr(field, "min", None) == 0:
            return _("error_card_negative", default="cannot be negative")
        return _(
            "error_card_too_small",
            default="cannot be less than ${min}",
            mapping={"min": field.min},
        )
    if isinstance(exception, TooBig):
        return _(
            "error_card_too_big",
            default="cannot be more than ${max}",
            mapping={"max": field.max},
        )
    return _(
        "error_card_other",
        default="— ${message}",
        mapping={"message": fallback},
    )


@implementer(IValidator)
@adapter(Interface, Interface, Interface, IList, ICardsWidget)
class CardsValidator(SimpleFieldValidator):
    """The list is fine when its cards are; it says how many need a change.

    (The cards' own fields are validated by their widgets, each error shown
    next to its field.)
    """

    def validate(self, value, force=False):
        count = self.widget.rows_with_errors()
        if count:
            raise Invalid(self.widget.text("to_change", count=count))
        return None

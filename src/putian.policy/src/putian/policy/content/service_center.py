from collective.z3cform.datagridfield.row import DictRow
from plone.autoform import directives
from plone.dexterity.content import Container
from plone.supermodel import model
from putian.policy import _
from putian.policy.content.department import division_code_field
from putian.policy.rules.cases.halls import check_windows
from putian.policy.validation import constraint_from
from putian.policy.widgets.cards import CardsWidget
from z3c.form.browser.checkbox import CheckBoxFieldWidget
from zope import schema
from zope.interface import implementer
from zope.interface import Interface


class IWindow(Interface):
    """One service window of a hall."""

    number = schema.TextLine(title=_("label_window_number", default="Number"))
    name = schema.TextLine(title=_("label_window_name", default="Name"))
    departments = schema.TextLine(
        title=_("label_window_departments", default="Departments served"),
        description=_(
            "help_window_departments",
            default="As visitors read it, e.g. all departments in the centre.",
        ),
        required=False,
    )
    handled_departments = schema.List(
        title=_("label_window_handled_departments", default="Handles the items of"),
        description=_(
            "help_window_handled_departments",
            default="None: every item of the departments this centre serves "
            "(a comprehensive window).",
        ),
        value_type=schema.Choice(vocabulary="putian.policy.Departments"),
        required=False,
        default=[],
    )
    directives.widget("handled_categories", CheckBoxFieldWidget)
    handled_categories = schema.List(
        title=_("label_window_handled_categories", default="Only these categories"),
        value_type=schema.Choice(vocabulary="putian.policy.ItemCategories"),
        required=False,
        default=[],
    )


class IServiceCenter(model.Schema):
    """A service hall (行政服务中心, 便民服务中心) or village agent point (R15, R16)."""

    level = schema.Choice(
        title=_("label_level", default="Level"),
        vocabulary="putian.policy.Levels",
    )

    division_code = division_code_field(
        _(
            "help_center_division_code",
            default="The division whose departments this centre serves. A "
            "county or township centre needs it; a city centre may leave it "
            "empty.",
        ),
        required=False,
    )

    address = schema.TextLine(title=_("label_address", default="Address"))

    opening_hours = schema.Text(
        title=_("label_opening_hours", default="Opening hours"),
        description=_(
            "help_opening_hours",
            default="For example: 周一至周五 8:00-12:00, 14:30-17:30",
        ),
    )

    directives.widget("windows", CardsWidget, card_kind="window")
    windows = schema.List(
        title=_("label_windows", default="Windows"),
        value_type=DictRow(title=_("label_window", default="Window"), schema=IWindow),
        required=False,
        default=[],
        constraint=constraint_from(check_windows),
    )

    self_service_24h = schema.Bool(
        title=_("label_self_service_24h", default="24-hour self-service zone"),
        required=False,
        default=False,
    )

    self_service_machines = schema.List(
        title=_("label_self_service_machines", default="Self-service machines"),
        value_type=schema.TextLine(),
        required=False,
        default=[],
    )

    weekend_services = schema.Set(
        title=_("label_weekend_services", default="Weekend services"),
        value_type=schema.Choice(vocabulary="putian.policy.WeekendServices"),
        required=False,
        default=set(),
    )

    hall_rules = schema.Set(
        title=_("label_hall_rules", default="Hall rules applied"),
        value_type=schema.Choice(vocabulary="putian.policy.HallRules"),
        required=False,
        default=set(),
    )


@implementer(IServiceCenter)
class ServiceCenter(Container):
    """A hall; its pages list windows and what each handles."""

from tests.i18n.forms import form_site  # noqa: F401

"""Our translations of other packages' messages win over theirs.

zope.i18n keeps, per domain and language, the catalogs in the order their
``registerTranslations`` ran and answers from the first that has the
message.  Plone registers z3c.form's, zope's and plone.app.locales'
catalogs before it loads add-ons, so our ``plone.po``, ``z3c.form.po``,
``zope.po`` and ``plonelocales.po`` (the zh_CN corrections: "有一些错误。"
with a full-width stop, "请选择" for z3c.form's "No value", the Chinese date
format...) would never be read.  The directive ``putian:preferTranslations``
runs after every other configuration action and moves the catalogs loaded
from its directory to the front of each domain's list.
"""

from zope.component import getUtilitiesFor
from zope.configuration.fields import Path
from zope.i18n.interfaces import ITranslationDomain
from zope.interface import Interface

import os


# After every registerTranslations (order 0) of the same configuration run.
LAST = 10_000


class IPreferTranslationsDirective(Interface):
    directory = Path(
        title="Directory",
        description="The locales directory whose catalogs come first",
        required=True,
    )


def prefer_catalogs_from(directory: str) -> None:
    """In every translation domain, the catalogs read from ``directory``
    first for their language, the others after them in their order."""
    root = os.path.normpath(directory) + os.sep
    for _name, domain in getUtilitiesFor(ITranslationDomain):
        catalogs = getattr(domain, "_catalogs", None)
        data = getattr(domain, "_data", None)
        if catalogs is None or data is None:
            continue
        for language, names in catalogs.items():
            ours = [name for name in names if _path_of(data.get(name)).startswith(root)]
            if ours:
                catalogs[language] = ours + [name for name in names if name not in ours]


def _path_of(catalog) -> str:
    path = getattr(catalog, "_path_to_file", None)
    return os.path.normpath(path) if isinstance(path, str) else ""


def prefer_translations(_context, directory):
    _context.action(
        discriminator=None,
        callable=prefer_catalogs_from,
        args=(directory,),
        order=LAST,
    )

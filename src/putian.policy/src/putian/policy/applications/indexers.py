from plone.indexer import indexer
from plone.indexer.interfaces import IIndexableObject
from plone.indexer.interfaces import IIndexer
from Products.ZCatalog.interfaces import IZCatalog
from putian.policy.applications.interfaces import ICaseDocument
from putian.policy.content.application import IApplication
from putian.policy.content.certificate import ICertificate
from zope.component import adapter
from zope.component import queryMultiAdapter
from zope.interface import implementer
from zope.interface import Interface


@indexer(IApplication)
def receipt_number(case):
    return case.receipt_number or None


@indexer(ICertificate)
def certificate_number(certificate):
    return certificate.number or None


@indexer(IApplication)
def forwarded_to(case):
    """The upper-level department a case was forwarded to (R12)."""
    return case.forwarding["to_uid"] if case.forwarding else None


# The names the Title and Description full-text indexes read (catalog.xml).
# The metadata columns of the same names still read Title and Description:
# an indexer for "Title" itself would take the title out of every listing.
FULL_TEXT_SOURCES = {
    "Title": "full_text_title",
    "Description": "full_text_description",
}


class _FullTextSource:
    """A full-text index's text: what the catalog reads under ``attribute``
    (through its indexer when there is one), so every other type is indexed
    as before."""

    attribute = ""

    def __init__(self, context, catalog):
        self.context, self.catalog = context, catalog

    def __call__(self):
        wrapper = queryMultiAdapter((self.context, self.catalog), IIndexableObject)
        if wrapper is None:
            wrapper = self.context
        value = getattr(wrapper, self.attribute)
        return value() if callable(value) else value


@implementer(IIndexer)
@adapter(Interface, IZCatalog)
class FullTextTitle(_FullTextSource):
    attribute = "Title"


@implementer(IIndexer)
@adapter(Interface, IZCatalog)
class FullTextDescription(_FullTextSource):
    attribute = "Description"


@indexer(ICaseDocument)
def not_full_text(obj):
    """Cases and their files stay out of the site's full-text indexes
    (SearchableText, Title, Description): what an applicant wrote is found
    through the case list and the receipt number, and each case's receipt
    number would add new words to the shared lexicon and text index, whose
    buckets every concurrent submission would then write and conflict on."""
    raise AttributeError("not in the full-text indexes")

from zope.interface import Interface


class ICaseDocument(Interface):
    """A case, a material filed with it or its certificate: kept out of the
    full-text index."""

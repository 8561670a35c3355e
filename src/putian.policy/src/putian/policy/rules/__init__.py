"""The rules of the law and of the city's plan, in plain Python (no Zope,
no Plone), by domain: `calendar`, `catalogue`, `flows`, `cases`, and
`common` for what they all read with. Each name has one import path: the
module that defines it."""

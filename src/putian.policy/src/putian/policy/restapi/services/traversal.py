"""A service that reads the rest of its URL (``@supervision/samples/3``,
``<case>/@findings/2/answer``) into ``self.params``, as plone.restapi's
own services with sub-paths do; a service name cannot hold a slash."""

from plone.restapi.services import Service
from zope.interface import implementer
from zope.publisher.interfaces import IPublishTraverse


@implementer(IPublishTraverse)
class PathService(Service):
    def __init__(self, context, request):
        super().__init__(context, request)
        self.params = []

    def publishTraverse(self, request, name):
        self.params.append(name)
        return self

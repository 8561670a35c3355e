"""Test layers of the portal: integration, and functional over a WSGI server."""

from plone.app.contenttypes.testing import PLONE_APP_CONTENTTYPES_FIXTURE
from plone.app.testing import applyProfile
from plone.app.testing import FunctionalTesting
from plone.app.testing import IntegrationTesting
from plone.app.testing import PloneSandboxLayer
from plone.testing.zope import WSGIServer


class PutianPolicyLayer(PloneSandboxLayer):
    defaultBases = (PLONE_APP_CONTENTTYPES_FIXTURE,)

    def setUpZope(self, app, configurationContext):
        # The Plone fixture disables autoinclude: load our ZCML (and, through
        # dependencies.zcml, that of the add-ons we install) by hand.
        import putian.policy

        self.loadZCML(package=putian.policy)

    def setUpPloneSite(self, portal):
        applyProfile(portal, "putian.policy:default")


class FrontDoorServer(WSGIServer):
    """The test server with the front door the instance has (buildout.cfg)."""

    pipeline = [
        ("putian.policy", "paste.filter_app_factory", "putian_front_door", {}),
        *WSGIServer.pipeline,
    ]


FIXTURE = PutianPolicyLayer()
WSGI_SERVER = FrontDoorServer(name="PutianPolicyLayer:WSGIServer")

INTEGRATION_TESTING = IntegrationTesting(
    bases=(FIXTURE,),
    name="PutianPolicyLayer:IntegrationTesting",
)

FUNCTIONAL_TESTING = FunctionalTesting(
    bases=(FIXTURE, WSGI_SERVER),
    name="PutianPolicyLayer:FunctionalTesting",
)

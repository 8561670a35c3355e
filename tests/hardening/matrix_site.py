"""One site for the whole role × action matrix, built once per test run.

The layer stacks on the policy's fixture (a DemoStorage of its own, as
every plone.app.testing sandbox does) and holds, committed, everything a
cell of the table acts on: departments A and B, one catalogue item of A in
each state an action needs, a case of A's published item in each state a
case step needs, the certificate of the approved one, and one user per
column of the table.  Its functional layer stacks one more DemoStorage per
test, so a cell that writes (a step, an edit, a revocation) is undone when
its test ends and the next cell finds the object as built: a fresh object
per writing cell, at the cost of a DemoStorage instead of a new site.
"""

from plone import api
from plone.app.testing import FunctionalTesting
from plone.app.testing import PloneSandboxLayer
from plone.app.testing import SITE_OWNER_NAME
from putian.policy.applications.certificates import certificate_of
from putian.policy.testing import FIXTURE
from putian.policy.testing import WSGI_SERVER
from tests.fixtures.applications import act
from tests.fixtures.applications import CASE_WORKERS
from tests.fixtures.applications import CORRECTION
from tests.fixtures.applications import new_case
from tests.fixtures.applications import SUSPENSION
from tests.fixtures.catalogue import create_people
from tests.fixtures.catalogue import make_department
from tests.fixtures.catalogue import make_item
from tests.fixtures.catalogue import PEOPLE
from tests.fixtures.catalogue import USCC_A
from tests.fixtures.catalogue import USCC_B
from zope.globalrequest import getRequest
from zope.globalrequest import setRequest


PASSWORD = "secret-pw-123"

# Who each column of the table is: (department or None, role or None).
COLUMNS = {
    **PEOPLE,
    **CASE_WORKERS,
    "manager": (None, "Manager"),
}

# The catalogue items of department A, by the state they are built in:
# id, base code and the transitions that bring a new item there.  Item
# ``food`` is the published one, of which the cases are filed.
CATALOGUE_ITEMS = {
    "draft": ("draft", "XK00014000", ()),
    "pending_department": ("pending-department", "XK00015000", ("submit",)),
    "pending_office": ("pending-office", "XK00016000", ("submit", "approve")),
    "published": ("food", "XK00012000", ("submit", "approve", "publish")),
}

DECIDE = [("clerk_a", "accept", {}), ("case_reviewer_a", "start_review", {})]
# The cases of item food, by the state they are built in: the steps taken.
CASE_STEPS = {
    "submitted": [],
    "correction": [("clerk_a", "request_correction", CORRECTION)],
    "accepted": DECIDE[:1],
    "in_review": DECIDE,
    "suspended": [*DECIDE, ("case_reviewer_a", "suspend", SUSPENSION)],
    "approved": [*DECIDE, ("decider_a", "approve", {})],
}


def _create_items(department):
    for id_, base_code, transitions in CATALOGUE_ITEMS.values():
        item = make_item(department, id_=id_, base_code=base_code)
        for transition in transitions:
            api.content.transition(obj=item, transition=transition)
        # Built and indexed in the layer's set-up, the item's catalog
        # metadata holds Missing.Value for the fields it was not given; the
        # compliance cells prove the report reads them as empty.


def _file_cases(item):
    """One case per state of CASE_STEPS; their paths in the site."""
    paths = {}
    for state, steps in CASE_STEPS.items():
        with api.env.adopt_user(SITE_OWNER_NAME):
            case = new_case(item).case
        for user, transition, paper in steps:
            assert act(user, case, transition, **paper).done, (state, transition)
        assert api.content.get_state(case) == state
        paths[state] = "/".join(case.getPhysicalPath())
    return paths


class MatrixSite(PloneSandboxLayer):
    defaultBases = (FIXTURE,)

    def setUpPloneSite(self, portal):
        # Filing a case and its audit entries read the request, as they do
        # in a published request.
        request = getRequest()
        setRequest(portal.REQUEST)
        try:
            with api.env.adopt_user(SITE_OWNER_NAME):
                a = make_department(portal, "a", "莆田市市场监督管理局", USCC_A)
                make_department(portal, "b", "莆田市住房和城乡建设局", USCC_B)
                _create_items(a)
            create_people(portal, COLUMNS, PASSWORD)
            self["case_paths"] = _file_cases(a.food)
            approved = portal.unrestrictedTraverse(self["case_paths"]["approved"])
            assert certificate_of(approved) is not None
        finally:
            setRequest(request)


MATRIX_SITE = MatrixSite(name="PutianPolicyLayer:MatrixSite")
MATRIX_TESTING = FunctionalTesting(
    bases=(MATRIX_SITE, WSGI_SERVER), name="PutianPolicyLayer:MatrixTesting"
)

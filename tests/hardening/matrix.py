# ruff: noqa: E501 (the table below is one line a row: read as a table)
"""The role × action matrix (issue 19): who may do what, in one table.

Each row is an action, each column a person (``ROLES``); each cell says
what the portal answers that person:

- ``Y``  allowed: the action is done (read back);
- ``U``  refused with 401 (plone.restapi answers 401 to a logged-in user
  without the permission too); pages redirect to the login form;
- ``F``  refused with 403: the person may add content to the department,
  but not this type;
- ``N``  refused with 400 and the action's own refusal code: the person
  may see the object, the step is not theirs. On the pages: the case's
  action page answers 400 with the reason, the revoke form and Plone's
  state menu send the person back to the object, as it was.

A refused cell leaves everything as it was (read back). The tests in
test_role_action_matrix.py run every cell through REST and, where the
portal has a page for the action, through the page.

Department roles are local: ``*_a`` on department A (which holds the item
and the case), ``*_b`` on department B. ``office`` (ReformOffice),
``supervisor`` (Supervisor) and ``manager`` (Manager, the control column)
are site-wide; ``member`` is a logged-in user without a role.
"""

ROLES = (
    "anonymous",
    "member",
    "editor_a",
    "reviewer_a",
    "editor_b",
    "reviewer_b",
    "office",
    "clerk_a",
    "case_reviewer_a",
    "decider_a",
    "clerk_b",
    "decider_b",
    "supervisor",
    "manager",
)

Y = "allowed"
U = 401
F = 403
N = 400

# One line a row, one column a person: wider than the line limit, read as a table.
# fmt: off
MATRIX = {
    #                            anon mem  ed_a rv_a ed_b rv_b offc clk_a crv_a dec_a clk_b dec_b supv mgr
    # The catalogue: department A's item food, in the state the action needs.
    "read_draft":               (U,   U,   Y,   Y,   U,   U,   Y,   U,    U,    U,    U,    U,    Y,   Y),
    "edit_draft":               (U,   U,   Y,   U,   U,   U,   U,   U,    U,    U,    U,    U,    U,   Y),
    "edit_pending_department":  (U,   U,   U,   Y,   U,   U,   U,   U,    U,    U,    U,    U,    U,   Y),
    "edit_pending_office":      (U,   U,   U,   U,   U,   U,   Y,   U,    U,    U,    U,    U,    U,   Y),
    "edit_published":           (U,   U,   U,   U,   U,   U,   U,   U,    U,    U,    U,    U,    U,   Y),
    "create_item":              (U,   U,   Y,   U,   U,   U,   F,   U,    U,    U,    U,    U,    U,   Y),
    "submit":                   (U,   U,   Y,   N,   U,   U,   N,   U,    U,    U,    U,    U,    N,   Y),
    "approve":                  (U,   U,   N,   Y,   U,   U,   N,   U,    U,    U,    U,    U,    N,   Y),
    "send_back_department":     (U,   U,   N,   Y,   U,   U,   N,   U,    U,    U,    U,    U,    N,   Y),
    "publish":                  (U,   U,   N,   N,   U,   U,   Y,   U,    U,    U,    U,    U,    N,   Y),
    "send_back_office":         (U,   U,   N,   N,   U,   U,   Y,   U,    U,    U,    U,    U,    N,   Y),
    "retire":                   (N,   N,   N,   N,   N,   N,   Y,   N,    N,    N,    N,    N,    N,   Y),
    "read_compliance":          (U,   U,   Y,   Y,   U,   U,   Y,   U,    U,    U,    U,    U,    Y,   Y),
    "read_compliance_report":   (Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y,    Y,    Y,    Y,    Y,    Y,   Y),
    "read_item_trail":          (U,   U,   Y,   Y,   U,   U,   Y,   U,    U,    U,    U,    U,    Y,   Y),
    # A case of item food, filed online, in the state the action needs. Case
    # steps are not the manager's: the workflow's guards name only the
    # department's case roles (and the applicant's).
    "read_case":                (U,   U,   U,   U,   U,   U,   U,   Y,    Y,    Y,    U,    U,    Y,   Y),
    "read_case_trail":          (U,   U,   U,   U,   U,   U,   U,   Y,    Y,    Y,    U,    U,    Y,   Y),
    "accept":                   (U,   U,   U,   U,   U,   U,   U,   Y,    N,    N,    U,    U,    N,   N),
    "request_correction":       (U,   U,   U,   U,   U,   U,   U,   Y,    N,    N,    U,    U,    N,   N),
    "reject_intake":            (U,   U,   U,   U,   U,   U,   U,   Y,    N,    N,    U,    U,    N,   N),
    "start_review":             (U,   U,   U,   U,   U,   U,   U,   N,    Y,    N,    U,    U,    N,   N),
    "suspend":                  (U,   U,   U,   U,   U,   U,   U,   N,    Y,    N,    U,    U,    N,   N),
    "resume":                   (U,   U,   U,   U,   U,   U,   U,   N,    Y,    N,    U,    U,    N,   N),
    "extend":                   (U,   U,   U,   U,   U,   U,   U,   N,    Y,    N,    U,    U,    N,   N),
    "approve_case":             (U,   U,   U,   U,   U,   U,   U,   N,    N,    Y,    U,    U,    N,   N),
    "deny":                     (U,   U,   U,   U,   U,   U,   U,   N,    N,    Y,    U,    U,    N,   N),
    "deliver":                  (U,   U,   U,   U,   U,   U,   U,   Y,    N,    N,    U,    U,    N,   N),
    # The applicant's own steps (they take them on the tracking page).
    "withdraw":                 (U,   U,   U,   U,   U,   U,   U,   N,    N,    N,    U,    U,    N,   N),
    "resubmit":                 (U,   U,   U,   U,   U,   U,   U,   N,    N,    N,    U,    U,    N,   N),
    # Revoking is a permission (rolemap.xml): the deciders', and the manager's.
    "revoke":                   (U,   U,   U,   U,   U,   U,   U,   N,    N,    Y,    U,    U,    N,   Y),
    # The site: the whole audit trail and the working calendar.
    "read_audit_log":           (U,   U,   U,   U,   U,   U,   U,   U,    U,    U,    U,    U,    Y,   Y),
    "change_calendar":          (U,   U,   U,   U,   U,   U,   U,   U,    U,    U,    U,    U,    U,   Y),
}
# fmt: on


def cells():
    """Every (action, role, expected) of the table."""
    for action, row in MATRIX.items():
        assert len(row) == len(ROLES), action
        for role, expected in zip(ROLES, row, strict=True):
            yield action, role, expected

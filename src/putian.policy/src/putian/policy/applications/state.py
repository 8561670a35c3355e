"""A case's state, read from its workflow history.

The public tracking page reads it for an applicant who has no permission
on the case (plone.api's get_state would refuse them).
"""

WORKFLOW_ID = "putian_application_workflow"


def case_state(case) -> str:
    return case.workflow_history[WORKFLOW_ID][-1]["review_state"]

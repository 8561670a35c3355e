"""Approval flows (审批流程): steps, departments, special steps, and the
figures of the flowchart."""

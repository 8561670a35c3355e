"""A flow object as the core's plain data."""


def rows(value) -> list[dict]:
    return [dict(row) for row in value or ()]


def flow_values(get) -> dict:
    """The flow mapping of ``rules.flows`` from a field getter ``get(name)``.

    Special steps are numbered from 1 on the form ("after step 2"); the
    core counts from 0.
    """
    special_steps = []
    for row in rows(get("special_steps")):
        after = row.get("after_step")
        row["after_step"] = after - 1 if after else None
        special_steps.append(row)
    return {
        "kind": get("kind"),
        "form": get("form"),
        "lead_department": get("lead_department"),
        "cooperating_departments": rows(get("cooperating_departments")),
        "steps": rows(get("steps")),
        "special_steps": special_steps,
        "complex_exemption_reason": get("complex_exemption_reason"),
        "formal_review_only": bool(get("formal_review_only")),
    }


def flow_data(flow) -> dict:
    return flow_values(lambda name: getattr(flow, name, None))


def item_limits(item) -> dict:
    return {
        "statutory_limit_days": item.statutory_limit_days,
        "committed_limit_days": item.committed_limit_days,
        "limit_exemption_reason": item.limit_exemption_reason,
    }

"""The flowchart in words: a flow's steps as an ordered list.

The same summary the SVG is drawn from, so the list and the chart agree:
counted stages in order (steps run in parallel share one stage), each
special step right after the step it follows, those that follow none at
the end.
"""


def _step(step, texts) -> dict:
    return {
        "name": step.get("name") or "",
        "kind": texts.kind(step),
        "kind_token": step.get("kind") or "",
        "department": texts.step_department(step),
        "days": texts.days(step.get("working_days") or 0),
        "title": texts.step_title(step),
    }


def _special(special, texts) -> dict:
    return {
        "special": True,
        "name": texts.special(special),
        "kind_token": special.get("kind") or "",
        "days": texts.days(special.get("duration_days") or 0),
        "not_counted": texts.not_counted,
        "title": texts.special_title(special),
    }


def special_anchor(special, step_count: int) -> int | None:
    """The index (from 0) of the step a special step follows, or None when
    it follows none of them (it comes after the last)."""
    after = special.get("after_step")
    if isinstance(after, int) and 0 <= after < step_count:
        return after
    return None


def step_list(summary, texts) -> list[dict]:
    """The entries of the list, in order.

    A counted stage: ``number`` (from 1), ``parallel``, ``days`` (the
    stage's time, its longest step) and ``steps`` (name, kind, department,
    days, title). A special step: ``special`` True, name, days,
    not_counted, title.
    """
    step_count = sum(len(stage.steps) for stage in summary.stages)
    following = {}
    trailing = []
    for special in summary.special_steps:
        anchor = special_anchor(special, step_count)
        if anchor is None:
            trailing.append(special)
        else:
            following.setdefault(anchor, []).append(special)

    entries = []
    index = 0
    for number, stage in enumerate(summary.stages, start=1):
        after_stage = []
        for _step_of_stage in stage.steps:
            after_stage += following.get(index, [])
            index += 1
        entries.append(
            {
                "special": False,
                "number": number,
                "parallel": stage.parallel,
                "days": texts.days(stage.working_days),
                "steps": [_step(step, texts) for step in stage.steps],
            }
        )
        entries += [_special(special, texts) for special in after_stage]
    entries += [_special(special, texts) for special in trailing]
    return entries

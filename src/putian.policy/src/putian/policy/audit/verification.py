"""R23: whether the hash chains of the audit trail are intact, as
supervisors read it."""


def chain_report(log, object_uid: str | None = None) -> dict:
    """Every chain (or the one of ``object_uid``) checked; where each
    broken one first breaks, and why, in Chinese and English."""
    broken = log.verify(object_uid) if log is not None else []
    return {
        "intact": not broken,
        "broken": [
            {
                "object": uid,
                "first_broken": check.first_broken,
                "reason": check.reason,
                "message": check.message_zh,
                "message_en": check.message_en,
            }
            for uid, check in broken
        ],
    }

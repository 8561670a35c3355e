"""A guide material's name and condition in the visitor's language.

The guide's ``name`` and ``condition`` are the department's Chinese; an
English visitor reads ``name_en`` and ``condition_en`` where the editor gave
them, the Chinese where not.
"""

from putian.policy.vocabularies.terms import wants_english


def _in_language(row, key: str, request=None) -> str:
    chinese = (row.get(key) or "").strip()
    if wants_english(request):
        return (row.get(f"{key}_en") or "").strip() or chinese
    return chinese


def material_name(row, request=None) -> str:
    return _in_language(row, "name", request)


def material_condition(row, request=None) -> str:
    return _in_language(row, "condition", request)


def english_material_name(materials, name: str) -> str:
    """The English name of the guide's material called ``name`` (the label
    the application form was generated with); "" when it has none."""
    for row in materials or ():
        if (row.get("name") or "").strip() == name.strip():
            return (row.get("name_en") or "").strip()
    return ""

"""putian.policy.rules must stay plain Python: no Zope, no Plone."""

from pathlib import Path

import ast
import putian.policy.rules
import sys


# The calendars, the identifier checks, and pinyin for sorting names.
ALLOWED_THIRD_PARTY = {
    "chinese_calendar",
    "lunar_python",
    "phonenumbers",
    "pypinyin",
    "stdnum",
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, f"{path.name}: use absolute imports"
            names.add(node.module)
    return names


def test_rules_import_only_stdlib_and_the_libraries_made_for_the_job():
    package = Path(putian.policy.rules.__file__).parent
    modules = sorted(package.rglob("*.py"))
    assert len(modules) >= 40
    for path in modules:
        for name in imported_modules(path):
            top = name.split(".")[0]
            allowed = (
                top in sys.stdlib_module_names
                or top in ALLOWED_THIRD_PARTY
                or name.startswith("putian.policy.rules")
            )
            assert allowed, f"{path.relative_to(package)} imports {name}"

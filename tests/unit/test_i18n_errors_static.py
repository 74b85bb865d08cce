"""Every message an error carries (domain, services, importers) goes through t().

An AST scan: the message given to an error constructor (FieldError, ValidationError's fields, the
errors of services/errors.py, the importers' file errors, ValueError raised for a person), to the
import's per-file outcomes and to the problems a check reports must be a ``t(...)`` call, or a
name assigned only from such calls, or text passed on from elsewhere (``str(exc)``). A string
literal or f-string there is English that a Spanish-speaking parent would see.
"""

from __future__ import annotations

import ast
from pathlib import Path

from iepbinder.domain.translations import CATALOGS

PACKAGE = Path(__file__).resolve().parents[2] / "iepbinder"
AREAS = ("domain", "services", "importers", "db")
# Constructors whose message is not the first argument: name -> position of the message.
MESSAGE_AT = {
    "FieldError": 1,
    "FileOutcome": 2,
    "RowProblem": 1,
    "ImportProblem": 1,
    "NotABinderError": 1,  # (folder, reason)
    "BinderServerError": 1,
    "BinderStorageError": 1,
}
# These take the noun of the missing or changed item ("goal"); the sentence is made inside.
NOUN_TAKERS = {"NotFoundError": 0, "ConflictError": 0, "live": 3, "check_version": 2}
# Errors no person sees: a broken promise of the code itself, caught and never shown.
NOT_FOR_PEOPLE = {
    # open_services() called with neither a folder nor a server: a programming mistake.
    ("services/binder_services.py", "open_services needs a folder or a server address"),
    # Guards of the code itself: a naive timestamp, a server binder asked for its folder, a
    # stored original read before its existence was checked.
    ("db/base.py", "timestamps must be timezone-aware"),
    ("db/binder.py", "This binder is on a server and has no folder."),
    ("db/blobs.py", "original {digest[:12]}... is not in the database"),
    # pypdf's own error, raised to reach the except clause that writes the message for people.
    ("importers/pdf_text.py", "'password required'"),
    ("importers/progress_report_pdf.py", "'password required'"),
}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _is_error(name: str) -> bool:
    return (name.endswith("Error") and name != "AssertionError") or name == "FileRejected"


def _is_super_init(node: ast.Call) -> bool:
    func = node.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "__init__"
        and isinstance(func.value, ast.Call)
        and _name(func.value.func) == "super"
    )


class _Scan(ast.NodeVisitor):
    """Collects (line, text) of English messages and the nouns given to NotFound/Conflict."""

    def __init__(self) -> None:
        self.offenders: list[tuple[int, str]] = []
        self.nouns: set[str] = set()
        self._classes: list[str] = []
        self._functions: list[ast.AST] = []
        self._constants: dict[str, ast.expr] = {}

    def visit_Module(self, node: ast.Module) -> None:  # noqa: N802 - ast.NodeVisitor's names
        for statement in node.body:  # module constants such as WHAT = "log entry"
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target = statement.targets[0]
                if isinstance(target, ast.Name):
                    self._constants[target.id] = statement.value
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802
        self._functions.append(node)
        self.generic_visit(node)
        self._functions.pop()

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        name = _name(node.func)
        if name in NOUN_TAKERS:
            self._noun(node.args[NOUN_TAKERS[name]] if len(node.args) > NOUN_TAKERS[name] else None)
        elif self._is_problem_list(node):  # problems.append(...) of a check's report
            message = node.args[0] if node.args else None
            if isinstance(message, ast.GeneratorExp | ast.ListComp):
                message = message.elt
            if message is not None and self._english(message):
                self.offenders.append((node.lineno, ast.unparse(message)[:70]))
        elif self._in_error_init(node):  # super().__init__(path, message): every argument
            for argument in node.args:
                if self._english(argument):
                    self.offenders.append((node.lineno, ast.unparse(argument)[:70]))
        elif _is_error(name) or name in MESSAGE_AT:
            position = MESSAGE_AT.get(name, 0)
            message = node.args[position] if len(node.args) > position else None
            message = message or next((k.value for k in node.keywords if k.arg == "message"), None)
            if message is not None and self._english(message):
                self.offenders.append((node.lineno, ast.unparse(message)[:70]))
        self.generic_visit(node)

    @staticmethod
    def _is_problem_list(node: ast.Call) -> bool:
        func = node.func
        return (
            isinstance(func, ast.Attribute)
            and func.attr in ("append", "extend")
            and isinstance(func.value, ast.Name)
            and func.value.id == "problems"
        )

    def _in_error_init(self, node: ast.Call) -> bool:
        return _is_super_init(node) and bool(self._classes) and _is_error(self._classes[-1])

    def _noun(self, node: ast.expr | None) -> None:
        if isinstance(node, ast.Name) and node.id in self._constants:
            node = self._constants[node.id]
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            self.nouns.add(node.value)

    def _english(self, node: ast.expr, depth: int = 0) -> bool:
        """True when ``node`` is (or may be) English text written here, not made by t()."""
        if depth > 5:
            return False
        if isinstance(node, ast.Constant):
            return isinstance(node.value, str) and any(c.isalpha() for c in node.value)
        if isinstance(node, ast.JoinedStr):
            return True
        if isinstance(node, ast.BinOp):
            return self._english(node.left, depth + 1) or self._english(node.right, depth + 1)
        if isinstance(node, ast.IfExp):
            return self._english(node.body, depth + 1) or self._english(node.orelse, depth + 1)
        if isinstance(node, ast.Call) and _name(node.func) == "format":
            return isinstance(node.func, ast.Attribute) and self._english(node.func.value, depth)
        if isinstance(node, ast.Name):
            return any(self._english(value, depth + 1) for value in self._assigned(node.id))
        return False

    def _assigned(self, name: str) -> list[ast.expr]:
        """The values assigned to ``name`` in the enclosing function."""
        if not self._functions:
            return []
        values: list[ast.expr] = []
        for node in ast.walk(self._functions[-1]):
            if isinstance(node, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == name for target in node.targets
            ):
                values.append(node.value)
            if (
                isinstance(node, ast.AnnAssign | ast.AugAssign)
                and node.value is not None
                and isinstance(node.target, ast.Name)
                and node.target.id == name
            ):
                values.append(node.value)
        return values


def _scan_all() -> tuple[list[str], set[str]]:
    offenders: list[str] = []
    nouns: set[str] = set()
    for area in AREAS:
        for path in sorted((PACKAGE / area).rglob("*.py")):
            if "translations" in path.parts:
                continue
            scan = _Scan()
            scan.visit(ast.parse(path.read_text(encoding="utf-8")))
            where = path.relative_to(PACKAGE).as_posix()
            nouns |= scan.nouns
            offenders += [
                f"{where}:{line}: {text}"
                for line, text in scan.offenders
                if not any(where == file and start in text for file, start in NOT_FOR_PEOPLE)
            ]
    return offenders, nouns


def test_every_error_message_goes_through_the_translation() -> None:
    offenders, _nouns = _scan_all()
    assert not offenders, f"{len(offenders)} error messages stay English:\n" + "\n".join(offenders)


def test_every_noun_of_a_missing_or_changed_item_has_spanish() -> None:
    _offenders, nouns = _scan_all()
    assert {"child", "goal", "log entry"} <= nouns  # the scan finds them
    assert sorted(noun for noun in nouns if noun not in CATALOGS["es"]) == []


def test_the_scan_catches_a_literal_an_f_string_and_a_plain_variable() -> None:
    source = """
class OddError(ValueError):
    def __init__(self, name):
        message = f"{name} is odd."
        super().__init__(message)

def check(value):
    if value:
        raise ValueError("Enter a number.")
    errors = [FieldError("title", t("Give the document a title."))]
    errors.append(FieldError("tags", "Keep each tag short."))
    problems.extend(f"Damage: {line}" for line in value)
    raise OddError(str(value))
"""
    scan = _Scan()
    scan.visit(ast.parse(source))
    assert [line for line, _text in scan.offenders] == [5, 9, 11, 12]

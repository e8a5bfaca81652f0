"""Griffe extension: the ``__init__`` of an attrs class, so its docstring's ``Args:`` resolve.

akip's value types are ``@attrs.frozen`` classes; attrs writes their ``__init__`` at run time,
so griffe's static analysis sees a class without parameters and warns that every documented
argument "does not appear in the function signature". This extension gives each attrs class
the ``__init__`` attrs makes: one parameter per annotated field, in order (a field with
``init=False`` left out, keyword-only fields last), as griffe's own dataclasses extension does.
"""

from __future__ import annotations

from typing import Any

from griffe import (
    Attribute,
    Class,
    Expr,
    ExprCall,
    Extension,
    Function,
    Parameter,
    ParameterKind,
    Parameters,
)

_DECORATORS = ("attrs.frozen", "attrs.define", "attrs.mutable", "attr.s", "attr.attrs")


def _is_attrs(cls: Class) -> bool:
    for decorator in cls.decorators:
        value = decorator.value
        name = value.function if isinstance(value, ExprCall) else value
        path = name.canonical_path if isinstance(name, Expr) else str(name)
        if path in _DECORATORS:
            return True
    return False


def _field_arguments(attribute: Attribute) -> dict[str, str]:
    value = attribute.value
    if not isinstance(value, ExprCall) or not str(value.function).endswith("field"):
        return {}
    return {
        str(getattr(arg, "name", "")): str(getattr(arg, "value", ""))
        for arg in value.arguments
        if getattr(arg, "name", None)
    }


def _parameters(cls: Class) -> list[Parameter]:
    positional, keyword = [], []
    for member in cls.members.values():
        if not isinstance(member, Attribute) or member.annotation is None:
            continue
        if "property" in member.labels:
            continue
        args = _field_arguments(member)
        if args.get("init") == "False":
            continue
        kind = (
            ParameterKind.keyword_only
            if args.get("kw_only") == "True"
            else ParameterKind.positional_or_keyword
        )
        default = args.get("default", None if args else member.value)
        parameter = Parameter(
            member.name, annotation=member.annotation, kind=kind, default=default
        )
        (keyword if kind is ParameterKind.keyword_only else positional).append(parameter)
    return positional + keyword


class AttrsExtension(Extension):
    """Add the attrs-generated ``__init__`` to every attrs class without one."""

    def on_class_members(self, *, cls: Class, **_: Any) -> None:
        """Give *cls* its ``__init__`` when it is an attrs class."""
        if "__init__" in cls.members or not _is_attrs(cls):
            return
        init = Function(
            "__init__",
            lineno=0,
            endlineno=0,
            parent=cls,
            parameters=Parameters(
                Parameter("self", kind=ParameterKind.positional_or_keyword),
                *_parameters(cls),
            ),
            returns="None",
        )
        cls.set_member("__init__", init)

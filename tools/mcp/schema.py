"""An MCP tool's JSON input schema -> a pydantic Args model the planner grammar can use.

``$ref``s are inlined (cycles and deep nesting are cut), and constructs a small grammar
cannot express are degraded to a safe subset:

- ``type``: string, integer, number, boolean, array (of one item type), object (with
  ``properties`` -> a nested model; without -> a map of strings), ``null`` in a union.
- ``enum`` / ``const`` -> Literal; ``anyOf`` / ``oneOf`` / type lists -> a union of what
  survives; ``allOf`` of objects -> merged properties.
- Dropped: formats, patterns, numeric and length bounds, ``not``, ``if/then``,
  ``patternProperties``.  A property without a usable type becomes a string.

A schema that is not an object, or a required property that cannot be expressed, raises
``SchemaError``: the caller skips the tool with a one-line warning.
"""

from __future__ import annotations

import keyword
from typing import Any, Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, create_model

MAX_DEPTH = 4


class SchemaError(ValueError):
    """The schema cannot become an Args model."""


class _Unusable(Exception):
    pass


def _resolve_ref(ref: str, root: dict[str, Any], seen: tuple[str, ...]) -> dict[str, Any]:
    if ref in seen:
        raise _Unusable(f"recursive $ref {ref}")
    if not ref.startswith("#/"):
        raise _Unusable(f"external $ref {ref}")
    node: Any = root
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            raise _Unusable(f"unresolvable $ref {ref}")
        node = node[part]
    if not isinstance(node, dict):
        raise _Unusable(f"$ref {ref} is not a schema")
    return node


def _deref(s: Any, root: dict[str, Any], seen: tuple[str, ...]) -> tuple[dict[str, Any], tuple[str, ...]]:
    if isinstance(s, bool):
        return ({} if s else {"not": {}}), seen
    if not isinstance(s, dict):
        raise _Unusable("schema is not an object")
    while "$ref" in s:
        ref = s["$ref"]
        if not isinstance(ref, str):
            raise _Unusable("$ref is not a string")
        target = _resolve_ref(ref, root, seen)
        seen = (*seen, ref)
        s = {**target, **{k: v for k, v in s.items() if k != "$ref"}}
    return s, seen


def _literal(values: list[Any]) -> Any:
    vals = tuple(v for v in values if isinstance(v, str | int | float | bool) or v is None)
    if not vals:
        raise _Unusable("enum without scalar values")
    non_null = tuple(v for v in vals if v is not None)
    lit = Literal[non_null] if non_null else type(None)  # type: ignore[valid-type]
    return Optional[lit] if None in vals and non_null else lit  # noqa: UP045


def _union(types: list[Any]) -> Any:
    uniq = list(dict.fromkeys(types))
    if not uniq:
        raise _Unusable("no usable alternative")
    return uniq[0] if len(uniq) == 1 else Union[tuple(uniq)]  # noqa: UP007


class _Builder:
    def __init__(self, root: dict[str, Any], model_name: str) -> None:
        self.root = root
        self.model_name = model_name
        self.count = 0
        self.degraded: list[str] = []

    def type_of(self, s: Any, seen: tuple[str, ...], depth: int, where: str) -> Any:
        if depth > MAX_DEPTH:
            raise _Unusable(f"{where}: nested deeper than {MAX_DEPTH}")
        s, seen = _deref(s, self.root, seen)
        if "not" in s and len(s) == 1:
            raise _Unusable(f"{where}: accepts nothing")
        if "const" in s:
            return _literal([s["const"]])
        if "enum" in s and isinstance(s["enum"], list):
            return _literal(s["enum"])
        for key in ("anyOf", "oneOf"):
            if isinstance(s.get(key), list):
                alts = []
                for i, alt in enumerate(s[key]):
                    try:
                        alts.append(self.type_of(alt, seen, depth + 1, f"{where}|{i}"))
                    except _Unusable as exc:
                        self.degraded.append(f"{where}: dropped alternative ({exc})")
                return _union(alts)
        if isinstance(s.get("allOf"), list):
            merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
            for part in s["allOf"]:
                part, _ = _deref(part, self.root, seen)
                if part.get("type", "object") != "object":
                    raise _Unusable(f"{where}: allOf of non-objects")
                merged["properties"].update(part.get("properties", {}))
                merged["required"] += list(part.get("required", []))
            return self.type_of(merged, seen, depth, where)
        typ = s.get("type")
        if isinstance(typ, list):
            alts = [self.type_of({**s, "type": t}, seen, depth, where) for t in typ if isinstance(t, str)]
            return _union(alts)
        if typ == "string":
            return str
        if typ == "integer":
            return int
        if typ == "number":
            return float
        if typ == "boolean":
            return bool
        if typ == "null":
            return type(None)
        if typ == "array":
            items = s.get("items", {})
            if isinstance(items, list):  # tuple form: degrade to the first item type
                items = items[0] if items else {}
            try:
                inner = self.type_of(items, seen, depth + 1, f"{where}[]") if items else str
            except _Unusable as exc:
                self.degraded.append(f"{where}[]: items as strings ({exc})")
                inner = str
            return list[inner]  # type: ignore[valid-type]
        if typ == "object" or (typ is None and "properties" in s):
            if not s.get("properties"):
                return dict[str, str]
            return self.model(s, seen, depth + 1, where)
        if typ is None:
            self.degraded.append(f"{where}: no type, taken as a string")
            return str
        raise _Unusable(f"{where}: unsupported type {typ!r}")

    def model(self, s: dict[str, Any], seen: tuple[str, ...], depth: int, where: str) -> type[BaseModel]:
        props = s.get("properties") or {}
        if not isinstance(props, dict):
            raise _Unusable(f"{where}: properties is not an object")
        required = set(s.get("required") or [])
        fields: dict[str, Any] = {}
        for i, (pname, pschema) in enumerate(props.items()):
            loc = f"{where}.{pname}" if where else pname
            try:
                typ = self.type_of(pschema, seen, depth, loc)
            except _Unusable as exc:
                if pname in required:
                    raise
                self.degraded.append(f"{loc}: optional property dropped ({exc})")
                continue
            ps, _ = _deref(pschema, self.root, seen) if isinstance(pschema, dict | bool) else ({}, seen)
            desc = ps.get("description") if isinstance(ps.get("description"), str) else None
            internal = pname if pname.isidentifier() and not keyword.iskeyword(pname) and not pname.startswith(
                ("_", "model_")) and pname not in dir(BaseModel) else f"field_{i}"
            if pname in required:
                fields[internal] = (typ, Field(alias=pname, description=desc))
            else:
                fields[internal] = (Optional[typ], Field(default=None, alias=pname, description=desc))  # noqa: UP045
        self.count += 1
        name = self.model_name if depth == 0 else f"{self.model_name}_{self.count}"
        return create_model(name, __config__=ConfigDict(populate_by_name=True, extra="forbid"), **fields)


def args_model(schema: Any, model_name: str) -> tuple[type[BaseModel], list[str]]:
    """The Args model for ``schema`` and the list of degradations applied (may be empty)."""
    if not isinstance(schema, dict):
        raise SchemaError("input schema is not a JSON object")
    b = _Builder(schema, model_name)
    try:
        s, seen = _deref(schema, schema, ())
        if s.get("type", "object") != "object":
            raise _Unusable(f"input schema type is {s.get('type')!r}, not 'object'")
        model = b.model(s, seen, 0, "")
        model.model_json_schema()  # must be expressible
    except _Unusable as exc:
        raise SchemaError(str(exc)) from None
    except (TypeError, ValueError, RecursionError) as exc:
        raise SchemaError(f"{type(exc).__name__}: {exc}".splitlines()[0]) from None
    return model, b.degraded

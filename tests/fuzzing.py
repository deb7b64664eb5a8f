"""Mutations of the atlas's inputs, shared by the fuzz tests (``tests/atlas/test_fuzz.py``, driven by
hypothesis) and the long fuzz run (``python -m tools.fuzz_long``, driven by ``random.Random(seed)``).

Every mutator takes a random source (anything with ``random``, ``randrange``, ``randint``, ``choice``
and ``getrandbits``: a ``random.Random`` or hypothesis' ``st.randoms()``) and returns a :class:`Case`:
the bytes of a data file and of the artwork, and a short description of what was done to them.
:func:`run_case` loads a case from disk and returns a :class:`LoadedAtlas` or the :class:`AtlasError`;
any other exception propagates. :func:`message_complaints`, :func:`cli_complaints` and
:func:`run_cache_case` return what is wrong (an empty list when all is well), so that the tests can
assert on it and the script can count it.
"""

from __future__ import annotations

import contextlib
import io
import json
import logging
import marshal
import os
import random
import re
import resource
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from fasciamap import resources
from fasciamap.atlas import AtlasError, LoadedAtlas, load

# every view's artwork: the files the data names (other SVGs in the folder, such as the pain zones,
# are not views)
VIEWS = tuple(sorted({v["svg"] for v in json.loads(resources.data_file().read_bytes())["views"]}))
ZONE_ART = tuple(sorted({v["zones"] for v in json.loads(resources.data_file().read_bytes())["views"] if "zones" in v}))


class Rng(Protocol):  # random.Random and hypothesis' HypothesisRandom both fit
    def random(self) -> float: ...
    def randrange(self, start: int, stop: int = ...) -> int: ...
    def randint(self, a: int, b: int) -> int: ...
    def choice(self, seq: Any) -> Any: ...
    def getrandbits(self, k: int) -> int: ...


@lru_cache(maxsize=None)
def real_data() -> bytes:
    return resources.data_file().read_bytes()


@lru_cache(maxsize=None)
def real_art(name: str) -> bytes:
    return (resources.art_dir() / name).read_bytes()


def short(value: object, limit: int = 70) -> str:
    """A short, printable repr of a mutation's ingredient."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit - 12]}…<{len(text):,} chars>"


def _bulk_bytes(rng: Rng, n: int) -> bytes:
    """Many random bytes at once (a sub-generator, so hypothesis makes one choice, not n)."""
    return random.Random(rng.getrandbits(64)).randbytes(n)


@dataclass
class Case:
    family: str
    mutation: str  # what was done, short and printable
    data: bytes | None = None  # None: the real data file
    art: dict[str, bytes] = field(default_factory=dict)  # view file -> bytes; the others are the real ones

    def write(self, folder: Path) -> tuple[Path, Path]:
        """The data file and the artwork folder, written under ``folder``."""
        data_file = folder / "regions.json"
        data_file.write_bytes(real_data() if self.data is None else self.data)
        art_dir = folder / "svg"
        art_dir.mkdir(exist_ok=True)
        for name in VIEWS + ZONE_ART:
            (art_dir / name).write_bytes(self.art.get(name, real_art(name)))
        return data_file, art_dir


# -- JSON values and odd pieces of text --------------------------------------------------------------

class Raw(str):
    """JSON text written verbatim: numbers Python cannot hold, deep nesting, bare NaN."""


class Pairs(list):
    """An object as (key, value) pairs, so that a key can appear twice."""


def to_json(value: Any, ascii_only: bool = True) -> str:
    if isinstance(value, Raw):
        return str(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=ascii_only)
    if isinstance(value, Pairs):
        return "{" + ",\n".join(f"{to_json(k, ascii_only)}: {to_json(v, ascii_only)}" for k, v in value) + "}"
    if isinstance(value, dict):
        return to_json(Pairs(value.items()), ascii_only)
    if isinstance(value, list):
        return "[" + ", ".join(to_json(v, ascii_only) for v in value) + "]"
    return json.dumps(value)  # int, float, bool, None


ODD_TEXT = [
    "", " ", "\ud800", "a\udfffb", "\udc80\ud800", "\x00", "\x07", "\x08\x7f", "\r", "\t\n",
    "\x1b[31mred\x1b[0m", "\x1b]0;title\x07", "\x1b[2J\x1b[H", "\u009b31m", "\u0085", "\u202eevil", "\ufeff",
    "\u200b", "e\u0301", "😀", "𝕏", "é", "Ω", "中文", "erector_spinae", "erector_spinae.left", "front", "back",
    "superficial", "deep", "../regions.json", "/dev/zero", "front.svg", "back.svg", "layer-deep", "null",
    "%s%n", "{0}", "<g>", "&amp;", "'", '"', "\\", "1e999", "NaN",
]


def odd_string(rng: Rng) -> str:
    """Text a loader might choke on: lone surrogates, controls, terminal escapes, very long."""
    piece = rng.choice(ODD_TEXT)
    roll = rng.random()
    if roll < 0.15:
        return piece * rng.choice([100, 1000, 10_000, 200_000])
    if roll < 0.4:
        return "Erector " + piece + " spinae"
    return piece


def huge_number(rng: Rng) -> Raw:
    return Raw(rng.choice([
        "9" * rng.choice([39, 40, 41, 4300, 4301, 5000, 100_000]), "-" + "9" * 41, "1e999", "-1e999", "1e-999",
        "NaN", "Infinity", "-Infinity", "1" + "0" * 400 + ".5", "0." + "0" * 5000 + "1", "1E400", "-0",
        "1.7976931348623157e308", "5e-324", "2" + "0" * 30,
    ]))


def deep_nesting(rng: Rng) -> Raw:
    n = rng.choice([30, 31, 32, 33, 100, 999, 1000, 5000, 100_000])
    if rng.random() < 0.5:
        return Raw("[" * n + "]" * n)
    return Raw('{"a": ' * n + "1" + "}" * n)


def random_value(rng: Rng, depth: int = 0) -> Any:
    kind = rng.choice(["str", "int", "float", "list", "dict", "null", "bool", "huge", "deep", "odd"])
    if kind == "str":
        return rng.choice(["", "x", "muscle", "strong", "same_side", "erector_spinae", "front"])
    if kind == "int":
        return rng.choice([0, 1, -1, 2, 2**31, 2**63, -(2**63), rng.randint(-10**6, 10**6)])
    if kind == "float":
        return rng.choice([0.5, -0.0, 1.0, 1e308, 5e-324, 1.7976931348623157e308, rng.random()])
    if kind == "list":
        return [] if depth > 2 else [random_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if kind == "dict":
        if depth > 2:
            return {}
        return {rng.choice(["id", "name", "a", "b", "x", odd_string(rng)]): random_value(rng, depth + 1)
                for _ in range(rng.randint(0, 3))}
    if kind == "null":
        return None
    if kind == "bool":
        return rng.choice([True, False])
    if kind == "huge":
        return huge_number(rng)
    if kind == "deep":
        return deep_nesting(rng)
    return odd_string(rng)


# -- the data file ------------------------------------------------------------------------------------

def _pick(rng: Rng, root: Any) -> list[Any]:
    """A random path into the parsed data (a walk down, stopping now and then on the way)."""
    node, path = root, []
    while type(node) in (dict, list) and node and rng.random() < 0.8:
        key = rng.choice(list(node)) if type(node) is dict else rng.randrange(len(node))
        path.append(key)
        node = node[key]
    return path


def _get(root: Any, path: list[Any]) -> Any:
    for key in path:
        root = root[key]
    return root


def _structural_edit(rng: Rng, box: list[Any]) -> str:
    """One edit somewhere in ``box[0]`` (the parsed document, boxed so that the top level has a parent)."""
    path = [0, *_pick(rng, box[0])]
    node = _get(box, path)
    op = rng.choice(["delete", "insert", "duplicate", "retype", "retype", "string", "rename", "swap", "empty"])
    where = "".join(f"[{short(k, 30)}]" for k in path[1:]) or "top level"
    if op in ("insert", "duplicate", "rename", "swap", "empty") and type(node) not in (dict, list):
        op = "retype"
    if op == "delete" and len(path) == 1:
        op = "retype"
    parent, leaf = _get(box, path[:-1]), path[-1]
    if op == "delete":
        del parent[leaf]
        return f"delete {where}"
    if op in ("retype", "string"):
        value = random_value(rng) if op == "retype" else odd_string(rng)
        if op == "string" and isinstance(node, str) and rng.random() < 0.5:
            cut = rng.randrange(len(node) + 1)
            value = node[:cut] + value + node[cut:]
        parent[leaf] = value
        return f"set {where} = {short(value)}"
    if op == "empty":
        node.clear()
        return f"empty {where}"
    if type(node) is list:
        if op == "insert" or not node:
            value = random_value(rng)
            node.insert(rng.randrange(len(node) + 1), value)
            return f"insert into {where}: {short(value)}"
        i, j = rng.randrange(len(node)), rng.randrange(len(node))
        if op == "swap":
            node[i], node[j] = node[j], node[i]
            return f"swap {where}[{i}] and [{j}]"
        node.insert(j, json.loads(json.dumps(node[i])))
        return f"duplicate {where}[{i}] at [{j}]"
    keys = list(node)
    if op == "insert" or not keys:
        key = rng.choice(["extra", "id", odd_string(rng)])
        value = random_value(rng)
        node[key] = value
        return f"insert {where}[{short(key, 30)}] = {short(value)}"
    key = rng.choice(keys)
    if op == "rename":
        new = odd_string(rng)
        node[new] = node.pop(key)
        return f"rename key {where}[{short(key, 30)}] to {short(new, 40)}"
    if op == "swap":
        other = rng.choice(keys)
        node[key], node[other] = node[other], node[key]
        return f"swap {where}[{short(key, 20)}] and [{short(other, 20)}]"
    value = node[key] if rng.random() < 0.5 else random_value(rng)
    pairs = Pairs(node.items())
    pairs.insert(rng.randrange(len(pairs) + 1), (key, value))
    parent[leaf] = pairs  # a Pairs is a leaf to later edits: _pick descends only into plain dicts and lists
    return f"duplicate key {where}[{short(key, 30)}] = {short(value, 30)}"


def mutate_data_structure(rng: Rng) -> Case:
    box = [json.loads(real_data())]
    steps = [_structural_edit(rng, box) for _ in range(rng.randint(1, 3))]
    text = to_json(box[0], ascii_only=rng.random() < 0.7)
    return Case("data-structure", "; ".join(steps), text.encode("utf-8", "surrogatepass"))


def mutate_data_lines(rng: Rng) -> Case:
    """Structural edits inside the myofascial lines (steps, branches, transitions, reviews), which the
    walk over the whole file reaches only now and then."""
    data = json.loads(real_data())
    traced = [line for line in data["lines"] if line.get("steps")]
    line = rng.choice(traced)
    part = rng.choice([k for k in ("steps", "branches", "transitions", "reviews") if line.get(k)])
    box = [line[part]]
    steps = [_structural_edit(rng, box) for _ in range(rng.randint(1, 3))]
    line[part] = box[0]
    text = to_json(data, ascii_only=rng.random() < 0.7)
    return Case("data-lines", f"{line['id']}.{part}: " + "; ".join(steps), text.encode("utf-8", "surrogatepass"))


def _truncate(rng: Rng, raw: bytes) -> tuple[bytes, str]:
    cut = rng.randrange(len(raw)) if rng.random() < 0.8 else rng.randrange(min(len(raw), 64))
    return raw[:cut], f"truncate at byte {cut:,} of {len(raw):,}"


def _byte_edits(rng: Rng, raw: bytes) -> tuple[bytes, str]:
    buf = bytearray(raw)
    steps = []
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(buf))
        op = rng.choice(["flip", "insert", "delete", "set"])
        if op == "flip":
            buf[at] ^= 1 << rng.randrange(8)
        elif op == "insert":
            buf[at:at] = bytes([rng.randrange(256)])
        elif op == "delete":
            del buf[at]
        else:
            buf[at] = rng.choice([0x00, 0xFF, 0x80, 0xC0, 0x22, 0x7B, 0x5B, 0x5C, 0x3C, 0x26, 0x1B])
        steps.append(f"{op}@{at}")
    return bytes(buf), "bytes " + ",".join(steps)


INVALID_UTF8 = [b"\xff", b"\xfe", b"\x80", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xe2\x82",
                b"\xf4\x90\x80\x80", b"\xf8\x88\x80\x80\x80", b"\xe9", b"\xc3"]


def _encoding(rng: Rng, raw: bytes) -> tuple[bytes, str]:
    text = raw.decode("utf-8")
    how = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "bom", "double-bom", "utf-16-bom+utf-8",
                      "latin-1", "cp1252", "invalid-utf-8", "invalid-utf-8", "mojibake", "crlf", "nul-padding"])
    if how in ("utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        return text.encode(how), how
    if how == "bom":
        return b"\xef\xbb\xbf" + raw, how
    if how == "double-bom":
        return b"\xef\xbb\xbf\xef\xbb\xbf" + raw, how
    if how == "utf-16-bom+utf-8":
        return b"\xff\xfe" + raw, how
    if how in ("latin-1", "cp1252"):
        return text.encode(how, "replace"), how
    if how == "mojibake":
        return raw.decode("latin-1").encode("utf-8"), how
    if how == "crlf":
        return raw.replace(b"\n", b"\r\n"), how
    if how == "nul-padding":
        return raw + b"\x00" * rng.randint(1, 100), how
    bad = rng.choice(INVALID_UTF8)
    quotes = [m.start() + 1 for m in re.finditer(rb'"', raw[:200_000])] or [0]
    at = rng.choice(quotes)
    return raw[:at] + bad + raw[at:], f"insert {bad!r} at byte {at:,}"


def mutate_data_truncate(rng: Rng) -> Case:
    raw, how = _truncate(rng, real_data())
    return Case("data-truncate", how, raw)


def mutate_data_bytes(rng: Rng) -> Case:
    raw, how = _byte_edits(rng, real_data())
    return Case("data-bytes", how, raw)


def mutate_data_encoding(rng: Rng) -> Case:
    raw, how = _encoding(rng, real_data())
    return Case("data-encoding", how, raw)


# -- the artwork --------------------------------------------------------------------------------------

def _pick_view(rng: Rng) -> tuple[str, str]:
    name = rng.choice(VIEWS)
    return name, real_art(name).decode("utf-8")


def _group_end(text: str, start: int) -> int:
    """The index just past the ``</g>`` that closes the ``<g`` at ``start``."""
    depth, at = 0, start
    for m in re.compile(r"<g[\s>]|</g>").finditer(text, start):
        depth += 1 if m.group() != "</g>" else -1
        at = m.end()
        if depth == 0:
            break
    return at


def _layer_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), _group_end(text, m.start())) for m in re.finditer(r'<g id="layer-', text)]


def _in_layers(text: str, pattern: str) -> list[re.Match[str]]:
    spans = _layer_spans(text)
    return [m for m in re.finditer(pattern, text) if any(a <= m.start() < b for a, b in spans)]


PATH_GARBAGE = [
    "", " ", "Z L1,1", "Z", "M", "M0", "M0,0 A1,1 0 2 0 1,1", "M0,0 A1,1 0 0 -1 1,1", "M0,0 A1,1 0 1 3 1,1",
    "M0,0 A5e-324,5e-324 0 0 1 1,1", "M0,0 A0,0 0 0 1 1,1", "M0,0 A1e-320,1 0 0 1 1,1", "M0,0 A1,1 0 0 1 0,0",
    "Mnan,nan L1,1", "M0,0 Linf,0", "M-inf,0 L1,1", "M1e999,0 L1,1", "M0,0 L1e308,1e308", "M0,0 L1e6,1e6",
    "M0,0 L1000001,0", "M" + "9" * 400 + ",0", "M0,0 C1,1", "M0,0 Q", "M0,0 T1,1 T2,2", "M0,0 S1,1 2,2",
    "M0,0 H1 V1 h-1 v-1 z", "M0,0 X1,1", "M0,0 L1,1 &amp; L2,2", "M 1.2.3.4 L5.6.7", "M0,0 L--1,1", "M0,0 L1e,1",
    "M0,0 L.,.", "m0,0 l1,1 z z z", "M0,0 a1,1 0 11 1,1", "M0,0 A1,1 0 011,1", "M0,0 " + "L1,1 " * 40_001,
    "M0,0 l" + ",".join(["0"] * 3),
]
PATH_TOKENS = ["M", "m", "L", "l", "H", "h", "V", "v", "C", "c", "S", "s", "Q", "q", "T", "t", "A", "a", "Z", "z",
               "0", "1", "-1", "2", ".5", "-.5e-3", "1e999", "nan", "inf", "-inf", "5e-324", "1e308", "9" * 50,
               ",", " ", "\t", "\n", "..", "e", "+", "-", "#", "é"]


def path_garbage(rng: Rng) -> str:
    if rng.random() < 0.5:
        return rng.choice(PATH_GARBAGE)
    tokens = "".join(rng.choice(PATH_TOKENS) + rng.choice(["", " ", ","]) for _ in range(rng.randint(1, 30)))
    return ("M0,0 " if rng.random() < 0.6 else "") + tokens


def mutate_art_path(rng: Rng) -> Case:
    name, text = _pick_view(rng)
    targets = _in_layers(text, r' d="([^"]*)"')
    chosen = sorted({rng.randrange(len(targets)) for _ in range(rng.randint(1, 3))}, reverse=True)
    steps = []
    for k in chosen:
        m = targets[k]
        garbage = path_garbage(rng)
        text = text[: m.start(1)] + garbage + text[m.end(1):]
        steps.append(f"d#{k}={short(garbage, 40)}")
    return Case("art-path", f"{name}: " + "; ".join(steps), art={name: text.encode("utf-8")})


ENCODING_NAMES = ["x-unknown", "utf-16", "UTF-16LE", "latin-1", "ISO-8859-1", "UTF-32", "ebcdic-cp-us", "cp037",
                  "", " ", "utf_8", "UTF8", "utf-8", "ascii", "US-ASCII", "é", "utf-8\x00", "a" * 600, "mbcs",
                  "idna", "rot13", "base64", "punycode", "utf-7", "hex"]


def _entities(rng: Rng) -> str:
    depth, fan = rng.randint(1, 9), rng.randint(1, 10)
    decls = ['<!ENTITY e0 "lol">'] + [f'<!ENTITY e{i} "{f"&e{i - 1};" * fan}">' for i in range(1, depth)]
    return rng.choice([
        f"<!DOCTYPE svg [{''.join(decls)}]>",
        '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE svg [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>',
        '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">',
        "<!DOCTYPE svg>",
        '<!DOCTYPE svg [<!ELEMENT svg ANY><!ATTLIST g id CDATA "x">]>',
    ])


ODD_IDS = ["", " ", "erector_spinae.left", "layer-deep", "layer-", "silhouette", "decor", "a&#9;b", "a&#10;b",
           "&#x1b;[31m", "&#0;", "&#xD800;", "&#x85;", "&#x202e;evil", "\u202eevil", "😀", "e\u0301", "&quot;",
           "&lt;g&gt;", "x" * 100_000, "..", "a.b.c", "erector_spinae.middle", "ERECTOR_SPINAE.LEFT", "\u200b"]


def _markup_edit(rng: Rng, text: str) -> tuple[str, str]:
    op = rng.choice(["declaration", "doctype", "id", "remove-group", "duplicate-group", "remove-attribute",
                     "duplicate-attribute", "view-box", "layer-name", "namespace", "unclosed", "text-label"])
    if op == "declaration":
        enc = rng.choice(ENCODING_NAMES)
        how = rng.choice(["replace", "drop", "leading-space", "twice", "version"])
        if how == "replace":
            return re.sub(r'encoding="[^"]*"', lambda _: f'encoding="{enc}"', text, count=1), f"encoding={short(enc, 30)}"
        if how == "drop":
            return text.split("?>", 1)[-1].lstrip(), "no XML declaration"
        if how == "leading-space":
            return " \n" + text, "declaration not at the start"
        if how == "twice":
            return text.split("\n", 1)[0] + "\n" + text, "XML declaration twice"
        return text.replace('version="1.0"', f'version="{rng.choice(["1.1", "2.0", "", "x"])}"', 1), "XML version"
    if op == "doctype":
        doctype = _entities(rng)
        head, rest = text.split("?>", 1) if "?>" in text else ("", text)
        head, rest = (head + "?>", rest) if head else ("", rest)
        use = "&e1;" if "e1 " in doctype else ("&x;" if "ENTITY x" in doctype else "")
        return head + doctype + rest.replace("</svg>", f"<text>{use}</text></svg>", 1), f"doctype {short(doctype, 50)}"
    if op in ("id", "remove-group", "duplicate-group"):
        groups = _in_layers(text, r'<g id="([^"]*)" class="structure"')
        if not groups:  # an earlier edit left no layer group
            return text, "no structure group to edit"
        m = rng.choice(groups)
        if op == "id":
            new = rng.choice(ODD_IDS) if rng.random() < 0.7 else rng.choice(groups).group(1)
            return text[: m.start(1)] + new + text[m.end(1):], f"id {m.group(1)} -> {short(new, 30)}"
        end = _group_end(text, m.start())
        if op == "remove-group":
            return text[: m.start()] + text[end:], f"remove group {m.group(1)}"
        return text[:end] + text[m.start():end] + text[end:], f"duplicate group {m.group(1)}"
    if op in ("remove-attribute", "duplicate-attribute"):
        attrs = list(re.finditer(r' (id|d|class|viewBox|xmlns|data-layer)="[^"]*"', text))
        m = rng.choice(attrs)
        if op == "remove-attribute":
            return text[: m.start()] + text[m.end():], f"remove {m.group(1)} at {m.start()}"
        return text[: m.end()] + m.group() + text[m.end():], f"duplicate {m.group(1)} at {m.start()}"
    if op == "view-box":
        box = rng.choice(["", "0 0 0 0", "0 0 -1 5", "0 0 1e999 1", "nan nan nan nan", "0 0 420", "0 0 420 860 1",
                          "a b c d", "0,0,420,860", "0 0 1e7 1e7", "-1e6 -1e6 1e6 1e6", "0 0 1.5.5 2", "0 0 inf 1",
                          "0 0 " + "9" * 400 + " 1", "0 0 5e-324 5e-324"])
        return re.sub(r'viewBox="[^"]*"', lambda _: f'viewBox="{box}"', text, count=1), f"viewBox={short(box, 30)}"
    if op == "layer-name":
        new = rng.choice(["layer-", "layer-middle", "Layer-deep", "layer-deep", "layer-superficial", "layer-\u00e9"])
        layers = re.findall(r'id="(layer-[^"]*)"', text)
        if not layers:
            return text, "no layer group to rename"
        m = rng.choice(layers)
        return text.replace(f'id="{m}"', f'id="{new}"', 1), f"{m} -> {new}"
    if op == "namespace":
        return text.replace('xmlns="http://www.w3.org/2000/svg"', rng.choice(['', 'xmlns="http://example.com/"']), 1), "namespace"
    if op == "unclosed":
        at = text.rindex("</g>")
        return text[:at] + text[at + 4:], "drop the last </g>"
    x = rng.choice(["nan", "1e999", "-1e7", "", "x", "0"])
    return text.replace("</svg>", f'<g id="decor"><text x="{x}" y="0" font-size="{rng.choice(["0", "7", "1e9", "nan"])}">l</text></g></svg>', 1), f"label x={x}"


def mutate_art_markup(rng: Rng) -> Case:
    name, text = _pick_view(rng)
    steps = []
    for _ in range(rng.randint(1, 2)):
        text, step = _markup_edit(rng, text)
        steps.append(step)
    return Case("art-markup", f"{name}: " + "; ".join(steps), art={name: text.encode("utf-8", "surrogatepass")})


def mutate_art_truncate(rng: Rng) -> Case:
    name = rng.choice(VIEWS)
    raw, how = _truncate(rng, real_art(name))
    return Case("art-truncate", f"{name}: {how}", art={name: raw})


def mutate_art_bytes(rng: Rng) -> Case:
    name = rng.choice(VIEWS)
    raw, how = _byte_edits(rng, real_art(name)) if rng.random() < 0.8 else _encoding(rng, real_art(name))
    return Case("art-bytes", f"{name}: {how}", art={name: raw})


MUTATORS: dict[str, Callable[[Rng], Case]] = {
    "data-structure": mutate_data_structure,
    "data-lines": mutate_data_lines,
    "data-truncate": mutate_data_truncate,
    "data-bytes": mutate_data_bytes,
    "data-encoding": mutate_data_encoding,
    "art-path": mutate_art_path,
    "art-markup": mutate_art_markup,
    "art-truncate": mutate_art_truncate,
    "art-bytes": mutate_art_bytes,
}
FAMILIES = [*MUTATORS, "cache"]


# -- running a case and judging the outcome ------------------------------------------------------------

@contextlib.contextmanager
def environment(**values: str | None) -> Iterator[None]:
    """Set (or, with None, remove) environment variables for the duration of a block."""
    saved = {k: os.environ.get(k) for k in values}
    try:
        for k, v in values.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def run_case(case: Case, folder: Path) -> tuple[Path, Path, LoadedAtlas | AtlasError]:
    """Write the case under ``folder`` and load it: the atlas or the AtlasError; anything else propagates."""
    data_file, art_dir = case.write(folder)
    try:
        return data_file, art_dir, load(data_file, art_dir)
    except AtlasError as exc:
        return data_file, art_dir, exc


_UNSHOWABLE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def message_complaints(error: AtlasError, *files: Path) -> list[str]:
    """What is wrong with an AtlasError's message: it must be non-empty, name one of ``files``, and be
    printable (no control characters but the newline between problems, no lone surrogates, no line
    longer than 500 characters)."""
    text = str(error)
    out = []
    if not text.strip():
        out.append("empty message")
    if not any(str(f) in text for f in files):
        out.append(f"names none of the files: {short(text, 120)}")
    bad = _UNSHOWABLE.search(text)
    if bad:
        out.append(f"unprintable character {bad.group()!r} in {short(text, 120)}")
    long_line = max(map(len, text.splitlines()), default=0)
    if long_line > 500:
        out.append(f"a line of {long_line:,} characters")
    return out


def run_cli(argv: list[str], data_file: Path, art_dir: Path) -> tuple[int, str, str]:
    """``fasciamap.cli.main(argv)`` in-process on these files: exit status, stdout, stderr."""
    from fasciamap.cli import main

    out, err = io.StringIO(), io.StringIO()
    with environment(FASCIAMAP_DATA=str(data_file), FASCIAMAP_ART_DIR=str(art_dir)), \
            contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(argv)
    return status, out.getvalue(), err.getvalue()


def cli_complaints(rng: Rng, loaded: LoadedAtlas, data_file: Path, art_dir: Path) -> list[str]:
    """Run ``regions --json``, ``connections NODE --json``, ``find NAME --json``, ``path A B``, ``lines
    --json``, ``line NAME --json`` and ``zones --json`` on an accepted atlas (names include the everyday ones, which may
    be the mutated strings themselves)."""
    nodes = list(loaded.atlas.structures) or ["erector_spinae"]
    names = [n for s in loaded.atlas.structures.values() for n in (s.name, *s.aliases)] or ["QL"]
    lines = [n for line in loaded.atlas.lines.values() for n in (line.id, line.name)] or ["spiral line"]
    commands = [["regions", "--json"], ["connections", rng.choice(nodes), "--json"],
                ["find", rng.choice(names), "--json"], ["path", rng.choice(nodes), rng.choice(nodes)],
                ["lines", "--json"], ["line", rng.choice(lines), "--side", rng.choice(["left", "right"]), "--json"],
                ["zones", "--json"]]
    out = []
    for argv in commands:
        status, stdout, _ = run_cli(argv, data_file, art_dir)
        if status not in (0, 1, 2):
            out.append(f"{short(argv, 60)} exited {status}")
        if "--json" in argv:
            try:
                json.loads(stdout)
            except ValueError:
                out.append(f"{short(argv, 60)} printed no JSON: {short(stdout, 80)}")
    return out


# -- the cache ----------------------------------------------------------------------------------------

def _garbage_value(rng: Rng, depth: int = 0) -> Any:
    kind = rng.choice(["tuple", "list", "dict", "none", "str", "bytes", "float", "int", "bool", "set"])
    if kind in ("tuple", "list", "dict", "set") and depth < 4:
        items = [_garbage_value(rng, depth + 1) for _ in range(rng.randint(0, 5))]
        if kind == "tuple":
            return tuple(items)
        if kind == "list":
            return items
        if kind == "set":
            return frozenset(i for i in items if hash_ok(i))
        return {(str(i) if not isinstance(i, (str, int)) else i): _garbage_value(rng, depth + 1) for i in items}
    return rng.choice([None, "", "M", "muscle", "x" * 100, b"", b"\x00", 0.0, 1.5, float("nan"), float("inf"),
                       -0.0, 0, 1, 2, -1, True, False, (), [], {}])


def hash_ok(value: Any) -> bool:
    try:
        hash(value)
        return True
    except TypeError:
        return False


def _break_shape(rng: Rng, value: Any) -> tuple[Any, str]:
    """The real cached value with one thing of the wrong type or arity (never a same-shape change)."""
    if isinstance(value, (tuple, list)) and value and rng.random() < 0.75:
        i = rng.randrange(len(value))
        inner, how = _break_shape(rng, value[i])
        items = list(value)
        items[i] = inner
        return (tuple(items) if type(value) is tuple else items), f"[{i}]{how}"
    if isinstance(value, dict) and value and rng.random() < 0.75:  # the zones: id -> outline
        key = rng.choice(sorted(value))
        inner, how = _break_shape(rng, value[key])
        return {**value, key: inner}, f"[{key!r}]{how}"
    options: list[tuple[Any, str]] = [(None, "=None"), (b"x", "=bytes")]
    if type(value) is tuple:  # every cached tuple holds tuples, floats or strings: None is never in place
        options += [(list(value), "->list"), (value + (None,), "+None")]
    elif type(value) is list:
        options += [(tuple(value), "->tuple"), (value + [None], "+None")]
    elif type(value) is float:
        options += [(0, "->int"), (str(value), "->str")]
    elif type(value) is str:
        options += [(value.encode(), "->bytes"), (len(value), "->int")]
    elif value is True:
        options += [(1, "->1"), (False, "->False")]
    return rng.choice(options)


def _sealed(header: bytes, payload: bytes) -> bytes:
    """``payload`` with a valid checksum header, if the cache writes one (so the shape check is reached)."""
    import hashlib

    return header + hashlib.sha256(payload).digest() + payload if header else payload


def corrupt_entry(rng: Rng, raw: bytes) -> tuple[bytes, str]:
    """New bytes for one cache entry: random, truncated, or a marshalled value of the wrong shape
    (sealed with a valid checksum when entries carry one, "FMC<n>" + SHA-256, so that it is read)."""
    header = raw[:4] if raw[:3] == b"FMC" else b""
    fmt, kind, value = marshal.loads(raw[len(header) + 32:] if header else raw)
    how = rng.choice(["random", "truncate", "garbage", "garbage-in-envelope", "broken-shape", "envelope", "empty"])
    if how == "random":
        n = rng.choice([1, 5, 16, 100, 4096])
        return _bulk_bytes(rng, n), f"{n} random bytes"
    if how == "truncate":
        cut = rng.randrange(len(raw))
        return raw[:cut], f"truncated at {cut:,} of {len(raw):,}"
    if how == "empty":
        return b"", "empty"
    if how == "garbage":
        value = _garbage_value(rng)
        return _sealed(header, marshal.dumps(value)), f"marshal {short(value, 50)}"
    if how == "garbage-in-envelope":
        value = _garbage_value(rng)
        return _sealed(header, marshal.dumps((fmt, rng.choice([kind, "svg", "schema", "zones"]), value))), f"({fmt}, {kind!r}, {short(value, 40)})"
    if how == "broken-shape":
        broken, where = _break_shape(rng, value)
        return _sealed(header, marshal.dumps((fmt, kind, broken))), f"real value with {where}"
    envelope = rng.choice([(fmt + 1, kind, value), (fmt - 1, kind, value), (fmt, "other", value), [fmt, kind, value],
                           (fmt, kind), (fmt, kind, value, None), (fmt, "svg" if kind == "schema" else "schema", value)])
    return _sealed(header, marshal.dumps(envelope)), f"envelope {short(envelope, 40)}"


class _CacheLog(logging.Handler):
    """Collects the exceptions that the cache logs as 'ignored', to tell a memory blow-up from garbage."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.exceptions: list[BaseException] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.exceptions += [a for a in (record.args or ()) if isinstance(a, BaseException)]  # type: ignore[union-attr]


@contextlib.contextmanager
def memory_limit(extra_mib: int | None) -> Iterator[None]:
    """Cap the address space at its current size plus ``extra_mib`` (None: no cap) for a block, so that
    a case that tries to allocate gigabytes fails with MemoryError instead of taking the machine down."""
    if not extra_mib or not hasattr(resource, "RLIMIT_AS"):
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as statm:
        size = int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    cap = size + extra_mib * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def same_atlas(a: LoadedAtlas, b: LoadedAtlas) -> bool:
    """The same data and the same drawing (wherever the files were read from)."""

    def drawing(view):
        return (view.view, view.view_box, view.silhouette, view.structures, view.decor, view.labels)

    return a.atlas == b.atlas and set(a.views) == set(b.views) and all(
        drawing(a.views[k]) == drawing(b.views[k]) for k in a.views)


def _zones_of(loaded: LoadedAtlas, art_dir: Path) -> Any:
    from fasciamap.atlas.zones import load_zone_map

    return load_zone_map(loaded.atlas, art_dir)


@lru_cache(maxsize=1)
def _first_load() -> tuple[LoadedAtlas, Any, dict[str, bytes]]:
    """The real atlas and its pain zones loaded once into an empty cache, and the entries written."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        data_file, art_dir = Case("cache", "").write(Path(folder))
        cache = Path(folder) / "cache"
        with environment(FASCIAMAP_CACHE_DIR=str(cache)):
            loaded = load(data_file, art_dir)
            dict(loaded.views)  # every view parsed now, while the files exist
            zones = _zones_of(loaded, art_dir)
        return loaded, zones, {p.name: p.read_bytes() for p in cache.glob("*.bin")}


def run_cache_case(rng: Rng, folder: Path, memory_mib: int | None = 1024,
                   corrupt: Callable[[Rng, bytes], tuple[bytes, str]] | None = None) -> tuple[str, list[str]]:
    """Load the real atlas once with a cache in ``folder``, corrupt every entry, load again (twice: the
    second load reads the rewritten entries). Returns what was done and what went wrong; a load that
    raises propagates (the cache must never make the good bundled files fail)."""
    cache = folder / "cache"
    data_file, art_dir = Case("cache", "").write(folder)
    steps: list[str] = []
    out: list[str] = []
    logger = logging.getLogger("fasciamap.atlas.cache")
    log = _CacheLog()
    first, first_zones, warm = _first_load()
    cache.mkdir(parents=True, exist_ok=True)
    for name, raw in warm.items():  # the entries a first start writes (made once per process)
        (cache / name).write_bytes(raw)
    with environment(FASCIAMAP_CACHE_DIR=str(cache)):
        entries = sorted(cache.glob("*.bin"))
        zone_parses = len({(v.zones, v.mirror) for v in first.atlas.views.values() if v.zones})
        expected = 2 + len(VIEWS) + sum(v.mirror for v in first.atlas.views.values()) + zone_parses
        if len(entries) != expected:
            out.append(f"expected {expected} cache entries, found {len(entries)}")
        for entry in entries:
            raw, how = (corrupt or corrupt_entry)(rng, entry.read_bytes())
            entry.write_bytes(raw)
            steps.append(f"{entry.name.split('-')[0]}: {how}")
        logger.addHandler(log)
        try:
            with memory_limit(memory_mib):
                second = load(data_file, art_dir)
                second_zones = _zones_of(second, art_dir)
            third = load(data_file, art_dir)
            third_zones = _zones_of(third, art_dir)
        finally:
            logger.removeHandler(log)
    if not same_atlas(first, second):
        out.append("after corrupting the cache the atlas differs from the first load")
    if not same_atlas(first, third):
        out.append("after the cache was rewritten the atlas differs from the first load")
    if second_zones != first_zones or third_zones != first_zones:
        out.append("after corrupting the cache the pain zones differ from the first load")
    if any(isinstance(e, MemoryError) for e in log.exceptions):
        out.append(f"reading a corrupt entry ran out of memory (over {memory_mib} MiB; the cache swallowed the MemoryError)")
    return "; ".join(steps), out

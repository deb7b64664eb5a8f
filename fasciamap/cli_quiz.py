"""``fasciamap quiz``: questions generated from the atlas, with their answers, for teachers who build
their own tests."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .atlas import LoadedAtlas
from .atlas.lines import find_line
from .atlas.quiz import KINDS, QuestionBank

EXIT_OK, EXIT_NOT_FOUND, EXIT_BAD_INPUT = 0, 1, 2


def _count(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
    if not 1 <= n <= 500:
        raise argparse.ArgumentTypeError("the count must be between 1 and 500")
    return n


def _seed(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("quiz", help="quiz questions generated from the atlas, with their answers and sources")
    p.add_argument("--region", metavar="R", help="only about one part of the body (back, hip, head_neck, ...)")
    p.add_argument("--kind", choices=list(KINDS), help="only one kind of question")
    p.add_argument("--line", metavar="ID", help="only about one myofascial line (id or name)")
    p.add_argument("--count", type=_count, default=10, metavar="N", help="how many questions (1-500)")
    p.add_argument("--seed", type=_seed, metavar="S", help="the same seed gives the same quiz")
    p.add_argument("--json", action="store_true", help="JSON on stdout")


def cmd_quiz(loaded: LoadedAtlas, args: argparse.Namespace, print_json: Any) -> int:
    atlas = loaded.atlas
    regions = sorted({s.region for s in atlas.structures.values()})
    if args.region is not None and args.region not in regions:
        message = f"fasciamap: no region {args.region[:40]!r} (choose from: {', '.join(regions)})"
        print(message, file=sys.stderr)
        if args.json:
            print_json({"error": {"kind": "unknown_region", "message": message, "regions": regions}})
        return EXIT_BAD_INPUT
    line = find_line(atlas, args.line).id if args.line else None
    questions = QuestionBank(atlas).select(region=args.region, kind=args.kind, line=line, count=args.count,
                                           seed=args.seed)
    if args.json:
        print_json([{"id": q.id, "kind": q.kind, "prompt": q.prompt, "choices": list(q.choices), "answer": q.answer,
                     "explanation": q.explanation, "sources": list(q.sources),
                     "locators": dict(q.locators), "region": q.region}
                    for q in questions])
        return EXIT_OK if questions else EXIT_NOT_FOUND
    if not questions:
        print("No questions match.", file=sys.stderr)
        return EXIT_NOT_FOUND
    for n, q in enumerate(questions, 1):
        print(f"{n}. {q.prompt}")
        for letter, choice in zip("abcd", q.choices):
            print(f"   {letter}) {choice}")
        right = "abcd"[q.choices.index(q.answer)]
        print(f"   Answer: {right}) {q.answer}. {q.explanation}")
        cited = (atlas.sources[s].citation().split(". ")[0] + (f", {q.locator(s)}" if q.locator(s) else "")
                 for s in q.sources)
        print(f"   Sources: {'; '.join(cited)}\n")
    return EXIT_OK

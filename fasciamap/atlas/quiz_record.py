"""What a learner has done in the quizzes, remembered between runs in one small JSON file.

Written whole to a temporary file beside it and moved into place, so a crash mid-write leaves the
last good record. A damaged record never stops a quiz: it is set aside as ``….damaged`` (nothing is
lost) with a message naming the file and the problem, and the learner starts afresh.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .errors import AtlasError, printable
from .reading import parse_json, read_bytes

log = logging.getLogger(__name__)
MAX_RECORD_BYTES = 256 * 1024  # a full record is under 20 KiB
MAX_MISSED = 200
MAX_HISTORY = 50
VERSION = 1


def record_file() -> Path:
    """``FASCIAMAP_QUIZ_PROGRESS`` (a file path), else ``quiz-progress.json`` in the user's data folder."""
    if os.environ.get("FASCIAMAP_QUIZ_PROGRESS"):
        return Path(os.environ["FASCIAMAP_QUIZ_PROGRESS"])
    from platformdirs import user_data_dir

    return Path(user_data_dir("FasciaMap", appauthor=False)) / "quiz-progress.json"


@dataclass
class QuizRecord:
    path: Path
    kinds: dict[str, list[int]] = field(default_factory=dict)  # kind -> [answered, right]
    missed: list[str] = field(default_factory=list)  # question ids, the latest last
    history: list[dict[str, Any]] = field(default_factory=list)  # {"date", "right", "of", "scope"}
    problem: str = ""  # what was wrong with the file, to show once

    @classmethod
    def load(cls, path: Path | None = None) -> QuizRecord:
        path = path or record_file()
        record = cls(path)
        if not os.path.lexists(path):
            return record
        try:
            data = parse_json(read_bytes(path, limit=MAX_RECORD_BYTES, what="quiz progress file"), path)
            record._take(data)
        except AtlasError as exc:
            record._set_aside(str(exc))
        except _Unusable as exc:
            record._set_aside(f"{path}: {exc}")
        return record

    def _take(self, data: Any) -> None:
        if not isinstance(data, dict) or data.get("version") != VERSION:
            raise _Unusable("not a quiz progress record of this version of FasciaMap")
        kinds, missed, history = data.get("kinds", {}), data.get("missed", []), data.get("history", [])
        if not (isinstance(kinds, dict) and all(isinstance(k, str) and isinstance(v, list) and len(v) == 2
                                                 and all(isinstance(n, int) and 0 <= n < 10**9 for n in v)
                                                 and v[1] <= v[0] for k, v in kinds.items())):
            raise _Unusable("'kinds' must map each kind to [answered, right]")
        if not (isinstance(missed, list) and all(isinstance(q, str) and len(q) < 400 for q in missed)):
            raise _Unusable("'missed' must be a list of question ids")
        if not (isinstance(history, list) and all(
                isinstance(h, dict) and isinstance(h.get("right"), int) and isinstance(h.get("of"), int)
                and 0 <= h["right"] <= h["of"] < 10**6 and isinstance(h.get("date", ""), str)
                and isinstance(h.get("scope", ""), str) for h in history)):
            raise _Unusable("'history' must be a list of {date, right, of, scope}")
        self.kinds = {k: list(v) for k, v in kinds.items()}
        self.missed = missed[-MAX_MISSED:]
        self.history = [{"date": printable(h.get("date", ""), 20), "right": h["right"], "of": h["of"],
                         "scope": printable(h.get("scope", ""), 120)} for h in history[-MAX_HISTORY:]]

    def _set_aside(self, why: str) -> None:
        aside = self.path.with_name(self.path.name + ".damaged")
        try:
            os.replace(self.path, aside)
            kept = f"it is kept as {aside}"
        except OSError as exc:
            kept = f"it could not be set aside ({exc.strerror or exc}), so it is left as it was"
        self.problem = f"Your quiz progress could not be read and starts afresh: {why}; {kept}."
        log.warning("%s", self.problem)

    # -- changes ----------------------------------------------------------------------------------
    def answered(self, question_id: str, kind: str, right: bool) -> None:
        counts = self.kinds.setdefault(kind, [0, 0])
        counts[0] += 1
        counts[1] += int(right)
        if question_id in self.missed:
            self.missed.remove(question_id)
        if not right:
            self.missed = [*self.missed, question_id][-MAX_MISSED:]

    def finished(self, right: int, of: int, scope: str) -> None:
        self.history = [*self.history, {"date": date.today().isoformat(), "right": right, "of": of,
                                        "scope": scope}][-MAX_HISTORY:]

    def totals(self) -> tuple[int, int]:
        return sum(v[0] for v in self.kinds.values()), sum(v[1] for v in self.kinds.values())

    def save(self) -> str:
        """Write the record atomically; "" when done, else what went wrong (the old file is untouched)."""
        data = {"version": VERSION, "kinds": self.kinds, "missed": self.missed, "history": self.history}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".quiz-progress-", suffix=".tmp", dir=self.path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as out:
                    json.dump(data, out, indent=1)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(temp, self.path)
            except BaseException:
                os.unlink(temp)
                raise
        except OSError as exc:
            message = f"Your quiz progress could not be saved to {self.path}: {exc.strerror or exc}"
            log.warning("%s", message)
            return message
        return ""


class _Unusable(ValueError):
    """Parsed, but not a record this version wrote."""

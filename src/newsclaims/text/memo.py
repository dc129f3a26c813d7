"""A bounded memo for what is worked out about words and names, which recur from article to article."""

from __future__ import annotations

from typing import Any, Callable, Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")

__all__ = ["Memo"]


class Memo(dict[K, V], Generic[K, V]):
    """``memo[key]`` is ``work(key)``, worked out once while it keeps being asked for.

    A hit is a plain dict look-up (the miss path is ``__missing__``). Memory
    stays bounded however many articles stream through: when ``limit`` keys
    are held, they become the old generation and a new one starts; a key
    asked for again moves over, and what nobody asked for since goes with
    the next turn. So the peak is about ``2 * limit`` entries, while what the
    text keeps using stays at hand (emptying the whole memo instead would
    work every common word out again).
    """

    def __init__(self, work: Callable[[K], V], limit: int = 1 << 13):
        super().__init__()
        self.work = work
        self.limit = limit
        self.old: dict[K, V] = {}

    def __missing__(self, key: K) -> V:
        old = self.old
        value = old[key] if key in old else self.work(key)
        if len(self) >= self.limit:
            self.old = dict(self)
            self.clear()
        self[key] = value
        return value

    def forget(self) -> None:
        """Drop both generations."""
        self.clear()
        self.old = {}

    def __reduce__(self) -> tuple[Any, ...]:
        return (Memo, (self.work, self.limit))  # a copy starts empty

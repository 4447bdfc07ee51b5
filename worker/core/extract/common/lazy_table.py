"""A dict built on first use: tables read from packages cost nothing until a rule asks for them."""

from collections.abc import Callable, Iterator, Mapping


class LazyTable(Mapping[str, str]):
    """Read like a dict; ``build`` (cached by its caller) runs on the first lookup."""

    def __init__(self, build: Callable[[], dict[str, str]]) -> None:
        self._build = build

    def __getitem__(self, key: str) -> str:
        return self._build()[key]

    def __contains__(self, key: object) -> bool:
        return key in self._build()

    def __iter__(self) -> Iterator[str]:
        return iter(self._build())

    def __len__(self) -> int:
        return len(self._build())

"""Every exception the project defines has one root, ``WireEnrichError``."""

import importlib
import inspect
import pkgutil

import worker
from worker.errors import WireEnrichError


def _project_exceptions() -> list[type[BaseException]]:
    found = []
    for info in pkgutil.walk_packages(worker.__path__, "worker."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, BaseException) and value.__module__ == info.name:
                found.append(value)
    return found


def test_every_project_exception_derives_from_the_project_root() -> None:
    found = _project_exceptions()
    assert len(found) >= 8, f"expected the project's exceptions, found {found}"
    strays = [f"{e.__module__}.{e.__qualname__}" for e in found if not issubclass(e, WireEnrichError)]
    assert not strays, f"derive these from worker.errors.WireEnrichError: {strays}"


def test_project_errors_keep_their_builtin_bases_for_existing_handlers() -> None:
    from worker.core.nlp import ModelNotFound
    from worker.runtime.publish import PublishFailed

    assert issubclass(ModelNotFound, LookupError) and issubclass(PublishFailed, RuntimeError)

"""The only modules that touch third-party internals.

* ``pith.adapters.readability``: readability-lxml's ``Document`` (its parse hook, the summary
  call) and its title helpers.
* ``pith.adapters.sumy``: sumy's document model, its summarisers and their private base
  class, its stemmers and stop-word lists.
* ``pith.adapters.waitress``: waitress's channel, parser and server maintenance, for the
  guards ``pith serve`` adds (slow requests, a drained 413, JSON errors).
* ``pith.adapters.threads``: threadpoolctl, and the environment variables the maths
  libraries read, to keep their thread pools to one thread in ``pith serve`` and
  ``pith batch`` (Pith runs pages in parallel; a page gains nothing from more threads).

pyproject.toml bounds these libraries above; ``check()`` in each adapter says, in one clear
message, which internal a new release moved (tests/test_adapters.py calls it).
"""


class LibraryChanged(RuntimeError):
    """An internal of a third-party library that Pith relies on is missing or changed."""

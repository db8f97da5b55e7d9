"""Tasks for the batch engines' own tests, importable by their worker processes.

The engines run any function; these stand in for pages that misbehave in ways a real page
cannot be made to on demand: a stage that never returns, a worker killed from outside.
"""

from __future__ import annotations

import os
import signal
import time


def work(item: str):
    """``"hang"`` never returns, ``"hog"`` asks for 4 GiB, ``"die"`` kills its own process;
    anything else comes back with the worker's pid."""
    if item == "hang":
        while True:
            time.sleep(1)
    if item == "hog":
        return len(bytearray(4 * 1024**3))
    if item == "die":
        os.kill(os.getpid(), signal.SIGKILL)
    return {"item": item, "pid": os.getpid()}

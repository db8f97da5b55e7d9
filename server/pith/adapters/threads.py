"""The maths libraries' thread pools, kept to one thread in the processes Pith owns.

numpy's OpenBLAS starts a thread per core and the ranker's small matrix products spread over
them: one page then keeps about 1.3 cores busy for the time of one (spinning threads, no
gain; measured on `pith batch`: 51.8 CPU s against 36.3 s for the same 1,200 pages, wall time
no shorter). Pith's parallelism is across pages (the service's worker processes, the batch
workers), so a second thread per page only takes a core from another page. Applied by the
commands that run Pith as a program (``pith serve``, ``pith batch``); a program that imports
``pith`` as a library keeps its own settings.

threadpoolctl (from the joblib and scikit-learn maintainers) limits the libraries already
loaded in this process; the environment variables reach the worker processes started later,
before they load numpy.
"""

from __future__ import annotations

import os

# Read by OpenBLAS, MKL, BLIS and OpenMP as they start.
_VARIABLES = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS",
              "BLIS_NUM_THREADS", "VECLIB_MAXIMUM_THREADS", "NUMEXPR_NUM_THREADS")


def one_thread_per_process() -> None:
    """Limit the maths thread pools to one thread here and in child processes started from
    now on; a limit the user set in the environment is kept for children."""
    for name in _VARIABLES:
        os.environ.setdefault(name, "1")
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)

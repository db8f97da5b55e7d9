"""``python -m pith``: the ``pith`` command."""

import sys

from .cli import main

sys.exit(main())

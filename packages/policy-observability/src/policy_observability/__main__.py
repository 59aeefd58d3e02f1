"""``python -m policy_observability`` runs the ``policy-obs`` command."""

import sys

from policy_observability._cli import main

sys.exit(main())

"""`python -m kaizen_board`: the same program as `kaizen-board`."""

import sys

from kaizen_board.app import main

sys.exit(main())

"""Launch Kaizen Board from a source checkout: `python main.py [ARGS]`."""

import sys

from kaizen_board.app import main

if __name__ == "__main__":
    sys.exit(main())

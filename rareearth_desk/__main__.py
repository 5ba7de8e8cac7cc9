"""``python -m rareearth_desk`` runs the command line (no subcommand opens the window)."""

import sys

from rareearth_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())

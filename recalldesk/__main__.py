import sys

from recalldesk.cli import main

sys.exit(main())

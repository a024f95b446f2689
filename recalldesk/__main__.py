import multiprocessing
import sys

from recalldesk.cli import main

if __name__ == "__main__":  # not in a spawned worker, which imports this module too
    # The voter file import reads a county file in a second process (spawned): a frozen
    # app must let that process start as the worker, not as a second app.
    multiprocessing.freeze_support()
    sys.exit(main())

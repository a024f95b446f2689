"""RecallDesk: offline data entry, sync and projection for recall petition drives."""

__version__ = "0.1.0"
APP_NAME = "RecallDesk"

"""RecallDesk: offline data entry, sync and projection for recall petition drives."""

__version__ = "0.2.0"
APP_NAME = "RecallDesk"

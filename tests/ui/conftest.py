"""The sync world (two offices and central) for the sync and merge screens."""

from tests.sync_world import world, world_template  # noqa: F401

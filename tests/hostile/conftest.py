"""The sync world (two offices and central) for the hostile-file tests."""

from tests.sync_world import world, world_template  # noqa: F401

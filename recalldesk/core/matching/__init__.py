"""Finding people who signed twice: normalized records, blocking keys, pair scores, groups.

Pure Python (with rapidfuzz and jellyfish): the store keeps the keys and the
groups, :mod:`recalldesk.ops.dedupe` runs it, the keying view asks it about one
line as it is accepted.
"""

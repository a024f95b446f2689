"""SQLite settings for a big merge, applied for its duration and then restored.

Measured with tests/perf/bench_merge.py on 900k lines in 60 packets (2-core
VM, other work running, so ±10%):

* first merge into an empty master (line indexes deferred, see
  sync_apply.MergeSession): 32 MB cache 52 s, 64 MB 49 s, 128 MB 51 s,
  256 MB 49 s — flat; peak RSS 188, 214, 282, 418 MB.
* the last 150k lines into a master holding 750k (indexes maintained line by
  line): 64 MB 8.6 s, 128 MB 7.5 s, 256 MB 7.7 s.

So 128 MB: enough for the indexes a merge touches at county scale, and the
process stays well under 400 MB. Temp tables (the staging) live in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from recalldesk.store.connection import Database
from recalldesk.store.errors import translate_errors

MERGE_CACHE_KIB = 131_072  # 128 MB (see above)


@contextmanager
def merge_settings(db: Database, cache_kib: int | None = None) -> Iterator[None]:
    """A larger page cache and in-memory temp tables (staging) while merging."""
    cache_kib = MERGE_CACHE_KIB if cache_kib is None else cache_kib
    conn = db.conn
    with translate_errors(str(db.path)):
        old_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
        old_temp = conn.execute("PRAGMA temp_store").fetchone()[0]
        conn.execute(f"PRAGMA cache_size = -{int(cache_kib)}")
        conn.execute("PRAGMA temp_store = MEMORY")
    try:
        yield
    finally:
        with translate_errors(str(db.path)):
            conn.execute(f"PRAGMA cache_size = {int(old_cache)}")
            conn.execute(f"PRAGMA temp_store = {int(old_temp)}")

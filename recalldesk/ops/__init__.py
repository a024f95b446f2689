"""The operations layer: every user-visible action, once, for the app and the CLI.

An operation takes the :class:`~recalldesk.core.records.Actor` doing it,
checks what that actor may do (:class:`~recalldesk.ops.base.Permission`),
runs in one transaction (long work in declared steps, each atomic), lets
storage errors through already sorted (``store.errors``: the environment's
fault, worded for the user; anything else is our bug) and returns a
:class:`~recalldesk.ops.base.Done`: its result plus the :class:`Changes` the
windows use to decide what to redraw (Anki's ``CollectionOp``/``OpChanges``).

Layers: ``ui`` and ``cli`` call ``ops``; ``ops`` calls ``store`` (the only SQL)
and ``exchange`` (the only workbooks); all of them use ``core``. Nothing below
``ops`` imports it.
"""

"""The built-in generic extractors, each a plugin module registered exactly like an external one.

These modules only bind the hooks; the work is done in :mod:`newsclaims.text` and
:mod:`newsclaims.metrics`, which hold no hook implementation, so that they can be
compiled (see ``docs/scale.md``) while pluggy reads these plain functions.
"""

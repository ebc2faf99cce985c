"""Conflict-news dashboard: articles in, sourced and geocoded records out.

The flow, one plain function call per arrow (see README.md)::

    files/upload -> documents -> extract -> gazetteer -> events -> store -> filters -> charts -> pages

Nothing heavy is imported here: ``import dashboard`` stays cheap so the command line and
the tests start fast. Import the submodules you need.
"""
__version__ = "0.1.0"

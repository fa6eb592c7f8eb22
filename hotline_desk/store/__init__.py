"""Persistence: SQLAlchemy 2 models, engines, migrations and queries.

The only package that knows SQL. Nothing is connected at import time;
``open_database`` builds everything.
"""

"""PySide6 windows. Imports services and domain; nothing imports gui."""

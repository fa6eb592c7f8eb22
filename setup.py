"""Copies the top-level ui/, resources/ and db/ folders into the wheel.

The project keeps them beside the package in the checkout; an installed
wheel must carry them too. They land in ``hotline_desk/_bundled/`` where
``hotline_desk.paths`` looks first.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BUNDLED = ("ui", "resources", "db")


class BuildPyWithBundledData(build_py):
    def run(self) -> None:
        super().run()
        root = Path(__file__).resolve().parent
        target = Path(self.build_lib) / "hotline_desk" / "_bundled"
        for name in BUNDLED:
            source = root / name
            if source.is_dir():
                shutil.copytree(
                    source,
                    target / name,
                    dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"),
                )


setup(cmdclass={"build_py": BuildPyWithBundledData})

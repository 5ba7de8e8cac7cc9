"""Version of a source tree or frozen bundle that has no package metadata.

Kept equal to ``project.version`` in pyproject.toml; tests/test_packaging.py checks it.
"""

VERSION = "0.1.0"

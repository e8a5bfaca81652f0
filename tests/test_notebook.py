"""The example notebook runs top to bottom (its cells assert the report's printed figures)."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

EXAMPLES = Path(__file__).parent.parent / "examples"


class TestSeedNotebook:
    def test_runs(self):
        """Every cell of examples/seed-notebook.ipynb runs without error, figures included."""
        notebook = nbformat.read(EXAMPLES / "seed-notebook.ipynb", as_version=4)
        client = nbclient.NotebookClient(
            notebook,
            timeout=60,
            kernel_name="python3",
            resources={"metadata": {"path": str(EXAMPLES)}},
        )
        client.execute()
        outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
        assert [] == [o for o in outputs if o.output_type == "error"]
        assert 2 == sum("image/png" in o.get("data", {}) for o in outputs)
        # Four tables of Tabel 4 and III.11, the report's indicator rows, one Finding.
        assert 6 == sum("text/html" in o.get("data", {}) for o in outputs)

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
        # Capaian and penyerapan of the Dumai report; penyerapan per pemda and per urusan.
        assert 4 == sum("image/png" in o.get("data", {}) for o in outputs)
        # Tabel 4, its working, Tabel III.11 and its lines, the report's indicator rows,
        # one Finding, the ledger's coverage per table, its root causes, the consequences
        # of the mean of ratios and the ranked pemda; frames with Decimals shown rounded.
        html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
        assert 10 == len(html)
        assert any("MEAN_OF_RATIOS" in text and "91,68" in text for text in html)
        assert any("<td style='text-align:right'>104,44</td>" in text for text in html)
        assert any("<td style='text-align:right'>45.195.966.217,00</td>" in text for text in html)

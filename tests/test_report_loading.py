"""Hostile report files (issue 13): every one a clean `ReportError`, never a traceback.

Deep nesting, long integers, lone surrogates, devices and FIFOs, parent cycles and wrong
ancestry at every level of the budget, and unknown ids.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from pathlib import Path

import pytest

from akip import _loading, report
from akip.exceptions import ReportError, UnknownId

MINIMAL = Path(__file__).parent.parent / "examples" / "minimal.toml"
DUMAI = Path(__file__).parent.parent / "examples" / "dumai-2024.toml"

HEAD = """
schema_version = 1
[report]
agency = "Badan Contoh"
year = 2024
[[places]]
id = "T"
"""


def _budget(*lines: tuple[str, str, str | None]) -> str:
    """A report with budget lines (id, level, parent)."""
    parts = [HEAD]
    for line_id, level, parent in lines:
        parts.append(f'[[budget]]\nid = "{line_id}"\nlevel = "{level}"\nname = "{line_id}"\n')
        if parent is not None:
            parts.append(f'parent = "{parent}"\n')
    return "".join(parts)


class TestLimits:
    def test_cap_is_512_mib(self):
        """The cap is 512 MiB: a report of 10^6 budget lines fits.

        The benchmark's generated report of 10^5 lines and 10^4 indicators (the Dumai
        example's shape) takes 43,181,798 bytes as JSON: ten times that, 431.8 MB, is
        under 512 · 2^20 = 536,870,912 bytes with a fifth to spare.
        """
        assert 512 * 1024 * 1024 == report.MAX_BYTES
        assert 10 * 43_181_798 < report.MAX_BYTES

    def test_file_is_read_to_its_end_past_its_reported_size(self, tmp_path):
        """A regular file is read whole (its size, then to the end) and nothing more."""
        path = tmp_path / "x.toml"
        path.write_bytes(b"#" * 5000)
        assert b"#" * 5000 == _loading.read_bounded(str(path), 5000)
        with pytest.raises(ReportError, match="over the limit of 4999 bytes"):
            _loading.read_bounded(str(path), 4999)

    def test_growing_input_is_read_in_pieces_up_to_the_cap(self, tmp_path, monkeypatch):
        """Past its reported size (0 for a device) input is read in pieces, to the cap."""
        monkeypatch.setattr(_loading, "_PIECE", 7)
        link = tmp_path / "zero.toml"
        link.symlink_to("/dev/zero")
        with pytest.raises(ReportError, match="over the limit of 100 bytes"):
            _loading.read_bounded(str(link), 100)
        fifo = tmp_path / "short.toml"
        os.mkfifo(fifo)

        def feed() -> None:
            with fifo.open("wb") as stream:
                stream.write(b"a = 1\n" * 10)

        writer = threading.Thread(target=feed)
        writer.start()
        assert b"a = 1\n" * 10 == _loading.read_bounded(str(fifo), 100)
        writer.join()

    @pytest.mark.parametrize("kind", ["toml", "json"])
    def test_deep_nesting_refused_before_parsing(self, kind):
        """Arrays nested 100.000 deep are refused by the depth check, fast."""
        text = "a = " + "[" * 100_000 if kind == "toml" else "[" * 100_000
        loads = report.loads_toml if kind == "toml" else report.loads_json
        start = time.perf_counter()
        with pytest.raises(ReportError, match=f"nested deeper than {_loading.MAX_DEPTH}"):
            loads(text)
        assert time.perf_counter() - start < 5

    @pytest.mark.parametrize(
        "text",
        [
            "[" + ".".join(["a"] * 100_000) + "]\n",
            ".".join(["a"] * 100_000) + " = 1\n",
            ".".join(['"a"'] * 100_000) + " = 1\n",
        ],
        ids=["table header", "bare key", "quoted key"],
    )
    def test_long_dotted_keys_refused_before_parsing(self, text):
        """A key of 100.000 dotted parts (tomllib takes minutes over it) is refused fast."""
        start = time.perf_counter()
        with pytest.raises(ReportError, match="a key of more than 32 dotted parts"):
            report.loads_toml(text)
        assert time.perf_counter() - start < 5

    def test_dots_in_strings_and_short_keys_are_fine(self):
        """Printed figures full of dots and short dotted keys are no long key."""
        text = 'a.b.c = "' + "1." * 100 + '"\n[x.y]\n'
        with pytest.raises(ReportError, match="a: unknown key"):
            report.loads_toml(text)

    def test_nesting_inside_strings_is_not_counted(self):
        """Brackets inside strings and comments are text, not nesting."""
        text = "# " + "[" * 100 + '\nx = "' + "{" * 100 + "\"\ny = '" + "[" * 100 + "'\n"
        with pytest.raises(ReportError, match="x: unknown key"):
            report.loads_toml(text)
        with pytest.raises(ReportError, match="must be a table"):
            report.loads_json('["' + "[" * 100 + '"]')

    def test_depth_within_the_limit_parses(self):
        """Nesting up to MAX_DEPTH reaches the parser (and then the schema check)."""
        text = "[" * _loading.MAX_DEPTH + "]" * _loading.MAX_DEPTH
        with pytest.raises(ReportError, match="must be a table"):
            report.loads_json(text)

    @pytest.mark.parametrize(
        ("loads", "text"),
        [
            (report.loads_toml, "schema_version = 1" + "0" * 5000),
            (report.loads_json, '{"schema_version": 1' + "0" * 5000 + "}"),
        ],
    )
    def test_five_thousand_digit_integer(self, loads, text):
        """An integer of 5.000 digits is a clean error, not Python's int-conversion ValueError."""
        with pytest.raises(ReportError, match="more than 4300 digits"):
            loads(text)

    @pytest.mark.parametrize("loads", [report.loads_toml, report.loads_json])
    def test_lone_surrogate(self, loads):
        """Text with a lone surrogate has no UTF-8 form: refused, naming its position."""
        with pytest.raises(ReportError, match="lone surrogate at character 5"):
            loads('x = "\ud800"')

    def test_dev_zero_is_read_only_up_to_the_cap(self, tmp_path, monkeypatch):
        """/dev/zero reports a size of 0: the bound on bytes read stops it."""
        monkeypatch.setattr(report, "MAX_BYTES", 4096)
        link = tmp_path / "zero.toml"
        link.symlink_to("/dev/zero")
        with pytest.raises(ReportError, match=r"zero\.toml: file is over the limit of 4096"):
            report.load(link)

    def test_fifo_is_read_only_up_to_the_cap(self, tmp_path, monkeypatch):
        """A FIFO fed without end is read up to the cap, then refused."""
        monkeypatch.setattr(report, "MAX_BYTES", 4096)
        fifo = tmp_path / "pipe.toml"
        os.mkfifo(fifo)

        def feed() -> None:
            try:
                with fifo.open("wb") as stream:
                    while True:
                        stream.write(b"#" * 1024)
            except BrokenPipeError:
                pass

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        with pytest.raises(ReportError, match=r"pipe\.toml: file is over the limit"):
            report.load(fifo)
        writer.join(timeout=5)

    def test_a_small_fifo_loads(self, tmp_path):
        """A FIFO holding a whole report under the cap is read like a file."""
        fifo = tmp_path / "small.toml"
        os.mkfifo(fifo)
        text = MINIMAL.read_bytes()

        def feed() -> None:
            with fifo.open("wb") as stream:
                stream.write(text)

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        assert "Badan Contoh Kota Contoh" == report.load(fifo).agency
        writer.join(timeout=5)

    def test_crlf_files_read_as_text(self, tmp_path):
        """Windows line ends are read as text mode read them."""
        crlf = tmp_path / "crlf.toml"
        crlf.write_bytes(MINIMAL.read_bytes().replace(b"\n", b"\r\n"))
        assert report.load(MINIMAL) == report.load(crlf)

    @pytest.mark.parametrize("path", ["r\x00.toml", "\udcff.toml", b"\xff.toml"])
    def test_odd_paths(self, path):
        """A NUL, a lone surrogate or undecodable bytes in a path: an error naming it."""
        with pytest.raises(ReportError):
            report.load(path)


class TestDepthOnFailure:
    @pytest.mark.parametrize("kind", ["toml", "json"])
    def test_too_deep_text_the_parser_reads_is_refused_for_its_depth(self, kind):
        """40 levels parse (JSON, TOML), the schema refuses them: the reason is the depth."""
        text = "a = " + "[" * 40 + "]" * 40 if kind == "toml" else "[" * 40 + "]" * 40
        loads = report.loads_toml if kind == "toml" else report.loads_json
        with pytest.raises(ReportError, match=r"nested deeper than 32 levels .*line 1"):
            loads(text)

    @pytest.mark.parametrize("kind", ["toml", "json"])
    def test_too_deep_text_with_a_syntax_error_is_refused_for_its_depth(self, kind):
        """33 levels and a syntax error after them: the reason is still the depth."""
        text = "a = " + "[" * 33 + "\n!" if kind == "toml" else "[" * 33 + "\n!"
        loads = report.loads_toml if kind == "toml" else report.loads_json
        with pytest.raises(ReportError, match="nested deeper than 32 levels"):
            loads(text)

    def test_nesting_within_the_limit_keeps_the_parser_or_schema_reason(self):
        """32 levels are allowed: the error is the schema's (or the parser's) own."""
        with pytest.raises(ReportError, match="must be a table"):
            report.loads_json("[" * 32 + "]" * 32)
        with pytest.raises(ReportError, match="not valid JSON"):
            report.loads_json("[" * 32 + "!")

    def test_a_line_of_many_dots_outside_a_key_is_no_error(self):
        """32 dots in a string are scanned (they might be a key) and found to be text."""
        text = 'a = "' + "." * 40 + '"\n'
        with pytest.raises(ReportError, match="a: unknown key"):
            report.loads_toml(text)

    def test_a_valid_report_is_never_scanned(self, monkeypatch):
        """A report that parses and passes the schema is not counted at all."""

        def scan(*_: object) -> None:
            raise AssertionError

        monkeypatch.setattr(_loading, "check_depth", scan)
        assert "Badan Kesatuan Bangsa dan Politik Kota Dumai" == report.load(DUMAI).agency


class TestPausedGC:
    def test_collector_runs_again_after_a_load(self):
        """Loading pauses the collector and enables it again, also after an error."""
        assert gc.isenabled()
        report.load(DUMAI)
        assert gc.isenabled()
        with pytest.raises(ReportError):
            report.loads_toml("schema_version = 1")
        assert gc.isenabled()

    def test_a_disabled_collector_stays_disabled(self):
        """A caller that disabled the collector finds it disabled after the load."""
        gc.disable()
        try:
            report.load(DUMAI)
            assert not gc.isenabled()
        finally:
            gc.enable()


class TestBudgetAncestry:
    def test_opd_has_no_parent(self):
        """An opd line under a sub_kegiatan (a cycle through all four levels) is refused."""
        text = _budget(
            ("O", "opd", "S"),
            ("P", "program", "O"),
            ("K", "kegiatan", "P"),
            ("S", "sub_kegiatan", "K"),
        )
        with pytest.raises(ReportError, match=r"budget\[0\]\.parent: an opd line is the top"):
            report.loads_toml(text)

    @pytest.mark.parametrize(
        ("lines", "where"),
        [
            ((("P", "program", "P"),), "budget[0].parent: a program must have a opd parent"),
            ((("K", "kegiatan", "K"),), "a kegiatan must have a program parent, not kegiatan"),
            (
                (("P", "program", "K"), ("K", "kegiatan", "P")),
                "a program must have a opd parent, not kegiatan",
            ),
            (
                (("O", "opd", None), ("S", "sub_kegiatan", "O")),
                "a sub_kegiatan must have a kegiatan parent, not opd",
            ),
        ],
    )
    def test_cycles_and_skipped_levels(self, lines, where):
        """A line its own parent, a two-line cycle, a skipped level: refused at load."""
        with pytest.raises(ReportError) as info:
            report.loads_toml(_budget(*lines))
        assert where in str(info.value)

    def test_a_chain_of_100000_lines_is_refused_without_recursion(self):
        """A parent chain of 100.000 program lines: a clean error, no RecursionError."""
        lines = [("L0", "opd", None)] + [
            (f"L{i}", "program", f"L{i - 1}") for i in range(1, 100_000)
        ]
        with pytest.raises(ReportError, match=r"budget\[2\]\.parent: a program must have a opd"):
            report.loads_toml(_budget(*lines))


class TestLookups:
    def test_unknown_indicator(self):
        """Report.indicator('nope') is an UnknownId, which is also a KeyError."""
        loaded = report.load(MINIMAL)
        with pytest.raises(UnknownId, match="no indicator with id 'nope'") as info:
            loaded.indicator("nope")
        assert isinstance(info.value, KeyError)
        assert "no indicator with id 'nope'" == str(info.value)

    def test_unknown_line(self):
        """Report.line of an unknown id, or of a list, is an UnknownId."""
        loaded = report.load(MINIMAL)
        assert "P1" == loaded.line("P1").id
        with pytest.raises(UnknownId, match="no budget line with id 'x'"):
            loaded.line("x")
        with pytest.raises(UnknownId, match="must be text"):
            loaded.line([])  # type: ignore[arg-type]


class _BadPath:
    def __fspath__(self) -> object:
        return 5


def test_pathlike_returning_junk():
    """A PathLike whose __fspath__ returns junk is a ReportError, not a TypeError."""
    with pytest.raises(ReportError, match="report file must be a path"):
        report.load(_BadPath())


class TestAWorksheetIsNotAReport:
    """An LKE worksheet (``profil``, ``[jawaban]``) given as a report says what it is."""

    HINT = "this is an LKE evaluation worksheet, not a report file"
    WORKSHEET = Path(__file__).parent.parent / "examples" / "lke-2024.toml"

    def test_the_loader_names_the_worksheet(self):
        """Refused with the key it stops at and the function that reads such a file."""
        with pytest.raises(ReportError, match=r"profil: unknown key \(this is an LKE") as info:
            report.load(self.WORKSHEET)
        assert "akip.evaluasi.load_worksheet" in str(info.value)

    def test_json_too(self):
        """The same file as JSON: the same hint (the streamed reader leaves it to the check)."""
        with pytest.raises(ReportError, match=self.HINT):
            report.loads_json('{"profil": "permenpanrb-88-2021", "jawaban": {"1.1.1": "AA"}}')

    def test_a_report_with_a_stray_key_gets_no_such_hint(self):
        """Only a top level holding a ``jawaban`` table is taken for a worksheet."""
        with pytest.raises(ReportError) as info:
            report.loads_toml('schema_version = 1\nprofil = "x"\n')
        assert self.HINT not in str(info.value)

    @pytest.mark.parametrize(
        ("lang", "expected"),
        [
            ("en", "unknown key 'profil' (this is an LKE evaluation worksheet, not a report"),
            ("id", "kunci tidak dikenal 'profil' (ini lembar kerja evaluasi (LKE), bukan berkas"),
        ],
    )
    def test_the_cli_says_it_in_each_language(self, lang, expected, capsys):
        """``akip check`` of the worksheet: status 2, the hint in the output language."""
        from akip.__main__ import main  # noqa: PLC0415

        assert 2 == main(["check", str(self.WORKSHEET), "--lang", lang])
        assert expected in capsys.readouterr().err

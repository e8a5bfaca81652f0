"""The gettext catalogs (akip._i18n): complete, current, and chosen by --lang / the report."""

from __future__ import annotations

import copy
import functools
import importlib.util
import io
import json
import pickle
import re
import string
from pathlib import Path

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from akip import _i18n, check, report
from akip import anggaran as akip_anggaran
from akip import capaian as akip_capaian
from akip import efisiensi as akip_efisiensi
from akip import fisik as akip_fisik
from akip.__main__ import main
from akip._i18n import N_, Message, _, translated
from akip.check import Finding, text
from akip.check.findings import error_text
from akip.exceptions import AkipError, InvalidValue
from akip.output import html, sheet

_LOCALE = Path(_i18n.__file__).parent / "locale"
_SOURCES = [
    "__main__.py",
    "_i18n.py",
    "_locate.py",
    "_report_build.py",
    "output",
    "check",
    "terbilang.py",
    "capaian.py",
    "anggaran.py",
    "fisik.py",
    "efisiensi.py",
    "periode.py",
]


def _catalog(lang: str):
    with (_LOCALE / lang / "LC_MESSAGES" / "akip.po").open("rb") as stream:
        return read_po(stream, locale=lang)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_mo_is_current(lang):
    """Each committed .mo is exactly what Babel compiles from the committed .po."""
    compiled = io.BytesIO()
    write_mo(compiled, _catalog(lang))
    assert compiled.getvalue() == (_LOCALE / lang / "LC_MESSAGES" / "akip.mo").read_bytes()


def test_po_is_current_with_the_template(tmp_path):
    """The .po files are what translate_id.py makes from the template (make messages)."""
    spec = importlib.util.spec_from_file_location("translate_id", _LOCALE / "translate_id.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (tmp_path / "akip.pot").write_bytes((_LOCALE / "akip.pot").read_bytes())
    assert 0 == module.main(str(tmp_path))
    for lang in ("id", "en"):
        made = (tmp_path / lang / "LC_MESSAGES" / "akip.po").read_bytes()
        assert made == (_LOCALE / lang / "LC_MESSAGES" / "akip.po").read_bytes()


def test_template_has_every_message(tmp_path):
    """Every _() / ngettext() message of the sources is in the template (pybabel extract)."""
    pot = tmp_path / "akip.pot"
    sources = [str(Path(_i18n.__file__).parent / name) for name in _SOURCES]
    CommandLineInterface().run(  # type: ignore[no-untyped-call]
        [
            "pybabel",
            "--quiet",
            "extract",
            "--omit-header",
            "--no-location",
            "--sort-output",
            "-k",
            "_",
            "-k",
            "ngettext:1,2",
            "-k",
            "N_",
            "-o",
            str(pot),
            *sources,
        ]
    )
    with pot.open("rb") as stream:
        extracted = {m.id for m in read_po(stream) if m.id}
    with (_LOCALE / "akip.pot").open("rb") as stream:
        committed = {m.id for m in read_po(stream) if m.id}
    assert extracted == committed


def test_every_message_translated():
    """No Indonesian message is empty."""
    empty = [
        m.id
        for m in _catalog("id")
        if m.id and not all(m.string if isinstance(m.string, tuple) else (m.string,))
    ]
    assert [] == empty


def test_language_choice():
    """set_language switches every later lookup; an unknown language is refused."""
    _i18n.set_language("id")
    assert "Jumlah" == _("Total")
    assert "3 temuan akibat temuan ini" == _i18n.ngettext(
        "{n} finding caused by this one", "{n} findings caused by this one", 3
    ).format(n=3)
    _i18n.set_language("en")
    assert "Total" == _("Total")
    assert "{n} findings caused by this one" == _i18n.ngettext(
        "{n} finding caused by this one", "{n} findings caused by this one", 3
    )
    assert "en" == _i18n.language()
    with pytest.raises(InvalidValue, match="'lang' must be one of id, en: 'fr'"):
        _i18n.set_language("fr")


@pytest.mark.parametrize(
    ("locale", "lang"), [("id_ID", "id"), ("id", "id"), ("en_US", "en"), ("C.UTF-8", "en")]
)
def test_language_for(locale, lang):
    """Indonesian for an id_ID report (or an id environment), English otherwise."""
    assert lang == _i18n.language_for(locale)


def test_help_language_from_environment(monkeypatch, capsys):
    """Without --lang, the help follows $LANG: Indonesian for id_ID.UTF-8."""
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "")
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    with pytest.raises(SystemExit):
        main(["table", "--help"])
    assert "berkas laporan (.toml atau .json)" in capsys.readouterr().out


# ---------------------------------------------------------------- the findings' messages
_DUMAI = str(Path(__file__).parents[1] / "examples" / "dumai-2024.toml")
_FIELDS = string.Formatter()


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in _FIELDS.parse(text) if name is not None}


@functools.cache
def _dumai() -> tuple[Finding, ...]:
    return tuple(check.ledger(report.load(_DUMAI)).all_findings())


def _one(code: str, place: str, row: str, column: str) -> Finding:
    (found,) = [
        f
        for f in _dumai()
        if f.code == code and f.where is not None
        if (f.where.place, f.where.row, f.where.column) == (place, row, column)
    ]
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_placeholders_of_translation_and_template_match(lang):
    """Every translation names exactly the placeholders of its message id."""
    differ = [
        (m.id, m.string)
        for m in _catalog(lang)
        if m.id and isinstance(m.id, str) and _placeholders(m.id) != _placeholders(m.string)
    ]
    assert [] == differ


def _templates(text: str) -> list[str]:
    """The templates of a message and of every message among its parameters."""
    if not isinstance(text, Message):
        return []
    found = [text.template]
    for value in text.params.values():
        found += _templates(value)
    return found


def _literals(template: str) -> list[str]:
    """The English words of a template between its placeholders (two words or more)."""
    return [
        text.strip(" :;,()")
        for text, _, _, _ in _FIELDS.parse(template)
        if len(re.findall(r"[a-z]{2,}", text)) >= 2
    ]


def test_dumai_messages_are_indonesian():
    """Every finding of the Dumai file reads differently in Indonesian, no English phrase left.

    Each template (and each template among its parameters) has an Indonesian text in the
    catalog, and no phrase of the English template is in the Indonesian rendering.
    """
    codes = {f.code for f in _dumai()}
    assert len(codes) >= 13
    english_left = []
    for finding in _dumai():
        indonesian = finding.message_in("id")
        if indonesian == finding.message:
            english_left.append((finding.code, indonesian))
        for template in _templates(finding.message):
            if re.fullmatch(r"(\{p\d+\}[^{}]*)+", template):
                continue  # a joined list (akip._i18n.joined): its parts are the messages
            if _i18n.gettext_in("id", template) == template:
                english_left.append((finding.code, template))
            english_left += [
                (finding.code, phrase) for phrase in _literals(template) if phrase in indonesian
            ]
    assert [] == english_left


def test_english_is_unchanged():
    """In English a finding reads as its message, its rule and its place (the API's text)."""
    for finding in _dumai():
        assert finding.message == finding.message_in("en")
        assert finding.rule == finding.rule_in("en")
        assert finding.place == finding.place_in("en")
        assert finding == finding.in_language("en")


def test_iku1_realisasi_slip_in_indonesian():
    """Tabel 5 prints IKU1's 2024 realisasi as 95 %; thirteen other places print 94 %."""
    finding = _one("CROSS_TABLE_CONFLICT", "Tabel 5", "Sasaran", "realisasi")
    assert ("95%", "94%") == (finding.printed, finding.expected)
    assert (
        "IKU1: realisasi 2024 tercetak 94% di Pengukuran Kinerja 2024, Tabel 4, Tabel III.3, "
        "Tabel III.4, Tabel III.5, Tabel III.6, §3.1, §3.2, §3.3, §3.5 (13 dari 14 tempat)"
    ) == finding.message_in("id")
    assert "Tabel 5, baris 'Sasaran', tahun 2024, kolom realisasi" == finding.place_in("id")
    assert finding.rule_in("id").endswith(
        "tidak ada peraturan yang menentukan tempat mana yang benar)"
    )


def test_mean_of_ratios_and_index_in_indonesian():
    """Tabel 6 row 1.: the mean of four ratios 79,61 against Σ 35.920.783.504 / 39.182.547.765.

    The ratio of sums is 91,675… % → 91,68; the index 94 / 90 × 100 = 104,44 % over 91,68 %
    is 1,1393; the report divided the realisasi 94 by the mean 79,61.
    """
    mean = _one("MEAN_OF_RATIOS", "Tabel 6", "1.", "penyerapan")
    assert (
        "penyerapan program P2, P3, P4, P5 adalah rata-rata rasionya (79,61); "
        "Σrealisasi / Σpagu menghasilkan 91,68"
    ) == mean.message_in("id")
    assert "penyerapan = realisasi / pagu × 100, rasio dari jumlah (aturan akip §3)" == (
        mean.rule_in("id")
    )
    index = _one("RATIO_MISMATCH", "Tabel 6", "1.", "indeks")
    assert (
        "capaian 104,44% dibagi penyerapan 91,68% = 1,1393; laporan membagi realisasi 94 "
        "dengan penyerapan 79,61, bukan capaian dengan penyerapan"
    ) == index.message_in("id")


def test_rupiah_and_words_in_indonesian():
    """Thousands with a dot and the Rp unit; the words of Rp 262.323.588 lack a "ribu"."""
    pagu = _one("CROSS_TABLE_CONFLICT", "Tabel 3", "4.", "value")
    assert (
        "Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan: pagu tercetak "
        "Rp 3.533.511.000 di Lampiran Perubahan PK 2024, Pengukuran Kinerja 2024, Tabel 5, "
        "Tabel III.11, Tabel III.7, Tabel III.9 (6 dari 8 tempat)"
    ) == pagu.message_in("id")
    (words,) = [
        f for f in _dumai() if f.code == "TERBILANG_MISMATCH" and "262.323.588" in f.message
    ]
    assert (
        "angka yang ditulis dengan huruf tidak sama dengan Rp 262.323.588: kurang kata 'ribu' "
        "setelah 'tiga ratus dua puluh tiga'"
    ) == words.message_in("id")


def test_in_language_translates_consequences():
    """A root finding in Indonesian carries its consequences in Indonesian too."""
    roots = check.ledger(report.load(_DUMAI)).findings
    root = next(f for f in roots if f.consequences)
    shown = root.in_language("id")
    assert [c.message_in("id") for c in root.consequences] == [
        c.message for c in shown.consequences
    ]
    assert shown.consequences[0].message != root.consequences[0].message


def test_unknown_language_of_a_finding_is_refused():
    """A finding is shown in id or en only."""
    finding = _dumai()[0]
    with pytest.raises(InvalidValue, match="'lang' must be one of id, en: 'fr'"):
        finding.message_in("fr")
    with pytest.raises(InvalidValue, match="'lang' must be one of id, en: <int>"):
        finding.in_language(1)  # type: ignore[arg-type]


def test_message_is_its_english_text():
    """A Message is a str: equal to its English text, pickled with its template and params."""
    slip = Message(N_("{value} in {places}"), value="94%", places="Tabel 4")
    assert "94% in Tabel 4" == slip
    assert "{value} in {places}" == slip.template
    assert {"value": "94%", "places": "Tabel 4"} == dict(slip.params)
    copied = pickle.loads(pickle.dumps(slip))  # noqa: S301 - our own bytes
    assert (slip, slip.template) == (copied, copied.template)
    assert "94% di Tabel 4" == translated(copied, "id")
    assert copy.deepcopy(slip) is slip
    assert copy.copy(slip) is slip
    with pytest.raises(TypeError):
        slip.params["value"] = "95%"  # type: ignore[index]


def test_plain_text_is_never_translated():
    """Only a Message is translated: a name that is also a message id stays as it is."""
    assert "rule" == translated("rule", "id")
    assert "aturan" == _i18n.gettext_in("id", "rule")
    assert "kolom {column}" == _i18n.gettext_in("id", "column {column}")


with (_LOCALE / "akip.pot").open("rb") as _stream:
    _TEMPLATES = sorted(
        m.id for m in read_po(_stream) if m.id and isinstance(m.id, str) and _placeholders(m.id)
    )


@given(
    st.sampled_from(_TEMPLATES),
    st.lists(st.text(alphabet="0123456789.,% Rpabc", min_size=1, max_size=12), min_size=20),
)
def test_translation_keeps_every_parameter(template, values):
    """A message in Indonesian shows every parameter it is given, exactly as given."""
    names = sorted(_placeholders(template))
    params = {name: f"<{values[i % len(values)]}#{i}>" for i, name in enumerate(names)}
    indonesian = translated(Message(template, **params), "id")
    assert all(value in indonesian for value in params.values())
    assert translated(Message(template, **params), "en") == template.format(**params)


# ---------------------------------------------------------------- every output in the language
def test_cli_text_default_is_indonesian_for_an_id_id_report(capsys):
    """``akip check`` on the Dumai file (id_ID) writes Indonesian; --lang en English."""
    assert 1 == main(["check", _DUMAI])
    default = capsys.readouterr().out
    assert 1 == main(["check", _DUMAI, "--lang", "id"])
    indonesian = capsys.readouterr().out
    assert 1 == main(["check", _DUMAI, "--lang", "en"])
    english = capsys.readouterr().out
    assert default == indonesian
    slip_id = (
        "[KESALAHAN] CROSS_TABLE_CONFLICT — Tabel 5, baris 'Sasaran', tahun 2024, "
        "kolom realisasi\n"
        "  tercetak:   95%\n"
        "  seharusnya: 94%\n"
        "  IKU1: realisasi 2024 tercetak 94% di Pengukuran Kinerja 2024"
    )
    slip_en = (
        "[ERROR] CROSS_TABLE_CONFLICT — Tabel 5, row 'Sasaran', year 2024, column realisasi\n"
        "  printed:  95%\n"
        "  expected: 94%\n"
        "  IKU1: realisasi 2024 is 94% in Pengukuran Kinerja 2024"
    )
    assert slip_id in indonesian
    assert slip_en in english
    assert "63 temuan dari 32 akar masalah: 50 kesalahan, 6 peringatan, 7 info" in indonesian
    assert "63 findings from 32 root causes: 50 error, 6 warning, 7 info" in english
    assert "  temuan akibatnya (1):\n" in indonesian
    assert "the rule gives" not in indonesian
    assert "seharusnya" not in english


def test_cli_verbose_labels(capsys):
    """The verbose text heads the verdicts in the chosen language."""
    assert 1 == main(["check", _DUMAI, "--verbose", "--lang", "id"])
    assert "\nHasil pemeriksaan per angka:\n" in capsys.readouterr().out
    assert 1 == main(["check", _DUMAI, "--verbose", "--lang", "en"])
    assert "\nVerdicts:\n" in capsys.readouterr().out


def test_cli_json_in_either_language(capsys):
    """The JSON findings (consequences too) and verdicts' rules follow --lang; places stay."""
    assert 1 == main(["check", _DUMAI, "--format", "json"])
    indonesian = json.loads(capsys.readouterr().out)
    assert 1 == main(["check", _DUMAI, "--format", "json", "--lang", "en"])
    english = json.loads(capsys.readouterr().out)
    pairs = list(zip(indonesian["findings"], english["findings"], strict=True))
    assert all(i["where"] == e["where"] for i, e in pairs if "where" in e)
    slip = next(i for i, e in pairs if e["message"].startswith("IKU1: realisasi 2024 is 94%"))
    assert slip["message"].startswith("IKU1: realisasi 2024 tercetak 94% di ")
    folded = next(i for i in indonesian["findings"] if "consequences" in i)
    assert "tercetak" in folded["consequences"][0]["message"]
    rules = {v["rule"] for v in indonesian["verdicts"]}
    assert "jumlah adalah hasil penjumlahan persis rinciannya (aturan akip §3)" in rules
    assert "a total is the exact sum of its parts (akip rules §3)" not in rules


def test_html_and_csv_in_indonesian():
    """The working paper shows messages, rules and places in Indonesian; CSV its rules."""
    loaded = report.load(_DUMAI)
    book = check.ledger(loaded)
    page = html.render(loaded, book, lang="id")
    assert "IKU1: realisasi 2024 tercetak 94% di Pengukuran Kinerja 2024" in page
    assert "<dd>Tabel 5, baris &#x27;Sasaran&#x27;, tahun 2024, kolom realisasi</dd>" in page
    assert "the rule gives" not in page
    english = html.render(loaded, book, lang="en")
    assert "IKU1: realisasi 2024 is 94% in Pengukuran Kinerja 2024" in english
    table = sheet.to_csv(book, lang="id")
    assert "jumlah adalah hasil penjumlahan persis rinciannya (aturan akip §3)" in table
    assert "akip rules" not in table
    assert "akip rules §3" in sheet.to_csv(book, lang="en")


def test_text_and_json_default_to_english():
    """Without lang the library's text and JSON are English, whatever was chosen before."""
    loaded = report.load(_DUMAI)
    book = check.ledger(loaded)
    _i18n.set_language("id")
    try:
        rendered = text.render_text(book, loaded)
        mapping = text.as_json(book, loaded)
    finally:
        _i18n.set_language("en")
    assert "  printed:  95%\n" in rendered
    assert "rule: " in rendered
    found = mapping["findings"]
    assert isinstance(found, list)
    messages = [f["message"] for f in found]
    assert messages == [f.message for f in book.findings]
    with pytest.raises(InvalidValue, match="'lang' must be one of id, en"):
        text.render_text(book, loaded, lang="fr")


def test_plain_finding_and_plain_joins():
    """A finding built with plain text (not by the check) shows that text in every language."""
    finding = Finding("X", check.Severity.INFO, "T, column c", None, None, "r", "m")
    assert ("m", {}) == (finding.template, dict(finding.params))
    assert ("m", "r", "T, column c") == (
        finding.message_in("id"),
        finding.rule_in("id"),
        finding.place_in("id"),
    )
    joined = _i18n.joined("; ", ["a", "b"])
    assert "a; b" == joined
    assert not isinstance(joined, Message)
    braces = _i18n.joined(" {} ", [Message(N_("or {value}"), value="1"), "2"])
    assert ("or 1 {} 2", "atau 1 {} 2") == (braces, translated(braces, "id"))


# ---------------------------------------------------------------- the ledger's reasons
_EXAMPLES = sorted(
    str(path)
    for path in (Path(__file__).parents[1] / "examples").glob("*.toml")
    if path.name != "lke-2024.toml"  # an evaluation worksheet (akip.evaluasi), not a report
)


@functools.cache
def _book(path: str) -> check.Ledger:
    return check.ledger(report.load(path))


def _reason(path: str, place: str, row: str | None, column: str, printed: str) -> str:
    (found,) = {
        v.reason
        for v in _book(path).verdicts
        if (v.where.place, v.where.row, v.where.column, v.printed) == (place, row, column, printed)
    }
    assert found is not None
    return found


def _english_left(text: str) -> list[str]:
    """The templates of *text* without an Indonesian text, and English phrases left in it."""
    indonesian = translated(text, "id")
    left = [text] if indonesian == text else []
    for template in _templates(text):
        if re.fullmatch(r"(\{p\d+\}[^{}]*)+", template):
            continue  # a joined list: its parts are the messages
        if _i18n.gettext_in("id", template) == template:
            left.append(template)
        left += [phrase for phrase in _literals(template) if phrase in indonesian]
    return left


@pytest.mark.parametrize("path", _EXAMPLES, ids=[Path(p).stem for p in _EXAMPLES])
def test_every_reason_of_the_examples_is_indonesian(path):
    """Every reason of every example's ledger is a Message that reads in Indonesian.

    Its template (and every template among its parameters) has an Indonesian text, and no
    English phrase of the template is left in the Indonesian rendering; in English it is the
    reason itself.
    """
    reasons = {v.reason for v in _book(path).verdicts if v.reason}
    assert reasons
    assert [] == [r for r in reasons if not isinstance(r, Message)]
    assert [] == [(r, left) for r in sorted(reasons) if (left := _english_left(r))]
    assert all(translated(r, "en") == r for r in reasons)


def test_dumai_reasons_in_indonesian():
    """Hand-written Indonesian reasons of four Dumai figures.

    Programme 4's pagu Rp 3.533.511.000 is printed alike in 6 of the 8 places printing it
    (Tabel 3 and §2.2 print other values); the murni PK 2024 target 120 differs from the
    perubahan that follows it; §3.3 prints a target akhir Renstra no rule recomputes; the pagu
    of Pengadaan Mebel is an input of its kegiatan's sum, which agrees.
    """
    dumai = _DUMAI
    consensus = _reason(dumai, "Tabel III.7", _PROGRAM_4, "pagu", "3.533.511.000")
    assert ("consensus of 6 of 8 places", "nilai acuan 6 dari 8 tempat") == (
        consensus,
        translated(consensus, "id"),
    )
    murni = _reason(dumai, "Lampiran PK 2024", None, "value", "120")
    assert (
        "target murni berbeda dari dokumen perencanaan berikutnya pada tahun yang sama "
        "(revisi diperbolehkan; tidak ada pembanding)"
    ) == translated(murni, "id")
    never = _reason(dumai, "§3.3", "a", "target_renstra", "90%")
    assert (
        "tidak pernah diperiksa: target akhir Renstra adalah masukan tingkat kemajuan, "
        "terkonfirmasi bila kemajuannya sesuai; tidak ada aturan yang menghitungnya ulang"
    ) == translated(never, "id")
    mebel = _reason(dumai, "Tabel III.11", "Pengadaan Mebel", "pagu", "64,025,900.00")
    assert "terkonfirmasi: pagu yang dihitung darinya sesuai" == translated(mebel, "id")


_PROGRAM_4 = "Program Pemberdayaan dan Pengawasan Organisasi Kemasyarakatan"


def _json_values(mapping: dict[str, object], part: str, field: str) -> set[object]:
    """The values of *field* of every item of *part* of the JSON output."""
    items = mapping[part]
    assert isinstance(items, list)
    return {item[field] for item in items}


def test_reasons_in_every_output():
    """Text (verbose), JSON, CSV, HTML and the verdicts frame show the reasons in the language."""
    loaded = report.load(_DUMAI)
    book = check.ledger(loaded)
    english, indonesian = "consensus of 6 of 8 places", "nilai acuan 6 dari 8 tempat"
    verbose = text.render_text(book, loaded, verbose=True, lang="id")
    assert f"| 3,533,511,000 | sesuai | {indonesian}\n" in verbose
    assert "  Tabel III.9, baris '" + _PROGRAM_4 + "', kolom pagu | 3,533,511,000 |" in verbose
    assert f"| 3,533,511,000 | agrees | {english}\n" in text.render_text(
        book, loaded, verbose=True, lang="en"
    )
    reasons = _json_values(text.as_json(book, loaded, lang="id"), "verdicts", "reason")
    assert indonesian in reasons
    assert english not in reasons
    assert english in _json_values(text.as_json(book, loaded), "verdicts", "reason")
    assert f",{indonesian}\n" in sheet.to_csv(book, lang="id")
    assert f",{english}\n" in sheet.to_csv(book, lang="en")
    assert f"<td>{indonesian}</td>" in html.render(loaded, book, lang="id")
    assert f"<td>{english}</td>" in html.render(loaded, book, lang="en")
    from akip import frame  # noqa: PLC0415 - pandas only here

    assert indonesian in set(frame.verdicts(book, lang="id")["reason"].dropna())
    assert english in set(frame.verdicts(book)["reason"].dropna())


def test_severities_of_the_text():
    """The Indonesian text's severities: KESALAHAN / PERINGATAN / INFO; JSON keeps its values."""
    loaded = report.load(_DUMAI)
    book = check.ledger(loaded)
    indonesian = text.render_text(book, loaded, lang="id")
    english = text.render_text(book, loaded, lang="en")
    assert "\n[KESALAHAN] CROSS_TABLE_CONFLICT — " in indonesian
    assert "\n[PERINGATAN] MIXED_UNITS — " in indonesian
    assert "\n[INFO] PREDIKAT_MISMATCH — " in indonesian
    assert "[ERROR]" not in indonesian
    assert "[WARNING]" not in indonesian
    assert "\n[ERROR] CROSS_TABLE_CONFLICT — " in english
    assert "\n[WARNING] MIXED_UNITS — " in english
    severities = _json_values(text.as_json(book, loaded, lang="id"), "findings", "severity")
    assert {"error", "warning", "info"} == severities


def _variant(tmp_path: Path, name: str, *changes: tuple[str, str]) -> Path:
    """The minimal example with some lines changed."""
    source = (Path(__file__).parents[1] / "examples" / "minimal.toml").read_text("utf-8")
    for old, new in changes:
        assert source.count(old) == 1
        source = source.replace(old, new)
    changed = tmp_path / f"{name}.toml"
    changed.write_text(source, "utf-8")
    return changed


def test_zero_target_reason_in_indonesian(tmp_path):
    """A target of 0 %: the capaian 94 / 0 is not computable, said in Indonesian too."""
    path = _variant(
        tmp_path, "zero", ('target = "90%"', 'target = "0%"'), ('value = "90%"', 'value = "0%"')
    )
    reason = _reason(str(path), "Tabel 4", "1.", "capaian", "104%")
    assert (
        "'target' must be != 0 for polarity maximize (zero_target=not_computable, realisasi 94): "
        "0 (not computable)"
    ) == reason
    assert (
        "'target' harus != 0 untuk polaritas maximize (zero_target=not_computable, realisasi 94): "
        "0 (tidak dapat dihitung)"
    ) == translated(reason, "id")


def test_negative_amount_not_computable_in_indonesian(tmp_path):
    """A negative amount has no terbilang: the finding quotes the error in Indonesian."""
    path = _variant(
        tmp_path, "negative", ('figure = "4,700,384,252"', 'figure = "-4,700,384,252"')
    )
    (finding,) = [f for f in _book(str(path)).all_findings() if f.code == "NOT_COMPUTABLE"]
    assert (
        "angka ini tidak dapat dihitung ulang dari angka-angka laporan itu sendiri: 'amount' "
        "tidak boleh negatif dalam terbilang: Decimal('-4700384252')"
    ) == finding.message_in("id")
    assert finding.message.endswith(
        "'amount' must not be negative in terbilang: Decimal('-4700384252')"
    )
    assert [] == _english_left(finding.message)
    words = _reason(str(path), "Tabel III.11", "narasi", "words", _WORDS)
    assert "angka ini tidak memiliki terbilang (negatif, atau ada pecahan sen)" == translated(
        words, "id"
    )


_WORDS = (
    "Empat milyar tujuh ratus juta tiga ratus delapan puluh empat ribu dua ratus lima puluh "
    "dua rupiah"
)


@pytest.mark.parametrize(
    ("call", "indonesian"),
    [
        (
            lambda: akip_capaian.persentase(3, 0),
            "'persentase' tidak dapat dihitung bila 'penyebut' bernilai 0 (pembilang 3)",
        ),
        (
            lambda: akip_anggaran.penyerapan(0, 5),
            "'penyerapan' tidak dapat dihitung bila 'pagu' bernilai 0 (realisasi 5)",
        ),
        (
            lambda: akip_fisik.capaian_fisik(0, 2),
            "'capaian_fisik' tidak dapat dihitung bila 'target' bernilai 0 (realisasi 2)",
        ),
        (
            lambda: akip_efisiensi.indeks_efisiensi(90, 0),
            "'indeks_efisiensi' tidak dapat dihitung bila 'penyerapan' bernilai 0 (capaian 90)",
        ),
        (
            lambda: akip_capaian.compute(-1, 5),
            "'target' harus >= 0 untuk polaritas maximize: -1",
        ),
    ],
)
def test_rule_errors_are_messages(call, indonesian):
    """The errors a NOT_COMPUTABLE finding quotes carry a Message: English text, Indonesian too."""
    with pytest.raises(AkipError) as raised:
        call()
    quoted = error_text(raised.value)
    assert isinstance(quoted, Message)
    assert str(raised.value) == quoted
    assert indonesian == translated(quoted, "id")


def test_cached_message_is_shared():
    """A cached Message is made once per template and parameters, and is the plain Message."""
    template = N_("consensus of {count} of {total} places")
    first = Message.cached(template, count="4", total="5")
    assert first is Message.cached(template, count="4", total="5")
    assert first is not Message.cached(template, count="5", total="5")
    assert ("consensus of 4 of 5 places", "nilai acuan 4 dari 5 tempat") == (
        first,
        translated(first, "id"),
    )
    assert pickle.loads(pickle.dumps(first)).template == template  # noqa: S301 - our own bytes

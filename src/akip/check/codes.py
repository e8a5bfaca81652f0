"""codes (kode temuan, finding codes: one entry per code the check reports, like a linter's rules).

Every `akip.check.Finding` carries a stable code (``CAPAIAN_MISMATCH``, ``SUM_MISMATCH`` …).
`CODES` holds one `Code` per code: the severities its findings can have (error first), a
one-line summary, the rule modules of `akip.check` that emit it, the rules it rests on (the
rule texts those modules cite, with their regulation) and what it means: when it is an
error, a warning or information, and what the agency should fix. `lookup` finds one code (an
unknown one is an `akip.exceptions.UnknownId` naming the nearest code); `markdown_table` and
`markdown_page` render the registry for the documentation (one page per code) and for
``akip rule``; `statistics` counts the findings of a check by code for
``akip check --statistics``. Summaries, rules and explanations are English, and Bahasa
Indonesia through the catalog (`Code.summary_in` …).

The registry is kept honest by ``tests/test_codes.py``: every code a rule module can emit is
registered with exactly the severities the module gives it, and no entry is dead.

References:
    - akip rules §0 (rounding HALF_UP), §1 (capaian), §3 (ratios of sums), §4 (indeks
      efisiensi), §5 (periods, comparisons, narrative statements), §6 (terbilang), as the
      rule modules cite them.
    - akip's own method for one value per quantity (`akip.check.consensus`): no
      regulation says which of two printed values is right.
    - PermenPANRB 8/2021 (capaian), Permendagri 86/2017 (Skala Nilai Peringkat Kinerja),
      PermenPANRB 53/2014 (Perjanjian Kinerja, reviu LKjIP), PermenPANRB 88/2021 (evaluasi
      SAKIP), Permendagri 77/2020 (angka dan huruf).

Examples:
    >>> code = lookup("SUM_MISMATCH")
    >>> [severity.value for severity in code.severities], code.modules[0]
    (['error', 'info'], 'akip.check.anggaran')
    >>> code.summary_in("id")
    'jumlah yang tercetak berbeda dengan jumlah persis rinciannya'
    >>> lookup("SUM_MISMATHC")
    Traceback (most recent call last):
    ...
    akip.exceptions.UnknownId: unknown finding code 'SUM_MISMATHC'; the nearest is SUM_MISMATCH
"""

from __future__ import annotations

from types import MappingProxyType
from typing import TYPE_CHECKING, Final

import attrs

from akip._i18n import N_, Message, checked_language, gettext_in
from akip._validators import clean_text, items_of, shown, typed
from akip.check.findings import Finding, Severity
from akip.exceptions import InvalidValue, UnknownId

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping

__all__ = [
    "CODES",
    "Code",
    "Tally",
    "all_text",
    "lookup",
    "markdown_page",
    "markdown_table",
    "statistics",
    "statistics_json",
    "statistics_text",
]

_E, _W, _I = Severity.ERROR, Severity.WARNING, Severity.INFO
#: Worst first: the order of the guide's table and of `Code.severities`.
_ORDER: Final = (_E, _W, _I)


@typed
@attrs.frozen
class Code:
    """One finding code: what it means, how serious it can be, who emits it, what it rests on.

    Attributes:
        code: The code itself, as findings carry it (``SUM_MISMATCH``).
        severities: The severities its findings can have, worst first.
        summary: One line, English (its Indonesian: `summary_in`).
        modules: The rule modules that emit it (``akip.check.capaian`` …).
        rules: The rules it rests on, as those modules cite them (with the regulation).
        explanation: What it means, when it is an error or a warning, what to fix.
    """

    code: str
    severities: tuple[Severity, ...]
    summary: str
    modules: tuple[str, ...]
    rules: tuple[str, ...]
    explanation: str

    def summary_in(self, lang: str) -> str:
        """The summary in *lang* (``"id"`` or ``"en"``)."""
        return gettext_in(lang, self.summary)

    def rules_in(self, lang: str) -> tuple[str, ...]:
        """The rules in *lang*; regulation names stay as they are."""
        return tuple(gettext_in(lang, rule) for rule in self.rules)

    def explanation_in(self, lang: str) -> str:
        """The explanation in *lang*."""
        return gettext_in(lang, self.explanation)

    @property
    def severity_text(self) -> str:
        """The severities as the guide writes them: ``error / warning``."""
        return " / ".join(severity.value for severity in self.severities)


# The rules, as the emitting modules cite them (the same message ids, so the same translation).
_CAPAIAN = N_("capaian = realisasi / target × 100 (PermenPANRB 8/2021)")
_CAPAIAN_MIN = N_("capaian = (2·target − realisasi) / target × 100 (PermenPANRB 8/2021)")
_CAPAIAN_T_OVER_R = N_(
    "capaian = target / realisasi × 100, the report's declared lower-is-better formula"
)
_PARTS = N_("realisasi = pembilang / penyebut × 100 (akip.capaian.persentase)")
_PERIODS = N_(
    "realisasi = the consolidation of its periods by the indicator's rule (akip.periode)"
)
_PREDIKAT = N_("Skala Nilai Peringkat Kinerja (Permendagri 86/2017), edge rule lower_bound")
_ATRIBUT = N_("Atribut capaian (Tabel III.2 of the report)")
_PENYERAPAN = N_("penyerapan = realisasi / pagu × 100, ratio of sums (akip rules §3)")
_FISIK = N_("capaian fisik = realisasi / target × 100; units are never added (akip rules §3)")
_EFISIENSI = N_(
    "efisiensi anggaran = (Σpagu − Σrealisasi) / Σpagu × 100, ratio of sums (akip rules §3)"
)
_SUM = N_("a total is the exact sum of its parts (akip rules §3)")
_NILAI = N_("nilai anggaran = the exact sum of the indicator's programs (akip rules §3)")
_INDEKS = N_("indeks efisiensi = capaian kinerja % / penyerapan % (akip rules §4)")
_TINGKAT = N_("tingkat efisiensi = indeks efisiensi − standar efisiensi (akip.efisiensi)")
_ROUNDING = N_("figures are rounded HALF_UP to the printed decimals (akip rules §0)")
_WORDS = N_("terbilang: the amount in words spells the figure (akip rules §6)")
_CONSENSUS = N_(
    "one value per quantity: the value printed in most places (ties: the one the rule "
    "recomputes) is the reference (akip's own method: no regulation says which place is "
    "right)"
)
_NATIONAL = N_("a national target is the same wherever it is printed; never this unit's")
_CASCADE = N_("planning targets cascade: Renstra → RKT → Perjanjian Kinerja (PermenPANRB 53/2014)")
_LINK = N_("one figure per budget line, measure and version")
_SUPERSEDED = N_(
    "capaian is measured against the latest Perjanjian Kinerja: a perubahan supersedes the "
    "murni target (PermenPANRB 53/2014)"
)
_YEAR_N = N_("year n of a Renstra period is computed (akip rules §5)")
_PERIOD = N_("Renstra period as declared in the report")
_STATEMENT = N_("a narrative change states what the report's own figures give (akip rules §5)")
_POINTS = N_(
    "a change of a percentage is new − old in points, or (new − old) / old × 100 in "
    "percent (akip rules §5)"
)
_LKE = N_(
    "nilai = Σ sub-components (mean of answers × bobot / 100); predikat on the profile's "
    "table (PermenPANRB 88/2021)"
)
_DOMAIN = N_("every rule has a domain: no target of 0, no negative amount (akip rules §0–§4)")
_STORY = N_("fisik and keuangan of one sub kegiatan should tell the same story")
_JUMLAH = N_("Jumlah capaian = the exact sum of the indicators' capaian (akip rules §1, §3)")
_RATA_RATA = N_(
    "Rata-rata capaian = the mean of the indicators' exact capaian, each capped only at a "
    "declared cap (akip rules §1)"
)

_ANGGARAN: Final = "akip.check.anggaran"
_CAPAIAN_MODULE: Final = "akip.check.capaian"
_CONSENSUS_MODULE: Final = "akip.check.consensus"
_EFISIENSI_MODULE: Final = "akip.check.efisiensi"
_EVALUASI: Final = "akip.check.evaluasi"
_FINDINGS: Final = "akip.check.findings"
_SASARAN: Final = "akip.check.sasaran"
_STATEMENTS: Final = "akip.check.statements"
_TERBILANG: Final = "akip.check.terbilang"

_ALL: Final = (
    Code(
        "CAPAIAN_MISMATCH",
        (_E,),
        N_("a printed capaian differs from the formula on the consensus target and realisasi"),
        (_CAPAIAN_MODULE, _EFISIENSI_MODULE, _SASARAN),
        (_CAPAIAN, _CAPAIAN_MIN, _PARTS, _RATA_RATA),
        N_(
            "A printed capaian, a tingkat kemajuan of the Renstra, the capaian kinerja of an "
            "efficiency row, a realisasi printed with its pembilang and penyebut, or the "
            "Rata-rata capaian of a sasaran's indicators differs from what its formula gives "
            "on the consensus inputs, at the printed decimals (lower is better: (2·target − "
            "realisasi) / target × 100; the mean of the indicators' exact capaian, capped only "
            "at the report's declared capaian_cap). Always an error; when the row's realisasi "
            "is printed where the capaian is named, or a 100 is the capaian capped at 100 % "
            "without a declared cap, the message says so. Fix: recompute the figure from the "
            "target and the realisasi with the indicator's polarity, and round it HALF_UP; "
            "declare the cap the report applies."
        ),
    ),
    Code(
        "PREDIKAT_MISMATCH",
        (_E, _I),
        N_("a printed predikat is not the band of the recomputed capaian"),
        (_CAPAIAN_MODULE,),
        (_PREDIKAT,),
        N_(
            "A row's predikat is the band of its capaian on the Skala Nilai Peringkat Kinerja "
            "of Permendagri 86/2017 (edge rule lower_bound: 90,5 is Tinggi), or on the scale "
            "the row or its indicator names ([[scales]]). An error when the label is another "
            "band; info when "
            "the column prints the atribut scale's label of the right band instead of the "
            "predikat. Fix: print the band of the capaian on the scale the report uses, and "
            "declare that scale."
        ),
    ),
    Code(
        "ATRIBUT_MISMATCH",
        (_E,),
        N_("a printed success attribute is not the band of the recomputed capaian"),
        (_CAPAIAN_MODULE,),
        (_ATRIBUT,),
        N_(
            "A row's atribut is the band of its capaian on the default atribut scale (Tabel "
            "III.2 of the Dumai LKjIP 2024: 85 and above Sangat Berhasil, 70 to under 85 "
            "Berhasil, 55 to under 70 Cukup Berhasil, under 55 Tidak Berhasil), or on the "
            "scale the row or its indicator names ([[scales]]). Always an error. Fix: print "
            "the band of the capaian, or declare the scale the report uses."
        ),
    ),
    Code(
        "PCT_MISMATCH",
        (_E,),
        N_(
            "a printed penyerapan, capaian fisik or efisiensi anggaran differs from the ratio "
            "of sums"
        ),
        (_ANGGARAN, _EFISIENSI_MODULE),
        (_PENYERAPAN, _FISIK, _EFISIENSI),
        N_(
            "penyerapan = realisasi / pagu × 100, capaian fisik = realisasi / target × 100 and "
            "the efisiensi anggaran of an indicator box = (Σpagu − Σrealisasi) / Σpagu × 100, "
            "each from the consensus amounts (akip rules §3). Always an error; a percentage "
            "that is the mean of the parts' ratios is MEAN_OF_RATIOS instead. Fix: recompute "
            "the percentage from the summed amounts."
        ),
    ),
    Code(
        "MEAN_OF_RATIOS",
        (_E, _W),
        N_("a percentage is the mean of the parts' ratios, not the ratio of their sums"),
        (_ANGGARAN, _EFISIENSI_MODULE),
        (_PENYERAPAN, _EFISIENSI),
        N_(
            "The percentage of a group is the ratio of its sums (Σrealisasi / Σpagu), never the "
            "mean of its parts' percentages (akip rules §3). An error for the penyerapan of an "
            "efficiency row or an efisiensi anggaran box that prints the mean; a warning for a "
            "budget parent printing the mean of its leaves' ratios (exact, or of their printed "
            "percentages). Fix: divide the summed realisasi by the summed pagu."
        ),
    ),
    Code(
        "FORMULA_VARIANT",
        (_W,),
        N_("a lower-is-better capaian uses another named formula than the report declares"),
        (_CAPAIAN_MODULE,),
        (_CAPAIAN_MIN, _CAPAIAN_T_OVER_R),
        N_(
            "The capaian of a lower-is-better indicator is (2·target − realisasi) / target × "
            "100 (PermenPANRB 8/2021), or target / realisasi × 100 where the report or the "
            "indicator declares it in minimize_formula. The printed capaian is what the other "
            "named formula gives: a warning, since the method is recognisable but is not the "
            "declared one. Fix: use the declared formula, or declare the one the report uses."
        ),
    ),
    Code(
        "PERIODE_MISMATCH",
        (_E,),
        N_("an indicator's realisasi is not the consolidation of its printed periods"),
        (_CAPAIAN_MODULE,),
        (_PERIODS,),
        N_(
            "An indicator printing its realisasi per triwulan or month consolidates them by its "
            "declared rule: sum (counts, money), last (levels, percentages) or average (akip "
            "rules §5). Always an error. Fix: print the consolidation of the periods, or "
            "declare the indicator's consolidation."
        ),
    ),
    Code(
        "SUM_MISMATCH",
        (_E, _I),
        N_("a printed total differs from the exact sum of its parts"),
        (_ANGGARAN, _EFISIENSI_MODULE, _SASARAN, _TERBILANG),
        (_SUM, _NILAI, _JUMLAH),
        N_(
            "A total is the exact sum of its parts (akip rules §3): a budget parent's pagu and "
            "realisasi at a place (the sum of its children there, or of their consensus), the "
            "total of a pagu version, a sisa (pagu − realisasi), a realisasi printed with its "
            "months or triwulans, a Nilai Anggaran box (Σpagu of the indicator's programs), an "
            "amount totalling other amounts or budget lines, the Jumlah capaian of a "
            "sasaran's indicators. An error when it differs; info "
            "when a Nilai Anggaran box prints Σrealisasi without declaring it "
            '(nilai_anggaran_measure = "realisasi"). Fix: add the parts again, or declare the '
            "measure the box prints."
        ),
    ),
    Code(
        "RATIO_MISMATCH",
        (_E,),
        N_(
            "an efficiency index differs from capaian / penyerapan, or a tingkat efisiensi "
            "from IE − SE"
        ),
        (_EFISIENSI_MODULE,),
        (_INDEKS, _TINGKAT),
        N_(
            "indeks efisiensi = capaian kinerja % / penyerapan % (akip rules §4), from the "
            "recomputed capaian and penyerapan; tingkat efisiensi = indeks efisiensi − "
            "standar efisiensi. Always an error; an index computed from a printed penyerapan "
            "that is itself wrong is a consequence of that slip. Fix: divide the capaian, not "
            "the realisasi, by the penyerapan."
        ),
    ),
    Code(
        "CATEGORY_MISMATCH",
        (_E,),
        N_("a printed Efisien / Tidak Efisien differs from the index on the report's rule"),
        (_EFISIENSI_MODULE,),
        (_INDEKS,),
        N_(
            "An efficiency row is Efisien when its recomputed index reaches the standard: IE ≥ "
            "1 (akip rules §4), or the rule the report declares in [report.efficiency_rule]. "
            "Always an error. Fix: print the category of the recomputed index, or declare the "
            "report's rule."
        ),
    ),
    Code(
        "TRUNCATED",
        (_W,),
        N_("a printed figure is the exact value cut off, not rounded HALF_UP"),
        (_FINDINGS,),
        (_ROUNDING,),
        N_(
            "Every rule comparing a printed figure with its exact value accepts the exact value "
            "rounded HALF_UP to the printed decimals (akip rules §0). A figure that is the "
            "exact value cut off at those decimals gets this warning instead of the rule's own "
            "error: the arithmetic is right, the rounding is not. Fix: round HALF_UP (104,45 "
            "is 104,5 at one decimal, not 104,4)."
        ),
    ),
    Code(
        "TERBILANG_MISMATCH",
        (_E,),
        N_("an amount or a number in words does not spell its figure"),
        (_STATEMENTS, _TERBILANG),
        (_WORDS,),
        N_(
            "An amount printed with its words must be spelled by them, as official documents "
            "write rupiah amounts (akip rules §6; Permendagri 77/2020), case, spacing and "
            "milyar / miliar aside; so must the year number of a narrative statement (tahun ke "
            "3 (tiga)). Always an error. Fix: write the words of the figure again, or the "
            "figure of the words, whichever is the slip."
        ),
    ),
    Code(
        "CROSS_TABLE_CONFLICT",
        (_E, _W, _I),
        N_(
            "a place prints another value than the consensus of the places printing the same "
            "quantity"
        ),
        (_ANGGARAN, _CAPAIAN_MODULE, _CONSENSUS_MODULE, _TERBILANG),
        (_CONSENSUS, _NATIONAL, _CASCADE, _LINK),
        N_(
            "One quantity (an indicator's target, realisasi or capaian of a year, a budget "
            "line's pagu of a version or its realisasi) has one value: the value printed in "
            "most places, a tie broken by the recomputation (akip's own method: no regulation "
            "says which place is right). An error when at "
            "least two places agree on the reference, and for a national target, a planning "
            "target that does not follow Renstra → RKT → Perjanjian Kinerja, or a target fisik "
            "that is not the Perjanjian Kinerja's; a warning when only the recomputation "
            "decides, when nothing decides, or when an amount naming a budget line matches "
            "none of the line's printed figures; information when an indicator's figure is "
            "printed per another base than the indicator's unit (56,23 per 1000 for an "
            "indicator per 100.000). Fix: correct the place that differs."
        ),
    ),
    Code(
        "SUPERSEDED_TARGET",
        (_E,),
        N_("a figure uses a murni Perjanjian Kinerja target that a perubahan replaced"),
        (_ANGGARAN, _CONSENSUS_MODULE),
        (_SUPERSEDED,),
        N_(
            "A Perjanjian Kinerja perubahan supersedes the murni (PermenPANRB 53/2014): capaian "
            "is measured against the latest target. A place, or the target fisik of a budget "
            "line, printing the murni target is an error; what is computed from it is its "
            "consequence. Fix: print the perubahan's target and recompute what depends on it."
        ),
    ),
    Code(
        "MIXED_UNITS",
        (_W,),
        N_("a fisik total adds only the lines in one unit"),
        (_ANGGARAN,),
        (_FISIK,),
        N_(
            "A physical (fisik) target carries a unit, and a rollup never adds different units "
            "(akip rules §3). A parent's fisik total that adds only its children in its own "
            "unit leaves the others out: a warning, since the figure is not the whole. Fix: "
            "print the fisik per unit, or no total."
        ),
    ),
    Code(
        "RENSTRA_YEAR",
        (_E,),
        N_('a "year n of the Renstra" statement is wrong'),
        (_STATEMENTS,),
        (_YEAR_N, _PERIOD),
        N_(
            "Year n of a Renstra period is computed from the period and the year (akip rules "
            "§5; akip.periode): 2024 is year 4 of the Renstra 2021–2026. An error when the "
            "statement's n is not that year's, when the year lies outside the period, or when "
            "the statement names another period than the report declares. Fix: state the "
            "year the period gives."
        ),
    ),
    Code(
        "STATEMENT_MISMATCH",
        (_E, _I),
        N_("a narrative change or label contradicts the report's own figures"),
        (_STATEMENTS,),
        (_STATEMENT, _POINTS, _PREDIKAT, _ATRIBUT),
        N_(
            "A narrative statement ([[statements]]) is checked against the report's own "
            "figures (akip rules §5): its direction (meningkat, tetap, menurun), the values it "
            "prints, the size of the change (in percent, (new − old) / old × 100, or in points, "
            "new − old) and its label (the capaian's predikat or atribut, or its label on the "
            "indicator's declared scale). An error when it contradicts them or names a year "
            "with no value; info when a change of a percentage is given in points but written "
            "with %, or when the label is on no declared scale (declare the report's scale). "
            "Fix: correct the sentence, or the figure it contradicts."
        ),
    ),
    Code(
        "EVALUASI_MISMATCH",
        (_E,),
        N_("the printed score or predikat of an evaluation worksheet differs from its answers"),
        (_EVALUASI,),
        (_LKE,),
        N_(
            "An evaluation worksheet ([[evaluasi]]) prints its answers, its score and its "
            "predikat; the score is Σ sub-components (mean of answers × bobot / 100) on the "
            "worksheet's profile, and the predikat is its band (PermenPANRB 88/2021; "
            "akip.evaluasi). Always an error. Fix: recompute the score from the answers, and "
            "the predikat from the score."
        ),
    ),
    Code(
        "NOT_COMPUTABLE",
        (_W,),
        N_("a printed figure cannot be recomputed: its inputs are outside the rule"),
        (_EVALUASI, _FINDINGS, _SASARAN),
        (_DOMAIN, _LKE, _JUMLAH, _RATA_RATA),
        N_(
            "Every rule has a domain (akip rules §0–§4): no target of 0, no negative amount, no "
            "fraction of a sen in words. A figure whose inputs lie outside it cannot be "
            "recomputed: a warning, not an error, since the figure may be right and the rule "
            "cannot say. A Jumlah or Rata-rata capaian of a sasaran one of whose indicators "
            "has no computable capaian of the year cannot be judged either. A part of the "
            "report that a rule refuses altogether (an unknown evaluation profile or answer "
            "code) ends with one such finding naming it, and the check goes on. Fix: check the "
            "inputs the message names."
        ),
    ),
    Code(
        "PLAUSIBILITY",
        (_W, _I),
        N_("a figure is possible but implausible"),
        (_ANGGARAN, _EFISIENSI_MODULE),
        (_STORY, _INDEKS),
        N_(
            "The arithmetic does not decide it; a reader should look. A warning for a budget "
            "line whose capaian fisik is at least 100 with a realisasi keuangan of 0 of a "
            "positive pagu (fisik and keuangan should tell the same story); info for an "
            "efficiency index printed as a percentage (an index is a ratio, 1 the standard). "
            "Fix: explain or correct the figure."
        ),
    ),
)

#: Every finding code, in the order of the guide's table.
CODES: Final[Mapping[str, Code]] = MappingProxyType({entry.code: entry for entry in _ALL})


def lookup(code: object) -> Code:
    """The registered `Code` named *code*.

    Raises:
        UnknownId: naming *code* (a bounded repr) and the nearest registered code.
    """
    if isinstance(code, str) and code in CODES:
        return CODES[code]
    import difflib  # noqa: PLC0415 - only an unknown code needs it (start-up time)

    text = code.upper() if isinstance(code, str) else ""
    nearest = max(CODES, key=lambda known: difflib.SequenceMatcher(None, text, known).ratio())
    msg = Message(
        N_("unknown finding code {code}; the nearest is {nearest}"),
        code=shown(code),
        nearest=nearest,
    )
    raise UnknownId(msg)


def markdown_table(links: str | None = None, lang: str = "en") -> str:
    """The registry as a Markdown table: code, severities, summary (for the docs).

    With *links* (a relative path, ``""`` for the same folder) each code links to its page
    ``{links}CODE.md``.

    Raises:
        InvalidValue: if *links* is neither text nor ``None``, or *lang* is not a language.

    Examples:
        >>> markdown_table("").splitlines()[2 + 10].split(" | ")[:2]
        ['| [`TRUNCATED`](TRUNCATED.md)', 'warning']
    """
    lang = checked_language(lang)
    if links is not None and not clean_text(links):
        msg = f"'links' must be a relative path or None: {shown(links)}"
        raise InvalidValue(msg)
    head = [
        gettext_in(lang, N_("Code")),
        gettext_in(lang, N_("Severity")),
        gettext_in(lang, N_("Summary")),
    ]
    lines = [f"| {' | '.join(head)} |", "|---|---|---|"]
    for entry in CODES.values():
        name = f"`{entry.code}`"
        if links is not None:
            name = f"[{name}]({links}{entry.code}.md)"
        lines.append(f"| {name} | {entry.severity_text} | {entry.summary_in(lang)} |")
    return "\n".join(lines) + "\n"


def markdown_page(code: str, lang: str = "en") -> str:
    """The page of *code* in Markdown (the docs page of a code, and ``akip rule CODE``).

    Raises:
        UnknownId: if *code* is not registered.

    Examples:
        >>> print(markdown_page("TRUNCATED").splitlines()[0])
        # TRUNCATED
    """
    entry = lookup(code)
    modules = ", ".join(f"`{module}`" for module in entry.modules)
    rules = "".join(f"\n    - {rule}" for rule in entry.rules_in(lang))
    summary = entry.summary_in(lang)
    severity, emitted, rule = (
        gettext_in(lang, N_("Severity")),
        gettext_in(lang, N_("Emitted by")),
        gettext_in(lang, N_("Rule")),
    )
    lines = [
        f"# {entry.code}",
        "",
        summary[:1].upper() + summary[1:] + ".",
        "",
        f"- **{severity}**: {entry.severity_text}",
        f"- **{emitted}**: {modules}",
        f"- **{rule}**:{rules}",
        "",
        entry.explanation_in(lang),
    ]
    return "\n".join(lines) + "\n"


def all_text(lang: str = "en") -> str:
    """Every code with its severities and summary, one per line (``akip rule --all``)."""
    width = max(len(code) for code in CODES)
    severity = max(len(entry.severity_text) for entry in CODES.values())
    return "".join(
        f"{entry.code:<{width}}  {entry.severity_text:<{severity}}  {entry.summary_in(lang)}\n"
        for entry in CODES.values()
    )


# ---------------------------------------------------------------- akip check --statistics
@typed
@attrs.frozen
class Tally:
    """The findings of one code in a check: how many, how many roots, the worst severity."""

    code: Code
    count: int
    roots: int
    severity: Severity

    def as_dict(self, lang: str = "en") -> dict[str, object]:
        """The tally as a JSON-ready mapping (stable English keys; the summary in *lang*)."""
        return {
            "code": self.code.code,
            "count": self.count,
            "roots": self.roots,
            "severity": self.severity.value,
            "summary": self.code.summary_in(lang),
        }


def statistics(findings: Iterable[Finding]) -> tuple[Tally, ...]:
    """The root *findings* (and their consequences) counted by code, most frequent first.

    Raises:
        InvalidValue: if *findings* is not a sequence of `akip.check.Finding`.
        UnknownId: for a finding whose code is not registered.
    """
    counts: dict[str, list[int]] = {}  # code -> [count, roots, worst severity's rank]
    for root in items_of(findings, Finding, "findings"):
        for finding in root.all():
            tally = counts.setdefault(finding.code, [0, 0, len(_ORDER)])
            tally[0] += 1
            tally[1] += finding is root
            tally[2] = min(tally[2], _ORDER.index(finding.severity))
    ordered = sorted(counts.items(), key=lambda item: (-item[1][0], item[0]))
    return tuple(
        Tally(lookup(code), count, roots, _ORDER[worst]) for code, (count, roots, worst) in ordered
    )


def statistics_text(tallies: Iterable[Tally], lang: str = "en") -> str:
    """One line per code: count, roots, code, worst severity, summary (``--statistics``).

    Raises:
        InvalidValue: if *tallies* is not a sequence of `Tally`, or *lang* not a language.
    """
    rows = items_of(tallies, Tally, "tallies")
    head = [
        gettext_in(lang, N_("count")),
        gettext_in(lang, N_("roots")),
        gettext_in(lang, N_("code")),
        gettext_in(lang, N_("severity")),
        gettext_in(lang, N_("summary")),
    ]
    count = max([len(head[0]), *(len(str(t.count)) for t in rows)])
    roots = max([len(head[1]), *(len(str(t.roots)) for t in rows)])
    code = max([len(head[2]), *(len(t.code.code) for t in rows)])
    severity = max(len(head[3]), len("warning"))
    first = f"{head[0]:>{count}}  {head[1]:>{roots}}  {head[2]:<{code}}  {head[3]:<{severity}}"
    lines = [f"{first}  {head[4]}"]
    lines.extend(
        f"{t.count:>{count}}  {t.roots:>{roots}}  {t.code.code:<{code}}  "
        f"{t.severity.value:<{severity}}  {t.code.summary_in(lang)}"
        for t in rows
    )
    return "\n".join(lines) + "\n"


def statistics_json(tallies: Iterable[Tally], lang: str = "en") -> str:
    """The tallies as a JSON array of objects (``--statistics --format json``).

    Raises:
        InvalidValue: if *tallies* is not a sequence of `Tally`, or *lang* not a language.
    """
    import json  # noqa: PLC0415 - only this output needs it

    rows = items_of(tallies, Tally, "tallies")
    lang = checked_language(lang)
    return json.dumps([t.as_dict(lang) for t in rows], ensure_ascii=False, indent=2) + "\n"

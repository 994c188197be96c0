"""``make bench``: time studypack against a bare reportlab script, as whole processes.

Generates deterministic synthetic packs (10 to 10,000 cards), times each
output with the median of several runs and records each run's peak memory
(max RSS from wait4), then prints a table and writes it to bench/RESULTS.md.

    python bench/run.py [--quick]      # --quick: fewer runs, no 10,000-card pack
"""
from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "tests"))
from packgen import write_pack  # noqa: E402  (the tests' deterministic generator)

PYTHON = sys.executable
SIZES = (10, 100, 1_000, 10_000)


def run(command: list[str]) -> tuple[float, float]:
    """Wall time (s) and peak memory (MB) of one process."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{process.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def measure(command: list[str], runs: int) -> tuple[float, float]:
    """Median time and the largest peak memory over ``runs`` runs (after one warm-up)."""
    run(command)
    results = [run(command) for _ in range(runs)]
    return statistics.median(t for t, _ in results), max(m for _, m in results)


def studypack(*args: str) -> list[str]:
    return [PYTHON, "-m", "studypack", *args, "--quiet"]


def main() -> None:
    quick = "--quick" in sys.argv
    sizes = SIZES[:-1] if quick else SIZES
    runs = 3 if quick else 5
    rows: list[tuple[str, str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        out = work / "out"
        packs = {n: write_pack(work, f"cards{n}", n, seed=7) for n in sizes}
        twenty = write_pack(work, "cards20", 20, seed=7)
        times: dict[tuple[str, int], float] = {}
        for n in sizes:
            count = runs if n < 10_000 else 3
            base_t, base_m = measure([PYTHON, str(HERE / "baseline.py"), str(packs[n]), str(work / "baseline.pdf")], count)
            ours_t, ours_m = measure(studypack("build", str(packs[n]), "--only", "flashcards", "--out", str(out)), count)
            times[("flashcards", n)] = ours_t
            rows.append((f"flashcards, {n:,} cards", "baseline (bare reportlab)", base_t, base_m, ""))
            rows.append((f"flashcards, {n:,} cards", "studypack", ours_t, ours_m, f"{ours_t / base_t:.2f}× baseline"))
        for n in sizes:
            count = runs if n < 10_000 else 3
            sheet_t, sheet_m = measure(studypack("build", str(packs[n]), "--only", "worksheet", "--out", str(out)), count)
            times[("worksheet", n)] = sheet_t
            rows.append((f"worksheet + key, {n:,} cards", "studypack", sheet_t, sheet_m, ""))
        summary_t, summary_m = measure(studypack("build", str(twenty), "--only", "summary", "--out", str(out)), runs)
        rows.append(("summary, 20 cards", "studypack", summary_t, summary_m, ""))
        import_t, import_m = measure([PYTHON, "-c", "import reportlab.platypus, typer, yaml"], runs)
        example = ROOT / "packs" / "khrushchev.yaml"
        example_t, example_m = measure(studypack("build", str(example), "--out", str(out)), runs)
        rows.append(("imports only", "python -c 'import reportlab.platypus, typer, yaml'", import_t, import_m, ""))
        rows.append(("example pack, all four PDFs", "studypack", example_t, example_m, f"{example_t / import_t:.2f}× imports"))
        plain, science = science_packs(work)
        all_four = ("--pages", "12", "--out", str(out))
        plain_t, plain_m = measure(studypack("build", str(plain), *all_four), runs)
        science_t, science_m = measure(studypack("build", str(science), *all_four), runs)
        rows.append(("200 cards, all four PDFs", "plain text", plain_t, plain_m, ""))
        rows.append(("200 cards, all four PDFs", "a formula on every card, 20 pictures", science_t, science_m,
                     f"{science_t / plain_t:.2f}× plain (target ≤ 2×)"))
        (work / "many").mkdir()
        several = [write_pack(work / "many", f"pack{i}", 1_000, seed=i) for i in range(4)]
        # The summary of a 1,000-card pack cannot fit one page (by design), so it is left out here.
        many = studypack("build", *map(str, several), "--only", "flashcards,worksheet", "--out", str(out))
        serial_t, _ = measure(many + ["--jobs", "1"], 3)
        parallel_t, parallel_m = measure(many, 3)
        rows.append(("4 packs × 1,000 cards, flashcards + worksheet", "--jobs 1", serial_t, 0.0, ""))
        rows.append(("4 packs × 1,000 cards, flashcards + worksheet", f"--jobs {os.cpu_count()} (default)", parallel_t, parallel_m,
                     f"{serial_t / parallel_t:.2f}× faster"))
    growth = [
        f"- {output}: 1,000 → 10,000 cards took {times[(output, 10_000)] / times[(output, 1_000)]:.2f}× the time (10× the cards)"
        for output in ("flashcards", "worksheet") if (output, 10_000) in times
    ]
    report(rows, growth)


def science_packs(work: Path, cards: int = 200, pictures: int = 20) -> tuple[Path, Path]:
    """The same 200 cards twice: in plain words, and with a formula on every card and a picture on 20
    (small PNGs written with zlib and struct)."""
    import struct
    import zlib

    def png(path: Path, width: int, height: int, shade: int) -> None:
        raw = b"".join(b"\x00" + bytes((shade, 120, 255 - shade)) * width for _ in range(height))

        def chunk(kind: bytes, data: bytes) -> bytes:
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

        path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                         + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

    for index in range(pictures):
        png(work / f"picture{index}.png", 300 + 10 * index, 200, 10 * index)
    texts = {"plain": [], "science": []}
    for n in range(cards):
        texts["plain"] += [f"  - title: Reaction {n}", "    points:",
                           f"      - 'Nitrogen and hydrogen make ammonia {n} at 25 C, rate 3.0 times ten to the minus three per second'",
                           f"      - 'The **catalyst** {n} is iron, and the pressure about 200 atmospheres'"]
        texts["science"] += [f"  - title: Reaction {n}", "    points:",
                             f"      - '\\ce{{N2 + 3H2 <=> 2NH3}} {n} at 25 °C, rate 3.0 × 10^-3^ mol dm^-3^ s^-1^'",
                             f"      - 'The **catalyst** {n} is iron, $p \\approx 200$ atm and $K = \\frac{{[NH_3]^2}}{{[N_2][H_2]^3}}$'"]
        if n % (cards // pictures) == 0:
            texts["science"].insert(-3, f"    back_image: picture{n * pictures // cards}.png")
    paths = []
    for name, lines in texts.items():
        path = work / f"science-{name}.yaml"
        path.write_text("\n".join([f"title: Ammonia ({name})", "cards:", *lines]) + "\n", encoding="utf-8")
        paths.append(path)
    return paths[0], paths[1]


def report(rows, growth) -> None:
    lines = [
        "# Benchmark results",
        "",
        f"`make bench` on {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()},"
        f" {time.strftime('%Y-%m-%d')}. Whole processes, median of several runs; memory is the peak RSS of the process.",
        "",
        "| what | how | time (s) | peak memory (MB) | ratio |",
        "|---|---|---:|---:|---|",
    ]
    lines += [f"| {what} | {how} | {t:.2f} | {m:.0f} | {ratio} |" if m else f"| {what} | {how} | {t:.2f} | | {ratio} |"
              for what, how, t, m, ratio in rows]
    lines += ["", "Growth with the number of cards:", "", *growth, ""]
    text = "\n".join(lines)
    print(text)
    (HERE / "RESULTS.md").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

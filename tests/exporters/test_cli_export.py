"""`studypack export` through the command line: where it writes, what it refuses, what it says."""
import csv
import io

from typer.testing import CliRunner

from studypack.cli import app

PACK = """\
title: Cold War
cards:
  - title: Sputnik
    date: 1957
    points:
      - The first **satellite**, launched in **1957**.
  - title: U-2 incident
    points:
      - A US spy plane shot down over the **USSR** in 1960.
"""


def _pack(tmp_path):
    path = tmp_path / "cold-war.yaml"
    path.write_text(PACK, encoding="utf-8")
    return path


def test_export_writes_beside_the_packs_pdfs_by_default_and_reads_back(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["export", str(_pack(tmp_path)), "--to", "csv"])
    assert result.exit_code == 0, result.output
    written = tmp_path / "out" / "cold-war" / "cold-war.csv"
    rows = list(csv.reader(io.StringIO(written.read_text(encoding="utf-8"))))
    assert rows[0] == ["term", "definition"]
    assert [row[0] for row in rows[1:]] == ["Sputnik", "U-2 incident"]
    assert "wrote out/cold-war/cold-war.csv" in result.output


def test_export_refuses_to_replace_a_file_without_force_and_leaves_it_untouched(tmp_path):
    pack = _pack(tmp_path)
    target = tmp_path / "deck.txt"
    target.write_text("keep me", encoding="utf-8")
    refused = CliRunner().invoke(app, ["export", str(pack), "--to", "quizlet", "-o", str(target)])
    assert refused.exit_code == 1
    assert "already exists — add --force" in refused.output
    assert target.read_text(encoding="utf-8") == "keep me"
    forced = CliRunner().invoke(app, ["export", str(pack), "--to", "quizlet", "-o", str(target), "--force"])
    assert forced.exit_code == 0, forced.output
    assert target.read_text(encoding="utf-8").splitlines()[0].startswith("Sputnik\t")


def test_export_never_writes_over_its_own_pack(tmp_path):
    pack = _pack(tmp_path)
    result = CliRunner().invoke(app, ["export", str(pack), "--to", "csv", "-o", str(pack), "--force"])
    assert result.exit_code == 1
    assert pack.read_text(encoding="utf-8") == PACK


def test_export_names_what_the_target_cannot_hold_in_one_warning(tmp_path):
    result = CliRunner().invoke(app, ["export", str(_pack(tmp_path)), "--to", "csv", "-o", str(tmp_path / "x.csv")])
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "dates" in warnings[0]


def test_export_without_a_format_or_with_an_unknown_one_is_a_usage_error(tmp_path):
    pack = _pack(tmp_path)
    assert CliRunner().invoke(app, ["export", str(pack)]).exit_code == 2
    assert CliRunner().invoke(app, ["export", str(pack), "--to", "pdf"]).exit_code == 2


def test_export_takes_the_worksheet_options_so_gift_follows_the_seed(tmp_path):
    pack = _pack(tmp_path)
    first = CliRunner().invoke(app, ["export", str(pack), "--to", "gift", "--seed", "a", "-o", str(tmp_path / "a.gift")])
    again = CliRunner().invoke(app, ["export", str(pack), "--to", "gift", "--seed", "a", "-o", str(tmp_path / "b.gift")])
    assert first.exit_code == 0 and again.exit_code == 0, first.output + again.output
    assert (tmp_path / "a.gift").read_bytes() == (tmp_path / "b.gift").read_bytes()

"""The command line: exit codes, one-line errors, nothing half-written, help with examples."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from checkfacts.cli import main
from checkfacts.errors import ExitCode
from conftest import DEMO, ILRS, ROOT, need


def invoke(args, code, **kwargs):
    """Run the CLI in-process and assert its exit code; return the result."""
    result = CliRunner().invoke(main, args, catch_exceptions=False, **kwargs)
    assert result.exit_code == code, (result.output, result.stderr)
    return result


def test_every_command_has_help_with_an_example():
    for name, command in main.commands.items():
        result = invoke([name, "--help"], ExitCode.CLEAN)
        assert "Example" in result.output, name
        assert command.help


def test_report_writes_three_formats(tmp_path):
    out = tmp_path / "out"
    result = invoke(["report", str(need(ILRS)), "-o", str(out), "--quiet"], ExitCode.CLEAN)
    assert sorted(p.name for p in out.iterdir()) == ["report.html", "report.json", "report.md"]
    assert result.stderr == ""
    assert json.loads((out / "report.json").read_text())["schema_version"] == 8


@pytest.mark.parametrize(
    ("setup", "problem"),
    [
        (lambda d: str(d / "missing"), "no such file or folder"),
        (lambda d: (d / "empty").mkdir() or str(d / "empty"), "holds no articles"),
        (lambda d: (d / "x.txt").write_bytes(b"\x00\x01\x02binary") and str(d / "x.txt"), "binary"),
        (
            lambda d: (d / "y.txt").write_bytes(b"\xff\xfe\xfa bytes") and str(d / "y.txt"),
            "not UTF-8",
        ),
        (
            lambda d: (d / "z.md").write_text("---\na: [\n---\ntext\n") and str(d / "z.md"),
            "malformed front matter",
        ),
    ],
)
def test_bad_input_exit_2_one_line_nothing_written(tmp_path, setup, problem):
    out = tmp_path / "out"
    out.mkdir()
    (out / "report.json").write_text("previous report\n")
    bad = setup(tmp_path)
    result = invoke(["report", bad, str(need(ILRS)), "-o", str(out)], ExitCode.USAGE)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert bad in lines[0] and problem in lines[0]
    assert "Traceback" not in result.stderr
    assert sorted(os.listdir(out)) == ["report.json"]
    assert (out / "report.json").read_text() == "previous report\n"


def test_size_limit_is_configurable(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The council approved the budget on Monday. " * 50)
    result = invoke(
        ["report", str(article), "-o", str(tmp_path / "o"), "--max-bytes", "100"], ExitCode.USAGE
    )
    assert "over the limit of 100" in result.stderr


def test_help_runs_as_a_real_process_without_heavy_imports():
    code = (
        "import sys, checkfacts.cli; "
        "print(sorted(m for m in ('torch','spacy','sentence_transformers') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_default_input_is_the_demo_corpus(tmp_path):
    out = tmp_path / "r"
    invoke(["report", "-o", str(out), "--store", str(tmp_path / "claims"), "-q"], ExitCode.CLEAN)
    data = json.loads((out / "report.json").read_text())
    folders = {(ROOT / s["path"]).parent.resolve() for s in data["sources"]}
    assert folders == {(ROOT / "demo").resolve()}
    assert len(list((tmp_path / "claims").glob("*.json"))) == len(data["sources"])
    assert need(DEMO).is_dir()


def test_fields_jsonl_one_line_per_input_and_errors_inline():
    lines = [
        json.dumps({"text": "They signed it on Tuesday.", "published": "2021-03-10"}),
        "not json",
        json.dumps({"text": "About 400 ships waited."}),
    ]
    result = invoke(["fields", "-"], ExitCode.CLEAN, input="\n".join(lines) + "\n")
    out = [json.loads(x) for x in result.output.splitlines()]
    assert len(out) == 3
    assert "error" in out[1]
    dates = [f for f in out[0]["fields"] if f["kind"] == "date"]
    assert dates and dates[0]["value"]["timex"] == "2021-03-09"
    assert any(f["kind"] == "quantity" for f in out[2]["fields"])


def test_rules_lists_every_rule_as_json():
    rows = json.loads(invoke(["rules", "--format", "json"], ExitCode.CLEAN).output)
    assert len(rows) >= 25
    assert {"quantity.evolving_count", "date.loose_week", "compare.unsure_alignment"} <= {
        r["name"] for r in rows
    }


def test_an_unknown_rule_in_the_config_is_one_line_exit_2(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.checkfacts]\ndisable = ["quantity.no_such_rule"]\n'
    )
    out = tmp_path / "out"
    result = invoke(
        ["report", str(need(ILRS)), "-o", str(out), "--config", str(tmp_path / "pyproject.toml")],
        ExitCode.USAGE,
    )
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "quantity.no_such_rule" in lines[0], result.stderr
    assert not out.exists()

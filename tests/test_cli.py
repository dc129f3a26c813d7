"""The newsclaims command: formats, batches with bad files in them, one-line errors."""

import json
import subprocess
import sys

import pytest

from newsclaims.cli import main

GOOD = "Acme Corp said on Monday that revenue rose 12% to $4.5 billion.\n"


@pytest.fixture
def batch(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "nested.txt").write_text(GOOD, encoding="utf-8")
    return tmp_path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_of_the_seeds_has_their_ids_and_exact_text(capsys, seed_paths):
    code, out, err = run(capsys, "extract", str(seed_paths[0].parent), "--format", "jsonl")
    assert code == 0 and err == ""
    lines = [json.loads(line) for line in out.splitlines()]
    assert [a["id"] for a in lines] == [p.stem for p in seed_paths]
    for article, path in zip(lines, seed_paths):
        assert article["text"].encode("utf-8") == path.read_bytes()


def test_bad_files_get_one_line_each_and_good_ones_are_still_written(capsys, batch):
    code, out, err = run(capsys, "extract", str(batch), str(batch / "missing.txt"))
    assert code == 1
    assert sorted(json.loads(line)["id"] for line in out.splitlines()) == ["good", "nested"]
    errors = err.splitlines()
    assert len(errors) == 4
    for name, problem in [("empty.txt", "empty"), ("binary.txt", "binary"), ("latin1.txt", "UTF-8"), ("missing.txt", "no such file")]:
        assert any(name in line and problem in line for line in errors), (name, errors)
    assert "Traceback" not in err


def test_directory_without_articles_is_an_error(capsys, tmp_path):
    code, out, err = run(capsys, "extract", str(tmp_path))
    assert code == 1 and out == ""
    assert str(tmp_path) in err and "no *.txt" in err and len(err.splitlines()) == 1


def test_json_format_is_one_array(capsys, batch):
    code, out, _ = run(capsys, "extract", str(batch / "good.txt"), str(batch / "sub"), "--format", "json")
    assert code == 0
    assert [a["id"] for a in json.loads(out)] == ["good", "nested"]


def test_table_format_summarises_for_people(capsys, batch):
    code, out, _ = run(capsys, "extract", str(batch / "good.txt"), "--format", "table")
    assert code == 0
    assert "== good" in out and "entities" in out and "claims" in out


def test_output_file(capsys, batch, tmp_path):
    target = tmp_path / "out.jsonl"
    code, out, _ = run(capsys, "extract", str(batch / "good.txt"), "-o", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text())["id"] == "good"


@pytest.mark.parametrize(
    "argv",
    [
        ["extract"],
        ["extract", "x.txt", "--format", "xml"],
        ["extract", "x.txt", "--bogus"],
        ["frobnicate"],
        [],
    ],
)
def test_malformed_command_lines_give_one_line_and_exit_2(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_unknown_style_lists_installed_styles(capsys, batch):
    code, _, err = run(capsys, "extract", str(batch / "good.txt"), "--style", "nope")
    assert code == 2 and "generic" in err and len(err.strip().splitlines()) == 1


def test_standard_input(capsys, monkeypatch):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    code, out, _ = run(capsys, "extract", "-")
    assert code == 0 and json.loads(out)["text"] == GOOD


def test_console_script_runs_without_traceback(batch):
    proc = subprocess.run(
        [sys.executable, "-m", "newsclaims", "extract", str(batch / "empty.txt"), str(batch / "good.txt")],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 1
    assert len(proc.stdout.splitlines()) == 1
    assert proc.stderr.strip().count("\n") == 0 and "empty" in proc.stderr


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("newsclaims ")


def test_styles_reports_an_unreadable_file_and_goes_on(capsys, batch, monkeypatch):
    from pathlib import Path

    real = Path.read_bytes

    def read_bytes(self):
        if self.name == "empty.txt":
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    code, out, err = run(capsys, "styles", str(batch / "empty.txt"), str(batch / "good.txt"))
    assert code == 1 and "Traceback" not in err
    assert "empty.txt" in err and "Permission denied" in err and "good.txt" in out

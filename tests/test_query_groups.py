"""group.* queries over files annotate the whole set queried with its corroboration groups."""

import json

from newsclaims.cli import main

TEXTS = {
    "a.txt": "Acme Corp's revenue reached $5 billion in 2024, the company said.\n",
    "b.txt": "According to Reuters, Acme Corp's revenue reached $5 billion in 2024.\n",
    "c.txt": "Acme Corp's revenue reached $7 billion in 2024, analysts said.\n",
}


def test_group_fields_are_in_the_default_schema_and_answer_over_files(tmp_path, capsys):
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert main(["query", "group.articles >= 2", str(tmp_path)]) == 0
    matched = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {m["article"] for m in matched} == {"a", "b", "c"}
    assert main(["query", "group.agree = true", str(tmp_path)]) == 0
    assert capsys.readouterr().out == ""

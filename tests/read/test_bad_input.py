"""Bad input: one clear stderr line naming the file/record, the rest read, non-zero exit."""

from ..conftest import FIXTURES, SEED, run_warta

READ = FIXTURES / "read"


def test_latin1_file_is_decoded_with_a_warning_and_exit_zero():
    out = run_warta("read", str(READ / "latin1_en_mali_segou.txt"), "--report")
    assert out.returncode == 0
    assert (
        f"warning: {READ / 'latin1_en_mali_segou.txt'}: not valid UTF-8; decoded as cp1252"
        in out.stderr
    )
    assert "village of Katiéna in the Ségou region" in out.stdout
    assert "«the press»" in out.stdout


def test_binary_file_is_skipped_and_the_batch_goes_on():
    out = run_warta("read", str(READ / "image_not_article.txt"), str(SEED), "--report")
    assert out.returncode == 1
    assert (
        out.stderr.splitlines()[0]
        == f"error: {READ / 'image_not_article.txt'}: binary data, not text"
    )
    assert len(out.stdout.splitlines()) == 1
    assert "read 1 documents; skipped 1; 0 warnings" in out.stderr


def test_missing_file_empty_document_and_bad_json_line_each_named():
    out = run_warta(
        "read",
        "no/such/article.txt",
        str(READ / "blank_only.txt"),
        str(READ / "mixed_en_records.jsonl"),
        "--report",
    )
    assert out.returncode == 1
    errors = [line for line in out.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        "error: no/such/article.txt: no such file or directory",
        f"error: {READ / 'blank_only.txt'}: empty document (no article text)",
        f"error: {READ / 'mixed_en_records.jsonl'}:2: not valid JSON (Expecting ',' delimiter at column 1)",
    ]
    assert len(out.stdout.splitlines()) == 2
    assert "read 2 documents; skipped 3; 0 warnings" in out.stderr


def test_directory_is_read_recursively_and_an_empty_one_is_an_error(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "one.txt").write_text(
        "Troops clashed with rebels near Goma on Friday, the army said.", "utf-8"
    )
    (tmp_path / "a" / ".hidden.txt").write_text("not read", "utf-8")
    (tmp_path / "empty").mkdir()
    out = run_warta("read", str(tmp_path / "a"), str(tmp_path / "empty"))
    assert out.returncode == 1
    assert len(out.stdout.splitlines()) == 1 and '"id":"one"' in out.stdout
    assert f"error: {tmp_path / 'empty'}: directory has no files to read" in out.stderr


def test_glob_and_stdin(tmp_path):
    for n in range(3):
        (tmp_path / f"art{n}.txt").write_text(
            f"Polisi menangkap {n + 2} orang dalam demo di Makassar kemarin.", "utf-8"
        )
    out = run_warta("read", str(tmp_path / "art*.txt"), "--format", "text")
    assert out.returncode == 0
    assert out.stdout.count("# art") == 3
    piped = run_warta("read", "-", "--published", "2024-02-01", stdin=SEED.read_bytes())
    assert piped.returncode == 0
    assert '"id":"stdin"' in piped.stdout and '"published":"2024-02-01"' in piped.stdout
    nothing = run_warta("read", str(tmp_path / "none*.txt"))
    assert nothing.returncode == 1
    assert nothing.stderr.strip() == f"error: {tmp_path / 'none*.txt'}: no files match this pattern"

"""``eventline run`` loads the spaCy model while Prefect's server starts (cli._preload_model)."""

from __future__ import annotations

import argparse

from eventline import cli, nlp
from eventline.pipeline import RunOptions


def _args(*argv: str) -> argparse.Namespace:
    return cli.build_parser().parse_args(["run", "examples", "--out", "unused", *argv])


def test_preload_fills_the_process_wide_pipelines(monkeypatch) -> None:
    loaded: list[tuple[str, dict[str, str] | None]] = []
    monkeypatch.setattr(nlp, "_PIPELINES", {})
    monkeypatch.setattr(nlp, "load_model", lambda lang, models=None: loaded.append((lang, models)))
    args = _args("--lang", "en", "--model-en", "my_model")
    thread = cli._preload_model(args, RunOptions(lang="en"))
    assert thread is not None
    thread.join(timeout=30)
    assert loaded == [("en", {"en": "my_model"})]
    # the batches of the run find it loaded: the same key as pipeline.extract_batch uses
    assert "en" in nlp.pipelines_for({"en": "my_model"})._loaded


def test_preload_defaults_to_the_default_language_and_survives_a_missing_model(
    monkeypatch,
) -> None:
    monkeypatch.setattr(nlp, "_PIPELINES", {})
    args = _args("--model-fr", "no_such_spacy_model_package")
    thread = cli._preload_model(args, RunOptions())
    assert thread is not None
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert nlp.pipelines_for({"fr": "no_such_spacy_model_package"})._loaded == {}


def test_no_preload_with_dask_workers() -> None:
    assert cli._preload_model(_args("--workers", "2"), RunOptions()) is None

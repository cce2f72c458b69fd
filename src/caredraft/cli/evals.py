"""``caredraft eval ...``: each evaluation module in ``caredraft.evals`` exposes a click
command named ``command``; this group collects them."""

from __future__ import annotations

import importlib

import click

EVALS = ("retrieval", "screening", "replies", "drafts")


@click.group("eval")
@click.pass_obj
def eval_group(settings) -> None:
    """Run an evaluation and write its report (JSON, Markdown, PNG) under the data folder."""
    from caredraft.knowledge_base.embedders import use_all_cores

    use_all_cores(settings)  # an eval owns the machine: batch the embeddings over every core


for _name in EVALS:
    try:
        _module = importlib.import_module(f"caredraft.evals.{_name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"caredraft.evals.{_name}":
            raise
        continue
    eval_group.add_command(_module.command, _name)

commands = [eval_group]

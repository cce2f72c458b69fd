"""Writing evaluation reports: the same result as JSON (for machines and CI gates),
Markdown (for people and closing notes) and a PNG plot."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence


@dataclass
class Gate:
    """One CI target: ``value`` must be >= ``minimum`` (or <= ``maximum``)."""

    name: str
    value: float
    minimum: float | None = None
    maximum: float | None = None

    @property
    def passed(self) -> bool:
        if self.minimum is not None and self.value < self.minimum:
            return False
        if self.maximum is not None and self.value > self.maximum:
            return False
        return True

    def describe(self) -> str:
        bound = f">= {self.minimum}" if self.minimum is not None else f"<= {self.maximum}"
        return f"{'PASS' if self.passed else 'FAIL'} {self.name}: {self.value:.3f} (target {bound})"


@dataclass
class Report:
    name: str
    data: dict[str, Any] = field(default_factory=dict)
    gates: list[Gate] = field(default_factory=list)
    markdown: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(g.passed for g in self.gates)

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "passed": self.passed,
            "gates": [{"name": g.name, "value": g.value, "minimum": g.minimum, "maximum": g.maximum,
                       "passed": g.passed} for g in self.gates],
            **self.data,
        }

    def write(self, folder: Path) -> dict[str, Path]:
        folder.mkdir(parents=True, exist_ok=True)
        paths = {"json": folder / f"{self.name}.json", "md": folder / f"{self.name}.md"}
        paths["json"].write_text(json.dumps(self.to_json(), ensure_ascii=False, indent=2), encoding="utf-8")
        lines = [f"# {self.name} evaluation", "", *self.markdown]
        if self.gates:
            lines += ["", "## Gates", "", *[f"- {g.describe()}" for g in self.gates]]
        paths["md"].write_text("\n".join(lines) + "\n", encoding="utf-8")
        return paths


def markdown_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    def fmt(value: Any) -> str:
        if isinstance(value, float):
            return f"{value:.3f}"
        return str(value)

    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(fmt(v) for v in row) + " |" for row in rows]
    return out


def bar_plot(path: Path, title: str, groups: dict[str, dict[str, float]], ylabel: str = "") -> Path:
    """Grouped bars: ``groups[group][series] = value`` (e.g. language -> metric -> value)."""
    import matplotlib

    matplotlib.use("Agg")  # no display on servers and CI
    import matplotlib.pyplot as plt

    group_names = list(groups)
    series = sorted({s for g in groups.values() for s in g})
    width = 0.8 / max(1, len(series))
    fig, ax = plt.subplots(figsize=(max(6, 1.4 * len(group_names) * max(1, len(series)) / 2), 4))
    for i, name in enumerate(series):
        xs = [j + i * width for j in range(len(group_names))]
        ax.bar(xs, [groups[g].get(name, 0.0) for g in group_names], width, label=name)
    ax.set_xticks([j + width * (len(series) - 1) / 2 for j in range(len(group_names))], group_names)
    ax.set_title(title)
    ax.set_ylabel(ylabel)
    ax.set_ylim(0, 1.05)
    ax.legend(fontsize="small")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def exit_on_gates(report: Report, gate: bool) -> None:
    """Print the gates; with ``--gate`` exit non-zero when any is missed (CI)."""
    import click

    for g in report.gates:
        click.echo(g.describe(), err=True)
    if gate and not report.passed:
        raise SystemExit(1)


def publish(report: Report, out: Path, *, gate: bool, plot: tuple[str, str, dict[str, dict[str, float]]] | None = None,
            summary: Sequence[str] = ()) -> dict[str, Path]:
    """The common end of an ``eval`` command: write JSON + Markdown (+ the PNG plot, given as
    (file name, title, groups)) into ``out``, print ``summary`` and where the report is, then
    the gates; with ``gate`` exit 1 when one is missed (CI)."""
    import click

    paths = report.write(out)
    if plot is not None:
        name, title, groups = plot
        paths["png"] = bar_plot(out / name, title, groups)
    if summary:
        click.echo("\n".join(summary))
    click.echo(f"report: {paths['md']}")
    exit_on_gates(report, gate)
    return paths

"""Shared helpers for the benchmark scripts: median wall time of whole commands."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
CAREERS = [PYTHON, "-c", "from careercli.cli import main; main()"]
FLOOR = [PYTHON, "-c", "import typer, rich.console"]


def wall_time(command: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def medians(commands: dict[str, list[str]], runs: int, env: dict[str, str] | None = None) -> dict[str, float]:
    """Median of `runs` timings per command, interleaved so that machine noise hits all alike."""
    samples: dict[str, list[float]] = {name: [] for name in commands}
    for name, command in commands.items():  # warm-up: file system cache, .pyc files, index cache
        wall_time(command, env)
    for _ in range(runs):
        for name, command in commands.items():
            samples[name].append(wall_time(command, env))
    return {name: statistics.median(values) for name, values in samples.items()}


def environment(**extra: str) -> dict[str, str]:
    # A real install has .pyc files; this sandbox sets PYTHONDONTWRITEBYTECODE, which would
    # make every run recompile every module and measure the compiler, not the program.
    unset = ("CAREERS_PATH", "PAGER", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env.update(NO_COLOR="1", COLUMNS="80", **extra)
    return env


def report(name: str, seconds: float, floor: float, target: float, unit: str = "floor") -> bool:
    ratio = seconds / floor
    ok = ratio <= target
    print(f"{name:<46} {seconds * 1000:8.1f} ms  {ratio:5.2f} x {unit:<6} (target <= {target})  {'ok' if ok else 'OVER'}")
    return ok

"""The RIASEC interest quiz: item banks, scoring, ranking, answers and saved sessions.

Everything here is pure Python without Typer, so a script can score answers and rank a
catalog directly: `load_bank`, `score_answers`, `holland_code`, `rank_careers`.
"""

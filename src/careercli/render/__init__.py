"""One way to render each result: Rich for people, JSON / CSV / Markdown for scripts."""

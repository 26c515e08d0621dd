"""What only makes sense at a terminal: prompts and quiz screens, the pager, progress bars.

Commands reach these through the application context; the core never imports them.
"""

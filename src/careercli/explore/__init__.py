"""What the read commands find, as plain data: search results, lists, similar careers, comparisons, a profile page."""

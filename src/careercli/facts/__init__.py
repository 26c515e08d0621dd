"""Facts about careers that several layers share: pay, interest centres, study levels, criteria tags."""

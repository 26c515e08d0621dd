"""Importers: turn public reference data (O*NET, ESCO, crosswalks, ROME) into catalog files.

Nothing here runs when you browse the catalog; `careers import onet` and `careers import rome`
are maintainer's tools whose output (data/careers/onet/, data/careers/rome/, data/reference/)
is committed.
"""

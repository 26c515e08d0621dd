"""Importers: turn public reference data (O*NET, ESCO, crosswalks, ROME) into catalog files.

Nothing here runs when you browse the catalog; `careers import onet` is a maintainer's tool
whose output (data/careers/onet/, data/reference/) is committed.
"""

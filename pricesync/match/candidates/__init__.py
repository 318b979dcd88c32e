"""Candidates: which catalog items an offer could be (the catalog index and the token index over
the catalog's rarer words).
"""

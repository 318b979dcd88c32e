"""Features: what a pair of names has in common and where it differs (the name score, the
differences the vetoes read, the twenty numbers the scorer reads).
"""

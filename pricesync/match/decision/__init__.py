"""Decision: the identifier cascade, the vetoes that keep a sibling from an auto match, and the
auto / review / unmatched verdict.
"""

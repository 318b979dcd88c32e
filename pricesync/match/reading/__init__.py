"""Reading names once: normalising, the word files, units, attributes, model codes and the
catalog's own words. Every later step compares what these modules read.
"""

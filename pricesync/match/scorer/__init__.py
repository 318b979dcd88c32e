"""Scorer: the learned model that turns a pair's features into the probability that the match is
right, its calibration and the run's free labels.
"""

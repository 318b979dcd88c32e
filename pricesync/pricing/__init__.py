"""pricing stage."""

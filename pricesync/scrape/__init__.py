"""scrape stage."""

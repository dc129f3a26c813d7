"""Built-in extractor plugin (being written)."""

"""Where gazetteer places come from: one module per source, each yielding Entry records."""

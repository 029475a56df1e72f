"""Per-language knowledge: one package per language, one module per consuming stage."""

"""The converter's stages, each a module of pure functions over the model.

In pipeline order (convert.py wires them): decode, layout, masthead,
split, tables, paragraphs, structure, punctuation, metadata, pages. A stage imports the model,
the vocabulary (builder.text) and earlier stages, never a later one
(tests/test_architecture.py checks it).
"""

"""The shared vocabulary of Chinese official documents.

What the stages know about the text, defined once: numerals
(`numerals`), numbering schemes and their labels (`numbering`), the
document frame — 发文字号, dates, organ names, kinds (`frame`), how
lines join and sentences end (`lines`), the page's measure and its
thresholds (`measure`), and the ids derived from all of it (`ids`).
Imports only the model; every stage may import it.
"""

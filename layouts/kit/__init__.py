"""What every output shares and no output owns.

``fitting`` (words, lines, shrink-to-fit), ``fonts`` (faces, glyph coverage),
``page`` (paper sizes, card stocks, rectangles), ``document`` (the PDF and its
drawing operations: the only place that touches reportlab's canvas) and
``second_core`` (drawing half the pages in a forked process).
"""

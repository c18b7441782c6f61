#!/usr/bin/python3
"""Writes arrow-ligature.ttf: a test font whose layout differs from its glyphs side by side.

Every printable ASCII character is a box (its width and height vary with the character, so
that each draws differently), and the font's 'liga' feature turns "->" into one arrow glyph,
as programming fonts do. Laying "a->b" out then gives other glyphs than drawing its
characters one by one - what UnshapedLine's probe must notice. Needs python3-fonttools
(Debian); the generated file is kept in the repository, so the tests do not need it.
"""
import os

from fontTools.feaLib.builder import addOpenTypeFeaturesFromString
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen

UNITS = 1000


def box(width, height):
    pen = TTGlyphPen(None)
    pen.moveTo((60, 0))
    pen.lineTo((60, height))
    pen.lineTo((width - 60, height))
    pen.lineTo((width - 60, 0))
    pen.closePath()
    return pen.glyph()


def arrow():
    pen = TTGlyphPen(None)
    pen.moveTo((60, 150))
    pen.lineTo((60, 550))
    pen.lineTo((1000, 350))
    pen.closePath()
    return pen.glyph()


names = [".notdef"]
glyphs = {".notdef": box(500, 700)}
metrics = {".notdef": (500, 60)}
cmap = {}
for code in range(0x20, 0x7F):
    name = "space" if code == 0x20 else "c%02x" % code
    width = 400 + (code % 7) * 60
    names.append(name)
    glyphs[name] = TTGlyphPen(None).glyph() if code == 0x20 else box(width, 300 + (code % 11) * 40)
    metrics[name] = (width, 60)
    cmap[code] = name
names.append("arrow")
glyphs["arrow"] = arrow()
metrics["arrow"] = (1060, 60)

builder = FontBuilder(UNITS, isTTF=True)
builder.setupGlyphOrder(names)
builder.setupCharacterMap(cmap)
builder.setupGlyf(glyphs)
builder.setupHorizontalMetrics(metrics)
builder.setupHorizontalHeader(ascent=800, descent=-200)
builder.setupNameTable({"familyName": "Discue Arrow Test", "styleName": "Regular"})
builder.setupOS2(sTypoAscender=800, sTypoDescender=-200, usWinAscent=800, usWinDescent=200)
builder.setupPost()
addOpenTypeFeaturesFromString(
    builder.font, "languagesystem DFLT dflt;\nlanguagesystem latn dflt;\n"
    "feature liga { sub c2d c3e by arrow; } liga;\n")
builder.updateHead(created=0, modified=0)  # the same file every time it is made
builder.save(os.path.join(os.path.dirname(os.path.abspath(__file__)), "arrow-ligature.ttf"))

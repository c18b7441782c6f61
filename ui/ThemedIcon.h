// ThemedIcon: the application's SVG icons, tinted for the current palette. The monochrome
// strokes of the icons (stroke="currentColor") take the palette's text colour, the accents
// keep their hue, so the same files read well in light and dark palettes and at any DPI.
#pragma once

#include <QIcon>
#include <QPalette>

namespace discue {

// name: a file under :/icons without ".svg", e.g. u"refresh"_s.
QIcon themedIcon(const QString &name, const QPalette &palette);
// The same, tinted with the application palette when drawn and again after it changed: for
// icons a widget never asks for again (a style's standard icons).
QIcon applicationPaletteIcon(const QString &name);

// The application's own icon (window, task bar) in its colours, drawn at the sizes the
// platform asks for; QIcon(file) would decode the SVG into a 128 px image up front.
QIcon applicationIcon();

} // namespace discue

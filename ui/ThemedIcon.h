// ThemedIcon: the application's SVG icons, tinted for the application palette. The monochrome
// strokes of the icons (stroke="currentColor") take the palette's text colour, the accents
// keep their hue, so the same files read well in light and dark palettes and at any DPI.
#pragma once

#include <QIcon>

namespace discue {

// name: a file under :/icons without ".svg", e.g. u"refresh"_s. Tinted when drawn, and
// tinted again after the application palette changed (the platform switched between light
// and dark): no widget has to ask for its icons again. shownAt: the size in logical pixels the
// icon is about to be shown at, where known (a tool bar's icon size): its pixmaps for that size
// are then rendered ahead on the thread pool while the window is being built.
QIcon themedIcon(const QString &name, int shownAt = 0);

// The application's own icon (window, task bar) in its colours, drawn at the sizes the
// platform asks for; QIcon(file) would decode the SVG into a 128 px image up front.
QIcon applicationIcon();

} // namespace discue

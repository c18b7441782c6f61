// TextRendering: how the console's glyphs are drawn. Crisp, the default: fully hinted, so that
// each glyph lands on whole pixels and is rasterised once per size rather than at several
// sub-pixel offsets - a table of random key ids brings hundreds of glyph images otherwise,
// which made up much of the console's first paint (README, Performance). Desktop: as the
// desktop's font settings say (on Linux usually slight hinting at sub-pixel positions).
// Crisp applies at a device pixel ratio of 1 and not on macOS: Qt turns hinting off on
// high-DPI screens itself, and Core Text ignores hinting preferences - there both are Desktop.
#pragma once

#include <QFont>

class QSettings;

namespace discue {

enum class TextRendering
{
    Crisp,
    Desktop
};

// font drawn the given way; everything else about it is kept.
QFont fontFor(TextRendering rendering, QFont font);
// False where Crisp would draw as Desktop (see above), so that there is nothing to choose.
bool crispTextApplies();
// Makes the application's font, and every widget's that does not choose its own hinting,
// draw that way; widgets already made follow. Desktop before any Crisp leaves Qt's font
// alone, so that it keeps following the desktop's font settings.
void applyTextRendering(TextRendering rendering);
// After the desktop's theme changed: the application font set by applyTextRendering() is
// Qt's no longer, so it is made again from the desktop's new font (size, family).
void followDesktopFont();
// The choice saved in settings; Crisp when none or an unknown one is saved.
TextRendering savedTextRendering(const QSettings &settings);
void saveTextRendering(QSettings *settings, TextRendering rendering);

} // namespace discue

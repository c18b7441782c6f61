// TextRendering: how the console's glyphs are drawn. Crisp, the default: fully hinted, so that
// each glyph lands on whole pixels and is rasterised once per size rather than at several
// sub-pixel offsets - a table of random key ids brings hundreds of glyph images otherwise,
// which made up much of the console's first paint (README, Performance). Desktop: as the
// desktop's font settings say (on Linux usually slight hinting at sub-pixel positions).
// Chosen in View > Desktop text rendering, from the next start: QFont compares equal across
// hinting preferences, so widgets already made would keep their fonts.
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
// Makes the application's font, and so that of every widget made afterwards that does not
// choose its own hinting, draw that way.
void applyTextRendering(TextRendering rendering);
// The choice saved in settings; Crisp when none or an unknown one is saved.
TextRendering savedTextRendering(const QSettings &settings);
void saveTextRendering(QSettings *settings, TextRendering rendering);

} // namespace discue

#include "TextRendering.h"

#include <QApplication>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

const QString settingsKey = u"view/textRendering"_s;

} // namespace

QFont fontFor(TextRendering rendering, QFont font)
{
    font.setHintingPreference(rendering == TextRendering::Crisp ? QFont::PreferFullHinting
                                                                : QFont::PreferDefaultHinting);
    return font;
}

void applyTextRendering(TextRendering rendering)
{
    QApplication::setFont(fontFor(rendering, QApplication::font()));
}

TextRendering savedTextRendering(const QSettings &settings)
{
    return settings.value(settingsKey).toString() == "desktop"_L1 ? TextRendering::Desktop
                                                                  : TextRendering::Crisp;
}

void saveTextRendering(QSettings *settings, TextRendering rendering)
{
    settings->setValue(settingsKey,
                       rendering == TextRendering::Desktop ? u"desktop"_s : u"crisp"_s);
}

} // namespace discue

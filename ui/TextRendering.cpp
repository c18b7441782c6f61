#include "TextRendering.h"

#include <QApplication>
#include <QFontDatabase>
#include <QSettings>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

constexpr QStringView settingsKey = u"view/textRendering";

// What applyTextRendering() last made the application font; none while it is Qt's own.
std::optional<TextRendering> applied;

} // namespace

QFont fontFor(TextRendering rendering, QFont font)
{
    font.setHintingPreference(rendering == TextRendering::Crisp ? QFont::PreferFullHinting
                                                                : QFont::PreferDefaultHinting);
    return font;
}

bool crispTextApplies()
{
#ifdef Q_OS_MACOS
    return false;
#else
    return qApp->devicePixelRatio() <= 1;
#endif
}

void applyTextRendering(TextRendering rendering)
{
    if (!crispTextApplies() || (!applied && rendering == TextRendering::Desktop))
        return;
    QApplication::setFont(fontFor(rendering, QApplication::font()));
    applied = rendering;
}

void followDesktopFont()
{
    if (applied)
        QApplication::setFont(
            fontFor(*applied, QFontDatabase::systemFont(QFontDatabase::GeneralFont)));
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

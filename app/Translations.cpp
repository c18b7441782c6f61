#include "Translations.h"

#include "AppLogging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

// Loads base_<language>.qm from directory into a translator owned by app and installs it.
bool installCatalogue(QCoreApplication *app, const QLocale &language, const QString &base,
                      const QString &directory)
{
    auto *translator = new QTranslator(app);
    if (translator->load(language, base, u"_"_s, directory) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QString Translations::resourceDirectory()
{
    return u":/i18n"_s;
}

QString Translations::install(QCoreApplication *app, const QLocale &locale)
{
    for (const QString &name : locale.uiLanguages()) {
        const QLocale language(name);
        if (language.language() == QLocale::English)
            break;
        if (!installCatalogue(app, language, u"discue-keys"_s, resourceDirectory()))
            continue;
        // Qt's own texts (standard buttons, line edit menus, --help headings). A missing
        // qtbase catalogue (not installed) leaves those in English but is not an error.
        if (!installCatalogue(app, language, u"qtbase"_s,
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qCDebug(lcApp) << "no Qt translation for" << language.name();
        qCDebug(lcApp) << "user interface language" << language.name();
        return QLocale::languageToCode(language.language());
    }
    // The texts stay in English, the source language. Its catalogue holds only the singular
    // forms of the texts with a count ("1 key" for tr("%n keys", nullptr, 1)).
    installCatalogue(app, QLocale(QLocale::English), u"discue-keys"_s, resourceDirectory());
    return {};
}

} // namespace discue

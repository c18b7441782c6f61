// Translations: picks the user interface language from the system's preferred languages
// (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Linux; the OS language list elsewhere) and installs
// the console's embedded translation (":/i18n/discue-keys_<lang>.qm") together with Qt's own
// qtbase translation, so standard buttons and the command-line help speak the same language.
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace discue {

class Translations
{
public:
    // The first preferred language the console has a translation for wins; English, the
    // source language, stops the search so that "LANGUAGE=en:de" stays English. Returns the
    // installed language ("de"), or an empty string when the texts stay in English - with the
    // English catalogue of plural forms installed. The translators are children of app.
    static QString install(QCoreApplication *app, const QLocale &locale = QLocale::system());

    // Where the console's own translations are compiled in.
    static QString resourceDirectory();
};

} // namespace discue

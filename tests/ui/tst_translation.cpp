// The German translation: the catalogue compiled into the binary matches the .ts, the .ts is
// complete and keeps every placeholder and mnemonic, the system language picks it (with Qt's
// own texts), and the main window speaks German once it is installed. English, the source
// language, has a catalogue of singular forms only, complete as well.
#include "MainWindowFixture.h"
#include "Translations.h"

#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStyleOption>
#include <QToolBar>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace discue;

namespace {

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // "unfinished", "vanished", "obsolete" or empty when finished
    QStringList forms; // the translation, or its numerus forms
    QString where() const { return context + u": "_s + source; }
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s) {
            TsMessage message;
            message.context = context;
            message.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
            messages.append(message);
        } else if (xml.name() == u"source"_s && !messages.isEmpty()) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == u"comment"_s && !messages.isEmpty()) {
            messages.last().comment = xml.readElementText();
        } else if (xml.name() == u"translation"_s && !messages.isEmpty()) {
            TsMessage &message = messages.last();
            message.type = xml.attributes().value(u"type"_s).toString();
            if (!message.numerus)
                message.forms.append(xml.readElementText());
        } else if (xml.name() == u"numerusform"_s && !messages.isEmpty()) {
            messages.last().forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QList<TsMessage> germanMessages()
{
    QString error;
    const QList<TsMessage> messages = readTs(QStringLiteral(DISCUE_TS_FILE), &error);
    if (!error.isEmpty())
        qWarning("%s: %s", DISCUE_TS_FILE, qPrintable(error));
    return messages;
}

// %1..%99, %n, and QProgressBar's %v/%m.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(\\d{1,2}|n|v|m)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

// The mnemonic letters in a text; "&&" is a literal ampersand and HTML entities are no
// mnemonics.
QStringList mnemonics(QString text)
{
    static const QRegularExpression entity(u"&[a-z]+;"_s);
    text.remove(entity);
    text.replace(u"&&"_s, QString());
    QStringList found;
    for (qsizetype at = text.indexOf(u'&'); at >= 0 && at + 1 < text.size();
         at = text.indexOf(u'&', at + 1))
        found.append(text.at(at + 1).toLower());
    return found;
}

struct ShownText
{
    QString where;
    QString text;
};

// Every menu title and action text the main window shows: menus in order (submenus
// included), then the tool bars' actions and the dock's toggle.
void collectMenu(const QMenu *menu, const QString &path, QList<ShownText> *out)
{
    out->append({path, menu->title()});
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            collectMenu(action->menu(), path + u" > "_s + action->menu()->title(), out);
        else
            out->append({path + u" > "_s + action->objectName(), action->text()});
    }
}

QList<ShownText> shownTexts(const MainWindow &window)
{
    QList<ShownText> texts;
    for (QAction *top : window.menuBar()->actions()) {
        if (top->menu())
            collectMenu(top->menu(), top->menu()->objectName(), &texts);
    }
    for (const QToolBar *bar : window.findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions()) {
            if (!action->isSeparator() && !action->text().isEmpty())
                texts.append({u"toolbar > "_s + action->objectName(), action->text()});
        }
    }
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        texts.append({u"dock "_s + dock->objectName(), dock->toggleViewAction()->text()});
    return texts;
}

void removeInstalledTranslators()
{
    // A QTranslator leaves the application's list when it is destroyed.
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

} // namespace

class TestTranslation : public MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpFixture(); }
    void cleanup()
    {
        tearDownWindow();
        removeInstalledTranslators();
    }

    void embeddedCatalogueMatchesTheTs()
    {
        QTranslator translator;
        QVERIFY(translator.load(Translations::resourceDirectory() + u"/discue-keys_de.qm"_s));
        QCOMPARE(translator.language(), u"de_DE"_s);

        const QList<TsMessage> messages = germanMessages();
        QVERIFY(messages.size() > 100);
        for (const TsMessage &m : messages) {
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            if (m.numerus) {
                QCOMPARE(m.forms.size(), 2);
                QCOMPARE(translator.translate(context.constData(), source.constData(),
                                              disambiguation, 1),
                         m.forms.at(0));
                QCOMPARE(translator.translate(context.constData(), source.constData(),
                                              disambiguation, 5),
                         m.forms.at(1));
            } else {
                QVERIFY2(!m.forms.isEmpty(), qPrintable(m.where()));
                QCOMPARE(
                    translator.translate(context.constData(), source.constData(), disambiguation),
                    m.forms.first());
            }
        }
    }

    void tsHasNoUnfinishedOrEmptyMessage()
    {
        const QList<TsMessage> messages = germanMessages();
        QVERIFY(messages.size() > 100);
        for (const TsMessage &m : messages) {
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + u" - "_s + m.where()));
            QVERIFY2(!m.forms.isEmpty(), qPrintable(m.where()));
            if (m.numerus) // German has a singular and a plural form
                QVERIFY2(m.forms.size() == 2, qPrintable(m.where()));
            for (const QString &form : m.forms)
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(m.where()));
        }
    }

    void everyEnglishTextWithACountHasASingular()
    {
        QString error;
        const QList<TsMessage> messages = readTs(QStringLiteral(DISCUE_PLURALS_TS_FILE), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() >= 20);
        QTranslator translator;
        QVERIFY(translator.load(Translations::resourceDirectory() + u"/discue-keys_en.qm"_s));
        for (const TsMessage &m : messages) {
            QVERIFY2(m.numerus, qPrintable(m.where())); // plural forms only
            QVERIFY2(m.type.isEmpty() && m.forms.size() == 2, qPrintable(m.where()));
            QCOMPARE(m.forms.at(1), m.source); // the plural is the source text itself
            QVERIFY2(placeholders(m.forms.at(0)) == placeholders(m.source), qPrintable(m.where()));
            QCOMPARE(translator.translate(m.context.toUtf8().constData(),
                                          m.source.toUtf8().constData(), nullptr, 1),
                     m.forms.at(0));
        }
    }

    void translationsKeepPlaceholdersAndMnemonics()
    {
        const QList<TsMessage> messages = germanMessages();
        QVERIFY(messages.size() > 100);
        for (const TsMessage &m : messages) {
            const QStringList wanted = placeholders(m.source);
            const qsizetype sourceMnemonics = mnemonics(m.source).size();
            for (const QString &form : m.forms) {
                QVERIFY2(placeholders(form) == wanted, qPrintable(m.where() + u" -> "_s + form));
                QVERIFY2(mnemonics(form).size() == sourceMnemonics,
                         qPrintable(m.where() + u" -> "_s + form));
            }
        }
    }

    void systemLanguagePicksGermanAndQtsOwnTexts()
    {
        QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::English)),
                 QString());
        // English keeps its texts and gains its singular forms only.
        QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>().size(), 1);
        QCOMPARE(MainWindow::tr("&Refresh"), u"&Refresh"_s);
        QCOMPARE(QCoreApplication::translate("discue::BulkResultDialog",
                                             "Retrying %n failed keys...", nullptr, 1),
                 u"Retrying 1 failed key..."_s);
        QCOMPARE(QCoreApplication::translate("discue::BulkResultDialog",
                                             "Retrying %n failed keys...", nullptr, 3),
                 u"Retrying 3 failed keys..."_s);
        removeInstalledTranslators();
        QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale::c()), QString());
        QCOMPARE(MainWindow::tr("&Refresh"), u"&Refresh"_s);
        removeInstalledTranslators();

        QCOMPARE(Translations::install(QCoreApplication::instance(),
                                       QLocale(QLocale::German, QLocale::Austria)),
                 u"de"_s);
        QVERIFY(MainWindow::tr("&Refresh") != u"&Refresh"_s);
        // qtbase_de from qt6-translations-l10n: standard buttons speak German as well.
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        QVERIFY2(cancel != u"Cancel"_s, qPrintable(cancel));
    }

    void mainWindowSpeaksGerman()
    {
        startServer();
        setUpWindow();
        const QString englishTitle = m_window->windowTitle();
        const QString englishEmpty = m_window->keyTable()->visibleEmptyText();
        const QList<ShownText> english = shownTexts(*m_window);
        connectAndLoad();
        const QString englishCounts = m_window->statusCountsText();
        const int status = int(ApiKeyTableModel::Status);
        const QString englishStatus =
            m_window->keyModel()->index(0, status).data(Qt::DisplayRole).toString();
        tearDownWindow();

        QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::German)),
                 u"de"_s);
        startServer();
        setUpWindow();
        QVERIFY(m_window->windowTitle() != englishTitle);
        QVERIFY(m_window->keyTable()->visibleEmptyText() != englishEmpty);
        const QList<ShownText> german = shownTexts(*m_window);
        QCOMPARE(german.size(), english.size());
        QVERIFY(german.size() > 15);
        for (qsizetype i = 0; i < german.size(); ++i) {
            const QString where = english.at(i).where + u": "_s + english.at(i).text;
            QVERIFY2(!german.at(i).text.isEmpty(), qPrintable(where));
            QVERIFY2(german.at(i).text != english.at(i).text, qPrintable(where));
        }
        connectAndLoad();
        QVERIFY(m_window->statusCountsText() != englishCounts);
        QVERIFY(m_window->keyModel()->index(0, status).data(Qt::DisplayRole).toString() !=
                englishStatus);
    }

    void germanToolBarFitsTheFirstStartSize_data()
    {
        QTest::addColumn<bool>("german");
        QTest::newRow("English") << false;
        QTest::newRow("German") << true;
    }

    void germanToolBarFitsTheFirstStartSize()
    {
        QFETCH(bool, german);
        if (german)
            QCOMPARE(Translations::install(QCoreApplication::instance(), QLocale(QLocale::German)),
                     u"de"_s);
        startServer();
        setUpWindow();
        connectAndLoad(); // the profile selector and its badge show the profile's name
        // On a 1366 x 768 screen, the smallest common laptop screen.
        m_window->resize(MainWindow::firstStartSize(QSize(1366, 768)));
        QTRY_COMPARE(m_window->width(), MainWindow::firstStartSize(QSize(1366, 768)).width());
        // Nothing is moved into the tool bar's overflow menu: every widget on it is shown.
        QCoreApplication::processEvents();
        const QToolBar *bar = m_window->findChild<QToolBar *>();
        QVERIFY2(bar->sizeHint().width() <= m_window->width(),
                 qPrintable(QString::number(bar->sizeHint().width())));
        for (const char *name : {"searchField", "quickFilterCombo"}) {
            const auto *widget = m_window->findChild<QWidget *>(QString::fromLatin1(name));
            QVERIFY2(widget && widget->isVisible(), name);
        }
        // Each quick filter's name fits the combo box whole.
        auto *quickFilter = m_window->findChild<QComboBox *>(u"quickFilterCombo"_s);
        QStyleOptionComboBox option;
        option.initFrom(quickFilter);
        const QRect field = quickFilter->style()->subControlRect(
            QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, quickFilter);
        for (int i = 0; i < quickFilter->count(); ++i) {
            QVERIFY2(quickFilter->fontMetrics().horizontalAdvance(quickFilter->itemText(i)) <=
                         field.width(),
                     qPrintable(quickFilter->itemText(i)));
        }
    }

    void mnemonicsAreUniqueInEachGermanMenu()
    {
        QVERIFY(Translations::install(QCoreApplication::instance(), QLocale(QLocale::German)) ==
                u"de"_s);
        setUpWindow();
        QList<const QMenu *> menus;
        QStringList barLetters;
        for (QAction *top : m_window->menuBar()->actions()) {
            barLetters += mnemonics(top->text());
            if (top->menu())
                menus.append(top->menu());
        }
        QCOMPARE(QSet<QString>(barLetters.cbegin(), barLetters.cend()).size(), barLetters.size());
        while (!menus.isEmpty()) {
            const QMenu *menu = menus.takeFirst();
            QStringList letters;
            for (QAction *action : menu->actions()) {
                letters += mnemonics(action->text());
                if (action->menu())
                    menus.append(action->menu());
            }
            QVERIFY2(QSet<QString>(letters.cbegin(), letters.cend()).size() == letters.size(),
                     qPrintable(menu->title() + u": "_s + letters.join(u' ')));
        }
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"

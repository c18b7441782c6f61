// The main window against the in-process emulator: the list shows the organization's keys
// and explains itself when empty, the details pane and journal show what a user expects, the
// keyboard reaches every action, a created key appears, and the column layout is remembered.
#include "IconPixels.h"
#include "MainWindowFixture.h"
#include "PlainHeaderView.h"
#include "TextEmphasis.h"
#include "TextRendering.h"

#include <QApplication>
#include <QFontDatabase>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QProgressBar>
#include <QScopeGuard>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTableView>

using namespace discue;

namespace {

// Enough keys for the table model to sort them on the thread pool, their status and last use
// scattered.
QList<ApiKey> keysSortedOnThePool()
{
    QList<ApiKey> keys;
    for (int i = 0; i <= int(ApiKeyTableModel::rowsWorthThePool); ++i) {
        ApiKey key;
        key.id = u"K%1"_s.arg(i, 20, 10, QChar(u'0'));
        key.name = u"key %1"_s.arg(i);
        key.status = i % 3 ? KeyStatus::Enabled : KeyStatus::Disabled;
        key.lastUsedAt = 1'780'000'000'000 - qint64(i) * 7919 % 5000 * 1000;
        keys.append(key);
    }
    return keys;
}

} // namespace

class TestMainWindow : public MainWindowFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpFixture(); }
    void init() { setUpWindow(); }
    void cleanup() { tearDownWindow(); }

    void explainsItselfBeforeConnecting()
    {
        QCOMPARE(m_window->keyTable()->visibleEmptyText(), u"Not connected - choose a profile"_s);
        QVERIFY(!m_window->newAction()->isEnabled());
        QVERIFY(!m_window->refreshAction()->isEnabled());
    }

    void listShowsTheDemoKeys()
    {
        startServer();
        connectAndLoad();
        const QList<ApiKey> expected = m_server->store().keys(organization());
        QVERIFY(expected.size() > 5);
        QCOMPARE(m_window->keyModel()->rowCount(), expected.size());
        for (const ApiKey &key : expected)
            QVERIFY2(m_window->keyModel()->rowOfId(key.id) >= 0, qPrintable(key.name));
        QCOMPARE(m_window->badgeText(), u"Demo (local)"_s);
        const int disabled =
            int(std::count_if(expected.cbegin(), expected.cend(),
                              [](const ApiKey &k) { return k.status == KeyStatus::Disabled; }));
        QCOMPARE(m_window->statusCountsText(),
                 u"%1 keys, %2 disabled"_s.arg(expected.size()).arg(disabled));
        QVERIFY(m_window->keyTable()->visibleEmptyText().isEmpty());

        // The console's own key is recognised by its prefix, and only that one.
        const auto admin = m_server->store().adminKey();
        QVERIFY(admin);
        int own = 0;
        for (const ApiKey &key : m_window->keyModel()->keys())
            own += m_window->keyModel()->isOwnKey(key) ? 1 : 0;
        QVERIFY(own >= 1);
        QVERIFY(m_window->keyModel()->isOwnKey(admin->key));

        // Selecting a key fills the details pane with exact values.
        m_window->selectKeys({admin->key.id});
        QCOMPARE(m_window->detailsPane()->fieldText(u"detailId"_s), admin->key.id);
        QCOMPARE(m_window->detailsPane()->fieldText(u"detailPrefix"_s), admin->key.keyPrefix);
        QVERIFY(m_window->detailsPane()->findChild<QWidget *>(u"detailOwnKey"_s)->isVisible());
        // The key's name heads the pane, bold and larger than the fields.
        const auto *name = m_window->detailsPane()->findChild<QLabel *>(u"detailName"_s);
        const auto *id = m_window->detailsPane()->findChild<QLabel *>(u"detailId"_s);
        QCOMPARE(name->text(), admin->key.name);
        QVERIFY(name->isVisible());
        QVERIFY(name->font().bold() && !id->font().bold());
        QVERIFY(QFontInfo(name->font()).pixelSize() > QFontInfo(id->font()).pixelSize());
    }

    void showingTheFirstKeyMovesNothingInTheWindow()
    {
        // The details of a key are built when the first one is shown; the table and the pane
        // keep their widths then, with the widest page the demo keys make (own key, scopes).
        startServer();
        connectAndLoad();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
        const QList<int> before = splitter->sizes();
        const QRect tableBefore = m_window->keyTable()->geometry();
        const auto admin = m_server->store().adminKey();
        QVERIFY(admin);
        m_window->selectKeys({admin->key.id});
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QVERIFY(m_window->detailsPane()->findChild<QWidget *>(u"detailScopes"_s)->isVisible());
        QCOMPARE(splitter->sizes(), before);
        QCOMPARE(m_window->keyTable()->geometry(), tableBefore);
    }

    void theDemoBadgeIsWhiteOnOrange()
    {
        startServer();
        connectAndLoad();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *badge = m_window->findChild<QLabel *>(u"profileBadge"_s);
        QVERIFY(badge && badge->isVisible());
        const QImage drawn = badge->grab().toImage();
        const int area = drawn.width() * drawn.height();
        QVERIFY2(test::pixelsNear(drawn, QColor(0xe6, 0x7e, 0x22), 250) > area / 2,
                 "the badge is not orange");
        QVERIFY2(test::pixelsNear(drawn, Qt::white, 250) > 20, "the badge's text is not white");
    }

    void tableHeadersAreSizedInTheFontTheyShow()
    {
        // QHeaderView sizes sections in bold; the window's tables never paint their headers
        // bold, and measuring them so loaded a second font at start-up.
        startServer();
        connectAndLoad();
        auto *journal = m_window->findChild<QTableView *>(u"journalView"_s);
        QVERIFY(journal);
        for (const QTableView *table : {static_cast<QTableView *>(m_window->keyTable()), journal}) {
            const auto *header = qobject_cast<PlainHeaderView *>(table->horizontalHeader());
            QVERIFY2(header, qPrintable(table->objectName()));
            QVERIFY(!header->highlightSections());
            QVERIFY(header->sectionsClickable());
        }
    }

    void aWindowBuiltWhileTheListLoadsFillsItself()
    {
        startServer();
        m_window.reset();
        m_console = std::make_unique<KeyConsole>(m_client.get(), m_settings.get());
        m_console->connectTo(demoProfile(), m_server->adminKey());
        QSignalSpy refreshed(m_console->operations(), &KeyOperations::refreshed);
        m_window = std::make_unique<MainWindow>(m_console.get(), m_settings.get());
        m_window->show();
        QCOMPARE(m_window->keyTable()->visibleEmptyText(), u"Loading keys..."_s);
        auto *progress = m_window->findChild<QProgressBar *>(u"statusProgress"_s);
        QVERIFY(progress && progress->isVisible());
        QCOMPARE(progress->format(), u"Loading keys..."_s);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.first().first().toBool(), true);
        QCOMPARE(m_window->keyModel()->rowCount(), m_server->store().keys(organization()).size());
        QCOMPARE(m_window->badgeText(), u"Demo (local)"_s);
        QVERIFY(m_window->keyTable()->visibleEmptyText().isEmpty());
        QVERIFY(!progress->isVisible());
        QVERIFY(m_window->refreshAction()->isEnabled());
    }

    void aWindowBuiltAfterTheListShowsIt()
    {
        // How the console starts: the list arrives while the window waits for the fonts.
        startServer();
        m_window.reset();
        m_console = std::make_unique<KeyConsole>(m_client.get(), m_settings.get());
        QSignalSpy refreshed(m_console->operations(), &KeyOperations::refreshed);
        m_console->connectTo(demoProfile(), m_server->adminKey());
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.first().first().toBool(), true);

        m_window = std::make_unique<MainWindow>(m_console.get(), m_settings.get());
        m_window->show();
        const QList<ApiKey> expected = m_server->store().keys(organization());
        QCOMPARE(m_window->keyModel()->rowCount(), expected.size());
        QCOMPARE(m_window->keyTable()->model()->rowCount(), expected.size());
        QVERIFY(m_window->keyTable()->visibleEmptyText().isEmpty());
        QVERIFY(m_window->statusCountsText().startsWith(u"%1 keys"_s.arg(expected.size())));
        auto *refreshedLabel = m_window->findChild<QLabel *>(u"statusRefresh"_s);
        QVERIFY(refreshedLabel);
        QVERIFY2(refreshedLabel->text().startsWith(u"Refreshed "_s),
                 qPrintable(refreshedLabel->text()));
        QVERIFY(!m_window->findChild<QProgressBar *>(u"statusProgress"_s)->isVisible());
        QCOMPARE(m_window->badgeText(), u"Demo (local)"_s);
        QVERIFY(m_window->windowTitle().startsWith(u"Demo (local)"_s));
        QCOMPARE(m_window->journalModel()->rowCount(), 1);
        QVERIFY(m_window->refreshAction()->isEnabled());
    }

    void aListRefusedBeforeTheWindowIsShownInIt()
    {
        // Nothing listens on the port any more: the first list fails before there is a
        // window. The response opens over the window once it is shown, and the table says
        // why it is empty.
        startServer();
        ConnectionProfile profile = demoProfile();
        m_server.reset();
        m_window.reset();
        m_console = std::make_unique<KeyConsole>(m_client.get(), m_settings.get());
        QSignalSpy refreshed(m_console->operations(), &KeyOperations::refreshed);
        m_console->connectTo(profile, u"key"_s);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.first().first().toBool(), false);
        QVERIFY(!m_console->operations()->responseDialog());

        m_window = std::make_unique<MainWindow>(m_console.get(), m_settings.get());
        QCoreApplication::processEvents();
        QVERIFY(!m_console->operations()->responseDialog()); // not before the window shows
        m_window->show();
        QVERIFY2(
            m_window->keyTable()->visibleEmptyText().startsWith(u"The keys could not be loaded"_s),
            qPrintable(m_window->keyTable()->visibleEmptyText()));
        QTRY_VERIFY(m_window->operations()->responseDialog() &&
                    m_window->operations()->responseDialog()->isVisible());
        QCOMPARE(m_window->operations()->responseDialog()->parentWidget(), m_window.get());
        QCOMPARE(m_window->findChild<QLabel *>(u"statusRefresh"_s)->text(), u"Refresh failed"_s);
        QCOMPARE(m_window->statusCountsText(), QString()); // not "0 keys": none were listed
    }

    void searchWithoutMatchesSaysSo()
    {
        startServer();
        connectAndLoad();
        m_window->keyProxy()->setSearchText(u"no key is called like this"_s);
        QCOMPARE(m_window->keyProxy()->rowCount(), 0);
        QCOMPARE(m_window->keyTable()->visibleEmptyText(),
                 u"No key matches the search and quick filter"_s);
    }

    void selectionSurvivesTypingInTheSearchField()
    {
        startServer();
        // Scattered matches: every third key, enough rows that Qt's selection model treats a
        // select-all as one range over the whole table.
        for (int i = 0; i < 600; ++i)
            addKey((i % 3 == 0 ? u"scatter %1 match"_s : u"scatter %1 other"_s)
                       .arg(i, 3, 10, QChar(u'0')));
        connectAndLoad();
        auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
        QVERIFY(search);
        QItemSelectionModel *selection = m_window->keyTable()->selectionModel();
        const auto selectedNames = [&] {
            QStringList names;
            for (const QModelIndex &row : selection->selectedRows())
                names.append(row.data().toString());
            names.sort();
            return names;
        };

        search->setText(u"match"_s);
        QCOMPARE(m_window->keyProxy()->rowCount(), 200);
        m_window->keyTable()->selectAll();
        QCOMPARE(selection->selectedRows().size(), 200);
        // Widening the search must not select the keys that reappear between the matches.
        search->clear();
        QVERIFY(m_window->keyProxy()->rowCount() > 600);
        QCOMPARE(selection->selectedRows().size(), 200);
        for (const QString &name : selectedNames())
            QVERIFY2(name.endsWith(u" match"_s), qPrintable(name));
        QVERIFY(m_window->deleteAction()->isEnabled());
        // So must sorting by another column.
        m_window->keyTable()->sortByColumn(ApiKeyTableModel::Id, Qt::DescendingOrder);
        QCOMPARE(selection->selectedRows().size(), 200);
        for (const QString &name : selectedNames())
            QVERIFY2(name.endsWith(u" match"_s), qPrintable(name));
        m_window->keyTable()->sortByColumn(ApiKeyTableModel::Name, Qt::AscendingOrder);
        // Narrowing keeps the selected keys that still match.
        search->setText(u"scatter 0"_s);
        QStringList expected;
        for (int i = 0; i < 100; i += 3)
            expected.append(u"scatter %1 match"_s.arg(i, 3, 10, QChar(u'0')));
        QCOMPARE(selectedNames(), expected);
        // A search that hides every selected key leaves nothing to act on.
        search->setText(u"other"_s);
        QVERIFY(selection->selectedRows().isEmpty());
        QVERIFY(!m_window->deleteAction()->isEnabled());
        QVERIFY(!m_window->editAction()->isEnabled());
    }

    void aRefreshKeepsTheSelectedKeysSelected()
    {
        startServer();
        QStringList ids;
        for (const QString &name : {u"alpha"_s, u"bravo"_s, u"charlie"_s, u"delta"_s, u"echo"_s})
            ids.append(addKey(name).id);
        connectAndLoad();
        const int listed = m_window->keyProxy()->rowCount();
        KeyTableView *table = m_window->keyTable();
        const auto rowOf = [this](const QString &id) {
            return m_window->keyProxy()
                ->mapFromSource(m_window->keyModel()->index(m_window->keyModel()->rowOfId(id), 0))
                .row();
        };
        table->selectRows({rowOf(ids[1]), rowOf(ids[3])});
        table->selectionModel()->setCurrentIndex(
            table->model()->index(rowOf(ids[3]), ApiKeyTableModel::Status),
            QItemSelectionModel::NoUpdate);
        // Meanwhile another administrator deletes bravo and adds a key before delta.
        QVERIFY(m_server->store().remove(ids[1]));
        addKey(u"charlie 2"_s);

        QSignalSpy refreshed(m_window->operations(), &KeyOperations::refreshed);
        m_window->refreshAction()->trigger();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.first().first().toBool(), true);
        QCOMPARE(m_window->keyProxy()->rowCount(), listed); // one key fewer, one more
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data().toString(), u"delta"_s);
        QCOMPARE(table->currentIndex().row(), rowOf(ids[3]));
        QCOMPARE(table->currentIndex().column(), int(ApiKeyTableModel::Status));
        QVERIFY(m_window->findChild<KeyDetailsPane *>()->shownKey().has_value());
        QCOMPARE(m_window->findChild<KeyDetailsPane *>()->shownKey()->id, ids[3]);
        QVERIFY(m_window->editAction()->isEnabled());

        // A refresh that no longer lists the selected key leaves nothing selected.
        QVERIFY(m_server->store().remove(ids[3]));
        m_window->refreshAction()->trigger();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(table->selectionModel()->selectedRows().isEmpty());
        QVERIFY(!m_window->findChild<KeyDetailsPane *>()->shownKey().has_value());
        QVERIFY(!m_window->editAction()->isEnabled());
    }

    void keyNamesAreShownAsTextNotMarkup()
    {
        // Whoever may name a key must not be able to restyle what the administrator reads.
        startServer();
        const ApiKey key = addKey(u"<h1>HUGE</h1> <s>struck</s>"_s);
        connectAndLoad();
        m_window->selectKeys({key.id});
        const KeyDetailsPane *pane = m_window->detailsPane();
        QCOMPARE(pane->shownKey()->id, key.id);
        for (const QLabel *label : pane->findChildren<QLabel *>()) {
            if (label->text().contains(u"HUGE"_s)) {
                QCOMPARE(label->text(), key.name);
                QCOMPARE(label->textFormat(), Qt::PlainText);
            }
        }
        QVERIFY(pane->findChild<QLabel *>(u"detailName"_s)->text() == key.name);
    }

    void tabGoesRoundTheWholeWindow()
    {
        startServer();
        connectAndLoad();
        QApplication::setActiveWindow(m_window.get());
        QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
        search->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), search);
        auto *journal = m_window->findChild<QTableView *>(u"journalView"_s);
        QVERIFY(journal);
        QStringList visited;
        bool reachedJournal = false;
        for (int press = 0; press < 40; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *focus = QApplication::focusWidget();
            visited.append(focus ? focus->objectName() : u"(none)"_s);
            reachedJournal = reachedJournal || focus == journal;
            if (focus == search)
                break;
        }
        // Round from the search field through the table and the journal, and back.
        QVERIFY2(reachedJournal, qPrintable(visited.join(u", "_s)));
        QVERIFY2(QApplication::focusWidget() == search, qPrintable(visited.join(u", "_s)));
        QVERIFY(visited.contains(m_window->keyTable()->objectName()));
    }

    void keyboardReachesEveryKeyAction()
    {
        startServer();
        const ApiKey key = addKey(u"keyboard target"_s);
        connectAndLoad();
        m_window->activateWindow();
        m_window->keyTable()->setFocus();
        m_window->selectKeys({key.id});
        QTest::keyClick(m_window->keyTable(), Qt::Key_Return);
        QTRY_VERIFY(m_window->operations()->editorDialog());
        QCOMPARE(m_window->operations()->editorDialog()->mode(), KeyEditorDialog::Mode::Edit);
        QCOMPARE(m_window->operations()->editorDialog()->original().id, key.id);
        m_window->operations()->editorDialog()->close();

        m_window->keyTable()->setFocus();
        QTest::keyClick(m_window->keyTable(), Qt::Key_Delete);
        QTRY_VERIFY(m_window->operations()->confirmDialog());
        QCOMPARE(m_window->operations()->confirmDialog()->action(), BulkAction::Delete);
        m_window->operations()->confirmDialog()->reject();

        // Every action of the Keys menu carries a shortcut.
        for (QAction *action :
             {m_window->refreshAction(), m_window->newAction(), m_window->editAction(),
              m_window->enableAction(), m_window->disableAction(), m_window->deleteAction()})
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
    }

    void createdKeyAppearsInTheTable()
    {
        startServer();
        connectAndLoad();
        const int before = m_window->keyModel()->rowCount();
        m_window->newAction()->trigger();
        KeyEditorDialog *editor = m_window->operations()->editorDialog();
        QVERIFY(editor);
        QCOMPARE(editor->mode(), KeyEditorDialog::Mode::Create);
        auto *name = editor->findChild<QLineEdit *>(u"nameEdit"_s);
        QVERIFY(name);
        // Sorted by name, last: below the rows the window shows.
        name->setText(u"zz made in the console"_s);
        editor->review();
        QVERIFY(editor->canSend());
        editor->send();
        QTRY_COMPARE(m_window->keyModel()->rowCount(), before + 1);
        const int row = rowOfName(u"zz made in the console"_s);
        QVERIFY(row >= 0);
        // The row is the server's copy of the key.
        const ApiKey shown = m_window->keyModel()->keyAt(row);
        QCOMPARE(shown, m_server->store().find(shown.id)->key);
        // It is selected and scrolled into view.
        QTRY_COMPARE(m_window->detailsPane()->shownKey().value_or(ApiKey{}).id, shown.id);
        KeyTableView *table = m_window->keyTable();
        const QModelIndex index = table->currentIndex();
        QCOMPARE(index.data(ApiKeyTableModel::IdRole).toString(), shown.id);
        QVERIFY(table->viewport()->rect().contains(table->visualRect(index)));

        // A new key the search hides is not lost without a word.
        m_window->keyProxy()->setSearchText(u"zz made in the console"_s);
        m_window->newAction()->trigger();
        editor = m_window->operations()->editorDialog();
        editor->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"not matching"_s);
        editor->review();
        editor->send();
        QTRY_VERIFY(m_window->statusBar()->currentMessage().contains(u"hidden by the search"_s));
        QCOMPARE(m_window->keyModel()->rowCount(), before + 2);
    }

    void aKeyDeletedElsewhereLeavesTheTableWhenItsUpdateIsRefused()
    {
        startServer();
        connectAndLoad();
        const ApiKey key = m_window->keyModel()->keyAt(rowOfName(u"audit-export"_s));
        m_window->selectKeys({key.id});
        m_window->editAction()->trigger();
        KeyEditorDialog *editor = m_window->operations()->editorDialog();
        QVERIFY(editor);
        editor->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"audit-export v2"_s);
        QVERIFY(m_server->store().remove(key.id)); // deleted in another console meanwhile
        editor->review();
        QVERIFY(editor->canSend());
        editor->send();
        QTRY_VERIFY(m_window->keyModel()->rowOfId(key.id) < 0);
        QVERIFY(!editor->canSend());
    }

    void journalRecordsRequestsAndOpensTheirResponse()
    {
        startServer();
        connectAndLoad();
        RequestJournalModel *journal = m_window->journalModel();
        QTRY_VERIFY(journal->rowCount() >= 1);
        const int last = journal->rowCount() - 1;
        QCOMPARE(journal->exchangeAt(last).httpStatus, 200);
        m_window->journalDock()->showExchange(last);
        ResponseDialog *response = m_window->journalDock()->responseDialog();
        QVERIFY(response);
        QVERIFY(response->statusText().startsWith(u"200"_s));
        const QString path = m_dir.filePath(u"journal.json"_s);
        QVERIFY(m_window->journalDock()->exportTo(path, JournalDock::Format::Json));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray exported = file.readAll();
        QVERIFY(exported.contains("/api_keys"));
        QVERIFY(!exported.contains(m_server->adminKey().toUtf8()));
    }

    void iconsFollowThePalette()
    {
        auto refreshIcon = [this] {
            return m_window->refreshAction()->icon().pixmap(24, 24).toImage();
        };
        // As the platform does when it switches between light and dark.
        const QPalette original = QApplication::palette();
        const auto restore = qScopeGuard([&original] { QApplication::setPalette(original); });
        QPalette light = original;
        light.setColor(QPalette::WindowText, Qt::black);
        QApplication::setPalette(light);
        const QImage onLight = refreshIcon();
        QPalette dark = light;
        dark.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
        QApplication::setPalette(dark);
        const QImage onDark = refreshIcon();
        QVERIFY(!onLight.isNull());
        QVERIFY(onLight != onDark);
        // The monochrome strokes take the text colour: the icon is far lighter on dark.
        auto meanGray = [](const QImage &image) {
            const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
            qint64 sum = 0;
            int count = 0;
            for (int y = 0; y < argb.height(); ++y) {
                for (int x = 0; x < argb.width(); ++x) {
                    if (qAlpha(argb.pixel(x, y)) > 200) {
                        sum += qGray(argb.pixel(x, y));
                        ++count;
                    }
                }
            }
            return count ? int(sum / count) : -1;
        };
        QVERIFY2(meanGray(onDark) > meanGray(onLight) + 80,
                 qPrintable(u"%1 vs %2"_s.arg(meanGray(onDark)).arg(meanGray(onLight))));
    }

    void firstStartFillsMostOfTheScreenUpToTheDesignedSize()
    {
        QCOMPARE(MainWindow::firstStartSize(QSize(2560, 1440)), QSize(1360, 820));
        QCOMPARE(MainWindow::firstStartSize(QSize(1280, 720)), QSize(1152, 648));

        // Nothing saved: the window opens at that size, not at Qt's cramped default.
        QSettings fresh(m_dir.filePath(u"first-start.ini"_s), QSettings::IniFormat);
        KeyConsole console(m_client.get(), &fresh);
        {
            MainWindow window(&console, &fresh);
            QCOMPARE(window.size(), MainWindow::firstStartSize(window.screen()->availableSize()));
            window.show();
            window.resize(700, 500);
            window.close(); // saves the geometry
        }
        // Saved: the user's size wins.
        MainWindow again(&console, &fresh);
        QCOMPARE(again.size(), QSize(700, 500));
    }

    void sortingALongListSaysSoUntilItsRowsAreInOrder()
    {
        const QList<ApiKey> keys = keysSortedOnThePool();
        const qsizetype count = keys.size();
        m_window->keyModel()->setKeys(keys);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QHeaderView *header = m_window->keyTable()->horizontalHeader();
        const int status = ApiKeyTableModel::Status;
        QTest::mouseClick(
            header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(status) + 10, header->height() / 2));
        QCOMPARE(m_window->statusBar()->currentMessage(), u"Sorting %1 keys..."_s.arg(count));
        QTRY_COMPARE(m_window->keyModel()->rowOrder().column, status);
        QVERIFY(m_window->statusBar()->currentMessage().isEmpty());
        QCOMPARE(header->sortIndicatorSection(), status);
    }

    void theSavedRowOrderIsTheListsOrderBeforeTheWindowExists()
    {
        m_window->keyTable()->sortByColumn(ApiKeyTableModel::LastUsed, Qt::DescendingOrder);
        m_window->close(); // saves the columns and the order
        m_window.reset();
        m_console = std::make_unique<KeyConsole>(m_client.get(), m_settings.get());
        const KeyRowOrder saved{ApiKeyTableModel::LastUsed, Qt::DescendingOrder};
        QCOMPARE(m_console->keyModel()->requestedOrder(), saved);
        // A long list arriving before the window is prepared in that order (KeyOperations
        // passes requestedOrder()); building the window on it sorts nothing.
        ApiKeyTableModel *model = m_console->keyModel();
        model->setRows(
            ApiKeyTableModel::prepareRows(keysSortedOnThePool(), model->requestedOrder()));
        QSignalSpy sorting(model, &ApiKeyTableModel::sortingChanged);
        m_window = std::make_unique<MainWindow>(m_console.get(), m_settings.get());
        QCOMPARE(sorting.size(), 0);
        QCOMPARE(model->rowOrder(), saved);
        QCOMPARE(m_window->keyTable()->horizontalHeader()->sortIndicatorSection(),
                 int(ApiKeyTableModel::LastUsed));
        QCOMPARE(m_window->keyTable()->horizontalHeader()->sortIndicatorOrder(),
                 Qt::DescendingOrder);
    }

    void columnLayoutIsRemembered()
    {
        QHeaderView *header = m_window->keyTable()->horizontalHeader();
        header->setSectionHidden(ApiKeyTableModel::Id, true);
        header->moveSection(header->visualIndex(ApiKeyTableModel::Updated), 0);
        m_window->close();
        m_window = std::make_unique<MainWindow>(m_console.get(), m_settings.get());
        header = m_window->keyTable()->horizontalHeader();
        QVERIFY(header->isSectionHidden(ApiKeyTableModel::Id));
        QCOMPARE(header->logicalIndex(0), int(ApiKeyTableModel::Updated));
    }

    void desktopTextRenderingIsSwitchedAndRemembered()
    {
        const auto restore = qScopeGuard([] { applyTextRendering(TextRendering::Crisp); });
        applyTextRendering(TextRendering::Crisp); // as the session does before the window
        auto *action = m_window->findChild<QAction *>(u"desktopTextAction"_s);
        QVERIFY(action);
        QVERIFY(m_window->findChild<QMenu *>(u"viewMenu"_s)->actions().contains(action));
        QVERIFY(action->isVisible());
        QVERIFY(action->isCheckable());
        QVERIFY(!action->isChecked()); // crisp by default
        action->trigger();
        QCOMPARE(savedTextRendering(*m_settings), TextRendering::Desktop);
        // At once, in the widgets already shown.
        QTRY_COMPARE(m_window->keyTable()->font().hintingPreference(), QFont::PreferDefaultHinting);
        m_window->close();
        m_window = std::make_unique<MainWindow>(m_console.get(), m_settings.get());
        action = m_window->findChild<QAction *>(u"desktopTextAction"_s);
        QVERIFY(action->isChecked());
        action->trigger();
        QCOMPARE(savedTextRendering(*m_settings), TextRendering::Crisp);
        QTRY_COMPARE(m_window->keyTable()->font().hintingPreference(), QFont::PreferFullHinting);
    }

    void theDesktopsNewFontIsFollowed()
    {
        // Once the console set the application font, Qt no longer renews it when the
        // desktop's theme changes; the window does, keeping the chosen rendering.
        const auto restore = qScopeGuard([] { applyTextRendering(TextRendering::Crisp); });
        applyTextRendering(TextRendering::Crisp);
        QApplication::setFont(QFont(u"DejaVu Serif"_s, 23)); // as if stale
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QEvent themeChange(QEvent::ThemeChange);
        QCoreApplication::sendEvent(m_window->windowHandle(), &themeChange); // as Qt sends it
        const QFont desktop = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
        QCOMPARE(QApplication::font().family(), desktop.family());
        QCOMPARE(QApplication::font().pointSizeF(), desktop.pointSizeF());
        QCOMPARE(QApplication::font().hintingPreference(), QFont::PreferFullHinting);
    }

    void journalChipsAreColouredByStatusClass()
    {
        startServer();
        connectAndLoad();
        RequestJournalModel *journal = m_window->journalModel();
        QTRY_VERIFY(journal->rowCount() >= 1);
        QCOMPARE(journal->exchangeAt(0).httpStatus, 200);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *view = m_window->findChild<QTableView *>(u"journalView"_s);
        const QRect cell = view->visualRect(journal->index(0, RequestJournalModel::Status));
        const QImage painted = view->viewport()->grab().toImage();
        // Left of the chip's text, inside its rounded patch.
        QCOMPARE(painted.pixelColor(cell.left() + 7, cell.center().y()),
                 emphasisColour(Emphasis::Success));
    }

    void theKeyTableIsUnkernedWhereItDrawsItsCells()
    {
        // Unkerned, the table's ASCII cells skip shaping (TextCellDelegate, under Fusion); its
        // header measures and paints in the same font. Under a style that paints the cells
        // itself the table keeps the font's kerning: unkerned text would buy nothing there.
        KeyTableView *table = m_window->keyTable();
        QVERIFY(QApplication::font().kerning());
        QVERIFY(!table->font().kerning());
        QVERIFY(!table->horizontalHeader()->font().kerning());
        QCOMPARE(table->font().family(), QApplication::font().family());
        QCOMPARE(table->font().pointSizeF(), QApplication::font().pointSizeF());
        std::unique_ptr<QStyle> windows(QStyleFactory::create(u"Windows"_s));
        QVERIFY(windows);
        table->setStyle(windows.get());
        QVERIFY(table->font().kerning());
        table->setStyle(nullptr);
        QVERIFY(!table->font().kerning());
    }

    void splitBetweenTableAndDetailsIsRemembered()
    {
        auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
        const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
        splitter->setSizes({total / 2, total - total / 2});
        const QList<int> chosen = splitter->sizes();
        QVERIFY(chosen.at(1) > total / 3); // not the default 3:1
        m_window->close();
        m_window = std::make_unique<MainWindow>(m_console.get(), m_settings.get());
        m_window->resize(1200, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
        QCOMPARE(splitter->sizes(), chosen);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

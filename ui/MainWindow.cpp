#include "MainWindow.h"

#include "ApiKeyTableModel.h"
#include "ApiKeysClient.h"
#include "ConsoleStatusBar.h"
#include "JournalDock.h"
#include "KeyConsole.h"
#include "KeyDetailsPane.h"
#include "KeyOperations.h"
#include "KeyTableView.h"
#include "ProfileSelector.h"
#include "RequestJournalModel.h"
#include "TextRendering.h"
#include "ThemedIcon.h"
#include "UiLogging.h"

#include <QAction>
#include <QCloseEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace discue {

MainWindow::MainWindow(KeyConsole *console, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_console(console)
    , m_settings(settings)
    , m_model(console->keyModel())
    , m_operations(console->operations())
    , m_journalModel(console->journalModel())
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("discue API keys"));
    setWindowIcon(applicationIcon());
    m_model->setMutedColor(palette().color(QPalette::Disabled, QPalette::Text));
    m_proxy = new KeyFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    m_operations->setDialogParent(this);

    createStatusBar();
    createActions();
    createCentralWidgets();
    createToolBar();
    createMenus();

    connect(m_operations, &KeyOperations::busy, this, &MainWindow::setBusy);
    connect(m_operations, &KeyOperations::idle, this, &MainWindow::setIdle);
    connect(m_operations, &KeyOperations::refreshed, this, &MainWindow::showRefreshed);
    // A new key is selected and scrolled into view, wherever the table's order puts it.
    connect(m_operations, &KeyOperations::keyCreated, this, [this](const QString &id) {
        m_table->selectKeys({id});
        const QModelIndex row = m_proxy->mapFromSource(m_model->index(m_model->rowOfId(id), 0));
        if (row.isValid()) {
            m_table->setCurrentIndex(row);
            m_table->scrollTo(row);
        } else {
            // Not cleared behind the user's back; said, so that the key is not taken as lost.
            m_status->showMessage(
                tr("The new key %1 is created but hidden by the search or the quick filter.")
                    .arg(id),
                10000);
        }
    });
    connect(m_operations, &KeyOperations::retryWaiting, this,
            [this](qint64 waitMs, int status) { m_status->showRetryCountdown(status, waitMs); });
    // A long list is put in a new order on the thread pool: say so until its rows move.
    connect(m_model, &ApiKeyTableModel::sortingChanged, this, [this](bool sorting) {
        if (sorting) {
            m_sortingMessage = tr("Sorting %n keys...", nullptr, m_model->rowCount());
            m_status->showMessage(m_sortingMessage);
        } else if (m_status->currentMessage() == m_sortingMessage) {
            m_status->clearMessage();
        }
    });
    connect(console->client(), &ApiKeysClient::exchangeFinished, m_status,
            &ConsoleStatusBar::noteExchange);
    connect(console, &KeyConsole::connectionChanged, this, &MainWindow::showConnectionState);
    auto refreshViews = [this] {
        updateCounts();
        updateDetails();
        updateActions(); // a layout change can drop selected rows without selectionChanged
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, refreshViews);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, refreshViews);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCounts);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, [this] {
        updateCounts();
        updateDetails();
        updateActions();
    });

    m_table->restoreColumns(m_settings);
    if (!restoreGeometry(m_settings->value(u"mainWindow/geometry"_s).toByteArray()))
        resize(firstStartSize(screen()->availableSize()));
    restoreState(m_settings->value(u"mainWindow/state"_s).toByteArray());
    m_splitter->restoreState(m_settings->value(u"mainWindow/splitter"_s).toByteArray());
    showConnectionState();
    showEarlierWork();
}

MainWindow::~MainWindow() = default;

QSize MainWindow::firstStartSize(const QSize &available)
{
    // The size the default column widths are laid out for, where the screen has room; Qt's
    // own default (from the size hints, about 570 x 530) showed two of the table's columns.
    return QSize(1360, 820).boundedTo(available * 0.9);
}

void MainWindow::createCentralWidgets()
{
    m_table = new KeyTableView(this);
    m_table->setModel(m_proxy);
    m_table->setKeyLocator([this](const QString &id) {
        return m_proxy->mapFromSource(m_model->index(m_model->rowOfId(id), 0));
    });
    // The order the console put the rows in (the saved one), so that showing it sorts nothing.
    m_table->sortByColumn(m_model->requestedOrder().column, m_model->requestedOrder().order);
    // Default widths that fit every column next to the details pane at 1360 px; the user's
    // own layout (restoreColumns) replaces them.
    const std::pair<int, int> widths[] = {
        {ApiKeyTableModel::Name, 165},    {ApiKeyTableModel::Id, 150},
        {ApiKeyTableModel::Status, 62},   {ApiKeyTableModel::KeyPrefix, 66},
        {ApiKeyTableModel::Scopes, 186},  {ApiKeyTableModel::LastUsed, 108},
        {ApiKeyTableModel::Created, 124}, {ApiKeyTableModel::Updated, 124}};
    for (const auto &[column, width] : widths)
        m_table->horizontalHeader()->resizeSection(column, width);
    // Edit and Delete act on the table only: in the search field Return and Del edit text.
    for (QAction *action : {m_edit, m_delete, m_selectAll}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_table->addAction(action);
    }
    connect(m_table, &QAbstractItemView::doubleClicked, m_edit, &QAction::trigger);
    connect(m_selectAll, &QAction::triggered, m_table, &QAbstractItemView::selectAll);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        updateDetails();
    });

    m_details = new KeyDetailsPane(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({1020, 340});
    setCentralWidget(m_splitter);

    m_journal = new JournalDock(m_journalModel, m_settings, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_journal);
    resizeDocks({m_journal}, {180}, Qt::Vertical);
}

void MainWindow::createStatusBar()
{
    m_status = new ConsoleStatusBar(this);
    connect(m_status, &ConsoleStatusBar::cancelRequested, m_operations,
            &KeyOperations::cancelRunning);
    setStatusBar(m_status);
}

void MainWindow::setProfiles(const QList<ConnectionProfile> &profiles, const QString &current)
{
    m_profileSelector->setProfiles(profiles, current);
}

void MainWindow::showConnectionState()
{
    if (m_console->isConnected())
        showConnection();
    else
        showDisconnectedState();
}

void MainWindow::showConnection()
{
    const ConnectionProfile &profile = m_console->profile();
    m_profileSelector->showConnected(profile);
    m_status->setProfileText(tr("%1 - %2").arg(profile.name, profile.baseUrl.toDisplayString()));
    setWindowTitle(tr("%1 - discue API keys").arg(profile.name));
    m_table->setEmptyText(tr("Loading keys..."));
    m_status->clearRateLimit();
    updateActions();
}

void MainWindow::showDisconnectedState()
{
    const QString reason = m_console->disconnectedReason();
    m_profileSelector->showConnected(std::nullopt);
    m_table->setEmptyText(reason.isEmpty() ? tr("Not connected - choose a profile")
                                           : tr("Not connected - %1").arg(reason));
    m_status->setProfileText(tr("Not connected"));
    updateActions();
    updateCounts();
}

void MainWindow::showRefreshed(bool ok)
{
    m_status->stopRetryCountdown();
    if (ok)
        m_status->setRefreshText(
            tr("Refreshed %1").arg(m_operations->lastRefresh().toString(u"HH:mm:ss"_s)));
    else
        m_status->setRefreshText(tr("Refresh failed"));
    updateCounts();
    if (!ok && m_model->rowCount() == 0)
        m_table->setEmptyText(tr("The keys could not be loaded - press %1 to try again")
                                  .arg(m_refresh->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::showEarlierWork()
{
    if (const auto progress = m_operations->progress())
        setBusy(progress->what, progress->done, progress->total);
    if (!m_console->isConnected())
        return;
    switch (m_operations->listState()) {
    case KeyOperations::ListState::Listed:
        showRefreshed(true);
        break;
    case KeyOperations::ListState::Failed:
        showRefreshed(false);
        break;
    case KeyOperations::ListState::NotRequested:
    case KeyOperations::ListState::Loading:
        break;
    }
    // The newest exchange that reported the rate limit (one that got no answer did not).
    const QList<ApiExchange> &exchanges = m_journalModel->exchanges();
    const auto reported = std::find_if(exchanges.crbegin(), exchanges.crend(), [](const auto &e) {
        return !e.responseHeader("X-RateLimit-Remaining").isEmpty();
    });
    if (reported != exchanges.crend())
        m_status->noteExchange(*reported);
}

void MainWindow::setNotice(const QString &text, const QString &details)
{
    m_status->setNotice(text, details);
}

QString MainWindow::notice() const
{
    return m_status->notice();
}

QList<ApiKey> MainWindow::selectedKeys() const
{
    QList<ApiKey> keys;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    keys.reserve(rows.size());
    for (const QModelIndex &row : rows)
        keys.append(m_model->keyAt(m_proxy->mapToSource(row).row()));
    return keys;
}

void MainWindow::selectKeys(const QStringList &ids)
{
    m_table->selectKeys(ids);
}

void MainWindow::updateActions()
{
    const QList<ApiKey> keys = selectedKeys();
    const bool connected = m_console->isConnected();
    const bool any = connected && !keys.isEmpty();
    const bool anyEnabled = std::any_of(keys.cbegin(), keys.cend(), [](const ApiKey &key) {
        return key.status == KeyStatus::Enabled;
    });
    const bool anyDisabled = std::any_of(keys.cbegin(), keys.cend(), [](const ApiKey &key) {
        return key.status == KeyStatus::Disabled;
    });
    m_refresh->setEnabled(connected);
    m_new->setEnabled(connected);
    m_edit->setEnabled(connected && keys.size() == 1);
    m_enable->setEnabled(any && anyDisabled);
    m_disable->setEnabled(any && anyEnabled);
    m_delete->setEnabled(any);
}

void MainWindow::updateDetails()
{
    const QList<ApiKey> keys = selectedKeys();
    if (keys.size() > 1) {
        m_details->showSelectionCount(int(keys.size()));
        return;
    }
    if (keys.isEmpty()) {
        m_details->showKey(std::nullopt);
        return;
    }
    const ApiKey &key = keys.first();
    m_details->showKey(key, key.lastUsedAt ? m_model->relativeTime(*key.lastUsedAt) : QString(),
                       m_model->isOwnKey(key));
}

QString MainWindow::statusCountsText() const
{
    return m_status->countsText();
}

QString MainWindow::badgeText() const
{
    return m_profileSelector->badgeText();
}

void MainWindow::updateCounts()
{
    const int total = m_model->rowCount();
    // Before the first list arrives, or when it failed, there is nothing to count yet: "0 keys"
    // would say the organization has none.
    const bool listed = total > 0 || m_operations->listState() == KeyOperations::ListState::Listed;
    if (!m_console->isConnected() || !listed) {
        m_status->setCountsText({});
        return;
    }
    QString text = total == 1 ? tr("1 key") : tr("%1 keys").arg(total);
    text = tr("%1, %2 disabled").arg(text).arg(m_model->disabledCount());
    if (m_proxy->rowCount() != total)
        text = tr("%1 (%2 shown)").arg(text).arg(m_proxy->rowCount());
    m_status->setCountsText(text);
    m_table->setEmptyText(total > 0
                              ? tr("No key matches the search and quick filter")
                              : tr("No keys yet - create one with %1")
                                    .arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    m_table->viewport()->update();
}

void MainWindow::setBusy(const QString &what, int done, int total)
{
    m_status->showProgress(what, done, total);
}

void MainWindow::setIdle()
{
    m_status->hideProgress();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About discue-keys"),
                       tr("<b>discue-keys %1</b><p>A desktop console for the API keys of a "
                          "discue.io organization.</p>")
                           .arg(QStringLiteral(DISCUE_VERSION)));
}

bool MainWindow::event(QEvent *event)
{
    // The desktop's font may have changed with its theme; Qt no longer follows it once the
    // console has chosen the text rendering (TextRendering.h).
    if (event->type() == QEvent::ThemeChange)
        followDesktopFont();
    return QMainWindow::event(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    // The platform switched between light and dark: mute disabled rows for the new palette
    // (the icons re-tint themselves, see themedIcon()).
    if (event->type() == QEvent::PaletteChange && m_table) { // not while being built
        m_model->setMutedColor(palette().color(QPalette::Disabled, QPalette::Text));
        m_table->viewport()->update();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_table->saveColumns(m_settings);
    m_settings->setValue(u"mainWindow/geometry"_s, saveGeometry());
    m_settings->setValue(u"mainWindow/state"_s, saveState());
    m_settings->setValue(u"mainWindow/splitter"_s, m_splitter->saveState());
    QMainWindow::closeEvent(event);
}

} // namespace discue

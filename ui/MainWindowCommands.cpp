// MainWindow's commands: the actions with their shortcuts, the toolbar (profile selector,
// key actions, search, quick filter) and the menus. The rest of the window: MainWindow.cpp.
#include "MainWindow.h"

#include "ConsoleStatusBar.h"
#include "JournalDock.h"
#include "KeyConsole.h"
#include "KeyFilterProxy.h"
#include "KeyOperations.h"
#include "KeyTableView.h"
#include "ProfileSelector.h"
#include "TextRendering.h"
#include "ThemedIcon.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace discue {

void MainWindow::createActions()
{
    // The tool bar's actions have their icons rendered ahead at its icon size (themedIcon()).
    const int toolBarIcon = style()->pixelMetric(QStyle::PM_ToolBarIconSize, nullptr, this);
    auto make = [this](const QString &text, const QString &icon, const QKeySequence &key,
                       const QString &name, int shownAt = 0) {
        auto *action =
            new QAction(icon.isEmpty() ? QIcon() : themedIcon(icon, shownAt), text, this);
        action->setObjectName(name);
        action->setShortcut(key);
        // The tooltip names the shortcut so it can be learned without the menu.
        action->setToolTip(
            u"%1 (%2)"_s.arg(QString(text).remove(u'&'), key.toString(QKeySequence::NativeText)));
        return action;
    };
    m_refresh =
        make(tr("&Refresh"), u"refresh"_s, QKeySequence::Refresh, u"refreshAction"_s, toolBarIcon);
    m_new = make(tr("&New key..."), u"new"_s, QKeySequence::New, u"newAction"_s, toolBarIcon);
    m_edit = make(tr("&Edit key..."), u"edit"_s, QKeySequence(Qt::Key_Return), u"editAction"_s,
                  toolBarIcon);
    m_edit->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_enable = make(tr("E&nable"), u"enable"_s, QKeySequence(Qt::CTRL | Qt::Key_E),
                    u"enableAction"_s, toolBarIcon);
    m_disable = make(tr("&Disable"), u"disable"_s, QKeySequence(Qt::CTRL | Qt::Key_D),
                     u"disableAction"_s, toolBarIcon);
    m_delete =
        make(tr("De&lete..."), u"delete"_s, QKeySequence::Delete, u"deleteAction"_s, toolBarIcon);
    m_find = make(tr("&Find"), u"search"_s, QKeySequence::Find, u"findAction"_s);
    m_profiles = make(tr("&Edit connection profile..."), u"profile"_s,
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), u"editProfileAction"_s);
    m_newProfile = make(tr("&New connection profile..."), u"new"_s,
                        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), u"newProfileAction"_s);
    m_quit = make(tr("&Quit"), {}, QKeySequence::Quit, u"quitAction"_s);
    m_about = new QAction(tr("&About discue-keys"), this);
    m_selectAll = make(tr("Select &all"), {}, QKeySequence::SelectAll, u"selectAllAction"_s);
    m_desktopText = new QAction(tr("&Desktop text rendering"), this);
    m_desktopText->setObjectName(u"desktopTextAction"_s);
    m_desktopText->setCheckable(true);
    m_desktopText->setChecked(savedTextRendering(*m_settings) == TextRendering::Desktop);
    m_desktopText->setStatusTip(tr("Draw text with the desktop's font hinting instead of the "
                                   "console's crisp, faster text"));
    m_desktopText->setVisible(crispTextApplies()); // else there is nothing to choose
    if (!m_refresh->shortcut().matches(QKeySequence(Qt::Key_F5)))
        m_refresh->setShortcuts({QKeySequence(Qt::Key_F5), m_refresh->shortcut()});

    connect(m_refresh, &QAction::triggered, this, [this] {
        if (m_console->isConnected())
            m_operations->refresh();
    });
    connect(m_new, &QAction::triggered, m_operations, &KeyOperations::createKey);
    connect(m_edit, &QAction::triggered, this, [this] {
        const QList<ApiKey> keys = selectedKeys();
        if (keys.size() == 1)
            m_operations->editKey(keys.first());
    });
    connect(m_enable, &QAction::triggered, this,
            [this] { m_operations->requestAction(BulkAction::Enable, selectedKeys()); });
    connect(m_disable, &QAction::triggered, this,
            [this] { m_operations->requestAction(BulkAction::Disable, selectedKeys()); });
    connect(m_delete, &QAction::triggered, this,
            [this] { m_operations->requestAction(BulkAction::Delete, selectedKeys()); });
    connect(m_profiles, &QAction::triggered, this, &MainWindow::editProfileRequested);
    connect(m_newProfile, &QAction::triggered, this, &MainWindow::newProfileRequested);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_desktopText, &QAction::toggled, this, [this](bool desktop) {
        const TextRendering rendering = desktop ? TextRendering::Desktop : TextRendering::Crisp;
        applyTextRendering(rendering);
        saveTextRendering(m_settings, rendering);
    });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_profileSelector = new ProfileSelector(bar);
    connect(m_profileSelector, &ProfileSelector::profileSelected, this,
            &MainWindow::profileSelected);
    bar->addWidget(m_profileSelector);
    bar->addSeparator();
    bar->addActions({m_refresh, m_new, m_edit, m_enable, m_disable, m_delete});

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"searchField"_s);
    m_search->setAccessibleName(tr("Search keys"));
    m_search->setPlaceholderText(
        tr("Search keys (%1)").arg(m_find->shortcut().toString(QKeySequence::NativeText)));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(
        themedIcon(u"search"_s, style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this)),
        QLineEdit::LeadingPosition);
    // Room for the German labels at the first-start size on a 1366 px screen: a wider
    // minimum pushed the quick filter into the tool bar's overflow menu.
    m_search->setMinimumWidth(120);
    m_search->setToolTip(tr("Searches name, id, key prefix and scopes"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &KeyFilterProxy::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, m_table, qOverload<>(&QWidget::setFocus));
    connect(m_find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    bar->addWidget(m_search);
    m_quickFilter = new QComboBox(bar);
    m_quickFilter->setObjectName(u"quickFilterCombo"_s);
    m_quickFilter->setAccessibleName(tr("Quick filter"));
    m_quickFilter->setToolTip(tr("Quick filter"));
    for (KeyFilterProxy::QuickFilter filter : KeyFilterProxy::quickFilters())
        m_quickFilter->addItem(KeyFilterProxy::quickFilterName(filter),
                               QVariant::fromValue(filter));
    connect(m_quickFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->setQuickFilter(
            m_quickFilter->itemData(index).value<KeyFilterProxy::QuickFilter>());
        updateCounts();
    });
    bar->addWidget(m_quickFilter);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newProfile);
    file->addAction(m_profiles);
    file->addSeparator();
    file->addAction(m_quit);
    QMenu *keys = menuBar()->addMenu(tr("&Keys"));
    keys->addActions({m_refresh, m_new, m_edit});
    keys->addSeparator();
    keys->addActions({m_enable, m_disable, m_delete});
    keys->addSeparator();
    keys->addAction(m_selectAll);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(m_find);
    QAction *journal = m_journal->toggleViewAction();
    journal->setIcon(themedIcon(u"journal"_s));
    journal->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    view->addAction(journal);
    QMenu *filters = view->addMenu(tr("&Quick filter"));
    int index = 0;
    for (KeyFilterProxy::QuickFilter filter : KeyFilterProxy::quickFilters()) {
        QAction *action = filters->addAction(KeyFilterProxy::quickFilterName(filter));
        // Alt+1..6 pick a quick filter without the mouse.
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + index)));
        connect(action, &QAction::triggered, m_quickFilter,
                [this, index] { m_quickFilter->setCurrentIndex(index); });
        ++index;
    }
    view->addSeparator();
    view->addAction(m_desktopText);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
}

} // namespace discue

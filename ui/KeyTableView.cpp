#include "KeyTableView.h"

#include "ApiKeyTableModel.h"
#include "PlainHeaderView.h"
#include "TextCellDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPainter>
#include <QSettings>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {
// Where saveColumns() keeps the sorted column apart from the header state, so that the
// console can ask for the rows in that order before the view exists (savedRowOrder()).
constexpr QStringView sortColumnKey = u"mainWindow/sortColumn";
constexpr QStringView sortDescendingKey = u"mainWindow/sortDescending";
} // namespace

KeyTableView::KeyTableView(QWidget *parent)
    : QTableView(parent)
{
    setObjectName(u"keyTable"_s);
    setHorizontalHeader(new PlainHeaderView(this)); // before the settings below
    setAccessibleName(tr("API keys"));
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setShowGrid(false);
    setEditTriggers(NoEditTriggers);
    setTabKeyNavigation(false);
    setItemDelegate(new TextCellDelegate(this));
    updateKerning();
    verticalHeader()->hide();
    // Dense rows, as in KeePassXC.
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &KeyTableView::showHeaderMenu);
}

void KeyTableView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::StyleChange)
        updateKerning();
    QTableView::changeEvent(event);
}

void KeyTableView::updateKerning()
{
    // A grid of ids, prefixes and dates reads as well unkerned, and where TextCellDelegate
    // draws the text itself its ASCII cells are then drawn without shaping: most of the
    // first paint's cost. Where the style paints the cells, they keep the font's kerning.
    QFont cells = font();
    cells.setKerning(!TextCellDelegate::drawsTextItself(style()));
    if (cells.kerning() != font().kerning())
        setFont(cells);
}

void KeyTableView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    viewport()->update();
}

QString KeyTableView::visibleEmptyText() const
{
    return model() && model()->rowCount() > 0 ? QString() : m_emptyText;
}

QString KeyTableView::headerStateKey()
{
    return u"mainWindow/keyTableHeader"_s;
}

void KeyTableView::restoreColumns(QSettings *settings)
{
    const QByteArray state = settings->value(headerStateKey()).toByteArray();
    if (!state.isEmpty())
        horizontalHeader()->restoreState(state);
}

void KeyTableView::saveColumns(QSettings *settings) const
{
    settings->setValue(headerStateKey(), horizontalHeader()->saveState());
    settings->setValue(sortColumnKey, horizontalHeader()->sortIndicatorSection());
    settings->setValue(sortDescendingKey,
                       horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder);
}

KeyRowOrder KeyTableView::savedRowOrder(const QSettings *settings)
{
    bool ok = false;
    const int column = settings->value(sortColumnKey).toInt(&ok);
    if (!ok || column < 0 || column >= ApiKeyTableModel::ColumnCount)
        return {};
    return {column,
            settings->value(sortDescendingKey).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder};
}

void KeyTableView::setModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_layoutConnections))
        disconnect(connection);
    m_layoutConnections.clear();
    QTableView::setModel(model);
    if (!model)
        return;
    // A search, a quick filter and a sort are layout changes. QItemSelectionModel keeps a
    // selection through them, except one that spans the whole table (a select-all of more
    // than 1,000 cells): that it keeps as one range between its moved corners, so clearing a
    // search selected every key between the first and the last match. The view re-selects
    // the rows it had itself, after the selection model (connected first) is done.
    m_layoutConnections = {connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                                   &KeyTableView::rememberSelectedRows),
                           connect(model, &QAbstractItemModel::layoutChanged, this,
                                   &KeyTableView::reselectRememberedRows),
                           // A reset forgets every row; the selection model clears itself on
                           // it first (connected first), then the view selects the same keys.
                           connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                                   &KeyTableView::rememberSelectedKeys),
                           connect(model, &QAbstractItemModel::modelReset, this,
                                   &KeyTableView::reselectRememberedKeys)};
}

void KeyTableView::selectRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    QItemSelection selection;
    for (qsizetype first = 0; first < rows.size();) {
        qsizetype last = first;
        while (last + 1 < rows.size() && rows.at(last + 1) <= rows.at(last) + 1)
            ++last;
        selection.select(model()->index(rows.at(first), 0), model()->index(rows.at(last), 0));
        first = last + 1;
    }
    selectionModel()->select(selection,
                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void KeyTableView::rememberSelectedRows()
{
    m_selectedBeforeLayout.clear();
    const QModelIndexList rows = selectionModel()->selectedRows();
    m_selectedBeforeLayout.reserve(rows.size());
    for (const QModelIndex &row : rows)
        m_selectedBeforeLayout.append(row); // the model moves persistent indexes with the rows
}

void KeyTableView::reselectRememberedRows()
{
    if (m_selectedBeforeLayout.isEmpty())
        return;
    QList<int> rows;
    rows.reserve(m_selectedBeforeLayout.size());
    for (const QPersistentModelIndex &row : std::as_const(m_selectedBeforeLayout)) {
        if (row.isValid()) // invalid: filtered out
            rows.append(row.row());
    }
    m_selectedBeforeLayout.clear();
    selectRows(std::move(rows));
}

void KeyTableView::selectKeys(const QStringList &ids)
{
    if (!m_locateKey)
        return;
    QList<int> rows;
    rows.reserve(ids.size());
    for (const QString &id : ids) {
        if (const QModelIndex found = m_locateKey(id); found.isValid())
            rows.append(found.row());
    }
    selectRows(std::move(rows));
}

void KeyTableView::rememberSelectedKeys()
{
    m_selectedIdsBeforeReset.clear();
    m_currentIdBeforeReset.clear();
    if (!m_locateKey)
        return;
    // The ranges' rows rather than selectedRows(), which asks the model for the flags of every
    // cell of every selected row: a select-all of 100,000 keys took 800,000 calls.
    for (const QItemSelectionRange &range : selectionModel()->selection()) {
        for (int row = range.top(); row <= range.bottom(); ++row) {
            m_selectedIdsBeforeReset.append(
                model()->index(row, 0).data(ApiKeyTableModel::IdRole).toString());
        }
    }
    const QModelIndex current = currentIndex();
    m_currentIdBeforeReset = current.data(ApiKeyTableModel::IdRole).toString();
    m_currentColumnBeforeReset = current.column();
}

void KeyTableView::reselectRememberedKeys()
{
    const QStringList ids = std::exchange(m_selectedIdsBeforeReset, {});
    const QString currentId = std::exchange(m_currentIdBeforeReset, {});
    if (!m_locateKey)
        return;
    if (!ids.isEmpty())
        selectKeys(ids);
    if (const QModelIndex found = currentId.isEmpty() ? QModelIndex() : m_locateKey(currentId);
        found.isValid()) {
        selectionModel()->setCurrentIndex(model()->index(found.row(), m_currentColumnBeforeReset),
                                          QItemSelectionModel::NoUpdate);
    }
}

void KeyTableView::paintEvent(QPaintEvent *event)
{
    QTableView::paintEvent(event);
    const QString text = visibleEmptyText();
    if (text.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
    QFont font = painter.font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    painter.setFont(font);
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                     Qt::AlignCenter | Qt::TextWordWrap, text);
}

void KeyTableView::showHeaderMenu(const QPoint &pos)
{
    if (!model())
        return;
    QMenu menu(this);
    QHeaderView *header = horizontalHeader();
    for (int section = 0; section < model()->columnCount(); ++section) {
        QAction *action = menu.addAction(model()->headerData(section, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(section));
        // The last visible column cannot be hidden: an empty table would look broken.
        action->setEnabled(header->isSectionHidden(section) ||
                           header->count() - header->hiddenSectionCount() > 1);
        connect(action, &QAction::toggled, header,
                [header, section](bool shown) { header->setSectionHidden(section, !shown); });
    }
    menu.exec(header->mapToGlobal(pos));
}

} // namespace discue
